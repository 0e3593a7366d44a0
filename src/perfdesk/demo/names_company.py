"""The company-size demo's layout, in Chinese and English (see perfdesk.demo.organisation).

Owns which units the group has and what they are called: the two centres under the
company (人力资源中心, 财务中心), the 营销事业部 (市场部, 客户服务部, 电子商务部 and a sales
department per province, each split into city areas) and the 制造中心 (plants with their
workshops, a quality department per plant, central quality, purchasing, and planning &
logistics), each department with its kind (whose KPI sets are in names_org.KINDS), code,
teams or areas, the title of their leads, and headcount. Every name is distinct
where a user looks for it: within a department, and across all sales areas.
"""

from __future__ import annotations

from typing import Any

Pair = tuple[str, str]

# (division key, name, code, the executive who heads it: index into names_org.EXECUTIVES)
DIVISIONS: tuple[tuple[str, Pair, str, int], ...] = (
    ("sales", ("营销事业部", "Sales & Marketing Division"), "YX", 2),
    ("mfg", ("制造中心", "Manufacturing Centre"), "ZZ", 1),
)

AREA_LEAD = ("片区经理", "Area Manager")
WORKSHOP_LEAD = ("车间主任", "Workshop Head")
DIRECTOR = ("{dept}总监", "{dept} Director")
PLANT_MANAGER = ("{dept}厂长", "{dept} Manager")

# Province (zh, en, code) and three city areas (zh, en) of each provincial sales department.
PROVINCES: tuple[tuple[str, str, str, tuple[Pair, Pair, Pair]], ...] = (
    ("北京", "Beijing", "BJ", (("朝阳", "Chaoyang"), ("海淀", "Haidian"), ("通州", "Tongzhou"))),
    ("上海", "Shanghai", "SH", (("浦东", "Pudong"), ("闵行", "Minhang"), ("嘉定", "Jiading"))),
    ("天津", "Tianjin", "TJ", (("滨海", "Binhai"), ("河西", "Hexi"), ("武清", "Wuqing"))),
    ("重庆", "Chongqing", "CQ", (("渝中", "Yuzhong"), ("江北", "Jiangbei"), ("万州", "Wanzhou"))),
    (
        "河北",
        "Hebei",
        "HE",
        (("石家庄", "Shijiazhuang"), ("唐山", "Tangshan"), ("保定", "Baoding")),
    ),
    ("山西", "Shanxi", "SX", (("太原", "Taiyuan"), ("大同", "Datong"), ("长治", "Changzhi"))),
    (
        "内蒙古",
        "Inner Mongolia",
        "NM",
        (("呼和浩特", "Hohhot"), ("包头", "Baotou"), ("鄂尔多斯", "Ordos")),
    ),
    ("辽宁", "Liaoning", "LN", (("沈阳", "Shenyang"), ("大连", "Dalian"), ("鞍山", "Anshan"))),
    ("吉林", "Jilin", "JL", (("长春", "Changchun"), ("四平", "Siping"), ("松原", "Songyuan"))),
    (
        "黑龙江",
        "Heilongjiang",
        "HL",
        (("哈尔滨", "Harbin"), ("大庆", "Daqing"), ("齐齐哈尔", "Qiqihar")),
    ),
    ("江苏", "Jiangsu", "JS", (("南京", "Nanjing"), ("苏州", "Suzhou"), ("无锡", "Wuxi"))),
    ("浙江", "Zhejiang", "ZJ", (("杭州", "Hangzhou"), ("宁波", "Ningbo"), ("温州", "Wenzhou"))),
    ("安徽", "Anhui", "AH", (("合肥", "Hefei"), ("芜湖", "Wuhu"), ("蚌埠", "Bengbu"))),
    ("福建", "Fujian", "FJ", (("福州", "Fuzhou"), ("厦门", "Xiamen"), ("泉州", "Quanzhou"))),
    ("江西", "Jiangxi", "JX", (("南昌", "Nanchang"), ("赣州", "Ganzhou"), ("九江", "Jiujiang"))),
    ("山东", "Shandong", "SD", (("济南", "Jinan"), ("青岛", "Qingdao"), ("烟台", "Yantai"))),
    ("河南", "Henan", "HA", (("郑州", "Zhengzhou"), ("洛阳", "Luoyang"), ("南阳", "Nanyang"))),
    ("湖北", "Hubei", "HB", (("武汉", "Wuhan"), ("宜昌", "Yichang"), ("襄阳", "Xiangyang"))),
    ("湖南", "Hunan", "HN", (("长沙", "Changsha"), ("株洲", "Zhuzhou"), ("衡阳", "Hengyang"))),
    (
        "广东",
        "Guangdong",
        "GD",
        (("广州", "Guangzhou"), ("深圳", "Shenzhen"), ("东莞", "Dongguan")),
    ),
    ("广西", "Guangxi", "GX", (("南宁", "Nanning"), ("柳州", "Liuzhou"), ("桂林", "Guilin"))),
    ("海南", "Hainan", "HI", (("海口", "Haikou"), ("三亚", "Sanya"), ("儋州", "Danzhou"))),
    ("四川", "Sichuan", "SC", (("成都", "Chengdu"), ("绵阳", "Mianyang"), ("宜宾", "Yibin"))),
    ("贵州", "Guizhou", "GZ", (("贵阳", "Guiyang"), ("遵义", "Zunyi"), ("毕节", "Bijie"))),
    ("云南", "Yunnan", "YN", (("昆明", "Kunming"), ("曲靖", "Qujing"), ("大理", "Dali"))),
    ("陕西", "Shaanxi", "SN", (("西安", "Xi'an"), ("宝鸡", "Baoji"), ("榆林", "Yulin"))),
    ("甘肃", "Gansu", "GS", (("兰州", "Lanzhou"), ("天水", "Tianshui"), ("酒泉", "Jiuquan"))),
    (
        "新疆",
        "Xinjiang",
        "XJ",
        (("乌鲁木齐", "Urumqi"), ("克拉玛依", "Karamay"), ("喀什", "Kashgar")),
    ),
)

