"""The floor of a page's opening: the very statements the page ran, replayed with raw sqlite3.

capture() records what the app sent to SQLite while it did something; replay() times the same SELECTs through a
bare sqlite3 connection, fetching every row. The ratio is then what the app adds to its own queries (decoding,
rows, the model, the view), not a difference in the SQL."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def capture(engine, work: Callable[[], object], words: tuple[str, ...] = ("SELECT",)) -> list[tuple[str, tuple]]:
    """The statements beginning with one of `words` that the app sent to SQLite while it did `work`."""
    from sqlalchemy import event

    statements: list[tuple[str, tuple]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        if statement.lstrip().upper().startswith(words):
            statements.append((statement, tuple(parameters) if parameters else ()))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return statements


def replay(path: Path, statements: list[tuple[str, tuple]], repeat: int = 5) -> float:
    """Median seconds to run and fetch the statements on a fresh raw connection (opening it included, as the
    app's session opens one)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        con = sqlite3.connect(path)
        for sql, params in statements:
            con.execute(sql, params).fetchall()
        con.close()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def capture_writes(engine, work: Callable[[], object]) -> list[tuple[str, tuple]]:
    """The INSERT/UPDATE/DELETE statements the app sent while it did `work`."""
    return capture(engine, work, ("INSERT", "UPDATE", "DELETE"))


def raw_presses(path: Path, insert: tuple[str, tuple], presses: int) -> list[float]:
    """The floor of a counter press: the app's own INSERT into the real count_event table (its indexes, its
    change-counter trigger, its foreign keys), with a fresh id and running number each time, in its own
    transaction and committed with the app's pragmas. Seconds per press."""
    import re
    import uuid

    sql, params = insert
    columns = [c.strip() for c in re.search(r"\(([^)]*)\)\s*VALUES", sql, re.IGNORECASE).group(1).split(",")]
    id_at, seq_at = columns.index("id"), columns.index("seq") if "seq" in columns else None
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    seq = (con.execute("SELECT max(seq) FROM count_event").fetchone()[0] or 0) + 1_000_000
    took = []
    for _ in range(presses):
        values = list(params)
        values[id_at] = uuid.uuid4().hex
        if seq_at is not None:
            seq += 1
            values[seq_at] = seq
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute(sql, values)
        con.execute("COMMIT")
        took.append(time.perf_counter() - t0)
    con.close()
    return took
