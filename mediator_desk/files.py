"""Files written for the user (reports, exports, cards, backups): the target is checked before any long work,
the content is written aside (a uniquely named `.mediator-desk-….part` beside it), synced and renamed into place,
so a kill or a full disk never leaves half a file over a good one; a part left by a killed run is removed at the
next start."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from mediator_desk import killpoints, paths
from mediator_desk.errors import DiskFullError, MediatorDeskError, ReadOnlyDatabaseError, StorageError

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"
DB_COMPANIONS = ("-wal", "-shm", "-journal")


class OutputError(MediatorDeskError):
    """The chosen output file cannot be used (it would destroy something, or cannot be written)."""


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _inside(target: Path, folder: Path) -> bool:
    """Whether `target` lies in `folder` (or below it), whatever path reaches either."""
    try:
        return folder.exists() and target.parent.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def check_output(target: Path, *, databases: Iterable[Path] = ()) -> Path:
    """The output path, absolute, once it is safe to write: never a database the app uses (or its journal
    files), never a backup, never a folder or a device; its folder must exist and be writable."""
    target = Path(target).expanduser()
    if target.exists() and target.is_dir():
        raise OutputError(f"{target} is a folder: give a file name.")
    if target.exists() and not target.is_file():
        raise OutputError(f"{target} is not a regular file (a device or a pipe): choose a file.")
    for db in databases:
        db = Path(db)
        for protected in (db, *(db.with_name(db.name + suffix) for suffix in DB_COMPANIONS)):
            if _same(target, protected):
                raise OutputError(f"{target} is the database itself{'' if protected == db else ' (its journal)'}: "
                                  "writing there would destroy it. Choose another file.")
        if _same(target, db.with_name(db.name + ".lock")):
            raise OutputError(f"{target} is the lock file of the database open in Mediator Desk: choose another "
                              "file.")
        for backups in (paths.backup_dir(db), paths.old_backup_dir(db)):
            if backups.exists() and _inside(target, backups):
                raise OutputError(f"{target} is in the backup folder {backups}: choose another folder.")
    for folder, what in ((paths.config_dir(), "the app's settings folder"), (paths.log_dir(), "the app's log folder"),
                         (_registry(), "the app's own folder")):
        if _inside(target, folder):
            raise OutputError(f"{target} is in {what} ({folder}): writing there would overwrite the app's own "
                              "files. Choose another folder.")
    if _same(target, paths.data_dir() / "backups-elsewhere.txt"):
        raise OutputError(f"{target} is one of the app's own files: choose another name.")
    if target.exists() and _is_sqlite(target):
        raise OutputError(f"{target} is a database file (a backup?): it is not overwritten. Choose another name.")
    folder = target.parent
    if not folder.exists():
        raise OutputError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"The folder {folder} cannot be written to.")
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(f"{target} is read-only.")
    return target.absolute()


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _registry() -> Path:
    return paths.data_dir() / "pending-writes"


def storage_error(exc: OSError, label: str) -> StorageError:
    """An OSError met while writing a file, as the typed error the interface shows."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return DiskFullError(f"The disk has no room to write {label}.",
                             "Free some space, then try again. Nothing already saved was changed.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyDatabaseError(f"{label} cannot be written ({exc.strerror}).", "Choose a folder you can write to.")
    return StorageError(f"{label} could not be written: {exc.strerror or exc}.")


def _umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux), else briefly set."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        with open("/proc/self/status", encoding="ascii") as fh:
            return int(next(line for line in fh if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def pending_part(target: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a new, uniquely named file beside `target` to write; on success it is synced and renamed over
    `target`, on failure removed. No file the app did not create is ever deleted (a browser's `X.part` stays),
    and the name is plain ASCII whatever the target's name, so every library can write to it.

    The file is recorded in the user data folder meanwhile, so the next start can remove it after a kill. Its
    mode is `mode` (databases and their copies: see db.copies), else the mode of the file it replaces, else the
    usual one for a new file (the umask's)."""
    target = Path(target)
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=".mediator-desk-", suffix=".part")
    except OSError as exc:
        raise storage_error(exc, str(target)) from exc
    part = Path(name)
    try:
        os.close(fd)
        if mode is None:
            try:
                mode = target.stat().st_mode & 0o777
            except OSError:
                mode = 0o666 & ~_umask()
        os.chmod(part, mode)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise storage_error(exc, str(target)) from exc
    record = _registry() / f"{uuid.uuid4().hex}.txt"
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(f"{os.getpid()}\n{part}\n", encoding="utf-8", errors="surrogateescape")
    except OSError:
        record = None  # the write itself is still safe; only the clean-up after a kill is lost
    try:
        yield part
        killpoints.point("output:written")
        _fsync_file(part)
        os.replace(part, target)
        fsync_dir(target.parent)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise storage_error(exc, str(target)) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        if record is not None:
            record.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_open(target: Path, mode: str = "w", **kwargs) -> Iterator:
    """Open a file object that replaces `target` only once everything was written."""
    with pending_part(target) as part, part.open(mode, **kwargs) as fh:
        yield fh


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_stale_parts() -> list[Path]:
    """Remove the `.part` files of writes that a kill interrupted (their process is gone). Returns them."""
    removed = []
    folder = _registry()
    if not folder.is_dir():
        return removed
    for record in folder.glob("*.txt"):
        try:
            pid_text, part_text = record.read_text(encoding="utf-8", errors="surrogateescape").splitlines()[:2]
            if _alive(int(pid_text)):
                continue
            part = Path(part_text)
            if part.name.startswith(".mediator-desk-") and part.name.endswith(".part") and part.is_file():
                part.unlink()
                removed.append(part)
            record.unlink()
        except (OSError, ValueError):
            log.warning("Could not clean the pending write %s", record)
    if removed:
        log.info("Removed %d unfinished file(s) left by an interrupted run: %s", len(removed), removed)
    return removed
