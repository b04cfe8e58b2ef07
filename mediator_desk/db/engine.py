"""Open a Mediator Desk database safely: check the file, back it up, migrate, set the pragmas, classify errors.

Every way a file can be refused is decided here, before anything writes to it: a folder or another program's
file, a damaged file, one from a newer version, a stray -wal journal that belongs to another database. Runtime
SQLite errors (busy, locked, full, read-only, corrupt) become typed StorageErrors at this boundary; the
interface only decides how to show them."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import sqlite3
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from mediator_desk import killpoints
from mediator_desk.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ForeignDatabaseError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    StrayJournalError,
)
from mediator_desk.files import pending_part, storage_error

log = logging.getLogger(__name__)

# Revisions this version knows, oldest first. tests/unit/test_migrations.py checks this against Alembic,
# so start-up can tell "current" from "needs upgrade" from "newer" without importing Alembic.
KNOWN_REVISIONS = ("0001", "0002", "0003")
HEAD = KNOWN_REVISIONS[-1]
# Tables every Mediator Desk database has had since the first schema: how we recognise our own files.
OUR_TABLES = frozenset({"venue", "exhibition", "mediator", "tour_session", "visitor_group", "count_event",
                        "feedback"})
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_HEADER = 32
BUSY_TIMEOUT_MS = 5000
OPEN_WAIT_S = 30.0  # how long opening waits for another program's lock before giving up
INSPECT_TIMEOUT_S = 1.0  # each look at a locked file waits this long, then asks whether to keep waiting
WAL_MAGIC = (0x377F0682, 0x377F0683)

WAY_OUT = ("Restore a backup (mediator-desk restore FILE) or choose another file with --db. "
           "The file has not been changed.")
WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")

# Files that failed an integrity check in this process: never written to again while it runs.
_damaged: dict[str, str] = {}
# Files this process has open (their -wal is live, not a stray one).
_open_here: dict[str, int] = {}
_registry_lock = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def mark_damaged(path: Path, problem: str) -> None:
    with _registry_lock:
        _damaged[_key(path)] = problem
    log.error("%s failed a check and will not be written to in this session: %s", path, problem)


def damage_of(path: Path) -> str | None:
    return _damaged.get(_key(path))


# --- error classification --------------------------------------------------------------------------

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


# --- the database handle ---------------------------------------------------------------------------

@dataclass
class Database:
    path: Path | None  # None for a PostgreSQL hub
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool = False
    read_only_reason: str = ""
    url: str = ""
    device_id: str = ""
    _closed: bool = field(default=False, repr=False)
    _key: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        self._key = _key(self.path) if self.path is not None else ""

    @property
    def label(self) -> str:
        return str(self.path) if self.path is not None else self.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.session_factory()

    @property
    def damage(self) -> str | None:
        return _damaged.get(self._key) if self._damaged_any() else None

    @staticmethod
    def _damaged_any() -> bool:
        return bool(_damaged)  # the common case costs one truth test per statement

    def check_integrity(self) -> str | None:
        """SQLite's quick_check over the whole file; a failure marks the file damaged for this session."""
        if self.path is None:
            return None
        problem = integrity_problem(self.path)
        if problem:
            mark_damaged(self.path, problem)
        return problem

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if self.path is not None:
            with _registry_lock:
                _open_here[self._key] = _open_here.get(self._key, 1) - 1
                if _open_here[self._key] <= 0:
                    del _open_here[self._key]


def _set_pragmas(read_only: bool):
    def connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own BEGIN handling runs DDL outside transactions; we emit BEGIN ourselves (see _begin), so
        # a schema upgrade is one transaction and a kill in the middle leaves the file as it was.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed: purged contacts leave no trace
        cursor.close()
    return connect


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _guard_writes(db_ref: dict) -> Callable:
    """Refuse a write on a read-only database or one that failed a check this session, before SQLite sees it."""
    def before_cursor_execute(_conn, _cursor, statement: str, _params, _context, _many) -> None:
        db: Database | None = db_ref.get("db")
        if db is None or not statement.lstrip()[:7].upper().startswith(WRITE_WORDS):
            return
        if db.read_only:
            raise ReadOnlyDatabaseError(f"{db.label} is open read-only: nothing can be saved.",
                                        db.read_only_reason)
        problem = db.damage
        if problem:
            raise DamagedDatabaseError(f"{db.label} failed an integrity check ({problem}); nothing more is "
                                       "written to it.", WAY_OUT)
    return before_cursor_execute


def _classify_errors(label: str, path: Path | None) -> Callable:
    def handle_error(context) -> BaseException | None:
        typed = classify(context.original_exception, label)
        if isinstance(typed, DamagedDatabaseError) and path is not None:
            mark_damaged(path, str(context.original_exception))
        return typed
    return handle_error


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    url = f"sqlite:///{ro_uri(path)}&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas(read_only))
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", _classify_errors(str(path), path))
    return engine


