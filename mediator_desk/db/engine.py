"""Opening a laptop's database: look at the file first (db/inspect.py), create a new one readable by the user
only, copy and upgrade an older one in one transaction, renew its journal generation (db/journal.py) and hand
out the Database handle; and reading another laptop's file through a private copy (merges).

The team's server is opened by db/hub.py; services/storage.py chooses between the two."""

from __future__ import annotations

import logging
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from mediator_desk import killpoints
from mediator_desk.db.classify import WAY_OUT
from mediator_desk.db.connect import guard_writes, make_engine
from mediator_desk.db.copies import raw_copy, sqlite_copy
from mediator_desk.db.database import Database, note_opened, transaction
from mediator_desk.db.inspect import FileInfo, inspect_file
from mediator_desk.db.probe import file_writable, folder_writable
from mediator_desk.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    RefusedDatabaseError,
    StorageError,
)

log = logging.getLogger(__name__)

# Revisions this version knows, oldest first: the migration files' numbers (tests/unit/test_migrations.py checks
# them against Alembic), so start-up can tell "current" from "needs upgrade" from "newer" without importing Alembic.
KNOWN_REVISIONS = tuple(sorted({p.name[:4] for p in (Path(__file__).parent / "migrations" / "versions").iterdir()
                                if p.name[:4].isdigit() and p.name[4:5] == "_"}))
HEAD = KNOWN_REVISIONS[-1]
OPEN_WAIT_S = 30.0  # how long opening waits for another program's lock before giving up

__all__ = ["HEAD", "KNOWN_REVISIONS", "Database", "open_database", "readable_copy", "transaction", "upgrade"]


def _writable(path: Path) -> tuple[bool, str]:
    if path.exists() and not file_writable(path):
        return False, f"The file {path.name} is read-only."
    if not folder_writable(path.parent):
        return False, f"The folder {path.parent} is read-only (SQLite needs to write its journal beside the file)."
    return True, ""


def _wait_for_lock(action: Callable[[], FileInfo], busy_wait: Callable[[str], bool] | None) -> FileInfo:
    """Run `action`; while another program holds a lock, ask `busy_wait` (told the message) whether to retry."""
    deadline = time.monotonic() + OPEN_WAIT_S
    told = False
    while True:
        try:
            return action()
        except DatabaseBusyError as exc:
            if busy_wait is None:
                if time.monotonic() > deadline:
                    raise
                if not told:
                    log.warning("%s", exc)
                    told = True
                time.sleep(0.5)
            elif not busy_wait(str(exc)):
                raise


def _create_private(path: Path) -> None:
    """A new database file readable by the user only (SQLite gives its journals the file's mode)."""
    from mediator_desk import paths

    if path.parent == paths.data_dir():
        paths.private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def open_database(path: Path, *, create: bool = True, read_only: bool = False, verify: bool = False,
                  progress: Callable[[str], None] | None = None,
                  busy_wait: Callable[[str], bool] | None = None) -> Database:
    """Open (and create or upgrade) the database file at `path`. Raises StorageError subclasses.

    `read_only` opens without ever writing (also chosen when the file or folder cannot be written);
    `verify` runs SQLite's full check first (commands that write run it, so a damaged file is never written);
    `progress` hears what a long upgrade is doing; `busy_wait` decides whether to keep waiting on a lock."""
    path = Path(path)
    info = _wait_for_lock(lambda: inspect_file(path, full_check=verify), busy_wait)
    revision = info.revision
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Mediator Desk (schema {revision}).",
            "Update Mediator Desk to open it, or choose another file with --db. The file has not been changed.")
    if revision is None and not create:  # missing, or an empty file: never given a schema by a command that reads
        raise StorageError(f"There is no database at {path}" + (" (the file is empty)." if info.exists else "."),
                           "Create one with `mediator-desk demo` or the app. The file has not been changed.")
    reason = ""
    if info.exists and not read_only:
        writable, reason = _writable(path)
        read_only = not writable
    if read_only:
        if not info.exists or revision != HEAD:
            raise ReadOnlyDatabaseError(
                f"{path} {'does not exist' if not info.exists else 'needs an upgrade to this version'}, but it "
                f"can only be opened read-only{': ' + reason if reason else ''}.",
                "Copy it to a folder you can write to and open the copy. The file has not been changed.")
        return _make(path, read_only=True, reason=reason or "It was opened read-only.")
    try:
        _create_private(path)
    except OSError as exc:
        raise StorageError(f"Cannot create {path}: {exc.strerror}.") from exc
    if revision is not None and revision != HEAD:
        if not verify:
            inspect_file(path, full_check=True)  # never upgrade (or back up) a damaged file
        copy = pre_upgrade_copy(path)
        if not copy.exists():
            if progress:
                progress("backup")
            log.info("Backing up %s to %s before upgrading from %s", path, copy, revision)
            sqlite_copy(path, copy)
            killpoints.point("upgrade:copied")
    db = _make(path, read_only=False, reason="")
    try:
        if revision != HEAD:
            if progress:
                progress("upgrade")
            upgrade(db.engine)
    except StorageError:
        db.close()
        raise
    except Exception as exc:
        db.close()
        log.exception("Preparing %s failed", path)
        raise StorageError(f"Could not prepare the database {path}: {exc}", WAY_OUT) from exc
    return db


