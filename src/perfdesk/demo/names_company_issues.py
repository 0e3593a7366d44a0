"""More issues, for the company-size year of meetings, in Chinese and English.

Owns the issue templates the group's meetings add to perfdesk.demo.names_issues.ISSUES:
sales departments and their areas, customer service, supply, more production, the
KPIs every department holds (training hours, task completion: kind "any"), and more
cross-department ones (owned by the general manager). Area templates ("area": True)
are raised in a sales department's own review about one of its areas and name it
with {unit}. Also the reasons an action is cancelled or passes verification.
"""

from __future__ import annotations

from typing import Any

from perfdesk.demo.names_issues import _issue


def _area(kpi: str, zh: tuple[str, str, str, str], en: tuple[str, str, str, str]) -> dict[str, Any]:
    return {**_issue(("sales",), kpi, "internal", zh, en), "area": True}


COMPANY_ISSUES: dict[str, tuple[dict[str, Any], ...]] = {
    "sales": (
        _issue(
            ("sales",),
            "sales_amount",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：重点客户订单推迟，新签合同未按计划落地。",
                "重点客户攻关，追回销售缺口",
                "1. 逐户梳理前20名客户的在谈订单，每周跟进；2. 部门经理带队拜访推迟下单的客户；"
                "3. 月底前落实缺口订单的签约计划。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: key customers postponed orders "
                "and new contracts slipped.",
                "Win back the sales gap at key accounts",
                "1. Weekly review of open orders at the top 20 customers; 2. the manager "
                "visits the customers who postponed; 3. a signing plan for the gap by month end.",
                "",
            ),
        ),
        _issue(
            ("sales",),
            "sales_amount",
            "external",
            (
                "{kpi}{actual}，低于目标{target}：竞品降价约8%，渠道客户观望。",
                "稳价保量，加强渠道支持",
                "1. 对重点渠道推出季度返利政策；2. 使用市场部的竞品对比资料逐户讲解；"
                "3. 每周通报渠道库存与动销。",
                "需市场部两周内提供竞品分析与促销方案，财务中心核定返利预算。",
            ),
            (
                "{kpi} {actual} against a target of {target}: a competitor cut prices by about "
                "8 % and channel customers are holding back.",
                "Hold price and volume with channel support",
                "1. A quarterly rebate for key channels; 2. walk customers through Marketing's "
                "competitor comparison; 3. weekly channel stock and sell-through report.",
                "Marketing to supply a competitor analysis and a promotion plan within two "
                "weeks; the Finance Centre to set the rebate budget.",
            ),
        ),
        _issue(
            ("sales",),
            "new_customers",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：陌生拜访量不足，客户经理精力集中在老客户。",
                "新客户开发专项",
                "1. 每人每周新客户拜访不少于5家；"
                "2. 每周一通报新客户开发进度；3. 新客户首单给予专项激励。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: too few cold calls; account "
                "managers spend their time on existing customers.",
                "New-customer drive",
                "1. At least 5 new-customer visits per person per week; 2. progress report "
                "every Monday; 3. a bonus for each new customer's first order.",
                "",
            ),
        ),
        _area(
            "sales_amount",
            (
                "{unit}{kpi}{actual}，低于目标{target}：片区内两家经销商提货减少，终端动销慢。",
                "{unit}经销商提货与动销提升",
                "1. 片区经理逐一走访经销商，落实月度提货计划；"
                "2. 开展两场终端促销；3. 每旬通报经销商库存。",
                "",
            ),
            (
                "{unit}: {kpi} {actual} against a target of {target}: two distributors in the "
                "area ordered less and retail sell-through is slow.",
                "Lift distributor orders and sell-through in {unit}",
                "1. The area manager visits every distributor and agrees a monthly order plan; "
                "2. two in-store promotions; 3. distributor stock reported every ten days.",
                "",
            ),
        ),
        _area(
            "new_customers",
            (
                "{unit}{kpi}{actual}，低于目标{target}：片区新人占比高，客户开发方法不足。",
                "{unit}新人带教与客户开发",
                "1. 资深客户经理一带一；2. 每周客户开发复盘；3. 片区经理每周陪访两次。",
                "",
            ),
            (
                "{unit}: {kpi} {actual} against a target of {target}: many new hires in the "
                "area and little prospecting method.",
                "Coach the new hires in {unit} to win customers",
                "1. One senior account manager per new hire; 2. weekly prospecting review; "
                "3. the area manager joins two visits a week.",
                "",
            ),
        ),
        _area(
            "conversion_rate",
            (
                "{unit}{kpi}{actual}，低于目标{target}：报价后跟进不及时，商机在比价阶段流失。",
                "{unit}报价跟进提速",
                "1. 报价后48小时内回访；2. 比价商机由片区经理介入；3. 每周商机漏斗复盘。",
                "",
            ),
            (
                "{unit}: {kpi} {actual} against a target of {target}: quotes are followed up "
                "late and deals are lost while customers compare prices.",
                "Faster follow-up of quotes in {unit}",
                "1. Call back within 48 hours of a quote; 2. the area manager joins deals in "
                "price comparison; 3. weekly funnel review.",
                "",
            ),
        ),
        _area(
            "deal_cycle_days",
            (
                "{unit}{kpi}{actual}，长于目标{target}：技术方案反复确认，合同审批慢。",
                "{unit}缩短签约周期",
                "1. 方案评审一次性邀请客户技术负责人；"
                "2. 标准合同模板直接审批；3. 超过30天的商机逐单分析。",
                "",
            ),
            (
                "{unit}: {kpi} {actual} against a target of {target}: technical proposals go "
                "back and forth and contract approval is slow.",
                "Shorten the deal cycle in {unit}",
                "1. Invite the customer's technical lead to the first proposal review; "
                "2. standard contracts approved directly; 3. every deal older than 30 days "
                "analysed.",
                "",
            ),
        ),
    ),
    "service": (
        _issue(
            ("service",),
            "csat",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：热线高峰时段接通率仅78%，客户等待时间长。",
                "提升热线接通率",
                "1. 高峰时段弹性排班；2. 常见问题自助服务上线；3. 每日通报接通率。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: only 78 % of calls are answered "
                "at peak hours and customers wait long.",
                "Answer more hotline calls",
                "1. Flexible shifts at peak hours; 2. self-service answers to common questions; "
                "3. daily answer-rate report.",
                "",
            ),
        ),
        _issue(
            ("service", "quality"),
            "complaint_hours",
            "external",
            (
                "{kpi}{actual}，超过目标{target}：批次质量问题须等质量部判定，工单停在等待结论。",
                "建立批次问题快速判定机制",
                "1. 批次投诉24小时内转质量部；2. 判定结论72小时内回复客户；3. 每周联合复盘。",
                "需质量部指定判定负责人，72小时内出具结论。",
            ),
            (
                "{kpi} {actual} against a target of {target}: batch problems wait for Quality's "
                "verdict and the tickets stall.",
                "Fast verdicts on batch problems",
                "1. Batch complaints passed to Quality within 24 hours; 2. the customer gets "
                "the verdict within 72 hours; 3. weekly joint review.",
                "Quality to name who decides, with a verdict within 72 hours.",
            ),
        ),
        _issue(
            ("service",),
            "retention_rate",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：老客户回访覆盖不足，续约提醒滞后。",
                "老客户回访与续约提醒",
                "1. 重点客户季度回访全覆盖；"
                "2. 合同到期前60天提醒销售跟进；3. 流失客户逐户分析原因。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: too few existing customers get a "
                "follow-up call and renewal reminders come late.",
                "Follow-up calls and renewal reminders",
                "1. Every key customer called each quarter; 2. Sales reminded 60 days before a "
                "contract ends; 3. every lost customer analysed.",
                "",
            ),
        ),
    ),
    "supply": (
        _issue(
            ("supply",),
            "on_time_delivery",
            "external",
            (
                "{kpi}{actual}，低于目标{target}：两家电子料供应商交期由4周延长至8周。",
                "关键物料保供",
                "1. 关键物料建立4周安全库存；2. 开发第二供应商；3. 每周跟踪在途订单。",
                "需财务中心批准关键物料备货资金约120万元。",
            ),
            (
                "{kpi} {actual} against a target of {target}: two suppliers of electronic "
                "parts moved their lead time from 4 to 8 weeks.",
                "Secure the key materials",
                "1. Four weeks of safety stock for key materials; 2. qualify a second "
                "supplier; 3. weekly tracking of open orders.",
                "The Finance Centre to approve about 1.2 M CNY for stock of key materials.",
            ),
        ),
        _issue(
            ("supply",),
            "unit_cost",
            "internal",
            (
                "{kpi}{actual}，高于目标{target}：紧急采购占比升至18%，空运费用增加。",
                "减少紧急采购",
                "1. 物料需求计划按周滚动；2. 紧急采购须部门经理审批；3. 每月分析紧急采购原因。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: urgent purchases rose to 18 % "
                "and air freight costs more.",
                "Fewer urgent purchases",
                "1. Weekly material requirements planning; 2. urgent purchases approved by the "
                "manager; 3. monthly analysis of why they were urgent.",
                "",
            ),
        ),
    ),
    "production": (
        _issue(
            ("production",),
            "task_completion",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：设备故障停机增加，计划任务积压。",
                "设备点检与预防性维护",
                "1. 关键设备每日点检；2. 易损件建立安全库存；3. 停机超过2小时当日分析原因。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: more breakdowns, so planned "
                "work piles up.",
                "Daily equipment checks and preventive maintenance",
                "1. Daily checks of key equipment; 2. safety stock of wear parts; 3. any stop "
                "over 2 hours analysed the same day.",
                "",
            ),
        ),
    ),
    "any": (
        _issue(
            ("any",),
            "training_hours",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：业务旺季培训多次改期。",
                "改期培训补课",
                "1. 改期的培训在次月第一周补上；2. 推行线上微课；3. 培训完成情况纳入月度通报。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: training was rescheduled "
                "several times in the busy season.",
                "Make up the rescheduled training",
                "1. Rescheduled sessions held in the first week of next month; 2. short online "
                "lessons; 3. training in the monthly report.",
                "",
            ),
        ),
        _issue(
            ("any",),
            "task_completion",
            "internal",
            (
                "{kpi}{actual}，低于目标{target}：临时任务多，计划任务未按期关闭。",
                "计划任务清单周管理",
                "1. 每周一更新任务清单与完成时间；"
                "2. 临时任务由部门经理确认优先级；3. 逾期任务每周通报。",
                "",
            ),
            (
                "{kpi} {actual} against a target of {target}: many ad-hoc jobs; planned tasks "
                "are not closed on time.",
                "A weekly task list",
                "1. Update the task list and dates every Monday; 2. the manager sets the "
                "priority of ad-hoc jobs; 3. late tasks reported weekly.",
                "",
            ),
        ),
    ),
    "cross": (
        _issue(
            ("supply", "production"),
            "on_time_delivery",
            "external",
            (
                "关键物料缺料导致{kpi}{actual}（目标{target}），采购与生产计划信息不同步。",
                "产供协同周计划",
                "1. 每周三召开产供协调会；2. 缺料预警提前两周发布；3. 计划物流部统一发布周计划。",
                "需总经理明确缺料预警与插单的决策权限。",
            ),
            (
                "Material shortages push {kpi} to {actual} (target {target}); purchasing and "
                "production plans are out of step.",
                "A weekly supply and production plan",
                "1. Supply meeting every Wednesday; 2. shortage warnings two weeks ahead; "
                "3. Planning & Logistics issues one weekly plan.",
                "The General Manager to settle who decides on shortages and rush orders.",
            ),
        ),
        _issue(
            ("sales", "production"),
            "sales_amount",
            "external",
            (
                "交付延期影响收入确认，{kpi}{actual}，低于目标{target}；销售与工厂的交期承诺口径不一致。",
                "统一交期承诺口径",
                "1. 交期承诺以计划物流部确认为准；2. 大单签约前工厂会签；3. 每周通报延期订单。",
                "需总经理协调营销事业部与制造中心统一交期承诺流程。",
            ),
            (
                "Late deliveries hold back revenue: {kpi} {actual} below target {target}; Sales "
                "and the plants promise different delivery dates.",
                "One way to promise delivery dates",
                "1. Dates promised only as confirmed by Planning & Logistics; 2. plants sign "
                "off large orders; 3. weekly list of late orders.",
                "The General Manager to align the two divisions on promising delivery dates.",
            ),
        ),
    ),
}

CANCEL_REASONS = (
    (
        "客户取消相关订单，问题已不存在，经秘书长同意撤销。",
        "The customer cancelled the orders concerned; withdrawn with the secretary's consent.",
    ),
    (
        "与同类改进行动合并执行，本行动撤销。",
        "Merged into a similar improvement action; this one is withdrawn.",
    ),
)
VERIFIED_REASON = (
    "经复核，指标已达到预期值，改进有效。",
    "Checked: the KPI reached the expected value; the improvement worked.",
)
