"""The -wal journal beside a database: telling a journal that belongs to this very file from one that does not.

A journal holds the pages changed since the last checkpoint; replayed over any other state of the file — even a
copy of the same database that has since changed — it mixes two histories, breaks the indexes and loses what
the file held. So every file carries a *generation* in its header, and every journal the app writes carries the
generation of the file it was written on top of:

- page 1's `application_id` is the file's generation, a random number renewed by the first write of every
  session that writes, and `user_version` the generation before it;
- the app runs the checkpoints itself (`wal_autocheckpoint` is off) and rewrites page 1 right after each one,
  so every journal generation begins with a frame of page 1 carrying the pair;
- every copy the app makes (backups, the copy for the coordinator, restores) starts a lineage of its own.

A leftover journal (the app was killed, nothing has it open) is replayed only when its page 1 carries this
file's generation, or a new one renewed from it. Otherwise it is refused, and neither file is
touched. A journal with no generation mark (an older version of the app, another SQLite program) is replayed
on a private copy first and must pass SQLite's full integrity check there."""

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
from pathlib import Path

from mediator_desk.db.database import open_here
from mediator_desk.db.probe import WAL_HEADER, integrity_problem, read_schema
from mediator_desk.errors import StorageError, StrayJournalError

log = logging.getLogger(__name__)
WAL_MAGIC = (0x377F0682, 0x377F0683)
CHECKPOINT_AT_BYTES = 4 * 1024 * 1024  # about SQLite's own 1000 pages


def header_generation(page1: bytes) -> tuple[int, int]:
    """(generation, previous generation) from a database header: application_id and user_version."""
    return struct.unpack(">I", page1[68:72])[0], struct.unpack(">I", page1[60:64])[0]


def file_generation(path: Path) -> tuple[int, int]:
    with path.open("rb") as fh:
        return header_generation(fh.read(100))


def journal_generation(wal: Path) -> tuple[int, int] | None:
    """The generation in the first copy of page 1 in the journal's current frames (None: it holds none)."""
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
                return None
            page_no, _commit, s1, s2 = struct.unpack(">IIII", frame[:16])
            if (s1, s2) != (salt1, salt2):
                return None  # frames of an earlier generation: not part of this log
            if page_no == 1:
                page = fh.read(page_size)
                return header_generation(page) if len(page) == page_size else None
            fh.seek(page_size, os.SEEK_CUR)


def wal_is_live(path: Path) -> bool:
    """True when some connection has the database open (its -wal is in use, not a leftover).

    Every connection to a WAL database holds a shared lock on byte 128 of the -shm file (SQLite's unix VFS);
    we only test for it (F_GETLK), never take it. Unknown (not POSIX): False, so the -wal gets verified."""
    if open_here(path):
        return True
    if not sys.platform.startswith("linux"):  # struct flock's layout is Linux's here
        return False
    import fcntl

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


def belongs(mine: tuple[int, int], theirs: tuple[int, int]) -> bool | None:
    """Whether a journal marked `theirs` was written on top of a file marked `mine` (None: cannot tell)."""
    generation, previous = mine
    tag = generation or previous  # what names this file's state: its generation, or (before generations) its identity
    their_generation, their_previous = theirs
    if their_generation == 0:  # a journal from before generations: user_version held the file's identity
        return (None if their_previous == previous else False) if generation == 0 else False
    if their_generation == generation:
        return True
    if their_previous == tag:  # written as this file renewed its generation, before that was checkpointed
        return True if tag else None
    return False


