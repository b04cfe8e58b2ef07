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


def capture(engine, work: Callable[[], object]) -> list[tuple[str, tuple]]:
    from sqlalchemy import event

    statements: list[tuple[str, tuple]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
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
