"""The database as the interface and the command line see it: a laptop's file or the team's server, opened
safely, checked, closed. Views reach the file only through here (and the other services), never through db/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mediator_desk.db.database import Database
from mediator_desk.db.engine import HEAD, open_database
from mediator_desk.db.inspect import inspect_file

__all__ = ["Database", "needs_upgrade", "open_file", "open_target", "check_integrity", "is_hub_address", "is_empty"]


def is_hub_address(target: Path | str) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql:", "postgresql+"))


def open_target(target: Path | str, *, create: bool = True, verify: bool = False, reading: bool = False) -> Database:
    """A laptop's database file, or the team's server (read-only) for a `postgresql://` address. `reading`:
    the caller only reads, so a file of this version is opened read-only and never changed (an older one is
    still upgraded first)."""
    if is_hub_address(target):
        from mediator_desk.db.hub import open_hub  # only for the team's server (psycopg loads on demand)

        return open_hub(str(target), read_only=True)
    path = Path(target)
    if reading and path.is_file() and path.stat().st_size and inspect_file(path).revision == HEAD:
        return open_database(path, read_only=True)
    return open_database(path, create=create, verify=verify)


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


def is_empty(db: Database) -> bool:
    """A database without venues (new, or emptied): the set-up assistant's cue, and the only kind demo data
    may go into."""
    from sqlalchemy import func, select

    from mediator_desk.db.models import Venue

    with db.session() as s:
        return not s.scalar(select(func.count(Venue.id)).execution_options(include_deleted=True))
