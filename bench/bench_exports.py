"""Bench row for File → Export: every press of the season (730,000 count events) as XLSX, against the same
writer (rust_xlsxwriter through rustpy-xlsxwriter, constant memory) given the same number of rows and columns of
plain values (the floor: the library alone, no database and no labels). Goal: ≤ 15 s absolute (it was 78 s with
openpyxl, then 136 s with XlsxWriter's constant-memory mode in pure Python)."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path


def bare_xlsx(rows: int, columns: int, target: Path) -> None:
    from rustpy_xlsxwriter import write_worksheet

    when = dt.datetime(2026, 6, 1, 10, 0)
    names = [f"c{c}" for c in range(columns)]
    row = {name: when if c == 1 else 7 if c in (3, 7) else "Adult" for c, name in enumerate(names)}
    write_worksheet((row for _ in range(rows)), str(target), datetime_format="yyyy-mm-dd hh:mm")


def run(season: Path, row) -> None:
    from mediator_desk.db.engine import open_database
    from mediator_desk.services.exports import ExportRequest, _Rows, export

    db = open_database(season)
    req = ExportRequest("counts", fmt="xlsx", raw=True)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        n = export(db, req, Path(tmp) / "events.xlsx")
        elapsed = time.perf_counter() - t0
        columns = len(_Rows(db, req).columns())
        t0 = time.perf_counter()
        bare_xlsx(n, columns, Path(tmp) / "bare.xlsx")
        floor = time.perf_counter() - t0
    db.close()
    row(f"XLSX export of every press ({n:,} rows) vs the bare writer", elapsed, floor, "s")
    print(f"{'':<46} absolute: {elapsed:.1f} s (goal ≤ 15 s)")
