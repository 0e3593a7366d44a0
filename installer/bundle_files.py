"""What goes into the standalone build: the rules installer/perfdesk.spec applies.

Kept apart from the spec (which only PyInstaller can run) so tests/installer/ can
check them: every folder of resources/ ships, Qt plugins and libraries perfdesk does
not use stay out, and so do Python packages it never imports. installer/README.md
says why for each.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

# Source-only files in resources/: translation sources (Qt loads the compiled .qm).
RESOURCE_SKIP_SUFFIXES = {".ts", ".pyc"}


def resource_datas(resources: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every file under `resources`, as PyInstaller's
    `datas`: the whole tree lands at <bundle>/resources, where perfdesk.paths looks when
    frozen (fonts, translations, icons, the user guide once it lands, and anything
    added later)."""
    found = []
    for path in sorted(resources.rglob("*")):
        if (
            path.is_file()
            and path.suffix not in RESOURCE_SKIP_SUFFIXES
            and not any(part.startswith(".") for part in path.relative_to(resources).parts)
            and "__pycache__" not in path.parts
        ):
            folder = PurePosixPath("resources", *path.parent.relative_to(resources).parts)
            found.append((str(path), str(folder)))
    return found


# Python packages perfdesk never imports; the hooks would otherwise drag them in.
EXCLUDES = [
    # Not used by perfdesk's code: only sqlite-utils imports it, optionally, to map
    # pandas types. ~60 MB with its tests and data.
    "pandas",
    # Tests and test tools.
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "numpy.tests",
    "matplotlib.tests",
    "matplotlib.testing",
    # Other GUI toolkits and Qt bindings matplotlib's Qt backend would probe.
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "jedi",
    # Qt modules perfdesk does not use. QtMultimedia is not in PySide6-Essentials; the
    # meeting tone (ui/meeting_sound.py) falls back to QApplication.beep() without it.
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtSvgWidgets",
    "PySide6.QtXml",
    # Pillow's codecs perfdesk never reads or writes (AVIF with libavif: 5 MB, WebP),
    # colour management and Tk; Pillow loads its format plugins only if present.
    # matplotlib (PNG in memory) and printing (pdfium bitmaps) use the core only.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    # Build-time only.
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
]

# Qt plugins kept, by folder under PySide6/Qt/plugins and file stem (Linux lib*.so,
# Windows *.dll, macOS lib*.dylib); every other plugin is dropped.
KEEP_PLUGINS = {
    # The desktop (X11, Wayland, Windows, macOS) and offscreen/minimal (tests, CI).
    "platforms": {
        "libqxcb",
        "libqwayland",
        "libqoffscreen",
        "libqminimal",
        "qwindows",
        "qoffscreen",
        "qminimal",
        "libqcocoa",
    },
    # SVG/JPEG/GIF/ICO pictures (PNG is built into QtGui); ICNS on macOS.
    "imageformats": {
        "libqsvg",
        "libqjpeg",
        "libqgif",
        "libqico",
        "libqicns",
        "qsvg",
        "qjpeg",
        "qgif",
        "qico",
    },
    "iconengines": {"libqsvgicon", "qsvgicon"},
    # Compose keys and IBus (Chinese input methods). fcitx ships its own plugin for the
    # system's Qt, which a bundled Qt cannot load; IBus works there too.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin",
        "libibusplatforminputcontextplugin",
    },
    # Printing: CUPS, Windows, macOS.
    "printsupport": {"libcupsprintersupport", "windowsprintersupport", "libcocoaprintersupport"},
    # The desktop portal: native file dialogs under GNOME/KDE/Flatpak. The GTK3 theme
    # plugin is left out: it needs the GTK libraries, which would then be bundled.
    "platformthemes": {"libqxdgdesktopportal"},
    "xcbglintegrations": {"libqxcb-glx-integration", "libqxcb-egl-integration"},
    "wayland-decoration-client": {"libbradient", "libadwaita"},
    "wayland-graphics-integration-client": {"libqt-plugin-wayland-egl"},
    "wayland-shell-integration": {"libxdg-shell"},
    "styles": {"qwindowsvistastyle", "qmodernwindowsstyle", "libqmacstyle"},
}

# Qt's own translations: only the languages perfdesk speaks (standard buttons in zh).
KEEP_QT_TRANSLATIONS = re.compile(r"qt(base)?_(zh_CN|en)\.qm$")

# Qt libraries only dropped modules and plugins need (the binary analysis adds them for
# plugins that are removed afterwards; none of the kept ones links them).
UNUSED_QT_LIBRARIES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6WebEngine",
    "Qt6Pdf",
    "Qt6Multimedia",
    "Qt6Designer",
    "Qt6Lottie",
    "Qt6VirtualKeyboard",
    "Qt6Labs",
    "Qt63D",
    "Qt6Sql",
    "Qt6Help",
    "Qt6Test",
    "Qt6Network",
    "Qt6OpenGLWidgets",
    "Qt6Concurrent",
    "Qt6WaylandCompositor",
    "Qt6EglFS",
)


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) ships."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) > index + 2:
            folder, stem = parts[index + 1], parts[-1].split(".")[0]
            return stem in KEEP_PLUGINS.get(folder, set())
    if "translations" in parts and "resources" not in parts and dest.endswith(".qm"):
        return bool(KEEP_QT_TRANSLATIONS.search(dest))
    name = parts[-1]
    if name.startswith(tuple(f"lib{q}" for q in UNUSED_QT_LIBRARIES)) or name.startswith(
        UNUSED_QT_LIBRARIES
    ):
        return False
    if "mpl-data" in parts:
        return _keep_matplotlib_data(parts)
    return True


# matplotlib's fonts: the chart draws with the bundled WenQuanYi font, DejaVu Sans is
# matplotlib's default and fallback, STIX/Computer Modern serve math text, LastResort
# draws missing glyphs. Serif and monospace faces and the AFM/PDF core font metrics
# (PostScript and PDF output, which perfdesk does not use: reports are reportlab) stay.
_MATPLOTLIB_FONT_DROPS = ("DejaVuSerif", "DejaVuSansMono", "DejaVuSansDisplay")


def _keep_matplotlib_data(parts: tuple[str, ...]) -> bool:
    if "sample_data" in parts or "afm" in parts or "pdfcorefonts" in parts:
        return False
    return not ("fonts" in parts and parts[-1].startswith(_MATPLOTLIB_FONT_DROPS))


def keep_module(name: str) -> bool:
    """Whether a Python module ships: no test packages of any library."""
    return ".tests" not in name and not name.endswith(".conftest")
