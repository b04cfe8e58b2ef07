"""SQLite's runtime errors as the typed StorageErrors the interface shows: busy, full, read-only, damaged, I/O."""

from __future__ import annotations

import sqlite3

from mediator_desk.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StorageError,
)
from mediator_desk.files import storage_error

WAY_OUT = ("Restore a backup (mediator-desk restore FILE) or choose another file with --db. "
           "The file has not been changed.")


def classify(exc: BaseException, label: str) -> StorageError | None:
    """The typed StorageError for an SQLite error (None: not a storage problem, e.g. a constraint)."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.IntegrityError) or not isinstance(exc, (sqlite3.DatabaseError, OSError)):
        return None
    if isinstance(exc, OSError):
        return storage_error(exc, label)
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (5, 6) or "database is locked" in text or "table is locked" in text:
        return DatabaseBusyError(f"{label} is in use by another program, which holds a lock on it.",
                                 "Close the other program (or wait until it has finished), then try again.")
    if primary == 13 or "database or disk is full" in text:
        return DiskFullError(f"The disk holding {label} is full: nothing more could be written.",
                             "Free some space (or move the database to another disk), then try again. "
                             "Everything saved before is intact.")
    if primary == 8 or "readonly database" in text or "read-only" in text:
        return ReadOnlyDatabaseError(f"{label} cannot be written: the file or its folder is read-only.",
                                     "Copy the database to a folder you can write to, or ask for write access.")
    if primary in (11, 26) or "malformed" in text or "not a database" in text:
        return DamagedDatabaseError(f"{label} is damaged ({exc}).", WAY_OUT)
    if primary == 10 or "disk i/o error" in text:
        return StorageError(f"The disk could not read or write {label} (disk I/O error): it may be full or "
                            "disconnected.", "Free some space or reconnect the disk, then try again. Everything "
                            "saved before is intact.")
    if primary == 14 or "unable to open" in text:
        return StorageError(f"{label} cannot be opened (the file or its folder is missing or not accessible).",
                            "Check the path and the folder's permissions.")
    return None