# --- looking at a file before opening it -----------------------------------------------------------

@dataclass(frozen=True)
class FileInfo:
    revision: str | None  # None: an empty or new file
    exists: bool


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


def _ro_connect(path: Path, timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    return sqlite3.connect(ro_uri(path), uri=True, timeout=timeout)


def integrity_problem(path: Path) -> str | None:
    """SQLite's quick_check (reads the whole file: run before upgrades and backups and in the background)."""
    try:
        with contextlib.closing(_ro_connect(path)) as con:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        typed = classify(exc, str(path))
        if isinstance(typed, DatabaseBusyError):
            raise typed from exc
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.exists() and journal.stat().st_size > 0


def _read_schema(con: sqlite3.Connection, path: Path) -> str | None:
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


def inspect_file(path: Path, *, full_check: bool = False) -> FileInfo:
    """What the file at `path` is: its schema revision (None for an empty/new one); raises if it is unusable.

    The quick look reads the header, the schema and the revision; `full_check` also verifies every page.
    Opening never modifies the file, except that SQLite rolls back a hot rollback journal (as it must)."""
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
    check_wal(path)
    try:
        # A hot rollback journal must be rolled back by a read-write connection (SQLite does it on first read).
        con = (sqlite3.connect(path, timeout=INSPECT_TIMEOUT_S) if _hot_journal(path) and file_writable(path)
               else _ro_connect(path, INSPECT_TIMEOUT_S))
    except sqlite3.Error as exc:
        raise classify(exc, str(path)) or ForeignDatabaseError(f"{path} cannot be opened: {exc}.", WAY_OUT) from exc
    try:
        con.execute("PRAGMA schema_version").fetchone()
        revision = _read_schema(con, path)
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


def wal_is_live(path: Path) -> bool:
    """True when some connection has the database open (its -wal is in use, not a leftover).

    Every connection to a WAL database holds a shared lock on byte 128 of the -shm file (SQLite's unix VFS);
    we only test for it (F_GETLK), never take it. Unknown (not POSIX): False, so the -wal gets verified."""
    if _key(path) in _open_here:
        return True
    if not sys.platform.startswith("linux"):  # struct flock's layout is Linux's here
        return False
    import fcntl
    import struct

    shm = path.with_name(path.name + "-shm")
    if not shm.exists():
        return False
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        request = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
        return struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)


def _identity(page1: bytes) -> int:
    """The database's identity: a random number kept in the header's user_version (set when it is created)."""
    return struct.unpack(">I", page1[60:64])[0]


def _wal_identity(wal: Path) -> int | None:
    """The identity in the newest copy of page 1 that the -wal holds (None: it holds none, or is unreadable)."""
    found = None
    with wal.open("rb") as fh:
        header = fh.read(WAL_HEADER)
        if len(header) < WAL_HEADER:
            return None
        magic, _version, page_size, _ckpt, salt1, salt2 = struct.unpack(">IIIIII", header[:24])
        if magic not in WAL_MAGIC or page_size < 512:
            return None
        while True:
            frame = fh.read(24)
            if len(frame) < 24:
                break
            page_no, _commit, s1, s2 = struct.unpack(">IIII", frame[:16])
            if (s1, s2) != (salt1, salt2):
                break  # frames of an earlier generation: not part of this log
            if page_no == 1:
                page = fh.read(page_size)
                if len(page) < page_size:
                    break
                found = _identity(page)
            else:
                fh.seek(page_size, os.SEEK_CUR)
    return found


def check_wal(path: Path) -> None:
    """Refuse a database whose leftover -wal does not belong to it, before anything replays it.

    A -wal with frames and no connection using it is replayed on a private copy first: if the copy then
    fails SQLite's check, the journal came from another file (or is damaged) and the pair is refused."""
    wal = path.with_name(path.name + "-wal")
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return
    if size <= WAL_HEADER or wal_is_live(path):
        return
    with path.open("rb") as fh:
        mine = _identity(fh.read(100))
    theirs = _wal_identity(wal)
    if mine and theirs is not None and theirs != mine:
        _refuse_wal(path, wal, "it was written for another database")
    with tempfile.TemporaryDirectory(prefix="mediator-desk-check-") as tmp:
        copy = Path(tmp) / "check.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        problem = None
        try:
            with contextlib.closing(sqlite3.connect(copy)) as con:
                rows = [r[0] for r in con.execute("PRAGMA quick_check(3)")]
                if rows != ["ok"]:
                    problem = "; ".join(rows)
                else:
                    _read_schema(con, path)
        except (sqlite3.DatabaseError, StorageError) as exc:
            problem = str(exc)
    if problem:
        _refuse_wal(path, wal, problem)


