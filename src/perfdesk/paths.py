"""Where perfdesk finds its bundled resources (fonts, translations, icons, guide).

An installed wheel carries them inside the package (perfdesk/resources); a
source checkout or editable install reads the repository's top-level resources/;
the standalone build (installer/perfdesk.spec, PyInstaller) puts them in
`resources/` of its bundle folder (`sys._MEIPASS`, set when `sys.frozen`).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = [_PACKAGE / "resources", _PACKAGE.parent.parent / "resources"]
    if getattr(sys, "frozen", False):  # the bundle first; _MEIPASS is its data folder
        bundle = getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent
        found.insert(0, Path(bundle) / "resources")
    return found


@cache
def resources_dir() -> Path:
    for candidate in _candidates():
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("perfdesk resources folder not found; reinstall perfdesk")


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def guide_dir() -> Path:
    """The user guide: one folder per language (zh_CN, en) and the shared images."""
    return resources_dir() / "guide"


def icons_dir() -> Path:
    return resources_dir() / "icons"
