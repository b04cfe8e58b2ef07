"""The main window: assembles the pages, the navigation, the status bar; remembers its geometry."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QListWidgetItem, QMainWindow, QScrollArea, QWidget

from mediator_desk import paths
from mediator_desk.services.changes import Changes
from mediator_desk.ui.ui_main_window import Ui_MainWindow
from mediator_desk.views.context import AppContext
from mediator_desk.views.formatting import fmt
from mediator_desk.views.page import Page
from mediator_desk.views.preferences import Preferences
from mediator_desk.views.screen_fit import available_area, fit_on_screen
from mediator_desk.views.widgets.elided_label import ElidedLabel

PAGE_ORDER = ("today", "tours", "counter", "feedback", "reports", "settings")
# Pages are built (and their modules imported) the first time they are shown: start-up pays for Today only.
PAGE_CLASSES = {
    "today": ("mediator_desk.views.today_page", "TodayPage"),
    "tours": ("mediator_desk.views.tours_page", "ToursPage"),
    "counter": ("mediator_desk.views.counter_page", "CounterPage"),
    "feedback": ("mediator_desk.views.feedback_page", "FeedbackPage"),
    "reports": ("mediator_desk.views.reports_page", "ReportsPage"),
    "settings": ("mediator_desk.views.settings_page", "SettingsPage"),
}


def relaunch_command(path: Path) -> tuple[str, list[str]]:
    """The command that starts Mediator Desk on `path`: the standalone executable, or `python -m mediator_desk`."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", str(path)]
    return sys.executable, ["-m", "mediator_desk", "--db", str(path)]


def page_titles() -> dict[str, str]:
    # Written out in full: lupdate only recognises literal QCoreApplication.translate calls.
    return {"today": QCoreApplication.translate("MainWindow", "Today"),
            "tours": QCoreApplication.translate("MainWindow", "Tours"),
            "counter": QCoreApplication.translate("MainWindow", "Counter"),
            "feedback": QCoreApplication.translate("MainWindow", "Feedback"),
            "reports": QCoreApplication.translate("MainWindow", "Reports"),
            "settings": QCoreApplication.translate("MainWindow", "Settings")}


