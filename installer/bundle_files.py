"""What goes into the standalone build: the rules installer/perfdesk.spec applies.

Kept apart from the spec (which only PyInstaller can run) so tests/installer/ can
check them: every folder of resources/ ships, Qt plugins and libraries perfdesk does
not use stay out, and so do Python packages it never imports. installer/README.md
says why for each.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterable
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
    # TLS and OpenSSL's hashes (libssl + libcrypto: 5.3 MB): perfdesk never opens a
    # network connection, and hashlib falls back to Python's own sha256/sha512/md5/sha1/
    # sha3/blake2 modules (lib-dynload), which is all perfdesk (package checksums,
    # import fingerprints) and reportlab (md5) use. The standard library imports ssl
    # optionally (urllib, http.client, asyncio) and hmac falls back without _hashlib.
    "ssl",
    "_ssl",
    "_hashlib",
    # numpy's random generators (2.7 MB, loaded by numpy only on first use of np.random:
    # matplotlib uses it only in docstrings and boxplot bootstraps, perfdesk not at
    # all), its Fortran wrapper generator f2py and charset_normalizer, which only f2py
    # imports; pydoc's help() topics.
    "numpy.random",
    "numpy.f2py",
    "charset_normalizer",
    "pydoc_data",
    # Line editing for interactive input() (with libreadline and libtinfo): the command
    # line asks nothing interactively.
    "readline",
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


# System libraries the bundle leaves to the system (Linux), with everything only they
# link: libcups (linked by Qt's CUPS print plugin) brings gnutls, nettle, gmp, p11-kit,
# libidn2, libunistring, libtasn1, Kerberos and Avahi along (~9 MB). Every desktop that
# prints has libcups, matched to its cupsd and kept up to date by the system's security
# updates; where it is missing the plugin does not load and Qt prints to PDF files only.
SYSTEM_LIBRARIES = ("libcups.so",)

# Data files nothing reads: pypinyin's phrase dictionary (2.5 MB). perfdesk imports
# pypinyin with PYPINYIN_NO_PHRASES (core/org_search.load_pinyin), which skips it.
UNUSED_DATA = ("pypinyin/phrases_dict.json",)


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) ships."""
    posix = dest.replace("\\", "/")
    if posix.endswith(UNUSED_DATA):
        return False
    parts = PurePosixPath(posix).parts
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) > index + 2:
            folder, stem = parts[index + 1], parts[-1].split(".")[0]
            return stem in KEEP_PLUGINS.get(folder, set())
    if "translations" in parts and "resources" not in parts and dest.endswith(".qm"):
        return bool(KEEP_QT_TRANSLATIONS.search(dest))
    name = parts[-1]
    if name.startswith(SYSTEM_LIBRARIES):
        return False
    if name.startswith(tuple(f"lib{q}" for q in UNUSED_QT_LIBRARIES)) or name.startswith(
        UNUSED_QT_LIBRARIES
    ):
        return False
    if "mpl-data" in parts:
        return _keep_matplotlib_data(parts)
    return True


# matplotlib's fonts: the charts draw with the bundled WenQuanYi font (ui/action_chart.py
# puts it first), DejaVu Sans regular and bold is matplotlib's default and fallback for
# Latin text, LastResort draws missing glyphs (matplotlib opens it with every font).
# Left out: the oblique, serif and monospace DejaVu faces, STIX and Computer Modern (the
# math text font sets: perfdesk turns math text off, so a "$" in a unit is just text)
# and the AFM/PDF core font metrics (PostScript/PDF output; reports are reportlab).
MATPLOTLIB_FONTS = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LastResortHE-Regular.ttf"}


def _keep_matplotlib_data(parts: tuple[str, ...]) -> bool:
    if "sample_data" in parts or "afm" in parts or "pdfcorefonts" in parts:
        return False
    if "fonts" in parts:
        return parts[-1] in MATPLOTLIB_FONTS or parts[-1].startswith("LICENSE")
    return True


def keep_module(name: str) -> bool:
    """Whether a Python module ships: no test packages of any library."""
    return ".tests" not in name and not name.endswith(".conftest")


def elf_needed(path: str | Path) -> list[str] | None:
    """The libraries an ELF file links directly (its DT_NEEDED entries), or None when it
    is not an ELF file this reads. PyInstaller's own answer on Linux comes from `ldd`,
    which lists the whole closure, including what a library left to the system
    (SYSTEM_LIBRARIES) links: following that would keep libcups's dependencies."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2) or data[5] not in (1, 2):
        return None
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, shentsize, shnum = struct.unpack_from(order + "Q10xHH", data, 0x28)
        section, entry = order + "4xI8x8xQQI4x8xQ", order + "qQ"
    else:
        shoff, shentsize, shnum = struct.unpack_from(order + "I10xHH", data, 0x20)
        section, entry = order + "4xI4x4xIII4x4xI", order + "iI"
    sections = [
        struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)
    ]  # (type, offset, size, link, entry size)
    names = []
    for kind, offset, size, link, entsize in sections:
        if kind != 6 or not entsize:  # SHT_DYNAMIC
            continue
        strings = sections[link][1]
        for at in range(offset, offset + size, entsize):
            tag, value = struct.unpack_from(entry, data, at)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strings + value)
                names.append(data[strings + value : end].decode())
    return names


def linked_libraries(
    libraries: dict[str, str], roots: Iterable[str], needed: Callable[[str], Iterable[str]]
) -> set[str]:
    """The names in `libraries` (library name -> its file) reachable by linking from the
    files `roots`, where needed(file) gives the names a file links. A library that is
    not in `libraries` (left to the system, or never collected) is not followed."""
    wanted: set[str] = set()
    queue, seen = list(roots), set()
    while queue:
        file = queue.pop()
        if file in seen:
            continue
        seen.add(file)
        for name in needed(file):
            if name in libraries and name not in wanted:
                wanted.add(name)
                queue.append(libraries[name])
    return wanted
