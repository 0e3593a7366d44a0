"""What the monthly review says, in Chinese and English (see perfdesk.demo.plan and
perfdesk.demo.meetings).

Owns the texts of the deviation notes each department kind writes on its misses, and
the meeting's title, place, agenda item titles and minutes. Texts with {dept}, {total},
{done} and {overdue} are filled with the meeting's facts.
"""

from __future__ import annotations

# Per department kind: the KPIs the texts explain, then (internal cause, external cause,
# internal measures, external needs) in Chinese and in English.
DEVIATION_TEXTS = {
    "sales": (
        ("sales_amount", "new_customers", "conversion_rate", "deal_cycle_days"),
        (
            "部分客户经理商机跟进不及时，新人占比高、方案能力不足。",
            "重点行业客户推迟采购，需求季节性回落。",
            "每周商机评审，资深客户经理与新人结对带教。",
            "需市场部加大重点行业线索投放，财务部支持优质客户账期。",
        ),
        (
            "Some account managers follow up opportunities late; many new hires lack "
            "proposal skills.",
            "Key-industry customers postponed purchases; seasonal dip.",
            "Weekly opportunity review; senior account managers coach new hires.",
            "Marketing to raise key-industry leads; Finance to support terms for good customers.",
        ),
    ),
    "marketing": (
        ("cac", "conversion_rate"),
        (
            "投放渠道分散，低效渠道预算调整滞后。",
            "线上平台流量成本上涨。",
            "按渠道核算获客成本，预算向高转化渠道集中。",
            "需销售部24小时内反馈线索质量。",
        ),
        (
            "Spend is spread over too many channels; weak channels were cut late.",
            "Traffic costs on online platforms rose.",
            "Cost per customer by channel; move budget to the best-converting channels.",
            "Sales to rate lead quality within 24 hours.",
        ),
    ),
    "production": (
        ("on_time_delivery", "unit_cost", "task_completion"),
        (
            "装配车间换型频繁，设备故障停机增加。",
            "主要原材料供应商交货延迟，铜材涨价。",
            "推行快速换型，加强设备点检，每日按交期重排计划。",
            "需财务部支持锁价采购，销售部提前4周提交滚动预测。",
        ),
        (
            "Frequent changeovers in the assembly shop and more breakdown downtime.",
            "Main raw-material supplier delivered late; copper prices rose.",
            "Quick changeover, daily equipment checks, daily re-planning by due date.",
            "Finance to approve forward buying; Sales to send a 4-week rolling forecast.",
        ),
    ),
    "quality": (
        ("pass_rate", "complaint_hours"),
        (
            "来料检验抽样不足，不良批次流入生产；客诉靠人工转发，周末无人受理。",
            "个别供应商质量波动。",
            "加严重点物料抽检，客诉分级响应并设周末值班。",
            "需生产部配合停线排查，采购约谈问题供应商。",
        ),
        (
            "Too few incoming samples, so bad lots reached production; complaints are "
            "forwarded by hand and nobody takes them at weekends.",
            "Quality of some suppliers fluctuates.",
            "Tighter sampling of key materials; graded complaint response and weekend duty.",
            "Production to stop the line for checks; purchasing to meet the supplier.",
        ),
    ),
    "finance": (
        ("gross_margin", "ar_days"),
        (
            "报价审批未测算毛利，催收跟进不及时。",
            "大客户付款审批流程延长。",
            "报价系统增加毛利测算，逾期应收逐户落实责任人。",
            "需销售部协同催收，总经理出面沟通重点客户。",
        ),
        (
            "Quotes are approved without a margin check; collections follow up late.",
            "Large customers' payment approvals take longer.",
            "Margin check in the quoting tool; an owner for every overdue receivable.",
            "Sales to help collect; the General Manager to call key customers.",
        ),
    ),
    "service": (
        ("csat", "complaint_hours", "retention_rate"),
        (
            "热线高峰时段接通率低，售后工单派单靠人工，回访不及时。",
            "产品批次质量问题引发集中投诉。",
            "高峰时段弹性排班，工单系统自动派单，结案后48小时内回访。",
            "需质量部72小时内给出批次问题结论，生产部安排返修产能。",
        ),
        (
            "Few calls are answered at peak hours; service tickets are dispatched by hand "
            "and follow-up calls come late.",
            "A batch quality problem caused a wave of complaints.",
            "Flexible shifts at peak hours, automatic ticket dispatch, a follow-up call within "
            "48 hours of closing.",
            "Quality to conclude on the batch within 72 hours; Production to reserve rework "
            "capacity.",
        ),
    ),
    "supply": (
        ("on_time_delivery", "unit_cost", "task_completion"),
        (
            "物料需求计划滚动不及时，紧急采购占比高。",
            "关键电子料供应紧张，部分供应商交期延长至8周。",
            "物料计划按周滚动，关键物料设安全库存，紧急采购须经部门经理审批。",
            "需销售部提前4周提交滚动预测，财务部支持关键物料备货资金。",
        ),
        (
            "Material requirements are re-planned late, so many purchases are urgent.",
            "Key electronic parts are short; some suppliers quote 8-week lead times.",
            "Weekly material planning, safety stock for key parts, urgent purchases approved "
            "by the department manager.",
            "Sales to send a 4-week rolling forecast; Finance to fund stock of key parts.",
        ),
    ),
    "hr": (
        ("turnover_rate",),
        (
            "新员工入职辅导不足，培训计划多次延期。",
            "同区域企业招聘旺季，一线岗位竞争加剧。",
            "推行导师制与入职30/60/90天面谈。",
            "需各部门经理按月固定培训时段。",
        ),
        (
            "New hires get too little onboarding; training was postponed several times.",
            "Peak hiring season in the region; competition for front-line staff.",
            "Mentoring and 30/60/90-day interviews for new hires.",
            "Every department manager to reserve a monthly training slot.",
        ),
    ),
}


