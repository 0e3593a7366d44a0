"""The meeting clock replayed from its event log, on a fake clock."""

from __future__ import annotations

import pytest

from perfdesk.core.meeting import AgendaItem, AgendaKind
from perfdesk.core.meeting_clock import (
    ClockEvent,
    EventClock,
    EventKind,
    Phase,
    Thresholds,
    TimeAlert,
    countdown,
    replay,
)
from perfdesk.core.meeting_figures import effectiveness

T0 = 1_790_000_000_000  # ms, some day in 2026
MIN = 60_000


def weekly() -> list[AgendaItem]:
    """The 5/5/5/5/5/60/5 weekly format."""
    kinds = [AgendaKind.OPENING] + [AgendaKind.SPEAKER] * 4 + [AgendaKind.DISCUSSION]
    kinds.append(AgendaKind.CLOSING)
    minutes = [5, 5, 5, 5, 5, 60, 5]
    return [
        AgendaItem(f"i{n}", "m", n, kind, planned, unit_id=f"u{n}" if kind == "speaker" else None)
        for n, (kind, planned) in enumerate(zip(kinds, minutes, strict=True))
    ]


class Log:
    """Events with a fake wall clock that the test moves on."""

    def __init__(self) -> None:
        self.events: list[ClockEvent] = []
        self.now = T0

    def wait(self, minutes: float) -> Log:
        self.now += round(minutes * MIN)
        return self

    def add(self, kind: EventKind, item: str | None = None, amount: float | None = None) -> Log:
        self.events.append(ClockEvent(len(self.events), kind, self.now, item, amount))
        return self

    def state(self):  # type: ignore[no-untyped-def]
        return replay(weekly(), self.events, self.now)


def test_start_runs_the_first_item_and_counts_down() -> None:
    log = Log().add(EventKind.START).wait(2)
    state = log.state()
    assert state.phase is Phase.RUNNING
    assert state.current_id == "i0"
    assert state.remaining_seconds == pytest.approx(180)
    assert state.next_id == "i1"
    # 3 min of this item and 100 min of the others are left; the end is that far away.
    assert state.total_left_seconds == pytest.approx(3 * 60 + 85 * 60)
    assert state.projected_end == log.now + 88 * MIN


def test_nothing_runs_before_the_start() -> None:
    state = Log().add(EventKind.NEXT).add(EventKind.PAUSE).wait(5).state()
    assert state.phase is Phase.PLANNED
    assert state.current_id is None
    assert state.projected_end is None


def test_pause_stops_the_item_clock_and_resume_goes_on() -> None:
    log = Log().add(EventKind.START).wait(1).add(EventKind.PAUSE).wait(10)
    paused = log.state()
    assert paused.paused
    assert paused.current.elapsed_seconds == pytest.approx(60)
    assert paused.paused_seconds == pytest.approx(600)
    # While paused the projected end moves on with the clock.
    assert paused.projected_end == log.now + (4 + 85) * MIN
    log.add(EventKind.RESUME).wait(1)
    assert log.state().current.elapsed_seconds == pytest.approx(120)


def test_extend_and_shorten_change_the_allotted_time_not_the_plan() -> None:
    log = Log().add(EventKind.START).wait(4)
    log.add(EventKind.EXTEND, amount=60).add(EventKind.EXTEND, amount=60)
    log.add(EventKind.SHORTEN, amount=60)
    state = log.state()
    assert state.current.allotted_seconds == 360
    assert state.current.planned_seconds == 300
    assert state.remaining_seconds == pytest.approx(120)
    # Shortening never takes the allotted time below zero.
    for _ in range(10):
        log.add(EventKind.SHORTEN, amount=60)
    assert log.state().current.allotted_seconds == 0


def test_overrun_goes_negative_and_turns_red() -> None:
    log = Log().add(EventKind.START).wait(4.5)
    thresholds = Thresholds(amber_seconds=60, red_seconds=0)
    assert log.state().alert(thresholds) is TimeAlert.LOW
    log.wait(3)
    state = log.state()
    assert state.remaining_seconds == pytest.approx(-150)
    assert state.alert(thresholds) is TimeAlert.OVER
    assert countdown(state.remaining_seconds) == ("2:30", True)
    assert state.current.overrun_seconds == pytest.approx(150)
    # An overrunning item leaves nothing of its own to the time left.
    assert state.total_left_seconds == pytest.approx(85 * 60)


