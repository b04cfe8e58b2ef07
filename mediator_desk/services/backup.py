"""Backups: a copy at start-up each day, at most hourly while the app runs and something changed, and when it
closes (rotated); manual copies; restore from a copy. Personal data purged from the database is purged from
every copy the app made too."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from mediator_desk import files, killpoints, paths
from mediator_desk.db.copies import copy_into, private_mode, raw_copy, sqlite_copy
from mediator_desk.db.engine import KNOWN_REVISIONS
from mediator_desk.db.inspect import inspect_file
from mediator_desk.db.journal import wal_is_live
from mediator_desk.errors import NewerDatabaseError, StorageError
from mediator_desk.files import check_output
from mediator_desk.paths import backup_dir

log = logging.getLogger(__name__)
KEEP_DAILY = 14
KEEP_AUTO = 24
DAILY_PREFIX = "daily-"
AUTO_PREFIX = "auto-"
OUTSIDE_REGISTRY = "backups-elsewhere.txt"  # copies written outside the backup folder (mediator-desk backup -o)


def _remember(dest: Path, db_path: Path) -> None:
    """Copies outside the backup folder are listed, so the retention purge can reach them too."""
    if dest.parent == backup_dir(db_path):
        return
    try:
        registry = paths.private_dir(paths.data_dir()) / OUTSIDE_REGISTRY
        fd = os.open(registry, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)  # where copies lie: the user's only
        with os.fdopen(fd, "a", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(f"{dest.resolve()}\n")
    except OSError:
        log.warning("Could not note the backup %s for the retention purge", dest)


def backup(db_path: Path, dest: Path | None = None) -> Path:
    """Copy the database to `dest` (default: a time-stamped file in the backup folder). `dest` is never the
    database, its journal, another backup or a folder."""
    if dest is None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
        dest = backup_dir(db_path) / f"manual-{stamp}.sqlite"
    else:
        dest = check_output(dest, databases=[db_path])
    return _copy(db_path, dest)


def _copy(db_path: Path, dest: Path) -> Path:
    if not db_path.exists():
        raise StorageError(f"There is no database at {db_path} to back up.")
    inspect_file(db_path, full_check=True)  # a damaged file is never copied over a good backup
    sqlite_copy(db_path, dest)
    _remember(dest, db_path)
    log.info("Backed up %s to %s", db_path, dest)
    return dest


def _rotate(folder: Path, prefix: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{prefix}*.sqlite"))
    for old in copies[:-keep] if keep > 0 else copies:
        old.unlink(missing_ok=True)


def daily_backup(db_path: Path, today: dt.date | None = None, keep: int = KEEP_DAILY) -> Path | None:
    """Make today's automatic backup if there is none yet, and keep only the newest `keep`."""
    today = today or dt.date.today()
    folder = backup_dir(db_path)
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    made = None
    if not target.exists() and db_path.exists():
        made = _copy(db_path, target)
    _rotate(folder, DAILY_PREFIX, keep)
    return made


def change_backup(db_path: Path, now: dt.datetime | None = None, keep: int = KEEP_AUTO) -> Path:
    """A copy of a day's work as it goes (hourly while something changes, and at closing); the newest `keep`."""
    now = now or dt.datetime.now()
    folder = paths.private_dir(backup_dir(db_path))
    made = _copy(db_path, folder / f"{AUTO_PREFIX}{now:%Y-%m-%d_%H%M%S}.sqlite")
    _rotate(folder, AUTO_PREFIX, keep)
    return made


def backup_folders(db_path: Path) -> list[Path]:
    """The database's backup folder, and the one earlier versions used (named without the extension) if any."""
    folders = [backup_dir(db_path)]
    old = paths.old_backup_dir(db_path)
    if old != folders[0] and old.is_dir():
        folders.append(old)
    return folders


def list_backups(db_path: Path) -> list[Path]:
    found = [p for folder in backup_folders(db_path) for p in folder.glob("*.sqlite")]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def copies_made(db_path: Path) -> list[Path]:
    """Every copy of this database the app made that still exists."""
    found = [p for folder in backup_folders(db_path) if folder.is_dir() for p in folder.glob("*.sqlite")]
    registry = paths.data_dir() / OUTSIDE_REGISTRY
    with contextlib.suppress(OSError):
        for line in registry.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
            path = Path(line.strip())
            if line.strip() and path.is_file() and path not in found:
                found.append(path)
    return found


CONFLICT_WHERE = ("table_name = 'tour_session' AND json_extract(other_values, '$.contact_retention_until') < ? "
                  "AND (coalesce(json_extract(other_values, '$.contact_name'), '') != '' "
                  "OR coalesce(json_extract(other_values, '$.contact_phone'), '') != '' "
                  "OR coalesce(json_extract(other_values, '$.contact_email'), '') != '')")


