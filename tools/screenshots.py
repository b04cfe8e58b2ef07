"""Render the main window's pages (and, with --dialogs, every dialog) to PNG with the app itself (offscreen).

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python tools/screenshots.py --db demo.sqlite --lang ro \\
        --dark --dialogs --out shots/ro-dark
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from mediator_desk import paths  # noqa: E402
from mediator_desk.db.engine import open_database  # noqa: E402
from mediator_desk.db.models import VisitorGroup  # noqa: E402
from mediator_desk.services.pin import hash_pin  # noqa: E402
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


class DialogShots:
    """Open each dialog the way a user does, grab it (every tab, every page of the assistant) and close it."""

    def __init__(self, app: QApplication, window: MainWindow, out: Path, width: int) -> None:
        self.app, self.window, self.out, self.width = app, window, out, width
        self.sizes: list[str] = []

    def save(self, widget: QWidget, name: str) -> None:
        self.app.processEvents()
        image = widget.grab()
        if self.width:
            image = image.scaledToWidth(self.width, Qt.TransformationMode.SmoothTransformation)
        image.save(str(self.out / f"{name}.png"))
        screen = widget.screen().availableGeometry()
        fits = widget.frameGeometry().width() <= screen.width() and widget.frameGeometry().height() <= screen.height()
        self.sizes.append(f"{name}: {widget.width()}×{widget.height()}" + ("" if fits else "  LARGER THAN THE SCREEN"))
        print(self.out / f"{name}.png")

    def capture(self, name: str, trigger, shoot=None) -> None:
        """Run `trigger` (it may block in exec()); the first new top-level window is shot and closed."""
        before = {id(w) for w in self.app.topLevelWidgets() if w.isVisible()}
        loop = QEventLoop()
        done = []

        def poll() -> None:
            new = [w for w in self.app.topLevelWidgets() if w.isVisible() and id(w) not in before]
            if not new:
                QTimer.singleShot(50, poll)
                return
            widget = new[0]
            QTest.qWait(150)
            (shoot or self.save)(widget, name)
            done.append(widget)
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.hide()
            loop.quit()

        QTimer.singleShot(50, poll)
        trigger()
        if not done:
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()

    def tabs(self, widget: QWidget, name: str) -> None:
        tabs = widget.findChild(QTabWidget)
        for i in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(i)
            self.save(widget, f"{name}-{i + 1}" if tabs else name)

    def wizard(self, wizard: QWidget, name: str) -> None:
        ui, n = wizard.ui, 1
        fill = [lambda: None,
                lambda: (ui.venueNameEdit.setText("Muzeul de Artă Cluj-Napoca — Programul pentru familii"),
                         ui.cityEdit.setText("Cluj-Napoca"), ui.countryEdit.setText("ro"),
                         ui.timezoneCombo.setCurrentText("Europe/Bucharest")),
                lambda: ui.titleEdit.setText("Culori și povești: atelier de familie"),
                lambda: ui.namesEdit.setPlainText("Ioana Constantinescu-Rădulescu\nMatteo Bălan\n"
                                                  "Hans-Joachim Müller-Lüdenscheidt\n"),
                lambda: None, lambda: None,
                lambda: (ui.pinEdit.setText("2468"), ui.pinRepeatEdit.setText("2468"))]
        for step in fill:
            self.save(wizard, f"{name}-{n}")
            if wizard.nextId() == -1:
                break
            step()
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:  # the page said what is missing
                self.save(wizard, f"{name}-{n}-problem")
                break
            n += 1
        wizard.restart()  # the other way in: joining a team
        ui.joinRadio.setChecked(True)
        wizard.next()
        self.save(wizard, f"{name}-join")
        wizard.next()  # neither a file nor a server yet: the page says so
        self.save(wizard, f"{name}-join-problem")

    def run(self) -> None:
        w = self.window
        self.capture("dialog-about", w.show_about)
        self.capture("dialog-manual", w.show_manual)
        self.capture("dialog-export", w.show_export)
        self.capture("dialog-setup", w.first_run, self.wizard)
        tours = w.page("tours")
        w.show_page("tours")
        with w.ctx.db.session() as s:
            session_id = s.scalars(select(VisitorGroup.session_id).limit(1)).first()
        if session_id:
            self.capture("dialog-tour", lambda: tours.actions_.edit(session_id), self.tabs)
        self.capture("dialog-tour-new", lambda: tours.actions_.new(None), self.tabs)
        counter = w.page("counter")
        w.show_page("counter")
        self.capture("dialog-correction", counter._on_correct_clicked)
        self.capture("dialog-categories", counter._on_categories_clicked)
        feedback = w.page("feedback")
        w.show_page("feedback")
        self.capture("dialog-feedback", feedback._on_add_clicked)
        self.capture("message-kiosk-without-pin", feedback.open_kiosk)
        w.ctx.prefs.kiosk_pin_hash = hash_pin("2468")
        kiosk = []
        self.capture("kiosk", lambda: kiosk.append(feedback.open_kiosk()))
        if kiosk and kiosk[0] is not None:
            k = kiosk[0]
            k.show()
            k.close()  # Escape or Alt+F4: the kiosk's own PIN page
            k.ui.pinEdit.setText("0000")
            k._on_pin_entered()  # a wrong PIN: the page says so
            self.save(k, "kiosk-pin")
            k.ui.pinEdit.setText("2468")
            k._on_pin_entered()
        (self.out / "sizes.txt").write_text("\n".join(self.sizes) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("screens"))
    ap.add_argument("--lang", default="en")
    ap.add_argument("--pages", default=",".join(PAGE_ORDER))
    ap.add_argument("--size", default="1366x768")
    ap.add_argument("--width", type=int, default=0, help="scale each image to this width (the manual's)")
    ap.add_argument("--dark", action="store_true", help="a dark system palette, as a dark desktop theme gives")
    ap.add_argument("--dialogs", action="store_true", help="also every dialog, its tabs and the assistant's pages")
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
    if args.dialogs:
        DialogShots(app, window, args.out, args.width).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
