"""Action statuses are told apart without their words: Done and Verified, both on target
(blue), differ by shape — Verified carries a tick — and so in grey too."""

from __future__ import annotations

from PySide6.QtGui import QImage

from perfdesk.core.actions import ActionStatus
from perfdesk.ui.models.action_table import status_icon


def _grey(status: ActionStatus) -> QImage:
    image = status_icon(status).pixmap(28, 28).toImage()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def test_done_and_verified_differ_in_shape_even_in_grey(qtbot) -> None:  # type: ignore[no-untyped-def]
    done, verified = _grey(ActionStatus.DONE), _grey(ActionStatus.VERIFIED)
    assert done.size() == verified.size()
    differing = sum(
        1
        for x in range(done.width())
        for y in range(done.height())
        if abs(done.pixelColor(x, y).lightness() - verified.pixelColor(x, y).lightness()) > 60
    )
    assert differing > 20  # a tick, not a colour shift: visible in black and white
    assert status_icon(ActionStatus.VERIFIED) is status_icon(ActionStatus.VERIFIED)  # drawn once
