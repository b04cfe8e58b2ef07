"""Child process for the crash test: presses keys on the real Counter page and reports what it shows.

Usage: python -m tests.ui.counter_child DB_PATH EXHIBITION_ID PREFS_PATH SEED
Prints "shown EVENT_ID TOTAL" for every press once the page displays it (press_recorded is emitted after
the labels changed).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mediator_desk.db.engine import open_database  # noqa: E402
from mediator_desk.views.context import AppContext  # noqa: E402
from mediator_desk.views.counter_page import CounterPage  # noqa: E402
from mediator_desk.views.preferences import Preferences  # noqa: E402
from mediator_desk.views.prompts import ScriptedPrompts  # noqa: E402

KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_Space, Qt.Key.Key_Backspace]


def main() -> None:
    db_path, exhibition_id, prefs_path, seed = sys.argv[1:5]
    rng = random.Random(int(seed))
    app = QApplication([])
    prefs = Preferences(Path(prefs_path))
    prefs.for_database(Path(db_path)).exhibition_id = exhibition_id
    page = CounterPage(AppContext(db=open_database(Path(db_path)), prefs=prefs, prompts=ScriptedPrompts(),
                                  device_id="crash-laptop"))
    page.show()
    page.refresh()
    page.press_recorded.connect(
        lambda event_id: print(f"shown {event_id} {page.ui.totalValue.text().replace(',', '')}", flush=True))
    print("ready", flush=True)

    def press() -> None:
        key = rng.choices(KEYS, [5, 2, 2, 2, 1])[0]
        QTest.keyClick(page, key)

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(0)
    app.exec()


if __name__ == "__main__":
    main()
