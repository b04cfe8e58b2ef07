"""What a file is before anything opens it for writing: ours or not, damaged or not, which schema revision, and
whether its leftover journal belongs to it. Every way a file can be refused is decided here; nothing is written
(except that SQLite rolls back a hot rollback journal, as it must)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mediator_desk.db import journal
from mediator_desk.db.classify import WAY_OUT, classify
from mediator_desk.db.database import mark_damaged
from mediator_desk.db.probe import (
    SQLITE_MAGIC,
    file_writable,
    hot_journal,
    integrity_problem,
    read_schema,
    ro_connect,
)
from mediator_desk.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    ForeignDatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)

INSPECT_TIMEOUT_S = 1.0  # each look at a locked file waits this long, then asks whether to keep waiting


@dataclass(frozen=True)
class FileInfo:
    revision: str | None  # None: an empty or new file
    exists: bool


def inspect_file(path: Path, *, full_check: bool = False) -> FileInfo:
    """What the file at `path` is: its schema revision (None for an empty/new one); raises if it is unusable.

    The quick look reads the header, the schema and the revision; `full_check` also runs SQLite's full
    integrity check (every page and every index)."""
    if not path.exists():
        return FileInfo(None, False)
    if path.is_dir():
        raise ForeignDatabaseError(f"{path} is a folder, not a database file.", WAY_OUT)
    if not path.is_file():
        raise ForeignDatabaseError(f"{path} is not a regular file (a device or a pipe?).", WAY_OUT)
    if path.stat().st_size == 0:
        return FileInfo(None, True)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StorageError(f"{path} cannot be read: {exc.strerror}.", "Check the file's permissions.") from exc
    if header != SQLITE_MAGIC:
        raise ForeignDatabaseError(f"{path} is not a Mediator Desk database (not an SQLite file).", WAY_OUT)
    journal.check_wal(path)
    try:
        # A hot rollback journal must be rolled back by a read-write connection (SQLite does it on first read).
        con = (sqlite3.connect(path, timeout=INSPECT_TIMEOUT_S) if hot_journal(path) and file_writable(path)
               else ro_connect(path, INSPECT_TIMEOUT_S))
    except sqlite3.Error as exc:
        raise classify(exc, str(path)) or ForeignDatabaseError(f"{path} cannot be opened: {exc}.", WAY_OUT) from exc
    try:
        con.execute("PRAGMA schema_version").fetchone()
        revision = read_schema(con, path)
        if full_check:
            problem = integrity_problem(path)
            if problem:
                mark_damaged(path, problem)
                raise DamagedDatabaseError(f"{path} is damaged (integrity check: {problem}).", WAY_OUT)
        return FileInfo(revision, True)
    except sqlite3.DatabaseError as exc:
        typed = classify(exc, str(path))
        if isinstance(typed, (DatabaseBusyError, ReadOnlyDatabaseError)):
            raise typed from exc
        raise DamagedDatabaseError(f"{path} is damaged or not a database: {exc}.", WAY_OUT) from exc
    finally:
        con.close()
