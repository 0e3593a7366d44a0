"""The bad-file corpus (issue #23): files damaged the ways files get damaged, each with the
outcome every entry point must agree on.

Run as a script to write the whole corpus into a folder and look at it:
    python tests/reliability/corpus.py OUT_FOLDER [SOUND.perfdesk]
(without SOUND a small Chinese demo is built first). The tests import `CASES`.

Each case makes its file from a sound document (a copy of it) and names the outcome:
- "refused": `check` reports problems or refuses, `perfdesk FILE` exits 1 with one
  "perfdesk:" line, File → Open refuses with a message; the bytes never change;
- "warned": damage in rows that opening does not read (opening reads the header, the
  schema and what the first screen shows, so a company file opens at once): `check`
  reports it, `perfdesk FILE` opens, and the window's check after the first paint
  warns before the user works in it ("damaged in places", with the details);
- "opens": a sound file in an odd place (a path with Chinese, spaces, #, ?, %);
- "read_only": opens, read-only (a write-protected folder);
- "recovers": a journal beside it says a change was cut off: `check` says so and asks
  for one opening with write access, which puts the journal aside (it is another
  file's here) and opens the file unchanged;
- "opens_damaged": SQLite cannot see the damage (a flipped bit inside a stored number):
  the file opens; see `content_checksum_decision` below for why no checksum catches it.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Maker = Callable[[Path, Path], Path]  # (sound copy in a private folder, folder) -> bad file
PAGE = 4096


@dataclass(frozen=True)
class Case:
    make: Maker
    outcome: str  # refused | warned | opens | read_only | recovers | opens_damaged
    why: str  # what the user should read: a word that must be in the message ("" = any)


def _edit(path: Path, *statements: str) -> Path:
    """A hand edit with another tool: no CHECKs, no foreign keys."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


def _bytes(path: Path, offset: int, data: bytes) -> Path:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(data)
    return path


def _flip(path: Path, offset: int, count: int = 16, seed: int = 23) -> Path:
    rng = random.Random(seed)
    with open(path, "r+b") as handle:
        handle.seek(offset)
        old = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ rng.randrange(1, 256) for b in old))
    return path


