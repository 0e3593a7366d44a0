"""The fixed vocabulary of the demo document (see perfdesk.demo).

Owns what the demo company looks like and says， in Chinese and English： people's
names， the six department kinds of the seeds' committee (销售部 市场部 生产部 质量部
财务部 人力资源部) with their teams， titles， headcounts and KPI sets， and the texts of
deviation notes， issues， improvement actions， 10-day reports and meeting minutes.
Texts with {kpi}， {actual} and {target} are filled with the department's numbers.
"""

from __future__ import annotations

from typing import Any


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


COMPANY = {
    "small": ("华信科技有限公司", "Huaxin Technology Co., Ltd."),
    "company": ("华信集团有限公司", "Huaxin Group Co., Ltd."),
}
COMPANY_CODE = "HX"
EMAIL_DOMAIN = "huaxin.example.com"
PLACE = ("3楼大会议室", "3rd floor main conference room")

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉鑫宇浩晨欣怡婷雪琳晶博帅鹏飞凯斌宁"
    "昊睿子思佳嘉俊雨梦瑶倩颖慧志海峰亮红玲丹萍燕春云林波翔凡琪璐蕾航"
)
FIRST_NAMES = _words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony "
    "Betty Mark Sandra Donald Ashley Steven Emily Paul Kimberly Andrew Donna Joshua Michelle "
    "Kevin Carol Brian Amanda George Melissa Edward Deborah Ronald Stephanie Timothy Rebecca "
    "Jason Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen Nicholas Amy Eric "
    "Angela Jonathan Anna Stephen Ruth Larry Brenda Justin Pamela Scott Nicole Brandon Samantha "
    "Frank Katherine Gregory Christine Raymond Emma Patrick Rachel Jack Catherine Dennis Olivia "
    "Tyler Hannah Aaron Victoria"
)
LAST_NAMES = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor Thomas "
    "Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen "
    "King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips "
    "Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy "
    "Bailey Cooper Richardson Cox Howard Ward Peterson Gray James Watson Brooks Kelly Sanders "
    "Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson "
    "Hughes Flores Washington Butler Simmons Foster Bryant Alexander Russell Griffin Hayes "
    "Myers Ford Hamilton Graham Sullivan Wallace West Cole Hunt Knight"
)

# Company-level people: (title zh, title en, committee role).
EXECUTIVES = (
    ("总经理", "General Manager", "chair"),
    ("副总经理", "Deputy General Manager", "vice_chair"),
    ("销售副总", "Vice President, Sales", "secretary"),
)
EXEC_KPIS = (("gross_margin", 40), ("csat", 30), ("on_time_delivery", 30))
COMPANY_KPIS = (
    ("sales_amount", 35),
    ("gross_margin", 20),
    ("csat", 15),
    ("on_time_delivery", 15),
    ("training_hours", 15),
)
TEAM_LEAD = ("主管", "Supervisor")
MANAGER = ("{dept}经理", "{dept} Manager")

# Company-size department names: sales by province, the others numbered.
PROVINCES = tuple(
    zip(
        _words(
            "北京 上海 广东 江苏 浙江 山东 四川 湖北 河南 福建 "
            "湖南 安徽 河北 陕西 辽宁 重庆 天津 云南 江西 广西"
        ),
        _words(
            "Beijing Shanghai Guangdong Jiangsu Zhejiang Shandong Sichuan Hubei Henan Fujian "
            "Hunan Anhui Hebei Shaanxi Liaoning Chongqing Tianjin Yunnan Jiangxi Guangxi"
        ),
        strict=True,
    )
)
NUMERALS = "一二三四五六七八九十"

