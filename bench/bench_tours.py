"""Bench rows for the Tours page on the season database (about 3,000 tours).

Opening: the page's refresh (its four set-based queries, rows, model, filter, view) against the same statements
replayed with raw sqlite3 (bench/own_queries.py). Filtering: a search typed into the page, against Qt's own
QSortFilterProxyModel filtering a QStandardItemModel holding the same rows as text, shown in a table view of
the same size (both repaint)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from pathlib import Path


def _best(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(season: Path, row) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from bench.own_queries import capture, replay
    from mediator_desk.db.engine import open_database
    from mediator_desk.views.app import settle_memory
    from mediator_desk.views.context import AppContext
    from mediator_desk.views.preferences import Preferences
    from mediator_desk.views.tours_page import ToursPage

    app = QApplication.instance() or QApplication([])
    db = open_database(season)
    with sqlite3.connect(season) as con:
        first, last = con.execute("SELECT min(planned_start), max(planned_start) FROM tour_session").fetchone()
    first_day, last_day = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
    ctx = AppContext(db=db, prefs=Preferences(Path(season).with_suffix(".bench.ini")), device_id="bench")
    page = ToursPage(ctx)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    settle_memory()  # as the app does once its window is ready

    def own_queries() -> float:
        return replay(season, capture(db.engine, lambda: (page.refresh(), app.processEvents())))

    # As a mediator opens it on the last day of the season: the default range, 30 days either side of today.
    today = QDate(last_day.year, last_day.month, last_day.day)
    page.ui.fromEdit.setDate(today.addDays(-30))
    page.ui.toEdit.setDate(today.addDays(30))
    opened = _best(5, lambda: (page.refresh(), app.processEvents()))
    row(f"tours page open, default 60 days ({page.model.rowCount():,} rows)", opened * 1000, own_queries() * 1000,
        "ms", goal=3.0)
    print(f"{'':<46} absolute: {opened * 1000:.0f} ms")
    page.ui.fromEdit.setDate(QDate(first_day.year, first_day.month, first_day.day))
    page.ui.toEdit.setDate(QDate(last_day.year, last_day.month, last_day.day))
    app.processEvents()

    opened = _best(5, lambda: (page.refresh(), app.processEvents()))
    rows = page.model.rowCount()
    row(f"tours page open, whole season ({rows:,} tours)", opened * 1000, own_queries() * 1000, "ms", goal=3.0)
    print(f"{'':<46} absolute: {opened * 1000:.0f} ms (no visible pause: under 200 ms)")

    words = ["müller", "guided", "ro", "workshop", ""]

    def search():
        for w in words:
            page.ui.searchEdit.setText(w)
            app.processEvents()

    texts = [" ".join(str(page.model.index(r, c).data() or "") for c in range(8)) for r in range(rows)]
    plain = QStandardItemModel()
    for text in texts:
        plain.appendRow(QStandardItem(text))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(plain)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare_view = QTableView()
    bare_view.setModel(proxy)
    bare_view.resize(page.ui.toursView.size())
    bare_view.show()
    app.processEvents()

    def bare_filter():
        for w in words:
            proxy.setFilterFixedString(w)
            app.processEvents()

    filtered = _best(5, search) / len(words)
    row("tours page filter (one search, season)", filtered * 1000, _best(5, bare_filter) / len(words) * 1000, "ms",
        goal=3.0)
    print(f"{'':<46} absolute: {filtered * 1000:.0f} ms per search")
    bare_view.close()
    page.close()
    db.close()