# Plants (zh, en, code) and their workshops; a plant's quality department is beside it.
PLANTS: tuple[tuple[str, str, str, tuple[Pair, ...]], ...] = (
    (
        "昆山",
        "Kunshan",
        "KS",
        (
            ("总装车间", "Final Assembly Shop"),
            ("机加工车间", "Machining Shop"),
            ("SMT车间", "SMT Shop"),
            ("生产计划科", "Production Planning Office"),
        ),
    ),
    (
        "合肥",
        "Hefei",
        "HF",
        (
            ("总装车间", "Final Assembly Shop"),
            ("冲压车间", "Stamping Shop"),
            ("焊接车间", "Welding Shop"),
            ("生产计划科", "Production Planning Office"),
        ),
    ),
    (
        "武汉",
        "Wuhan",
        "WH",
        (
            ("总装车间", "Final Assembly Shop"),
            ("注塑车间", "Injection Moulding Shop"),
            ("喷涂车间", "Paint Shop"),
            ("包装车间", "Packing Shop"),
        ),
    ),
    (
        "成都",
        "Chengdu",
        "CD",
        (
            ("总装车间", "Final Assembly Shop"),
            ("机加工车间", "Machining Shop"),
            ("注塑车间", "Injection Moulding Shop"),
        ),
    ),
    (
        "佛山",
        "Foshan",
        "FS",
        (
            ("总装车间", "Final Assembly Shop"),
            ("冲压车间", "Stamping Shop"),
            ("喷涂车间", "Paint Shop"),
            ("设备维修科", "Maintenance Office"),
        ),
    ),
    (
        "天津",
        "Tianjin",
        "TJ",
        (
            ("总装车间", "Final Assembly Shop"),
            ("焊接车间", "Welding Shop"),
            ("包装车间", "Packing Shop"),
        ),
    ),
    (
        "西安",
        "Xi'an",
        "XA",
        (
            ("总装车间", "Final Assembly Shop"),
            ("SMT车间", "SMT Shop"),
            ("机加工车间", "Machining Shop"),
        ),
    ),
)

PLANT_TITLES = (
    ("操作工", "Operator"),
    ("班组长", "Shift Leader"),
    ("工艺员", "Process Technician"),
    ("设备技术员", "Maintenance Technician"),
)
PLANT_QUALITY_TEAMS = (
    ("来料检验组", "Incoming Inspection Team"),
    ("过程质量组", "Process Quality Team"),
    ("成品检验组", "Final Inspection Team"),
)


