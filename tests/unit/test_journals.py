"""A leftover journal is replayed only over the very file it was written for: never over a copy of the same
database that changed since, nor over a backup copied back by hand; a restore killed at any step leaves a file
that opens (issue 20, points 1 and 3)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mediator_desk.__main__ import main
from mediator_desk.db.engine import open_database
from mediator_desk.db.models import CountCategory, CountEvent, Exhibition
from mediator_desk.db.probe import integrity_problem
from mediator_desk.errors import StrayJournalError
from mediator_desk.services import backup, counting

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# Open a database, press N times (each press acknowledged: committed), then die without closing anything.
PRESS_AND_DIE = """
import os, signal, sys
from pathlib import Path
from sqlalchemy import select
from mediator_desk.db.engine import open_database
from mediator_desk.db.models import CountCategory, Exhibition
from mediator_desk.services import counting
db = open_database(Path(sys.argv[1]))
with db.session() as s:
    exhibition = s.scalars(select(Exhibition.id).order_by(Exhibition.title)).first()
    category = s.scalars(select(CountCategory.id).order_by(CountCategory.position)).first()
ctx = counting.CounterContext(exhibition, "Europe/Rome", sys.argv[3])
for _ in range(int(sys.argv[2])):
    counting.record_press(db, ctx, category)
