"""The main window: menus, the four tabs, the open document and the status bar.

Owns the document's lifetime (new, open, recent, save a copy, close), the undo
stack the tabs share, the period in focus, and the wiring between tabs: only
this module connects one tab's signals to another's slots.
"""

from __future__ import annotations

import datetime
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from perfdesk import __version__
from perfdesk.core.periods import Granularity, Period, format_period
from perfdesk.store.document import SUFFIX, Document, DocumentError, LockedFile, ReadOnlyError
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.errors import (
    READ_ERRORS,
    damaged,
    message_box,
    show_document_error,
    show_message,
)
from perfdesk.ui.file_dialogs import FileDialogs
from perfdesk.ui.guard import call_guarded, guarded
from perfdesk.ui.lock_dialog import LockChoice, ask_about_lock, lock_texts, read_only_explanation
from perfdesk.ui.restart import restart_command
from perfdesk.ui.settings import GEOMETRY, LANGUAGE, LOCK_STALE_HOURS, WINDOW_STATE, Settings
from perfdesk.ui.text import fill, plain, tooltip
from perfdesk.ui.undo import UndoHistory
from perfdesk.ui.verify import Verifier
from perfdesk.ui.widgets.tab_slot import TabSlot
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import copy_selection, move_focus
from perfdesk.ui.zoom import Zoom, zoom_actions

if TYPE_CHECKING:  # operations load with the first edit, message boxes when first shown
    from PySide6.QtWidgets import QMessageBox

    from perfdesk.store.ops import Changes, OpResult

TAB_GOALS, TAB_KPI, TAB_MEETING, TAB_ACTIONS = range(4)
WATCH_INTERVAL_MS = 2000  # a read-only window looks for saved changes this often
AFTER_PAINT_MS = 150  # deferred start-up work waits this long after the first paint


