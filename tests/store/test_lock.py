"""One writer per file: the lock file beside a document open for writing (store/lock.py).

Two real processes where it matters: the second opener sees who holds the file and
gets read-only; a holder killed with SIGKILL leaves a claim the next opener finds
stale and may take over; a holder that exits without closing still removes it.
"""

from __future__ import annotations

import datetime
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import perfdesk
from perfdesk import cli
from perfdesk.store import lock
from perfdesk.store.document import (
    NO_LOCK_FILE,
    WRITE_PROTECTED,
    Document,
    DocumentError,
    LockedFile,
)
from perfdesk.store.lock import Holder, Stale, lock_path, read_claim

SRC = str(Path(perfdesk.__file__).resolve().parents[1])  # this checkout, for subprocesses
HOLD = (
    "import sys\n"
    "from perfdesk.store.document import Document\n"
    "doc = Document.open(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "if sys.stdin.readline().strip() == 'close':\n"
    "    doc.close()\n"
)


def _python(code: str, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def holder_process(demo_zh: Path) -> Iterator[subprocess.Popen[str]]:
    """Another perfdesk process with demo_zh open for writing."""
    process = _python(HOLD, str(demo_zh))
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line == "ready", process.stderr.read() if process.stderr else ""
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()
    lock_path(demo_zh).unlink(missing_ok=True)  # a killed holder's claim, if the test left it


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _write_lock(document: Path, line: str | bytes) -> Path:
    path = lock_path(document)
    path.write_bytes(line.encode() if isinstance(line, str) else line)
    return path


def _line(host: str = "other-pc", pid: int = 4242, age: datetime.timedelta | None = None) -> str:
    since = datetime.datetime.now().astimezone().replace(microsecond=0) - (
        age or datetime.timedelta(minutes=5)
    )
    return Holder("王芳", "wangfang", host, since, pid, "perfdesk 0.1").line()


# -- the file itself ---------------------------------------------------------------------------


def test_writable_open_makes_a_lock_line_beside_the_file_and_close_removes_it(
    demo_zh: Path,
) -> None:
    before = _beside(demo_zh)
    doc = Document.open(demo_zh)
    path = lock_path(demo_zh)
    assert path.parent == demo_zh.parent and path.name == ".~lock.demo.perfdesk#"
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and text.count("\n") == 1
    holder = Holder.parse(path.read_bytes())
    assert holder is not None
    assert (holder.host, holder.pid) == (socket.gethostname(), os.getpid())
    assert holder.user and holder.app.startswith("perfdesk ")
    assert abs(datetime.datetime.now().astimezone() - holder.since) < datetime.timedelta(minutes=1)
    assert doc.lock is not None and doc.lock.held
    doc.close()
    assert _beside(demo_zh) == before
    doc.close()  # twice is harmless


def test_lock_line_quotes_commas_and_round_trips() -> None:
    since = datetime.datetime(
        2026, 3, 5, 10, 21, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
    )
    holder = Holder('Zhang, "San"', "zhangsan", "PC-0412", since, 48213, "perfdesk 0.4.0")
    line = holder.line()
    assert (
        line == '"Zhang, ""San""",zhangsan,PC-0412,2026-03-05T10:21:07+08:00,48213,perfdesk 0.4.0\n'
    )
    assert Holder.parse(line.encode()) == holder


def test_read_only_open_and_check_make_no_lock(demo_zh: Path) -> None:
    before = _beside(demo_zh)
    with Document.open(demo_zh, read_only=True) as doc:
        assert doc.lock is None
        assert _beside(demo_zh) == before
    assert cli.main(["check", str(demo_zh)]) == cli.EXIT_OK
    assert _beside(demo_zh) == before


def test_check_works_while_someone_holds_the_file(demo_zh: Path, capsys) -> None:
    with Document.open(demo_zh):
        held = lock_path(demo_zh).read_bytes()
        assert cli.main(["check", str(demo_zh)]) == cli.EXIT_OK
        assert lock_path(demo_zh).read_bytes() == held
    assert "integrity: ok" in capsys.readouterr().out


def test_create_takes_the_lock_and_save_copy_does_not_copy_it(tmp_path: Path) -> None:
    path = tmp_path / "new.perfdesk"
    with Document.create(path, name="新") as doc:
        assert lock_path(path).exists()
        copy = doc.save_copy(tmp_path / "copy.perfdesk")
        assert not lock_path(copy).exists()
        assert _beside(path) == [".~lock.new.perfdesk#", "copy.perfdesk", "new.perfdesk"]
    assert _beside(path) == ["copy.perfdesk", "new.perfdesk"]


def test_create_refuses_a_name_someone_is_creating_and_replaces_a_dead_claim(
    tmp_path: Path,
) -> None:
    path = tmp_path / "new.perfdesk"
    with Document.create(path):
        pass
    path.unlink()
    claim = _write_lock(path, _line(host=socket.gethostname(), pid=_dead_pid()))
    with Document.create(path):
        assert Holder.parse(claim.read_bytes()).pid == os.getpid()  # type: ignore[union-attr]
    path.unlink()
    _write_lock(path, _line())  # a live claim from another computer
    with pytest.raises(LockedFile):
        Document.create(path)
    assert not path.exists()
    lock_path(path).unlink()


# -- a second opener -----------------------------------------------------------------------------


def test_second_document_in_the_same_process_is_told_it_is_held(demo_zh: Path) -> None:
    with Document.open(demo_zh) as first:
        with pytest.raises(LockedFile) as caught:
            Document.open(demo_zh)
        error = caught.value
        assert error.in_this_process and error.stale == ""
        assert error.holder is not None and error.holder.pid == os.getpid()
        with pytest.raises(LockedFile):  # a live claim is never taken over
            Document.open(demo_zh, take_over=True)
        with Document.open(demo_zh, read_only=True) as second:
            assert second.read_only and second.lock is None
        assert first.lock is not None and first.lock.still_held()
    assert not lock_path(demo_zh).exists()


def test_second_process_sees_the_holder_and_opens_read_only(
    demo_zh: Path, holder_process: subprocess.Popen[str]
) -> None:
    with pytest.raises(LockedFile) as caught:
        Document.open(demo_zh)
    holder = caught.value.holder
    assert holder is not None
    assert holder.pid == holder_process.pid
    assert holder.host == socket.gethostname() and holder.user
    assert abs(datetime.datetime.now().astimezone() - holder.since) < datetime.timedelta(minutes=1)
    assert caught.value.stale == "" and not caught.value.in_this_process
    assert f"process {holder_process.pid}" in caught.value.message
    with pytest.raises(LockedFile):
        Document.open(demo_zh, take_over=True)
    with Document.open(demo_zh, read_only=True) as doc:
        assert doc.read_only and doc.meta("name")
    # The holder closes normally: its lock goes with it, and the file is free again.
    assert holder_process.stdin is not None
    holder_process.stdin.write("close\n")
    holder_process.stdin.flush()
    assert holder_process.wait(10) == 0
    assert not lock_path(demo_zh).exists()
    with Document.open(demo_zh) as doc:
        assert not doc.read_only


def test_killed_holder_leaves_a_stale_lock_that_can_be_taken_over(
    demo_zh: Path, holder_process: subprocess.Popen[str]
) -> None:
    os.kill(holder_process.pid, signal.SIGKILL)
    holder_process.wait(10)  # reaped, as a desktop session reaps its programs
    assert lock_path(demo_zh).exists()  # SIGKILL runs no clean-up
    with pytest.raises(LockedFile) as caught:
        Document.open(demo_zh)
    assert caught.value.stale == Stale.GONE.value
    assert caught.value.holder is not None and caught.value.holder.pid == holder_process.pid
    with Document.open(demo_zh, take_over=True) as doc:
        assert not doc.read_only
        mine = Holder.parse(lock_path(demo_zh).read_bytes())
        assert mine is not None and mine.pid == os.getpid()
    assert not lock_path(demo_zh).exists()
    assert cli.main(["check", str(demo_zh)]) == cli.EXIT_OK


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="zombies are read from /proc")
def test_zombie_holder_counts_as_gone(demo_zh: Path, holder_process: subprocess.Popen[str]) -> None:
    os.kill(holder_process.pid, signal.SIGKILL)
    # Not reaped yet: kill(pid, 0) still succeeds on the zombie.
    deadline = time.monotonic() + 10
    while Path(f"/proc/{holder_process.pid}/stat").read_text().split()[2] != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)
    claim = read_claim(demo_zh)
    assert claim is not None and claim.stale is Stale.GONE


