"""What every page needs: the database, this laptop's preferences, the prompts, the device id, the clock and
the lists the pickers offer (read once, forgotten when a change touches them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mediator_desk.services import choices as choices_service
from mediator_desk.services.changes import REFERENCE, Changes
from mediator_desk.services.choices import Choices, ExhibitionChoice, MediatorChoice, as_uuid
from mediator_desk.services.storage import Database
from mediator_desk.views.preferences import DatabasePrefs, Preferences
from mediator_desk.views.prompts import Prompts


@dataclass
class AppContext:
    db: Database
    prefs: Preferences
    prompts: Prompts = field(default_factory=Prompts)
    device_id: str = ""
    # Overridable clock (tests pin the day); returns an aware UTC datetime.
    clock: object = None
    # The run's undo stack of tour changes (a QUndoStack, made on first use by views.tour_commands).
    undo_stack: object = None
    # The window's TeamController (merge, copy, sync), set by the main window.
    team: object = None
    # The window's runner of operations (views.ops.Ops), set by the main window.
    ops: object = None
    _choices: Choices | None = field(default=None, repr=False)

    def now(self) -> dt.datetime:
        if callable(self.clock):
            return self.clock()
        return dt.datetime.now(dt.timezone.utc)

    @property
    def work(self) -> DatabasePrefs:
        """This laptop's choices for the open database (the exhibition, "I am")."""
        return self.prefs.for_database(self.db.path) if self.db.path is not None else self.prefs.for_database(
            self.db.label)

    def choices(self) -> Choices:
        if self._choices is None:
            self._choices = choices_service.load(self.db)
        return self._choices

    def note_changes(self, changes: Changes) -> None:
        if changes.touches({REFERENCE}):
            self._choices = None

    def exhibition(self) -> ExhibitionChoice | None:
        """The exhibition this laptop works on: the chosen one if this database holds it, else the current one."""
        return self.choices().pick_exhibition(self.work.exhibition_id, self.now().date())

    def me(self) -> MediatorChoice | None:
        """The mediator chosen under "I am", if this database holds them and they are active."""
        found = self.choices().mediator(as_uuid(self.work.mediator_id))
        return found if found is not None and found.active else None