def _refuse_wal(path: Path, wal: Path, problem: str) -> None:
    shm = path.with_name(path.name + "-shm")
    raise StrayJournalError(
        f"{path} has a leftover journal ({wal.name}) that does not belong to it: replaying it would damage "
        f"the database ({problem}).",
        f"Move {wal.name}{' and ' + shm.name if shm.exists() else ''} to another folder, then open the "
        "database again. The database has not been changed.")


# --- copies -----------------------------------------------------------------------------------------

def sqlite_copy(src: Path, dest: Path, *, in_place: bool = False) -> None:
    """A consistent copy of a live SQLite database through the online backup API.

    A new file is written aside (`dest.part`), synced and renamed into place, so a kill or a full disk never
    leaves half a copy over a good one; `in_place` writes through SQLite into an existing (possibly open,
    WAL-mode) database instead, so its journal stays consistent."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if in_place:
        try:
            with contextlib.closing(_ro_connect(src)) as s, contextlib.closing(sqlite3.connect(dest)) as d:
                d.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                d.execute("PRAGMA secure_delete = ON")
                s.backup(d)
        except sqlite3.Error as exc:
            raise classify(exc, str(dest)) or StorageError(f"Could not restore into {dest}: {exc}.") from exc
        return
    try:
        with pending_part(dest) as tmp:
            with contextlib.closing(_ro_connect(src)) as s, contextlib.closing(sqlite3.connect(tmp)) as d:
                d.execute("PRAGMA journal_mode = OFF")  # the whole file is synced once below, then renamed
                d.execute("PRAGMA synchronous = OFF")
                s.backup(d)
    except sqlite3.Error as exc:
        raise classify(exc, str(dest)) or StorageError(f"Could not copy {src} to {dest}: {exc}.") from exc


# --- opening ----------------------------------------------------------------------------------------

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


def open_database(path: Path | str, *, create: bool = True, read_only: bool = False, verify: bool = False,
                  progress: Callable[[str], None] | None = None,
                  busy_wait: Callable[[str], bool] | None = None) -> Database:
    """Open (and create or upgrade) the database at `path`. Raises StorageError subclasses.

    `read_only` opens without ever writing (also chosen when the file or folder cannot be written);
    `verify` runs SQLite's full check first (commands that write run it, so a damaged file is never written);
    `progress` hears what a long upgrade is doing; `busy_wait` decides whether to keep waiting on a lock."""
    if isinstance(path, str) and path.startswith(("postgresql:", "postgresql+")):
        from mediator_desk.db.hub import open_hub  # noqa: PLC0415 - only for the team's server

        return open_hub(path, read_only=True)
    path = Path(path)
    info = _wait_for_lock(lambda: inspect_file(path, full_check=verify), busy_wait)
    revision = info.revision
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Mediator Desk (schema {revision}).",
            "Update Mediator Desk to open it, or choose another file with --db. The file has not been changed.")
    if not info.exists and not create:
        raise StorageError(f"There is no database at {path}.", "Create one with `mediator-desk demo` or the app.")
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
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc
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
    _ensure_identity(db.engine)
    if revision != HEAD:
        if progress:
            progress("upgrade")
        try:
            upgrade(db.engine)
        except StorageError:
            db.close()
            raise
        except Exception as exc:
            db.close()
            log.exception("Upgrading %s failed", path)
            raise StorageError(f"Could not prepare the database {path}: {exc}", WAY_OUT) from exc
    return db


def _ensure_identity(engine: Engine) -> None:
    """Give the file a random identity (the header's user_version) so a stray -wal can be told apart."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if raw.execute("PRAGMA user_version").fetchone()[0] == 0:
            raw.execute(f"PRAGMA user_version = {secrets.randbelow(2**31 - 1) + 1}")


def pre_upgrade_copy(path: Path) -> Path:
    """Where the one copy made before upgrading to this version is kept (beside the daily backups)."""
    from mediator_desk.paths import backup_dir

    return backup_dir(path) / f"before-upgrade-to-{HEAD}.sqlite"


def _make(path: Path, *, read_only: bool, reason: str) -> Database:
    from mediator_desk.paths import device_id

    engine = make_engine(path, read_only=read_only)
    me = device_id()
    db = Database(path, engine, sessionmaker(engine, expire_on_commit=False, info={"device_id": me}),
                  read_only=read_only, read_only_reason=reason, device_id=me)
    db_ref = {"db": db}
    event.listen(engine, "before_cursor_execute", _guard_writes(db_ref))
    from mediator_desk.db.hooks import install_hooks

    install_hooks(db.session_factory)
    with _registry_lock:
        _open_here[db._key] = _open_here.get(db._key, 0) + 1
    return db


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


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A session whose work is committed at the end of the block (or rolled back on error)."""
    with db.session() as session, session.begin():
        yield session


