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


def bare_window() -> None:
    """The floor for start-up: a bare PySide6 window shown, then quit from the event loop."""
    t0 = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    win = QMainWindow()
    win.setCentralWidget(QLabel("Mediator Desk"))
    win.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(json.dumps({"seconds": time.perf_counter() - t0, "peak_mb": peak_mb()}))


def app_ready(db: str) -> None:
    """The app on a database, until the main window is shown and filled (--quit-when-ready)."""
    t0 = time.perf_counter()
    from mediator_desk.__main__ import main

    code = main(["--db", db, "--quit-when-ready"])
    print(json.dumps({"seconds": time.perf_counter() - t0, "peak_mb": peak_mb(), "code": code}))


if __name__ == "__main__":
    {"bare_window": lambda: bare_window(), "app_ready": lambda: app_ready(sys.argv[2])}[sys.argv[1]]()
