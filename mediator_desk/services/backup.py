"""Backups: rotating daily copies through SQLite's online backup API, and restore from a copy."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from mediator_desk.db.engine import KNOWN_REVISIONS, inspect_file, sqlite_copy
from mediator_desk.errors import NewerDatabaseError, StorageError
from mediator_desk.paths import backup_dir

log = logging.getLogger(__name__)
KEEP_DAILY = 14
DAILY_PREFIX = "daily-"


def backup(db_path: Path, dest: Path | None = None) -> Path:
    """Copy the database to `dest` (default: a time-stamped file in the backup folder)."""
    if not db_path.exists():
        raise StorageError(f"There is no database at {db_path} to back up.")
    inspect_file(db_path, full_check=True)  # a damaged file is never copied over a good backup
    if dest is None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
        dest = backup_dir(db_path) / f"manual-{stamp}.sqlite"
    if dest.exists() and dest.resolve() == db_path.resolve():
        raise StorageError("The backup file must differ from the database itself.")
    try:
        sqlite_copy(db_path, dest)
    except OSError as exc:
        raise StorageError(f"Could not write the backup {dest}: {exc.strerror or exc}.") from exc
    log.info("Backed up %s to %s", db_path, dest)
    return dest


def daily_backup(db_path: Path, today: dt.date | None = None, keep: int = KEEP_DAILY) -> Path | None:
    """Make today's automatic backup if there is none yet, and keep only the newest `keep`."""
    today = today or dt.date.today()
    folder = backup_dir(db_path)
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    made = None
    if not target.exists() and db_path.exists():
        made = backup(db_path, target)
    dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite"))
    for old in dailies[:-keep] if keep > 0 else dailies:
        old.unlink(missing_ok=True)
    return made


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)


def restore(source: Path, db_path: Path) -> Path | None:
    """Replace the database with `source`, after checking it and keeping a copy of the current one.

    Returns the path of that safety copy (None when there was no database yet)."""
    if not source.exists():
        raise StorageError(f"There is no backup file at {source}.")
    revision = inspect_file(source, full_check=True)  # raises for foreign or damaged files
    if revision is None:
        raise StorageError(f"{source} is empty: it is not a Mediator Desk backup.")
    if revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(f"{source} comes from a newer version of Mediator Desk (schema {revision}).",
                                 "Update Mediator Desk first. Nothing was changed.")
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
        safety = backup_dir(db_path) / f"before-restore-{stamp}.sqlite"
        sqlite_copy(db_path, safety)
    sqlite_copy(source, db_path, in_place=True)
    log.info("Restored %s from %s (previous copy: %s)", db_path, source, safety)
    return safety
