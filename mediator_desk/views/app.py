"""GUI start-up: the QApplication, translations, the exception hook, one window per database, opening the
database safely (with a progress window while it is upgraded), and the work that runs beside the window, off
the UI thread once it is shown: backups, the retention purge (services/housekeeping.py), SQLite's full check.

The window's shell (menus, page list, status bar) is painted first; only then is the database layer
(SQLAlchemy, the models) imported and the file opened, and the pages filled. Nothing imported at the top of
this module reaches the database layer (tests/unit/test_architecture.py checks it)."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from mediator_desk import APP_ID, APP_NAME, DESKTOP_ID, __version__, files, paths
from mediator_desk.errors import DatabaseBusyError, MediatorDeskError, StorageError
from mediator_desk.services.changes import TOUR, Changes
from mediator_desk.views.context import AppContext
from mediator_desk.views.formatting import fmt
from mediator_desk.views.instance import SingleInstance
from mediator_desk.views.preferences import Preferences
from mediator_desk.views.prompts import Prompts, UnattendedPrompts
from mediator_desk.views.translations import install_translators

if TYPE_CHECKING:
    from mediator_desk.services.storage import Database
    from mediator_desk.views.main_window import MainWindow

log = logging.getLogger(__name__)
CHANGE_BACKUP_EVERY_S = 3600  # while the app runs: at most one copy an hour, and only if something changed
CHANGE_CHECK_MS = 5 * 60 * 1000
READY_WITHIN_S = 120  # an unattended start that has not shown a filled window by then has failed
NO_SCREEN_PLATFORMS = ("offscreen", "minimal")


def unattended(args: argparse.Namespace) -> bool:
    """No one is at the screen: --quit-when-ready (scripts, CI), or a platform without a screen."""
    return bool(args.quit_when_ready) or QGuiApplication.platformName() in NO_SCREEN_PLATFORMS


def install_exception_hook(prompts: Prompts) -> None:
    def hook(exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error\n%s", details)
        if isinstance(prompts, UnattendedPrompts):
            prompts.error(None, "unexpected error", f"{exc_type.__name__}: {exc}")
        elif QApplication.instance() is not None:
            prompts.error(None, APP_NAME, fmt(QCoreApplication.translate(
                "app", "Something went wrong: %1\n\nYour data is safe: everything acknowledged on screen was "
                "already saved. The details are in the log file."), str(exc)), details)
    sys.excepthook = hook


def route_qt_messages() -> None:
    """Qt's own messages (a platform plugin's notes, a style's warnings) go to the log file, not to the terminal:
    an unattended start prints one line on an error, and nothing else."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, _context, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def settle_memory() -> None:
    """Once the window is filled: what start-up built (modules, widgets, mappings) lives as long as the app, so
    the garbage collector stops re-scanning it (gc.freeze). Without this, every full collection walks those
    objects again and a season's page opening pays about a third more."""
    gc.freeze()


def load_stylesheet(app: QApplication) -> None:
    """The stylesheet in the colours of the system's light or dark palette; again when the system switches."""
    from mediator_desk.views import theme

    app.setStyleSheet(theme.stylesheet(app.palette()))
    if not app.property("followsColourScheme"):
        app.setProperty("followsColourScheme", True)
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: QTimer.singleShot(0, lambda: app.setStyleSheet(theme.stylesheet(app.palette()))))


def _open_with_progress(path: Path, prompts: Prompts, read_only: bool) -> Database:
    """Open the file; an upgrade runs beside a progress window (it can take a moment at season scale)."""
    from mediator_desk.services import storage
    def busy(message: str) -> bool:
        return prompts.confirm(None, QCoreApplication.translate("app", "The database is busy"), fmt(
            QCoreApplication.translate("app", "%1\n\nWait and try again?"), message),
            yes=QCoreApplication.translate("app", "Wait and try again"),
            no=QCoreApplication.translate("app", "Stop"))

    if read_only or not storage.needs_upgrade(path):
        return storage.open_file(path, read_only=read_only, busy_wait=busy)
    result: dict = {}

    def work() -> None:
        try:
            result["db"] = storage.open_file(path)
        except BaseException as exc:  # noqa: BLE001 - handed back to the UI thread
            result["error"] = exc

    box = QProgressDialog(fmt(QCoreApplication.translate(
        "app", "Upgrading %1 for this version of Mediator Desk…\nA copy of the file is kept first. This takes a "
        "moment; please do not switch the laptop off."), path.name), "", 0, 0)
    box.setWindowTitle(APP_NAME)
    box.setCancelButton(None)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setMinimumDuration(0)
    box.show()
    thread = threading.Thread(target=work, name="upgrade", daemon=True)
    thread.start()
    while thread.is_alive():
        QCoreApplication.processEvents()
        thread.join(0.05)
    box.close()
    if "error" in result:
        raise result["error"]
    return result["db"]


