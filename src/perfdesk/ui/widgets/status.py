"""How a status looks, in one place: a shape, a word and a colour, never colour alone.

Every tab renders KPI statuses (and the things that read like them: an overdue
action, an agenda item over its time) through this module, so a status reads
the same everywhere. The palette is blue, orange and a dark red (Okabe-Ito's blue
and orange; the red darker than its vermillion, which deuteranopia merges with
the orange), with tints apart by lightness as well as hue: pale blue, pale
yellow and rose. ui/colour_vision.py checks that every pair stays apart
(CIEDE2000) under a deuteranopia simulation and in normal vision; the shapes
(filled circle, triangle, diamond, hollow circle) and the word carry the
meaning on a washed-out projector or in black and white.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from perfdesk.core.kpi import Kpi, Status
from perfdesk.ui.labels import label
from perfdesk.ui.text import TOOLTIP_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets.text_label import TextLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

COLORS = {
    Status.GREEN: QColor("#0072B2"),  # blue: on target
    Status.AMBER: QColor("#E69F00"),  # orange: warning
    Status.RED: QColor("#B2182B"),  # dark red: below target
    Status.MISSING: QColor("#8C8C8C"),  # grey: nothing to judge yet
    Status.INCOMPLETE: QColor("#8C8C8C"),  # grey, half filled: some periods lack an actual
}
# Cell backgrounds: light enough for black text, still apart from each other (the old
# orange and vermillion tints were ΔE 4.5 apart under deuteranopia; these are ≥ 20).
TINTS = {
    Status.GREEN: QColor("#D4E8F5"),
    Status.AMBER: QColor("#FFEE99"),
    Status.RED: QColor("#E3939A"),
}
_ICON_SIZE = 14
_icons: dict[Status, QIcon] = {}
_pixmaps: dict[tuple[Status, int], QPixmap] = {}


def color(status: Status) -> QColor:
    return COLORS[status]


def tint(status: Status) -> QColor | None:
    return TINTS.get(status)


def word(status: Status) -> str:
    return label(status)


def icon(status: Status) -> QIcon:
    """The status's shape in its colour, drawn (not a font glyph, which a font may lack)."""
    from PySide6.QtGui import QIcon  # its type costs ~8 ms (ThemeIcon): not at start-up

    if status not in _icons:
        _icons[status] = QIcon(_draw(status, _ICON_SIZE, 2.0))
    return _icons[status]


def pixmap(status: Status, size: int = _ICON_SIZE) -> QPixmap:
    """The shape as a pixmap (for a label, or a view's decoration at its natural size):
    drawn without QIcon, whose type PySide builds at a cost of ~8 ms."""
    key = (status, size)
    if key not in _pixmaps:
        _pixmaps[key] = _draw(status, size, 2.0)
    return _pixmaps[key]


