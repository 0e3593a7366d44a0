"""The running meeting's clock: agenda timing replayed from an append-only event log.

A meeting's timing is never counted by ticks. The document keeps every press of
the chair's keys as an event (start, pause, resume, next, previous, goto, skip,
extend, shorten, move, end, reopen) with its wall-clock time in ms since the Unix
epoch (UTC); `replay(items, events, now_ms)` folds them into the state at `now_ms`:
the current item, its elapsed and remaining seconds (negative = overrun), paused or
not, each item's actual start, end and seconds, the time left and the projected end.
The same replay serves the projector's 1 s refresh, the end of the meeting (which
writes the actual times) and crash-resume (the window reopens at the right item).

What counts as elapsed. Time between two events counts for the item current in
between, unless the meeting was paused then. There is no event while the app is
down or the laptop sleeps, so that time counts as elapsed for the current item —
the room went on talking — unless the chair had paused the clock. A wall clock
that goes backwards (a time-zone or NTP correction, a wrong BIOS clock) never
makes a negative duration: each event's time is clamped to be no earlier than the
one before it (`effective` times), so such a gap counts as zero.

The running app does not read the wall clock for every event: `EventClock` takes
`time.monotonic()` offsets from an anchor and writes wall times from them, but
never less than the wall clock itself. CLOCK_MONOTONIC stops while a Linux
laptop sleeps, so without the wall clock a sleep would be lost; taking the larger
of the two counts the sleep and ignores a wall clock set back. Both clocks are
injected, so tests run on a fake clock.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.meeting import AgendaItem


class EventKind(enum.StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    GOTO = "goto"  # agenda_item_id: where to
    SKIP = "skip"  # the current item is left unfinished; on to the next
    EXTEND = "extend"  # amount: seconds added to the item's allotted time
    SHORTEN = "shorten"  # amount: seconds taken off (never below zero)
    MOVE = "move"  # agenda_item_id moves to position `amount` of the running order
    END = "end"
    REOPEN = "reopen"  # after an end, for corrections: the clock stays paused


@dataclass(frozen=True)
class ClockEvent:
    seq: int
    kind: EventKind
    at: int  # wall clock, ms since the Unix epoch (UTC)
    agenda_item_id: str | None = None
    amount: float | None = None


class Phase(enum.StrEnum):
    PLANNED = "planned"  # no start event yet
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # past the last item, the meeting not ended yet
    ENDED = "ended"


class TimeAlert(enum.StrEnum):
    """How the current item stands against its allotted time; the UI gives each a
    colour *and* a word, so it is never told by colour alone."""

    ON_TIME = "on_time"
    LOW = "low"  # amber: less than Thresholds.amber_seconds left
    OVER = "over"  # red: at or past Thresholds.red_seconds


@dataclass(frozen=True)
class Thresholds:
    amber_seconds: float = 60.0
    red_seconds: float = 0.0

    def alert(self, remaining: float) -> TimeAlert:
        if remaining <= self.red_seconds:
            return TimeAlert.OVER
        if remaining <= self.amber_seconds:
            return TimeAlert.LOW
        return TimeAlert.ON_TIME


@dataclass(frozen=True)
class ItemTiming:
    item_id: str
    planned_seconds: float  # as planned before the meeting
    allotted_seconds: float  # after extensions and shortenings
    elapsed_seconds: float = 0.0  # current and not paused, summed over every visit
    started_at: int | None = None  # ms: when it first became current
    ended_at: int | None = None  # ms: when it was last left (None while current or never run)
    skipped: bool = False  # left by a skip and not gone back to

    @property
    def remaining_seconds(self) -> float:
        """Negative once it overruns."""
        return self.allotted_seconds - self.elapsed_seconds

    @property
    def overrun_seconds(self) -> float:
        return max(0.0, self.elapsed_seconds - self.planned_seconds)

    @property
    def run(self) -> bool:
        return self.started_at is not None


@dataclass(frozen=True)
class ClockState:
    phase: Phase
    now: int  # ms, the effective time the state is for
    order: tuple[str, ...]  # the running order (moves applied)
    current_id: str | None
    items: Mapping[str, ItemTiming]
    started_at: int | None = None
    ended_at: int | None = None
    paused_seconds: float = 0.0
    last_event_at: int | None = None

    @property
    def current(self) -> ItemTiming | None:
        return self.items.get(self.current_id) if self.current_id else None

    @property
    def paused(self) -> bool:
        return self.phase is Phase.PAUSED

    @property
    def running(self) -> bool:
        return self.phase in (Phase.RUNNING, Phase.PAUSED, Phase.FINISHED)

    @property
    def position(self) -> int | None:
        return self.order.index(self.current_id) if self.current_id in self.order else None

    @property
    def next_id(self) -> str | None:
        """The item after the current one in the running order (None: none)."""
        where = self.position
        if where is None or where + 1 >= len(self.order):
            return None
        return self.order[where + 1]

    @property
    def remaining_seconds(self) -> float | None:
        current = self.current
        return None if current is None else current.remaining_seconds

    def alert(self, thresholds: Thresholds = Thresholds()) -> TimeAlert | None:
        left = self.remaining_seconds
        return None if left is None else thresholds.alert(left)

    @property
    def total_left_seconds(self) -> float:
        """The current item's time left (nothing when it overruns) and the allotted time of
        every item after it in the running order that has not run."""
        where = self.position
        if where is None:
            return 0.0
        current = self.items[self.order[where]]
        later = [self.items[i] for i in self.order[where + 1 :]]
        return max(0.0, current.remaining_seconds) + sum(
            max(0.0, t.remaining_seconds) for t in later if not t.skipped
        )

    @property
    def projected_end(self) -> int | None:
        """ms: now plus the time left (a paused clock pushes it on as the pause goes on)."""
        if self.phase is Phase.ENDED:
            return self.ended_at
        if self.phase is Phase.PLANNED:
            return None
        return self.now + round(self.total_left_seconds * 1000)

    @property
    def elapsed_seconds(self) -> float:
        """Wall time since the start, up to now or the end."""
        if self.started_at is None:
            return 0.0
        return max(0, (self.ended_at or self.now) - self.started_at) / 1000


# -- the replay ------------------------------------------------------------------
@dataclass(slots=True)
class _Timing:
    """ItemTiming while the replay runs: mutable, frozen once at the end (a frozen
    dataclass replaced on every event cost most of the replay's time)."""

    planned: float
    allotted: float
    elapsed: float = 0.0
    started_at: int | None = None
    ended_at: int | None = None
    skipped: bool = False

    def frozen(self, item_id: str) -> ItemTiming:
        return ItemTiming(
            item_id,
            self.planned,
            self.allotted,
            self.elapsed,
            self.started_at,
            self.ended_at,
            self.skipped,
        )


@dataclass
class _Run:
    order: list[str]
    items: dict[str, _Timing]
    phase: Phase = Phase.PLANNED
    current: str | None = None
    last: int | None = None  # the effective time of the last event
    started_at: int | None = None
    ended_at: int | None = None
    paused_seconds: float = 0.0

    def advance(self, at: int) -> int:
        """Count the time up to `at` (clamped: never before the last event) and return it."""
        if self.last is None:
            self.last = at
            return at
        at = max(at, self.last)
        seconds = (at - self.last) / 1000
        if self.phase is Phase.RUNNING and self.current is not None:
            self.items[self.current].elapsed += seconds
        elif self.phase is Phase.PAUSED:
            self.paused_seconds += seconds
        self.last = at
        return at

    def enter(self, item_id: str | None, at: int) -> None:
        if self.current is not None and self.current != item_id:
            self.items[self.current].ended_at = at
        if item_id is not None and item_id != self.current:
            timing = self.items[item_id]
            if timing.started_at is None:
                timing.started_at = at
            timing.ended_at = None
            timing.skipped = False
        self.current = item_id
        if self.phase in (Phase.RUNNING, Phase.PAUSED, Phase.FINISHED):
            if item_id is None:
                self.phase = Phase.FINISHED
            elif self.phase is Phase.FINISHED:
                self.phase = Phase.RUNNING

    def step(self, offset: int) -> str | None:
        if self.current is None:  # past the end: "previous" comes back to the last item
            return self.order[-1] if offset < 0 and self.order else None
        where = self.order.index(self.current) + offset
        return self.order[where] if 0 <= where < len(self.order) else None


def replay(
    items: Sequence[AgendaItem], events: Iterable[ClockEvent], now: int | None = None
) -> ClockState:
    """The meeting's state after `events` (in seq order), counted up to `now` (ms).

    `items` are the agenda in its planned order. Events naming an item that is not
    in the agenda (removed since) and events that make no sense where they come (a
    pause before the start, a second start) are ignored, so a damaged or merged log
    still replays.
    """
    run = _Run(
        order=[item.id for item in items],
        items={
            item.id: _Timing(item.planned_minutes * 60, item.planned_minutes * 60) for item in items
        },
    )
    for event in sorted(events, key=lambda e: e.seq):
        at = run.advance(event.at)
        _apply(run, event, at)
    effective = run.advance(now) if now is not None else (run.last or 0)
    return ClockState(
        phase=run.phase,
        now=effective,
        order=tuple(run.order),
        current_id=run.current,
        items={item_id: timing.frozen(item_id) for item_id, timing in run.items.items()},
        started_at=run.started_at,
        ended_at=run.ended_at,
        paused_seconds=run.paused_seconds,
        last_event_at=run.last,
    )


def _apply(run: _Run, event: ClockEvent, at: int) -> None:
    kind = event.kind
    target = event.agenda_item_id if event.agenda_item_id in run.items else None
    if kind is EventKind.START:
        if run.phase is Phase.PLANNED and run.order:
            run.phase = Phase.RUNNING
            run.started_at = at
            run.enter(target or run.order[0], at)
        return
    if run.phase is Phase.PLANNED:
        return
    if kind is EventKind.REOPEN:
        if run.phase is Phase.ENDED:
            run.phase = Phase.PAUSED if run.current is not None else Phase.FINISHED
            run.ended_at = None
        return
    if run.phase is Phase.ENDED:
        return
    if kind is EventKind.END:
        if run.current is not None:
            run.items[run.current].ended_at = at
        run.phase = Phase.ENDED
        run.ended_at = at
    elif kind is EventKind.PAUSE:
        if run.phase is Phase.RUNNING:
            run.phase = Phase.PAUSED
    elif kind is EventKind.RESUME:
        if run.phase is Phase.PAUSED:
            run.phase = Phase.RUNNING if run.current is not None else Phase.FINISHED
    elif kind is EventKind.NEXT:
        run.enter(run.step(1), at)
    elif kind is EventKind.PREVIOUS:
        back = run.step(-1)
        if back is not None:
            run.enter(back, at)
    elif kind is EventKind.GOTO:
        if target is not None:
            run.enter(target, at)
    elif kind is EventKind.SKIP:
        if run.current is not None:
            left = run.current
            run.enter(run.step(1), at)
            run.items[left].skipped = True
    elif kind in (EventKind.EXTEND, EventKind.SHORTEN):
        which = target or run.current
        amount = event.amount
        if which is None or amount is None or not math.isfinite(amount):
            return
        sign = 1 if kind is EventKind.EXTEND else -1
        timing = run.items[which]
        timing.allotted = max(0.0, timing.allotted + sign * abs(amount))
    elif kind is EventKind.MOVE:
        if target is None or event.amount is None or not math.isfinite(event.amount):
            return
        run.order.remove(target)
        position = min(max(0, int(event.amount)), len(run.order))
        run.order.insert(position, target)


# -- the running app's clock -------------------------------------------------------
class EventClock:
    """Wall times (ms) for new events: monotonic offsets from an anchor, never less than
    the wall clock (so a sleep counts) and never less than the last time handed out
    (so a wall clock set back cannot reorder the log)."""

    def __init__(
        self,
        wall_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
        monotonic: Callable[[], float] = time.monotonic,
        floor: int = 0,
    ) -> None:
        self._wall = wall_ms
        self._monotonic = monotonic
        self._anchor_wall = max(wall_ms(), floor)
        self._anchor_mono = monotonic()
        self._last = self._anchor_wall

    def now(self) -> int:
        measured = self._anchor_wall + round((self._monotonic() - self._anchor_mono) * 1000)
        self._last = max(self._last, measured, self._wall())
        return self._last

    def not_before(self, at: int) -> None:
        """Events up to `at` are in the log: never hand out an earlier time."""
        self._last = max(self._last, at)


# -- what the display shows ----------------------------------------------------------
def countdown(seconds: float) -> tuple[str, bool]:
    """("m:ss" or "h:mm:ss", over) for a remaining time; over is True past zero, and the
    text is then the time over ("2:30" for 150 s over). Whole seconds count down as a
    wall clock does: 0.3 s left shows 0:01, 1 s over shows 0:01 over."""
    whole = math.ceil(seconds - 1e-9)
    over = whole < 0
    return clock_text(abs(whole)), over


def clock_text(seconds: float) -> str:
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
