"""Small vector charts for the reports, drawn with reportlab.graphics (no matplotlib).

A trend chart is a reportlab Drawing of a KPI's twelve months: the target as a dashed
grey line, the actual as a solid line with a dot per month in the colour of the
report month's status, and month numbers below. Vectors print sharp and cost about a
millisecond each (benchmarks/reports.py measures the report with and without them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from perfdesk.core.numbers import number
from perfdesk.reports.pdf import FONT, INK, MUTED, RULE, register_font


def trend_chart(
    targets: Sequence[float | None],
    actuals: Sequence[float | None],
    colour: str,
    width: float,
    height: float,
    decimals: int = 0,
    upto: int = 12,
) -> Any:
    """A Drawing `width` × `height` points of monthly targets and actuals (12 each);
    months after `upto` (1-based) are left blank for the actual."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors

    register_font()
    drawing = Drawing(width, height)
    left, right, bottom, top = 30.0, width - 4.0, 12.0, height - 4.0
    values = [v for v in (*targets, *actuals) if v is not None]
    grey, ink = colors.HexColor(MUTED), colors.HexColor(colour)
    drawing.add(Line(left, bottom, right, bottom, strokeColor=colors.HexColor(RULE)))
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.HexColor(RULE)))
    step = (right - left) / 11
    for month in (1, 3, 6, 9, 12):
        x = left + (month - 1) * step
        drawing.add(
            String(x, 2, str(month), fontName=FONT, fontSize=6, fillColor=grey, textAnchor="middle")
        )
    if not values:
        return drawing
    low, high = min(values), max(values)
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad

    def y(value: float) -> float:
        return bottom + (value - low) / (high - low) * (top - bottom)

    for value in (high - pad, low + pad):
        drawing.add(
            String(
                left - 2,
                y(value) - 2,
                _short(value, decimals),
                fontName=FONT,
                fontSize=5.5,
                fillColor=grey,
                textAnchor="end",
            )
        )
    for series, dashed in ((targets, True), (actuals[:upto], False)):
        points: list[float] = []
        for month, point in enumerate(series):
            if point is None:
                _flush(drawing, points, grey if dashed else ink, dashed, PolyLine)
                points = []
                continue
            points += [left + month * step, y(point)]
        _flush(drawing, points, grey if dashed else ink, dashed, PolyLine)
    for month, measured in enumerate(actuals[:upto]):
        if measured is not None:
            drawing.add(
                Circle(
                    left + month * step,
                    y(measured),
                    1.4,
                    fillColor=ink,
                    strokeColor=ink,
                    strokeWidth=0.3,
                )
            )
    return drawing


def _flush(drawing: Any, points: list[float], colour: Any, dashed: bool, polyline: Any) -> None:
    if len(points) >= 4:
        drawing.add(
            polyline(
                points,
                strokeColor=colour,
                strokeWidth=0.9 if dashed else 1.2,
                strokeDashArray=[2, 1.5] if dashed else None,
            )
        )


def _short(value: float, decimals: int) -> str:
    size = abs(value)
    if size >= 1e8:
        return number(value / 1e8, 1, trim=True) + "e8"
    if size >= 1e4:
        return number(value / 1e3, 0) + "k"
    return number(value, min(decimals, 2), trim=True)


def achievement_bars(
    bars: Sequence[tuple[str, float | None, str, str]], width: float, cap: float = 1.5
) -> Any:
    """A flowable of horizontal bars, one per KPI: (label, achievement, colour, shape).

    The bar runs to the achievement (1.0 = on target; drawn up to `cap`, the value
    printed as is), a dashed line marks 100 %, and each bar ends with the status
    shape, so the status is never told by colour alone. No achievement: no bar, "—".
    Drawn straight on the canvas (a company meeting has fifty of these; reportlab's
    graphics tree cost several times more per chart for the same vectors), its text
    through pdf.draw_lines as the tables' cells.
    """
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    from perfdesk.reports.pdf import _fit, draw_lines

    register_font()
    row, label_width, value_width = 11.0, width * 0.34, 46.0
    height = row * len(bars) + 14
    left = label_width + 4
    right = width - value_width
    grey, rule = colors.HexColor(MUTED), colors.HexColor(RULE)

    def x(rate: float) -> float:
        return left + min(max(rate, 0.0), cap) / cap * (right - left)

    class Bars(Flowable):  # type: ignore[misc]
        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            for index, (label, rate, colour, shape) in enumerate(bars):
                y = height - 10 - (index + 1) * row + 3
                ink = colors.HexColor(colour)
                canvas.setFillColor(colors.HexColor(INK))
                canvas.setFont(FONT, 6.5)
                draw_lines(canvas, 0, y + 1.5, [_fit(label, 6.5, label_width)], 0)
                canvas.setFillColor(ink)
                if rate is not None:
                    canvas.rect(left, y, x(rate) - left, row - 4, stroke=0, fill=1)
                text = f"{shape} " + ("—" if rate is None else number(rate * 100, 1) + "%")
                draw_lines(canvas, (x(rate) if rate is not None else left) + 3, y + 1.5, [text], 0)
            canvas.setFillColor(grey)
            canvas.setFont(FONT, 5.5)
            for rate in (0.0, 0.5, 1.0, cap):
                draw_lines(canvas, x(rate), 0, [number(rate * 100, 0) + "%"], 0, anchor="middle")
            canvas.setStrokeColor(rule)
            canvas.setLineWidth(1)
            canvas.line(left, 8, left, height - 6)
            canvas.setStrokeColor(grey)
            canvas.setLineWidth(0.7)
            canvas.setDash(2, 1.5)
            canvas.line(x(1.0), 8, x(1.0), height - 6)
            canvas.restoreState()

    return Bars()
