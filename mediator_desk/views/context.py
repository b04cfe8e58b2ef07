"""What every page needs: the database, this laptop's preferences, the prompts, the device id, the clock and
the lists the pickers offer (read once, forgotten when a change touches them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from mediator_desk.services.changes import REFERENCE, Changes
from mediator_desk.views.preferences import DatabasePrefs, Preferences
from mediator_desk.views.prompts import Prompts

if TYPE_CHECKING:  # the window's shell is painted before the database layer (SQLAlchemy) is imported
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from mediator_desk.services.choices import Choices, ExhibitionChoice, MediatorChoice
    from mediator_desk.services.storage import Database
    from mediator_desk.views.ops import Ops


class Clock(Protocol):
    def __call__(self) -> dt.datetime:
        """Now, as an aware UTC time."""


class Team(Protocol):
    """What pages use of the window's team controller (views/team.py: merge, copy, sync)."""

    state_changed: SignalInstance
    synced: SignalInstance
    sync_failed: SignalInstance

    @property
    def server_url(self) -> str: ...

    def configure(self, url: str, password: str, auto: bool) -> str: ...

    def test_connection(self) -> tuple[bool, str]: ...

    def sync(self, auto: bool = False, other_venue: bool = False) -> bool: ...

    def merge_dialog(self) -> None: ...

    def save_copy_dialog(self) -> None: ...


@dataclass
class AppContext:
    db: Database
    prefs: Preferences
    prompts: Prompts = field(default_factory=Prompts)
    device_id: str = ""
    # Overridable clock (tests pin the day).
    clock: Clock | None = None
    # The run's undo stack of tour changes (made on first use by views.tour_commands or views.ops).
    undo_stack: QUndoStack | None = None
    # The window's team controller, set by the main window (a page on its own has none).
    team: Team | None = None
    # The window's runner of operations, set by the main window (or by a page on its own, on first use).
    ops: Ops | None = None
    _choices: Choices | None = field(default=None, repr=False)

    def now(self) -> dt.datetime:
        if self.clock is not None:
            return self.clock()
        return dt.datetime.now(dt.timezone.utc)

    @property
    def work(self) -> DatabasePrefs:
        """This laptop's choices for the open database (the exhibition, "I am")."""
        return self.prefs.for_database(self.db.path) if self.db.path is not None else self.prefs.for_database(
            self.db.label)

    def choices(self) -> Choices:
        if self._choices is None:
            from mediator_desk.services import choices as choices_service

            self._choices = choices_service.load(self.db)
        return self._choices

    def note_changes(self, changes: Changes) -> None:
        if changes.touches({REFERENCE}):
            self._choices = None

    # --- file dialogs: each kind of file opens where the last one of its kind was chosen --------------------
    def ask_save_file(self, parent, kind: str, title: str, name: str, filters: str) -> str | None:
        chosen = self.prompts.ask_save_file(parent, title, str(self.prefs.folder(kind) / name), filters)
        if chosen:
            self.prefs.remember_folder(kind, chosen)
        return chosen

    def ask_open_file(self, parent, kind: str, title: str, filters: str) -> str | None:
        chosen = self.prompts.ask_open_file(parent, title, str(self.prefs.folder(kind)), filters)
        if chosen:
            self.prefs.remember_folder(kind, chosen)
        return chosen

    def ask_open_files(self, parent, kind: str, title: str, filters: str) -> list[str]:
        chosen = self.prompts.ask_open_files(parent, title, str(self.prefs.folder(kind)), filters)
        if chosen:
            self.prefs.remember_folder(kind, chosen[0])
        return chosen

    def exhibition(self) -> ExhibitionChoice | None:
        """The exhibition this laptop works on: the chosen one if this database holds it, else the current one."""
        return self.choices().pick_exhibition(self.work.exhibition_id, self.now().date())

    def me(self) -> MediatorChoice | None:
        """The mediator chosen under "I am", if this database holds them and they are active."""
        from mediator_desk.services.choices import as_uuid

        found = self.choices().mediator(as_uuid(self.work.mediator_id))
        return found if found is not None and found.active else None
