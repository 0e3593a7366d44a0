"""Translated sentences are filled once, so typed text shows exactly as typed."""

from __future__ import annotations

from perfdesk.ui.text import fill


def test_values_containing_placeholders_are_not_substituted_again() -> None:
    assert fill("%1 of %2 present", "张%2三", 10) == "张%2三 of 10 present"


def test_order_in_the_translation_may_differ_from_the_source() -> None:
    assert fill("%2 人中出席 %1 人", 9, 10) == "10 人中出席 9 人"
    assert fill("Weights add up to %1%, not 100%.", 95) == "Weights add up to 95%, not 100%."
    assert fill("%3 missing", "a") == "%3 missing"