def open_or_recover(path: Path, prompts: Prompts, read_only: bool = False) -> Database | None:
    """Open the database; on a refused file, explain and offer the ways out (never overwrite it)."""
    while True:
        try:
            return _open_with_progress(path, prompts, read_only)
        except DatabaseBusyError as exc:
            log.error("Cannot open %s: %s", path, exc)
            prompts.error(None, QCoreApplication.translate("app", "Cannot open the database"), str(exc))
            return None
        except StorageError as exc:
            log.error("Cannot open %s: %s", path, exc)
            choice = prompts.choose(None, QCoreApplication.translate("app", "Cannot open the database"), str(exc),
                                    [QCoreApplication.translate("app", "Restore a backup…"),
                                     QCoreApplication.translate("app", "Choose another file…"),
                                     QCoreApplication.translate("app", "Quit")])
            if choice == 0:
                from mediator_desk.services import backup

                source, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("app", "Backup to restore"),
                                                        str(paths.backup_dir(path)), "SQLite (*.sqlite *.db)")
                if not source:
                    continue
                try:
                    backup.restore(Path(source), path)
                except StorageError as rexc:
                    prompts.error(None, QCoreApplication.translate("app", "Restore failed"), str(rexc))
            elif choice == 1:
                chosen, _ = QFileDialog.getSaveFileName(None, QCoreApplication.translate("app", "Database file"),
                                                        str(path.parent), "SQLite (*.sqlite)",
                                                        options=QFileDialog.Option.DontConfirmOverwrite)
                if chosen:
                    path = Path(chosen)
            else:
                return None


class Housekeeping(QObject):
    """Work beside the window, off the UI thread: today's backup and the retention purge of the copies at start,
    a copy at most hourly while something changes and one at closing, and SQLite's full check of the file."""

    check_failed = Signal(str)  # the full check found damage: nothing more is written this session
    contacts_purged = Signal(int)  # the retention purge blanked the contacts of this many tours

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.last_copy = time.monotonic()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self.timer = QTimer(self)
        self.timer.setInterval(CHANGE_CHECK_MS)
        self.timer.timeout.connect(self.maybe_copy)

    def _run(self, name: str, work) -> threading.Thread:
        def guarded() -> None:
            try:
                with self._lock:
                    work()
            except Exception:  # noqa: BLE001 - a failed backup must not stop the app; it is logged
                log.exception("%s failed", name)
        thread = threading.Thread(target=guarded, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)
        return thread

    def start(self) -> None:
        from mediator_desk.services import backup, housekeeping, storage

        path = self.db.path
        today = dt.date.today()

        def at_start() -> None:
            backup.daily_backup(path, today)
            purged = housekeeping.purge_expired(self.db, paths.device_id(), today)
            if purged.changed:
                self.contacts_purged.emit(purged.tours)

        def check() -> None:
            problem = storage.check_integrity(self.db)
            if problem:
                self.check_failed.emit(problem)

        if not self.db.read_only:
            self._run("daily-backup", at_start)
            self.timer.start()
        self._run("integrity-check", check)

    def clean_stale_parts(self) -> None:
        """Half-written outputs an earlier run left behind (its own temporary files only), off the UI thread."""
        self._run("stale-parts", files.clean_stale_parts)

    def note_changes(self, _changes) -> None:
        self.changed = True

    def maybe_copy(self) -> None:
        if self.changed and time.monotonic() - self.last_copy >= CHANGE_BACKUP_EVERY_S:
            self.changed = False
            self.last_copy = time.monotonic()
            from mediator_desk.services import backup

            self._run("change-backup", lambda: backup.change_backup(self.db.path))

    def at_close(self) -> None:
        """A copy of the day's work when the app closes (if anything changed since the last one)."""
        self.timer.stop()
        for thread in self._threads:
            thread.join(timeout=60)
        if self.changed and not self.db.read_only and self.db.damage is None:
            from mediator_desk.services import backup

            try:
                backup.change_backup(self.db.path)
            except MediatorDeskError:
                log.exception("The closing backup failed")


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland and the task bar match the window to the desktop entry
    prompts = UnattendedPrompts() if unattended(args) else Prompts()
    install_exception_hook(prompts)
    route_qt_messages()
    try:
        return _run(app, args, prompts)
    except Exception as exc:  # noqa: BLE001 - start-up failed before the window could take over: say so, exit 1
        details = traceback.format_exc()
        log.error("Mediator Desk could not start\n%s", details)
        prompts.error(None, APP_NAME, fmt(QCoreApplication.translate(
            "app", "Mediator Desk could not start: %1\n\nThe details are in the log file."),
            f"{type(exc).__name__}: {exc}"), details)
        return 1