@pytest.mark.parametrize("ending", ["exit", "exception"])
def test_holder_that_exits_without_closing_removes_its_lock(demo_zh: Path, ending: str) -> None:
    code = (
        "import sys\n"
        "from perfdesk.store.document import Document\n"
        "doc = Document.open(sys.argv[1])\n"
        + ("sys.exit(0)\n" if ending == "exit" else "raise RuntimeError('boom')\n")
    )
    process = _python(code, str(demo_zh))
    _out, err = process.communicate(timeout=30)
    assert process.returncode == (0 if ending == "exit" else 1), err
    assert not lock_path(demo_zh).exists()


def test_exactly_one_of_several_racing_processes_gets_the_lock(demo_zh: Path) -> None:
    go = demo_zh.with_name("go")
    code = (
        "import os, sys, time\n"
        "from perfdesk.store.document import Document, LockedFile\n"
        "go = sys.argv[2]\n"
        "while not os.path.exists(go): time.sleep(0.001)\n"
        "try:\n"
        "    doc = Document.open(sys.argv[1])\n"
        "except LockedFile as e:\n"
        "    print('held', e.holder.pid if e.holder else 0, flush=True)\n"
        "    sys.exit(0)\n"
        "print('won', flush=True)\n"
        "sys.stdin.readline()\n"
        "doc.close()\n"
    )
    processes = [_python(code, str(demo_zh), str(go)) for _ in range(6)]
    go.touch()
    winners, losers = [], []
    for process in processes:
        assert process.stdout is not None
        answer = process.stdout.readline().split()
        (winners if answer[:1] == ["won"] else losers).append((process, answer))
    assert len(winners) == 1, [a for _p, a in winners + losers]
    assert all(int(answer[1]) == winners[0][0].pid for _p, answer in losers)
    for process, _answer in winners + losers:
        process.communicate("\n", timeout=30)
    go.unlink()
    assert not lock_path(demo_zh).exists()