def _page_of(path: Path, sql: str) -> int:
    """The first page number (1-based) of a table or index, from sqlite_master."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _truncate(size: int | float) -> Maker:
    def make(sound: Path, _folder: Path) -> Path:
        length = sound.stat().st_size
        keep = int(length * size) if isinstance(size, float) else size
        with open(sound, "r+b") as handle:
            handle.truncate(keep)
        return sound

    return make


def _table_page(sound: Path, _folder: Path) -> Path:
    root = _page_of(sound, "SELECT rootpage FROM sqlite_master WHERE name = 'people'")
    return _flip(sound, (root - 1) * PAGE + 8, 64)


def _index_page(sound: Path, _folder: Path) -> Path:
    root = _page_of(sound, "SELECT rootpage FROM sqlite_master WHERE name = 'people_unit'")
    return _flip(sound, (root - 1) * PAGE + 8, 64)


def _value_bit(sound: Path, _folder: Path) -> Path:
    """One bit of one stored actual, found by its bytes on disk: a value that still reads as
    a number, so only a content checksum could tell."""
    conn = sqlite3.connect(sound)
    value = conn.execute(
        "SELECT actual FROM goal_values WHERE typeof(actual) = 'real' AND actual > 1000 LIMIT 1"
    ).fetchone()[0]
    conn.close()
    import struct

    needle = struct.pack(">d", value)
    data = sound.read_bytes()
    at = data.index(needle)
    return _bytes(sound, at + 7, bytes([data[at + 7] ^ 0x01]))


def _foreign_sqlite(_sound: Path, folder: Path) -> Path:
    path = folder / "contacts.perfdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('张三', '13800000000')")
    conn.commit()
    conn.close()
    return path


def _zeroed_journal(sound: Path, _folder: Path) -> Path:
    Path(f"{sound}-journal").write_bytes(b"\0" * 4096)
    return sound


def _other_hot_journal(sound: Path, folder: Path) -> Path:
    """A hot journal made by a change to another file, put beside this one."""
    other = Path(shutil.copy(sound, folder / "other.perfdesk"))
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = DELETE')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE meta SET value = 'x' WHERE key = 'name'\")\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute(\"UPDATE goal_values SET note = 'spill'\")\n"
        "os._exit(0)\n"
    )
    import subprocess

    subprocess.run([sys.executable, "-c", script, str(other)], check=True, timeout=60)
    journal = Path(f"{other}-journal")
    if journal.exists() and journal.stat().st_size:
        shutil.copy(journal, f"{sound}-journal")
    return sound


def _wal_leftovers(sound: Path, _folder: Path) -> Path:
    Path(f"{sound}-wal").write_bytes(b"\0" * 32)
    Path(f"{sound}-shm").write_bytes(b"\0" * 32768)
    return sound


def _named(name: str) -> Maker:
    def make(sound: Path, folder: Path) -> Path:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        return Path(shutil.move(sound, target))

    return make


def _read_only_folder(sound: Path, folder: Path) -> Path:
    inner = folder / "只读"
    inner.mkdir()
    path = Path(shutil.move(sound, inner / "dept.perfdesk"))
    inner.chmod(0o555)
    return path


def _no_read_permission(sound: Path, _folder: Path) -> Path:
    sound.chmod(0o000)
    return sound


def _sparse(sound: Path, folder: Path) -> Path:
    path = folder / "huge.perfdesk"
    with open(path, "wb") as handle:
        handle.truncate(2 * 1024**3)  # 2 GB of nothing, taking no disk
    return path


def _folder(_sound: Path, folder: Path) -> Path:
    path = folder / "folder.perfdesk"
    path.mkdir()
    return path


def _text(_sound: Path, folder: Path) -> Path:
    path = folder / "notes.perfdesk"
    path.write_text("这不是 perfdesk 文件\n" * 200, encoding="utf-8")
    return path


def _empty(_sound: Path, folder: Path) -> Path:
    path = folder / "empty.perfdesk"
    path.write_bytes(b"")
    return path


def _sql(*statements: str) -> Maker:
    return lambda sound, _folder: _edit(sound, *statements)


CASES: dict[str, Case] = {
    "zero-length": Case(_empty, "refused", ""),
    "text renamed .perfdesk": Case(_text, "refused", ""),
    "foreign SQLite database": Case(_foreign_sqlite, "refused", ""),
    "truncated to 100 bytes": Case(_truncate(100), "refused", ""),
    "truncated to one page": Case(_truncate(PAGE), "refused", ""),
    "truncated to half": Case(_truncate(0.5), "refused", ""),
    "truncated by one page": Case(
        lambda s, f: _truncate(s.stat().st_size - PAGE)(s, f), "refused", ""
    ),
    "header bytes flipped": Case(lambda s, _f: _flip(s, 16, 8), "refused", ""),
    "table page bytes flipped": Case(_table_page, "refused", ""),
    "index page bytes flipped": Case(_index_page, "warned", ""),
    "a bit flipped in a stored value": Case(_value_bit, "opens_damaged", ""),
    "newer user_version": Case(_sql("PRAGMA user_version = 99"), "refused", "99"),
    "zero user_version": Case(_sql("PRAGMA user_version = 0"), "refused", ""),
    "dropped table": Case(_sql("DROP TABLE action_history"), "refused", "action_history"),
    "renamed column": Case(
        _sql("ALTER TABLE goals RENAME COLUMN weight TO share"), "refused", "weight"
    ),
    "wrong enum": Case(_sql("UPDATE kpis SET direction = 'sideways'"), "refused", "sideways"),
    "text in a number column": Case(
        _sql(
            "UPDATE goal_values SET actual = 'lots' WHERE (goal, period) = "
            "(SELECT goal, period FROM goal_values LIMIT 1)"
        ),
        "warned",
        "goal_values",
    ),
    "BLOB name": Case(
        _sql(
            "UPDATE people SET name = X'00FF00FF' WHERE rowid IN (SELECT rowid FROM people LIMIT 1)"
        ),
        "warned",
        "people",
    ),
    "invalid UTF-8": Case(
        _sql(
            "UPDATE org_units SET name = CAST(X'C3A9FF' AS TEXT) WHERE kind = 'team' "
            "AND rowid IN (SELECT rowid FROM org_units WHERE kind = 'team' LIMIT 1)"
        ),
        "warned",
        "",
    ),
    "broken foreign key": Case(
        _sql(
            "UPDATE goals SET kpi_id = 'no-such-kpi' WHERE rowid IN (SELECT rowid FROM goals "
            "LIMIT 1)"
        ),
        "warned",
        "",
    ),
    "zeroed journal": Case(_zeroed_journal, "opens", ""),
    "another file's hot journal": Case(_other_hot_journal, "recovers", ""),
    "WAL leftovers": Case(_wal_leftovers, "opens", ""),
    "a folder": Case(_folder, "refused", ""),
    "2 GB sparse file": Case(_sparse, "refused", ""),
    "path with Chinese and spaces": Case(_named("业绩 文件夹/销售部 十月.perfdesk"), "opens", ""),
    "path with # ? %": Case(_named("a#b?c%d/x#1?2%3.perfdesk"), "opens", ""),
    "read-only folder": Case(_read_only_folder, "read_only", ""),
    "no read permission": Case(_no_read_permission, "refused", ""),
}

# Cases whose point is lost for root, who reads and writes whatever the mode bits say.
NEEDS_NON_ROOT = {"read-only folder", "no read permission"}


def make_case(name: str, sound: Path, folder: Path) -> Path:
    """The file of case `name`, made in `folder` from a private copy of `sound`."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = Path(shutil.copy(sound, folder / "dept.perfdesk"))
    return CASES[name].make(copy, folder)


def restore_permissions(folder: Path) -> None:
    """Undo the chmods so the test's folder can be removed."""
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            Path(root, name).chmod(0o755)
        for name in files:
            Path(root, name).chmod(0o644)
    folder.chmod(0o755)


def main() -> None:
    out = Path(sys.argv[1])
    if len(sys.argv) > 2:
        sound = Path(sys.argv[2])
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
        from perfdesk.demo import build_demo

        out.mkdir(parents=True, exist_ok=True)
        sound = build_demo(out / "sound.perfdesk", lang="zh")
    for n, name in enumerate(CASES):
        path = make_case(name, sound, out / f"{n:02d}")
        print(f"{n:02d} {CASES[name].outcome:13} {name}: {path}")


if __name__ == "__main__":
    main()
