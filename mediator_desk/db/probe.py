"""Looking at an SQLite file without changing it: can it be written, is it ours (and which schema revision),
does SQLite's full check pass. Nothing here writes to the file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from mediator_desk.db.classify import WAY_OUT, classify
from mediator_desk.errors import DamagedDatabaseError, DatabaseBusyError, ForeignDatabaseError

# Tables every Mediator Desk database has had since the first schema: how we recognise our own files.
OUR_TABLES = frozenset({"venue", "exhibition", "mediator", "tour_session", "visitor_group", "count_event",
                        "feedback"})
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_HEADER = 32
READ_TIMEOUT_S = 5.0


def folder_writable(folder: Path) -> bool:
    """Whether a file can be created in `folder` (tried, not guessed: permissions do not stop root, while an
    immutable or read-only-mounted folder stops everyone)."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".mediator-desk-probe-")
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True


def file_writable(path: Path) -> bool:
    try:
        with path.open("r+b"):
            return True
    except OSError:
        return False


def ro_uri(path: Path) -> str:
    """A URI that reads `path` without ever writing: `immutable` when SQLite could not create its -shm in the
    folder and no -wal is there (the main file then holds every committed change)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not (wal.exists() and wal.stat().st_size > WAL_HEADER) and not folder_writable(path.parent):
        uri += "&immutable=1"
    return uri


def ro_connect(path: Path, timeout: float = READ_TIMEOUT_S) -> sqlite3.Connection:
    return sqlite3.connect(ro_uri(path), uri=True, timeout=timeout)


def integrity_problem(path: Path, con: sqlite3.Connection | None = None) -> str | None:
    """SQLite's full integrity check (every page, and every index against its table): None when it passes.
    It reads the whole file: run it before upgrades, backups and merges, and in the background at start."""
    try:
        with contextlib.closing(con or ro_connect(path)) as c:
            rows = [r[0] for r in c.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        typed = classify(exc, str(path))
        if isinstance(typed, DatabaseBusyError):
            raise typed from exc
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.exists() and journal.stat().st_size > 0


def read_schema(con: sqlite3.Connection, path: Path) -> str | None:
    """The revision of an SQLite file we can read; raises for files that are not ours."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    ours = OUR_TABLES <= user_tables
    if "alembic_version" in user_tables:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = rows[0][0] if rows else None
        if not ours:
            if revision is None and user_tables == {"alembic_version"}:
                return None  # the start of a creation that never finished: still empty
            raise ForeignDatabaseError(
                f"{path} is another program's database (it has a schema version but none of Mediator Desk's "
                "tables).", WAY_OUT)
        if revision is None:
            raise DamagedDatabaseError(f"{path} is a Mediator Desk database whose schema version is missing.",
                                       WAY_OUT)
        return revision
    if user_tables:
        raise ForeignDatabaseError(
            f"{path} is an SQLite file but not a Mediator Desk database "
            f"(it holds tables such as {sorted(user_tables)[0]!r}).", WAY_OUT)
    return None
