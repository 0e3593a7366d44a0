"""The fixed words of the printed reports, in Chinese and English.

Reports are made without Qt (the command line, a worker thread), so their words are
not Qt translations: one table here, each entry (Chinese, English). Templates use
`{name}` placeholders filled by `word(key, lang, name=...)`, never concatenation.
"""

from __future__ import annotations

from perfdesk.core.kpi import Perspective, Status

_WORDS: dict[str, tuple[str, str]] = {
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "from": ("来源：{file} · 文档 {doc} · 生成于 {at}", "From {file} · document {doc} · made {at}"),
    "dept_title": ("月度业绩跟踪报告", "Monthly performance-tracking report"),
    "dept_heading": ("{unit} · {period}", "{unit} · {period}"),
    "company": ("公司", "Company"),
    "unit": ("部门", "Unit"),
    "period": ("期间", "Period"),
    "manager": ("负责人", "Manager"),
    "made": ("生成时间", "Made"),
    "summary": ("本月状态：{counts}", "This month: {counts}"),
    "scorecard": ("一、本月计分卡", "1. Scorecard for the month"),
    "trends": ("二、年度趋势（实际与目标）", "2. Trends over the year (actual and target)"),
    "alerts": ("三、预警提示", "3. Alerts"),
    "people": ("四、人员排名（加权达成率）", "4. People ranked by weighted achievement"),
    "actions": ("五、进行中的改进行动及最新旬报", "5. Open actions and their latest 10-day report"),
    "notes": ("六、偏差说明（三步曲）", "6. Deviation notes (three steps)"),
    "none": ("无", "None"),
    "kpi": ("指标", "KPI"),
    "weight": ("权重", "Weight"),
    "target": ("目标", "Target"),
    "actual": ("实际", "Actual"),
    "achievement": ("达成率", "Achieved"),
    "named_goal": ("{kpi}（{title}）", "{kpi} ({title})"),
    "status": ("状态", "Status"),
    "gap": ("偏差", "Gap"),
    "ytd_actual": ("累计实际", "YTD actual"),
    "ytd_target": ("累计目标", "YTD target"),
    "ytd_status": ("累计达成", "YTD rate"),
    "legend_actual": ("实线：实际", "solid: actual"),
    "legend_target": ("虚线：目标", "dashed: target"),
    "alert_kind": ("预警", "Alert"),
    "months": ("月份", "Months"),
    "alert_missing": ("已结束月份缺少实际值", "No actual for a month that has ended"),
    "alert_twice_off": ("连续两个月未达目标", "Off target two months in a row"),
    "alert_red_no_note": ("未达标且无偏差说明", "Below target without a deviation note"),
    "rank": ("名次", "Rank"),
    "name": ("姓名", "Name"),
    "team": ("所属组织", "Unit"),
    "goals": ("指标数", "Goals"),
    "score": ("加权达成率", "Weighted achievement"),
    "no_score": ("无法评分（有指标缺少数值）", "no score (a goal lacks its values)"),
    "action": ("改进事项", "Action"),
    "owner": ("责任人", "Owner"),
    "due": ("完成期限", "Due"),
    "overdue": ("已逾期", "overdue"),
    "latest_report": ("最新旬报", "Latest 10-day report"),
    "no_report": ("尚无旬报", "no report yet"),
    "report_line": (
        "{period}（{date}）：进度 {progress}，实测 {value}",
        "{period} ({date}): progress {progress}, measured {value}",
    ),
    "step_gap": ("偏差", "Gap"),
    "step_internal_cause": ("内部原因", "Internal cause"),
    "step_external_cause": ("外部原因", "External cause"),
    "step_internal_measures": ("改进措施", "Improvement measures"),
    "step_external_needs": ("资源需求", "Resources needed"),
    "form_title": ("改进行动表", "Improvement action form"),
    "form_id": ("编号", "No."),
    "form_time": ("改进时间", "Time frame"),
    "form_unit": ("负责部门", "Responsible department"),
    "form_owner_reason": ("（{reason}）", " ({reason})"),
    "form_co_units": ("协同部门", "Co-departments"),
    "form_kpi": ("关联指标", "Linked KPI"),
    "form_expected": ("预期结果", "Expected result"),
    "form_expected_text": (
        "{kpi}：由 {baseline} 改善至 {expected}",
        "{kpi}: from {baseline} to {expected}",
    ),
    "form_measures": ("改进措施", "Measures"),
    "form_source": ("来源", "Source"),
    "form_meeting": ("{title}（{date}）", "{title} ({date})"),
    "form_issue": ("问题：{issue}", "Issue: {issue}"),
    "form_reason": ("说明", "Remark"),
    "form_reports": ("旬报记录", "10-day reports"),
    "form_report_date": ("日期", "Date"),
    "form_progress": ("进度", "Progress"),
    "form_measured": ("实测值", "Measured"),
    "form_note": ("说明", "Note"),
    "sign_owner": ("责任人签字", "Owner's signature"),
    "sign_secretary": ("秘书长签字", "Secretary-general's signature"),
    "sign_date": ("日期", "Date"),
    "to": ("至", "to"),
    "dash": ("—", "—"),
    # -- the meeting review record (reports/meeting.py) --
    "meeting_title": ("业绩跟踪会议记录", "Performance review meeting record"),
    "meeting_draft_title": (
        "业绩跟踪会议记录（草稿）",
        "Performance review meeting record (draft)",
    ),
    "meeting_draft_banner": (
        "草稿 / Draft — 会议尚未结束，本记录不是最终记录",
        "Draft — the meeting has not ended; this is not the final record",
    ),
    "meeting_name": ("会议", "Meeting"),
    "meeting_date": ("日期", "Date"),
    "meeting_place": ("地点", "Place"),
    "meeting_period": ("回顾期间", "Period reviewed"),
    "meeting_chair": ("主任（主持）", "Chair"),
    "meeting_secretary": ("秘书长", "Secretary-general"),
    "meeting_minute_taker": ("记录人", "Minute-taker"),
    "meeting_ended": ("结束时间", "Ended"),
    "meeting_status_planned": ("计划中", "planned"),
    "meeting_status_running": ("进行中", "running"),
    "meeting_status_ended": ("已结束", "ended"),
    "attendance": ("出席", "Attendance"),
    "attendance_line": (
        "应到 {invited} 人，实到 {present} 人",
        "{invited} invited, {present} attended",
    ),
    "attendance_late": ("迟到", "Late"),
    "attendance_absent": ("缺席", "Absent"),
    "attendance_excused": ("请假", "On leave"),
    "attendance_unknown": ("未记录", "Not recorded"),
    "m_agenda": ("一、议程与用时（计划与实际）", "1. Agenda: planned and actual time"),
    "m_snapshot": (
        "二、各部门业绩（会议开始时冻结的数据）",
        "2. Departments' KPIs (as frozen at the meeting's start)",
    ),
    "m_issues": ("三、质询问题", "3. Issues raised in questioning"),
    "m_actions": ("四、改进行动表", "4. Improvement actions"),
    "m_minutes": ("五、会议纪要与决定（按议程）", "5. Minutes and decisions by agenda item"),
    "m_figures": ("六、会议成效", "6. Meeting effectiveness"),
    "m_sign": ("七、签字", "7. Signatures"),
    "item_no": ("序号", "No."),
    "agenda_item": ("议程", "Item"),
    "speaker": ("发言人", "Speaker"),
    "planned": ("计划", "Planned"),
    "actual_time": ("实际", "Actual"),
    "time_result": ("结果", "Result"),
    "overrun": ("超时 {time}", "over by {time}"),
    "underrun": ("提前 {time}", "{time} early"),
    "on_time": ("准时", "on time"),
    "not_reached": ("未进行", "not reached"),
    "skipped": ("跳过", "skipped"),
    "extended": ("（延长至 {time}）", " (extended to {time})"),
    "total": ("合计", "Total"),
    "no_snapshot": (
        "本次会议没有冻结的业绩数据：会议未通过会议运行模式开始"
        "（早于会议记录功能的会议，或尚未开始），因此不显示当前数据以免与会上所见不符。",
        "No KPI figures were frozen for this meeting: it was not started in run mode "
        "(held before the record existed, or not started yet), and today's figures are not "
        "shown in their place, since they are not what the room saw.",
    ),
    "snapshot_period": ("期间：{period}", "Period: {period}"),
    "causes": ("原因（内部 / 外部）", "Causes (internal / external)"),
    "measures_resources": ("改进措施 / 资源需求", "Measures / resources needed"),
    "cause_internal_line": ("内：{text}", "Int.: {text}"),
    "cause_external_line": ("外：{text}", "Ext.: {text}"),
    "measures_line": ("措施：{text}", "Measures: {text}"),
    "needs_line": ("资源：{text}", "Resources: {text}"),
    "gap_note_line": ("偏差：{text}", "Gap: {text}"),
    "chart_note": (
        "图：各指标达成率（虚线为 100%，形状表示状态）",
        "Chart: achievement per KPI (dashed line: 100 %; the shape tells the status)",
    ),
    "issue": ("问题", "Issue"),
    "issue_cause": ("内/外部", "Int./ext."),
    "cause_internal": ("内部", "Internal"),
    "cause_external": ("外部", "External"),
    "issue_units": ("相关部门 → 责任部门", "Related → responsible department"),
    "issue_solution": ("解决方案 / 资源需求", "Solution / resources"),
    "parked": ("（暂缓，转下次会议）", " (parked for the next meeting)"),
    "issue_of": ("问题 {number}", "Issue {number}"),
    "minute_information": ("信息", "Information"),
    "minute_decision": ("决定", "Decision"),
    "minute_action": ("行动", "Action"),
    "minute_note": ("纪要", "Minutes"),
    "minute_kind": ("类别", "Kind"),
    "minute_text": ("内容", "Text"),
    "general_minutes": ("会议整体", "The meeting as a whole"),
    "figure": ("指标", "Figure"),
    "figure_value": ("数值", "Value"),
    "fig_planned": ("计划总时长", "Planned time"),
    "fig_actual": ("实际总时长", "Actual time"),
    "fig_overrun": ("超时合计", "Overruns in total"),
    "fig_overrun_items": ("超时议程数", "Items over time"),
    "fig_reporting": ("汇报用时占比", "Share of time reporting"),
    "fig_questioning": ("质询与解决用时占比", "Share of time questioning and solving"),
    "fig_issues": ("提出问题数", "Issues raised"),
    "fig_issues_per_unit": ("各部门问题数", "Issues per department"),
    "fig_actions": ("形成改进行动数", "Improvement actions made"),
    "fig_attendance": ("出席率", "Attendance rate"),
    "fig_none": ("—", "—"),
    "minutes_unit": ("{minutes} 分钟", "{minutes} min"),
    "sign_chair": ("主任签字", "Chair's signature"),
    "meeting_notes": ("备注", "Notes"),
    # -- the person archive (reports/person.py) --
    "person_title": ("业绩跟踪档案", "Performance-tracking archive"),
    "person_name": ("姓名", "Name"),
    "person_job": ("职务", "Title"),
    "person_no": ("工号", "Employee no."),
    "p_scores": ("一、各期得分与排名", "1. Scores and ranks by period"),
    "p_evaluations": ("二、考核与申诉", "2. Evaluations and appeals"),
    "p_issues": ("三、所在部门被提出的问题", "3. Issues raised against the unit"),
    "p_actions": ("四、负责的改进行动", "4. Improvement actions owned"),
    "p_rank": ("{rank} / {ranked}", "{rank} / {ranked}"),
    "not_ranked": ("未排名", "not ranked"),
    "not_evaluated": ("未考核", "not evaluated"),
    "no_goals": ("无指标", "no goals"),
    "not_scored": ("无法评分", "not scored"),
    "flags": ("标记", "Flags"),
    "rules_used": ("规则", "Rules"),
    "rules_version": ("第 {version} 版，{day} 冻结", "v{version}, frozen {day}"),
    "appeal": ("申诉", "Appeal"),
    "appeal_line": ("{day}：{reason}", "{day}: {reason}"),
    "review": ("复核", "Review"),
    "outcome": ("结果", "Outcome"),
    "revised_to": ("改为 {score}。{text}", "revised to {score}. {text}"),
    "appeal_open": ("待复核", "open"),
    "appeal_upheld": ("维持", "upheld"),
    "appeal_rejected": ("驳回", "rejected"),
    "appeal_revised": ("改分", "revised"),
    "decided_on": ("{status}（{day}）", "{status} on {day}"),
    "scores_note": (
        "排名与标记以冻结的考核为准；得分计至最近有实际值的月份。",
        "Ranks and flags are those frozen by an evaluation; scores are to date.",
    ),
    "expected": ("预期", "Expected"),
    "result": ("结果值", "Result"),
    "verified": ("验证日期", "Verified"),
    "score_col": ("得分", "Score"),
    "flag_top": ("前 {top}%：{name}", "Top {top} %: {name}"),
    "flag_reward": ("奖励", "Reward"),
    "flag_miss": ("连续 {count} 期未达标：{name}", "{count} periods below target: {name}"),
    "flag_warning": ("书面警告", "Written warning"),
    "flag_plan": ("改进计划", "Improvement plan"),
    "status_draft": ("草稿", "Draft"),
    "status_submitted": ("已提交", "Submitted"),
    "status_returned": ("退回修改", "Returned for revision"),
    "status_open": ("进行中", "Open"),
    "status_done": ("已完成", "Done"),
    "status_verified": ("已验证", "Verified"),
    "status_not_achieved": ("未达成", "Not achieved"),
    "status_cancelled": ("已取消", "Cancelled"),
    "status_overdue": ("已逾期", "Overdue"),
}

