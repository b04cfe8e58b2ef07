"""SQLAlchemy engines on a Mediator Desk file: the pragmas on every connection, explicit transactions, the
checkpoints the app runs itself, the guard that refuses writes to a read-only or damaged file, and SQLite's
errors classified as they happen."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from mediator_desk.db import journal
from mediator_desk.db.classify import WAY_OUT, classify
from mediator_desk.db.database import Database, mark_damaged
from mediator_desk.db.probe import ro_uri
from mediator_desk.errors import DamagedDatabaseError, ReadOnlyDatabaseError

BUSY_TIMEOUT_MS = 5000
WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


def _set_pragmas(read_only: bool):
    def connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own BEGIN handling runs DDL outside transactions; we emit BEGIN ourselves (see _begin), so
        # a schema upgrade is one transaction and a kill in the middle leaves the file as it was.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            # The app checkpoints itself (journal.maybe_checkpoint), so every journal generation starts with
            # the file's generation mark (see journal.py)
            cursor.execute("PRAGMA wal_autocheckpoint = 0")
            # A journal that a large write (a merge, a sync) grew far past the checkpoint size is cut back when
            # it restarts; an everyday one keeps its size and is written again from its start (no regrowth)
            cursor.execute(f"PRAGMA journal_size_limit = {2 * journal.CHECKPOINT_AT_BYTES}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed: purged contacts leave no trace
        cursor.close()
    return connect


def _begin(path: Path, read_only: bool) -> Callable:
    wal = path.with_name(path.name + "-wal")

    def begin(conn) -> None:
        if not read_only:
            journal.maybe_checkpoint(conn.connection.dbapi_connection, wal)
        conn.exec_driver_sql("BEGIN")
    return begin


def guard_writes(db: Database) -> None:
    """Before a write reaches SQLite: refuse it on a read-only database or one that failed a check this
    session; with the session's first write, renew the file's journal generation (db/journal.py)."""
    renewed = [db.read_only]

    def before_cursor_execute(conn, cursor, statement: str, _params, _context, _many) -> None:
        if not statement.lstrip()[:7].upper().startswith(WRITE_WORDS):
            return
        if db.read_only:
            raise ReadOnlyDatabaseError(f"{db.label} is open read-only: nothing can be saved.",
                                        db.read_only_reason)
        problem = db.damage
        if problem:
            raise DamagedDatabaseError(f"{db.label} failed an integrity check ({problem}); nothing more is "
                                       "written to it.", WAY_OUT)
        if not renewed[0] and not conn.info.get("renewing") and conn.in_transaction():
            try:
                journal.renew_generation(cursor.connection)
            except sqlite3.Error as exc:  # raised outside SQLAlchemy's own error handling: classify it here
                raise (classify(exc, db.label) or exc) from None
            conn.info["renewing"] = True

    def commit(conn) -> None:
        if conn.info.pop("renewing", False):
            renewed[0] = True

    def rollback(conn) -> None:
        conn.info.pop("renewing", None)

    event.listen(db.engine, "before_cursor_execute", before_cursor_execute)
    event.listen(db.engine, "commit", commit)
    event.listen(db.engine, "rollback", rollback)


def _classify_errors(label: str, path: Path | None) -> Callable:
    def handle_error(context) -> BaseException | None:
        typed = classify(context.original_exception, label)
        if isinstance(typed, DamagedDatabaseError) and path is not None:
            mark_damaged(path, str(context.original_exception))
        return typed
    return handle_error


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    # The connection is made by sqlite3 itself, which takes any file name the system does (one that is not
    # UTF-8 included); SQLAlchemy's URL would decode it.
    target, uri = (ro_uri(path), True) if read_only else (str(path), False)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(target, uri=uri, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, hide_parameters=True, poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas(read_only))
    event.listen(engine, "begin", _begin(path, read_only))
    event.listen(engine, "handle_error", _classify_errors(str(path), path))
    return engine
