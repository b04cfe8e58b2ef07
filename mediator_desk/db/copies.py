"""Copies of a database file: consistent copies of a live file (backups, the copy for the coordinator, restores)
and private copies of another laptop's file to read and upgrade without ever touching the original.

Copies are written aside and renamed into place (a kill or a full disk never leaves half a copy over a good one),
readable by the user only (0600, in 0700 backup folders, whatever the umask; a database's own stricter mode is
kept), and each starts a journal lineage of its own (db/journal.py), so no journal of the original is ever
replayed over a copy."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

from mediator_desk.db import journal
from mediator_desk.db.classify import classify
from mediator_desk.db.probe import ro_connect
from mediator_desk.errors import StorageError
from mediator_desk.files import pending_part
from mediator_desk.paths import private_dir

PRIVATE = 0o600


def private_mode(source: Path) -> int:
    """0600, or the source database's own mode where that is stricter."""
    try:
        return PRIVATE & source.stat().st_mode
    except OSError:
        return PRIVATE


def sqlite_copy(src: Path, dest: Path) -> None:
    """A consistent copy of a (possibly live) SQLite database through the online backup API, with a lineage of
    its own, written aside and renamed over `dest`."""
    if dest.parent.name.endswith("-backups"):
        private_dir(dest.parent)
    else:
        dest.parent.mkdir(parents=True, exist_ok=True)
    with pending_part(dest, mode=private_mode(src)) as tmp:
        copy_into(src, tmp, label=dest)


def copy_into(src: Path, new_file: Path, *, label: Path) -> None:
    """Copy `src` through SQLite's backup API into `new_file` (a new, empty file written aside: the caller
    syncs and renames it), as a lineage of its own."""
    try:
        with contextlib.closing(ro_connect(src)) as s, contextlib.closing(sqlite3.connect(new_file)) as d:
            d.execute("PRAGMA journal_mode = OFF")  # the whole file is synced once, then renamed
            d.execute("PRAGMA synchronous = OFF")
            s.backup(d)
            journal.start_lineage(d)
    except sqlite3.Error as exc:
        raise classify(exc, str(label)) or StorageError(f"Could not copy {src} to {label}: {exc}.") from exc


def raw_copy(source: Path, copy: Path) -> None:
    """The file and its journals exactly as they lie on disk, readable by the user only (another laptop's file
    that nothing has open: its journal is checked and replayed in the copy, never in the original; or a file
    kept aside as it was before a restore)."""
    mode = private_mode(source)
    for suffix in ("", "-wal", "-journal"):
        original = source.with_name(source.name + suffix)
        if original.exists():
            target = copy.with_name(copy.name + suffix)
            shutil.copyfile(original, target)
            os.chmod(target, mode)