print("pressed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def press_and_die(path: Path, presses: int, device: str = "laptop-y") -> None:
    result = subprocess.run([sys.executable, "-c", PRESS_AND_DIE, str(path), str(presses), device], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == -9 and "pressed" in result.stdout, result.stderr
    assert path.with_name(path.name + "-wal").stat().st_size > 0, "the kill left the journal"


def press(path: Path, presses: int, device: str = "laptop-x") -> None:
    db = open_database(path)
    try:
        with db.session() as s:
            exhibition = s.scalars(select(Exhibition.id).order_by(Exhibition.title)).first()
            category = s.scalars(select(CountCategory.id).order_by(CountCategory.position)).first()
        ctx = counting.CounterContext(exhibition, "Europe/Rome", device)
        for _ in range(presses):
            counting.record_press(db, ctx, category)
    finally:
        db.close()


def presses_by(path: Path, device: str) -> int:
    db = open_database(path, read_only=True)
    try:
        with db.session() as s:
            return s.scalar(select(func.count(CountEvent.id)).where(CountEvent.device_id == device))
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("journals")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MEDIATOR_DESK_HOME", str(folder / "home"))
        mp.setenv("MEDIATOR_DESK_DEVICE", "demo-laptop")
        assert main(["demo", "--db", str(folder / "demo.sqlite"), "--days", "3"]) == 0
    return folder / "demo.sqlite"


@pytest.mark.parametrize("order", ["x-closed-first", "y-killed-first"])
def test_the_journal_of_a_copy_of_the_same_database_is_refused(demo_file, tmp_path, order):
    """The issue's repro: X and Y are copies; X counts 5 and closes, Y counts 2 and is killed; Y's journal
    copied beside X is refused with the real reason, and neither X nor the journal is changed."""
    x, y = tmp_path / "X.sqlite", tmp_path / "Y.sqlite"
    shutil.copyfile(demo_file, x)
    shutil.copyfile(demo_file, y)
    if order == "x-closed-first":
        press(x, 5)
        press_and_die(y, 2)
    else:
        press_and_die(y, 2)
        press(x, 5)
    x_wal = x.with_name(x.name + "-wal")
    shutil.copyfile(y.with_name(y.name + "-wal"), x_wal)
    before = digest(x), digest(x_wal)
    result = subprocess.run([sys.executable, "-m", "mediator_desk", "summary", "--db", str(x)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "does not belong" in result.stderr and "another copy of this database" in result.stderr, result.stderr
    with pytest.raises(StrayJournalError, match="another copy of this database"):
        open_database(x)
    assert (digest(x), digest(x_wal)) == before, "the database and the journal have not been changed"
    x_wal.unlink()
    assert presses_by(x, "laptop-x") == 5 and integrity_problem(x) is None
    assert presses_by(y, "laptop-y") == 2, "Y's own journal is replayed over Y"


def test_a_backup_copied_back_by_hand_after_a_crash_does_not_take_the_journal(demo_file, tmp_path):
    path = tmp_path / "season.sqlite"
    shutil.copyfile(demo_file, path)
    press(path, 3)
    copy = backup.backup(path)  # the app's own backup, made during the day
    press_and_die(path, 4, device="laptop-x")  # later presses, in the journal when the laptop died
    shutil.copyfile(copy, path)  # someone copies the backup back by hand, leaving the journal
    before = digest(path)
    with pytest.raises(StrayJournalError, match="another copy of this database"):
        open_database(path)
    assert digest(path) == before


def test_a_journal_left_by_a_kill_is_replayed_over_its_own_file(demo_file, tmp_path):
    path = tmp_path / "season.sqlite"
    shutil.copyfile(demo_file, path)
    press(path, 3, device="laptop-y")
    press_and_die(path, 4)
    assert presses_by(path, "laptop-y") == 7, "every acknowledged press survives the kill"
    assert integrity_problem(path) is None


def test_a_journal_from_before_generations_is_checked_in_full_on_a_private_copy(tmp_path):
    """A file last written by an earlier version carries no generation: its journal (a copy's, here) is
    replayed on a private copy and must pass SQLite's full integrity check, which the mixed pages fail."""
    from tests.unit.test_storage import first_schema_with_events

    base = tmp_path / "old.sqlite"
    first_schema_with_events(base, 4000)
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(base, a)
    shutil.copyfile(base, b)
    for path, rows in ((a, (1, 800)), (b, (3000, 3800))):  # two copies change apart, as an earlier version would
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA wal_autocheckpoint=0")
        con.execute("DELETE FROM count_event WHERE rowid BETWEEN ? AND ?", rows)
        if path == b:
            shutil.copyfile(path.with_name(path.name + "-wal"), tmp_path / "b.saved-wal")
        con.close()
    shutil.copyfile(tmp_path / "b.saved-wal", a.with_name(a.name + "-wal"))
    before = digest(a)
    with pytest.raises(StrayJournalError):
        open_database(a)
    assert digest(a) == before


@pytest.mark.parametrize("step", ["restore:safety-copy", "restore:copied"])
def test_a_restore_killed_at_each_step_leaves_a_file_that_opens(demo_file, tmp_path, step):
    path = tmp_path / "season.sqlite"
    shutil.copyfile(demo_file, path)
    copy = backup.backup(path, tmp_path / "copy.sqlite")
    press(path, 6)
    press_and_die(path, 2)  # a journal beside the file too
    env = dict(os.environ, MEDIATOR_DESK_KILL_AT=step)
    result = subprocess.run([sys.executable, "-m", "mediator_desk", "restore", str(copy), "--db", str(path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == -9, result.stderr
    def ours(p):
        return presses_by(p, "laptop-x") + presses_by(p, "laptop-y")

    assert ours(path) in (6, 8), "the old file, with (or, once its journal is kept aside, without) the last presses"
    assert integrity_problem(path) is None
    done = subprocess.run([sys.executable, "-m", "mediator_desk", "restore", str(copy), "--db", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert ours(path) == 0, "the restored backup"
    kept = sorted(path.with_name(path.name + "-backups").glob("before-restore-*.sqlite"))
    assert len(kept) == 2 and 8 in map(ours, kept), "the file as it was is kept, journal and all, never overwritten"


def test_a_long_day_of_presses_checkpoints_now_and_then_not_at_every_press(tmp_path, monkeypatch):
    """Once the journal had grown past the checkpoint size, its file stayed that size (SQLite reuses a journal
    from the start without shrinking it), so every later press ran a checkpoint: 0.9 ms a press instead of 0.2
    on a season's file. What is in use is now read from the journal's index: a checkpoint once per filling."""
    from mediator_desk.db import journal

    monkeypatch.setattr(journal, "CHECKPOINT_AT_BYTES", 256 * 1024)  # a press writes about 30 kB
    path = tmp_path / "desk.sqlite"
    assert main(["demo", "--db", str(path), "--days", "1", "--start", "2026-06-02"]) == 0
    wal = path.with_name(path.name + "-wal")
    transactions, checkpoints = [], []
    original = journal.maybe_checkpoint

    def counted(raw, wal_path):  # SQLite's own trace of what the connection runs
        raw.set_trace_callback(lambda sql: checkpoints.append(sql) if "wal_checkpoint" in sql else None)
        transactions.append(1)
        return original(raw, wal_path)

    monkeypatch.setattr(journal, "maybe_checkpoint", counted)
    press(path, 300)
    assert len(transactions) >= 300
    assert 1 <= len(checkpoints) <= len(transactions) // 3, f"{len(checkpoints)} checkpoints, {len(transactions)} writes"
    assert not wal.exists() or wal.stat().st_size < 4 * journal.CHECKPOINT_AT_BYTES
    assert presses_by(path, "laptop-x") == 300
