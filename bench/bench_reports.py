"""Bench rows for the season report and the statistics return on the season database.

Each is compared with (a) a bare reportlab document of the same number of pages built in the same run and
(b) aggregating the same figures in SQL alone. Times are CPU seconds of this process."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate


def _cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def bare_document(pages: int, target: Path) -> None:
    style = getSampleStyleSheet()["Normal"]
    story = []
    for i in range(pages):
        story += [Paragraph(f"Page {i + 1}", style), PageBreak()]
    SimpleDocTemplate(str(target), pagesize=A4).build(story[:-1])


def run(season: Path, row) -> None:
    from mediator_desk.db.engine import open_database
    from mediator_desk.services.reports import ReportRequest, build_report
    from mediator_desk.services.reports.data import gather

    db = open_database(season)
    with db.session() as s:
        first_last = s.execute(__import__("sqlalchemy").text(
            "SELECT min(local_date), max(local_date) FROM count_event")).one()
    import datetime as dt

    first, last = (dt.date.fromisoformat(str(d)) for d in first_last)
    with tempfile.TemporaryDirectory() as tmp:
        for kind, name in (("period", "season report"), ("statistics", "statistics return")):
            target = Path(tmp) / f"{kind}.pdf"
            pages_box = {}

            def build(kind=kind, target=target, pages_box=pages_box):
                pages_box["n"] = build_report(db, ReportRequest(kind, first, last), target)

            cpu = _cpu(build)
            floor = _cpu(lambda pages_box=pages_box: bare_document(pages_box["n"], Path(tmp) / "bare.pdf"))

            def sql_only():
                with db.session() as s:  # the same figures, no PDF
                    gather(s, first, last, None)

            sql = _cpu(sql_only)
            row(f"{name}, CPU vs bare reportlab doc ({pages_box['n']} p)", cpu, floor, "s")
            row(f"{name}, CPU vs aggregating in SQL alone", cpu, sql, "s")
            print(f"{'':<46} absolute: {cpu:.2f} s CPU (goal for the season report: < 3 s)")
    db.close()
