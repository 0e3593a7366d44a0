"""Where perfdesk finds its bundled resources (fonts, translations, icons).

An installed wheel carries them inside the package (perfdesk/resources); a
source checkout or editable install reads the repository's top-level resources/.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent.parent / "resources"):
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
