"""fetch_rows: big reads decoded in C, damaged text still shown as U+FFFD."""

from __future__ import annotations

import sqlite3

import pytest

from perfdesk.store.validate import decode_text, fetch_rows


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.text_factory = decode_text
    conn.execute("CREATE TABLE t (n INTEGER, x TEXT)")
    conn.execute("INSERT INTO t VALUES (1, '销售部'), (2, CAST(x'ff41' AS TEXT))")
    return conn


def test_good_and_damaged_text_read_as_the_text_factory_reads_them() -> None:
    conn = _conn()
    assert fetch_rows(conn, "SELECT x FROM t WHERE n = ?", (1,)) == [("销售部",)]
    assert fetch_rows(conn, "SELECT x FROM t ORDER BY n") == [("销售部",), ("\ufffdA",)]
    assert conn.text_factory is decode_text  # put back after the fast attempt


def test_other_errors_are_not_retried_away() -> None:
    conn = _conn()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        fetch_rows(conn, "SELECT x FROM missing")
    assert conn.text_factory is decode_text
