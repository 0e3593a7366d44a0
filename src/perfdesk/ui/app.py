"""Start the Qt application: display check, language, bundled font, main window.

Kept lean on purpose: everything imported here is paid for at every start
(benchmarks/startup.py). Heavy libraries load inside the features that use them.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from perfdesk import __version__

APP_FONT_FAMILY = "WenQuanYi Micro Hei"


# Platforms that need no display server; anything else we do not know is left to Qt.
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "vkkhrdisplay", "eglfs", "linuxfb"}
_HOW = (
    "Run it on a desktop, or headless with `xvfb-run -a perfdesk ...` (Debian package "
    "xvfb), or with QT_QPA_PLATFORM=offscreen for a window nobody sees."
)


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """A one-line explanation when Qt would abort for want of a display, else None.

    Qt aborts the process (exit 134, with a misleading message) when the display
    it picks cannot be reached, so the sockets are tried first: an X display
    (DISPLAY) or a Wayland compositor (WAYLAND_DISPLAY) that is set but dead
    counts as missing. Connecting to a socket costs well under a millisecond.
    """
    env = os.environ if environ is None else environ
    if sys.platform != "linux":
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if platform in _HEADLESS_PLATFORMS:
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if platform == "xcb":
        wanted = [("DISPLAY", display)]
    elif platform.startswith("wayland"):
        wanted = [("WAYLAND_DISPLAY", wayland or "wayland-0")]
    elif platform:
        return None
    else:  # Qt's own choice: Wayland when a compositor answers, else X
        wanted = [("WAYLAND_DISPLAY", wayland), ("DISPLAY", display)]
    tried = []
    for name, value in wanted:
        if not value:
            continue
        reachable = _x_reachable(value) if name == "DISPLAY" else _wayland_reachable(value, env)
        if reachable:
            return None
        tried.append(f"{name}={value} does not answer")
    if not tried:
        what = (
            "DISPLAY is not set"
            if platform != "xcb"
            else "QT_QPA_PLATFORM=xcb but DISPLAY is not set"
        )
        return f"perfdesk: no display found ({what}). {_HOW}"
    return f"perfdesk: no display found ({'; '.join(tried)}). {_HOW}"


def _connects(family: int, address: Any) -> bool:
    import socket

    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            sock.connect(address)
        return True
    except OSError:
        return False


def _x_reachable(display: str) -> bool:
    """Whether an X server listens for `display` ("[host]:N[.S]", or a socket path)."""
    import socket

    if display.startswith("/"):  # XQuartz-style socket path
        return _connects(socket.AF_UNIX, display.split("+")[0])
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host.startswith("unix/"):
        host = host[5:]
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        # Linux X servers listen on the abstract socket too (and some only there).
        return _connects(socket.AF_UNIX, path) or _connects(socket.AF_UNIX, "\0" + path)
    return _connects(
        socket.AF_INET6 if ":" in host else socket.AF_INET, (host.strip("[]"), 6000 + int(number))
    )


def _wayland_reachable(name: str, env: Mapping[str, str]) -> bool:
    import socket

    runtime = env.get("XDG_RUNTIME_DIR", "")
    path = name if name.startswith("/") else os.path.join(runtime, name) if runtime else ""
    return bool(path) and _connects(socket.AF_UNIX, path)


def register_font() -> None:
    """Make the bundled CJK font available and a fallback for every widget.

    Without it a machine with no Chinese fonts shows every character as a box.
    """
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from perfdesk.paths import font_path

    if QFontDatabase.addApplicationFont(str(font_path())) < 0:
        print(f"perfdesk: could not load the bundled font {font_path()}", file=sys.stderr)
        return
    font = QApplication.font()
    families = [f for f in font.families() if f != APP_FONT_FAMILY]
    font.setFamilies([*families, APP_FONT_FAMILY])
    QApplication.setFont(font)
    QFont.insertSubstitution(font.family(), APP_FONT_FAMILY)


ICON_SIZES = (16, 32, 48, 64, 128, 256)  # resources/icons/perfdesk-<N>.png


def set_app_icon() -> None:
    """The icon of every window (title bar, task switcher) from resources/icons.

    Called after the first paint: QIcon's type costs ~8 ms at first use. On Linux
    desktops the launcher icon comes from the installed perfdesk.desktop entry.
    """
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from perfdesk.paths import icons_dir

    icon = QIcon()
    for size in ICON_SIZES:
        path = icons_dir() / f"perfdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    QApplication.setWindowIcon(icon)


def create_application(lang: str | None = None) -> tuple[Any, str]:
    """The QApplication with names, language and font set up; returns (app, language)."""
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.i18n import PSEUDO, install_translators, resolve_language
    from perfdesk.ui.settings import LANGUAGE, Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("perfdesk")
    app.setApplicationName("perfdesk")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("perfdesk")
    language = resolve_language(lang or Settings().get(LANGUAGE))
    install_translators(app, language)
    register_font()
    # Pseudo translation stretches the interface texts; data is shown as in English.
    return app, "en" if language == PSEUDO else language


def open_files_sent_to(app: Any, window: Any) -> Any:
    """Open the files the system hands a running app (macOS: a .perfdesk double-clicked
    in Finder while perfdesk runs arrives as a FileOpen event, not as an argument)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from perfdesk.ui.guard import call_guarded

    class FileOpenFilter(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() != QEvent.Type.FileOpen:
                return False
            path = Path(event.file())
            # After the event returns: opening may show dialogs (lock, damaged file).
            QTimer.singleShot(0, lambda: call_guarded(window.open_path, path))
            return True

    opener = FileOpenFilter(app)
    app.installEventFilter(opener)
    return opener


def start_window(
    file: Path | None = None,
    demo: bool = False,
    read_only: bool = False,
    lang: str | None = None,
    unattended: bool = False,
) -> tuple[Any, Any]:
    """Create the application and show the main window on `file` (or the demo).

    `unattended` (a screenshot run, nobody at the screen): a file someone has open is
    opened read-only instead of asking.
    """
    app, language = create_application(lang)

    from perfdesk.ui.errors import install_crash_handler
    from perfdesk.ui.guard import call_guarded
    from perfdesk.ui.lock_dialog import LockChoice
    from perfdesk.ui.main_window import MainWindow

    window = MainWindow(language=language)
    window.after_first_paint(set_app_icon)  # the title bar shows it; the first frame need not
    # Modules, classes and the window live as long as the app: out of the collector's
    # sight, a full collection walks half the objects (company file: 78-111 ms -> 40-53 ms,
    # stalls that land in the middle of an expand or a tab switch).
    gc.freeze()
    gc.enable()  # `perfdesk FILE` (cli._open) turns it off for the imports and the window
    if unattended:
        window.unattended_lock_choice = LockChoice.READ_ONLY
    install_crash_handler(window)
    if sys.platform == "darwin":  # elsewhere a file comes as an argument to a new process
        open_files_sent_to(app, window)  # an app-wide filter sees every event: only there
    window.show()
    # Guarded: a document that fails in an unexpected way gets the crash dialog, not a
    # traceback and exit 1; a refused or damaged one gets its message (non-blocking).
    if demo:
        call_guarded(window.open_demo)
    elif file is not None:
        call_guarded(window.open_path, file, read_only)
    return app, window


def run_app(
    file: Path | None = None,
    demo: bool = False,
    read_only: bool = False,
    lang: str | None = None,
    screenshot: Path | None = None,
) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    app, window = start_window(file, demo, read_only, lang, unattended=screenshot is not None)
    # Opening is done by now; closing the window later closes the document too.
    refused = (file is not None or demo) and window.context is None
    if screenshot is not None:
        from PySide6.QtCore import QTimer

        def grab() -> None:
            window.grab().save(str(screenshot))
            window.close()

        QTimer.singleShot(300, grab)
    status = int(app.exec())
    if status == 0 and refused:
        return 1  # the document asked for could not be opened (the reason was shown)
    return status
