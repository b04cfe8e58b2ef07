"""Bench row for File → Export: every press of the season (730,000 count events) as XLSX, against the same writer
(rust_xlsxwriter through rustpy-xlsxwriter, constant memory) given the very same rows already in memory (the
floor: the library alone, no database, no labels, no conversions). Goal: ≤ 15 s absolute (it was 78 s with
openpyxl, then 136 s with XlsxWriter's constant-memory mode in pure Python). A second line gives the library on
short repeated values, to show how much of the floor is the data's own size (long exhibition titles, unique ids)."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path


def bare_xlsx(rows: list[list], names: list[str], target: Path) -> None:
    from rustpy_xlsxwriter import write_worksheet

    write_worksheet((dict(zip(names, row)) for row in rows), str(target), datetime_format="yyyy-mm-dd hh:mm")


def short_values_xlsx(rows: int, columns: int, target: Path) -> None:
    from rustpy_xlsxwriter import write_worksheet

    when = dt.datetime(2026, 6, 1, 10, 0)
    row = {f"c{c}": when if c == 1 else 7 if c in (3, 7) else "Adult" for c in range(columns)}
    write_worksheet((row for _ in range(rows)), str(target), datetime_format="yyyy-mm-dd hh:mm")


def run(season: Path, row) -> None:
    from mediator_desk.db.engine import open_database
    from mediator_desk.services.exports import ExportRequest, _Rows, export

    db = open_database(season)
    req = ExportRequest("counts", fmt="xlsx", raw=True)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        n = export(db, req, Path(tmp) / "events.xlsx").rows
        elapsed = time.perf_counter() - t0
        source = _Rows(db, req)
        names = [c.name for c in source.columns()]
        rows = list(source.rows())
        t0 = time.perf_counter()
        bare_xlsx(rows, names, Path(tmp) / "bare.xlsx")
        floor = time.perf_counter() - t0
        del rows
        t0 = time.perf_counter()
        short_values_xlsx(n, len(names), Path(tmp) / "short.xlsx")
        short = time.perf_counter() - t0
    db.close()
    row(f"XLSX export of every press ({n:,} rows) vs the writer alone", elapsed, floor, "s")
    print(f"{'':<46} absolute: {elapsed:.1f} s (goal ≤ 15 s); the writer on short repeated values: {short:.1f} s")
