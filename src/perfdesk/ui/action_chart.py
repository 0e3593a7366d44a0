"""A small chart of an action's 10-day reports against its baseline and expected value.

matplotlib is imported on the first draw, never with the tab (ARCHITECTURE: heavy
libraries at first use): an action without reports shows no chart and costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from perfdesk.ui.guard import guarded


class ReportChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._canvas: Any = None
        self._figure: Any = None
        self.points: list[tuple[str, float]] = []  # what is drawn (tests read it)
        self.setFixedHeight(170)

    @guarded
    def show_reports(
        self,
        reports: Sequence[tuple[str, float | None]],
        baseline: float | None,
        expected: float | None,
        labels: tuple[str, str, str] = ("Baseline", "Expected", "Measured"),
    ) -> None:
        self.points = [(period, value) for period, value in reports if value is not None]
        has_data = bool(self.points)
        self.setVisible(has_data)
        if not has_data:
            return
        if self._canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            _use_bundled_font()
            self._figure = Figure(figsize=(4, 1.7), dpi=90, layout="constrained")
            self._canvas = FigureCanvasQTAgg(self._figure)  # type: ignore[no-untyped-call]
            self._layout.addWidget(self._canvas)
        figure = self._figure
        figure.clear()
        axes = figure.add_subplot(1, 1, 1)
        xs = list(range(len(self.points)))
        axes.plot(xs, [v for _p, v in self.points], marker="o", color="#1f5fa8", label=labels[2])
        if baseline is not None:
            axes.axhline(baseline, color="#888888", linestyle="--", label=labels[0])
        if expected is not None:
            axes.axhline(expected, color="#2e7d32", linestyle=":", label=labels[1])
        axes.set_xticks(xs, [p[5:] for p, _v in self.points], fontsize=7)
        axes.tick_params(axis="y", labelsize=7)
        axes.legend(fontsize=7, loc="best", frameon=False)
        self._canvas.draw_idle()


def _use_bundled_font() -> None:
    """Chinese labels in the chart: the app's bundled CJK font first (matplotlib does not
    see fonts Qt loaded)."""
    import matplotlib
    from matplotlib import font_manager

    from perfdesk.paths import font_path

    try:
        font_manager.fontManager.addfont(str(font_path()))
        name = font_manager.FontProperties(fname=str(font_path())).get_name()
    except (OSError, RuntimeError, ValueError):
        return  # the chart still draws; Chinese labels may show as boxes
    families = list(matplotlib.rcParams["font.sans-serif"])
    if name not in families:
        matplotlib.rcParams["font.sans-serif"] = [name, *families]
