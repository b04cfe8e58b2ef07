"""GUI start-up: the QApplication, translations, the exception hook, opening the database safely."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from mediator_desk import APP_ID, APP_NAME, __version__, paths
from mediator_desk.db.engine import Database, open_database
from mediator_desk.errors import StorageError
from mediator_desk.services import backup
from mediator_desk.views.context import AppContext
from mediator_desk.views.preferences import Preferences
from mediator_desk.views.prompts import Prompts
from mediator_desk.views.translations import install_translators

log = logging.getLogger(__name__)


def install_exception_hook(prompts: Prompts) -> None:
    def hook(exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is not None:
            prompts.error(None, APP_NAME, QCoreApplication.translate(
                "app", "Something went wrong: %1\n\nYour data is safe: everything acknowledged on screen was "
                "already saved. The details are in the log file.").replace("%1", str(exc)), details)
    sys.excepthook = hook


def load_stylesheet(app: QApplication) -> None:
    qss = paths.resources_dir() / "styles" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def open_or_recover(path: Path, prompts: Prompts) -> Database | None:
    """Open the database; on a refused file, explain and offer the ways out (never overwrite it)."""
    while True:
        try:
            return open_database(path)
        except StorageError as exc:
            log.error("Cannot open %s: %s", path, exc)
            choice = prompts.choose(None, QCoreApplication.translate("app", "Cannot open the database"), str(exc),
                                    [QCoreApplication.translate("app", "Restore a backup…"),
                                     QCoreApplication.translate("app", "Choose another file…"),
                                     QCoreApplication.translate("app", "Quit")])
            if choice == 0:
                source, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("app", "Backup to restore"),
                                                        str(paths.backup_dir(path)), "SQLite (*.sqlite *.db)")
                if not source:
                    continue
                try:
                    backup.restore(Path(source), path)
                except StorageError as rexc:
                    prompts.error(None, QCoreApplication.translate("app", "Restore failed"), str(rexc))
            elif choice == 1:
                chosen, _ = QFileDialog.getSaveFileName(None, QCoreApplication.translate("app", "Database file"), str(path.parent),
                                                        "SQLite (*.sqlite)",
                                                        options=QFileDialog.Option.DontConfirmOverwrite)
                if chosen:
                    path = Path(chosen)
            else:
                return None


def start_daily_backup(db_path: Path) -> threading.Thread:
    """Make today's automatic backup off the UI thread (the online backup API copies a live database)."""
    def work() -> None:
        try:
            backup.daily_backup(db_path)
        except Exception:  # noqa: BLE001 - a failed backup must not stop the app; it is logged
            log.exception("Daily backup failed")
    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    prefs = Preferences()
    install_translators(app, args.lang or prefs.language or QLocale.system().name()[:2])
    load_stylesheet(app)
    prompts = Prompts()
    install_exception_hook(prompts)
    db_path = Path(getattr(args, "db", None) or paths.default_db_path()).expanduser()
    db = open_or_recover(db_path, prompts)
    if db is None:
        return 1
    from mediator_desk.services.tours import purge_expired_contacts
    from mediator_desk.views.main_window import MainWindow

    try:  # booking contacts are kept only until their retention date (GDPR)
        purged = purge_expired_contacts(db, dt.date.today(), paths.device_id())
        if purged:
            log.info("Deleted the booking contacts of %d tour(s) past their retention date", purged)
    except StorageError:
        log.exception("Could not purge expired booking contacts")
    window = MainWindow(AppContext(db=db, prefs=prefs, prompts=prompts, device_id=paths.device_id()))
    if args.quit_when_ready:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    else:
        start_daily_backup(db.path)
    window.show()
    code = app.exec()
    db.close()
    return code

