"""Where a report, an export, a card sheet or a backup may be written: never over the open database, its
journal files or a backup (files.check_output says why, before any long work starts)."""

from __future__ import annotations

from pathlib import Path

from mediator_desk import files
from mediator_desk.db.database import Database


def check_output(target: Path, db: Database | Path | None = None) -> Path:
    """The absolute output path once it is safe to write there; raises files.OutputError otherwise."""
    path = db.path if isinstance(db, Database) else db
    return files.check_output(target, databases=[path] if path is not None else [])