def _expired_in_conflicts(con: sqlite3.Connection, tables: set[str], today: dt.date) -> int:
    """How many versions of tours kept in a copy's conflicts list still hold an expired contact."""
    if "conflict" not in tables:
        return 0
    return con.execute(f"SELECT count(*) FROM conflict WHERE {CONFLICT_WHERE}", (today.isoformat(),)).fetchone()[0]


def _scrub_conflicts(con: sqlite3.Connection, tables: set[str], today: dt.date) -> None:
    if "conflict" in tables:
        con.execute("UPDATE conflict SET other_values = json_set(other_values, '$.contact_name', '', "
                    f"'$.contact_phone', '', '$.contact_email', '') WHERE {CONFLICT_WHERE}", (today.isoformat(),))


def purge_expired_contacts_in_copies(db_path: Path, today: dt.date) -> int:
    """Blank expired booking contacts in every copy the app made (the retention purge reaches backups too).
    Freed space is zeroed (secure_delete) and the copy's journal emptied. Returns how many copies changed."""
    changed = 0
    for copy in copies_made(db_path):
        try:
            with contextlib.closing(sqlite3.connect(copy, isolation_level=None, timeout=5)) as con:
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if "tour_session" not in tables:
                    continue
                where = ("contact_retention_until < ? AND (contact_name != '' OR contact_phone != '' "
                         "OR contact_email != '')")
                if not (con.execute(f"SELECT count(*) FROM tour_session WHERE {where}", (today,)).fetchone()[0]
                        or _expired_in_conflicts(con, tables, today)):
                    continue
                con.execute("PRAGMA secure_delete = ON")
                con.execute("BEGIN IMMEDIATE")
                con.execute(f"UPDATE tour_session SET contact_name = '', contact_phone = '', contact_email = '' "
                            f"WHERE {where}", (today,))
                _scrub_conflicts(con, tables, today)
                con.execute("COMMIT")
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the journal keeps no old page either
                changed += 1
        except sqlite3.Error as exc:
            log.warning("Could not purge the expired contacts in the copy %s: %s", copy, exc)
    if changed:
        log.info("Blanked expired booking contacts in %d backup copies of %s", changed, db_path)
    return changed


def unused_name(folder: Path, prefix: str) -> Path:
    """`PREFIX<date_time>.sqlite` in `folder`, with a number added when a copy of that second exists."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    name, n = folder / f"{prefix}{stamp}.sqlite", 2
    while any(name.with_name(name.name + suffix).exists() for suffix in ("", "-wal")):
        name, n = folder / f"{prefix}{stamp}-{n}.sqlite", n + 1
    return name


def restore(source: Path, db_path: Path) -> Path | None:
    """Replace the database with `source`, after checking it and keeping the current file aside.

    The current file and its journals are kept in the backup folder exactly as they lie (nothing in them is
    replayed or lost, even when the journal is a stray one), the backup is copied beside the database as a new
    file and renamed over it, and the old journals are moved away first: a kill at any moment leaves a file
    that opens — the old one or the restored one. Returns the path of the copy kept aside (None when there was
    no database yet)."""
    if not source.exists():
        raise StorageError(f"There is no backup file at {source}.")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise StorageError("The backup to restore is the database itself.", "Choose a backup file.")
    revision = inspect_file(source, full_check=True).revision  # raises for foreign or damaged files
    if revision is None:
        raise StorageError(f"{source} is empty: it is not a Mediator Desk backup.")
    if revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(f"{source} comes from a newer version of Mediator Desk (schema {revision}).",
                                 "Update Mediator Desk first. Nothing was changed.")
    if db_path.exists() and wal_is_live(db_path):
        raise StorageError(f"{db_path} is open (in Mediator Desk or another program): it cannot be replaced "
                           "while something writes to it.", "Close it first, then restore. Nothing was changed.")
    safety = None
    journals = [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = unused_name(paths.private_dir(backup_dir(db_path)), "before-restore-")
        raw_copy(db_path, safety)
        files.fsync_dir(safety.parent)
        killpoints.point("restore:safety-copy")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with files.pending_part(db_path, mode=private_mode(db_path if db_path.exists() else source)) as tmp:
        copy_into(source, tmp, label=db_path)
        for old in journals:  # kept in the copy aside: they belong to the file being replaced
            old.unlink(missing_ok=True)
        killpoints.point("restore:copied")
    log.info("Restored %s from %s (previous file kept as %s)", db_path, source, safety)
    return safety
