"""The team in the window: merging another laptop's file, saving a copy for the coordinator, and syncing with
the team's server — by hand ("Sync now") and every few minutes while the server answers, always off the UI
thread. The status bar says where things stand: "Synced 10:32 · 0 waiting" or "Offline · 128 waiting"."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from mediator_desk.errors import MediatorDeskError, OtherVenueError
from mediator_desk.services.changes import TEAM, Changes, changes_of
from mediator_desk.services.team import hub_access
from mediator_desk.views.formatting import fmt, num
from mediator_desk.views.jobs import Job, JobRunner

if TYPE_CHECKING:  # merging and syncing load on first use: start-up shows the window without them
    from mediator_desk.services.team.merge import MergeResult

log = logging.getLogger(__name__)
AUTO_SYNC_MS = 5 * 60 * 1000  # every five minutes while the server answers
RETRY_MS = 2 * 60 * 1000  # after a failure, try again sooner than the usual round, but not in a loop
FIRST_SYNC_DELAY_MS = 4000  # let the window settle first
DB_FILTER = "Mediator Desk databases (*.sqlite *.db);;All files (*)"


class TeamController(QObject):
    """Owned by the main window; the Settings page's Team section talks to it too."""

    state_changed = Signal()  # the status text changed (or the conflicts list may have)
    synced = Signal(object)  # a SyncResult, after a sync finished
    sync_failed = Signal(str)
    merged = Signal(object)  # the list of MergeResult, after a merge

    def __init__(self, window: QWidget, ctx, route) -> None:
        super().__init__(window)
        self.window, self.ctx, self.route = window, ctx, route
        self.runner = JobRunner(window)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._sync_job: Job | None = None
        self._session_password = ""  # typed, but no keyring to keep it in: held until the app closes
        self._server_url: str | None = None
        self.error = ""
        self.clock_note = ""  # this laptop's clock is off from the server's
        self.label = QLabel()
        self.label.setObjectName("teamStatusLabel")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sync(auto=True))
        self._waiting_timer = QTimer(self)  # counts the waiting changes at most every two seconds
        self._waiting_timer.setSingleShot(True)
        self._waiting_timer.setInterval(2000)
        self._waiting_timer.timeout.connect(self.refresh_label)
        self.refresh_label()

    # --- configuration ------------------------------------------------------------------------------
    @property
    def server_url(self) -> str:
        """This database's server address (read from the settings once: a key press asks for it)."""
        if self._server_url is None:
            stored = self.ctx.work.server_url
            clean, password = hub_access.split_password(stored) if stored else ("", "")
            self._server_url = clean
            if password:  # an earlier version kept an address typed with its password: keep it apart now
                self.ctx.work.server_url = clean
                if not hub_access.remember_password(clean, password):
                    self._session_password = password
        return self._server_url

    @property
    def auto_sync(self) -> bool:
        return self.ctx.work.auto_sync

    def configure(self, url: str, password: str, auto: bool) -> str:
        """Keep the address (without any password) and the choice; the password goes to the system keyring.
        Returns a note for the user about where the password was kept ("" when there was none)."""
        clean, typed = hub_access.split_password(url)
        password = password or typed
        self.ctx.work.server_url = clean
        self._server_url = clean
        self.ctx.work.auto_sync = auto
        note = ""
        if password:
            if hub_access.remember_password(clean, password):
                note = self.tr("The password is kept in the system's password store.")
                self._session_password = ""
            else:
                self._session_password = password
                note = self.tr("There is no system password store here: the password is kept until Mediator "
                               "Desk closes. To keep it, put it in ~/.pgpass (docs/team-server.md).")
        self.start_auto()
        self.refresh_label()
        return note

    def _url(self) -> str:
        return hub_access.with_password(self.server_url, self._session_password)

    def start_auto(self) -> None:
        """Sync soon, and every few minutes after, if a server is set and automatic sync is on."""
        self.timer.stop()
        if self.server_url and self.auto_sync and not self.ctx.db.read_only and self.ctx.db.path is not None:
            self.timer.start(FIRST_SYNC_DELAY_MS)

    # --- status ---------------------------------------------------------------------------------------
    def note_changes(self, _changes: Changes) -> None:
        if self.server_url and not self._waiting_timer.isActive():
            self._waiting_timer.start()

    def status_text(self) -> str:
        if not self.server_url or self.ctx.db.path is None:
            return ""
        if self._sync_job is not None:
            return self.tr("Syncing…")
        from mediator_desk.services.team import sync as sync_service

        try:
            waiting = sync_service.waiting(self.ctx.db)
            last = sync_service.last_sync(self.ctx.db)
        except MediatorDeskError:
            return ""
        count = waiting if waiting is not None else 0
        if self.error:
            return self.tr("Offline · %Ln change(s) waiting", "", count)
        if last is None:
            return self.tr("Not synced yet")
        at = dt.datetime.fromisoformat(last["at"]).astimezone()
        text = fmt(self.tr("Synced %1 · %Ln waiting", "", count), at.strftime("%H:%M"))
        return f"{text} · {self.clock_note}" if self.clock_note else text

    def refresh_label(self) -> None:
        text = self.status_text()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.label.setToolTip(self.error)
        self.state_changed.emit()

    # --- sync -----------------------------------------------------------------------------------------
    def syncing(self) -> bool:
        return self._sync_job is not None

    def sync(self, auto: bool = False, other_venue: bool = False) -> bool:
        """Start a sync in the background (False if one is running or nothing is set up)."""
        if self._sync_job is not None or not self.server_url or self.ctx.db.read_only or self.ctx.db.path is None:
            return False
        db, url, device = self.ctx.db, self._url(), self.ctx.device_id

        from mediator_desk.services.team import sync as sync_service

        def work(_report):
            try:
                return sync_service.sync(db, url, device, cancelled=lambda: job.cancel_requested,
                                         other_venue=other_venue)
            except OtherVenueError as exc:
                return exc  # asked about on the interface's thread (never by the automatic sync)

        job = Job(work)
        job.signals.finished.connect(lambda result: self._on_synced(result, auto))
        job.signals.failed.connect(lambda message, _expected: self._on_sync_failed(message, auto))
        job.signals.cancelled.connect(lambda: self._on_sync_failed(self.tr("The sync was stopped."), auto))
        self._sync_job = job
        self.pool.start(job)
        self.refresh_label()
        return True

    def _on_synced(self, result, auto: bool = False) -> None:
        self._sync_job = None
        if isinstance(result, OtherVenueError):
            self._on_sync_failed(result.message, auto)
            if not auto and self.ctx.prompts.confirm(
                    self.window, self.tr("Sync with the team's server"),
                    fmt(self.tr("%1\n\nSync anyway?"), result.message),
                    yes=self.tr("Sync anyway"), no=self.tr("Cancel")):
                self.sync(other_venue=True)
            return
        self.error = ""
        self.clock_note = ""
        if result.clock_skew:
            from mediator_desk.services.team.clocks import describe

            self.clock_note = fmt(self.tr("this laptop's clock is %1 behind the server's") if
                                  result.clock_skew.total_seconds() > 0 else
                                  self.tr("this laptop's clock is %1 ahead of the server's"), describe(result.clock_skew))
        self.route(result.changes if not result.pulled.conflicts else Changes.of(TEAM))
        self.refresh_label()
        self.synced.emit(result)
        if self.auto_sync and self.server_url:
            self.timer.start(AUTO_SYNC_MS)

    def _on_sync_failed(self, message: str, auto: bool) -> None:
        self._sync_job = None
        self.error = message
        log.info("Sync failed: %s", message)
        self.refresh_label()
        self.sync_failed.emit(message)
        if self.auto_sync and self.server_url:
            self.timer.start(RETRY_MS if not auto else AUTO_SYNC_MS)

    def test_connection(self) -> tuple[bool, str]:
        """Whether the server answers and can be used, and what to tell the user (runs briefly on the UI
        thread: the connection attempt gives up after a few seconds)."""
        try:
            info = hub_access.check(self._url())
        except MediatorDeskError as exc:
            return False, str(exc)
        if info.revision is None:
            return True, self.tr("The server answers. Its database is still empty: the first sync creates the "
                                 "tables (with the owner's role, see docs/team-server.md).")
        return True, self.tr("The server answers and is ready for this laptop.")

    def stop(self, wait_ms: int = 30000) -> None:
        """At closing: ask a running sync to stop after its batch, and wait for it."""
        self.timer.stop()
        if self._sync_job is not None:
            self._sync_job.cancel_requested = True
        self.pool.waitForDone(wait_ms)
        self.runner.wait(wait_ms)

    # --- by file --------------------------------------------------------------------------------------
    def merge_dialog(self) -> None:
        if self.ctx.db.read_only or self.ctx.db.path is None:
            self.ctx.prompts.error(self.window, self.tr("Merge another laptop's data"),
                                   self.tr("This database is open read-only: nothing can be merged into it."))
            return
        names = self.ctx.ask_open_files(self.window, "team", self.tr("Merge another laptop's data"),
                                        self.tr(DB_FILTER))
        if names:
            self.merge([Path(n) for n in names])

    def merge(self, files: list[Path], other_venue: bool = False) -> None:
        db, device = self.ctx.db, self.ctx.device_id
        done = {"n": 0}

        from mediator_desk.services.team.merge import merge_files

        def work(report):
            def progress(_text: str) -> None:
                done["n"] += 1
                report(done["n"], 0)
            try:
                return merge_files(db.path, files, device, db=db, progress=progress,
                                   cancelled=lambda: not report(done["n"], 0), other_venue=other_venue)
            except OtherVenueError as exc:
                return exc  # asked about on the interface's thread

        def done_merging(result) -> None:
            if not isinstance(result, OtherVenueError):
                self._on_merged(result)
            elif self.ctx.prompts.confirm(self.window, self.tr("Merge another laptop's data"),
                                          fmt(self.tr("%1\n\nMerge anyway?"), result.message),
                                          yes=self.tr("Merge anyway"), no=self.tr("Cancel")):
                self.merge(files, other_venue=True)

        self.runner.start(self.tr("Merge another laptop's data"), work, done_merging,
                          lambda message: self.ctx.prompts.error(self.window, self.tr("Merge another laptop's data"),
                                                                 message),
                          label=self.tr("Merging… The database is backed up first."))

    def _on_merged(self, results: list[MergeResult]) -> None:
        self.route(changes_of(results))
        self.refresh_label()
        self.merged.emit(results)
        self.ctx.prompts.info(self.window, self.tr("Merge another laptop's data"),
                              "\n\n".join(self.merge_text(r) for r in results))

    def merge_text(self, result: MergeResult) -> str:
        name = result.source.name
        if result.same_file:
            return fmt(self.tr("%1: this is the open database itself; nothing to merge."), name)
        if not result.tally.changed and not result.tally.conflicts:
            return fmt(self.tr("%1: nothing new — everything in it was here already."), name)
        from mediator_desk.services.team.merge import figures

        f = figures(result.tally)
        lines = [fmt(self.tr("From %1:"), name),
                 fmt(self.tr("%Ln new walk-in count(s), %1 visitors", "", f["walk_in_events"]),
                     num(f["walk_in_visitors"])),
                 fmt(self.tr("%Ln new tour(s), %1 updated", "", f["tours_new"]), num(f["tours_updated"])),
                 fmt(self.tr("%Ln new group(s), %1 updated", "", f["groups_new"]), num(f["groups_updated"])),
                 self.tr("%Ln new feedback answer(s)", "", f["feedback_new"]),
                 fmt(self.tr("%Ln new reference record(s), %1 updated", "", f["reference_new"]),
                     num(f["reference_updated"]))]
        if f["conflicts"]:
            lines.append(self.tr("%Ln record(s) edited on both laptops: see Settings → Team", "", f["conflicts"]))
        if f["renamed_codes"]:
            lines.append(self.tr("%Ln voucher or card code(s) used twice: the newer one was renamed", "",
                                 f["renamed_codes"]))
        if result.clock_ahead:
            from mediator_desk.services.team.clocks import describe

            lines.append(fmt(self.tr("Its newest record is dated %1 ahead of this laptop's clock: one of the two "
                                     "clocks is wrong (walk-ins are filed under each laptop's own time)."),
                             describe(result.clock_ahead)))
        return "\n".join(lines)

    def save_copy_dialog(self) -> None:
        if self.ctx.db.path is None:
            return
        name = self.ctx.ask_save_file(self.window, "team", self.tr("Save a copy for the coordinator"),
                                      f"{self.ctx.device_id}-{dt.date.today().isoformat()}.sqlite", self.tr(DB_FILTER))
        if not name:
            return
        target = Path(name)
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        db_path = self.ctx.db.path
        from mediator_desk.services import backup

        self.runner.start(self.tr("Save a copy for the coordinator"), lambda _report: backup.backup(db_path, target),
                          lambda made: self.ctx.prompts.info(
                              self.window, self.tr("Save a copy for the coordinator"),
                              fmt(self.tr("Saved %1. The coordinator merges it with File → Merge another "
                                          "laptop's data."), str(made))),
                          lambda message: self.ctx.prompts.error(self.window,
                                                                 self.tr("Save a copy for the coordinator"), message),
                          label=self.tr("Copying…"))
