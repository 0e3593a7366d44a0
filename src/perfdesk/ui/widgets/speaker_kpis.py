"""The run mode's side panel: the speaking department's red and amber KPIs as the room saw
them at the meeting's start (the frozen snapshot, never today's values), each with its gap
and its deviation note in three steps (gap; causes; measures and resources)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from perfdesk.core.deviation import gap
from perfdesk.core.kpi import Kpi, Status
from perfdesk.core.numbers import format_kpi_value, number
from perfdesk.store.repo_meeting_run import SnapshotRow
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.status import COLORS, word

OFF_TARGET = (Status.RED, Status.AMBER)


def off_target(rows: Sequence[SnapshotRow], unit_id: str | None) -> list[SnapshotRow]:
    """The unit's red goals first, then its amber ones, each in snapshot order."""
    if unit_id is None:
        return []
    mine = [r for r in rows if r.unit_id == unit_id and r.status in OFF_TARGET]
    return sorted(mine, key=lambda r: (OFF_TARGET.index(r.status), r.position))


class SpeakerKpis(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerKpis")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.body = QWidget()
        self.rows_layout = QVBoxLayout(self.body)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.shown: list[SnapshotRow] = []
        self._font = QFont()

    def set_pixel_size(self, size: int) -> None:
        self._font.setPixelSize(max(10, size))
        title = QFont(self._font)
        title.setBold(True)
        title.setPixelSize(max(12, int(size * 1.25)))
        self.title.setFont(title)
        for label in self.body.findChildren(QLabel):
            label.setFont(self._font)

    def show_unit(
        self,
        unit_name: str,
        unit_id: str | None,
        rows: Sequence[SnapshotRow],
        kpis: Mapping[str, Kpi],
        language: str,
        frozen_at: str,
    ) -> None:
        self.shown = off_target(rows, unit_id)
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.setParent(None)
                widget.deleteLater()
        if unit_id is None:
            self.title.setText(self.tr("No department speaks in this item."))
        else:
            self.title.setText(
                fill(self.tr("%1: red and amber KPIs (as at %2)"), plain(unit_name), frozen_at)
            )
        if unit_id is not None and not self.shown:
            self._add(self.tr("No red or amber KPIs in the figures frozen at the start."))
        for row in self.shown:
            self._add_goal(row, kpis.get(row.kpi_id), language)
        self.rows_layout.addStretch(1)

    def _add(self, text: str, color: str = "") -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setFont(self._font)
        label.setText(text)
        if color:
            label.setStyleSheet(f"color: {color};")
        self.rows_layout.addWidget(label)
        return label

    def _add_goal(self, row: SnapshotRow, kpi: Kpi | None, language: str) -> None:
        name = plain(kpi.name) if kpi is not None else row.kpi_id
        decimals, unit = (kpi.decimals, kpi.unit) if kpi is not None else (2, "")
        actual = format_kpi_value(row.actual, decimals, unit, language) or "—"
        target = format_kpi_value(row.target, decimals, unit, language) or "—"
        rate = "—" if row.achievement is None else number(row.achievement * 100, 1) + "%"
        head = self._add(
            fill(
                self.tr("%1 %2 — actual %3, target %4 (%5)"),
                word(row.status),
                name,
                actual,
                target,
                rate,
            )
        )
        head.setStyleSheet(f"color: {COLORS[row.status].name()}; font-weight: bold;")
        found = gap(kpi, row.target, row.actual, row.target_max, language) if kpi else None
        if found is not None:
            template = self.tr("Gap: %1 percentage points") if found.points else self.tr("Gap: %1")
            self._add(fill(template, found.difference))
        steps = (
            (self.tr("1. Deviation: %1"), row.gap),
            (self.tr("2. Internal cause: %1"), row.internal_cause),
            (self.tr("2. External cause: %1"), row.external_cause),
            (self.tr("3. Improvement measures: %1"), row.internal_measures),
            (self.tr("3. Resources needed: %1"), row.external_needs),
        )
        written = [(template, text) for template, text in steps if text.strip()]
        if not written:
            self._add(self.tr("No deviation note."), "#595959")
        for template, text in written:
            self._add(fill(template, plain(text, 600, multiline=True)))