def _dept(
    kind: str,
    name: Pair,
    code: str,
    division: str | None,
    teams: tuple[Pair, ...],
    size: int,
    **more: Any,
) -> dict[str, Any]:
    """One department: `more` may set unit_kind ("team" or "region"), lead, manager, titles."""
    return {
        "kind": kind,
        "name": name,
        "code": code,
        "division": division,
        "teams": teams,
        "size": size,
        "unit_kind": "team",
        "lead": ("主管", "Supervisor"),
        "manager": ("{dept}经理", "{dept} Manager"),
        **more,
    }


def company_departments() -> list[dict[str, Any]]:
    """Every department of the group, in org-tree order (centres, sales, manufacturing)."""
    found = [
        _dept(
            "hr",
            ("人力资源中心", "Human Resources Centre"),
            "HR",
            None,
            (
                ("招聘配置组", "Recruiting Team"),
                ("培训发展组", "Training & Development Team"),
                ("薪酬绩效组", "Compensation & Performance Team"),
                ("员工关系组", "Employee Relations Team"),
            ),
            26,
            manager=DIRECTOR,
        ),
        _dept(
            "finance",
            ("财务中心", "Finance Centre"),
            "FIN",
            None,
            (
                ("会计核算组", "Accounting Team"),
                ("资金管理组", "Treasury Team"),
                ("成本管理组", "Cost Control Team"),
                ("税务管理组", "Tax Team"),
            ),
            32,
            manager=DIRECTOR,
        ),
        _dept(
            "marketing",
            ("市场部", "Marketing"),
            "MKT",
            "sales",
            (
                ("品牌推广组", "Brand Promotion Team"),
                ("数字营销组", "Digital Marketing Team"),
                ("市场调研组", "Market Research Team"),
            ),
            30,
        ),
        _dept(
            "service",
            ("客户服务部", "Customer Service"),
            "CS",
            "sales",
            (
                ("客服热线组", "Customer Hotline Team"),
                ("售后服务组", "After-sales Service Team"),
                ("客户回访组", "Customer Follow-up Team"),
            ),
            40,
        ),
        _dept(
            "sales",
            ("电子商务部", "E-commerce"),
            "EC",
            "sales",
            (
                ("天猫旗舰店组", "Tmall Flagship Store Team"),
                ("京东自营组", "JD.com Team"),
                ("直播电商组", "Live-stream Sales Team"),
            ),
            24,
        ),
    ]
    for zh, en, code, cities in PROVINCES:
        areas = tuple((f"{c_zh}片区", f"{c_en} Area") for c_zh, c_en in cities)
        found.append(
            _dept(
                "sales",
                (f"{zh}销售部", f"{en} Sales"),
                f"SAL-{code}",
                "sales",
                areas,
                32,
                unit_kind="region",
                lead=AREA_LEAD,
            )
        )
    for zh, en, code, shops in PLANTS:
        found.append(
            _dept(
                "production",
                (f"{zh}工厂", f"{en} Plant"),
                f"PLT-{code}",
                "mfg",
                shops,
                96,
                lead=WORKSHOP_LEAD,
                manager=PLANT_MANAGER,
                titles=PLANT_TITLES,
            )
        )
        found.append(
            _dept(
                "quality",
                (f"{zh}工厂质量部", f"{en} Plant Quality"),
                f"QA-{code}",
                "mfg",
                PLANT_QUALITY_TEAMS,
                22,
            )
        )
    found += [
        _dept(
            "quality",
            ("质量管理部", "Quality Management"),
            "QM",
            "mfg",
            (
                ("体系审核组", "Quality System Audit Team"),
                ("客诉处理组", "Complaint Handling Team"),
                ("计量实验室", "Metrology Lab"),
            ),
            18,
        ),
        _dept(
            "supply",
            ("采购部", "Purchasing"),
            "PUR",
            "mfg",
            (
                ("原材料采购组", "Raw Materials Team"),
                ("外协件采购组", "Outsourced Parts Team"),
                ("供应商管理组", "Supplier Management Team"),
            ),
            22,
        ),
        _dept(
            "supply",
            ("计划物流部", "Planning & Logistics"),
            "PL",
            "mfg",
            (
                ("物料计划组", "Material Planning Team"),
                ("仓储组", "Warehousing Team"),
                ("运输组", "Transport Team"),
            ),
            28,
        ),
    ]
    return found