# -- bad lock files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff\xfe garbage \x81",
        b"just some text\n",
        b"Name,user,host,05.03.2026 10:21,file:///home/u/.config/libreoffice/4;",
        _line(pid=0).encode(),  # kill(0, 0) would ask about the whole process group
        _line(pid=-1).encode(),
        _line().replace("+", "x").encode(),
        (_line() * 2).encode(),
    ],
    ids=["empty", "binary", "text", "libreoffice", "pid0", "pid-1", "bad-time", "two-lines"],
)
def test_garbage_lock_is_someone_unknown_and_can_be_taken_over(
    demo_zh: Path, content: bytes
) -> None:
    _write_lock(demo_zh, content)
    with pytest.raises(LockedFile) as caught:
        Document.open(demo_zh)
    assert caught.value.holder is None and caught.value.stale == Stale.UNKNOWN.value
    assert "someone unknown" in caught.value.message
    with Document.open(demo_zh, take_over=True) as doc:
        assert doc.lock is not None and doc.lock.still_held()
    assert not lock_path(demo_zh).exists()


def test_unreadable_lock_is_someone_unknown(demo_zh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claim = _write_lock(demo_zh, _line())
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == claim:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    found = read_claim(demo_zh)
    assert found is not None and found.holder is None and found.stale is Stale.UNKNOWN
    monkeypatch.undo()
    claim.unlink()


def test_claim_from_another_computer_is_taken_over_only_when_old(demo_zh: Path) -> None:
    _write_lock(demo_zh, _line(age=datetime.timedelta(hours=1)))
    with pytest.raises(LockedFile) as caught:
        Document.open(demo_zh, take_over=True)
    assert caught.value.stale == "" and caught.value.holder.host == "other-pc"  # type: ignore[union-attr]
    # The stale age is the caller's: one hour counts as old for a stricter office.
    with pytest.raises(LockedFile) as caught:
        Document.open(demo_zh, stale_after=datetime.timedelta(minutes=30))
    assert caught.value.stale == Stale.OLD.value
    _write_lock(demo_zh, _line(age=datetime.timedelta(hours=13)))
    with pytest.raises(LockedFile) as caught:
        Document.open(demo_zh)
    assert caught.value.stale == Stale.OLD.value
    with Document.open(demo_zh, take_over=True) as doc:
        assert not doc.read_only
    assert not lock_path(demo_zh).exists()


def test_claim_with_this_process_id_but_no_open_document_is_gone(demo_zh: Path) -> None:
    # Left by an earlier process that had the same id (pid 1 in every container).
    _write_lock(demo_zh, _line(host=socket.gethostname(), pid=os.getpid()))
    with pytest.raises(LockedFile) as caught:
        Document.open(demo_zh)
    assert caught.value.stale == Stale.GONE.value and not caught.value.in_this_process
    Document.open(demo_zh, take_over=True).close()
    assert not lock_path(demo_zh).exists()


def test_close_leaves_a_claim_someone_else_took_over(demo_zh: Path) -> None:
    doc = Document.open(demo_zh)
    line = _line()
    other = _write_lock(demo_zh, line)  # taken over while open (after their confirmation)
    assert doc.lock is not None and not doc.lock.still_held()
    doc.close()
    assert other.read_text(encoding="utf-8") == line
    other.unlink()


def test_take_over_puts_back_a_fresh_claim_that_slipped_in(demo_zh: Path) -> None:
    stale = _write_lock(demo_zh, b"garbage")
    fresh = _line().encode()
    lock._remove_if_unchanged(stale, b"something else")  # judged stale: not what is there now
    assert stale.read_bytes() == b"garbage"
    stale.write_bytes(fresh)
    lock._remove_if_unchanged(stale, b"garbage")
    assert stale.read_bytes() == fresh
    assert _beside(demo_zh) == [".~lock.demo.perfdesk#", "demo.perfdesk"]
    stale.unlink()


# -- folders that refuse the lock ----------------------------------------------------------------


def test_folder_that_refuses_the_lock_file_opens_read_only_and_says_why(
    demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, line: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(lock, "_create_exclusive", refuse)
    with Document.open(demo_zh) as doc:
        assert doc.read_only and doc.lock is None
        assert doc.read_only_cause == NO_LOCK_FILE
        assert "no lock file could be made" in doc.read_only_reason
        assert "Permission denied" in doc.read_only_reason
    with pytest.raises(DocumentError, match="no lock file"):
        Document.create(demo_zh.with_name("new.perfdesk"))
    assert _beside(demo_zh) == ["demo.perfdesk"]


def test_write_protected_folder_opens_read_only_without_a_lock(
    demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    with Document.open(demo_zh) as doc:
        assert doc.read_only and doc.read_only_cause == WRITE_PROTECTED
    assert _beside(demo_zh) == ["demo.perfdesk"]


# -- processes -----------------------------------------------------------------------------------


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_process_alive() -> None:
    assert lock.process_alive(os.getpid())
    assert not lock.process_alive(_dead_pid())
    assert not lock.process_alive(0)
    assert not lock.process_alive(-5)


def test_demo_build_removes_the_lock_a_killed_build_left(tmp_path: Path) -> None:
    out = tmp_path / "demo.perfdesk"
    dead = _dead_pid()
    left = tmp_path / f".~lock..demo.perfdesk.part-{dead}#"
    left.write_text(_line(host=socket.gethostname(), pid=dead), encoding="utf-8")
    assert cli.main(["demo", str(out)]) == cli.EXIT_OK
    assert _beside(out) == ["demo.perfdesk"]
