"""The standard KPI library shipped with perfdesk.

Owns the catalogue of common KPIs from the seeds (sales amount, target achievement,
conversion rate, deal cycle, CSAT, CAC, CLV, on-time delivery, cost per unit, ...):
names and units in Chinese and English, direction, aggregation, decimals,
balanced-scorecard perspective, amber/red thresholds, allowed range and how each is
measured, plus the insert-ready rows for the `kpis` table. Pure Python.

Percentages are stored as percent numbers (92.5 with unit '%') and money in 万元.
A RATIO KPI divides the period totals of two other KPIs, so it only fits where both
sides are KPIs with actuals (average order value = sales amount / orders). Target
achievement divides by a *target*, not by a KPI, and is a percent, so it is an
AVERAGE of monthly percentages rather than a RATIO.

Tolerances. A value is judged by its achievement rate (actual / target; target /
actual for lower-is-better KPIs, so 50 days against a 45-day target is 90 %): green at
or above `amber_below`, amber below it, red below `red_below`. The bands are sized to
how much a KPI moves by itself from month to month and to what a miss costs, so that a
normal month is green and only a real gap is coloured:

| nature | examples | amber below | red below |
|---|---|---|---|
| money and volumes, noisy by month | sales, orders, CAC, deal cycle, AR days | 95 % | 85 % |
| small counts and hours, lumpy by month | new customers, training hours | 90 % | 75 % |
| rates close to a ceiling, where a point is a lot | product pass rate | 99.5 % | 98 % |
| | on-time delivery, cost per unit | 98 % | 95 % |
| scores and steady percentages | CSAT | 98 % | 95 % |
| | gross margin, task completion, retention | 97 % | 92-93 % |
| volatile small rates | staff turnover | 85 % | 65 % |
| ratios of rates | sales growth | 90 % | 70 % |

A pass rate of 98.5 % against 99 % is 99.5 % achieved but half as many defects again,
hence the tight band; a salesperson at 96 % of a month's quota is within the month's
noise. Lower-is-better KPIs use the same bands in achievement terms: a 45-day deal
cycle is amber beyond 47.4 days and red beyond 52.9; a 60-day AR target is amber
beyond 63.2 days and red beyond 70.6. A document's KPI may set its own (0 < red <=
amber <= 10, the schema's CHECK).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from perfdesk.core.kpi import Aggregation, Direction, Perspective

_H, _L = Direction.HIGHER, Direction.LOWER
_SUM, _AVG, _RATIO = Aggregation.SUM, Aggregation.AVERAGE, Aggregation.RATIO
_FIN, _CUS = Perspective.FINANCIAL, Perspective.CUSTOMER
_PRO, _LRN = Perspective.PROCESS, Perspective.LEARNING


@dataclass(frozen=True)
class StandardKpi:
    code: str
    name_zh: str
    name_en: str
    unit_zh: str
    unit_en: str
    direction: Direction
    aggregation: Aggregation
    decimals: int
    perspective: Perspective
    amber_below: float
    red_below: float
    min_value: float | None
    max_value: float | None
    description_zh: str
    description_en: str
    numerator_code: str | None = None
    denominator_code: str | None = None

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def unit(self, lang: str) -> str:
        return self.unit_zh if lang == "zh" else self.unit_en


_PCT = ("%", "%")
_WAN = ("万元", "10k CNY")
_DAYS = ("天", "days")
_HOURS = ("小时", "hours")
_SCORE = ("分", "points")


def _k(
    code: str,
    names: tuple[str, str],
    units: tuple[str, str],
    kind: tuple[Direction, Aggregation, int, Perspective],
    limits: tuple[float, float, float | None, float | None],
    description_zh: str,
    description_en: str,
    ratio: tuple[str | None, str | None] = (None, None),
) -> StandardKpi:
    """One entry: kind = (direction, aggregation, decimals, perspective), limits =
    (amber_below, red_below, min_value, max_value), ratio = (numerator, denominator)."""
    (direction, aggregation, decimals, perspective), (amber, red, low, high) = kind, limits
    return StandardKpi(
        code,
        *names,
        *units,
        direction,
        aggregation,
        decimals,
        perspective,
        amber,
        red,
        low,
        high,
        description_zh,
        description_en,
        *ratio,
    )


LIBRARY: tuple[StandardKpi, ...] = (
    # -- financial -------------------------------------------------------------
    _k(
        "sales_amount",
        ("销售额", "Sales amount"),
        _WAN,
        (_H, _SUM, 1, _FIN),
        (0.95, 0.85, 0.0, None),
        "当期已开票确认的销售收入合计，以财务系统入账为准。",
        "Invoiced sales revenue recognised in the period, as booked in the finance system.",
    ),
    _k(
        "target_achievement",
        ("目标达成率", "Target achievement rate"),
        _PCT,
        (_H, _AVG, 1, _FIN),
        (0.95, 0.85, 0.0, 300.0),
        "当期销售额实际值除以当期销售目标，以百分数表示。",
        "Actual sales amount of the period divided by its sales target, as a percentage.",
    ),
    _k(
        "sales_growth",
        ("销售增长率", "Sales growth rate"),
        _PCT,
        (_H, _AVG, 1, _FIN),
        (0.9, 0.7, -100.0, 1000.0),
        "当期销售额较上年同期增长的百分比。",
        "Growth of the period's sales amount over the same period last year, in percent.",
    ),
    _k(
        "gross_margin",
        ("毛利率", "Gross margin"),
        _PCT,
        (_H, _AVG, 1, _FIN),
        (0.97, 0.92, -100.0, 100.0),
        "（销售收入-销售成本）÷销售收入×100%，按月核算。",
        "(Revenue - cost of sales) / revenue x 100 %, closed monthly.",
    ),
    _k(
        "ar_days",
        ("应收账款周转天数", "Accounts receivable days"),
        _DAYS,
        (_L, _AVG, 1, _FIN),
        (0.95, 0.85, 0.0, 365.0),
        "期末应收账款余额÷当期日均销售额。",
        "Receivables balance at period end divided by average daily sales of the period.",
    ),
    _k(
        "unit_cost",
        ("单位成本", "Cost per unit"),
        ("元/件", "CNY/unit"),
        (_L, _AVG, 2, _FIN),
        (0.98, 0.95, 0.0, None),
        "当期生产总成本÷合格品产量，超支5%即为红色。",
        "Production cost of the period / good units produced; 5 % over target is red.",
    ),
    _k(
        "order_count",
        ("订单数", "Orders"),
        ("单", "orders"),
        (_H, _SUM, 0, _FIN),
        (0.95, 0.85, 0.0, None),
        "当期确认的销售订单数量。",
        "Number of sales orders confirmed in the period.",
    ),
    _k(
        "avg_order_value",
        ("客单价", "Average order value"),
        ("万元/单", "10k CNY/order"),
        (_H, _RATIO, 2, _FIN),
        (0.95, 0.85, 0.0, None),
        "销售额合计÷订单数合计，按期间总额计算而非月度平均。",
        "Total sales amount divided by total orders over the period, not a mean of monthly values.",
        ("sales_amount", "order_count"),
    ),
    # -- customer --------------------------------------------------------------
    _k(
        "new_customers",
        ("新增客户数", "New customers"),
        ("个", "customers"),
        (_H, _SUM, 0, _CUS),
        (0.9, 0.75, 0.0, None),
        "当期首次下单并回款的客户数量。",
        "Customers who placed and paid their first order in the period.",
    ),
    _k(
        "conversion_rate",
        ("转化率", "Conversion rate"),
        _PCT,
        (_H, _AVG, 1, _CUS),
        (0.95, 0.85, 0.0, 100.0),
        "当期成交商机数÷有效商机数×100%（销售漏斗）。",
        "Won opportunities / qualified opportunities x 100 % in the period (sales funnel).",
    ),
    _k(
        "repeat_purchase_rate",
        ("复购率", "Repeat purchase rate"),
        _PCT,
        (_H, _AVG, 1, _CUS),
        (0.95, 0.85, 0.0, 100.0),
        "当期下单客户中过去12个月内曾下单的客户占比。",
        "Share of the period's ordering customers who also ordered in the previous 12 months.",
    ),
    _k(
        "csat",
        ("客户满意度", "Customer satisfaction (CSAT)"),
        _SCORE,
        (_H, _AVG, 1, _CUS),
        (0.98, 0.95, 0.0, 100.0),
        "客户满意度问卷的平均得分，满分100分。",
        "Mean score of the customer satisfaction survey, out of 100.",
    ),
    _k(
        "retention_rate",
        ("客户留存率", "Customer retention rate"),
        _PCT,
        (_H, _AVG, 1, _CUS),
        (0.97, 0.92, 0.0, 100.0),
        "期初合作客户中期末仍在合作的客户占比。",
        "Share of customers active at the start of the period still active at its end.",
    ),
    _k(
        "clv",
        ("客户生命周期价值", "Customer lifetime value"),
        _WAN,
        (_H, _AVG, 1, _CUS),
        (0.95, 0.85, 0.0, None),
        "平均每个客户在合作期内预计贡献的毛利。",
        "Expected gross profit per customer over the whole relationship.",
    ),
    _k(
        "cac",
        ("获客成本", "Customer acquisition cost"),
        _WAN,
        (_L, _AVG, 2, _CUS),
        (0.95, 0.85, 0.0, None),
        "当期市场与销售费用÷新增客户数。",
        "Marketing and sales spend of the period divided by new customers won.",
    ),
    _k(
        "market_share",
        ("市场占有率", "Market share"),
        _PCT,
        (_H, _AVG, 1, _CUS),
        (0.97, 0.9, 0.0, 100.0),
        "本公司销售额占目标市场总销售额的比例（依据行业统计）。",
        "Company sales as a share of the target market's total sales (industry statistics).",
    ),
    _k(
        "complaint_hours",
        ("客诉处理时长", "Complaint handling time"),
        _HOURS,
        (_L, _AVG, 1, _CUS),
        (0.9, 0.75, 0.0, 720.0),
        "从受理客户投诉到结案的平均小时数。",
        "Mean hours from logging a customer complaint to closing it.",
    ),
    # -- internal process ------------------------------------------------------
    _k(
        "deal_cycle_days",
        ("平均销售周期", "Average deal cycle"),
        _DAYS,
        (_L, _AVG, 1, _PRO),
        (0.95, 0.85, 0.0, 730.0),
        "当期成交订单从首次接触客户到签约的平均天数。",
        "Mean days from first contact to signed contract for deals won in the period.",
    ),
    _k(
        "on_time_delivery",
        ("准时交付率", "On-time delivery rate"),
        _PCT,
        (_H, _AVG, 1, _PRO),
        (0.98, 0.95, 0.0, 100.0),
        "在客户约定日期或之前交付的订单占全部交付订单的比例。",
        "Share of deliveries made on or before the date agreed with the customer.",
    ),
    _k(
        "pass_rate",
        ("产品合格率", "Product pass rate"),
        _PCT,
        (_H, _AVG, 2, _PRO),
        (0.995, 0.98, 0.0, 100.0),
        "一次检验合格的产品数÷送检产品总数×100%。",
        "Units passing inspection first time / units inspected x 100 %.",
    ),
    _k(
        "output_per_capita",
        ("人均产值", "Output per employee"),
        ("万元/人", "10k CNY/person"),
        (_H, _AVG, 1, _PRO),
        (0.95, 0.85, 0.0, None),
        "当期产值÷当期平均在岗人数。",
        "Output value of the period divided by average headcount.",
    ),
    _k(
        "production_plan_rate",
        ("生产计划达成率", "Production plan completion"),
        _PCT,
        (_H, _AVG, 1, _PRO),
        (0.97, 0.92, 0.0, 200.0),
        "实际完工数量÷计划完工数量×100%。",
        "Units completed / units planned x 100 %.",
    ),
    _k(
        "task_completion",
        ("任务完成率", "Task completion rate"),
        _PCT,
        (_H, _AVG, 1, _PRO),
        (0.97, 0.92, 0.0, 100.0),
        "按期完成的计划任务数÷计划任务总数×100%。",
        "Planned tasks finished on time / planned tasks x 100 %.",
    ),
    # -- learning and growth ---------------------------------------------------
    _k(
        "training_hours",
        ("培训时长", "Training hours"),
        _HOURS,
        (_H, _SUM, 1, _LRN),
        (0.9, 0.75, 0.0, None),
        "员工参加内部或外部培训的学时合计，以签到记录为准。",
        "Hours of internal or external training attended, from the sign-in records.",
    ),
    _k(
        "turnover_rate",
        ("员工流失率", "Staff turnover rate"),
        _PCT,
        (_L, _AVG, 2, _LRN),
        (0.85, 0.65, 0.0, 100.0),
        "当月离职人数÷当月平均在职人数×100%。",
        "Leavers in the month / average headcount of the month x 100 %.",
    ),
    _k(
        "employee_satisfaction",
        ("员工满意度", "Employee satisfaction"),
        _SCORE,
        (_H, _AVG, 1, _LRN),
        (0.97, 0.93, 0.0, 100.0),
        "员工满意度问卷的平均得分，满分100分。",
        "Mean score of the employee satisfaction survey, out of 100.",
    ),
    # -- added later: appended, so no existing entry moves (ids come from codes anyway) --
    _k(
        "net_profit_margin",
        ("净利润率", "Net profit margin"),
        _PCT,
        (_H, _AVG, 1, _FIN),
        (0.95, 0.85, -100.0, 100.0),
        "当期净利润÷当期营业收入×100%，以财务报表为准。",
        "Net profit of the period / revenue of the period x 100 %, from the financial statements.",
    ),
    _k(
        "sales_volume",
        ("销售数量", "Units sold"),
        ("件", "units"),
        (_H, _SUM, 0, _FIN),
        (0.95, 0.85, 0.0, None),
        "当期已发货并确认收入的产品数量。",
        "Units shipped and recognised as sales in the period.",
    ),
    _k(
        "complaint_count",
        ("客户投诉数", "Customer complaints"),
        ("件", "complaints"),
        (_L, _SUM, 0, _CUS),
        (0.9, 0.75, 0.0, None),
        "当期受理的有效客户投诉件数，重复投诉只计一次。",
        "Valid customer complaints logged in the period; a repeated complaint counts once.",
    ),
    _k(
        "inventory_days",
        ("库存周转天数", "Inventory days"),
        _DAYS,
        (Direction.RANGE, _AVG, 1, _PRO),
        (0.95, 0.85, 0.0, 365.0),
        "期末库存金额÷当期日均销售成本；过高占用资金，过低影响交付，目标为一个区间。",
        "Inventory value at period end / average daily cost of sales; too high ties up cash, "
        "too low risks deliveries, so the target is a range.",
    ),
)

_BY_CODE = {entry.code: entry for entry in LIBRARY}


def by_code(code: str) -> StandardKpi:
    """The library entry with this code; KeyError names the unknown code."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"no standard KPI with code {code!r}") from None


