"""Screenshots of run mode (the projector view) in Chinese, offscreen.

    python docs/run_mode_screenshots.py [OUT_DIR]      # default /tmp

Writes mrun-{1920x1080,1280x720}-{low,over,paused}.png: the small demo with the weekly
5/5/5/5/5/60/5 meeting (tests/meeting_docs.py) at 生产部's item (off target in September,
so the side panel has its red KPIs and deviation notes), 30 s left (amber), 2:30 over
(red) and paused. Prints the countdown digits' height as a share of the window height.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1920, 1080), (1280, 720))


class _Clock:
    def __init__(self, now: int) -> None:
        self.t = now

    def now(self) -> int:
        return self.t

    def not_before(self, at: int) -> None:
        self.t = max(self.t, at)


def main() -> int:
    out = Path(sys.argv[1]) if sys.argv[1:] else Path("/tmp")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "tests"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from PySide6.QtCore import Qt

        from meeting_docs import add_weekly_meeting
        from perfdesk.demo import build_demo
        from perfdesk.ui import meeting_flow, run_mode
        from perfdesk.ui.app import create_application
        from perfdesk.ui.main_window import MainWindow

        app, _ = create_application("zh")
        build_demo(Path(tmp) / "demo.perfdesk", lang="zh")
        window = MainWindow(language="zh")
        window.show()
        window.open_path(Path(tmp) / "demo.perfdesk")
        meeting, _items = add_weekly_meeting(window.context.doc)
        meeting_flow._confirm = lambda *_args: True  # type: ignore[assignment]
        clock = _Clock(1_794_000_000_000)
        run = run_mode.open_run_mode(window, meeting, clock=clock, full_screen=False)
        assert run is not None
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right):
            run.keyPressEvent(_key(key))
        for state, seconds in (("low", 270), ("over", 180), ("paused", 0)):
            clock.t += seconds * 1000
            if state == "paused":
                run.keyPressEvent(_key(Qt.Key.Key_Space))
            for width, height in SIZES:
                run.resize(width, height)
                app.processEvents()
                run.refresh()
                app.processEvents()
                name = out / f"mrun-{width}x{height}-{state}.png"
                run.grab().save(str(name))
                print(
                    f"{name}: '{run.countdown_text()}', digits "
                    f"{run.countdown_share():.0%} of the height"
                )
        run.close()
        window.close_document()
        window.close()
    return 0


def _key(key: object) -> object:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


if __name__ == "__main__":
    sys.exit(main())
