"""Power loss during a document's last transaction (issue #23 item 1).

What SQLite plus perfdesk's settings promise
---------------------------------------------
perfdesk writes with a rollback journal (``journal_mode=DELETE``) and
``synchronous=FULL`` (store/document.py `_configure_writer`). A transaction then goes:
the original content of every page it changes is appended to ``NAME-journal``; before
the first changed page is written into the file (at COMMIT, or earlier when the page
cache spills), the journal is fsynced, its header (the magic number and the record
count, zero until then) is written and fsynced again; then the file's pages are
written and the file is fsynced; deleting the journal is the commit point. So at any
instant of a power cut the disk holds either

- a journal whose header is still zero (the file not yet touched): SQLite ignores it,
  perfdesk removes it on the next open, and the file is the previous state; or
- a complete, synced journal beside a file with any subset of the new pages written
  (power loss may drop or tear the unsynced ones): a *hot* journal, played back on the
  next open — the previous state; or
- no journal and a synced file: the new state.

Never a mix. perfdesk adds: the journal is copied aside before it is played back and
the result must pass `quick_check`, or the file is put back as it was and the journal
kept (a journal beside the wrong file); a zeroed journal is removed only under the
write lock. The test below makes crash images at many points of a 500-cell paste whose
page cache is tiny (so pages spill into the file before the commit), drops what a
power cut may drop — the journal's unsynced tail at page boundaries while the file is
untouched, or any subset of the file's changed pages and its grown end while the
journal is whole — and opens each image: the previous state every time, `check` ok.

What it does not promise
------------------------
- A disk, controller or file system that acknowledges an fsync before the data is
  durable (a write cache without power protection, some USB sticks, virtual disks
  with unsafe caching) breaks the order above; the journal and the file can then
  disagree and the result can be a mix or a damaged file. `check` and `quick_check`
  find structural damage; a wrong value in an intact page is invisible (see the
  bad-file corpus's note on content checksums). The backups before every upgrade,
  import and merge are the way back.
- A network share (SMB/NFS) whose locks are broken or ignored lets two computers
  write at once; the lock file (store/lock.py) is the guard, by convention only.
- The journal is deleted, not synced as deleted: after a power cut right at the
  commit the last transaction may come back as not done (durability of the very last
  commit) — but never half done.
"""

from __future__ import annotations

import random
import shutil
import signal
import sys
from pathlib import Path

import pytest
from crashkit import actuals, reported, sha, start, value_cells, write_cells
from writer_child import PASTE, paste_value

from perfdesk.store.document import Document, DocumentError, check_document
from perfdesk.store.fileinfo import journal_path
from perfdesk.store.lock import lock_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP and SIGKILL are POSIX"),
]

PAGE = 4096
HEADER = 512  # the journal header's sector
RECORD = 4 + PAGE + 4  # page number, the page, its checksum
POINTS = 5  # stop points in one paste, with and without pages spilled early


