"""Bench rows for the Feedback page on the season database (20,000 answers).

The page's reload (query, rows, model, rating distribution, view) for the last 30 days and for the whole season,
against the same statements replayed with raw sqlite3 (bench/own_queries.py)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from pathlib import Path


def _median(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(season: Path, row) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from bench.own_queries import capture, replay
    from mediator_desk.db.engine import open_database
    from mediator_desk.views.app import settle_memory
    from mediator_desk.views.context import AppContext
    from mediator_desk.views.feedback_page import FeedbackPage
    from mediator_desk.views.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    with sqlite3.connect(season) as con:
        first, last = (dt.date.fromisoformat(d) for d in con.execute("SELECT min(day), max(day) FROM feedback").fetchone())
    db = open_database(season)
    ctx = AppContext(db=db, prefs=Preferences(Path(season).with_suffix(".bench-fb.ini")), device_id="bench",
                     clock=lambda: dt.datetime.combine(last, dt.time(12), dt.timezone.utc))
    page = FeedbackPage(ctx)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    app.processEvents()
    settle_memory()  # as the app does once its window is ready

    for label, since in (("last 30 days", last - dt.timedelta(days=30)), ("whole season", first)):
        page.ui.fromEdit.setDate(QDate(since.year, since.month, since.day))
        app.processEvents()
        took = _median(5, lambda: (page.refresh(), app.processEvents()))
        own = replay(season, capture(db.engine, lambda: (page.refresh(), app.processEvents())))
        row(f"feedback page open, {label} ({page.model.rowCount():,} answers)", took * 1000, own * 1000, "ms",
            goal=3.0)
    page.close()
    db.close()
