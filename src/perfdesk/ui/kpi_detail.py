"""The detail of the selected goal in the KPI tab: its year in a chart and a table.

Actual against target month by month, each actual marked with its status's shape and
colour (ui/widgets/status.py: ● on target, ▲ warning, ◆ below, ○ nothing to judge),
last year's line when the same holder had the KPI last year, and a forecast to year
end (core/forecast.py) with its method written on the chart: by last year's shape
when last year is complete, else by the current run-rate. Under the chart the
numbers behind it, month by month, and the projected year by both methods. Export
Chart… writes the chart as PNG or SVG.

matplotlib is imported on the first draw (ARCHITECTURE: heavy libraries at first
use), so neither start-up nor a tab without the pane pays for it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.forecast import Forecast, Method, NoForecast, forecasts, preferred
from perfdesk.core.kpi import Kpi, Status, kpi_status
from perfdesk.core.numbers import RowScale, format_kpi_value, row_scale
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets import status as looks
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label

# matplotlib markers drawing the status shapes of ui/widgets/status.py.
_MARKERS = {
    Status.GREEN: ("o", True),
    Status.AMBER: ("^", True),
    Status.RED: ("D", True),
    Status.MISSING: ("o", False),
    Status.INCOMPLETE: ("o", False),
}
_TARGET = "#555555"
_ACTUAL = "#1F1F1F"
_LAST_YEAR = "#9A9A9A"
_FORECAST = "#0072B2"


@dataclass(frozen=True)
class GoalYear:
    """What the pane shows of one goal: its name and the year's months."""

    title: str  # "销售一组 · 销售额"
    year: int
    kpi: Kpi
    month_labels: tuple[str, ...]  # "1月" … "12月"
    targets: tuple[float | None, ...]
    actuals: tuple[float | None, ...]
    last_year: tuple[float | None, ...]  # () when the holder had no such goal last year
    goal_target: float | None
    target_max: float | None = None
    judged: int = 12  # the months that have ended (later ones are not judged)


