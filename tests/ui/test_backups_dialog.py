"""File → Restore Backup… in the window: pick a backup with the keyboard, Enter restores
it, the window shows the restored data with an empty undo history; foreign backups and
a full disk are refused with a message and the document unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from perfdesk.store import backups, ops
from perfdesk.store.backups import list_backups, take_backup
from perfdesk.store.document import Document
from perfdesk.ui import backups_dialog
from perfdesk.ui.backups_dialog import BackupsDialog
from perfdesk.ui.settings import BACKUPS_KEEP


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unit_named(window: Any, name: str) -> str | None:
    return next((u.id for u in window.context.units.values() if u.name == name), None)


def open_dialog(window: Any, qtbot: Any) -> BackupsDialog:
    window.restore_backup_action.trigger()
    dialog = window.backups_dialog
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    checked(dialog, qtbot)
    return dialog


def checked(dialog: BackupsDialog, qtbot: Any) -> None:
    """Wait for the selected backup's check (it runs on a worker thread)."""
    if dialog.selected() is not None:
        qtbot.waitUntil(lambda: "…" not in dialog.detail.text(), timeout=20000)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The restore question, answered yes; what it said is collected."""
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, informative: str, _action: str) -> bool:
        asked.append(text + "\n" + informative)
        return True

    monkeypatch.setattr(backups_dialog, "ask", yes)
    return asked


def test_enter_restores_the_selected_backup_and_the_window_shows_it(
    make_window: Any,
    zh: None,
    demo_zh: Path,
    qtbot: Any,
    answers: list[str],
    crash_reports: list[BaseException],
) -> None:
    window = make_window(demo_zh)
    doc = window.context.doc
    sales = unit_named(window, "销售部")
    assert sales is not None
    with doc.transaction():  # the write lock, as every backup is taken
        older = take_backup(doc.path, "merge")
    take_backup(doc.path, "import")  # the newest: the list selects it first
    saved = sha(older)
    window.run_op("rename", lambda d: ops.rename_org_unit(d, sales, "销售一部"))
    assert unit_named(window, "销售一部") == sales
    assert window.undo_stack.count() == 1
    edited = sha(demo_zh)

    window.import_actuals_action.trigger()  # a tool on the document is open meanwhile
    importing = window.import_dialog
    assert importing is not None and importing.isVisible()
    dialog = open_dialog(window, qtbot)
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.focusWidget() is dialog.tree  # the list has the keyboard first
    assert "合并" in dialog.tree.topLevelItem(1).text(1)  # before a merge
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)  # the older one
    assert dialog.selected() is not None and dialog.selected().path == older
    checked(dialog, qtbot)
    assert doc.document_id in dialog.detail.text()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)

    assert len(answers) == 1 and "撤销" in answers[0]  # says the undo history is cleared
    qtbot.waitUntil(lambda: window.backups_dialog is None)
    assert window.import_dialog is None  # closed: it worked on the document replaced
    assert sha(demo_zh) == saved
    assert window.context.doc is not doc and not window.context.doc.read_only
    assert unit_named(window, "销售部") == sales and unit_named(window, "销售一部") is None
    assert window.undo_stack.count() == 0
    message = window.backups_message
    assert message is not None and "已从" in message.text()
    (before,) = [b for b in list_backups(demo_zh) if b.kind == "restore"]
    assert before.path.name in message.informativeText()
    assert sha(before.path) == edited  # the restore itself can be undone from the list
    message.close()

    # ... and restoring that copy brings the rename back.
    dialog = open_dialog(window, qtbot)
    assert dialog.selected() is not None and dialog.selected().kind == "restore"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.backups_dialog is None)
    assert unit_named(window, "销售一部") == sales
    assert sha(demo_zh) == edited
    assert crash_reports == []


def test_a_foreign_backup_cannot_be_restored_and_says_why(
    make_window: Any, zh: None, demo_zh: Path, tmp_path: Path, qtbot: Any, answers: list[str]
) -> None:
    other = tmp_path / "other.perfdesk"
    Document.create(other).close()
    demo_zh.with_name(f"{demo_zh.name}.merge-20260101T000000.bak").write_bytes(other.read_bytes())
    window = make_window(demo_zh)
    before = sha(demo_zh)
    dialog = open_dialog(window, qtbot)
    assert "另一个文档" in dialog.detail.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert answers == [] and sha(demo_zh) == before
    dialog.close()


def test_too_little_space_refuses_the_restore_with_a_message(
    make_window: Any,
    zh: None,
    demo_zh: Path,
    qtbot: Any,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_zh)
    doc = window.context.doc
    take_backup(doc.path, "merge")
    before = sha(demo_zh)
    dialog = open_dialog(window, qtbot)
    monkeypatch.setattr(backups, "free_space", lambda folder: 2048)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    message = window.backups_message
    assert message is not None and "空间不足" in message.text()
    assert str(demo_zh.parent) in message.informativeText()
    assert sha(demo_zh) == before
    assert window.context.doc is doc and not doc.read_only  # still open for editing
    assert [b.kind for b in list_backups(demo_zh)] == ["merge"]  # no restore copy left
    message.close()
    dialog.close()


def test_the_kept_number_is_a_setting_the_store_follows(
    make_window: Any, zh: None, demo_zh: Path, qtbot: Any
) -> None:
    window = make_window(demo_zh)
    dialog = open_dialog(window, qtbot)
    try:
        dialog.keep.setValue(5)
        assert backups.keep() == 5
        assert window.settings.get(BACKUPS_KEEP) == 5
        assert "没有" in dialog.detail.text()  # no backups yet, and it says so
        assert not dialog.restore_button.isEnabled()
    finally:
        backups.set_keep(backups.DEFAULT_KEEP)
        dialog.close()
    QApplication.processEvents()


def test_a_read_only_document_has_nothing_to_restore(
    make_window: Any, zh: None, demo_zh: Path, qtbot: Any
) -> None:
    window = make_window(demo_zh, read_only=True)
    window.restore_backup_action.trigger()
    assert window.backups_dialog is None
    assert window.backups_message is not None and "只读" in window.backups_message.text()
    window.backups_message.close()


def test_a_document_that_cannot_be_opened_is_restored_from_its_list(
    make_window: Any,
    zh: None,
    demo_zh: Path,
    qtbot: Any,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = take_backup(demo_zh, "import")
    body = demo_zh.read_bytes()
    demo_zh.write_bytes(body[:4096])  # cut off after its first page
    window = make_window(None)
    monkeypatch.setattr(window.dialogs, "open_path", lambda: demo_zh)
    window.restore_backup_action.trigger()  # no document open: pick one
    assert window.context is None  # it could not be opened (its message says why)
    dialog = window.backups_dialog
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    checked(dialog, qtbot)
    assert dialog.selected() is not None and dialog.selected().path == backup
    assert dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.backups_dialog is None)
    assert answers and sha(demo_zh) == sha(backup)
    assert window.context is not None and window.context.doc.path == demo_zh
    assert unit_named(window, "销售部") is not None
    (before,) = [b for b in list_backups(demo_zh) if b.kind == "restore"]
    assert before.path.read_bytes() == body[:4096]  # the cut-off file is kept, not lost
    for widget in QApplication.topLevelWidgets():  # the open's and the restore's messages
        if widget.isVisible() and widget is not window:
            widget.close()


def test_an_upgrade_without_room_for_its_backup_says_how_much_and_where(
    make_window: Any,
    zh: None,
    v1_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    before = sha(v1_file)
    monkeypatch.setattr(backups, "free_space", lambda folder: 1_000_000)
    window = make_window(None)
    assert not window.open_path(v1_file)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    assert "空间不足" in boxes[0].text() and v1_file.name in boxes[0].text()
    assert str(v1_file.parent) in boxes[0].informativeText()
    assert "1.0 MB" in boxes[0].informativeText() or "1.0 MB".replace(".", ",") in (
        boxes[0].informativeText()
    )
    assert sha(v1_file) == before and list_backups(v1_file) == []
    boxes[0].close()
