"""Run mode: the running meeting on the projector, with the speaker clock.

A window of its own (full screen, on the second screen when one is connected, so
the main window stays on the laptop) showing the current agenda item with a very
large countdown, the speaker and department, what comes next, the time left in
total and the projected end. Colour *and* a word change as time runs low (amber,
then red at zero, thresholds in the settings) and the count goes on past zero as
"超时 2:30" / "Over 2:30". A side panel (K) shows the speaking department's red and
amber KPIs from the figures frozen at the start.

Nothing here counts ticks: a 1 s QTimer asks core.meeting_clock.replay for the state
at the clock's now, from the events stored in the document. Each key the chair
presses is one event appended to the document at once (store/ops/meeting_run.py), so
a crash loses nothing and the window reopens at the right item. Clock steps are not
undo steps — time has passed; a wrong key is corrected by the opposite key.
Esc leaves run mode; the meeting keeps running (F11 in the main window comes back).
"""

from __future__ import annotations

import datetime
import html
import sys
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.meeting import AgendaItem, AgendaKind
from perfdesk.core.meeting_clock import (
    ClockState,
    EventClock,
    EventKind,
    Phase,
    Thresholds,
    TimeAlert,
    clock_text,
    countdown,
)
from perfdesk.store import ops
from perfdesk.store.ops import Changes, OpError
from perfdesk.store.repo_meeting_run import (
    SnapshotRow,
    meeting_events,
    meeting_title,
    snapshot,
)
from perfdesk.store.repo_meetings import agenda
from perfdesk.ui.action_review import ActionReviewPanel
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.settings import MEETING_AMBER_SECONDS, MEETING_RED_SECONDS, MEETING_SOUND
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.speaker_kpis import SpeakerKpis

MINUTE = 60.0
# Share of the window height the countdown's font takes (its digits stand ~0.7 of it).
COUNTDOWN_SHARE = 0.36
# Background and text colour per state: the status palette (ui/widgets/status.py), full
# strength so a washed-out projector still tells them apart; the word says it as well.
LOOKS = {
    TimeAlert.ON_TIME: ("#0072B2", "#FFFFFF"),
    TimeAlert.LOW: ("#E69F00", "#000000"),
    TimeAlert.OVER: ("#B2182B", "#FFFFFF"),
    "paused": ("#595959", "#FFFFFF"),
    "idle": ("#333333", "#FFFFFF"),
}


def local_time(at: int | None) -> str:
    if at is None:
        return "—"
    return datetime.datetime.fromtimestamp(at / 1000).strftime("%H:%M")


class RunSession:
    """The running meeting as run mode sees it: its agenda, stored events and a clock."""

    def __init__(self, doc: Any, meeting_id: str, clock: Any = None) -> None:
        self.doc = doc
        self.meeting_id = meeting_id
        self.reload()
        last = max((event.at for event in self.events), default=0)
        self.clock = clock if clock is not None else EventClock(floor=last)

    def reload(self) -> None:
        conn = self.doc.conn
        self.title = meeting_title(conn, self.meeting_id)
        self.items: list[tuple[AgendaItem, str, str]] = agenda(conn, self.meeting_id)
        self.events = meeting_events(conn, self.meeting_id)
        self.snapshot: list[SnapshotRow] = snapshot(conn, self.meeting_id)

    def named(self, item_id: str | None) -> tuple[AgendaItem, str, str] | None:
        return next((entry for entry in self.items if entry[0].id == item_id), None)

    def state(self) -> ClockState:
        from perfdesk.core.meeting_clock import replay

        return replay([item for item, _s, _u in self.items], self.events, self.clock.now())

    def press(
        self, kind: EventKind, item_id: str | None = None, amount: float | None = None
    ) -> None:
        """One clock event, written to the document at once."""
        ops.record_event(self.doc, self.meeting_id, kind, self.clock.now(), item_id, amount)
        self.events = meeting_events(self.doc.conn, self.meeting_id)
        if self.events:
            self.clock.not_before(self.events[-1].at)