def _run(app: QApplication, args: argparse.Namespace, prompts: Prompts) -> int:
    from mediator_desk.views.icons import app_icon

    app.setWindowIcon(app_icon())
    prefs = Preferences()
    install_translators(app, args.lang or prefs.language or QLocale.system().name()[:2])
    load_stylesheet(app)
    db_path = Path(getattr(args, "db", None) or paths.default_db_path()).expanduser()
    read_only = False
    instance = SingleInstance(db_path)
    if not instance.acquire():
        if instance.ask_first_to_show():
            log.info("Mediator Desk is already open on %s: its window was brought to the front", db_path)
            return 0
        choice = prompts.choose(None, APP_NAME, fmt(QCoreApplication.translate(
            "app", "Mediator Desk is already open on %1 on this laptop. Two windows on one database would "
            "mix up their counts."), str(db_path)),
            [QCoreApplication.translate("app", "Open read-only"), QCoreApplication.translate("app", "Quit")])
        if choice != 0:
            return 1
        read_only = True
    from mediator_desk.views.main_window import MainWindow

    window = MainWindow(prefs=prefs)  # the shell, painted before the database layer is imported
    window.show_opening(db_path.name)
    window.show()
    app.processEvents()
    db = open_or_recover(db_path, prompts, read_only)
    if db is None:
        window.close()
        instance.release()
        return 1
    try:
        return _run_window(app, args, prompts, db, window, instance)
    finally:
        db.close()
        instance.release()


def _run_window(app: QApplication, args: argparse.Namespace, prompts: Prompts, db: Database,
                window: MainWindow, instance: SingleInstance) -> int:
    from mediator_desk.services.storage import is_empty

    if not db.read_only:
        instance.listen()
    window.attach(AppContext(db=db, prefs=window.prefs, prompts=prompts, device_id=paths.device_id()))
    keeper = Housekeeping(db, window)
    window.changes_routed.connect(keeper.note_changes)
    keeper.check_failed.connect(window.show_damage)
    keeper.contacts_purged.connect(lambda _n: window.ops.publish(Changes.of(TOUR)))
    instance.raise_requested.connect(window.bring_to_front)
    window.ready.connect(settle_memory)
    window.ready.connect(keeper.clean_stale_parts)
    if args.quit_when_ready:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
        QTimer.singleShot(READY_WITHIN_S * 1000, lambda: prompts.error(None, APP_NAME, fmt(
            QCoreApplication.translate("app", "The window was not ready within %1 seconds."), str(READY_WITHIN_S))))
    else:
        window.ready.connect(keeper.start)  # backups, the purge and the full check: after the window is filled
        window.ready.connect(window.team.start_auto)
    if not db.read_only and not args.quit_when_ready and is_empty(db):
        QTimer.singleShot(0, window.first_run)  # a new database: the set-up assistant
    failed = isinstance(prompts, UnattendedPrompts) and prompts.failed
    code = 1 if failed else app.exec()
    keeper.at_close()
    if isinstance(prompts, UnattendedPrompts) and prompts.failed:
        return 1
    return code
