"""The issues a review meeting raises, in Chinese and English (see perfdesk.demo.meetings).

Owns the issue templates per department kind (and the cross-department ones): the KPI
each is about, its cause, the responsible and related department kinds, and the texts
of the issue, its improvement action, the measures and the resource request; plus the
vague measures of a returned action, the reason it was returned, and the notes of the
10-day reports (旬报). Texts with {kpi}, {actual} and {target} are filled with the
responsible department's numbers.
"""

from __future__ import annotations

from typing import Any


def _issue(
    kinds: tuple[str, ...],
    kpi: str,
    cause: str,
    zh: tuple[str, str, str, str],
    en: tuple[str, str, str, str],
) -> dict[str, Any]:
    """kinds[0] is the responsible kind; zh/en: description, action title, measures, request."""
    return {"kinds": kinds, "kpi": kpi, "cause": cause, "zh": zh, "en": en}


ISSUES = {
    "production": (
        _issue(
            ("production",),
            "on_time_delivery",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：装配车间换型频繁，排产未按订单优先级调整。",
                "优化排产与换型，恢复准时交付",
                "1. 每日17：00按订单交期重排次日计划；2. 推行快速换型，换型时间由90分钟降至45分钟；"
                "3. 每周一通报延期订单及原因。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: frequent changeovers, and the "
                "schedule ignores order priority.",
                "Re-plan scheduling and changeovers to restore on-time delivery",
                "1. Re-sequence the next day's plan by due date at 17:00 daily; 2. cut "
                "changeover time from 90 to 45 minutes; 3. report late orders every Monday.",
                "",
            ),
        ),
        _issue(
            ("production", "finance"),
            "unit_cost",
            "external",
            (
                "{kpi}{actual}，高于目标{target}：主要原材料铜材采购价上涨约12%。",
                "控制材料成本，单位成本回到目标以内",
                "1. 与财务部评估季度锁价采购；2. 认证一家替代供应商；3. 提高边角料回收利用率。",
                "申请财务部批准季度锁价采购资金约80万元。",
            ),
            (
                "{kpi} {actual} against a target of {target}: copper, the main material, "
                "costs about 12 % more.",
                "Bring the cost per unit back under target",
                "1. Evaluate quarterly forward buying with Finance; 2. qualify a second "
                "supplier; 3. reuse more offcuts.",
                "Finance to approve about 800k CNY for quarterly forward buying.",
            ),
        ),
    ),
    "sales": (
        _issue(
            ("sales",),
            "conversion_rate",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：新入职客户经理跟进不及时，商机在方案阶段流失。",
                "加强商机跟进，提升转化率",
                "1. 商机48小时内首次回访；2. 每周商机评审会；3. 新人与资深客户经理结对带教。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: new account managers follow "
                "up late and opportunities are lost at the proposal stage.",
                "Follow up opportunities faster to lift the conversion rate",
                "1. First call-back within 48 hours; 2. weekly opportunity review; 3. pair "
                "new hires with senior account managers.",
                "",
            ),
        ),
        _issue(
            ("sales", "production"),
            "deal_cycle_days",
            "external",
            (
                "{kpi}{actual}，长于目标{target}：样品交付慢，客户验证周期拉长。",
                "缩短样品交付，压缩销售周期",
                "1. 建立样品需求周计划；2. 样品优先排产；3. 大客户组试行技术支持提前介入。",
                "需生产部每月预留样品产能，样品交付不超过7天。",
            ),
            (
                "{kpi} {actual} against a target of {target}: samples arrive late, so "
                "customers take longer to validate.",
                "Faster samples, shorter deal cycle",
                "1. Weekly sample demand plan; 2. samples scheduled first; 3. engineers join "
                "key-account deals early.",
                "Production to reserve sample capacity each month; samples within 7 days.",
            ),
        ),
    ),
    "marketing": (
        _issue(
            ("marketing",),
            "cac",
            "internal",
            (
                "{kpi}{actual}，高于目标{target}：线上投放渠道分散，低效渠道预算未及时削减。",
                "调整投放结构，降低获客成本",
                "1. 按渠道核算获客成本，停投后20%渠道；2. 预算集中到转化最高的两个渠道；"
                "3. 每两周复盘。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: spend is spread over many "
                "channels and weak ones were not cut.",
                "Rebalance spend to cut acquisition cost",
                "1. Cost per customer by channel, stop the bottom 20 %; 2. focus budget on "
                "the two best channels; 3. review every two weeks.",
                "",
            ),
        ),
        _issue(
            ("marketing", "sales"),
            "conversion_rate",
            "external",
            (
                "{kpi}{actual}，低于目标{target}：市场线索移交销售后跟进率不足60%。",
                "打通线索移交流程",
                "1. 线索分级移交；2. 线索状态每日同步；3. 月度通报跟进率。",
                "需销售部指定线索对接人，24小时内反馈线索质量。",
            ),
            (
                "{kpi} {actual} against a target of {target}: under 60 % of leads handed to "
                "Sales are followed up.",
                "Fix the lead hand-over",
                "1. Grade leads before hand-over; 2. sync lead status daily; 3. report "
                "follow-up rates monthly.",
                "Sales to name a lead contact and rate lead quality within 24 hours.",
            ),
        ),
    ),
    "quality": (
        _issue(
            ("quality",),
            "pass_rate",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：来料检验漏检，不良批次流入装配。",
                "加严来料检验，提升合格率",
                "1. 对不良率最高的5种物料加严抽检；2. 供应商质量月度评分；"
                "3. 不良品24小时内完成原因分析。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: incoming inspection missed "
                "bad lots that reached assembly.",
                "Tighten incoming inspection",
                "1. Tighter sampling of the 5 worst materials; 2. monthly supplier quality "
                "score; 3. root cause of defects within 24 hours.",
                "",
            ),
        ),
        _issue(
            ("quality",),
            "complaint_hours",
            "internal",
            (
                "{kpi}{actual}，超过目标{target}：客诉分派靠人工转发，周末无人受理。",
                "建立客诉分级响应机制",
                "1. 客诉分级分派，A级2小时内响应；2. 设置周末值班；3. 每周统计超时客诉。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: complaints are forwarded by "
                "hand and nobody takes them at weekends.",
                "Graded complaint response",
                "1. Grade complaints, answer grade A within 2 hours; 2. weekend duty; "
                "3. weekly list of late complaints.",
                "",
            ),
        ),
    ),
    "finance": (
        _issue(
            ("finance", "sales"),
            "ar_days",
            "external",
            (
                "{kpi}{actual}，高于目标{target}：两家大客户付款审批延迟，逾期应收增加。",
                "专项清收逾期应收账款",
                "1. 逾期30天以上逐户落实责任人；2. 每周更新回款进度；3. 新合同明确付款节点。",
                "需销售部客户经理协同催收，总经理出面沟通重点客户。",
            ),
            (
                "{kpi} {actual} against a target of {target}: two large customers delay "
                "payment approval; overdue receivables grow.",
                "Collect overdue receivables",
                "1. An owner for every receivable over 30 days; 2. weekly collection update; "
                "3. payment milestones in new contracts.",
                "Account managers to help collect; the General Manager to call key customers.",
            ),
        ),
        _issue(
            ("finance",),
            "gross_margin",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：低毛利订单占比上升，报价审批未测算毛利。",
                "报价毛利测算与审批",
                "1. 报价系统增加毛利测算；2. 毛利低于20%的订单须总经理审批；3. 月度毛利分析。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: more low-margin orders; "
                "quotes are approved without a margin check.",
                "Margin check on every quote",
                "1. Margin calculation in the quoting tool; 2. orders under 20 % margin need "
                "the General Manager; 3. monthly margin review.",
                "",
            ),
        ),
    ),
    "hr": (
        _issue(
            ("hr",),
            "turnover_rate",
            "internal",
            (
                "{kpi}{actual}，高于目标{target}：一线员工入职三个月内离职较多。",
                "新员工留任计划",
                "1. 新员工导师制；2. 入职30/60/90天面谈；3. 离职原因月度通报。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: many front-line hires leave "
                "within three months.",
                "New-hire retention plan",
                "1. Mentors for new hires; 2. 30/60/90-day interviews; 3. monthly report of "
                "reasons for leaving.",
                "",
            ),
        ),
        _issue(
            ("hr", "production"),
            "training_hours",
            "external",
            (
                "{kpi}{actual}，低于目标{target}：生产旺季培训计划多次延期。",
                "调整培训排期，保证培训时长",
                "1. 培训安排在换班前后；2. 推行线上微课；3. 各部门培训完成情况月度通报。",
                "需生产部每月安排固定培训时段。",
            ),
            (
                "{kpi} {actual} against a target of {target}: training was postponed "
                "several times in the production peak.",
                "Reschedule training to keep hours",
                "1. Training around shift changes; 2. short online lessons; 3. monthly "
                "training report per department.",
                "Production to reserve a fixed monthly training slot.",
            ),
        ),
    ),
    "cross": (
        _issue(
            ("production", "sales"),
            "on_time_delivery",
            "external",
            (
                "销售预测与生产计划脱节，插单频繁，{kpi}{actual}（目标{target}），产销互相等待。",
                "建立产销协同会议机制",
                "1. 每周二召开产销协调会；2. 销售滚动预测提前4周提交；3. 插单须经秘书长批准。",
                "需总经理协调销售部与生产部，明确插单审批权限。",
            ),
            (
                "Sales forecast and production plan are disconnected; rush orders push "
                "{kpi} to {actual} (target {target}).",
                "Weekly sales and operations meeting",
                "1. S&OP meeting every Tuesday; 2. 4-week rolling forecast from Sales; "
                "3. rush orders approved by the committee secretary.",
                "The General Manager to settle who approves rush orders.",
            ),
        ),
        _issue(
            ("quality", "sales"),
            "csat",
            "external",
            (
                "客诉闭环慢，{kpi}{actual}低于目标{target}；质量部与销售部对投诉责任界定不清。",
                "客诉闭环责任划分与客户回访",
                "1. 明确客诉首问责任人；2. 结案后3天内销售回访；3. 月度通报客诉闭环率。",
                "需总经理确认客诉处理责任分工。",
            ),
            (
                "Complaints close slowly; {kpi} {actual} below target {target}; Quality and "
                "Sales disagree on who owns a complaint.",
                "Complaint ownership and customer call-backs",
                "1. Name the first owner of every complaint; 2. Sales calls the customer "
                "within 3 days of closing; 3. monthly closing-rate report.",
                "The General Manager to confirm who owns complaint handling.",
            ),
        ),
    ),
}

VAGUE_MEASURES = (
    "加强管理，提高认识，争取尽快改善。",
    "Strengthen management and raise awareness to improve soon.",
)
RETURN_REASON = (
    "措施不可衡量：未写明完成标准和检查时间，请按SMART原则修改后重新提交。",
    "Not measurable: no completion criteria or checkpoints; revise along SMART and resubmit.",
)
REPORT_NOTES = (
    (
        "原因分析完成，措施已布置到班组。",
        "措施执行中，指标较基线有所改善。",
        "措施全部完成，指标达到预期值。",
        "关键措施延期，需协调资源后继续推进。",
    ),
    (
        "Root cause found; measures assigned to the teams.",
        "Measures under way; the KPI is better than the baseline.",
        "All measures done; the KPI reached the expected value.",
        "Key measures slipped; resources needed to continue.",
    ),
)