class MainWindow(QMainWindow):
    ready = Signal()  # the window is shown and its first page filled
    changes_routed = Signal(object)  # every Changes a command made, after the pages heard of it

    def __init__(self, ctx: AppContext | None = None, *, prefs: Preferences | None = None) -> None:
        """The window. Without `ctx` it is the shell (menus, page list, status bar) that start-up paints before
        the database layer is even imported; attach() then gives it the database and fills it."""
        super().__init__()
        self.ctx: AppContext | None = None
        self.prefs = prefs if prefs is not None else ctx.prefs
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, Page] = {}
        titles = page_titles()
        for number, key in enumerate(PAGE_ORDER, start=1):
            self.ui.pageStack.addWidget(QWidget())  # placeholder until the page is first shown
            item = QListWidgetItem(titles[key])
            item.setToolTip(fmt(self.tr("Ctrl+%1"), str(number)))
            self.ui.navList.addItem(item)
            action = QAction(titles[key], self)  # View menu: the pages, Ctrl+1…6
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.ui.menuView.addAction(action)
        self._db_label = ElidedLabel()  # a long path never makes the window wider than the screen
        self.ui.statusBar.addPermanentWidget(self._db_label)
        self.ui.navList.currentRowChanged.connect(self._on_nav_row_changed)
        self.ui.actionQuit.triggered.connect(self.close)
        self.manual = None
        self.jobs = None  # long work of the window's own (demo data), made on first use
        self.lock: QWidget | None = None  # the visitor kiosk while it runs: nothing else can be reached
        geometry = self.prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._fitted = False
        self._settle_until = 0.0  # until then a move may be the window manager adding its frame
        self._ready_sent = False
        if ctx is not None:
            self.attach(ctx)
        else:  # the shell: nothing can be asked of it until the database is open
            for action in self.findChildren(QAction):
                action.setEnabled(action is self.ui.actionQuit)
            self.ui.navList.setEnabled(False)

    def show_opening(self, label: str) -> None:
        """The shell's word while the database opens."""
        self._db_label.setText(fmt(self.tr("Opening %1…"), label))

    def attach(self, ctx: AppContext) -> None:
        """The database is open: wire the actions, the runner and the team, and show the first page."""
        self.ctx = ctx
        self.prefs = ctx.prefs
        for action in self.findChildren(QAction):
            action.setEnabled(True)
        self.ui.navList.setEnabled(True)
        self._db_label.setText(fmt(self.tr("Database: %1 — everything is saved on this laptop as you work"),
                                   ctx.db.label))
        if ctx.db.read_only:
            self._db_label.setText(fmt(self.tr("Database: %1 — read-only"), ctx.db.label))
            self.show_banner(fmt(self.tr("This database is open read-only: you can look at everything and print "
                                         "reports, but nothing can be saved. %1"), ctx.db.read_only_reason))
        from mediator_desk.views.ops import Ops

        self.ops = Ops(ctx, self)  # every operation that writes runs through it; its Changes reach every page
        ctx.ops = self.ops
        self.ops.published.connect(self.route)
        from mediator_desk.views.team import TeamController

        self.team = TeamController(self, ctx, self.ops.publish)
        ctx.team = self.team
        self.ui.statusBar.addPermanentWidget(self.team.label)
        self.changes_routed.connect(self.team.note_changes)
        self.team.state_changed.connect(self._on_team_state)
        self.ui.actionMerge.triggered.connect(self.team.merge_dialog)
        self.ui.actionSaveCopy.triggered.connect(self.team.save_copy_dialog)
        self.ui.actionSync.triggered.connect(self._on_sync_action)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionManual.triggered.connect(self.show_manual)
        self.ui.actionExport.triggered.connect(self.show_export)
        self.ui.actionNewDatabase.triggered.connect(lambda: self.switch_database(new=True))
        self.ui.actionOpenDatabase.triggered.connect(lambda: self.switch_database(new=False))
        self.ui.actionStartTour.triggered.connect(self._on_start_tour_action)
        self.ui.actionKiosk.triggered.connect(lambda: (self.show_page("feedback"), self.page("feedback").open_kiosk()))
        self.ui.actionSettings.triggered.connect(lambda: self.show_page("settings"))
        self.ui.actionFullScreen.toggled.connect(self._on_full_screen_toggled)
        self.ui.actionStartTour.setEnabled(not ctx.db.read_only)
        self.ui.actionKiosk.setEnabled(not ctx.db.read_only)
        writable = not ctx.db.read_only and ctx.db.path is not None
        self.ui.actionMerge.setEnabled(writable)
        self._on_team_state()
        if self.isVisible():
            self._show_first_page()

    def _show_first_page(self) -> None:
        if self.ui.navList.currentRow() < 0:
            self.show_page("today")
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self.ready.emit)

    def page(self, key: str) -> Page:
        """The page for `key`, built on first use and put in its place in the stack."""
        if key not in self.pages:
            module_name, class_name = PAGE_CLASSES[key]
            page: Page = getattr(importlib.import_module(module_name), class_name)(self.ctx)
            index = PAGE_ORDER.index(key)
            placeholder = self.ui.pageStack.widget(index)
            self.ui.pageStack.insertWidget(index, _scrolling(page))
            self.ui.pageStack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            self._connect_page(key, page)
        return self.pages[key]

    def _connect_page(self, key: str, page: Page) -> None:
        if key == "today":
            page.exhibition_changed.connect(self._on_exhibition_changed)
        if key == "feedback":
            page.lock_requested.connect(self.set_lock)
        page.action_requested.connect(self.do_action)
        page.status_message.connect(lambda text: self.ui.statusBar.showMessage(text, 5000))

    def route(self, changes: Changes) -> None:
        """Hand what an operation changed to every page (the one that asked included: pages redraw only here);
        the visible page redraws now, the others when they are next shown."""
        self.ctx.note_changes(changes)
        for page in self.pages.values():
            page.on_changes(changes)
        self.changes_routed.emit(changes)

    def _on_team_state(self) -> None:
        self.ui.actionSync.setEnabled(bool(self.team.server_url) and not self.team.syncing()
                                      and not self.ctx.db.read_only)

    def _on_sync_action(self) -> None:
        if not self.team.server_url:
            self.show_page("settings")
            self.page("settings").show_section("team")
            return
        self.team.sync()

    def show_about(self) -> None:
        from mediator_desk.views.dialogs.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def show_manual(self) -> None:
        """The manual in its own window, beside the app (F1 again brings it forward)."""
        from mediator_desk.views.dialogs.manual_window import ManualWindow

        if self.manual is None:
            self.manual = ManualWindow(self)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()

    def switch_database(self, *, new: bool) -> bool:
        """Open another database file (or a new one) in its own window, then close this one: every database keeps
        its one window, its lock and its checks (the new window is a fresh start of the app on that file)."""
        filters = self.tr("Mediator Desk databases (*.sqlite *.db);;All files (*)")
        folder = str(self.ctx.db.path.parent if self.ctx.db.path else Path.home())
        if new:
            name = self.ctx.prompts.ask_save_file(self, self.tr("New database"),
                                                  str(Path(folder) / "mediator-desk.sqlite"), filters)
        else:
            name = self.ctx.prompts.ask_open_file(self, self.tr("Open database"), folder, filters)
        if not name:
            return False
        path = Path(name).expanduser()
        if new and path.suffix == "":
            path = path.with_suffix(".sqlite")
        if new and path.exists() and path.stat().st_size > 0:
            self.ctx.prompts.error(self, self.tr("New database"), fmt(self.tr(
                "%1 exists already. Choose File → Open database… to work on it, or another name."), str(path)))
            return False
        if self.ctx.db.path is not None and path.resolve() == self.ctx.db.path.resolve():
            return False
        if not self.launch(path):
            self.ctx.prompts.error(self, self.tr("Open database"), fmt(self.tr(
                "Mediator Desk could not be started on %1."), str(path)))
            return False
        self.close()
        return True

    def launch(self, path: Path) -> bool:
        """Start the app on `path` (the packaged executable, or this Python with the package)."""
        from PySide6.QtCore import QProcess

        program, args = relaunch_command(path)
        started, _pid = QProcess.startDetached(program, args)
        return bool(started)

    def show_export(self) -> None:
        from mediator_desk.views.dialogs.export_dialog import ExportDialog

        ExportDialog(self.ctx, self).exec()

    def do_action(self, action: str) -> None:
        """What an empty page's button asks for."""
        from mediator_desk.services.storage import is_empty

        if action == "setup":
            if is_empty(self.ctx.db):
                self.first_run()
            else:
                self.do_action("settings:exhibition")
        elif action.startswith("settings:"):
            self.show_page("settings")
            self.page("settings").show_section(action.split(":", 1)[1])
        elif action == "start_tour":
            self._on_start_tour_action()

    def first_run(self) -> None:
        """The set-up assistant, when the database is empty (start-up, or an empty page's button)."""
        from mediator_desk.views.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(self.ctx, self)
        self.wizard = wizard
        if wizard.exec():
            self.after_first_run(wizard.result())

    def after_first_run(self, result) -> None:
        """Carry out what the assistant chose (a SetupResult): show the new venue, write demo data, or join."""
        if result.choice == "setup":
            self.ops.publish(result.changes)
            self.ui.statusBar.showMessage(self.tr("Your venue is set up. Start counting or plan a tour."), 8000)
        elif result.choice == "demo":
            self.fill_demo()
        else:
            server = result.join_server
            if server:
                self.team.configure(server, "", True)
            if result.join_file is not None:
                self.team.merge([result.join_file])
            elif server:
                self.team.sync()
        self.show_page("today")

    def fill_demo(self, days: int = 60) -> None:
        """Demo data (two months by default) into this (empty) database, off the UI thread."""
        from mediator_desk.services import demo
        from mediator_desk.services.changes import TEAM
        from mediator_desk.views.labels import category_names

        db, names = self.ctx.db, category_names()  # the categories named in the interface language
        self.ops.run_long(self.tr("Demo data"),
                          lambda report: demo.generate(db, days=days, progress=lambda _m: report(0, 0),
                                                       category_names=names),
                          label=self.tr("Writing two months of demo data…"),
                          on_cancelled=lambda: self.ops.publish(Changes.of(TEAM)))  # what was written shows

    def _on_start_tour_action(self) -> None:
        self.show_page("today")
        self.page("today").start_tour()

    def _on_full_screen_toggled(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def show_banner(self, text: str) -> None:
        """A standing message above the pages (read-only file, damaged file)."""
        self.ui.bannerLabel.setText(text)
        self.ui.bannerLabel.setProperty("severity", "error")
        self.ui.bannerLabel.setVisible(True)

    def show_damage(self, problem: str) -> None:
        """SQLite's full check failed: nothing more is written; say what to do."""
        self.show_banner(fmt(self.tr("This database failed SQLite's integrity check (%1). Nothing more is saved "
                                     "to it. Restore a backup (File → Restore) or ask for help; the backups are "
                                     "in %2."), problem, str(paths.backup_dir(self.ctx.db.path))))
        self.ctx.prompts.error(self, self.tr("The database is damaged"), self.ui.bannerLabel.text())

    def set_lock(self, kiosk: QWidget | None) -> None:
        """While the kiosk runs the window is hidden and disabled (a visitor cannot raise it, and its shortcuts
        do nothing); the PIN that closes the kiosk brings it back."""
        self.lock = kiosk
        if self.manual is not None:
            self.manual.close()
        self.setEnabled(kiosk is None)
        if kiosk is not None:
            self.hide()
        else:
            self.show()
            self.activateWindow()

    def showEvent(self, event) -> None:  # noqa: N802
        if self.lock is not None:  # something asked for the window while the kiosk runs: show the kiosk
            QTimer.singleShot(0, self.hide)
            self.lock.raise_()
            self.lock.activateWindow()
        self._first_show()
        super().showEvent(event)
        if self.ctx is not None:
            self._show_first_page()

    def bring_to_front(self) -> None:
        """A second start on the same database asked this window to come forward (the kiosk, while it runs)."""
        if self.lock is not None:
            self.lock.raise_()
            self.lock.activateWindow()
            return
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def current_key(self) -> str:
        return PAGE_ORDER[self.ui.navList.currentRow()]

    def show_page(self, key: str) -> None:
        self.ui.navList.setCurrentRow(PAGE_ORDER.index(key))

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        page = self.page(PAGE_ORDER[row])
        self.ui.pageStack.setCurrentIndex(row)
        page.show_current()
        page.setFocus()

    def _on_exhibition_changed(self, _exhibition_id: str) -> None:
        for key, page in self.pages.items():
            if key != "today":
                page.reset_exhibition()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Never larger than the screen's free area (a remembered size from a bigger screen included), and
        fully on it; a first start takes most of a small screen, at most 1280×800."""
        if self.isMaximized():
            return
        if self.prefs.geometry() is None:
            self.resize(1280, 800)
        fit_on_screen(self, available)

    def _first_show(self) -> None:
        if not self._fitted:
            self._fitted = True
            self.fit_to_screen()
            # The window manager adds its frame (title bar) only once the window is mapped: place the window
            # again then, so that a window restored at the screen's top edge keeps its title bar on the screen
            # (it moves the window when it does: see moveEvent; the timers cover a manager that does not)
            self._settle_until = time.monotonic() + 6
            for delay in (0, 300, 1000, 2500, 5000):
                QTimer.singleShot(delay, self._keep_frame_on_screen)

    def moveEvent(self, event) -> None:  # noqa: N802
        super().moveEvent(event)
        if time.monotonic() < self._settle_until:
            QTimer.singleShot(0, self._keep_frame_on_screen)

    def _keep_frame_on_screen(self) -> None:
        if self.isMaximized() or self.isFullScreen() or not self.isVisible():
            return
        available = available_area(self)
        if available is None:
            return
        frame = self.frameGeometry()
        if frame.top() < available.top() or frame.left() < available.left() or not available.contains(frame):
            fit_on_screen(self, available)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.lock is not None:  # the session ending, or Ctrl+Q from somewhere: the kiosk decides (PIN)
            self.lock.close()
            if self.lock is not None:
                event.ignore()
                return
        for page in self.pages.values():
            if not page.can_close():
                event.ignore()
                return
        self.prefs.set_geometry(self.saveGeometry())
        if self.ctx is not None:
            self.team.stop()
        super().closeEvent(event)


def _scrolling(page: QWidget) -> QScrollArea:
    """A page in a scroll area: on a screen smaller than the page needs (1366×768 at 125 %, Settings and Feedback
    in Romanian or Italian) the page scrolls instead of the window growing past the screen's edge."""
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page, not its frame, is the Tab stop
    holder.setWidget(page)
    return holder
