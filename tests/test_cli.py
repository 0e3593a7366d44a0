"""The command line: help, demo, check with its exit codes, the no-display message."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.store.schema import SCHEMA_VERSION


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "perfdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_help_lists_the_subcommands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("open", "demo", "check"):
        assert command in result.stdout


def test_check_ok_prints_version_counts_and_integrity(
    demo_zh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(demo_zh)]) == 0
    out = capsys.readouterr().out
    assert f"schema version: {SCHEMA_VERSION} (current)" in out
    assert "people:" in out and "integrity: ok" in out


def test_check_damaged_file_exits_1(demo_zh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = demo_zh.read_bytes()
    demo_zh.write_bytes(data[: len(data) // 2])
    assert main(["check", str(demo_zh)]) == 1
    assert "truncated" in capsys.readouterr().err


def test_check_foreign_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert main(["check", str(other)]) == 2
    assert "not a perfdesk file" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "missing.perfdesk")]) == 2


def test_check_old_file_says_it_will_be_upgraded(
    v1_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = v1_file.read_bytes()
    assert main(["check", str(v1_file)]) == 0
    assert "schema version: 1 (older" in capsys.readouterr().out
    assert v1_file.read_bytes() == before


def test_demo_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.perfdesk"
    out.write_text("mine")
    assert main(["demo", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "mine"


def test_demo_writes_an_english_document(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "en.perfdesk"
    result = run("demo", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert run("check", str(out)).returncode == 0
    assert [p.name for p in out.parent.iterdir()] == ["en.perfdesk"]


def test_opening_without_a_display_explains_instead_of_crashing(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = run("--demo", env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_killed_demo_build_leaves_no_litter(tmp_path: Path) -> None:
    import signal
    import time

    out = tmp_path / "company.perfdesk"
    build = subprocess.Popen(
        [sys.executable, "-m", "perfdesk", "demo", str(out), "--size", "company"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert build.stderr is not None
    for line in build.stderr:  # kill it while it writes the goals
        if "goals" in line:
            break
    time.sleep(0.3)
    build.send_signal(signal.SIGKILL)
    build.wait()
    build.stderr.close()
    assert not out.exists()
    assert run("demo", str(out)).returncode == 0  # the next run removes the dead one's part
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_check_full_and_a_zeroed_journal(demo_zh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo_zh.with_name(demo_zh.name + "-journal").write_bytes(bytes(512))
    assert main(["check", "--full", str(demo_zh)]) == 0
    assert "integrity: ok" in capsys.readouterr().out