def _image(work: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(work, folder / "doc.perfdesk")
    if journal_path(work).exists():
        shutil.copyfile(journal_path(work), folder / "doc.perfdesk-journal")
    return folder / "doc.perfdesk"


def _variants(image: Path, before: bytes, rng: random.Random) -> list[tuple[str, Path]]:
    """The image as stopped, and what a power cut may have dropped from it."""
    out = [("as stopped", image)]
    journal = journal_path(image)
    data = image.read_bytes()
    if not journal.exists():
        return out
    journal_bytes = journal.read_bytes()
    if data == before:  # nothing written into the file yet: the journal is not synced
        records = (len(journal_bytes) - HEADER) // RECORD
        for keep in sorted({0, records // 2, max(records - 1, 0)}):
            cut = image.with_name(f"cut{keep}")
            cut.mkdir()
            shutil.copyfile(image, cut / image.name)
            (cut / journal.name).write_bytes(journal_bytes[: HEADER + keep * RECORD])
            out.append((f"journal cut to {keep} of {records} records", cut / image.name))
        zeroed = image.with_name("zeroed")
        zeroed.mkdir()
        shutil.copyfile(image, zeroed / image.name)
        half = HEADER + (records // 2) * RECORD
        (zeroed / journal.name).write_bytes(journal_bytes[:half] + bytes(len(journal_bytes) - half))
        out.append(("journal tail zeroed", zeroed / image.name))
        return out
    # Pages already in the file: the journal was synced first, the pages may be lost.
    changed = [
        n
        for n in range(len(data) // PAGE)
        if data[n * PAGE : (n + 1) * PAGE] != before[n * PAGE : (n + 1) * PAGE]
    ]
    for attempt in range(3):
        lost = set(rng.sample(changed, k=rng.randint(0, len(changed)))) if changed else set()
        torn = bytearray(data[: len(before)] if attempt == 2 else data)
        for n in lost:
            if n * PAGE < len(before):
                torn[n * PAGE : (n + 1) * PAGE] = before[n * PAGE : (n + 1) * PAGE]
        folder = image.with_name(f"torn{attempt}")
        folder.mkdir()
        (folder / image.name).write_bytes(bytes(torn))
        shutil.copyfile(journal, folder / journal.name)
        grown = " and the grown end" if attempt == 2 else ""
        what = f"{len(lost)} of {len(changed)} written pages lost{grown}"
        out.append((what, folder / image.name))
    return out


def test_power_loss_images_of_a_paste_open_as_before_or_after_never_a_mix(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(demo_zh) as doc:
        cells = value_cells(doc, PASTE)
        old = actuals(doc, cells)
    cells_file = write_cells(cells, tmp_path / "cells.json")
    new = [paste_value(0, 0, i) for i in range(len(cells))]
    before = demo_zh.read_bytes()
    work = tmp_path / "work.perfdesk"

    def run_child(after: int, spill: bool) -> tuple[str, Path | None]:
        shutil.copyfile(demo_zh, work)
        child = start("stop", work, cells_file, 0, after, int(spill))
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        image = None
        if line == "stopped":
            image = _image(work, tmp_path / f"image-{after}-{int(spill)}")
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        else:
            child.wait(timeout=30)
        reported(child)
        lock_path(work).unlink(missing_ok=True)  # the killed child's (stale) claim
        journal_path(work).unlink(missing_ok=True)
        return line, image

    rng = random.Random(23)
    outcomes: dict[str, int] = {"before": 0, "damaged, untouched": 0}
    spilled = images = 0
    points = []
    for spill in (False, True):
        line, _ = run_child(10**9, spill)  # one whole paste: how many handler calls it makes
        assert line.startswith("c 0"), line
        calls = int(line.split()[2])
        assert calls > POINTS
        points += [(1 + (calls - 1) * k // (POINTS - 1), calls, spill) for k in range(POINTS)]
    for after, calls, spill in points:
        _line, image = run_child(after, spill)
        assert image is not None, f"the child did not stop at call {after} of {calls}"
        spilled += image.read_bytes() != before
        images += 1
        for what, variant in _variants(image, before, rng):
            untouched = sha(variant)
            try:
                with Document.open(variant, take_over=True) as doc:
                    found = actuals(doc, cells)
            except DocumentError as exc:
                assert "damaged" in exc.message or "does not belong" in exc.message, exc.message
                assert sha(variant) == untouched, f"{what}: a refused image was changed"
                outcomes["damaged, untouched"] += 1
                continue
            assert found == old, f"stopped at {after}/{calls}, {what}: not the state before"
            assert found != new
            result = check_document(variant)
            assert result.ok, (what, result.problems)
            outcomes["before"] += 1
    assert 0 < spilled < images, "images with and without pages in the file are both needed"
    # The last commit, whole: its image is the new state.
    assert run_child(10**9, False)[0].startswith("c 0")
    with Document.open(work) as doc:
        assert actuals(doc, cells) == new
    with capsys.disabled():
        print(f"\npower loss: {images} crash images ({spilled} with pages in the file), {outcomes}")