def fit_first_window(window: QMainWindow, wanted: QSize = QSize(1280, 800)) -> None:  # noqa: B008
    """The first window fits the available screen; on a small one (a 1366×768 laptop,
    a 1280×720 projector) it opens maximised, so the status bar is never off-screen."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        window.resize(wanted)
        return
    available = screen.availableGeometry()
    if available.width() <= 1366 or available.height() <= wanted.height():
        window.resize(available.size())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    window.resize(wanted)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())


class MainWindow(QMainWindow):
    def __init__(self, language: str = "zh", settings: Settings | None = None) -> None:
        super().__init__()
        self.language = language
        self.settings = settings or Settings()
        self.dialogs = FileDialogs(self, self.settings)
        self.context: DocumentContext | None = None
        self.undo_stack = UndoHistory(self)
        self.undo_stack.failed.connect(self._undo_failed)
        self.verifier = Verifier(self, self.settings)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Each tab is built when first shown (see TabSlot), so start-up pays for one.
        self.slots = [
            TabSlot("perfdesk.ui.goals_tab", "GoalsTab"),
            TabSlot("perfdesk.ui.kpi_tab", "KpiTab"),
            TabSlot("perfdesk.ui.meeting_tab", "MeetingTab"),
            TabSlot("perfdesk.ui.actions_tab", "ActionsTab"),
        ]
        for slot, title in zip(
            self.slots,
            (self.tr("Goals"), self.tr("KPI Entry"), self.tr("Review Meeting"), self.tr("Actions")),
            strict=True,
        ):
            self.tabs.addTab(slot, title)
            slot.built_tab.connect(self._wire_tab)
        # The tabs, or the welcome (ui/welcome.py) while no document is open.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self._blank = QWidget()  # until the welcome is built
        self.pages.addWidget(self._blank)
        self.welcome: Any = None
        self.setCentralWidget(self.pages)

        # A path can be long: elided in the middle, where the folders are, never widening.
        self.path_label = TextLabel(elide=Qt.TextElideMode.ElideMiddle)
        self.period_label = QLabel()
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.period_label)
        # A read-only window follows the file: whoever holds it may save at any time.
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.refresh_if_changed)
        self._data_version = 0
        self.read_only_box: QMessageBox | None = None
        self.unattended_lock_choice: LockChoice | None = None  # set: never ask (screenshots)
        self._first_painted = False
        self._after_paint: list[Callable[[], None]] = []

        self._build_menus()
        self._build_navigation_bar()
        self._restore_geometry()
        self._set_context(None)

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run `work` (guarded) once the window's first frame is on screen, or soon if it
        is already: what the first screen does not need (the app icon, the kept-backups
        setting, the offer to resume a meeting) must not make the window appear later."""
        if self._first_painted:
            QTimer.singleShot(0, self, guarded(work))
        else:
            self._after_paint.append(work)

    @guarded
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_painted:
            self._first_painted = True
            # A moment after the paint, so the frame reaches the screen (the compositor)
            # before the deferred work takes the event loop.
            QTimer.singleShot(AFTER_PAINT_MS, self, guarded(self._run_after_paint))

    def _run_after_paint(self) -> None:
        work, self._after_paint = self._after_paint, []
        for each in work:
            call_guarded(each)

    # The tabs themselves (built on first access, as when first shown).
    @property
    def goals_tab(self) -> Any:
        return self.slots[TAB_GOALS].tab()

    @property
    def kpi_tab(self) -> Any:
        return self.slots[TAB_KPI].tab()

    @property
    def meeting_tab(self) -> Any:
        return self.slots[TAB_MEETING].tab()

    @property
    def actions_tab(self) -> Any:
        return self.slots[TAB_ACTIONS].tab()

    # -- menus ---------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        # QAction(parent) then the text: QAction(text, parent) makes PySide build the
        # QIcon type (its ThemeIcon enum, ~6 ms) to choose among the constructors.
        action = QAction(self)
        action.setText(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(guarded(slot))
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New…"),
            self.new_document,
            keys.New,
            self.tr("Start a new organisation: its company, departments and people"),
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.choose_and_open, keys.Open, self.tr("Open a .perfdesk document")
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_copy_action = self._action(
            self.tr("Save a &Copy As…"),
            self.save_copy,
            "Ctrl+Shift+S",
            self.tr("Write a copy of this document"),
        )
        self.department_action = self._action(
            self.tr("New &Department File…"),
            self.new_department_file,
            "Ctrl+Shift+D",
            self.tr("Start a department's own file from this company file"),
        )
        self.close_action = self._action(self.tr("&Close"), self.close_document, keys.Close)
        # Some platforms bind no Quit keys; Ctrl+Q is what Linux desktops use.
        quit_keys = keys.Quit if QKeySequence.keyBindings(keys.Quit) else "Ctrl+Q"
        quit_action = self._action(self.tr("&Quit"), self.close, quit_keys)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for item in (self.new_action, self.open_action):
            menu.addAction(item)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.save_copy_action)
        menu.addAction(self.department_action)
        menu.addAction(self.close_action)
        menu.addSeparator()
        self._build_exchange_actions(menu)
        self._build_backup_actions(menu)
        self._build_io_actions(menu)
        menu.addSeparator()
        self._build_report_actions(menu)
        menu.addSeparator()
        menu.addAction(quit_action)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = self.undo_stack.create_actions(
            self, self.tr("&Undo"), self.tr("&Redo")
        )
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        # The platform's redo keys plus Ctrl+Y, which Chinese office users expect everywhere.
        redo_keys = QKeySequence.keyBindings(keys.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.copy_action = self._action(
            self.tr("&Copy"),
            self.copy_selected,
            keys.Copy,
            self.tr("Copy the selected cells as a table for Excel or LibreOffice"),
        )
        self.find_action = self._action(
            self.tr("&Find"),
            self.focus_search,
            keys.Find,
            self.tr("Go to the search or filter box"),
        )
        edit.addAction(self.copy_action)
        edit.addAction(self.find_action)
        self._build_org_actions(self.menuBar().addMenu(self.tr("&Organisation")))
        self._build_goal_menu(self.menuBar().addMenu(self.tr("&Goals")))
        self._build_cascade_actions(self.goal_menu)  # Decompose and Split join the Goals menu
        meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self._build_planning_actions(meeting_menu)
        meeting_menu.addSeparator()
        self._build_meeting_actions(meeting_menu)
        self._build_evaluation_menu(self.menuBar().addMenu(self.tr("E&valuation")))

        view = self.menuBar().addMenu(self.tr("&View"))
        names = (
            self.tr("&Goals"),
            self.tr("&KPI Entry"),
            self.tr("Review &Meeting"),
            self.tr("&Actions"),
        )
        for index, name in enumerate(names):
            view.addAction(
                self._action(
                    name, lambda _=False, i=index: self.tabs.setCurrentIndex(i), f"Ctrl+{index + 1}"
                )
            )
        view.addSeparator()
        self.previous_period_action = self._action(
            self.tr("&Previous Period"),
            lambda: self.shift_focus(-1),
            "Alt+Left",
            self.tr("Move the period in focus one month, quarter or year back"),
        )
        self.next_period_action = self._action(
            self.tr("&Next Period"),
            lambda: self.shift_focus(1),
            "Alt+Right",
            self.tr("Move the period in focus one month, quarter or year on"),
        )
        view.addAction(self.previous_period_action)
        view.addAction(self.next_period_action)
        view.addSeparator()
        view.addAction(
            self._action(
                self.tr("Next &Pane"),
                lambda: self.move_pane(1),
                "F6",
                self.tr("Move the keyboard focus to the next part of this tab"),
            )
        )
        view.addAction(
            self._action(
                self.tr("Previous P&ane"),
                lambda: self.move_pane(-1),
                "Shift+F6",
                self.tr("Move the keyboard focus to the previous part of this tab"),
            )
        )
        view.addSeparator()
        self.zoom = Zoom(self.settings)
        self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action = zoom_actions(
            self, view, self.zoom
        )
        view.addSeparator()
        language_menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("zh", "中文 (简体)"), ("en", "English")):
            action = QAction(self)  # not (name, self): see _action
            action.setText(name)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.setData(code)
            action.triggered.connect(guarded(lambda _=False, c=code: self.choose_language(c)))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&User Guide…"),
            self.show_guide,
            "F1",
            self.tr("Read how to run the monthly cycle in perfdesk"),
        )
        help_menu.addAction(self.guide_action)
        self.demo_action = self._action(
            self.tr("Open &Demo Document"),
            self.open_demo,
            tip=self.tr("Open the demo company in your data folder"),
        )
        help_menu.addAction(self.demo_action)
        # What an empty tab offers: only steps that exist (no organisation editor, no import yet).
        for slot in self.slots:
            slot.set_next_steps([self.demo_action, self.open_action, self.recent_menu.menuAction()])
        about = self._action(self.tr("&About perfdesk"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # -- help and the first run (ui/help_window.py, ui/welcome.py) -------------
    def show_guide(self, anchor: str = "") -> Any:
        """Help → User Guide… (F1): the guide in the UI language, in a window of its own."""
        from perfdesk.ui.help_window import open_guide

        return open_guide(self, self.language, anchor if isinstance(anchor, str) else "")

    def show_welcome(self, shown: bool) -> None:
        """No document open: the welcome's four first steps and the recent documents.

        Built when first needed. Before the window is shown (start-up, when a file may
        be about to open) it waits for the event loop, so `perfdesk FILE` never pays
        for it and no tab is built behind it in the meantime."""
        if not shown:
            self.pages.setCurrentWidget(self.tabs)
        elif self.welcome is None and not self.isVisible():
            self.pages.setCurrentWidget(self._blank)
            QTimer.singleShot(0, self, guarded(self._welcome_if_still_empty))
        else:
            self._welcome_now()

    def _welcome_if_still_empty(self) -> None:
        if self.context is None:
            self._welcome_now()

    def _welcome_now(self) -> None:
        if self.welcome is None:
            from perfdesk.ui.welcome import WelcomePanel

            first_steps = [self.demo_action, self.new_action, self.open_action, self.guide_action]
            self.welcome = WelcomePanel(first_steps, self.open_path)
            self.pages.addWidget(self.welcome)
        self.welcome.set_recent(self.settings.recent_files())
        self.pages.setCurrentWidget(self.welcome)

    def _build_planning_actions(self, menu: QMenu) -> None:
        """The Meeting tab's planning from the menu (its own keys work inside the tab)."""

        def on_meeting_tab(name: str) -> Callable[[], None]:
            def run() -> None:
                self.tabs.setCurrentIndex(TAB_MEETING)
                getattr(self.meeting_tab, name)()

            return run

        self.new_meeting_action = self._action(
            self.tr("&New Meeting…"),
            on_meeting_tab("new_meeting"),
            "Ctrl+Shift+M",
            self.tr("Plan a review meeting (also Ctrl+N inside the Meeting tab)"),
        )
        self.capture_issue_action = self._action(
            self.tr("Capture &Issue…"),
            on_meeting_tab("capture"),
            # Not Ctrl+I: run mode's window has its own I and Ctrl+I, and so does the tab.
            "Ctrl+Alt+I",
            self.tr("Capture an issue in the selected meeting (I or Ctrl+I in the Meeting tab)"),
        )
        menu.addAction(self.new_meeting_action)
        menu.addAction(self.capture_issue_action)

    # -- evaluation (ui/rankings.py, ui/evaluation_rules_dialog.py, ui/person_archive.py) --
    def _build_evaluation_menu(self, menu: QMenu) -> None:
        """Rankings, freezing a period's evaluation, the rules and the person archive;
        each window is loaded with its first use."""
        self.evaluation_menu = menu
        self.rankings_dialog: Any = None
        for text, slot, key, tip in (
            (
                self.tr("&Rankings…"),
                self.show_rankings,
                "Ctrl+Alt+R",
                self.tr("People and units by score"),
            ),
            (
                self.tr("&Evaluate Period…"),
                self.evaluate_period,
                "Ctrl+Shift+J",
                self.tr("Freeze the scores, ranks and flags of the quarter in focus"),
            ),
            (self.tr("Evaluation R&ules…"), self.edit_evaluation_rules, "Ctrl+Shift+G", ""),
            (
                self.tr("&Person Archive…"),
                lambda: self.show_person_archive(None),
                "Ctrl+Alt+A",
                self.tr("A person's scores, evaluations, appeals, issues and actions"),
            ),
        ):
            menu.addAction(self._action(text, lambda _=False, s=slot: s(), key, tip))

    def _evaluation_context(self) -> bool:
        if self.context is None:
            self.statusBar().showMessage(self.tr("Open a document first."), 5000)
            return False
        return True

    def show_rankings(self, period: str | None = None) -> Any:
        if not self._evaluation_context():
            return None
        from perfdesk.ui.rankings import RankingsDialog

        if self.rankings_dialog is None or self.rankings_dialog.context is not self.context:
            self.rankings_dialog = RankingsDialog(self)
        if period is not None:
            self.rankings_dialog.select_period(period)
        else:
            self.rankings_dialog.reload()
        self.rankings_dialog.show()
        self.rankings_dialog.raise_()
        return self.rankings_dialog

    def evaluate_period(self) -> None:
        """The rankings of the evaluation period holding the focus, then the freeze."""
        if not self._evaluation_context() or self.context is None:
            return
        from perfdesk.store.repo_evaluations import current_rules

        granularity = current_rules(self.context.doc.conn).rules.granularity
        focus = self.context.focus
        if focus.granularity.rank > granularity.rank:
            focus = focus.parent(granularity)
        dialog = self.show_rankings(focus.key)
        if dialog is not None:
            dialog.evaluate()

    def edit_evaluation_rules(self) -> None:
        if not self._evaluation_context():
            return
        from perfdesk.ui.evaluation_rules_dialog import EvaluationRulesDialog

        EvaluationRulesDialog(self).exec()

    def show_person_archive(self, person_id: str | None) -> Any:
        if not self._evaluation_context() or self.context is None:
            return None
        from perfdesk.ui.person_archive import PersonArchiveDialog

        holder = self.context.holder
        if person_id is None and holder in self.context.people:
            person_id = holder
        dialog = PersonArchiveDialog(self, person_id)
        dialog.show()
        return dialog

    def _build_org_actions(self, menu: QMenu) -> None:
        """Editing the org tree (ui/org_editing.py, loaded with the first use).

        The keys work where the org tree has the focus, so Ctrl+X/Ctrl+V and Delete keep
        their meaning in the other views.
        """
        self.org_menu = menu
        self.org_actions: dict[str, QAction] = {}
        self._org_editor: Any = None
        self.show_archived = False
        entries = (
            (
                "add_unit",
                self.tr("Add &Unit…"),
                "Insert",
                self.tr("Add a unit below the selected one"),
            ),
            (
                "add_person",
                self.tr("Add &Person…"),
                "Ctrl+Shift+N",
                self.tr("Add a person to the selected unit"),
            ),
            ("rename", self.tr("&Rename"), "F2", self.tr("Rename the selected unit or person")),
            (
                "properties",
                self.tr("P&roperties…"),
                "Alt+Return",
                self.tr("Edit the fields of the selected unit or person"),
            ),
            (
                "manager",
                self.tr("Set &Manager…"),
                "Ctrl+M",
                self.tr("Choose who manages the selected unit"),
            ),
            None,
            ("cut", self.tr("Cu&t"), "Ctrl+X", self.tr("Pick the unit or person to move")),
            (
                "paste",
                self.tr("&Paste Here"),
                "Ctrl+V",
                self.tr("Move what was cut into the selected unit"),
            ),
            None,
            (
                "archive",
                self.tr("&Archive…"),
                "Delete",
                self.tr("Hide the selected unit or person, keeping its history"),
            ),
            (
                "restore",
                self.tr("Re&store"),
                "Ctrl+Shift+R",
                self.tr("Bring an archived unit or person back"),
            ),
        )
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, text, key, tip = entry
            action = self._action(text, lambda _=False, n=name: self.org_editor().run(n), key, tip)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.org_actions[name] = action
            menu.addAction(action)
        menu.addSeparator()
        self.show_archived_action = self._action(
            self.tr("Show Arc&hived"),
            self.toggle_archived,
            "Ctrl+Shift+H",
            tip=self.tr("Show archived units and people in the organisation tree, greyed"),
        )
        self.show_archived_action.setCheckable(True)
        menu.addAction(self.show_archived_action)
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(guarded(lambda: self.org_editor().update_actions()))
        # Keys act on whatever is selected then: nothing stays disabled after the menu.
        menu.aboutToHide.connect(guarded(self._enable_org_editing))

    def _build_goal_menu(self, menu: QMenu) -> None:
        """Goals: the KPI library (ui/kpi_library.py, loaded with the first use) and the
        goal tree's actions, which live on the Goals tab (their keys work in its tree)."""
        self.goal_menu = menu
        self._kpi_library: Any = None
        self.kpi_library_action = self._action(
            self.tr("&KPI Library…"),
            self.show_kpi_library,
            "Ctrl+Shift+B",
            self.tr("List, add and edit the KPIs of this document"),
        )
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(guarded(self._fill_goal_menu))
        menu.addAction(self.kpi_library_action)

    def _fill_goal_menu(self) -> None:
        self.goal_menu.clear()
        self.goal_menu.addAction(self.kpi_library_action)
        self.kpi_library_action.setEnabled(self.context is not None)
        self.goal_menu.addSeparator()
        self.goal_menu.addAction(self.decompose_action)
        self.goal_menu.addAction(self.split_action)
        if self.context is not None:
            self.goal_menu.addSeparator()
            for action in self.goals_tab.goal_actions.values():
                self.goal_menu.addAction(action)

    def show_kpi_library(self) -> Any:
        """The KPI library window (one per main window), brought up to date."""
        if self.context is None:
            return None
        from perfdesk.ui.kpi_library import KpiLibraryDialog

        if self._kpi_library is None or self._kpi_library.document is not self.context.doc:
            if self._kpi_library is not None:
                self._kpi_library.close()
            self._kpi_library = KpiLibraryDialog(self)
        else:
            self._kpi_library.reload()
        self._kpi_library.show()
        self._kpi_library.raise_()
        self._kpi_library.activateWindow()
        return self._kpi_library

    # -- the running meeting (ui/run_mode.py) -----------------------------------
    def _build_meeting_actions(self, menu: QMenu) -> None:
        self.run_window: Any = None  # the open run mode, if any
        self.resume_box: Any = None  # the "resume the running meeting?" offer, if shown
        self.run_meeting_action = self._action(
            self.tr("&Start / Resume Meeting"),
            self.start_or_resume_meeting,
            "F11",
            self.tr("Run the meeting selected in the Review Meeting tab on the projector"),
        )
        menu.addAction(self.run_meeting_action)

    def start_or_resume_meeting(self) -> None:
        """Run mode for the meeting selected in the Meeting tab (starting it if planned)."""
        from PySide6.QtWidgets import QMessageBox

        from perfdesk.ui.run_mode import open_run_mode

        if self.context is None:
            return
        meeting = self.meeting_tab.current_meeting()
        if meeting is None:
            self.tabs.setCurrentIndex(TAB_MEETING)
            show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Start / Resume Meeting"),
                self.tr("Select a meeting in the Review Meeting tab first."),
            )
            return
        open_run_mode(self, meeting.id)

    def _offer_meeting_resume(self) -> None:
        # Most files have no running meeting: ask the store first, so opening does not
        # import run mode and the write operations it needs (~0.1 s) for nothing.
        from perfdesk.store.repo_meeting_run import running_meeting

        context = self.context
        if context is None or context.doc.read_only or running_meeting(context.doc.conn) is None:
            return
        from perfdesk.ui.meeting_flow import offer_resume

        offer_resume(self)

    def _reopen_refused_meeting(self) -> None:
        """An edit hit the ended-meeting lock: offer to reopen the selected meeting."""
        from perfdesk.ui.meeting_flow import reopen_meeting

        meeting = self.meeting_tab.current_meeting()
        if meeting is not None:
            reopen_meeting(self, meeting.id)

    def org_editor(self) -> Any:
        """The organisation editor, imported and built the first time it is used."""
        if self._org_editor is None:
            from perfdesk.ui.org_editing import OrgEditor

            self._org_editor = OrgEditor(self)
        return self._org_editor

    def org_trees(self) -> list[Any]:
        """The org trees of the tabs built so far."""
        trees = []
        for slot in self.slots:
            tree = getattr(slot.tab(), "org_tree", None) if slot.built else None
            if tree is not None:
                trees.append(tree)
        return trees

    def _archived_org(self) -> tuple[list[Any], list[Any]]:
        if not self.show_archived or self.context is None:
            return [], []
        from perfdesk.store.repo_org import load_people, load_units

        conn = self.context.doc.conn
        return (
            [u for u in load_units(conn, include_archived=True) if u.archived],
            [p for p in load_people(conn, include_archived=True) if p.archived],
        )

    def toggle_archived(self) -> None:
        """Organisation → Show Archived: greyed archived units and people, to restore."""
        self.show_archived = self.show_archived_action.isChecked()
        for slot in self.slots:
            slot.set_context(self.context)

    def _wire_org_tree(self, tree: Any) -> None:
        tree.archived_source = self._archived_org
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(
            guarded(lambda pos, t=tree: self.org_editor().context_menu(t, pos))
        )
        # After the in-place editor has closed: the change rebuilds the tree's rows.
        tree.model().rename_requested.connect(
            lambda holder, name: QTimer.singleShot(
                0, guarded(lambda: self.org_editor().rename_to(holder, name))
            )
        )
        tree.model().move_requested.connect(
            lambda holder, unit: QTimer.singleShot(
                0, guarded(lambda: self.org_editor().move(holder, unit))
            )
        )
        for action in self.org_actions.values():
            tree.addAction(action)
        self._enable_org_editing(tree)

    def _enable_org_editing(self, tree: Any | None = None) -> None:
        """Editing the organisation needs a writable document; the tooltip says why not."""
        read_only = self.context is not None and self.context.doc.read_only
        writable = self.context is not None and not read_only
        why = ""
        if read_only and self.context is not None:
            why = plain(self.context.doc.read_only_reason, 300) or self.tr(
                "the document is open read-only"
            )
        for action in self.org_actions.values():
            action.setEnabled(writable)
            tip = action.statusTip()
            action.setToolTip(fill(self.tr("%1 — not available: %2"), tip, why) if why else tip)
        for each in [tree] if tree is not None else self.org_trees():
            each.model().editable = writable

    # -- Goal menu: cascade and period split (ui/cascade_dialog.py, ui/split_dialog.py) --
    def _build_cascade_actions(self, menu: QMenu) -> None:
        """Decompose… and Split over Periods… act on the goal selected in the Goals tab."""
        self.cascade_menu = menu
        self.decompose_action = self._action(
            self.tr("&Decompose…"),
            self.decompose_goal,
            "Ctrl+Alt+D",
            self.tr("Share the selected goal's target among the units or people below"),
        )
        self.split_action = self._action(
            self.tr("&Split over Periods…"),
            self.split_goal,
            "Ctrl+Alt+P",
            self.tr("Share the selected goal's target over its months, 10-day periods or weeks"),
        )
        menu.addAction(self.decompose_action)
        menu.addAction(self.split_action)
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(guarded(self._update_goal_actions))
        # Keys act on the selection of the moment: nothing stays disabled after the menu.
        menu.aboutToHide.connect(guarded(self._enable_goal_actions))

    def _enable_goal_actions(self) -> None:
        for action in (self.decompose_action, self.split_action):
            action.setEnabled(True)

    def current_goal_id(self) -> str | None:
        """The goal selected in the Goals tab (its own accessor when it has one)."""
        if not self.slots[TAB_GOALS].built:
            return None
        tab = self.goals_tab
        accessor = getattr(tab, "current_goal_id", None)
        if callable(accessor):
            found = accessor()
            return str(found) if found else None
        selected = getattr(tab, "selected_row", None)  # a goal tree's selected row
        if callable(selected):
            row = selected()
            return str(row.goal.id) if row is not None else None
        table, model = getattr(tab, "table", None), getattr(tab, "model", None)
        if table is None or model is None or not hasattr(model, "row"):
            return None
        index = table.currentIndex()
        if not index.isValid():
            rows = table.selectionModel().selectedRows() if table.selectionModel() else []
            if not rows:
                return None
            index = rows[0]
        return str(model.row(index.row()).goal.id)

    def _goal_refusal(self) -> str:
        """Why the goal actions cannot run now ('' when they can)."""
        if self.context is None:
            return self.tr("No document is open.")
        if self.context.doc.read_only:
            return plain(self.context.doc.read_only_reason, 300) or self.tr(
                "the document is open read-only"
            )
        if self.current_goal_id() is None:
            return self.tr("Select a goal in the Goals tab first.")
        return ""

    def _update_goal_actions(self) -> None:
        why = self._goal_refusal()
        for action in (self.decompose_action, self.split_action):
            action.setEnabled(not why)
            tip = action.statusTip()
            action.setToolTip(fill(self.tr("%1 — not available: %2"), tip, why) if why else tip)

    def _goal_for_dialog(self, title: str) -> tuple[str, Any] | None:
        from PySide6.QtWidgets import QMessageBox

        why = self._goal_refusal()
        if why:
            show_message(self, QMessageBox.Icon.Information, title, why)
            return None
        goal_id = self.current_goal_id()
        assert goal_id is not None and self.context is not None
        from perfdesk.store.repo_cascade import goal_info

        goal = goal_info(self.context.doc.conn, goal_id)
        kpi = self.context.kpis.get(goal.kpi_id) if goal is not None else None
        if goal is None or kpi is None:
            show_message(
                self,
                QMessageBox.Icon.Information,
                title,
                self.tr("The goal or its KPI no longer exists."),
            )
            return None
        return goal_id, (goal, kpi)

    def split_goal(self) -> None:
        """Goal → Split over Periods…"""
        title = self.tr("Split over Periods")
        found = self._goal_for_dialog(title)
        if found is None or self.context is None:
            return
        from perfdesk.ui import split_dialog

        goal_id, (goal, kpi) = found
        dialog = split_dialog.SplitDialog(
            self,
            self.context.doc,
            goal_id,
            kpi,
            self.context.owner_name(goal.owner_id),
            self.language,
            self.run_op,
        )
        split_dialog.run_dialog(dialog)

    def decompose_goal(self) -> None:
        """Goal → Decompose…"""
        title = self.tr("Decompose")
        found = self._goal_for_dialog(title)
        if found is None or self.context is None:
            return
        from perfdesk.ui import cascade_dialog

        goal_id, _goal_and_kpi = found
        dialog = cascade_dialog.CascadeDialog(self, self.context, goal_id, self.run_op)
        cascade_dialog.run_dialog(dialog)

    def _build_exchange_actions(self, menu: QMenu) -> None:
        """Packages between the company file and department files (ui/exchange.py)."""
        self.export_package_action = self._action(
            self.tr("&Export Package…"),
            self.export_package,
            "Ctrl+Shift+E",
            self.tr("Write the rows this document sends to another file (.pdpkg)"),
        )
        self.import_package_action = self._action(
            self.tr("&Import Package…"),
            self.import_packages,
            "Ctrl+Shift+I",
            self.tr("Merge packages into this document after a preview"),
        )
        self.undo_import_action = self._action(
            self.tr("&Undo Import"),
            self.undo_import,
            "Ctrl+Shift+U",
            self.tr("Put back the backup taken before the last import"),
        )
        for action in (
            self.export_package_action,
            self.import_package_action,
            self.undo_import_action,
        ):
            menu.addAction(action)
        self.exchange_message: QMessageBox | None = None  # the last exchange message shown
        self.merge_preview: Any = None  # the open merge preview, if any
        menu.aboutToShow.connect(guarded(self.update_exchange_actions))

    def update_exchange_actions(self) -> None:
        """Enabled by the open document: Undo Import only when a backup can be put back."""
        document = self.context.doc if self.context is not None else None
        writable = document is not None and not document.read_only
        self.export_package_action.setEnabled(document is not None)
        self.import_package_action.setEnabled(writable)
        can_undo = False
        if document is not None and writable:
            from perfdesk.store.exchange.history import undoable_import

            try:
                can_undo = undoable_import(document)
            except sqlite3.Error:
                can_undo = False  # the store will say why when it is used
        self.undo_import_action.setEnabled(can_undo)

    def export_package(self) -> None:
        from perfdesk.ui.exchange import export_package

        export_package(self)

    def import_packages(self) -> None:
        from perfdesk.ui.exchange import import_packages

        import_packages(self)

    def undo_import(self) -> None:
        from perfdesk.ui.exchange import undo_import

        undo_import(self)

    # -- backups (ui/backups_dialog.py) ----------------------------------------
    def _build_backup_actions(self, menu: QMenu) -> None:
        """File → Restore Backup…, and the kept-backups setting handed to the store."""

        def apply_keep() -> None:
            from perfdesk.store import backups  # ~10 ms: after the first paint, not before
            from perfdesk.ui.settings import BACKUPS_KEEP

            backups.set_keep(int(self.settings.get(BACKUPS_KEEP)))

        self.after_first_paint(apply_keep)
        self.restore_backup_action = self._action(
            self.tr("Restore &Backup…"),
            self.restore_backup,
            "Ctrl+Alt+B",
            self.tr(
                "Put back one of the copies taken before upgrades, imports and merges (with no "
                "document open: of a document that cannot be opened)"
            ),
        )
        menu.addAction(self.restore_backup_action)
        self.backups_dialog: Any = None  # the open Restore Backup dialog, if any
        self.backups_message: Any = None  # the last backup message shown
        menu.aboutToShow.connect(
            guarded(
                lambda: self.restore_backup_action.setEnabled(
                    self.context is None or not self.context.doc.read_only
                )
            )
        )

    def restore_backup(self) -> None:
        from perfdesk.ui.backups_dialog import open_backups

        open_backups(self)

    # -- reports (ui/report_dialogs.py) ----------------------------------------
    def _build_report_actions(self, menu: QMenu) -> None:
        """The report of the current context: the selected unit's monthly report, the
        form of the action selected in the Actions tab, or the review record of the
        meeting selected in the Meeting tab."""
        self.export_pdf_action = self._action(
            self.tr("Export P&DF…"),
            self.export_pdf,
            "Ctrl+Shift+P",
            self.tr(
                "Save the report of the selected unit and month, action or meeting, "
                "in the language you choose"
            ),
        )
        self.print_action = self._action(
            self.tr("&Print…"),
            self.print_report,
            QKeySequence.StandardKey.Print,
            self.tr("Print the report of the selected unit and month, action or meeting"),
        )
        for action in (self.export_pdf_action, self.print_action):
            menu.addAction(action)
        menu.aboutToShow.connect(guarded(self.update_report_actions))

    def update_report_actions(self) -> None:
        for action in (self.export_pdf_action, self.print_action):
            action.setEnabled(self.context is not None)

    def export_pdf(self) -> None:
        from perfdesk.ui.report_dialogs import export_pdf

        export_pdf(self)

    def print_report(self) -> None:
        from perfdesk.ui.report_dialogs import print_report

        print_report(self)

    def _build_io_actions(self, menu: QMenu) -> None:
        """Actuals from ERP/CRM exports, and the grid to XLSX/CSV (ui/import_dialog.py,
        ui/export_dialog.py, loaded when first used)."""
        self.import_actuals_action = self._action(
            self.tr("Import &Actuals…"),
            self.import_actuals,
            "Ctrl+Alt+M",
            self.tr("Import actuals from a CSV or Excel export of another system"),
        )
        self.export_grid_action = self._action(
            self.tr("E&xport…"),
            self.export_grid,
            "Ctrl+Alt+E",
            self.tr("Export targets and actuals to Excel (.xlsx) or CSV"),
        )
        menu.addSeparator()
        menu.addAction(self.import_actuals_action)
        menu.addAction(self.export_grid_action)
        self.import_dialog: Any = None
        self.export_dialog: Any = None

        def enable() -> None:
            document = self.context.doc if self.context is not None else None
            self.import_actuals_action.setEnabled(document is not None and not document.read_only)
            self.export_grid_action.setEnabled(document is not None)

        menu.aboutToShow.connect(guarded(enable))

    def import_actuals(self) -> None:
        from perfdesk.ui.import_dialog import open_import

        open_import(self)

    def export_grid(self) -> None:
        from perfdesk.ui.export_dialog import open_export

        open_export(self)

    def _build_navigation_bar(self) -> None:
        """The period in focus, always visible: [month|quarter|year] ◀ period ▶ (the status
        bar may be off-screen)."""
        bar = QToolBar(self.tr("Period"), self)
        bar.setObjectName("periodBar")  # saveState needs a name
        bar.setMovable(False)
        self.granularity_combo = QComboBox()
        self.granularity_combo.setObjectName("granularityCombo")
        for text, granularity in (
            (self.tr("Month"), Granularity.MONTH),
            (self.tr("Quarter"), Granularity.QUARTER),
            (self.tr("Year"), Granularity.YEAR),
        ):
            self.granularity_combo.addItem(text, granularity.value)
        self.granularity_combo.setToolTip(self.tr("Look at a month, a quarter or a whole year"))
        self.granularity_combo.activated.connect(guarded(self._granularity_chosen))
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.setToolTip(
            self.tr(
                "The period in focus: progress is shown up to its end "
                "(only periods with data; a period still running, up to its last month with data)"
            )
        )
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.activated.connect(guarded(self._period_chosen))
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.granularity_combo)
        bar.addAction(self.previous_period_action)
        bar.addWidget(self.period_combo)
        bar.addAction(self.next_period_action)
        # Arrow buttons drawn by the style: no QStyle call (its ~20 enum types cost
        # ~20 ms at every start, benchmarks/startup.py).
        for action, arrow in (
            (self.previous_period_action, Qt.ArrowType.LeftArrow),
            (self.next_period_action, Qt.ArrowType.RightArrow),
        ):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setArrowType(arrow)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.period_bar = bar

    def _fill_period_combo(self) -> None:
        combo = self.period_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            context = self.context
            if context is None:
                return
            granularity = context.focus.granularity
            for period in reversed(context.periods_in_bounds(granularity)):  # newest first
                combo.addItem(format_period(period, self.language), period.key)
            combo.setCurrentIndex(max(combo.findData(context.focus.key), 0))
            self.granularity_combo.setCurrentIndex(
                max(self.granularity_combo.findData(granularity.value), 0)
            )
        finally:
            combo.blockSignals(False)
            self._update_period_actions()

    def _update_period_actions(self) -> None:
        context = self.context
        self.period_combo.setEnabled(context is not None)
        self.granularity_combo.setEnabled(context is not None)
        self.previous_period_action.setEnabled(
            context is not None and context.clamp(context.focus.shift(-1)) != context.focus
        )
        self.next_period_action.setEnabled(
            context is not None and context.clamp(context.focus.shift(1)) != context.focus
        )

    def _period_chosen(self, row: int) -> None:
        if self.context is None or row < 0:
            return
        from perfdesk.core.periods import parse_period

        self.set_focus(parse_period(self.period_combo.itemData(row)))

    def _granularity_chosen(self, row: int) -> None:
        """Month, quarter or year: the one holding the last month now in focus."""
        context = self.context
        if context is None or row < 0:
            return
        granularity = Granularity(self.granularity_combo.itemData(row))
        months = context.months_to_focus()
        month = months[-1] if months else context.clamp(context.focus)
        if month.granularity is not Granularity.MONTH:
            month = month.children(Granularity.MONTH)[0]
        self.set_focus(month if granularity is Granularity.MONTH else month.parent(granularity))

    def _wire_tab(self, tab: Any) -> None:
        """A tab with an org tree shares its selection with every other tab."""
        tree = getattr(tab, "org_tree", None)
        if tree is None:
            return
        self._wire_org_tree(tree)
        if self.context is not None and self.context.holder is not None:
            tree.follow(self.context.holder)
        tree.holder_changed.connect(self.select_holder)

    def select_holder(self, holder_id: str) -> None:
        """One selection for the window: the unit or person picked in any tab."""
        if self.context is None:
            return
        self.context.holder = holder_id
        for slot in self.slots:
            tree = getattr(slot.tab(), "org_tree", None) if slot.built else None
            if tree is not None:
                tree.follow(holder_id)
            elif slot.built:
                slot.tab().holder_moved()  # Meeting, Actions: filter to it

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, name in enumerate(files, start=1):
            path = Path(name)
            # "&" would make a mnemonic of the next letter in a menu text.
            shown = plain(f"{path.name}  —  {path.parent}", 120).replace("&", "&&")
            action = self.recent_menu.addAction(f"&{number % 10} {shown}")
            action.setEnabled(path.exists())
            action.triggered.connect(guarded(lambda _=False, p=path: self.open_path(p)))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent documents"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear List"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.settings.clear_recent_files)

    # -- documents -----------------------------------------------------------
    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open `path` in place of the current document; False (with a message) if it can't.

        The current document stays open until the new one has been read, so a
        refused or damaged file leaves the window as it was. A file someone has open
        for writing (its lock file says who) gets a question: open it read-only, take a
        stale claim over, or cancel.
        """
        current = self.context.doc if self.context is not None else None
        if (
            current is not None
            and not current.read_only
            and not read_only
            and current.path.resolve() == Path(path).resolve()
        ):
            return True  # already open here for editing
        take_over, held_by = False, ""
        stale_after = datetime.timedelta(hours=max(1, int(self.settings.get(LOCK_STALE_HOURS))))
        while True:
            try:
                document = Document.open(
                    path, read_only=read_only, take_over=take_over, stale_after=stale_after
                )
            except LockedFile as error:
                print(f"perfdesk: {error}", file=sys.stderr)
                choice = self.unattended_lock_choice or ask_about_lock(self, error)
                if choice is LockChoice.CANCEL:
                    return False
                read_only, take_over = (
                    choice is LockChoice.READ_ONLY,
                    choice is LockChoice.TAKE_OVER,
                )
                held_by = lock_texts(error)[0]
                continue
            except DocumentError as error:
                self._refuse(error)
                return False
            break
        if held_by and document.read_only:
            document.read_only_reason = held_by
        try:
            context = DocumentContext.load(document, self.language)
        except READ_ERRORS as error:  # bad text or values in what every tab needs
            document.close()
            self._refuse(damaged(Path(path), error))
            return False
        except BaseException:
            document.close()
            raise
        self._replace_context(context)
        if not read_only and document.read_only:
            self._say_why_read_only(document)
        elif not document.read_only:
            self.after_first_paint(self._offer_meeting_resume)
        return True

    def _say_why_read_only(self, document: Document) -> None:
        """Asked for writing, got read-only: say why, without blocking the window."""
        from PySide6.QtWidgets import QMessageBox

        why = read_only_explanation(document)
        if not why:
            return
        detail = f"{document.path}\n{document.read_only_reason}"  # the store's English detail
        document.read_only_reason = why
        self.path_label.set_tip(why)
        self.read_only_label.setToolTip(tooltip(why) or "")
        box = message_box(
            self,
            QMessageBox.Icon.Information,
            self.tr("Opened read-only"),
            fill(self.tr("“%1” was opened read-only."), document.path.name),
            why,
        )
        box.setDetailedText(plain(detail, 2000, multiline=True))
        self.read_only_box = box
        box.open()

    def _refuse(self, error: DocumentError) -> None:
        print(f"perfdesk: {error}", file=sys.stderr)  # one line for logs and terminal users
        show_document_error(self, error)

    def choose_and_open(self) -> None:
        path = self.dialogs.open_path()
        if path is not None:
            self.open_path(path)

    def new_document(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        path = self.dialogs.save_path(self.tr("New Document"), self.tr("department") + SUFFIX)
        if path is None:
            return
        if (
            path.exists()
            and self.context is not None
            and self.context.doc.path.resolve() == path.resolve()
        ):
            show_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("New Document"),
                self.tr("This document is open. Choose another name."),
            )
            return
        # Made beside the target and moved over it (the dialog asked about replacing),
        # so a failure leaves any existing file as it was.
        partial = path.with_name(path.name + ".part")
        try:
            partial.unlink(missing_ok=True)
            with Document.create(partial, name=path.stem) as created:
                _ship_library(created)
            partial.replace(path)
        except (DocumentError, OSError) as error:
            partial.unlink(missing_ok=True)
            show_message(
                self,
                QMessageBox.Icon.Critical,
                self.tr("New Document"),
                fill(self.tr("The document could not be created:\n%1"), str(error)),
            )
            return
        self.open_path(path)

    def open_demo(self) -> bool:
        from PySide6.QtCore import QStandardPaths

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        path = folder / f"demo-{self.language}{SUFFIX}"
        if not path.exists():
            from perfdesk.demo import build_demo

            folder.mkdir(parents=True, exist_ok=True)
            self.statusBar().showMessage(self.tr("Creating the demo document…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                partial = path.with_name(path.name + ".part")
                partial.unlink(missing_ok=True)
                build_demo(partial, lang=self.language)
                partial.replace(path)
            finally:
                QApplication.restoreOverrideCursor()
                self.statusBar().clearMessage()
        return self.open_path(path)

    def save_copy(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.context is None:
            return
        current = self.context.doc.path
        path = self.dialogs.save_path(self.tr("Save a Copy As"), current.stem + "-copy" + SUFFIX)
        if path is None:
            return
        if path.resolve() == current.resolve():
            show_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Save a Copy As"),
                self.tr("Choose a different name: this is the open document."),
            )
            return
        try:
            self.context.doc.save_copy(path)
        except OSError as error:
            show_message(
                self,
                QMessageBox.Icon.Critical,
                self.tr("Save a Copy As"),
                fill(self.tr("The copy could not be written:\n%1"), str(error)),
            )
            return
        self.statusBar().showMessage(fill(self.tr("Copy saved to %1"), plain(path)), 5000)

    def new_department_file(self) -> None:
        """File → New Department File…: a department's file from the open company file."""
        if self.context is None or self.context.doc.meta("role") != "company":
            return
        from perfdesk.ui.department_dialog import DepartmentDialog

        dialog = DepartmentDialog(
            self.context.doc.path, self.context.units.values(), self.dialogs, self
        )
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if dialog.opened is not None:
            self.open_path(dialog.opened)

    def close_document(self) -> None:
        old = self.context
        self._set_context(None)
        if old is not None:
            old.doc.close()

    def _replace_context(self, context: DocumentContext) -> None:
        old = self.context
        self._set_context(context)
        if old is not None:
            old.doc.close()  # only now: the tabs no longer read it
        self.settings.add_recent_file(str(context.doc.path.resolve()))
        self.verifier.schedule(context.doc.path)

    def _set_context(self, context: DocumentContext | None) -> None:
        self.context = context
        self.undo_stack.clear()
        library = getattr(self, "_kpi_library", None)  # goes with its document
        if library is not None and (context is None or library.document is not context.doc):
            library.close()
        for slot in self.slots:
            slot.set_context(context)
        for action in (self.save_copy_action, self.close_action):
            action.setEnabled(context is not None)
        self.department_action.setEnabled(
            context is not None and context.doc.meta("role") == "company"
        )
        self._fill_period_combo()
        read_only = context is not None and context.doc.read_only
        for action in self.edit_actions:
            action.setEnabled(not read_only)
        self.undo_action.setEnabled(not read_only and self.undo_stack.canUndo())
        self.redo_action.setEnabled(not read_only and self.undo_stack.canRedo())
        self.read_only_label.setVisible(read_only)
        self.show_welcome(context is None)
        self._enable_org_editing()
        self.read_only_label.setToolTip(
            tooltip(context.doc.read_only_reason) or "" if context is not None and read_only else ""
        )
        self.update_exchange_actions()
        self.watch_timer.stop()
        if read_only:
            self._data_version = self._read_data_version()
            self.watch_timer.start()
        self._update_title()

    @property
    def edit_actions(self) -> list[QAction]:
        """The actions that change the document: disabled while it is read-only."""
        return [self.undo_action, self.redo_action]

    def _read_data_version(self) -> int:
        try:
            return self.context.doc.data_version() if self.context is not None else 0
        except sqlite3.Error:
            return self._data_version

    def refresh_if_changed(self) -> None:
        """Read-only: reload what the tabs show when whoever holds the file saved."""
        if self.context is None or not self.context.doc.read_only:
            return
        version = self._read_data_version()
        if version == self._data_version:
            return
        try:
            self.context.reload_names()
            self.context.reload_bounds()
            self._fill_period_combo()
            for slot in self.slots:
                slot.set_context(self.context)
        except sqlite3.Error:
            return  # the holder is saving again; the next look tries once more
        self._data_version = version
        self.statusBar().showMessage(self.tr("Updated with changes saved to the file"), 5000)

    def run_op(self, text: str, operation: Callable[[Document], OpResult]) -> OpResult | None:
        """Run one document operation as an undoable step.

        Refused input, and a write SQLite refused (busy, a clash, a full disk), get a
        message in the user's language; none of them reaches the crash dialog.
        """
        from PySide6.QtWidgets import QMessageBox

        if self.context is None:
            return None
        from perfdesk.store.ops import OpError
        from perfdesk.ui.op_errors import show_op_error
        from perfdesk.ui.undo import OpCommand

        try:
            result = operation(self.context.doc)
        except OpError as error:
            print(f"perfdesk: {text}: {error}", file=sys.stderr)  # English, for logs
            if error.code == "meeting_frozen":
                self._reopen_refused_meeting()
                return None
            show_op_error(self, text, error, self.language)
            return None
        except ReadOnlyError:
            show_message(
                self,
                QMessageBox.Icon.Information,
                text,
                self.tr("This document is open read-only; nothing was changed."),
            )
            return None
        self.undo_stack.push(OpCommand(text, self.context.doc, result, self.apply_changes))
        self.apply_changes(result.changes)
        return result

    def _undo_failed(self, error: Exception, undo: bool, cleared: bool) -> None:
        from perfdesk.ui.op_errors import show_undo_failure

        print(f"perfdesk: {'undo' if undo else 'redo'}: {error}", file=sys.stderr)
        title = self.tr("Undo") if undo else self.tr("Redo")
        show_undo_failure(self, title, error, cleared, self.language)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what an operation (or its undo) changed."""
        if self.context is None:
            return
        if changes.tables & {"org_units", "people", "kpis"}:
            self.context.reload_names()
        if changes.tables & {"goals", "goal_values", "meta"}:
            self.context.reload_bounds(goals="goals" in changes.tables)
            self._fill_period_combo()
        # Values only (typed, pasted, cleared, undone): a grid on screen repaints those
        # cells in place; the other tabs reload when next shown.
        values_only = bool(changes.cells) and changes.tables <= {
            "goal_values",
            "goals",
            "deviation_notes",
        }
        for slot in self.slots:
            patch = getattr(slot.tab(), "patch_cells", None) if slot.built else None
            if values_only and patch is not None and patch(changes):
                continue
            slot.set_context(self.context)

    def show_meeting_issue(self, meeting_id: str, issue_id: str) -> None:
        """The Actions tab's link to an action's source: the Meeting tab with the meeting
        and the issue selected (its own `select_issue` when it has one)."""
        tab = self.meeting_tab
        self.tabs.setCurrentIndex(TAB_MEETING)
        select = getattr(tab, "select_issue", None)
        if select is not None:
            select(meeting_id, issue_id)
            return
        for view, model, wanted in (
            (tab.meeting_table, tab.meetings_model, meeting_id),
            (tab.issue_table, tab.issues_model, issue_id),
        ):
            proxy = view.model()
            for r in range(model.rowCount()):
                if model.row(r).id == wanted:
                    index = model.index(r, 0)
                    if proxy is not model:
                        index = proxy.mapFromSource(index)
                    view.setCurrentIndex(index)
                    view.scrollTo(index)
                    break

    # -- keyboard ------------------------------------------------------------
    def current_tab(self) -> Any:
        return self.slots[self.tabs.currentIndex()].tab()

    def move_pane(self, step: int) -> None:
        move_focus(self.current_tab().panes(), step)

    def focus_search(self) -> None:
        target = self.current_tab().find_target()
        if target is not None and target.isVisible():
            move_focus([target], 1)

    def copy_selected(self) -> None:
        """Edit → Copy: the selection of the focused table or tree, or the focused text."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractItemView):
            copy_selection(focus)
        elif focus is not None and hasattr(focus, "copy"):
            focus.copy()

    def shift_focus(self, months: int) -> None:
        if self.context is None:
            return
        self.set_focus(self.context.focus.shift(months))

    def set_focus(self, period: Period) -> None:
        """Move the period in focus (never past the last month with data) in every tab."""
        context = self.context
        if context is None:
            return
        period = context.clamp(period)
        if period == context.focus:
            return
        context.focus = period
        self._fill_period_combo()  # the list changes with the granularity
        for slot in self.slots:
            slot.set_context(context)
        self._update_title()

    def _update_title(self) -> None:
        context = self.context
        if context is None:
            self.setWindowTitle("perfdesk")
            self.path_label.setText(self.tr("No document open"))
            self.period_label.setText("")
            return
        name = plain(context.doc.path.name, 120)
        if context.doc.read_only:
            name = fill(self.tr("%1 (read-only)"), name)
        self.setWindowTitle(f"{name} — perfdesk")
        self.path_label.setText(str(context.doc.path))
        self.path_label.set_tip(context.doc.read_only_reason if context.doc.read_only else "")
        self.period_label.setText(
            fill(self.tr("Period in focus: %1"), format_period(context.focus, self.language))
        )
        self.period_label.setToolTip(
            format_period(Period(Granularity.YEAR, context.focus.year), self.language)
        )

    # -- preferences and help ------------------------------------------------
    def choose_language(self, code: str) -> None:
        """Save the language; offer to restart now, reopening the current document."""
        from PySide6.QtWidgets import QMessageBox

        self.settings.set(LANGUAGE, code)
        if code == self.language:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language"),
            self.tr("The new language is used from the next start of perfdesk. Restart now?"),
            parent=self,
        )
        restart = box.addButton(self.tr("Restart Now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self) -> bool:
        """Start a new perfdesk on the current document, then close this one."""
        from PySide6.QtCore import QProcess

        document = self.context.doc if self.context is not None else None
        read_only = bool(document and document.read_only)
        command = restart_command(
            sys.orig_argv, len(sys.argv), document.path if document else None, read_only
        )
        # Let go of the file (and its lock) first, so the new perfdesk can open it for writing.
        self.close_document()
        if not QProcess.startDetached(command[0], command[1:]):
            if document is not None:
                self.open_path(document.path, read_only=read_only)
            return False
        self.close()
        return True

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About perfdesk"),
            fill(
                self.tr(
                    "<h3>perfdesk %1</h3><p>Goals, KPI entry, review meetings and improvement "
                    "actions for department heads.</p><p>Chinese font: WenQuanYi Micro Hei "
                    "(Apache License 2.0).</p>"
                ),
                __version__,
            ),
        )

    # -- window state --------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_first_window(self)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.sync()
        self.zoom.restore_base()
        if self.context is not None:
            self.context.doc.close()
            self.context = None
        super().closeEvent(event)


def _ship_library(doc: Document) -> None:
    """A new document starts with the shipped KPI library (core/kpi_library.py)."""
    from perfdesk.core.kpi_library import LIBRARY
    from perfdesk.store import ops

    ops.add_library_kpis(doc, [entry.code for entry in LIBRARY])
