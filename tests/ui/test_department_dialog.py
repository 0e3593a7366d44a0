"""File → New Department File…: pick a unit, see the counts, write the file, open it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from perfdesk.store.document import DocumentError, check_document
from perfdesk.store.exchange.department import OutputExists
from perfdesk.ui import department_dialog as dialog_module
from perfdesk.ui.department_dialog import DepartmentDialog, refusal_text
from perfdesk.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class FakeDialogs:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.asked: list[tuple[str, str]] = []

    def save_path(self, title: str, suggested: str = "") -> Path | None:
        self.asked.append((title, suggested))
        return self.path


def make_dialog(qtbot, window: MainWindow, out: Path | None) -> DepartmentDialog:  # type: ignore[no-untyped-def]
    assert window.context is not None
    dialog = DepartmentDialog(
        window.context.doc.path,
        window.context.units.values(),
        FakeDialogs(out),  # type: ignore[arg-type]
        window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_pick_a_department_see_the_counts_and_write_it(
    make_window, demo_zh: Path, tmp_path: Path, qtbot, zh
) -> None:
    window = make_window(demo_zh)
    before = digest(demo_zh)
    out = tmp_path / "销售部.perfdesk"
    dialog = make_dialog(qtbot, window, out)
    # The company is selected first: it has no department file of its own.
    assert not dialog.create_button.isEnabled()
    assert "公司" in dialog.note.text()
    qtbot.keyClicks(dialog.navigator.search, "SAL")  # its code; the first match is 销售部
    assert dialog.path_label.full_text() == "华信科技有限公司 / 销售部"
    assert dialog.create_button.isEnabled()
    assert dialog.plan is not None
    goals = dialog.plan.counts["goals"]
    assert dialog.counts["goals"].text().startswith(f"{goals:,}")
    assert "上级" in dialog.counts["goals"].text() or "以上" in dialog.counts["goals"].text()
    offered: list[str] = []
    dialog.confirm_open = lambda result: offered.append(result.plan.unit_name) or True
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert offered == ["销售部"]
    assert dialog.opened == out and dialog.result() == DepartmentDialog.DialogCode.Accepted
    assert dialog.dialogs.asked[0][1] == "销售部.perfdesk"  # type: ignore[attr-defined]
    assert check_document(out).ok
    assert check_document(out).counts["goals"] == goals
    assert digest(demo_zh) == before


def test_a_refusal_is_shown_and_leaves_no_file(
    make_window, demo_zh: Path, tmp_path: Path, qtbot, zh
) -> None:
    window = make_window(demo_zh)
    dialog = make_dialog(qtbot, window, demo_zh)  # the company file itself
    # setText: QTest aborts on keys outside ASCII (qasciikey.cpp).
    dialog.navigator.search.setText("市场部")
    errors: list[DocumentError] = []
    dialog.show_error = errors.append
    before = digest(demo_zh)
    dialog.write_file()
    assert isinstance(errors[0], OutputExists)
    what, todo = refusal_text(errors[0])
    assert "另" in todo or "编辑" in todo
    assert "demo.perfdesk" in what and "不能" in what
    assert digest(demo_zh) == before
    assert dialog.opened is None and dialog.isVisible()


def test_the_menu_action_opens_the_new_file_when_asked(
    make_window, demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_zh, language="en")
    assert window.department_action.isEnabled()
    out = tmp_path / "quality.perfdesk"
    window.dialogs.save_path = lambda *_args: out  # type: ignore[method-assign]

    def run(dialog: DepartmentDialog) -> int:
        dialog.navigator.search.setText("QUA")  # by its code
        dialog.confirm_open = lambda _result: True
        dialog.write_file()
        return int(dialog.result())

    monkeypatch.setattr(dialog_module.DepartmentDialog, "exec", run)
    window.department_action.trigger()
    assert window.context is not None and window.context.doc.path == out
    assert window.context.doc.meta("role") == "department"
    # A department file is open now: the action is for company files.
    assert not window.department_action.isEnabled()
    window.close_document()
    assert not window.department_action.isEnabled()
