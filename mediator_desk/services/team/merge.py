"""Merging other laptops' database files (or their backups) into this one, e.g. from a USB stick.

Each incoming file is first copied to a private folder: the original is only ever read (a hot journal is
rolled back in the copy, a file from an older version is upgraded in the copy), so the stick's file is never
changed. Files that are not Mediator Desk databases, are damaged or come from a newer version are refused
before anything is written. The database is backed up once, then each file is merged in one transaction: a
kill or a full disk in the middle leaves the database as it was before that file."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import MetaData, Table

from mediator_desk import killpoints
from mediator_desk.db.copies import sqlite_copy
from mediator_desk.db.database import Database
from mediator_desk.db.engine import open_database, readable_copy
from mediator_desk.errors import Cancelled
from mediator_desk.paths import backup_dir
from mediator_desk.services import housekeeping
from mediator_desk.services.changes import TEAM, Changes
from mediator_desk.services.team import clocks
from mediator_desk.services.team.apply import LocalNumbers, Tally, merge_table
from mediator_desk.services.team.tables import shared_tables
from mediator_desk.services.team.venues import Venues, check_same_venue, venues

log = logging.getLogger(__name__)
KEEP_BEFORE_MERGE = 10
BEFORE_MERGE_PREFIX = "before-merge-"


@dataclass
class MergeResult:
    """What one file brought in."""

    source: Path
    tally: Tally = field(default_factory=Tally)
    same_file: bool = False
    clock_ahead: dt.timedelta | None = None  # the file's newest record lies this far in this laptop's future

    @property
    def changes(self) -> Changes:
        return Changes.of(TEAM) if self.tally.changed or self.tally.conflicts else Changes()

    @property
    def summary(self) -> dict[str, int]:
        """The figures the command line prints and the app shows."""
        return figures(self.tally)


def figures(tally: Tally) -> dict[str, int]:
    """What a merge or a pull brought in, grouped as people think of it."""
    new, updated = tally.new, tally.updated
    out: dict[str, int] = {"walk_in_events": new["count_event"], "walk_in_visitors": tally.visitors,
                           "tours_new": new["tour_session"],
                           "tours_updated": updated["tour_session"] + updated["session_mediator"],
                           "groups_new": new["visitor_group"], "groups_updated": updated["visitor_group"],
                           "feedback_new": new["feedback"], "cards_new": new["feedback_card"],
                           "day_events_new": new["day_event"],
                           "reference_new": 0, "reference_updated": 0,
                           "conflicts": tally.conflicts, "renamed_codes": tally.renamed,
                           "duplicates_set_aside": tally.duplicates}
    for shared in shared_tables():
        if shared.group == "reference":
            out["reference_new"] += new[shared.name]
            out["reference_updated"] += updated[shared.name]
    return out


def _say(progress: Callable[[str], None] | None, text: str) -> None:
    if progress:
        progress(text)


def before_merge_backup(db: Database, now: dt.datetime | None = None) -> Path:
    """The copy made before a merge (the newest ten are kept, beside the daily backups)."""
    now = now or dt.datetime.now()
    folder = backup_dir(db.path)
    dest = folder / f"{BEFORE_MERGE_PREFIX}{now:%Y-%m-%d_%H%M%S}.sqlite"
    sqlite_copy(db.path, dest)
    for old in sorted(folder.glob(f"{BEFORE_MERGE_PREFIX}*.sqlite"))[:-KEEP_BEFORE_MERGE]:
        old.unlink(missing_ok=True)
    return dest


@functools.cache
def _attached_tables() -> dict[str, Table]:
    schema = MetaData(schema="incoming")
    return {shared.name: shared.table.to_metadata(schema) for shared in shared_tables()}


def attached(name: str) -> Table:
    """The table `name` of the attached incoming file (the same objects each time: compiled SQL is cached)."""
    return _attached_tables()[name]


def merge_into(db: Database, incoming: Path, *, cancelled: Callable[[], bool] | None = None,
               progress: Callable[[str], None] | None = None) -> Tally:
    """Merge the (private, current-schema) database file `incoming` into `db` in one transaction."""
    tally = Tally()
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("ATTACH DATABASE ? AS incoming", (str(incoming),))
        try:
            with conn.begin():
                numbers = LocalNumbers(conn)
                for shared in shared_tables():
                    if cancelled and cancelled():
                        raise Cancelled("The merge was stopped; nothing was changed.")
                    _say(progress, shared.name)
                    merge_table(conn, shared, attached(shared.name), numbers, tally)
                    killpoints.point("merge:table")
                numbers.finish(conn)
                killpoints.point("merge:before-commit")
        finally:
            raw.execute("DETACH DATABASE incoming")
    return tally


def _venues_of(path: Path) -> Venues:
    db = open_database(path, read_only=True)
    try:
        with db.engine.connect() as conn:
            return venues(conn)
    finally:
        db.close()


def merge_files(target: Path, files: Iterable[Path], device: str, *, today: dt.date | None = None,
                progress: Callable[[str], None] | None = None, cancelled: Callable[[], bool] | None = None,
                db: Database | None = None, other_venue: bool = False) -> list[MergeResult]:
    """Merge each of `files` into the database at `target` (created if missing; `db` if the caller has it
    open already). Every file is checked before anything is written — a file from another venue is refused
    unless `other_venue` — and the database is backed up first."""
    files = [Path(f) for f in files]
    results: list[MergeResult] = []
    with tempfile.TemporaryDirectory(prefix="mediator-desk-merge-") as tmp:
        copies: list[Path | None] = []
        for index, source in enumerate(files):
            if target.exists() and source.exists() and source.resolve() == target.resolve():
                copies.append(None)  # merging a database into itself changes nothing
                continue
            folder = Path(tmp) / str(index)
            folder.mkdir()
            _say(progress, f"check:{source}")
            copies.append(readable_copy(source, folder))
        existed = target.exists() and target.stat().st_size > 0
        owned = db is None
        if db is None:
            db = open_database(target, verify=existed)
        try:
            with db.engine.connect() as conn:
                here = venues(conn)
            for source, copy in zip(files, copies):
                if copy is not None:
                    there = _venues_of(copy)
                    check_same_venue(here, there, str(source), allow=other_venue)
                    here = Venues(here.ids | there.ids, here.names or there.names)
            if existed and any(copies):
                _say(progress, "backup")
                before_merge_backup(db)
                killpoints.point("merge:backed-up")
            for source, copy in zip(files, copies):
                result = MergeResult(source, same_file=copy is None)
                if copy is not None:
                    result.clock_ahead = clocks.ahead_of(dt.datetime.now(dt.timezone.utc), clocks.newest_record(copy))
                    _say(progress, f"merge:{source}")
                    result.tally = merge_into(db, copy, cancelled=cancelled, progress=progress)
                    killpoints.point("merge:committed")
                    log.info("Merged %s into %s: %s", source, target, result.summary)
                results.append(result)
            housekeeping.purge_expired(db, device, today)
        finally:
            if owned:
                db.close()
    return results