_STATUS = {
    Status.GREEN: ("达标", "On target"),
    Status.AMBER: ("预警", "Warning"),
    Status.RED: ("未达标", "Below target"),
    Status.MISSING: ("暂无数据", "No data"),
    Status.INCOMPLETE: ("数据不全", "Incomplete"),
}
# The shapes the window draws (ui/widgets/status.py): never colour alone.
SHAPES = {
    Status.GREEN: "●",
    Status.AMBER: "▲",
    Status.RED: "◆",
    Status.MISSING: "○",
    Status.INCOMPLETE: "◐",
}
COLOURS = {
    Status.GREEN: "#0072B2",
    Status.AMBER: "#C98B00",
    Status.RED: "#B2182B",
    Status.MISSING: "#6E6E6E",
    Status.INCOMPLETE: "#6E6E6E",
}
_PERSPECTIVES = {
    Perspective.FINANCIAL: ("财务", "Financial"),
    Perspective.CUSTOMER: ("客户", "Customer"),
    Perspective.PROCESS: ("内部流程", "Internal process"),
    Perspective.LEARNING: ("学习与成长", "Learning and growth"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def word(key: str, lang: str, **values: object) -> str:
    text = _pick(_WORDS[key], lang)
    return text.format(**values) if values else text


def status_word(status: Status, lang: str) -> str:
    return _pick(_STATUS[status], lang)


def perspective_word(perspective: Perspective, lang: str) -> str:
    return _pick(_PERSPECTIVES[perspective], lang)


def action_status_word(status: str, lang: str) -> str:
    key = f"status_{status}"
    return word(key, lang) if key in _WORDS else status


def flag_word(flag: str, rules: object | None, lang: str) -> str:
    """An evaluation flag in words: the user's consequence label where the rules set one,
    else the built-in name (ui/rankings.flag_text says the same in the window)."""
    from perfdesk.core.evaluation import TOP_FLAG, miss_count

    label = rules.rules.label_of(flag) if rules is not None else ""  # type: ignore[attr-defined]
    if flag == TOP_FLAG:
        top = rules.rules.top_percent if rules is not None else 10  # type: ignore[attr-defined]
        return word("flag_top", lang, top=f"{top:g}", name=label or word("flag_reward", lang))
    count = miss_count(flag)
    if count is not None:
        name = label or word("flag_warning" if count <= 2 else "flag_plan", lang)
        return word("flag_miss", lang, count=count, name=name)
    return flag
