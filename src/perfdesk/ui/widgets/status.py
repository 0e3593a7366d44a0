"""How a status looks, in one place: a shape, a word and a colour, never colour alone.

Every tab renders KPI statuses (and the things that read like them: an overdue
action, an agenda item over its time) through this module, so a status reads
the same everywhere. The palette is Okabe-Ito (blue, orange, vermillion, grey),
which stays distinct with the common colour-vision deficiencies; the shapes
(filled circle, triangle, diamond, hollow circle) and the word carry the
meaning on a washed-out projector or in black and white.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from perfdesk.core.kpi import Kpi, Status
from perfdesk.ui.labels import label
from perfdesk.ui.text import fill
from perfdesk.ui.widgets.text_label import wrapping_label

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

COLORS = {
    Status.GREEN: QColor("#0072B2"),  # blue: on target
    Status.AMBER: QColor("#E69F00"),  # orange: warning
    Status.RED: QColor("#D55E00"),  # vermillion: below target
    Status.MISSING: QColor("#8C8C8C"),  # grey: nothing to judge yet
    Status.INCOMPLETE: QColor("#8C8C8C"),  # grey, half filled: some periods lack an actual
}
# Cell backgrounds: light enough for black text, still apart from each other.
TINTS = {
    Status.GREEN: QColor("#D4E8F5"),
    Status.AMBER: QColor("#FBE9C2"),
    Status.RED: QColor("#F7D3BE"),
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
    """One line under a grid: each shape with its word and the threshold it stands for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        amber, red = thresholds()
        texts = {
            Status.GREEN: self.tr("%1: achievement ≥ %2"),
            Status.AMBER: self.tr("%1: %3 to %2"),
            Status.RED: self.tr("%1: below %3"),
            Status.INCOMPLETE: self.tr("%1: some months have no actual yet"),
            Status.MISSING: self.tr("%1: no actual or no target"),
        }
        # Two by two, with the note wrapping beside: one long line would set the
        # window's minimum width (and in English it is long).
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        self.items: list[QLabel] = []
        for number, (status, template) in enumerate(texts.items()):
            shape = QLabel()
            shape.setPixmap(pixmap(status))
            text = QLabel(fill(template, word(status), _percent(amber), _percent(red)))
            text.setTextFormat(Qt.TextFormat.PlainText)
            self.items.append(text)
            row, column = divmod(number, 2)
            layout.addWidget(shape, row, column * 2)
            layout.addWidget(text, row, column * 2 + 1)
        note = wrapping_label(
            self.tr("Default thresholds; a KPI may set its own (see a cell's tooltip).")
        )
        note.setStyleSheet("color: #555555;")
        self.items.append(note)
        layout.addWidget(note, 0, 4, 2, 1)
        layout.setColumnStretch(4, 1)

    def text(self) -> str:
        return "  ".join(item.text() for item in self.items)


class StatusLine(QWidget):
    """A sentence with the shape of its status in front (weights, meeting time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape = QLabel()
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
        return self.label.text()
