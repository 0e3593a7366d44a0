"""Status is never colour alone: each has its own shape, word and colour-blind-safe colour."""

from __future__ import annotations

from perfdesk.core.kpi import Status
from perfdesk.ui.widgets import status as look


def test_each_status_has_its_own_shape_word_and_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    images = {s: look.pixmap(s).toImage() for s in Status}
    # Compared in grey: the shapes differ even with the colour taken away.
    greys = {
        s: image.convertToFormat(image.Format.Format_Grayscale8) for s, image in images.items()
    }
    assert len({bytes(g.constBits()) for g in greys.values()}) == len(Status)
    assert [look.word(s) for s in Status] == [
        "On target",
        "Warning",
        "Below target",
        "No data",
        "Incomplete",
    ]
    assert look.color(Status.GREEN).name() == "#0072b2"
    assert look.color(Status.AMBER).name() == "#e69f00"
    assert look.color(Status.RED).name() == "#b2182b"


def test_the_status_colours_stay_apart_under_deuteranopia() -> None:
    """Warning and below-target cells must not look alike to a colour-blind reader
    (the orange and vermillion tints were ΔE00 4.5 apart under deuteranopia)."""
    from itertools import combinations

    from perfdesk.ui.colour_vision import delta_e, parse, seen_apart

    for palette, least in ((look.TINTS, 15.0), (look.COLORS, 20.0)):
        judged = {s: c.name() for s, c in palette.items() if s is not Status.INCOMPLETE}
        for first, second in combinations(judged.values(), 2):
            assert seen_apart(first, second) >= least, (first, second)
            assert delta_e(parse(first), parse(second)) >= least, (first, second)
    # The simulation itself: green and red are the classic pair deuteranopia merges.
    assert seen_apart("#00A000", "#C04000") < 12 < delta_e(parse("#00A000"), parse("#C04000"))


def test_legend_states_the_thresholds_of_the_kpis_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.kpi import Kpi

    legend = look.StatusLegend()
    qtbot.addWidget(legend)
    sales = Kpi("s", "S", "Sales amount", amber_below=0.95, red_below=0.85)
    orders = Kpi("o", "O", "Orders", amber_below=0.95, red_below=0.85)
    legend.set_kpis([sales, orders])
    assert "On target: achievement ≥ 95%" in legend.text()
    assert "Below target: below 85%" in legend.text()
    assert "Default" not in legend.text()
    turnover = Kpi("t", "T", "Staff turnover", amber_below=0.85, red_below=0.65)
    legend.set_kpis([sales, turnover])
    text = legend.text()
    assert "95% / 85%: Sales amount" in text and "85% / 65%: Staff turnover" in text
    legend.set_kpis(None)
    assert "On target: achievement ≥ 100%" in legend.text()


def test_legend_states_the_thresholds(qtbot) -> None:  # type: ignore[no-untyped-def]
    legend = look.StatusLegend()
    qtbot.addWidget(legend)
    text = legend.text()
    assert "On target: achievement ≥ 100%" in text
    assert "Warning: 90% to 100%" in text
    assert "Below target: below 90%" in text


def test_legend_in_chinese(qtbot, zh) -> None:  # type: ignore[no-untyped-def]
    legend = look.StatusLegend()
    qtbot.addWidget(legend)
    assert "达标：达成率 ≥ 100%" in legend.text() and "未达标：低于 90%" in legend.text()
