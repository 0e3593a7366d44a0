"""The Qt binding itself must not corrupt Python: a guard for upgrades of PySide6."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_returning_nothing_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 decremented None's reference count on every such call, so a
    # window that built a few thousand tree items (a company org tree) aborted.
    model = QStandardItemModel()
    item = QStandardItem("销售部")
    model.appendRow(item)
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setToolTip("")
        item.setData(True, Qt.ItemDataRole.UserRole + 1)
    assert sys.getrefcount(None) >= before - 10
