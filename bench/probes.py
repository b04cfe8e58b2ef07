"""Child-process probes: each prints one JSON line (seconds, peak memory) and exits."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM resets at exec; ru_maxrss would keep the parent's."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def first_paint_watch(t0: float, then=None):
    """An event filter on the application noting when a main window is first painted (seconds from t0), and
    calling `then` once it is."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    class Watch(QObject):
        painted: float | None = None

        def eventFilter(self, obj, event):  # noqa: N802
            if self.painted is None and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                self.painted = time.perf_counter() - t0
                if then is not None:
                    then()
            return False

    return Watch()


def bare_window() -> None:
    """The floor for start-up: a bare PySide6 window shown and painted, then quit from the event loop."""
    t0 = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    watch = first_paint_watch(t0, then=lambda: QTimer.singleShot(0, app.quit))
    app.installEventFilter(watch)
    win = QMainWindow()
    win.setCentralWidget(QLabel("Mediator Desk"))
    win.show()
    app.exec()
    print(json.dumps({"seconds": time.perf_counter() - t0, "painted": watch.painted, "peak_mb": peak_mb()}))


def app_ready(db: str) -> None:
    """The app on a database (--quit-when-ready): when its window is first painted (the shell), and when it is
    ready and the Counter has taken a key: the page shown (Ctrl+3) and a press durable."""
    t0 = time.perf_counter()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # the one the app would make (run_gui takes an existing one)
    watch = first_paint_watch(t0)
    app.installEventFilter(watch)
    took: dict = {}

    def on_ready() -> None:  # runs inside the window's ready signal, before --quit-when-ready quits
        window = next(w for w in app.topLevelWidgets() if hasattr(w, "show_page") and w.isVisible())
        window.show_page("counter")
        page = window.page("counter")
        page.setFocus()
        QTest.keyClick(page, Qt.Key.Key_1)  # returns once the press is committed and shown
        took["counter_key"] = time.perf_counter() - t0

    def hook() -> None:
        for w in app.topLevelWidgets():
            if hasattr(w, "ready") and hasattr(w, "show_page") and not took.get("hooked"):
                w.ready.connect(on_ready)
                took["hooked"] = True

    from PySide6.QtCore import QTimer

    poll = QTimer()
    poll.timeout.connect(hook)
    poll.start(0)
    from mediator_desk.__main__ import main

    code = main(["--db", db, "--quit-when-ready"])
    print(json.dumps({"seconds": time.perf_counter() - t0, "painted": watch.painted,
                      "counter_key": took.get("counter_key"), "peak_mb": peak_mb(), "code": code}))


def counter_keys(db: str, presses: int) -> None:
    """Key presses on the real Counter page (in the main window) until each is durable, and, as the floor, the
    same number of the app's own INSERT into the real count_event table with raw sqlite3 (own_queries.py)."""
    import statistics
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mediator_desk.db.engine import open_database
    from mediator_desk.views.context import AppContext
    from mediator_desk.views.main_window import MainWindow
    from mediator_desk.views.preferences import Preferences
    from mediator_desk.views.prompts import ScriptedPrompts

    app = QApplication([])
    database = open_database(Path(db))
    window = MainWindow(AppContext(db=database, prefs=Preferences(Path(db).with_suffix(".probe.ini")),
                                   prompts=ScriptedPrompts(), device_id="bench-laptop"))
    window.show()
    window.show_page("counter")
    page = window.page("counter")
    page.setFocus()
    app.processEvents()
    QTest.keyClick(page, Qt.Key.Key_1)  # the first press reads the laptop's running number
    statements = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement.split()[0].upper())

    from sqlalchemy import event

    from bench.own_queries import capture_writes, raw_presses

    insert = [w for w in capture_writes(database.engine, lambda: QTest.keyClick(page, Qt.Key.Key_1))
              if "count_event" in w[0]][0]
    event.listen(database.engine, "before_cursor_execute", count)
    keys = []
    for _ in range(presses):
        t0 = time.perf_counter()
        QTest.keyClick(page, Qt.Key.Key_1)  # returns once the press is committed (synchronous=FULL) and shown
        keys.append(time.perf_counter() - t0)
    event.remove(database.engine, "before_cursor_execute", count)
    database.close()
    raw = raw_presses(Path(db), insert, presses)
    q = statistics.quantiles
    print(json.dumps({"median": statistics.median(keys), "p99": q(keys, n=100)[98],
                      "raw_median": statistics.median(raw), "raw_p99": q(raw, n=100)[98],
                      "statements_per_press": {s: statements.count(s) / presses for s in set(statements)}}))


if __name__ == "__main__":
    {"bare_window": lambda: bare_window(), "app_ready": lambda: app_ready(sys.argv[2]),
     "counter_keys": lambda: counter_keys(sys.argv[2], int(sys.argv[3]))}[sys.argv[1]]()
