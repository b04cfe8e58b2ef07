"""The handle of an open database (a laptop's SQLite file or the team's hub), its transactions, and what this
process knows about files: which it has open (their -wal is live) and which failed a check (never written again
while it runs)."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# Files that failed an integrity check in this process: never written to again while it runs.
_damaged: dict[str, str] = {}
# Files this process has open (their -wal is live, not a stray one).
_open_here: dict[str, int] = {}
_registry_lock = threading.Lock()


def file_key(path: Path) -> str:
    """One key per file, whatever path reaches it (symbolic links and case-insensitive names resolved)."""
    return os.path.normcase(str(Path(path).resolve()))


def mark_damaged(path: Path, problem: str) -> None:
    with _registry_lock:
        _damaged[file_key(path)] = problem
    log.error("%s failed a check and will not be written to in this session: %s", path, problem)


def damage_of(path: Path) -> str | None:
    return _damaged.get(file_key(path))


def open_here(path: Path) -> bool:
    """Whether this process has the file open."""
    return file_key(path) in _open_here


def note_opened(key: str) -> None:
    with _registry_lock:
        _open_here[key] = _open_here.get(key, 0) + 1


def _note_closed(key: str) -> None:
    with _registry_lock:
        _open_here[key] = _open_here.get(key, 1) - 1
        if _open_here[key] <= 0:
            del _open_here[key]


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
        self._key = file_key(self.path) if self.path is not None else ""

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
        return _damaged.get(self._key) if _damaged else None  # the common case: one truth test per statement

    def check_integrity(self) -> str | None:
        """SQLite's full integrity check of the whole file; a failure marks it damaged for this session."""
        if self.path is None:
            return None
        from mediator_desk.db.probe import integrity_problem  # sqlite3 only: loaded when a check runs

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
            _note_closed(self._key)


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A session whose work is committed at the end of the block (or rolled back on error)."""
    with db.session() as session, session.begin():
        yield session