def pre_upgrade_copy(path: Path) -> Path:
    """Where the one copy made before upgrading to this version is kept (beside the daily backups)."""
    from mediator_desk.paths import backup_dir

    return backup_dir(path) / f"before-upgrade-to-{HEAD}.sqlite"


def _make(path: Path, *, read_only: bool, reason: str) -> Database:
    from mediator_desk.db.hooks import install_hooks
    from mediator_desk.paths import device_id

    engine = make_engine(path, read_only=read_only)
    me = device_id()
    info = {"device_id": me, "writer": writer_key(me)}
    db = Database(path, engine, sessionmaker(engine, expire_on_commit=False, info=info),
                  read_only=read_only, read_only_reason=reason, device_id=me)
    guard_writes(db)
    install_hooks(db.session_factory)
    note_opened(db._key)
    return db


def writer_key(device: str) -> str:
    """Who makes this opening's edits, in the records' version vectors: the laptop and a random mark of this
    opening. A file restored from a backup, a copy of a file, two laptops with one device id: each opening is a
    writer of its own, so an edit counter is never reused for different content (services/team/rules.py)."""
    return f"{device}.{secrets.token_hex(3)}"


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations as one transaction with foreign keys off (as SQLite documents for table rebuilds),
    then check every foreign key before committing: all of it lands, or none of it."""
    from mediator_desk.db.migrations import upgrade_to

    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if engine.dialect.name == "sqlite":
            raw.execute("PRAGMA foreign_keys = OFF")  # outside a transaction: inside one it is ignored
        try:
            with connection.begin():
                upgrade_to(connection, revision)
                if engine.dialect.name == "sqlite":
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DamagedDatabaseError(
                            f"The upgrade found {len(broken)} broken reference(s), e.g. in {broken[0][0]}; "
                            "nothing was changed.", WAY_OUT)
                killpoints.point("upgrade:migrated")
            killpoints.point("upgrade:committed")
        finally:
            if engine.dialect.name == "sqlite":
                raw.execute("PRAGMA foreign_keys = ON")


def readable_copy(source: Path, folder: Path) -> Path:
    """A private copy of another laptop's file (with its journal) in `folder`, checked and upgraded to this
    version there: the original is only ever read. Raises for a file that cannot be merged."""
    from mediator_desk.db.journal import wal_is_live

    if not source.exists():
        raise StorageError(f"There is no file {source}.")
    if source.is_dir():
        raise RefusedDatabaseError(f"{source} is a folder, not a database file.", "Name a database file.")
    copy = folder / "incoming.sqlite"
    try:
        wal = source.with_name(source.name + "-wal")
        if wal.exists() and wal_is_live(source):
            sqlite_copy(source, copy)  # another program has it open: read a consistent state through SQLite
        else:
            raw_copy(source, copy)
    except OSError as exc:
        raise StorageError(f"Could not read {source}: {exc.strerror or exc}.") from exc
    try:
        info = inspect_file(copy, full_check=True)
        if info.revision is None:
            raise RefusedDatabaseError(f"{source} is an empty database: there is nothing to merge.", "")
        if info.revision not in KNOWN_REVISIONS:
            raise NewerDatabaseError(f"{source} was written by a newer version of Mediator Desk "
                                     f"(schema {info.revision}).", "Update Mediator Desk on this laptop first.")
        if info.revision != HEAD:
            engine = make_engine(copy)
            try:
                upgrade(engine)
            finally:
                engine.dispose()
    except StorageError as exc:
        raise _renamed(exc, copy, source) from exc
    return copy


def _renamed(exc: StorageError, private: Path, source: Path) -> StorageError:
    """An error about the private copy, told about the file the user named."""
    message = exc.message.replace(str(private), str(source))
    hint = "The file has not been changed." if isinstance(exc, RefusedDatabaseError) else exc.hint
    return type(exc)(message, hint)