# The monthly review meeting.
MEETING_TITLE = ("{year}年{month}月业绩跟踪会议", "Performance review meeting, {month_en} {year}")
PLACE = ("3楼大会议室", "3rd floor main conference room")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
AGENDA_TITLES = {
    "opening": ("开场", "Opening"),
    "action_review": ("上次改进行动回顾", "Review of last meeting's actions"),
    "speaker": ("{dept}业绩汇报", "{dept} performance report"),
    "discussion": ("自由讨论", "Free discussion"),
    "buffer": ("机动时间", "Buffer"),
    "closing": ("总结与闭会", "Summary and closing"),
}
MINUTES = {
    "opening": (
        "主任宣布会议开始，重申按议程控制发言时间、对事不对人。",
        "The chair opened the meeting: keep to the agenda times; facts, not people.",
    ),
    "action_review": (
        "秘书长通报上次会议改进行动{total}项：已完成{done}项，逾期{overdue}项。",
        "The secretary reported {total} actions from the last meeting: "
        "{done} done, {overdue} overdue.",
    ),
    "speaker": (
        "{dept}按汇报三步曲说明偏差，分列内部与外部原因，提出改进方案与资源需求。",
        "{dept} reported the deviations in three steps: how far off, internal "
        "and external causes, measures and resource needs.",
    ),
    "discussion": (
        "围绕交付与质量问题自由讨论，秘书长界定问题属性并落实责任部门。",
        "Open discussion on delivery and quality; the secretary classified "
        "the issues and named the responsible departments.",
    ),
    "closing": (
        "主任总结：责任部门三个工作日内提交改进行动表，下次会议汇报结果。",
        "The chair closed: action forms due within three working days; "
        "results at the next meeting.",
    ),
}


# The company-size year of meetings (perfdesk.demo.reviews).
DIVISION_TITLE = (
    "{year}年{month}月{unit}业绩跟踪会议",
    "{unit} performance review, {month_en} {year}",
)
QUARTER_TITLE = (
    "{year}年第{quarter}季度集团业绩质询会议",
    "Group performance review, Q{quarter} {year}",
)
DEPT_TITLE = ("{year}年{month}月{unit}业绩质询会", "{unit} monthly review, {month_en} {year}")
PLACES = {
    "sales": ("营销事业部5楼会议室", "Sales & Marketing Division, 5th floor meeting room"),
    "mfg": ("制造中心1号会议室", "Manufacturing Centre meeting room 1"),
    "group": ("集团总部12楼大会议室", "Head office, 12th floor main conference room"),
    "dept": ("部门会议室", "Department meeting room"),
}
COMPANY_AGENDA_TITLES = {
    "speaker": ("{dept}业绩汇报", "{dept} performance report"),
    "best": ("{dept}经验分享", "{dept}: what worked"),
    "discussion": ("自由讨论与质询", "Free discussion and questions"),
}
COMPANY_MINUTES = {
    "rotation": (
        "主任宣布会议开始。本月由达成率最低的{count}个省区销售部汇报，达成率最高的{best}分享经验，"
        "其余销售部提交书面汇报。",
        "The chair opened the meeting. This month the {count} provincial sales departments "
        "furthest behind report and {best}, the furthest ahead, shares what worked; the others "
        "report in writing.",
    ),
    "quality": (
        "{dept}汇报制造中心各工厂质量情况，含各工厂质量部的偏差与改进。",
        "{dept} reported on quality at every plant, including each plant quality "
        "department's deviations and measures.",
    ),
    "division": (
        "{dept}汇报本季度各部门业绩，重点说明未达标部门的偏差原因与改进行动。",
        "{dept} reported the quarter of its departments, above all the causes and "
        "actions of those below target.",
    ),
    "dept_opening": (
        "部门经理主持，各片区按“汇报三步曲”汇报，每人5分钟，质询60分钟。",
        "The manager chaired: every area reports in three steps, 5 minutes each, then 60 "
        "minutes of questions.",
    ),
}