def _draw(status: Status, size: int, ratio: float) -> QPixmap:
    image = QPixmap(round(size * ratio), round(size * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A dark outline keeps the shape visible when the projector washes the colour out.
    painter.setPen(QPen(COLORS[status].darker(160), 1.2))
    painter.setBrush(COLORS[status])  # a QColor: no QBrush type (~5 ms)
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    c, r = box.center(), box.width() / 2
    if status is Status.GREEN:
        painter.drawEllipse(box)
    elif status is Status.AMBER:
        painter.drawPolygon(
            QPolygonF([QPointF(c.x(), box.top()), box.bottomRight(), box.bottomLeft()])
        )
    elif status is Status.RED:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - r),
                    QPointF(c.x() + r, c.y()),
                    QPointF(c.x(), c.y() + r),
                    QPointF(c.x() - r, c.y()),
                ]
            )
        )
    elif status is Status.INCOMPLETE:
        painter.setPen(QPen(COLORS[status].darker(130), 1.6, Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = box.adjusted(1, 1, -1, -1)
        painter.drawEllipse(inner)
        painter.setBrush(COLORS[status])  # a QColor: no QBrush type (~5 ms)
        painter.drawPie(inner, 90 * 16, 180 * 16)  # the left half: part of the data is in
    else:
        painter.setPen(QPen(COLORS[status].darker(130), 1.6, Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
    painter.end()
    return image


def _default(name: str) -> float:
    return float(next(f.default for f in fields(Kpi) if f.name == name))  # type: ignore[arg-type]


def thresholds(kpi: Kpi | None = None) -> tuple[float, float]:
    """(amber_below, red_below) of `kpi`, or the library's defaults."""
    if kpi is None:
        return _default("amber_below"), _default("red_below")
    return kpi.amber_below, kpi.red_below


def _percent(value: float) -> str:
    return f"{value * 100:g}%"


class StatusLegend(QWidget):
    """Under a grid: each shape with its word and the thresholds it stands for.

    `set_kpis` states the thresholds of the KPIs actually shown: one pair in the
    words themselves when they share it, else the words say "the KPI's threshold"
    and a note lists each pair with its KPIs (95%/85%: 销售额, 回款额; ...).
    Until then (or with no KPI) the library's defaults are stated as such.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two lines whatever the width: the five shapes with their words, then the note.
        # Each text is elided to the room there is (the whole legend is in the tooltip);
        # a wrapping legend took ~8 lines beside a side pane at 1280 px, and every
        # holder with other thresholds re-laid out the tab.
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        words = QHBoxLayout()
        words.setSpacing(4)
        self._texts: dict[Status, TextLabel] = {}
        for status in _LEGEND_ORDER:
            shape = QLabel()
            shape.setPixmap(pixmap(status))
            text = TextLabel()
            self._texts[status] = text
            words.addWidget(shape)
            words.addWidget(text)  # as wide as its words; elided only when the line is full
            words.addSpacing(8)
        words.addStretch(1)
        lines.addLayout(words)
        self.note = TextLabel(limit=TOOLTIP_LIMIT)
        self.note.setStyleSheet("color: #555555;")
        lines.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_kpis(None)

    def set_kpis(self, kpis: Iterable[Kpi] | None) -> None:
        """State the thresholds of these KPIs (None: the defaults)."""
        pairs: dict[tuple[float, float], list[str]] = {}
        for kpi in kpis or ():
            names = pairs.setdefault(thresholds(kpi), [])
            if kpi.name not in names:
                names.append(kpi.name)
        if len(pairs) <= 1:
            amber, red = next(iter(pairs)) if pairs else thresholds()
            self._set_words(
                self.tr("%1: achievement ≥ %2"),
                self.tr("%1: %3 to %2"),
                self.tr("%1: below %3"),
                _percent(amber),
                _percent(red),
            )
            self.note.setText(
                self.tr("Thresholds of the KPIs shown.")
                if pairs
                else self.tr("Default thresholds; a KPI may set its own (see a cell's tooltip).")
            )
            self._tip()
            return
        # The thresholds differ by KPI: the note below states them, so the words stay
        # short enough to be read whole beside a side pane at 1280 px.
        self._set_words("%1", "%1", "%1")
        groups = [
            fill(
                self.tr("%1 / %2: %3"),
                _percent(amber),
                _percent(red),
                self.tr(", ").join(plain(name, 40) for name in names[:_NAMES_PER_PAIR])
                + ("…" if len(names) > _NAMES_PER_PAIR else ""),
            )
            for (amber, red), names in sorted(pairs.items(), reverse=True)
        ]
        self.note.setText(
            fill(
                self.tr("On target from / warning from, per KPI shown: %1"),
                self.tr("; ").join(groups),
            )
        )
        self._tip()

    def _set_words(self, green: str, amber: str, red: str, *limits: str) -> None:
        texts = {
            Status.GREEN: green,
            Status.AMBER: amber,
            Status.RED: red,
            Status.INCOMPLETE: self.tr("%1: some months have no actual yet"),
            Status.MISSING: self.tr("%1: no actual or no target"),
        }
        for status, template in texts.items():
            self._texts[status].setText(fill(template, word(status), *limits))
        self._tip()

    def _tip(self) -> None:
        self.setToolTip(
            tooltip(
                "\n".join([*(t.full_text() for t in self._texts.values()), self.note.full_text()])
            )
            or ""
        )

    def text(self) -> str:
        return "  ".join([*(t.full_text() for t in self._texts.values()), self.note.full_text()])


_LEGEND_ORDER = (Status.GREEN, Status.AMBER, Status.RED, Status.INCOMPLETE, Status.MISSING)
_NAMES_PER_PAIR = 3  # KPI names listed per pair of thresholds before "…"


class StatusLine(QWidget):
    """A sentence with the shape of its status in front (weights, meeting time).

    `one_line`: elided to its width (the whole sentence in the tooltip), so a longer
    or shorter sentence never changes its height and re-lays out what is around it.
    """

    def __init__(self, parent: QWidget | None = None, one_line: bool = False) -> None:
        super().__init__(parent)
        self.shape = QLabel()
        self.label: QLabel
        if one_line:
            self.label = TextLabel(limit=TOOLTIP_LIMIT)
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        else:
            self.label = QLabel()
            self.label.setTextFormat(Qt.TextFormat.PlainText)
            self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shape, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.status: Status | None = None

    def set_look(self, status: Status | None) -> None:
        """The shape and text colour of `status` (None: plain text, no shape)."""
        self.status = status
        self.shape.setVisible(status is not None)
        if status is not None:
            self.shape.setPixmap(pixmap(status))
            self.label.setStyleSheet(f"color: {COLORS[status].darker(150).name()};")
        else:
            self.label.setStyleSheet("")

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        if isinstance(self.label, TextLabel):
            return self.label.full_text()
        return self.label.text()
