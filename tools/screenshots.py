"""Render the main window's pages (and optional dialogs) to PNG with the app itself (offscreen)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mediator_desk import paths  # noqa: E402
from mediator_desk.db.engine import open_database  # noqa: E402
from mediator_desk.views.app import load_stylesheet  # noqa: E402
from mediator_desk.views.context import AppContext  # noqa: E402
from mediator_desk.views.main_window import PAGE_ORDER, MainWindow  # noqa: E402
from mediator_desk.views.preferences import Preferences  # noqa: E402
from mediator_desk.views.translations import install_translators  # noqa: E402


def dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in [("Window", "#2b2b2b"), ("WindowText", "#e6e6e6"), ("Base", "#1e1e1e"),
                         ("AlternateBase", "#262626"), ("Text", "#e6e6e6"), ("Button", "#353535"),
                         ("ButtonText", "#e6e6e6"), ("Highlight", "#2a82da"), ("HighlightedText", "#ffffff"),
                         ("PlaceholderText", "#9a9a9a"), ("ToolTipBase", "#2b2b2b"), ("ToolTipText", "#e6e6e6")]:
        p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return p


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("screens"))
    ap.add_argument("--lang", default="en")
    ap.add_argument("--pages", default=",".join(PAGE_ORDER))
    ap.add_argument("--size", default="1366x768")
    ap.add_argument("--width", type=int, default=0, help="scale each image to this width (the manual's)")
    ap.add_argument("--dark", action="store_true", help="a dark system palette, as a dark desktop theme gives")
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
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
        image = window.grab()
        if args.width:
            image = image.scaledToWidth(args.width, Qt.TransformationMode.SmoothTransformation)
        image.save(str(target))
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