class RunWindow(QWidget):
    """The projector view of a running meeting."""

    def __init__(self, window: Any, session: RunSession) -> None:
        # A window of its own (another screen), closed and destroyed with the main window.
        super().__init__(window, Qt.WindowType.Window)
        self.main_window = window
        self.session = session
        settings = window.settings
        self.thresholds = Thresholds(
            float(settings.get(MEETING_AMBER_SECONDS)), float(settings.get(MEETING_RED_SECONDS))
        )
        self.sound = bool(settings.get(MEETING_SOUND))
        self.bell: Any = None
        self._over: set[str] = set()  # items that have reached zero (rung once each)
        self._first = True
        self.state: ClockState | None = None
        self.count_size = 12
        self.setObjectName("runMode")
        self.setWindowTitle(fill(self.tr("Run Mode — %1"), plain(session.title)))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#runMode { background: #FFFFFF; } QLabel { color: #111111; }")

        def text_label(name: str, wrap: bool = False) -> QLabel:
            widget = QLabel()
            widget.setObjectName(name)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(wrap)
            return widget

        self.header = text_label("header")
        self.item_title = text_label("itemTitle", wrap=True)
        self.speaker = text_label("speaker")
        # The count and, past zero, the word before it ("超时" / "Over") at half its size,
        # so the digits keep their height beside the side panel. Rich text made here from
        # the app's own word (escaped) and digits only: no document text goes into it.
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setTextFormat(Qt.TextFormat.RichText)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.over_word = ""
        self.clock_panel = QFrame()
        self.clock_panel.setObjectName("clockPanel")
        # Sized from the window, never sizing it: fonts follow the height, so a panel that
        # asked for its font's height would grow the window it is sized from.
        for widget in (self.clock_panel, self.countdown):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            widget.setMinimumSize(1, 1)
        QVBoxLayout(self.clock_panel).addWidget(self.countdown)
        self._count = ""
        self.state_word = text_label("stateWord")
        self.state_word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_line = text_label("next", wrap=True)
        self.footer = text_label("footer")
        self.hints = text_label("hints", wrap=True)
        self.hints.setText(
            self.tr(
                "Space pause/resume · → next · ← previous · + / − one minute · S skip · "
                "Ctrl+↑/↓ change what comes next · I issue · K KPIs · Ctrl+E end · "
                "Esc leave run mode (the meeting goes on) · clock steps cannot be undone"
            )
        )
        self.hints.setStyleSheet("color: #595959;")
        self.side = SpeakerKpis()
        self.side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.side.setStyleSheet("#speakerKpis { background: #F2F2F2; border-radius: 6px; }")
        left = QVBoxLayout()
        for widget, stretch in (
            (self.header, 0),
            (self.item_title, 0),
            (self.speaker, 0),
            (self.clock_panel, 1),
            (self.state_word, 0),
            (self.next_line, 0),
            (self.footer, 0),
            (self.hints, 0),
        ):
            left.addWidget(widget, stretch)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 64)
        layout.addWidget(self.side, 36)
        self.side.setVisible(bool(session.snapshot))
        # In place of the KPIs while the review of last meeting's actions is current.
        self.review = ActionReviewPanel()
        self.review.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.review.setStyleSheet("#actionReview { background: #F2F2F2; border-radius: 6px; }")
        self.review.hide()
        layout.addWidget(self.review, 36)
        self._side_was_shown = bool(session.snapshot)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._shown_unit: tuple[str | None, bool] | None = None
        self.refresh()

    # -- display --------------------------------------------------------------
    @guarded
    def refresh(self) -> None:
        """Show the state replayed at the clock's now (never counted by ticks)."""
        context = self.main_window.context
        if context is None or context.doc is not self.session.doc:
            self.close()  # the document was closed or replaced under run mode
            return
        state = self.state = self.session.state()
        count = len(state.order)
        where = state.position
        self.header.setText(
            fill(
                self.tr("%1 — item %2 of %3"),
                plain(self.session.title),
                "—" if where is None else where + 1,
                count,
            )
        )
        current = self.session.named(state.current_id)
        if current is None:
            self.item_title.setText(
                self.tr("The meeting has ended")
                if state.phase is Phase.ENDED
                else self.tr("Agenda finished")
            )
            self.speaker.setText("")
        else:
            item, speaker, unit = current
            self.item_title.setText(plain(item.title) or label(item.kind))
            self.speaker.setText(" · ".join(plain(t) for t in (speaker, unit) if t))
        self._show_count(state)
        after = self.session.named(state.next_id)
        if after is None:
            self.next_line.setText(self.tr("Next: nothing (this is the last item)"))
        else:
            item, speaker, unit = after
            who = " · ".join(plain(t) for t in (speaker, unit) if t)
            name = plain(item.title) or label(item.kind)
            allotted = state.items[item.id].allotted_seconds
            self.next_line.setText(
                fill(
                    self.tr("Next: %1 (%2)"),
                    f"{name} — {who}" if who else name,
                    clock_text(allotted),
                )
            )
        self.footer.setText(
            fill(
                self.tr("Time left in total %1 · projected end %2"),
                clock_text(state.total_left_seconds),
                local_time(state.projected_end),
            )
        )
        self._show_side(current[0] if current else None)
        self._ring_at_zero(state)
        self._first = False

    def _show_count(self, state: ClockState) -> None:
        left = state.remaining_seconds
        alert = state.alert(self.thresholds)
        if left is None or alert is None:
            look = LOOKS["idle"]
            self.over_word = ""
            self._count = clock_text(0) if state.phase is not Phase.ENDED else "—"
            self.state_word.setText(
                self.tr("Press Ctrl+E to end the meeting") if state.phase is Phase.FINISHED else ""
            )
        else:
            text, over = countdown(left)
            self.over_word = self.tr("Over %1").split("%1")[0].strip() if over else ""
            self._count = text
            words = {
                TimeAlert.ON_TIME: self.tr("On time"),
                TimeAlert.LOW: self.tr("Time is almost up"),
                TimeAlert.OVER: self.tr("Time is up"),
            }
            if state.paused:
                look = LOOKS["paused"]
                self.state_word.setText(fill(self.tr("Paused — %1"), words[alert]))
            else:
                look = LOOKS[alert]
                self.state_word.setText(words[alert])
        background, foreground = look
        self.clock_panel.setStyleSheet(
            f"#clockPanel {{ background: {background}; border-radius: 12px; }} "
            f"#clockPanel QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.clock_panel.setProperty("look", background)
        self._fit_countdown()

    def _show_side(self, item: AgendaItem | None) -> None:
        reviewing = item is not None and item.kind is AgendaKind.ACTION_REVIEW
        if reviewing == self.review.isHidden():  # the panel is not as the item wants
            context = self.main_window.context
            if reviewing:
                english = context.language == "en"
                self.review.show_meeting(self.session.doc.conn, self.session.meeting_id, english)
                self.review.set_pixel_size(int(self.height() * 0.026))
                self._side_was_shown = not self.side.isHidden()  # as K left it
            self.review.setVisible(reviewing)
            self.side.setVisible(not reviewing and self._side_was_shown)
            self._shown_unit = None
        if reviewing:
            return
        unit_id = item.unit_id if item is not None else None
        key = (unit_id, self.side.isVisible())
        if key == self._shown_unit:
            return
        self._shown_unit = key
        context = self.main_window.context
        started = self.state.started_at if self.state is not None else None
        self.side.show_unit(
            context.owner_name(unit_id) if unit_id else "",
            unit_id,
            self.session.snapshot,
            context.kpis,
            context.language,
            local_time(started),
        )
        self._size_fonts()

    def _ring_at_zero(self, state: ClockState) -> None:
        current = state.current
        if current is None or current.remaining_seconds > self.thresholds.red_seconds:
            return
        if current.item_id in self._over:
            return
        self._over.add(current.item_id)
        # Opening run mode on an item already over, or a paused clock: no tone.
        if self._first or state.phase is not Phase.RUNNING or not self.sound:
            return
        if self.bell is None:
            from perfdesk.ui.meeting_sound import Bell

            self.bell = Bell()
        self.bell.ring()

    # -- sizes ----------------------------------------------------------------
    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_fonts()

    def _size_fonts(self) -> None:
        height = max(200, self.height())
        for widget, share, bold in (
            (self.header, 0.035, False),
            (self.item_title, 0.065, True),
            (self.speaker, 0.05, False),
            (self.state_word, 0.055, True),
            (self.next_line, 0.042, False),
            (self.footer, 0.042, False),
            (self.hints, 0.022, False),
        ):
            font = QFont(widget.font())
            font.setPixelSize(max(10, int(height * share)))
            font.setBold(bold)
            widget.setFont(font)
        self.side.set_pixel_size(int(height * 0.026))
        self._fit_countdown()

    def countdown_text(self) -> str:
        """What the count says: "5:00", or "超时 2:30" / "Over 2:30" past zero."""
        return fill(self.tr("Over %1"), self._count) if self.over_word else self._count

    def needed_width(self, size: int) -> int:
        """The count's width in pixels at font size `size` (the word at half of it)."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, size))
        wide = QFontMetrics(font).horizontalAdvance(self._count or "0:00")
        if self.over_word:
            font.setPixelSize(max(10, size // 2))
            wide += QFontMetrics(font).horizontalAdvance(self.over_word + " ")
        return wide

    def _fit_countdown(self) -> None:
        """As large as COUNTDOWN_SHARE of the height allows, smaller only when the count
        (and the word before it) would not fit the width beside the side panel."""
        height = max(200, self.height())
        size = int(height * COUNTDOWN_SHARE)
        panel = self.clock_panel.width()
        room = (panel if panel > 50 else int(self.width() * 0.6)) - 48
        wide = self.needed_width(size)
        if wide > room > 0:
            size = int(size * room / wide)
            while size > 12 and self.needed_width(size) > room:
                size -= 2
        self.count_size = size
        word = (
            f'<span style="font-size:{max(10, size // 2)}px">{html.escape(self.over_word)} </span>'
            if self.over_word
            else ""
        )
        text = f'<b style="font-size:{size}px">{word}{html.escape(self._count)}</b>'
        if text != self.countdown.text():
            self.countdown.setText(text)

    def countdown_share(self) -> float:
        """The height of the countdown's digits as a share of the window height."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(self.count_size)
        metrics = QFontMetrics(font)
        return metrics.tightBoundingRect("0123456789").height() / max(1, self.height())

    # -- keys -----------------------------------------------------------------
    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        state = self.session.state()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_I:
            self.capture_issue()
        elif key == Qt.Key.Key_K:
            # The review of last meeting's actions keeps its panel; K is for the KPIs.
            self.side.setVisible(not self.side.isVisible() and self.review.isHidden())
            self._shown_unit = None
            self.refresh()
        elif key == Qt.Key.Key_E and ctrl:
            from perfdesk.ui.meeting_flow import end_meeting

            end_meeting(self.main_window, self)
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif state.phase in (Phase.ENDED, Phase.PLANNED):
            super().keyPressEvent(event)
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_next(state, key == Qt.Key.Key_Down)
        elif key == Qt.Key.Key_Space:
            self.press(EventKind.RESUME if state.paused else EventKind.PAUSE)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_N):
            if state.current_id is not None:
                self.press(EventKind.NEXT)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_P):
            self.press(EventKind.PREVIOUS)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            if state.current_id is not None:
                more = key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
                self.press(
                    EventKind.EXTEND if more else EventKind.SHORTEN, state.current_id, MINUTE
                )
        elif key == Qt.Key.Key_S:
            if state.current_id is not None:
                self.press(EventKind.SKIP)
        else:
            super().keyPressEvent(event)

    def _move_next(self, state: ClockState, later: bool) -> None:
        """Ctrl+↓ moves the next item one place later (the one after it comes next);
        Ctrl+↑ brings the item after the next one forward (it comes next)."""
        where = state.position
        if where is None or where + 2 >= len(state.order):
            return
        if later:
            self.press(EventKind.MOVE, state.order[where + 1], where + 2)
        else:
            self.press(EventKind.MOVE, state.order[where + 2], where + 1)

    def press(
        self, kind: EventKind, item_id: str | None = None, amount: float | None = None
    ) -> None:
        try:
            self.session.press(kind, item_id, amount)
        except OpError as error:
            from perfdesk.ui.op_errors import show_op_error

            print(f"perfdesk: run mode: {error}", file=sys.stderr)
            show_op_error(self, self.tr("Run Mode"), error, self.main_window.language)
            self.close()
            return
        self.refresh()

    def capture_issue(self) -> None:
        """I / Ctrl+I: the issue capture form for the current item, without leaving."""
        from perfdesk.ui.issue_capture import capture_issue as capture

        state = self.session.state()
        issue_id = capture(self, self.session.doc, self.session.meeting_id, state.current_id)
        if issue_id:
            self.main_window.apply_changes(
                Changes(frozenset({"issues"}), frozenset({self.session.meeting_id}))
            )

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        if getattr(self.main_window, "run_window", None) is self:
            self.main_window.run_window = None
        super().closeEvent(event)


def open_run_mode(
    window: Any, meeting_id: str, clock: Any = None, full_screen: bool = True
) -> RunWindow | None:
    """Start (after confirming) or resume the meeting and show it in run mode; an ended
    meeting gets the offer to reopen it instead (ui/meeting_flow.py)."""
    from perfdesk.ui.meeting_flow import open_meeting

    return open_meeting(window, meeting_id, clock, full_screen)
