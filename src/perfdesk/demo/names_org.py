"""The demo company itself, in Chinese and English (see perfdesk.demo.organisation).

Owns the company's name, code and e-mail domain; the pools people's names are drawn
from; the three executives with their committee roles; the KPI sets of the company
and its executives; and the department kinds with their titles and KPI sets: the six of
the seeds' committee (销售部 市场部 生产部 质量部 财务部 人力资源部, with the small demo's
teams and headcounts) and, for the company size only, customer service and supply.
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

# Production and supply are judged alike: delivery on time, at cost, tasks done.
_DELIVERY_DEPT_KPIS = (
    ("on_time_delivery", 35),
    ("unit_cost", 30),
    ("task_completion", 25),
    ("training_hours", 10),
)
_DELIVERY_PERSON_KPIS = (
    ("on_time_delivery", 40),
    ("unit_cost", 20),
    ("task_completion", 30),
    ("training_hours", 10),
)

DEPARTMENTS: tuple[dict[str, Any], ...] = (
    {
        "kind": "sales",
        "code": "SAL",
        "name": ("销售部", "Sales"),
        "size": 20,
        "teams": (
            ("华东销售一组", "East China Sales Team 1"),
            ("华东销售二组", "East China Sales Team 2"),
            ("华南销售组", "South China Sales Team"),
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
        "size": 8,
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
        "size": 12,
        "teams": (
            ("装配车间", "Assembly Shop"),
            ("机加工车间", "Machining Shop"),
            ("生产计划组", "Production Planning Team"),
        ),
        "titles": (("技术员", "Technician"), ("计划员", "Production Planner")),
        "dept_kpis": _DELIVERY_DEPT_KPIS,
        "person_kpis": _DELIVERY_PERSON_KPIS,
    },
    {
        "kind": "quality",
        "code": "QUA",
        "name": ("质量部", "Quality"),
        "size": 8,
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
        "size": 6,
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
        "size": 5,
        "teams": (("招聘配置组", "Recruiting Team"), ("培训发展组", "Training & Development Team")),
        "titles": (("人事专员", "HR Specialist"), ("招聘专员", "Recruiter")),
        "dept_kpis": (("turnover_rate", 35), ("task_completion", 35), ("training_hours", 30)),
        "person_kpis": (("task_completion", 50), ("turnover_rate", 30), ("training_hours", 20)),
    },
)

# Kinds only the company-size demo has (its layout is in perfdesk.demo.names_company).
_COMPANY_ONLY: tuple[dict[str, Any], ...] = (
    {
        "kind": "service",
        "titles": (("客服专员", "Customer Service Agent"), ("售后工程师", "Service Engineer")),
        "dept_kpis": (
            ("csat", 35),
            ("complaint_hours", 25),
            ("retention_rate", 20),
            ("task_completion", 10),
            ("training_hours", 10),
        ),
        "person_kpis": (
            ("csat", 40),
            ("complaint_hours", 30),
            ("task_completion", 20),
            ("training_hours", 10),
        ),
    },
    {
        "kind": "supply",
        "titles": (("采购员", "Buyer"), ("物料计划员", "Material Planner")),
        "dept_kpis": _DELIVERY_DEPT_KPIS,
        "person_kpis": _DELIVERY_PERSON_KPIS,
    },
)
KINDS = {spec["kind"]: spec for spec in (*DEPARTMENTS, *_COMPANY_ONLY)}