def test_thresholds_are_configurable() -> None:
    log = Log().add(EventKind.START).wait(2)
    assert log.state().alert(Thresholds(amber_seconds=60)) is TimeAlert.ON_TIME
    assert log.state().alert(Thresholds(amber_seconds=240)) is TimeAlert.LOW
    assert log.state().alert(Thresholds(amber_seconds=300, red_seconds=200)) is TimeAlert.OVER


def test_countdown_text() -> None:
    assert countdown(300) == ("5:00", False)
    assert countdown(0.3) == ("0:01", False)
    assert countdown(0) == ("0:00", False)
    assert countdown(-0.5) == ("0:00", False)
    assert countdown(-1) == ("0:01", True)
    assert countdown(3725) == ("1:02:05", False)


def test_next_and_previous_keep_each_items_times() -> None:
    log = Log().add(EventKind.START).wait(6).add(EventKind.NEXT).wait(2)
    log.add(EventKind.PREVIOUS).wait(1).add(EventKind.NEXT).wait(1)
    state = log.state()
    first, second = state.items["i0"], state.items["i1"]
    assert first.elapsed_seconds == pytest.approx(7 * 60)
    assert first.started_at == T0
    assert first.ended_at == T0 + 9 * MIN
    assert second.elapsed_seconds == pytest.approx(3 * 60)
    assert second.started_at == T0 + 6 * MIN  # its first start, not the return
    assert state.current_id == "i1"


def test_skip_marks_the_item_and_goes_on() -> None:
    log = Log().add(EventKind.START).wait(1).add(EventKind.SKIP).wait(2)
    state = log.state()
    assert state.items["i0"].skipped
    assert state.items["i0"].elapsed_seconds == pytest.approx(60)
    assert state.current_id == "i1"
    # Going back to a skipped item un-skips it.
    log.add(EventKind.GOTO, "i0")
    assert not log.state().items["i0"].skipped


def test_goto_jumps_and_the_items_between_have_not_run() -> None:
    log = Log().add(EventKind.START).wait(1).add(EventKind.GOTO, "i5").wait(10)
    state = log.state()
    assert state.current_id == "i5"
    assert not state.items["i2"].run
    assert state.next_id == "i6"
    # Unknown items (removed since) are ignored, the log still replays.
    log.add(EventKind.GOTO, "gone")
    assert log.state().current_id == "i5"


def test_move_during_the_meeting_changes_what_comes_next() -> None:
    log = Log().add(EventKind.START).wait(1)
    log.add(EventKind.MOVE, "i5", 1)  # the discussion right after the opening
    state = log.state()
    assert state.next_id == "i5"
    assert state.order == ("i0", "i5", "i1", "i2", "i3", "i4", "i6")
    log.add(EventKind.NEXT).wait(5).add(EventKind.NEXT)
    assert log.state().current_id == "i1"
    assert log.state().items["i5"].elapsed_seconds == pytest.approx(300)


def test_past_the_last_item_the_agenda_is_finished_until_the_end() -> None:
    log = Log().add(EventKind.START).add(EventKind.GOTO, "i6").wait(5).add(EventKind.NEXT)
    log.wait(30)
    state = log.state()
    assert state.phase is Phase.FINISHED
    assert state.current_id is None
    assert state.items["i6"].elapsed_seconds == pytest.approx(300)
    log.add(EventKind.PREVIOUS).wait(1)
    assert log.state().current_id == "i6"
    assert log.state().phase is Phase.RUNNING


def test_end_freezes_the_times_and_reopen_keeps_the_clock_paused() -> None:
    log = Log().add(EventKind.START).wait(7).add(EventKind.END).wait(60)
    state = log.state()
    assert state.phase is Phase.ENDED
    assert state.items["i0"].elapsed_seconds == pytest.approx(420)
    assert state.items["i0"].ended_at == T0 + 7 * MIN
    assert state.projected_end == state.ended_at
    assert state.elapsed_seconds == pytest.approx(420)
    log.add(EventKind.REOPEN).wait(10)
    reopened = log.state()
    assert reopened.phase is Phase.PAUSED
    assert reopened.items["i0"].elapsed_seconds == pytest.approx(420)


