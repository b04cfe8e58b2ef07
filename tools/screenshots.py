"""Render the main window's pages (and optional dialogs) to PNG with the app itself (offscreen)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from mediator_desk import paths  # noqa: E402
from mediator_desk.db.engine import open_database  # noqa: E402
from mediator_desk.views.app import load_stylesheet  # noqa: E402
from mediator_desk.views.context import AppContext  # noqa: E402
from mediator_desk.views.main_window import PAGE_ORDER, MainWindow  # noqa: E402
from mediator_desk.views.preferences import Preferences  # noqa: E402
from mediator_desk.views.translations import install_translators  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("screens"))
    ap.add_argument("--lang", default="en")
    ap.add_argument("--pages", default=",".join(PAGE_ORDER))
    ap.add_argument("--size", default="1280x800")
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    install_translators(app, args.lang)
    load_stylesheet(app)
    args.out.mkdir(parents=True, exist_ok=True)
    prefs = Preferences(Path(tempfile.mkdtemp()) / "prefs.ini")
    window = MainWindow(AppContext(db=open_database(args.db), prefs=prefs, device_id=paths.device_id()))
    w, h = (int(x) for x in args.size.split("x"))
    window.resize(w, h)
    window.show()
    for key in args.pages.split(","):
        window.show_page(key)
        app.processEvents()
        target = args.out / f"{key}.png"
        window.grab().save(str(target))
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
