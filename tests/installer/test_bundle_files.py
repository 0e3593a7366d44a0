"""What the standalone build ships (installer/bundle_files.py, used by perfdesk.spec)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
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
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/LICENSE_DEJAVU", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Oblique.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),  # math text is off
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSerif-Bold.ttf", False),
        ("matplotlib/mpl-data/fonts/pdfcorefonts/Helvetica.afm", False),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("pypinyin/phrases_dict.json", False),
        ("pypinyin/pinyin_dict.json", True),
        # Left to the system: libcups (and, by the spec's orphan pass, what only it links).
        ("libcups.so.2", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("libdbus-1.so.3", True),
        ("libsqlite3.so.0", True),
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
        "ssl",
        "_ssl",
        "_hashlib",
        "numpy.random",
    } <= set(files.EXCLUDES)
    assert "hashlib" not in files.EXCLUDES  # its builtin sha256/md5/... stay
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
        # numpy loads numpy.random on first use of the attribute, not by an import.
        assert "np.random" not in text and "numpy.random" not in text, path


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


def _without_openssl(code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh Python where ssl, _ssl and _hashlib cannot be imported,
    as in the bundle."""
    blocked = "import sys\nfor n in ('ssl', '_ssl', '_hashlib'):\n    sys.modules[n] = None\n"
    return subprocess.run(
        [sys.executable, "-c", blocked + code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_perfdesk_hashes_without_openssl(files: ModuleType, tmp_path: Path) -> None:
    """The bundle leaves OpenSSL out: package checksums, import fingerprints and
    reportlab's PDFs use Python's own hash modules."""
    assert {"ssl", "_hashlib"} <= set(files.EXCLUDES)
    made = _without_openssl(
        "import hashlib\n"
        "from pathlib import Path\n"
        "from perfdesk.core.import_mapping import header_signature\n"
        "from perfdesk.store.exchange.package import _sha256\n"
        "from reportlab.pdfgen.canvas import Canvas\n"
        f"pdf = Path({str(tmp_path / 'x.pdf')!r})\n"
        "canvas = Canvas(str(pdf))\n"
        "canvas.drawString(72, 720, 'perfdesk')\n"
        "canvas.save()\n"
        "assert _sha256(pdf) == hashlib.sha256(pdf.read_bytes()).hexdigest()\n"
        "print(header_signature(['月份', '销售额']))\n"
    )
    assert made.returncode == 0, made.stderr
    assert len(made.stdout.strip()) == 32


def test_pinyin_search_never_reads_the_phrase_dictionary() -> None:
    """The bundle leaves pypinyin's phrase dictionary out: the search must not load it."""
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from perfdesk.core.org_search import readings\n"
            "assert 'xsb' in readings('销售部')\n"
            "print('pypinyin.phrases_dict' in sys.modules)\n",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "PYPINYIN_NO_PHRASES"},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


def test_what_only_a_library_left_to_the_system_links_goes_too(files: ModuleType) -> None:
    """libcups stays out, so gnutls (which only it links) goes; libdbus, which Qt links
    too, stays."""
    links = {
        "plugins/libcupsprintersupport.so": ["libcups.so.2", "libQt6Gui.so.6"],
        "lib/libcups.so.2": ["libgnutls.so.30", "libdbus-1.so.3"],
        "lib/libgnutls.so.30": ["libnettle.so.8"],
        "lib/libQt6Gui.so.6": ["libQt6DBus.so.6", "libGL.so.1"],
        "lib/libQt6DBus.so.6": ["libdbus-1.so.3"],
    }
    bundled = ["libgnutls.so.30", "libnettle.so.8", "libQt6Gui.so.6", "libQt6DBus.so.6"]
    libraries = {name: f"lib/{name}" for name in [*bundled, "libdbus-1.so.3"]}
    assert not files.keep("libcups.so.2")
    wanted = files.linked_libraries(
        libraries, ["plugins/libcupsprintersupport.so"], lambda f: links.get(f, [])
    )
    assert wanted == {"libQt6Gui.so.6", "libQt6DBus.so.6", "libdbus-1.so.3"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_direct_links_are_read_from_the_file_not_ldd(files: ModuleType) -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt/plugins/printsupport/libcupsprintersupport.so"
    if not plugin.exists():
        pytest.skip("no CUPS print plugin in this PySide6")
    needed = files.elf_needed(plugin)
    assert needed is not None and "libcups.so.2" in needed and "libQt6Gui.so.6" in needed
    assert "libgnutls.so.30" not in needed  # ldd would list it, through libcups
    assert files.elf_needed(ROOT / "installer" / "bundle_files.py") is None
