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
    assert look.color(Status.RED).name() == "#d55e00"


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
