"""What the standalone build ships (installer/bundle_files.py, used by perfdesk.spec)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def files() -> ModuleType:
    return _load("bundle_files")


def test_every_resources_folder_ships(files: ModuleType) -> None:
    shipped = {folder for _file, folder in files.resource_datas(ROOT / "resources")}
    for folder in (ROOT / "resources").iterdir():
        if folder.is_dir():
            assert f"resources/{folder.name}" in shipped, folder.name
    sources = [f for f, _ in files.resource_datas(ROOT / "resources")]
    assert not any(f.endswith(".ts") for f in sources), "translation sources stay out"
    assert any(f.endswith("perfdesk_zh_CN.qm") for f in sources)
    assert any(f.endswith("wqy-microhei.ttc") for f in sources)


def test_a_guide_added_later_ships_with_its_subfolders(files: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "f.ttc").write_bytes(b"x")
    (tmp_path / "guide" / "zh" / "img").mkdir(parents=True)
    (tmp_path / "guide" / "zh" / "index.html").write_text("<h1>用户指南</h1>")
    (tmp_path / "guide" / "zh" / "img" / "goals.png").write_bytes(b"png")
    (tmp_path / "guide" / ".DS_Store").write_bytes(b"junk")
    datas = sorted(folder for _f, folder in files.resource_datas(tmp_path))
    assert datas == ["resources/fonts", "resources/guide/zh", "resources/guide/zh/img"]


@pytest.mark.parametrize(
    ("dest", "shipped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
        ("libQt6Network.so.6", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/assistant_zh_CN.qm", False),
        ("resources/translations/perfdesk_zh_CN.qm", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", True),  # math text
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSerif-Bold.ttf", False),
        ("matplotlib/mpl-data/fonts/pdfcorefonts/Helvetica.afm", False),
        ("matplotlib/mpl-data/matplotlibrc", True),
    ],
)
def test_unused_qt_parts_stay_out(files: ModuleType, dest: str, shipped: bool) -> None:
    assert files.keep(dest) is shipped


def test_modules_perfdesk_loads_are_not_excluded(files: ModuleType) -> None:
    used = {
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtPrintSupport",
        "matplotlib",
        "numpy",
        "reportlab",
        "sqlite_utils",
        "pypinyin",
        "pypdfium2",
        "python_calamine",
        "xlsxwriter",
        "PIL",
    }
    assert not used & set(files.EXCLUDES)
    assert {
        "pandas",
        "pytest",
        "hypothesis",
        "tkinter",
        "PySide6.QtWebEngineCore",
        "PySide6.QtQml",
        "PySide6.QtMultimedia",
        "PIL._avif",
    } <= set(files.EXCLUDES)
    assert not files.keep_module("numpy.tests.test_x")
    assert files.keep_module("perfdesk.ui.goals_tab")


def test_perfdesk_code_imports_nothing_the_bundle_excludes(files: ModuleType) -> None:
    """A new import of an excluded package would only fail in the built app."""
    excluded = set(files.EXCLUDES) - {"PySide6.QtMultimedia"}  # optional (meeting_sound)
    for path in (ROOT / "src" / "perfdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in excluded:
            for form in (f"import {name}\n", f"from {name} import", f"import {name} as"):
                assert form not in text, f"{path.relative_to(ROOT)} imports {name}"


def test_spec_uses_the_rules(files: ModuleType) -> None:
    spec = (INSTALLER / "perfdesk.spec").read_text(encoding="utf-8")
    for needed in (
        "resource_datas(RESOURCES)",
        "excludes=EXCLUDES",
        "keep(entry[0])",
        'collect_submodules("perfdesk"',
        "console=False",
        'name="perfdesk"',
    ):
        assert needed in spec, needed
