"""Evaluation → Rankings (业绩排行): people and units by weighted score for a period.

The numbers are `repo_evaluations.ranking` (scores to date, competition ranks, change
since the previous period, the rules' flags); a frozen period shows its frozen
evaluation instead (the score that stands after appeals, the frozen rank and flags),
so what HR decided is what is shown. A QAbstractTableModel behind a sort/filter proxy:
sortable by any column, filtered to a unit's subtree. Change is an arrow and a number,
flags are words, never colour alone.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.evaluation import TOP_FLAG, miss_count
from perfdesk.core.org import descendants
from perfdesk.core.periods import Granularity, format_period, parse_period
from perfdesk.store import repo_evaluations
from perfdesk.store.repo_evaluations import PERSON, Ranking, RankRow, StoredRules
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import busy, fit_columns, setup_view

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("rank", "name", "unit", "score", "score_change", "rank_change", "flags")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def flag_text(flag: str, rules: StoredRules | None) -> str:
    """A flag as words: the user's consequence label where set, else the built-in name."""
    label = rules.rules.label_of(flag) if rules is not None else ""
    if flag == TOP_FLAG:
        top = rules.rules.top_percent if rules is not None else 10
        name = label or QCoreApplication.translate("Rankings", "Reward")
        return fill(QCoreApplication.translate("Rankings", "Top %1 %: %2"), f"{top:g}", name)
    count = miss_count(flag)
    if count is not None:
        name = label or (
            QCoreApplication.translate("Rankings", "Written warning")
            if count <= 2
            else QCoreApplication.translate("Rankings", "Improvement plan")
        )
        return fill(
            QCoreApplication.translate("Rankings", "%1 periods below target: %2"), count, name
        )
    return flag


def change_text(rank: int | None, previous: int | None) -> str:
    """Places moved since the previous period, with an arrow: ▲ 3, ▼ 2, = , new."""
    if rank is None:
        return ""
    if previous is None:
        return QCoreApplication.translate("Rankings", "new")
    moved = previous - rank
    if moved > 0:
        return f"▲ {moved}"
    if moved < 0:
        return f"▼ {-moved}"
    return "="


