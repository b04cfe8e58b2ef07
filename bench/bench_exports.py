"""Bench row for File → Export: every press of the season (730,000 count events) as XLSX, against XlsxWriter
writing the same number of rows and columns of plain values in constant-memory mode (the floor: the library
alone, no database and no labels). Goal: ≤ 15 s absolute (it was 78 s with openpyxl)."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path


def bare_xlsx(rows: int, columns: int, target: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    ws = wb.add_worksheet()
    when = dt.datetime(2026, 6, 1, 10, 0)
    date_format = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for r in range(rows):
        for c in range(columns):
            if c == 1:
                ws.write_datetime(r, c, when, date_format)
            elif c in (3, 7):
                ws.write_number(r, c, r % 24)
            else:
                ws.write_string(r, c, "Adult")
    wb.close()


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
    row(f"XLSX export of every press ({n:,} rows) vs bare XlsxWriter", elapsed, floor, "s")
    print(f"{'':<46} absolute: {elapsed:.1f} s (goal ≤ 15 s)")
