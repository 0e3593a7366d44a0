"""core.actions.group_actions: the register's groups by department or owner."""

from __future__ import annotations

from perfdesk.core.actions import ActionStatus, group_actions

OPEN, LATE, DONE = ActionStatus.OPEN, ActionStatus.OVERDUE, ActionStatus.DONE


def test_groups_by_name_with_the_keyless_group_last_and_members_in_order() -> None:
    groups = group_actions(
        [
            ("q", "质量部", OPEN),
            (None, "", DONE),
            ("p", "生产部", LATE),
            ("q", "质量部", LATE),
            ("a", "Assembly", OPEN),
            ("q", "质量部", DONE),
        ]
    )
    assert [(g.key, g.members) for g in groups] == [
        ("a", (4,)),
        ("p", (2,)),
        ("q", (0, 3, 5)),
        (None, (1,)),
    ]
    quality = groups[2]
    assert quality.overdue == 1
    # Counts per status in the register's order, statuses nobody has left out.
    assert list(quality.counts.items()) == [(OPEN, 1), (LATE, 1), (DONE, 1)]
    assert groups[0].overdue == 0 and groups[0].counts == {OPEN: 1}


def test_same_name_different_units_stay_apart_and_case_is_ignored() -> None:
    groups = group_actions([("u2", "sales", OPEN), ("u1", "Sales", OPEN), ("u3", "b", OPEN)])
    assert [g.key for g in groups] == ["u3", "u1", "u2"]
    assert group_actions([]) == []


def test_groups_follow_the_organisation_s_order_when_given() -> None:
    rows = [("q", "质量部", OPEN), ("s", "销售部", OPEN), ("x", "外包组", OPEN), (None, "", OPEN)]
    # The org tree lists sales before quality; a unit it does not know comes after, by name.
    groups = group_actions(rows, {"s": 0, "q": 1})
    assert [g.key for g in groups] == ["s", "q", "x", None]


def test_the_due_windows_of_the_register() -> None:
    import datetime

    from perfdesk.core.actions import (
        DUE_ANY,
        DUE_MONTH,
        DUE_NONE,
        DUE_OVERDUE,
        DUE_WEEK,
        due_window_fits,
    )

    today = datetime.date(2026, 11, 23)

    def day(n: int) -> datetime.date:
        return today + datetime.timedelta(days=n)

    assert due_window_fits(DUE_ANY, None, DONE, today)
    assert due_window_fits(DUE_NONE, None, OPEN, today)
    assert not due_window_fits(DUE_NONE, day(3), OPEN, today)
    assert due_window_fits(DUE_OVERDUE, day(-2), LATE, today)
    assert not due_window_fits(DUE_OVERDUE, day(-2), DONE, today)  # done late is not overdue
    # Within 7 / 30 days: open actions due from today on, the last day included.
    assert due_window_fits(DUE_WEEK, day(0), OPEN, today)
    assert due_window_fits(DUE_WEEK, day(7), OPEN, today)
    assert not due_window_fits(DUE_WEEK, day(8), OPEN, today)
    assert due_window_fits(DUE_MONTH, day(30), OPEN, today)
    assert not due_window_fits(DUE_MONTH, day(31), OPEN, today)
    assert not due_window_fits(DUE_WEEK, day(3), DONE, today)
    assert not due_window_fits(DUE_WEEK, None, OPEN, today)
