"""The exchange dialogs: which unit a company file exports, and the merge preview.

`ExportUnitDialog` lets the company office pick one department (or team) in the org
navigator every tab uses (search by name, pinyin or code), or the whole company.
`MergePreviewDialog` shows, before anything changes, what each package would do to the
open document: who sent it, the counts per kind of change, the rows of each kind side by side with
their stamps, a choice per conflict (or a rule for all), the refused rows with the
reason, and the proposed mappings (changing one plans the package again). Merge stays
disabled while a conflict is undecided; merging happens here, so a refusal keeps the
dialog open with the user's decisions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.org import OrgUnit, UnitKind
from perfdesk.store.document import Document, DocumentError
from perfdesk.store.exchange.apply import MergeResult, merge_packages
from perfdesk.store.exchange.merge import MergePlan, PreviewOutdated, plan_merge
from perfdesk.ui.exchange_labels import kind_name, local_stamp, local_time, role_name
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.merge_preview import ChangeTableModel, Lookup, MappingTableModel
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.org_navigator import OrgNavigator
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import busy, setup_view

KIND_ORDER = ("conflict", "new", "update", "delete", "refused")
_MEASURED_ROWS = 100  # a column is sized to this many rows' text, not a whole company's


# -- export: which unit ------------------------------------------------------------


class ExportUnitDialog(QDialog):
    """Whole company, or one unit picked in the org navigator (the tree every tab uses:
    search by name, pinyin or code; units only)."""

    def __init__(
        self, units: dict[str, OrgUnit], selected: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Package"))
        self.units = {uid: unit for uid, unit in units.items() if not unit.archived}
        self.whole = QRadioButton(self.tr("The &whole company"))
        self.one = QRadioButton(self.tr("One &department or team:"))
        self.navigator = OrgNavigator()
        self.navigator.tree.setObjectName("exportUnitList")
        self.search = self.navigator.search
        self.search.setObjectName("exportUnitSearch")
        self.search.setPlaceholderText(self.tr("Filter by name or code"))
        self.navigator.tree.set_org(list(self.units.values()), [])
        self.search.textChanged.connect(guarded(self._filter))
        self.navigator.tree.holder_changed.connect(guarded(lambda _id: self._picked()))
        self.whole.toggled.connect(guarded(lambda _on: self._update()))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Export…"))
        self.buttons.accepted.connect(guarded(self._accept_if_ready))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which rows should the package hold?")))
        layout.addWidget(self.whole)
        layout.addWidget(self.one)
        layout.addWidget(self.navigator, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        if not (selected and self.choose(selected)):
            self.whole.setChecked(True)
        self._update()

    def _filter(self, text: str) -> None:
        if text.strip():
            self.one.setChecked(True)
        self._update()

    def _picked(self) -> None:
        if self.navigator.tree.hasFocus() or self.search.hasFocus():
            self.one.setChecked(True)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.whole.isChecked() or self.unit_id() != "")

    def unit_id(self) -> str:
        """The unit chosen ("" for the whole company or nothing chosen)."""
        if self.whole.isChecked():
            return ""
        unit = self.units.get(self.navigator.tree.current_holder() or "")
        if unit is None or unit.kind is UnitKind.COMPANY:
            return ""  # the company itself is the whole company
        return unit.id

    def unit_name(self) -> str:
        unit = self.units.get(self.unit_id())
        return plain(unit.name, 120) if unit is not None else ""

    def choose(self, unit_id: str) -> bool:
        """Pick `unit_id` (tests and keyboard users alike)."""
        unit = self.units.get(unit_id)
        if unit is None or unit.kind is UnitKind.COMPANY:
            return False
        if not self.navigator.tree.select_holder(unit_id):
            return False
        self.one.setChecked(True)
        self._update()
        return True

    def _accept_if_ready(self) -> None:
        if self.ok.isEnabled():
            self.accept()


# -- the merge preview -------------------------------------------------------------


class _SpaceToggles(QObject):
    """Space on a conflict row outside its check columns switches mine ↔ theirs."""

    def __init__(self, view: QTableView, model: ChangeTableModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model

    @guarded(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Space or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        index = self._view.currentIndex()
        if not index.isValid() or index.column() in (
            ChangeTableModel.COL_MINE,
            ChangeTableModel.COL_TAKE,
        ):
            return False  # the check cell itself: the delegate toggles it
        self._model.toggle(index.row())
        return True


# Which columns each kind shows.
_HIDDEN: dict[str, tuple[int, ...]] = {
    "new": (
        ChangeTableModel.COL_FIELDS,
        ChangeTableModel.COL_OURS,
        ChangeTableModel.COL_OUR_STAMP,
        ChangeTableModel.COL_MINE,
        ChangeTableModel.COL_TAKE,
        ChangeTableModel.COL_REASON,
    ),
    "update": (ChangeTableModel.COL_MINE, ChangeTableModel.COL_TAKE, ChangeTableModel.COL_REASON),
    "delete": (ChangeTableModel.COL_MINE, ChangeTableModel.COL_TAKE, ChangeTableModel.COL_REASON),
    "conflict": (),
    "refused": (ChangeTableModel.COL_MINE, ChangeTableModel.COL_TAKE),
}


class PackagePage(QWidget):
    """One package: who sent it, what it would change, per kind, and its mappings."""

    def __init__(
        self,
        plan: MergePlan,
        lookup: Lookup,
        unit_name: Callable[[str], str],
        imported_at: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._unit_name = unit_name
        self._imported_at = imported_at
        self.header = QGridLayout()
        self.header.setHorizontalSpacing(12)
        self.fields: dict[str, TextLabel] = {}
        captions = (
            ("from", self.tr("From:")),
            ("unit", self.tr("Unit:")),
            ("made", self.tr("Made:")),
            ("app", self.tr("App version:")),
            ("rows", self.tr("Rows:")),
            ("periods", self.tr("Periods:")),
        )
        for n, (key, caption) in enumerate(captions):
            label = TextLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            row, column = divmod(n, 3)
            self.header.addWidget(QLabel(caption), row, column * 2)
            self.header.addWidget(label, row, column * 2 + 1)
        for column in (1, 3, 5):
            self.header.setColumnStretch(column, 1)
        self.counts = TextLabel()
        self.counts.setObjectName("mergeCounts")
        self.note = TextLabel()
        self.note.setObjectName("mergeNote")
        font = self.note.font()
        font.setBold(True)
        self.note.setFont(font)

        self.kinds = QTabWidget()
        self.kinds.setObjectName("mergeKinds")
        self.models: dict[str, ChangeTableModel] = {}
        self.views: dict[str, QTableView] = {}
        for kind in KIND_ORDER:
            model = ChangeTableModel(lookup, self)
            view = QTableView()
            view.setObjectName(f"merge_{kind}")
            view.setModel(model)
            setup_view(view)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            for column in _HIDDEN[kind]:
                view.setColumnHidden(column, True)
            if kind == "conflict":
                view.installEventFilter(_SpaceToggles(view, model))
                view.horizontalHeader().setStretchLastSection(False)  # a check box, not text
            self.models[kind] = model
            self.views[kind] = view
            self.kinds.addTab(view, "")
        self.mapping_model = MappingTableModel(self)
        self.mapping_view = QTableView()
        self.mapping_view.setObjectName("merge_mappings")
        self.mapping_view.setModel(self.mapping_model)
        setup_view(self.mapping_view)
        self.mapping_view.verticalHeader().setVisible(False)
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.kinds.addTab(self.mapping_view, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addWidget(self.kinds, 1)
        self.show_plan(plan, first=True)

    def show_plan(self, plan: MergePlan, first: bool = False) -> None:
        self.plan = plan
        manifest = plan.package.manifest
        unit = self._unit_name(manifest.source_unit_id) or plain(manifest.source_unit_id, 40)
        if not unit:
            unit = self.tr("the whole company")
        self.fields["from"].setText(
            fill(
                self.tr("%1 (%2)"),
                plain(manifest.source_name, 120),
                role_name(manifest.source_role),
            )
        )
        self.fields["unit"].setText(unit)
        self.fields["made"].setText(
            fill(self.tr("%1 by %2"), local_time(manifest.created), plain(manifest.created_by, 80))
        )
        self.fields["app"].setText(plain(manifest.app_version, 40))
        self.fields["rows"].setText(str(manifest.rows))
        first_period, last_period = (
            plain(manifest.period_first, 20),
            plain(manifest.period_last, 20),
        )
        self.fields["periods"].setText(
            fill(self.tr("%1 – %2"), first_period, last_period) if first_period else "—"
        )
        for label in self.fields.values():  # elided when long: the whole text on hover
            label.set_tip(label.full_text())
        counts = plan.counts()
        self.counts.setText(
            fill(
                self.tr(
                    "New %1 · Updated %2 · Deleted %3 · Conflicts %4 · Refused %5 · "
                    "%6 rows the same"
                ),
                counts["new"],
                counts["update"],
                counts["delete"],
                counts["conflict"],
                counts["refused"],
                plan.unchanged + plan.kept,
            )
        )
        self.note.setText(self.note_text())
        self.note.setVisible(bool(self.note.full_text()))
        for number, kind in enumerate(KIND_ORDER):
            rows = plan.of_kind(kind)  # type: ignore[arg-type]
            self.models[kind].set_rows(rows)
            self.kinds.setTabText(number, fill(self.tr("%1 (%2)"), kind_name(kind), len(rows)))
            self.kinds.setTabEnabled(number, bool(rows))
            if kind == "conflict":  # only a KPI definition conflict says why
                self.views[kind].setColumnHidden(
                    ChangeTableModel.COL_REASON, not any(c.reason for c in rows)
                )
            if rows:
                self._fit(self.views[kind])
                self.views[kind].setCurrentIndex(
                    self.models[kind].index(0, ChangeTableModel.COL_ROW)
                )
        mappings = len(plan.mappings)
        self.mapping_model.set_rows(plan.mappings)
        self.kinds.setTabText(len(KIND_ORDER), fill(self.tr("Mappings (%1)"), mappings))
        self.kinds.setTabEnabled(len(KIND_ORDER), bool(mappings))
        if mappings:
            self._fit(self.mapping_view)
        if first:
            shown = next((n for n, k in enumerate(KIND_ORDER) if counts[k]), None)
            if shown is None and mappings:
                shown = len(KIND_ORDER)
            self.kinds.setCurrentIndex(shown or 0)

    def _fit(self, view: QTableView) -> None:
        """Columns as wide as their first rows' text, none wider than 28 Chinese characters."""
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(_MEASURED_ROWS)
        view.resizeColumnsToContents()
        widest = view.fontMetrics().horizontalAdvance("国") * 28
        for column in range(view.model().columnCount()):
            if view.columnWidth(column) > widest:
                view.setColumnWidth(column, widest)

    def note_text(self) -> str:
        plan = self.plan
        if not plan.nothing_to_do:
            return ""
        if plan.already_imported and self._imported_at:
            return fill(
                self.tr("Nothing new in this package: it was already imported on %1."),
                local_stamp(self._imported_at),
            )
        if plan.already_imported:
            return self.tr("Nothing new in this package: it was already imported.")
        return self.tr("Nothing new in this package.")