def test_a_laptop_sleeping_counts_as_elapsed() -> None:
    # No event while the laptop sleeps (or the app is down): the gap counts for the
    # item that was current, as the room went on.
    log = Log().add(EventKind.START).wait(2).add(EventKind.NEXT).wait(45)
    state = log.state()
    assert state.current_id == "i1"
    assert state.remaining_seconds == pytest.approx(300 - 45 * 60)


def test_a_sleep_while_paused_does_not_count() -> None:
    log = Log().add(EventKind.START).wait(2).add(EventKind.PAUSE).wait(45)
    assert log.state().remaining_seconds == pytest.approx(180)


def test_crash_resume_by_replay_gives_the_same_item_and_time() -> None:
    log = Log().add(EventKind.START).wait(5).add(EventKind.NEXT).wait(1)
    log.add(EventKind.EXTEND, amount=60)
    stored = list(log.events)  # what the document holds when the app is killed
    log.wait(3)  # down for three minutes, then reopened
    resumed = replay(weekly(), stored, log.now)
    assert resumed.current_id == "i1"
    assert resumed.remaining_seconds == pytest.approx(360 - 4 * 60)
    # Replaying in any storage order gives the same answer: seq decides.
    assert replay(weekly(), list(reversed(stored)), log.now) == resumed


def test_a_backwards_wall_clock_never_gives_negative_durations() -> None:
    log = Log().add(EventKind.START).wait(3).add(EventKind.NEXT)
    log.wait(-60)  # the wall clock is set back an hour
    log.add(EventKind.NEXT)
    state = log.state()
    assert state.items["i1"].elapsed_seconds == 0  # clamped, not -60 minutes
    assert state.items["i0"].elapsed_seconds == pytest.approx(180)
    assert all(t.elapsed_seconds >= 0 for t in state.items.values())
    assert state.now == T0 + 3 * MIN  # the effective time never goes back
    log.wait(61)  # the wall clock is back where it was, and one minute on
    assert log.state().current_id == "i2"
    assert log.state().remaining_seconds == pytest.approx(240)


class FakeClocks:
    def __init__(self) -> None:
        self.wall = T0
        self.mono = 100.0


def test_event_clock_counts_monotonic_time_and_a_sleep_and_ignores_a_clock_set_back() -> None:
    fake = FakeClocks()
    clock = EventClock(lambda: fake.wall, lambda: fake.mono)
    assert clock.now() == T0
    fake.mono += 10
    fake.wall += 10_000
    assert clock.now() == T0 + 10_000
    fake.wall -= 3_600_000  # wall clock set back an hour: monotonic time goes on
    fake.mono += 5
    assert clock.now() == T0 + 15_000
    fake.wall += 3_600_000 + 600_000  # a sleep: monotonic stood still, the wall moved on
    assert clock.now() == T0 + 10_000 + 600_000
    clock.not_before(T0 + 2_000_000)
    assert clock.now() >= T0 + 2_000_000


def test_effectiveness_figures() -> None:
    log = Log().add(EventKind.START).wait(5)
    for minutes in (6, 5, 4, 5, 70):
        log.add(EventKind.NEXT).wait(minutes)
    log.add(EventKind.NEXT).add(EventKind.SKIP).add(EventKind.END)
    state = log.state()
    figures = effectiveness(weekly(), state, ["u1", "u1", "u3", None])
    assert [round(f.actual_seconds / 60) for f in figures.items] == [5, 6, 5, 4, 5, 70, 0]
    assert figures.overrun_minutes == pytest.approx(1 + 10)
    assert figures.reporting_share == pytest.approx(20 / 95)
    assert figures.questioning_share == pytest.approx(70 / 95)
    assert figures.issues_per_unit == {"u1": 2, "u3": 1, "": 1}
    assert figures.items[-1].skipped
    assert figures.planned_seconds == 90 * 60
