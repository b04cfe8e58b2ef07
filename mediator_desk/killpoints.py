"""Named points where a test may kill the process, to prove that a kill at that very step loses nothing.

`MEDIATOR_DESK_KILL_AT=NAME` kills the process with SIGKILL the first time it reaches the point NAME;
`NAME@N` the N-th time. `MEDIATOR_DESK_STOP_AT=NAME` freezes it there instead (SIGSTOP: a laptop that stalls
mid-sync, for the tests that prove the others carry on). The crash tests run each named step in a child process, so every step is covered on
every run, rather than wherever a random sleep happened to land. Unset (always, outside those tests), a point
costs one comparison with None.

Every point is listed in POINTS with what the process has done when it is reached."""

from __future__ import annotations

import os
import signal
import sys

ENV = "MEDIATOR_DESK_KILL_AT"
STOP_ENV = "MEDIATOR_DESK_STOP_AT"

POINTS = {
    # writing a file for the user (report, export, cards, backup copy): files.pending_part
    "output:written": "the new file is written aside but not yet renamed over the target",
    # opening: creating and upgrading (db.engine.open_database / upgrade)
    "upgrade:copied": "the copy before the upgrade is made; the upgrade has not started",
    "upgrade:migrated": "every migration ran inside the upgrade's transaction; it is not committed",
    "upgrade:committed": "the upgrade is committed",
    # demo data: services.demo.generate
    "demo:written": "every demo record is written inside the demo's transaction; it is not committed",
    # merging another laptop's file: services.team.merge
    "merge:backed-up": "the before-merge copy is made; nothing is merged yet",
    "merge:table": "one more table is merged inside the file's transaction (not committed)",
    "merge:before-commit": "every table is merged; the transaction is not committed",
    "merge:committed": "the file's merge is committed; the retention purge has not run",
    # syncing with the hub: services.team.sync
    "sync:copying": "a batch is being copied to the server (inside its transaction, before the push lock)",
    "sync:locked": "a batch holds the server's push lock and is about to be merged there",
    "sync:pushed": "a batch is merged on the server; this laptop has not noted it",
    "sync:noted": "a pushed batch is noted on this laptop",
    "sync:pulled": "a pulled batch is merged here with the note of how far the pull got",
    # restoring a backup: services.backup.restore
    "restore:safety-copy": "the current file and its journals are kept aside; nothing is replaced yet",
    "restore:copied": "the backup is copied beside the database and the old journals are gone; not renamed",
}

_target = os.environ.get(ENV) or None
_stop = os.environ.get(STOP_ENV) or None
_seen: dict[str, int] = {}


def _reached(name: str, wanted: str) -> bool:
    wanted, _, nth = wanted.partition("@")
    if name != wanted:
        return False
    _seen[name] = _seen.get(name, 0) + 1
    return _seen[name] == int(nth or 1)


def point(name: str) -> None:
    """Reached the step `name`: if a test asked to be killed here, die at once (no clean-up of any kind); if it
    asked to freeze here, stop until someone sends SIGCONT (or kills the process)."""
    if _target is None and _stop is None:
        return
    if _stop is not None and _reached(name, _stop) and hasattr(signal, "SIGSTOP"):
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGSTOP)
        return
    if _target is None or not _reached(name, _target):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)  # Windows: as abrupt (no handlers, no flushes of open databases)