DEPARTMENTS: tuple[dict[str, Any], ...] = (
    {
        "kind": "sales",
        "code": "SAL",
        "name": ("销售部", "Sales"),
        "size": (20, 48),
        "count": 20,
        "teams": (
            ("华东销售一组", "East China Sales Team 1"),
            ("华东销售二组", "East China Sales Team 2"),
            ("华南销售组", "South China Sales Team"),
            ("大客户组", "Key Accounts Team"),
        ),
        "company_teams": (
            ("销售一组", "Sales Team 1"),
            ("销售二组", "Sales Team 2"),
            ("大客户组", "Key Accounts Team"),
        ),
        "titles": (("客户经理", "Account Manager"), ("销售代表", "Sales Representative")),
        "dept_kpis": (
            ("sales_amount", 40),
            ("new_customers", 20),
            ("conversion_rate", 15),
            ("deal_cycle_days", 15),
            ("training_hours", 10),
        ),
        "person_kpis": (
            ("sales_amount", 50),
            ("new_customers", 20),
            ("conversion_rate", 10),
            ("deal_cycle_days", 10),
            ("training_hours", 10),
        ),
    },
    {
        "kind": "marketing",
        "code": "MKT",
        "name": ("市场部", "Marketing"),
        "size": (8, 30),
        "count": 6,
        "teams": (
            ("品牌推广组", "Brand Promotion Team"),
            ("数字营销组", "Digital Marketing Team"),
            ("市场调研组", "Market Research Team"),
        ),
        "titles": (("市场专员", "Marketing Specialist"), ("策划专员", "Campaign Planner")),
        "dept_kpis": (
            ("cac", 30),
            ("conversion_rate", 25),
            ("task_completion", 20),
            ("csat", 15),
            ("training_hours", 10),
        ),
        "person_kpis": (
            ("cac", 30),
            ("conversion_rate", 30),
            ("task_completion", 30),
            ("training_hours", 10),
        ),
    },
    {
        "kind": "production",
        "code": "PRD",
        "name": ("生产部", "Production"),
        "size": (12, 50),
        "count": 10,
        "teams": (
            ("装配车间", "Assembly Shop"),
            ("机加工车间", "Machining Shop"),
            ("生产计划组", "Production Planning Team"),
        ),
        "titles": (("技术员", "Technician"), ("计划员", "Production Planner")),
        "dept_kpis": (
            ("on_time_delivery", 35),
            ("unit_cost", 30),
            ("task_completion", 25),
            ("training_hours", 10),
        ),
        "person_kpis": (
            ("on_time_delivery", 40),
            ("unit_cost", 20),
            ("task_completion", 30),
            ("training_hours", 10),
        ),
    },
    {
        "kind": "quality",
        "code": "QUA",
        "name": ("质量部", "Quality"),
        "size": (8, 30),
        "count": 6,
        "teams": (
            ("来料检验组", "Incoming Inspection Team"),
            ("过程质量组", "Process Quality Team"),
            ("客诉处理组", "Complaint Handling Team"),
        ),
        "titles": (("质检员", "QC Inspector"), ("质量工程师", "Quality Engineer")),
        "dept_kpis": (
            ("pass_rate", 35),
            ("complaint_hours", 25),
            ("csat", 20),
            ("task_completion", 10),
            ("training_hours", 10),
        ),
        "person_kpis": (
            ("pass_rate", 40),
            ("complaint_hours", 30),
            ("task_completion", 20),
            ("training_hours", 10),
        ),
    },
    {
        "kind": "finance",
        "code": "FIN",
        "name": ("财务部", "Finance"),
        "size": (6, 25),
        "count": 4,
        "teams": (("会计核算组", "Accounting Team"), ("资金管理组", "Treasury Team")),
        "titles": (("会计", "Accountant"), ("出纳", "Cashier")),
        "dept_kpis": (
            ("gross_margin", 35),
            ("ar_days", 30),
            ("task_completion", 25),
            ("training_hours", 10),
        ),
        "person_kpis": (("ar_days", 45), ("task_completion", 45), ("training_hours", 10)),
    },
    {
        "kind": "hr",
        "code": "HR",
        "name": ("人力资源部", "Human Resources"),
        "size": (5, 22),
        "count": 4,
        "teams": (("招聘配置组", "Recruiting Team"), ("培训发展组", "Training & Development Team")),
        "titles": (("人事专员", "HR Specialist"), ("招聘专员", "Recruiter")),
        "dept_kpis": (("turnover_rate", 35), ("task_completion", 35), ("training_hours", 30)),
        "person_kpis": (("task_completion", 50), ("turnover_rate", 30), ("training_hours", 20)),
    },
)

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
                "销售预测与生产计划脱节，插单频繁，{kpi}{actual}(目标{target})，产销互相等待。",
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

MEETING_TITLE = ("{year}年{month}月业绩跟踪会议", "Performance review meeting, {month_en} {year}")
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