class MergePreviewDialog(QDialog):
    """What importing the packages would change, decided before anything is written."""

    def __init__(
        self,
        doc: Document,
        plans: Sequence[MergePlan],
        lookup: Lookup,
        unit_name: Callable[[str], str],
        imported_at: Callable[[str], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Package"))
        self.doc = doc
        self.merge_result: MergeResult | None = None
        self.message_box: QMessageBox | None = None
        self._plans = list(plans)
        self._built: dict[int, PackagePage] = {}  # a page is built when first shown
        self._lookup, self._unit_name, self._imported_at = lookup, unit_name, imported_at
        self.packages = QListWidget()
        self.packages.setObjectName("mergePackages")
        self.stack = QStackedWidget()
        for plan in self._plans:
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
            self.packages.addItem(QListWidgetItem(summary(plan)))
        self.packages.currentRowChanged.connect(guarded(self._show_package))
        self.packages.setCurrentRow(0)
        self._show_package(0)

        splitter = QSplitter()
        splitter.addWidget(self.packages)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        self.packages.setVisible(len(self._plans) > 1)

        self.all_mine = QPushButton(self.tr("All &Mine"))
        self.all_mine.setToolTip(self.tr("Keep this document's value in every conflict"))
        self.all_theirs = QPushButton(self.tr("All &Theirs"))
        self.all_theirs.setToolTip(self.tr("Take the package's value in every conflict"))
        self.newer = QPushButton(self.tr("&Newer Wins"))
        self.newer.setToolTip(self.tr("In every conflict, keep the value changed last"))
        for button, rule in (
            (self.all_mine, "mine"),
            (self.all_theirs, "theirs"),
            (self.newer, "newer"),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(guarded(lambda _=False, r=rule: self.decide_all(r)))
        self.status = TextLabel()
        self.status.setObjectName("mergeStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Mer&ge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(guarded(self.merge))
        self.buttons.rejected.connect(self.reject)

        rules = QHBoxLayout()
        rules.addWidget(QLabel(self.tr("Conflicts:")))
        rules.addWidget(self.all_mine)
        rules.addWidget(self.all_theirs)
        rules.addWidget(self.newer)
        rules.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(rules)
        layout.addLayout(bottom)
        self.resize(1180, 640)
        self._update()
        self.page().kinds.currentWidget().setFocus()  # Space decides the first conflict

    @property
    def plans(self) -> list[MergePlan]:
        return list(self._plans)

    @property
    def pages(self) -> list[PackagePage]:
        """Every package's page (building those not shown yet)."""
        return [self.page_at(n) for n in range(len(self._plans))]

    def page_at(self, number: int) -> PackagePage:
        page = self._built.get(number)
        if page is None:
            plan = self._plans[number]
            page = PackagePage(plan, self._lookup, self._unit_name, self._imported_at(plan.sender))
            for model in page.models.values():
                model.decided.connect(guarded(self._update))
            page.mapping_model.toggled.connect(guarded(lambda _row, n=number: self._replan(n)))
            placeholder = self.stack.widget(number)
            self.stack.insertWidget(number, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[number] = page
        return page

    def _show_package(self, number: int) -> None:
        if 0 <= number < len(self._plans):
            self.page_at(number)
            self.stack.setCurrentIndex(number)

    def page(self) -> PackagePage:
        return self.page_at(max(self.stack.currentIndex(), 0))

    def decide_all(self, rule: str) -> None:
        for plan in self._plans:
            for change in plan.conflicts:
                change.decision = ""  # a rule for all replaces earlier choices
            plan.decide(rule)  # type: ignore[arg-type]
        for page in self._built.values():
            page.models["conflict"].refresh_decisions()
        self._update()

    def _update(self) -> None:
        undecided = sum(len(plan.undecided) for plan in self.plans)
        conflicts = sum(len(plan.conflicts) for plan in self.plans)
        for button in (self.all_mine, self.all_theirs, self.newer):
            button.setEnabled(conflicts > 0)
        nothing = all(plan.nothing_to_do for plan in self.plans)
        self.merge_button.setEnabled(not nothing and undecided == 0)
        if nothing:
            text = (
                self.tr("Nothing new in this package: there is nothing to merge.")
                if len(self._plans) == 1
                else self.tr("Nothing new in these packages: there is nothing to merge.")
            )
        elif undecided:
            text = fill(
                self.tr("%1 conflicts are not decided: choose mine or theirs for each, or a rule."),
                undecided,
            )
        else:
            changes = sum(len(p.changes) - p.counts()["refused"] for p in self.plans)
            text = fill(self.tr("Ready to merge %1 changed rows. A backup is made first."), changes)
        self.status.setText(text)
        for row, plan in enumerate(self._plans):
            item = self.packages.item(row)
            if item is not None:
                item.setText(summary(plan))

    def _replan(self, number: int) -> None:
        """A mapping was accepted or refused: plan that package again, keeping choices."""
        old = self._plans[number]
        try:
            with busy():
                fresh = plan_merge(self.doc, old.package, old.mappings)
        except DocumentError as error:
            self._show_error(error)
            return
        _carry_decisions(old, fresh)
        self._plans[number] = fresh
        self.page_at(number).show_plan(fresh)
        self._update()

    def replan_all(self) -> None:
        with busy():
            fresh = [plan_merge(self.doc, p.package, p.mappings) for p in self._plans]
        for number, plan in enumerate(fresh):
            _carry_decisions(self._plans[number], plan)
            self._plans[number] = plan
            if number in self._built:
                self._built[number].show_plan(plan)
        self._update()

    def merge(self) -> None:
        if not self.merge_button.isEnabled():
            return
        try:
            with busy():
                self.merge_result = merge_packages(self.doc, self.plans)
        except PreviewOutdated as error:
            self._show_error(error)
            try:
                self.replan_all()
            except DocumentError as again:
                self._show_error(again)
            return
        except DocumentError as error:
            self._show_error(error)
            return
        except sqlite3.OperationalError as error:  # busy, disk full: nothing was written
            self._show_error(DocumentError(self.doc.path, str(error)))
            return
        self.accept()

    def _show_error(self, error: DocumentError) -> None:
        from perfdesk.ui.exchange import error_box

        self.message_box = error_box(self, error)
        self.message_box.open()


def summary(plan: MergePlan) -> str:
    """What the list of packages says about one of them."""
    name = plain(plan.package.manifest.source_name, 60)
    if plan.nothing_to_do:
        return fill(QCoreApplication.translate("PackagePage", "%1 — nothing new"), name)
    undecided = len(plan.undecided)
    if undecided:
        return fill(QCoreApplication.translate("PackagePage", "%1 — %2 undecided"), name, undecided)
    changes = len(plan.changes) - plan.counts()["refused"]
    return fill(QCoreApplication.translate("PackagePage", "%1 — %2 changes"), name, changes)


def _carry_decisions(old: MergePlan, fresh: MergePlan) -> None:
    decided = {c.ident: c.decision for c in old.conflicts if c.decision}
    for change in fresh.conflicts:
        change.decision = decided.get(change.ident, "")