# Library KPIs have the same id in every file, derived from their code, so a company
# file and the department files made from it (or made apart) agree on them.
_KPI_NAMESPACE = "6f1d3c2a-8f0e-5b7a-9c4d-2e1f0a9b8c7d"


def kpi_id(code: str) -> str:
    """The id of the library KPI `code` in every document (a name-based UUID)."""
    import uuid  # off the start-up path

    return str(uuid.uuid5(uuid.UUID(_KPI_NAMESPACE), f"perfdesk.kpi/{code}"))


def find(code: str) -> StandardKpi | None:
    """The library entry with this code, or None for a KPI of the user's own."""
    return _BY_CODE.get(code)


def kpi_rows() -> list[dict[str, Any]]:
    """Insert-ready `kpis` rows (both languages) for the whole library.

    Ids are `kpi_id(code)`; RATIO rows point at their numerator and denominator the
    same way. Stamps and source are the writer's to add.
    """
    return [
        {
            "id": kpi_id(k.code),
            "code": k.code,
            "name_zh": k.name_zh,
            "name_en": k.name_en,
            "unit_zh": k.unit_zh,
            "unit_en": k.unit_en,
            "description_zh": k.description_zh,
            "description_en": k.description_en,
            "direction": k.direction.value,
            "aggregation": k.aggregation.value,
            "decimals": k.decimals,
            "perspective": k.perspective.value,
            "amber_below": k.amber_below,
            "red_below": k.red_below,
            "min_value": k.min_value,
            "max_value": k.max_value,
            "numerator_id": kpi_id(k.numerator_code) if k.numerator_code else None,
            "denominator_id": kpi_id(k.denominator_code) if k.denominator_code else None,
        }
        for k in LIBRARY
    ]
