"""Open a Mediator Desk database safely: check the file, back it up, migrate, set the pragmas."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from mediator_desk.errors import ForeignDatabaseError, NewerDatabaseError, StorageError

log = logging.getLogger(__name__)

# Revisions this version knows, oldest first. tests/unit/test_migrations.py checks this against Alembic,
# so start-up can tell "current" from "needs upgrade" from "newer" without importing Alembic.
KNOWN_REVISIONS = ("0001", "0002")
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

WAY_OUT = ("Restore a backup (mediator-desk restore FILE) or choose another file with --db. "
           "The file has not been changed.")


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def integrity_problem(path: Path) -> str | None:
    """Run SQLite's quick_check (reads the whole file: done before upgrades and backups, not at every start)."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def inspect_file(path: Path, *, full_check: bool = False) -> str | None:
    """Return the schema revision of an existing file, None for an empty/new one; raise if unusable.

    The quick look reads the header, the schema and the revision; `full_check` also verifies every page."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise ForeignDatabaseError(f"{path} is a folder, not a database file.", WAY_OUT)
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_MAGIC:
        raise ForeignDatabaseError(f"{path} is not a Mediator Desk database (not an SQLite file).", WAY_OUT)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ForeignDatabaseError(f"{path} cannot be opened: {exc}.", WAY_OUT) from exc
    try:
        con.execute("PRAGMA schema_version").fetchone()
        if full_check:
            problem = integrity_problem(path)
            if problem:
                raise ForeignDatabaseError(f"{path} is damaged (integrity check: {problem}).", WAY_OUT)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        user_tables = {t for t in tables if not t.startswith("sqlite_")}
        if user_tables:
            raise ForeignDatabaseError(
                f"{path} is an SQLite file but not a Mediator Desk database "
                f"(it holds tables such as {sorted(user_tables)[0]!r}).", WAY_OUT)
        return None
    except sqlite3.DatabaseError as exc:
        raise ForeignDatabaseError(f"{path} is damaged or not a database: {exc}.", WAY_OUT) from exc
    finally:
        con.close()


def sqlite_copy(src: Path, dest: Path, *, in_place: bool = False) -> None:
    """A consistent copy of a live SQLite database through the online backup API.

    A new file is written aside and renamed into place; `in_place` writes through SQLite into an existing
    (possibly open, WAL-mode) database instead, so its journal stays consistent."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if in_place:
        with contextlib.closing(sqlite3.connect(src)) as s, contextlib.closing(sqlite3.connect(dest)) as d:
            d.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            s.backup(d)
        return
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(src)) as s, contextlib.closing(sqlite3.connect(tmp)) as d:
        s.backup(d)
    tmp.replace(dest)


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database at `path`. Raises StorageError subclasses."""
    path = Path(path)
    revision = inspect_file(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Mediator Desk (schema {revision}).",
            "Update Mediator Desk to open it, or choose another file with --db. The file has not been changed.")
    if revision is None and not create and not path.exists():
        raise StorageError(f"There is no database at {path}.", "Create one with `mediator-desk demo` or the app.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc
    if revision is not None and revision != HEAD:
        inspect_file(path, full_check=True)  # never upgrade (or back up) a damaged file
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}.before-{HEAD}-{stamp}{path.suffix}")
        log.info("Backing up %s to %s before upgrading from %s", path, copy, revision)
        sqlite_copy(path, copy)
    engine = make_engine(path)
    if revision != HEAD:
        try:
            _upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise StorageError(f"Could not prepare the database {path}: {exc}", WAY_OUT) from exc
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def _upgrade(engine: Engine) -> None:
    from mediator_desk.db.migrations import upgrade_to_head  # Alembic only when there is work to do

    with engine.begin() as connection:
        upgrade_to_head(connection)


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A session whose work is committed at the end of the block (or rolled back on error)."""
    with db.session() as session, session.begin():
        yield session
