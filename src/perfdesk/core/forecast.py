"""A goal's year-end forecast from its months so far: two stated methods, pure Python.

- **Run-rate (按当前进度)**: the months to come go on as the year so far. A KPI whose
  months add up (SUM) adds the mean month of the year so far for each month left; an
  average or a rate (AVERAGE) keeps its mean so far; a period-end figure (LAST)
  stays at its last value.
- **Last year's shape (按去年走势)**: the months to come follow last year's months,
  scaled (SUM: this year's year-to-date over last year's same months) or shifted
  (AVERAGE and LAST: by this year's difference to last year, which keeps a rate's
  seasonal swing without multiplying it). Only when last year has every month
  needed; otherwise there is no such forecast.

The projection is the year's value by the KPI's aggregation over the actuals and
the forecast months; its achievement against the year target is judged as any
value is (core/kpi), so lower-is-better KPIs read right. RATIO KPIs are forecast
from their numerator and denominator, not their own months: none here.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass

from perfdesk.core.kpi import Aggregation, Kpi, Status, achievement, aggregate, kpi_status

MONTHS = 12


class Method(enum.StrEnum):
    RUN_RATE = "run_rate"
    LAST_YEAR = "last_year"


class NoForecast(enum.StrEnum):
    NO_DATA = "no_data"  # no actual yet
    RATIO = "ratio"  # a ratio KPI: numerator and denominator, not its months
    NO_LAST_YEAR = "no_last_year"  # last year lacks a month this method needs
    COMPLETE = "complete"  # every month has its actual: nothing left to forecast


@dataclass(frozen=True)
class Forecast:
    method: Method
    # One value per month: None up to the last month with an actual, then the forecast.
    months: tuple[float | None, ...]
    projected: float | None  # the year's value, actuals and forecast together
    year_target: float | None
    achievement: float | None
    status: Status
    through: int  # how many months the actuals reach (1 = January)


def _present(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _values(values: Sequence[float | None]) -> list[float | None]:
    padded = list(values[:MONTHS]) + [None] * (MONTHS - len(values))
    return [v if _present(v) else None for v in padded]


def _through(actuals: Sequence[float | None]) -> int:
    """The number of the last month with an actual (0 when none)."""
    return max((i + 1 for i, v in enumerate(actuals) if v is not None), default=0)


def year_target(
    kpi: Kpi, targets: Sequence[float | None], goal_target: float | None = None
) -> float | None:
    """The goal's year target, or its months' targets aggregated by the KPI's rule."""
    if _present(goal_target):
        return goal_target
    if kpi.aggregation is Aggregation.RATIO:
        return None
    return aggregate(kpi.aggregation, _values(targets))


def forecast(
    kpi: Kpi,
    method: Method,
    targets: Sequence[float | None],
    actuals: Sequence[float | None],
    last_year: Sequence[float | None] = (),
    goal_target: float | None = None,
    target_max: float | None = None,
) -> Forecast | NoForecast:
    """The forecast to year end by `method`, or why there is none."""
    if kpi.aggregation is Aggregation.RATIO:
        return NoForecast.RATIO
    actual = _values(actuals)
    through = _through(actual)
    if through == 0:
        return NoForecast.NO_DATA
    if through == MONTHS:
        return NoForecast.COMPLETE
    known = [v for v in actual[:through] if v is not None]
    aggregation = kpi.aggregation
    future: list[float | None]
    if method is Method.RUN_RATE:
        # SUM: the mean month goes on; AVERAGE: the mean so far holds; LAST: it stays.
        mean = math.fsum(known) / len(known)
        level = known[-1] if aggregation is Aggregation.LAST else mean
        future = [level] * (MONTHS - through)
    else:
        before = _values(last_year)
        if any(v is None for v in before):
            return NoForecast.NO_LAST_YEAR
        assert all(v is not None for v in before)
        last = [float(v) for v in before if v is not None]
        paired = [i for i in range(through) if actual[i] is not None]
        if aggregation is Aggregation.SUM:
            base = math.fsum(last[i] for i in paired)
            if base == 0:
                return NoForecast.NO_LAST_YEAR  # nothing to scale by
            scale = math.fsum(actual[i] or 0.0 for i in paired) / base
            future = [last[i] * scale for i in range(through, MONTHS)]
        elif aggregation is Aggregation.AVERAGE:
            shift = math.fsum((actual[i] or 0.0) - last[i] for i in paired) / len(paired)
            future = [last[i] + shift for i in range(through, MONTHS)]
        else:  # LAST: from the last actual, as last year moved from that month on
            anchor = known[-1] - last[through - 1]
            future = [last[i] + anchor for i in range(through, MONTHS)]
    months: list[float | None] = [None] * through
    months += future
    # The year: the actuals so far and the forecast months. A month before the last
    # actual that has none counts as the mean month so far (a SUM year would otherwise
    # lose it; an AVERAGE is not moved by it; LAST reads the last month).
    gap = math.fsum(known) / len(known)
    year_values = [
        (actual[i] if actual[i] is not None else gap) if i < through else months[i]
        for i in range(MONTHS)
    ]
    projected = aggregate(aggregation, year_values)
    target = year_target(kpi, targets, goal_target)
    return Forecast(
        method=method,
        months=tuple(months),
        projected=projected,
        year_target=target,
        achievement=achievement(kpi.direction, target, projected, target_max),
        status=kpi_status(kpi, target, projected, target_max),
        through=through,
    )


def forecasts(
    kpi: Kpi,
    targets: Sequence[float | None],
    actuals: Sequence[float | None],
    last_year: Sequence[float | None] = (),
    goal_target: float | None = None,
    target_max: float | None = None,
) -> dict[Method, Forecast | NoForecast]:
    """Both methods, run-rate first."""
    return {
        method: forecast(kpi, method, targets, actuals, last_year, goal_target, target_max)
        for method in Method
    }


def preferred(found: dict[Method, Forecast | NoForecast]) -> Forecast | None:
    """The forecast the chart draws: last year's shape when there is one (it knows the
    seasons), else the run-rate."""
    for method in (Method.LAST_YEAR, Method.RUN_RATE):
        chosen = found.get(method)
        if isinstance(chosen, Forecast):
            return chosen
    return None
