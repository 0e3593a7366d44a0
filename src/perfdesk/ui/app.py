"""Start the Qt application: display check, language, bundled font, main window.

Kept lean on purpose: everything imported here is paid for at every start
(benchmarks/startup.py). Heavy libraries load inside the features that use them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from perfdesk import __version__

APP_FONT_FAMILY = "WenQuanYi Micro Hei"


def display_problem() -> str | None:
    """A one-line explanation when Qt would abort for want of a display, else None."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "perfdesk: no display found (DISPLAY is not set). Run it on a desktop, or "
        "headless with `xvfb-run -a perfdesk ...` (Debian package xvfb), or with "
        "QT_QPA_PLATFORM=offscreen for a window nobody sees."
    )


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
    from perfdesk.ui.lock_dialog import LockChoice
    from perfdesk.ui.main_window import MainWindow

    window = MainWindow(language=language)
    if unattended:
        window.unattended_lock_choice = LockChoice.READ_ONLY
    install_crash_handler(window)
    window.show()
    if demo:
        window.open_demo()
    elif file is not None:
        window.open_path(file, read_only=read_only)
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
    if screenshot is not None:
        from PySide6.QtCore import QTimer

        def grab() -> None:
            window.grab().save(str(screenshot))
            window.close()

        QTimer.singleShot(300, grab)
    return int(app.exec())
