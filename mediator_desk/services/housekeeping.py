"""Housekeeping after anything that changed the data, whichever door it came through (the window, a command, a
merge, a sync): booking contacts past their retention date (GDPR) are blanked in the live file and in every
copy the app made of it — daily, hourly, manual, before-merge and pre-upgrade backups, copies written elsewhere."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from mediator_desk.db.database import Database
from mediator_desk.errors import StorageError
from mediator_desk.services import backup, tours
from mediator_desk.services.changes import TOUR, Changes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Purged:
    tours: int | None  # tours whose contact was blanked in the live file (None: it could not be done now)
    copies: int  # copies in which expired contacts were blanked

    @property
    def changed(self) -> bool:
        return bool(self.tours)

    @property
    def changes(self) -> Changes:
        return Changes.of(TOUR) if self.changed else Changes()


def purge_expired(db: Database, device: str, today: dt.date | None = None) -> Purged:
    """The retention purge, in the database and its copies. A database that another program holds locked (or
    any storage problem) does not stop the caller: the purge runs again next time, and the log says so."""
    today = today or dt.date.today()
    try:
        purged: int | None = tours.purge_expired_contacts(db, today, device)
    except StorageError as exc:
        log.warning("Could not purge expired booking contacts now: %s", exc)
        purged = None
    if purged:
        log.info("Deleted the booking contacts of %d tour(s) past their retention date", purged)
    copies = backup.purge_expired_contacts_in_copies(db.path, today) if db.path is not None else 0
    return Purged(purged, copies)