class KpiDetail(QWidget):
    def __init__(self, language: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiDetail")
        self.language = language
        self.goal: GoalYear | None = None
        self.forecast: Forecast | None = None  # the one drawn
        self.found: dict[Method, Forecast | NoForecast] = {}
        self._figure: Any = None
        self._canvas: Any = None
        self.heading = TextLabel()
        self.summary = wrapping_label()
        self.empty = wrapping_label(self.tr("Select a goal's row in the grid to see its year."))
        self.empty.setStyleSheet("color: #555555;")
        self.chart_box = QVBoxLayout()
        self.chart_box.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(self.tr("Export Chart…"))
        self.export_button.setToolTip(self.tr("Save the chart as a PNG picture or an SVG drawing"))
        self.export_button.clicked.connect(guarded(lambda _c=False: self.export_chart()))
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Target"),
                self.tr("Actual"),
                self.tr("Last year"),
                self.tr("Forecast"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.chart_box)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._show_parts(False)

    # -- showing a goal ---------------------------------------------------------------
    def show_goal(self, goal: GoalYear | None) -> None:
        """Show `goal` (None: nothing selected, or a row that is not a goal)."""
        if goal == self.goal and (goal is None or self._figure is not None):
            return
        self.goal = goal
        self._show_parts(goal is not None)
        if goal is None:
            self.heading.setText(self.tr("Detail"))
            self.forecast, self.found = None, {}
            return
        self.heading.setText(fill(self.tr("%1, %2"), goal.title, goal.year))
        self.found = forecasts(
            goal.kpi,
            goal.targets,
            goal.actuals,
            goal.last_year,
            goal.goal_target,
            goal.target_max,
        )
        self.forecast = preferred(self.found)
        scale = row_scale(goal.kpi.unit, goal.kpi.decimals, goal.goal_target)
        self.summary.setText(self._summary(goal, scale))
        self._fill_table(goal, scale)
        self._draw(goal, scale)

    def _show_parts(self, shown: bool) -> None:
        self.empty.setVisible(not shown)
        for widget in (self.summary, self.export_button, self.table):
            widget.setVisible(shown)
        if self._canvas is not None:
            self._canvas.setVisible(shown)

    def method_text(self, method: Method) -> str:
        return (
            self.tr("By the current run-rate")
            if method is Method.RUN_RATE
            else self.tr("By last year's shape")
        )

    def _why_not(self, reason: NoForecast) -> str:
        return {
            NoForecast.NO_DATA: self.tr("no actual yet"),
            NoForecast.RATIO: self.tr(
                "a ratio KPI is forecast from its numerator and denominator, not shown here"
            ),
            NoForecast.NO_LAST_YEAR: self.tr("last year lacks months"),
            NoForecast.COMPLETE: self.tr("every month has its actual"),
        }[reason]

    def _summary(self, goal: GoalYear, scale: RowScale) -> str:
        """One line per method: the projected year and its achievement, or why none."""
        lines: list[str] = []
        for method in (Method.RUN_RATE, Method.LAST_YEAR):
            found = self.found.get(method)
            if isinstance(found, Forecast):
                achieved = (
                    f"{found.achievement * 100:.0f}%" if found.achievement is not None else "—"
                )
                lines.append(
                    fill(
                        self.tr("%1: year end %2 against a target of %3, %4 achieved (%5)"),
                        self.method_text(method),
                        self._value(goal, found.projected) or "—",
                        self._value(goal, found.year_target) or "—",
                        achieved,
                        looks.word(found.status),
                    )
                )
            elif found is not None:
                lines.append(
                    fill(
                        self.tr("%1: no forecast (%2)"),
                        self.method_text(method),
                        self._why_not(found),
                    )
                )
        if self.forecast is not None:
            lines.append(
                fill(self.tr("The chart shows: %1."), self.method_text(self.forecast.method))
            )
        return "\n".join(lines)

    def _value(self, goal: GoalYear, value: float | None) -> str:
        return format_kpi_value(value, goal.kpi.decimals, goal.kpi.unit, self.language)

    def _fill_table(self, goal: GoalYear, scale: RowScale) -> None:
        table = self.table
        unit = f" ({plain(scale.unit, 20)})" if scale.unit else ""
        table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Target") + unit,
                self.tr("Actual"),
                self.tr("Last year"),
                self.tr("Forecast"),
            ]
        )
        months = self.forecast.months if self.forecast is not None else (None,) * 12
        last = goal.last_year or (None,) * 12
        table.setRowCount(len(goal.month_labels))
        for row, label in enumerate(goal.month_labels):
            target, actual = goal.targets[row], goal.actuals[row]
            status = kpi_status(goal.kpi, target, actual, goal.target_max)
            cells = (
                label,
                scale.format(target),
                scale.format(actual),
                scale.format(last[row]),
                scale.format(months[row]),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and actual is not None and row < goal.judged:
                    # The shape says it beside the number (as in the grid); the word is
                    # in the tooltip and for screen readers: the column stays narrow.
                    said = fill(self.tr("%1 %2"), text, looks.word(status))
                    item.setIcon(looks.icon(status))
                    item.setToolTip(said)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
                table.setItem(row, column, item)

    # -- the chart --------------------------------------------------------------------
    def _build(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from perfdesk.ui.action_chart import _use_bundled_font

        _use_bundled_font()
        self._figure = Figure(figsize=(4, 2.3), dpi=90)
        self._figure.subplots_adjust(left=0.14, right=0.98, top=0.86, bottom=0.14)
        self._canvas = FigureCanvasQTAgg(self._figure)  # type: ignore[no-untyped-call]
        self._canvas.setMinimumHeight(190)
        self.chart_box.addWidget(self._canvas)

    def _draw(self, goal: GoalYear, scale: RowScale) -> None:
        if self._figure is None:
            self._build()
        figure = self._figure
        figure.clear()
        axes = figure.add_subplot(1, 1, 1)
        axes.tick_params(labelsize=7)
        xs = list(range(1, 13))

        def shown(values: Sequence[float | None]) -> list[float]:
            return [float("nan") if v is None else v / scale.divisor for v in values]

        axes.plot(
            xs,
            shown(goal.targets),
            color=_TARGET,
            linestyle="--",
            linewidth=1,
            label=self.tr("Target"),
        )
        if any(v is not None for v in goal.last_year):
            axes.plot(
                xs,
                shown(goal.last_year),
                color=_LAST_YEAR,
                linestyle=":",
                linewidth=1.2,
                label=self.tr("Last year"),
            )
        axes.plot(xs, shown(goal.actuals), color=_ACTUAL, linewidth=1.2, label=self.tr("Actual"))
        for month, (target, actual) in enumerate(zip(goal.targets, goal.actuals, strict=True)):
            if actual is None:
                continue
            status = kpi_status(goal.kpi, target, actual, goal.target_max)
            if month >= goal.judged:
                status = Status.MISSING
            marker, filled = _MARKERS[status]
            colour = looks.color(status).name()
            axes.plot(
                [month + 1],
                [actual / scale.divisor],
                marker=marker,
                markersize=6,
                markerfacecolor=colour if filled else "white",
                markeredgecolor=looks.color(status).darker(160).name(),
                linestyle="none",
            )
        forecast = self.forecast
        if forecast is not None:
            start = forecast.through
            anchor = goal.actuals[start - 1]
            ys = [anchor, *forecast.months[start:]]
            axes.plot(
                list(range(start, 13)),
                shown(ys),
                color=_FORECAST,
                linestyle=(0, (4, 2)),
                linewidth=1.4,
                label=fill(self.tr("Forecast: %1"), self.method_text(forecast.method)),
            )
        axes.set_xlim(0.5, 12.5)
        axes.set_xticks(xs, [label.replace("月", "") for label in goal.month_labels])
        if scale.unit:
            axes.set_ylabel(scale.unit, fontsize=7)
        axes.grid(axis="y", color="#E4E4E4", linewidth=0.6)
        axes.legend(
            fontsize=6.5,
            loc="upper center",
            bbox_to_anchor=(0.5, 1.19),
            ncol=4,
            frameon=False,
            handlelength=1.8,
            columnspacing=0.8,
        )
        self._canvas.draw_idle()

    # -- export -------------------------------------------------------------------------
    def export_chart(self, path: Path | None = None) -> Path | None:
        """Write the chart as PNG or SVG (by the name's ending); asks for a name when none
        is given. Returns the file written, or None."""
        if self._figure is None or self.goal is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export Chart"),
                f"{self.goal.title}-{self.goal.year}.png",
                ";;".join((self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)"))),
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        try:
            self._figure.savefig(str(path), dpi=150 if path.suffix.lower() == ".png" else None)
        except (OSError, ValueError) as error:
            print(f"perfdesk: export chart: {error}", file=sys.stderr)
            self.summary.setText(
                fill(self.tr("The chart could not be saved: %1"), plain(str(error), 300))
            )
            return None
        return path
