"""The database file as the interface sees it: open it safely, check it, close it. Views reach the file only
through here (and the other services), never through db/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mediator_desk.db.engine import HEAD, Database, inspect_file, open_database

__all__ = ["Database", "needs_upgrade", "open_file", "check_integrity"]


def needs_upgrade(path: Path) -> bool:
    """Whether opening `path` will upgrade it first (the interface shows a progress window meanwhile)."""
    info = inspect_file(path)
    return info.revision is not None and info.revision != HEAD


def open_file(path: Path, *, read_only: bool = False, progress: Callable[[str], None] | None = None,
              busy_wait: Callable[[str], bool] | None = None) -> Database:
    return open_database(path, read_only=read_only, progress=progress, busy_wait=busy_wait)


def check_integrity(db: Database) -> str | None:
    """SQLite's full check of the open file (seconds at season scale: run it off the UI thread). A failure
    means nothing more is written to the file in this session."""
    return db.check_integrity()
