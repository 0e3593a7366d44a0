"""The meeting clock's replay, which run mode calls once a second and on every key.

    python benchmarks/meeting_clock.py [--runs 15]

The projector never counts ticks: every refresh replays the whole event log
(core.meeting_clock.replay) for the state at the clock's now. A two-hour meeting
pressed busily is ~200 events; 2,000 and 20,000 are logs no meeting reaches, to see
how it scales. The floor is the least any replay can cost: one Python loop over the
same events, adding their times. Prints medians and each one's ratio to the floor;
goal: a 200-event replay well under 10 ms (a hundredth of the refresh interval).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from perfdesk.core.meeting import AgendaItem, AgendaKind
from perfdesk.core.meeting_clock import ClockEvent, EventKind, replay

T0 = 1_794_000_000_000
KINDS = (
    [EventKind.NEXT] * 4
    + [EventKind.PAUSE, EventKind.RESUME, EventKind.EXTEND, EventKind.SHORTEN]
    + [EventKind.PREVIOUS, EventKind.SKIP, EventKind.MOVE, EventKind.GOTO]
)


def agenda(count: int = 12) -> list[AgendaItem]:
    return [
        AgendaItem(f"i{n}", "m", n, AgendaKind.SPEAKER, 10, unit_id=f"u{n}") for n in range(count)
    ]


def log(size: int, items: list[AgendaItem], seed: int = 7) -> list[ClockEvent]:
    rng = random.Random(seed)
    events = [ClockEvent(0, EventKind.START, T0)]
    at = T0
    for seq in range(1, size):
        at += rng.randint(1_000, 60_000)
        kind = rng.choice(KINDS)
        item = rng.choice(items).id
        events.append(ClockEvent(seq, kind, at, item, float(rng.randint(0, len(items) - 1) * 60)))
    return events


def median(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    items = agenda()
    print(f"{'events':>8} {'replay ms':>10} {'floor ms':>9} {'ratio':>6}")
    for size in (200, 2_000, 20_000):
        events = log(size, items)
        now = events[-1].at + 60_000
        took = median(lambda e=events, t=now: replay(items, e, t), args.runs)
        floor = median(lambda e=events: sum(event.at for event in e), args.runs)
        print(f"{size:>8} {took * 1000:>10.2f} {floor * 1000:>9.3f} {took / floor:>6.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
