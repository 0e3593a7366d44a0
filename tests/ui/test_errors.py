"""What a user reads when something goes wrong: refused files and unexpected errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from perfdesk.store.document import DamagedFile, NewerFile, NotPerfdeskFile
from perfdesk.ui.errors import crash_box, document_error_text


def test_document_errors_say_what_happened_and_what_to_do(zh) -> None:  # type: ignore[no-untyped-def]
    path = Path("/data/销售部.perfdesk")
    what, todo = document_error_text(NotPerfdeskFile(path, "not sqlite"))
    assert what == "“销售部.perfdesk”不是 perfdesk 文档。"
    assert "未被修改" in todo
    what, _ = document_error_text(NewerFile(path, 9, 3))
    assert "更新版本" in what
    what, todo = document_error_text(DamagedFile(path, "truncated"))
    assert "已损坏" in what and "备份" in todo


def test_unexpected_error_offers_the_details_to_copy(qtbot) -> None:  # type: ignore[no-untyped-def]
    try:
        raise KeyError("goal-123")
    except KeyError as error:
        box = crash_box(None, error, "Traceback ... KeyError: 'goal-123'")
    qtbot.addWidget(box)
    assert box.windowTitle() == "Unexpected error"
    assert "KeyError" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "goal-123" in QApplication.clipboard().text()
    assert any(box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole for b in box.buttons())


def test_damage_found_while_working_is_named_as_damage(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = crash_box(None, sqlite3.DatabaseError("database disk image is malformed"), "trace")
    qtbot.addWidget(box)
    assert box.windowTitle() == "Damaged document"
    assert "perfdesk check" in box.informativeText()
