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
