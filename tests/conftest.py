"""Test set-up shared by every test: headless Qt, private settings, demo documents.

Qt is told to draw offscreen and QSettings / the data folder point into a
temporary folder before anything imports Qt, so tests never touch a real
display, the user's settings or their documents.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Every undo step's after-images, built from what the operation wrote, are compared
# with the rows read back (store/ops/_images.py), in this process and its children.
os.environ["PERFDESK_CHECK_IMAGES"] = "1"
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="perfdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE_HOME / "data")
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def demo_zh_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small Chinese demo document built once per run; copy it before changing it."""
    from perfdesk.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo-zh.perfdesk"
    build_demo(path, lang="zh")
    return path


@pytest.fixture(scope="session")
def demo_en_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from perfdesk.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo-en.perfdesk"
    build_demo(path, lang="en")
    return path


@pytest.fixture
def demo_zh(demo_zh_master: Path, tmp_path: Path) -> Path:
    """A private copy of the Chinese demo document for one test."""
    return Path(shutil.copy(demo_zh_master, tmp_path / "demo.perfdesk"))


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    """A private copy of the schema-version-1 fixture."""
    return Path(shutil.copy(FIXTURES / "v1.perfdesk", tmp_path / "old.perfdesk"))


@pytest.fixture(autouse=True)
def _clean_settings() -> None:
    """Each test starts with empty settings (geometry, recent files, language)."""
    shutil.rmtree(_PRIVATE_HOME / "config", ignore_errors=True)
    shutil.rmtree(_PRIVATE_HOME / "data", ignore_errors=True)


@pytest.fixture(autouse=True)
def _no_lock_left_behind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every document a test opens for writing is closed again: no lock file survives it."""
    from perfdesk.store import lock

    yield
    held = [str(held.document) for held in lock._HELD.values()]
    lock.release_all()
    assert not held, f"documents left open (their lock files would stay): {held}"
    left = list(tmp_path_factory.getbasetemp().rglob(".~lock.*#"))
    for path in left:  # one failure, not one for every test after it
        path.unlink()
    assert not left, f"lock files left behind: {left}"