def check_wal(path: Path) -> None:
    """Refuse a database whose leftover -wal does not belong to it, before anything replays it."""
    wal = path.with_name(path.name + "-wal")
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return
    if size <= WAL_HEADER or wal_is_live(path):
        return
    mine, theirs = file_generation(path), journal_generation(wal)
    verdict = belongs(mine, theirs) if theirs is not None else None
    if verdict is False:
        _refuse_wal(path, wal, "it was written on top of another copy of this database, or of another database "
                    f"(journal generation {theirs[0]}, file generation {mine[0]}), so replaying it would mix "
                    "two histories and lose what the file holds")
    # Replayed on a private copy first: a damaged journal (or, with no generation mark, a foreign one that
    # breaks the file) is refused before the real pair is touched.
    with tempfile.TemporaryDirectory(prefix="mediator-desk-check-") as tmp:
        copy = Path(tmp) / "check.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        problem = None
        try:
            con = sqlite3.connect(copy)
            with contextlib.closing(con):
                read_schema(con, path)
                problem = integrity_problem(copy, con) if verdict is None else _quick(con)
        except (sqlite3.DatabaseError, StorageError) as exc:
            problem = str(exc)
    if problem:
        _refuse_wal(path, wal, f"replaying it would damage the database ({problem})")


def _quick(con: sqlite3.Connection) -> str | None:
    rows = [r[0] for r in con.execute("PRAGMA quick_check(3)")]
    return None if rows == ["ok"] else "; ".join(rows)


def _refuse_wal(path: Path, wal: Path, problem: str) -> None:
    shm = path.with_name(path.name + "-shm")
    raise StrayJournalError(
        f"{path} has a leftover journal ({wal.name}) that does not belong to it: {problem}.",
        f"Move {wal.name}{' and ' + shm.name if shm.exists() else ''} to another folder, then open the "
        "database again. The database and the journal have not been changed.")


def new_generation() -> int:
    return secrets.randbelow(2**31 - 1) + 1


def renew_generation(con: sqlite3.Connection) -> int:
    """Inside the first write transaction of a session: give the file a new generation (the current one, or
    the identity of a file from before generations, becomes the previous). It lands with that transaction, or
    not at all; the file is never changed by a session that writes nothing."""
    generation = con.execute("PRAGMA application_id").fetchone()[0]
    tag = generation or con.execute("PRAGMA user_version").fetchone()[0]
    renewed = new_generation()
    con.execute(f"PRAGMA user_version = {int(tag)}")
    con.execute(f"PRAGMA application_id = {renewed}")
    return renewed


def mark(raw: sqlite3.Connection) -> None:
    """Write page 1 again (same numbers): the first frame of a new journal generation carries the mark."""
    raw.execute(f"PRAGMA application_id = {int(raw.execute('PRAGMA application_id').fetchone()[0])}")


def journal_bytes(wal: Path) -> int:
    """How much of the journal is in use: its last valid frame (mxFrame in the wal-index header, at byte 16 of
    the -shm file, native byte order; sqlite.org/walformat.html) times the frame size. The journal's file size
    is no measure: after a checkpoint SQLite writes the journal again from its start without shrinking it.
    Falls back to the file size where the index cannot be read."""
    try:
        with open(wal.with_name(wal.name[:-4] + "-shm"), "rb") as shm:
            header = shm.read(24)
        if len(header) == 24:
            page_size = struct.unpack_from("=H", header, 14)[0]
            page_size = 65536 if page_size == 1 else page_size
            return struct.unpack_from("=I", header, 16)[0] * (page_size + 24)
    except OSError:
        pass
    try:
        return os.stat(wal).st_size
    except OSError:
        return 0


def maybe_checkpoint(raw: sqlite3.Connection, wal: Path) -> None:
    """Before a transaction: once the journal holds CHECKPOINT_AT_BYTES, checkpoint what no reader needs (never
    waiting) and, when that emptied it, mark the journal's next generation. Costs one small read otherwise."""
    if journal_bytes(wal) < CHECKPOINT_AT_BYTES:
        return
    busy, frames, done = raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    if not busy and frames == done:
        mark(raw)


def start_lineage(con: sqlite3.Connection) -> None:
    """A copy made by the app starts a lineage of its own: no journal of the original is ever taken for its."""
    con.execute(f"PRAGMA application_id = {new_generation()}")
    con.execute("PRAGMA user_version = 0")