class RankingModel(QAbstractTableModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = parent
        self.rows: list[RankRow] = []
        self.unit_names: dict[str, str] = {}
        self.rules: StoredRules | None = None
        self.headers = (
            self.tr("Rank"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Score"),
            self.tr("Score change"),
            self.tr("Rank change"),
            self.tr("Flags"),
        )

    def set_rows(self, rows: list[RankRow], rules: StoredRules, units: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.rules, self.unit_names = rows, rules, units
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    @guarded
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name", "unit", "flags"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "score" and row.score.normalised:
            return fill(
                self.tr("Weights add up to %1, not 100: the score divides by their total."),
                f"{row.score.weight_total:g}",
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "score" and row.score.missing_goals:
            return fill(
                self.tr("%1 of %2 goals have no value for the period: not scored."),
                row.score.missing_goals,
                row.score.goals,
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "rank":
            return "" if row.rank is None else fill("%1 / %2", row.rank, row.ranked)
        if column == "name":
            return plain(row.holder.name)
        if column == "unit":
            unit = row.holder.unit_id if row.holder.group == PERSON else None
            return plain(self.unit_names.get(unit or "", ""))
        if column == "score":
            if row.score.value is None:
                return self.tr("not scored")
            return percent(row.score.value) + (" *" if row.score.normalised else "")
        if column == "score_change":
            if row.score.value is None or row.previous_score is None:
                return ""
            delta = (row.score.value - row.previous_score) * 100
            arrow = "▲" if delta > 0.05 else "▼" if delta < -0.05 else "="
            return f"{arrow} {abs(delta):.1f}"
        if column == "rank_change":
            return change_text(row.rank, row.previous_rank)
        return "；".join(flag_text(f, self.rules) for f in row.flags)

    @staticmethod
    def _sort_value(row: RankRow, column: str) -> Any:
        if column == "rank":
            return row.rank if row.rank is not None else 10**9
        if column == "name":
            return row.holder.name
        if column == "unit":
            return row.holder.unit_id
        if column == "score":
            return row.score.value if row.score.value is not None else -1.0
        if column == "score_change":
            if row.score.value is None or row.previous_score is None:
                return -1e9
            return row.score.value - row.previous_score
        if column == "rank_change":
            if row.rank is None or row.previous_rank is None:
                return -(10**9)
            return row.previous_rank - row.rank
        return len(row.flags)


class _UnitFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.allowed: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_allowed(self, allowed: set[str] | None) -> None:
        self.beginFilterChange()
        self.allowed = allowed
        self.endFilterChange()

    @guarded(default=True)
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.allowed is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, RankingModel)
        return model.rows[source_row].holder.unit_id in self.allowed


def frozen_overlay(ranking: Ranking, frozen: list[repo_evaluations.EvaluationRow]) -> list[RankRow]:
    """The ranking's rows with the frozen evaluation's score (after appeals), rank and
    flags: a frozen period shows what was decided, not what the values say today."""
    by_holder = {e.holder_id: e for e in frozen}
    rows = []
    for row in ranking.rows:
        found = by_holder.get(row.holder.id)
        if found is None:
            continue
        score = dataclasses.replace(row.score, value=found.effective_score)
        rows.append(
            dataclasses.replace(
                row,
                score=score,
                rank=found.rank,
                ranked=found.ranked or 0,
                flags=found.flags,
            )
        )
    return rows


class RankingsDialog(QDialog):
    """The rankings window; `window` is the main window (context, run_op, archive)."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Rankings"))
        self.ranking: Ranking | None = None
        self.frozen: list[repo_evaluations.EvaluationRow] = []

        self.granularity_combo = QComboBox()
        for text, granularity in (
            (self.tr("Month"), Granularity.MONTH),
            (self.tr("Quarter"), Granularity.QUARTER),
            (self.tr("Year"), Granularity.YEAR),
        ):
            self.granularity_combo.addItem(text, granularity.value)
        self.period_combo = QComboBox()
        self.group_combo = QComboBox()
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.evaluate_button = QPushButton(self.tr("Evaluate and Freeze…"))
        self.evaluate_button.setToolTip(
            self.tr(
                "Freeze everyone's score, rank and flags for this period with the current rules"
            )
        )
        self.archive_button = QPushButton(self.tr("Person Archive…"))
        self.state_label = TextLabel()
        self.model = RankingModel(self)
        self.proxy = _UnitFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("rankingsTable")
        setup_view(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(guarded(lambda _i: self.open_archive()))

        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Period:"), self.granularity_combo),
            (None, self.period_combo),
            (self.tr("Who:"), self.group_combo),
            (self.tr("Unit:"), self.unit_combo),
        ):
            if label:
                bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.archive_button)
        bar.addWidget(self.evaluate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)

        self.granularity_combo.activated.connect(guarded(lambda _r: self._fill_periods()))
        self.period_combo.activated.connect(guarded(lambda _r: self.reload()))
        self.group_combo.activated.connect(guarded(lambda _r: self._show()))
        self.unit_combo.activated.connect(guarded(lambda _r: self._filter()))
        self.evaluate_button.clicked.connect(guarded(lambda: self.evaluate()))
        self.archive_button.clicked.connect(guarded(lambda: self.open_archive()))
        self.resize(1100, 640)
        self._fill_units()
        focus = window.context.focus if window.context is not None else None
        if focus is not None:
            granularity = focus.granularity.value
            self.granularity_combo.setCurrentIndex(
                max(self.granularity_combo.findData(granularity), 0)
            )
        self._fill_periods(focus.key if focus is not None else None)

    @property
    def context(self) -> Any:
        return self.window_.context

    @property
    def period(self) -> str | None:
        data = self.period_combo.currentData()
        return str(data) if data else None

    def _fill_units(self) -> None:
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("Whole organisation"), "")
        if self.context is None:
            return
        for unit in sorted(
            self.context.units.values(), key=lambda u: (u.kind != "department", u.name)
        ):
            self.unit_combo.addItem(plain(unit.name, 60), unit.id)

    def _fill_periods(self, wanted: str | None = None) -> None:
        self.period_combo.clear()
        if self.context is None:
            return
        granularity = Granularity(self.granularity_combo.currentData())
        current = wanted or self.context.clamp(self.context.focus).key
        for period in reversed(self.context.periods_in_bounds(granularity)):
            self.period_combo.addItem(format_period(period, self.window_.language), period.key)
        index = self.period_combo.findData(current)
        if index < 0 and current:
            # the quarter or year holding the month in focus
            try:
                month = parse_period(current)
                if month.granularity.rank > granularity.rank:
                    index = self.period_combo.findData(month.parent(granularity).key)
            except ValueError:
                index = -1
        self.period_combo.setCurrentIndex(max(index, 0))
        self.reload()

    def select_period(self, period: str) -> None:
        granularity = parse_period(period).granularity.value
        self.granularity_combo.setCurrentIndex(max(self.granularity_combo.findData(granularity), 0))
        self._fill_periods(period)

    def reload(self) -> None:
        """Read the ranking of the chosen period (and its frozen evaluation, if any)."""
        if self.context is None or self.period is None:
            self.ranking, self.frozen = None, []
            self._show()
            return
        with busy():
            conn = self.context.doc.conn
            self.ranking = repo_evaluations.ranking(conn, self.period)
            self.frozen = [e for e in repo_evaluations.evaluations(conn, self.period) if e.frozen]
        groups = sorted({row.holder.group for row in self.ranking.rows}, key=_group_order)
        chosen = self.group_combo.currentData()
        self.group_combo.clear()
        for group in groups:
            self.group_combo.addItem(self._group_name(group), group)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(chosen or PERSON), 0))
        self._show()

    def _group_name(self, group: str) -> str:
        names = {
            PERSON: self.tr("People"),
            "department": self.tr("Departments"),
            "division": self.tr("Divisions"),
            "region": self.tr("Regions"),
            "team": self.tr("Teams"),
        }
        return names.get(group, group)

    def _show(self) -> None:
        ranking = self.ranking
        if ranking is None:
            self.model.set_rows([], repo_evaluations.DEFAULT_STORED, {})
            self.state_label.setText(self.tr("Open a document to see rankings."))
            self.evaluate_button.setEnabled(False)
            return
        group = self.group_combo.currentData() or PERSON
        rows = frozen_overlay(ranking, self.frozen) if self.frozen else ranking.rows
        rows = [row for row in rows if row.holder.group == group]
        rules = ranking.rules
        if self.frozen:
            first = self.frozen[0]
            used = repo_evaluations.rules_by_id(self.context.doc.conn, first.rule_id) or rules
            rules = used
            state = fill(
                self.tr(
                    "Frozen on %1 with the rules “%2”, version %3; appeals are shown in the "
                    "person archive."
                ),
                first.frozen_on.isoformat(),
                plain(used.name),
                first.rule_version,
            )
        else:
            state = fill(
                self.tr(
                    "Live scores to date (values up to %1), not frozen; rules “%2”, version %3. "
                    "Change is since %4."
                ),
                ranking.latest_month or "—",
                plain(rules.name),
                rules.version or self.tr("default"),
                format_period(parse_period(ranking.previous), self.window_.language),
            )
        unscored = sum(1 for row in rows if row.score.value is None)
        if unscored:
            state += " " + fill(self.tr("%1 not scored (values missing)."), unscored)
        if any(row.score.normalised for row in rows):
            state += " " + self.tr("* weights do not add up to 100: normalised.")
        self.state_label.setText(state)
        units = {u.id: u.name for u in self.context.units.values()} if self.context else {}
        self.model.set_rows(rows, rules, units)
        fit_columns(self.table)  # samples rows: resizeColumnsToContents asks every cell
        self.evaluate_button.setEnabled(
            not self.frozen and not self.context.doc.read_only and bool(ranking.rows)
        )
        self.archive_button.setEnabled(group == PERSON and bool(rows))

    def _filter(self) -> None:
        unit = self.unit_combo.currentData()
        if not unit or self.context is None:
            self.proxy.set_allowed(None)
            return
        self.proxy.set_allowed(descendants(unit, self.context.units.values()) | {unit})

    def evaluate(self, confirm: bool = True) -> bool:
        """Freeze the period shown (after a confirmation); an evaluated period is only shown."""
        period = self.period
        if period is None:
            return False
        shown = format_period(parse_period(period), self.window_.language)
        if self.frozen:
            self.window_.statusBar().showMessage(
                fill(self.tr("%1 is already evaluated; it is shown frozen."), shown), 5000
            )
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Evaluate and Freeze"),
                fill(
                    self.tr(
                        "Freeze the scores, ranks and flags of %1 for everyone with the current "
                        "rules? A frozen evaluation can be appealed but never changed."
                    ),
                    shown,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from perfdesk.store import ops

        result = self.window_.run_op(
            fill(self.tr("Evaluate %1"), shown),
            lambda doc: ops.evaluate_period(doc, period),
        )
        self.reload()
        return result is not None

    def selected_holder(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        return row.holder.id if row.holder.group == PERSON else None

    def open_archive(self) -> None:
        holder = self.selected_holder()
        if holder is not None:
            self.window_.show_person_archive(holder)


def _group_order(group: str) -> tuple[int, str]:
    order = {PERSON: 0, "division": 1, "department": 2, "region": 3, "team": 4}
    return order.get(group, 9), group
