"""Make the README screenshots from a fresh demo document (offscreen, QWidget.grab).

    python docs/make_screenshots.py            # writes docs/screenshots/*.png

Every tab in Chinese, and the Goals tab in English, at 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
TABS = ("goals", "kpi", "meeting", "actions")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        # Private settings, so a saved window size or language does not leak in.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from perfdesk.demo import build_demo
        from perfdesk.ui.app import create_application
        from perfdesk.ui.main_window import MainWindow

        app, _ = create_application("zh")
        OUT.mkdir(parents=True, exist_ok=True)
        for lang, tabs in (("zh", TABS), ("en", TABS[:1])):
            path = build_demo(Path(tmp) / f"demo-{lang}.perfdesk", lang=lang)
            window = _window(MainWindow, lang, path)
            for index, name in enumerate(tabs):
                window.tabs.setCurrentIndex(index)
                if name == "kpi":
                    window.kpi_tab.include_members.setChecked(True)
                app.processEvents()
                target = OUT / f"{name}-{lang}.png"
                window.grab().save(str(target))
                print(f"wrote {target.relative_to(OUT.parent.parent)}")
            window.close()
    return 0


def _window(main_window_class: type, lang: str, path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    if lang == "en":
        for translator in QApplication.instance().findChildren(QTranslator):
            QApplication.removeTranslator(translator)
    window = main_window_class(language=lang)
    window.resize(1280, 800)
    window.show()
    window.open_path(path)
    QApplication.processEvents()
    return window


if __name__ == "__main__":
    sys.exit(main())
