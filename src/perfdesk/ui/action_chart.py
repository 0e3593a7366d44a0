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
        self._axes: Any = None
        self._measured: Any = None
        self._baseline: Any = None
        self._expected: Any = None
        self._shown: Any = None  # what the chart shows now
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
        points = [(period, value) for period, value in reports if value is not None]
        shown = (points, baseline, expected, labels)
        if shown == self._shown:
            return  # the same chart: a refresh that changed nothing redraws nothing
        self._shown = shown
        self.points = points
        self.setVisible(bool(points))
        if not points:
            return
        if self._canvas is None:
            self._build(labels)
        xs = list(range(len(points)))
        values = [v for _p, v in points]
        self._measured.set_data(xs, values)
        for line, level in ((self._baseline, baseline), (self._expected, expected)):
            line.set_visible(level is not None)
            if level is not None:
                line.set_ydata([level, level])
        for line, text in zip(
            (self._baseline, self._expected, self._measured), labels, strict=True
        ):
            line.set_label(text)
        levels = [v for v in (*values, baseline, expected) if v is not None]
        low, high = min(levels), max(levels)
        margin = (high - low) * 0.1 or abs(high) * 0.05 or 1.0
        axes = self._axes
        axes.set_xlim(-0.5, len(points) - 0.5)
        axes.set_ylim(low - margin, high + margin)
        axes.set_xticks(xs, [p[5:] for p, _v in points])
        axes.legend(fontsize=7, loc="best", frameon=False)
        self._canvas.draw_idle()

    def _build(self, labels: tuple[str, str, str]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        _use_bundled_font()
        # Fixed margins, not a layout engine: redrawing for each selected action stays cheap.
        self._figure = Figure(figsize=(4, 1.7), dpi=90)
        self._figure.subplots_adjust(left=0.16, right=0.98, top=0.95, bottom=0.16)
        self._canvas = FigureCanvasQTAgg(self._figure)  # type: ignore[no-untyped-call]
        self._layout.addWidget(self._canvas)
        axes = self._axes = self._figure.add_subplot(1, 1, 1)
        axes.tick_params(labelsize=7)
        (self._measured,) = axes.plot([], [], marker="o", color="#1f5fa8", label=labels[2])
        self._baseline = axes.axhline(0, color="#888888", linestyle="--", label=labels[0])
        self._expected = axes.axhline(0, color="#2e7d32", linestyle=":", label=labels[1])


def _use_bundled_font() -> None:
    """Chinese labels in the chart: the app's bundled CJK font first (matplotlib does not
    see fonts Qt loaded). Math text off: labels are the user's text (a unit such as
    "$/$" is shown as typed), and the bundle ships no math fonts (installer/README.md)."""
    import matplotlib
    from matplotlib import font_manager

    from perfdesk.paths import font_path

    matplotlib.rcParams["text.parse_math"] = False
    try:
        font_manager.fontManager.addfont(str(font_path()))
        name = font_manager.FontProperties(fname=str(font_path())).get_name()
    except (OSError, RuntimeError, ValueError):
        return  # the chart still draws; Chinese labels may show as boxes
    families = list(matplotlib.rcParams["font.sans-serif"])
    if name not in families:
        matplotlib.rcParams["font.sans-serif"] = [name, *families]
