"""What every page needs: the database, this laptop's preferences, the prompts and the device id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mediator_desk.db.engine import Database
from mediator_desk.views.preferences import Preferences
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

    def now(self) -> dt.datetime:
        if callable(self.clock):
            return self.clock()
        return dt.datetime.now(dt.timezone.utc)
