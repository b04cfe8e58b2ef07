"""Opening files safely: atomic upgrades, stray journals, read-only files, locks, damaged pages, typed errors."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mediator_desk.__main__ import main as main_cli
from mediator_desk.db.engine import HEAD, open_database, pre_upgrade_copy
from mediator_desk.db.models import Mediator
from mediator_desk.db.probe import integrity_problem
from mediator_desk.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ForeignDatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    StrayJournalError,
)
from mediator_desk.services import counting
from tests import factories

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = Path(__file__).resolve().parent.parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


def first_schema_with_events(path: Path, n: int) -> None:
    """The kept first-schema file with `n` extra count events (an upgrade that takes a moment)."""
    shutil.copy(DATA / "schema_0001.sqlite", path)
    con = sqlite3.connect(path)
    ex, cat = con.execute("SELECT exhibition_id, category_id FROM count_event LIMIT 1").fetchone()
    rows = ((uuid.uuid4().hex, ex, cat, "2026-06-10 10:00:00.000000", "2026-06-10", 10, 1, "entry", "clicker", None,
             "", "2026-06-10 10:00:00.000000", "2026-06-10 10:00:00.000000", "old-laptop", None) for _ in range(n))
    con.executemany("INSERT INTO count_event (id, exhibition_id, category_id, ts, local_date, local_hour, delta, kind, "
                    "method, mediator_id, note, created_at, updated_at, device_id, deleted_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.commit()
    con.close()


def count_events(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM count_event").fetchone()[0]
    finally:
        con.close()


# --- upgrades ----------------------------------------------------------------------------------------

def test_a_failing_upgrade_changes_nothing_and_makes_one_copy(tmp_path):
    path = tmp_path / "season.sqlite"
    shutil.copy(DATA / "schema_0001.sqlite", path)
    con = sqlite3.connect(path)
    con.execute("CREATE INDEX ix_feedback_card_code ON venue (name)")  # the upgrade's last index clashes
    con.commit()
    con.close()
    for _ in range(2):
        with pytest.raises(StorageError, match="not been changed"):
            open_database(path)
    assert revision(path) == "0001"
    assert "seq" not in columns(path, "count_event"), "the columns added before the failure were rolled back"
    assert columns(path, "feedback_card") == [], "the table created before the failure was rolled back"
    copies = list(pre_upgrade_copy(path).parent.iterdir())
    assert copies == [pre_upgrade_copy(path)], "one copy before upgrading, however often the upgrade is tried"


KILL_CHILD = """
import sys
from pathlib import Path
from mediator_desk.db.engine import open_database
open_database(Path(sys.argv[1])).close()
print("done", flush=True)
"""


def killed_at(step: str, *args: str, module: bool = False) -> None:
    env = {**os.environ, "MEDIATOR_DESK_KILL_AT": step}
    command = [sys.executable, "-m", "mediator_desk", *args] if module else [sys.executable, "-c", KILL_CHILD, *args]
    child = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert child.returncode == -9 and "done" not in child.stdout, f"not killed at {step}: {child.stderr[-800:]}"


@pytest.fixture(scope="module")
def first_schema_file(tmp_path_factory):
    base = tmp_path_factory.mktemp("upgrade") / "base.sqlite"
    first_schema_with_events(base, 60_000)
    return base


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("step", ["upgrade:copied", "upgrade:migrated", "upgrade:committed"])
def test_a_kill_during_the_upgrade_leaves_a_file_that_opens(tmp_path, first_schema_file, step):
    path = tmp_path / "kill.sqlite"
    shutil.copy(first_schema_file, path)
    expected = count_events(path)
    killed_at(step, str(path))
    assert revision(path) == (HEAD if step == "upgrade:committed" else "0001"), "all of the upgrade or none"
    db = open_database(path)
    db.close()
    assert revision(path) == HEAD
    assert count_events(path) == expected
    assert integrity_problem(path) is None


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("step", ["upgrade:migrated", "upgrade:committed", "demo:written"])
def test_a_kill_while_creating_a_new_file_leaves_a_file_that_opens(tmp_path, step):
    path = tmp_path / "new.sqlite"
    killed_at(step, "demo", "--db", str(path), "--days", "3", module=True)
    open_database(path).close()
    assert revision(path) == HEAD
    assert count_events(path) == 0, "the demo is one transaction: none of it after a kill"
    assert main_cli(["demo", "--db", str(path), "--days", "2"]) == 0, "and the file takes the demo afterwards"


# --- recognising files ---------------------------------------------------------------------------

def test_another_programs_alembic_database_is_not_called_a_newer_version(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('a1b2c3')")
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="another program's database"):
        open_database(path)
    assert digest(path) == before


def test_an_empty_schema_version_is_named_not_shown_as_sql(tmp_path, db_path):
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    with pytest.raises(DamagedDatabaseError, match="schema version is missing") as info:
        open_database(db_path)
    assert "SELECT" not in str(info.value) and "sqlite3" not in str(info.value)


def test_a_hot_rollback_journal_is_rolled_back_not_called_damaged(tmp_path, db_path):
    db = open_database(db_path)
    factories.make_world(db)
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    child = ("import sqlite3, os, sys\n"
             "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "c.execute('PRAGMA cache_size=1')\n"
             "c.execute('BEGIN')\n"
             "c.execute(\"UPDATE mediator SET display_name = 'half written'\")\n"
             "c.execute(\"UPDATE venue SET name = 'half written'\")\n"
             "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", child, str(db_path)], check=True)
    assert db_path.with_name(db_path.name + "-journal").stat().st_size > 0
    db = open_database(db_path)
    try:
        with db.session() as s:
            assert "half written" not in s.scalars(select(Mediator.display_name)).all()
    finally:
        db.close()


def _wal_with_frames(path: Path, name: str, extra: int = 0) -> Path:
    """A database whose last writes (a mediator, and `extra` more) sit in its -wal, as after a crash; returns a
    copy of that -wal."""
    db = open_database(path)
    db.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint=0")
    insert = ("INSERT INTO mediator (id, display_name, languages, role, paid, active, created_at, updated_at, "
              "device_id) VALUES (?, ?, '[]', 'mediator', 1, 1, '2026-06-10 10:00:00', '2026-06-10 10:00:00', 'x')")
    con.execute("BEGIN")
    con.execute(insert, (uuid.uuid4().hex, name))
    con.executemany(insert, ((uuid.uuid4().hex, f"Mediator {i}") for i in range(extra)))
    con.execute("COMMIT")
    saved = path.with_name(path.name + ".saved-wal")
    shutil.copyfile(path.with_name(path.name + "-wal"), saved)
    con.close()  # checkpoints and removes the -wal: the saved copy is the crash's leftover
    return saved


def test_a_stray_wal_from_another_database_is_refused_and_nothing_changes(tmp_path):
    good, other = tmp_path / "good.sqlite", tmp_path / "other.sqlite"
    db = open_database(good)
    factories.make_world(db)
    db.close()
    stray = _wal_with_frames(other, "Somebody Else", extra=3000)  # a day's work on another laptop
    wal = good.with_name(good.name + "-wal")
    shutil.copyfile(stray, wal)
    before = digest(good)
    with pytest.raises(StrayJournalError, match="does not belong") as info:
        open_database(good)
    assert "good.sqlite-wal" in str(info.value) and "Move" in str(info.value)
    assert digest(good) == before and wal.exists()
    result = subprocess.run([sys.executable, "-m", "mediator_desk", "summary", "--db", str(good)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1 and "does not belong" in result.stderr and "Traceback" not in result.stderr
    assert digest(good) == before
    wal.unlink()
    db = open_database(good)
    db.close()
    assert integrity_problem(good) is None


def test_a_crash_leftover_wal_of_the_same_database_is_replayed(tmp_path):
    path = tmp_path / "crashed.sqlite"
    saved = _wal_with_frames(path, "Written just before the crash")
    con = sqlite3.connect(path)
    con.execute("DELETE FROM mediator")  # the main file as it was before those last writes
    con.commit()
    con.close()
    shutil.copyfile(saved, path.with_name(path.name + "-wal"))
    db = open_database(path)
    try:
        with db.session() as s:
            assert s.scalars(select(Mediator.display_name)).all() == ["Written just before the crash"]
    finally:
        db.close()


# --- read-only files and folders -------------------------------------------------------------------

def _make_read_only(folder: Path) -> callable:
    """A folder nothing can be written in (chattr +i when running as root, whom permissions do not stop)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        return lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o555)
    return lambda: folder.chmod(0o755)


def test_a_database_in_a_read_only_folder_opens_read_only(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "coordinator.sqlite"
    db = open_database(path)
    world = factories.make_world(db)
    db.close()
    before = digest(path)
    undo = _make_read_only(folder)
    try:
        db = open_database(path)
        try:
            assert db.read_only and "read-only" in db.read_only_reason
            with db.session() as s:
                assert len(s.scalars(select(Mediator)).all()) == 2
            with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
                counting.record_press(db, counting.CounterContext(world.exhibition_id, world.tz, "x"),
                                      world.category_ids[0])
        finally:
            db.close()
    finally:
        undo()
    assert digest(path) == before


# --- locks --------------------------------------------------------------------------------------------

HOLD_LOCK = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode=EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
c.execute("UPDATE venue SET city = city")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
"""


def test_a_lock_held_by_another_program_is_named_and_waited_for(tmp_path, db_path):
    db = open_database(db_path)
    factories.make_world(db)
    db.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path), "60"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        asked = []
        with pytest.raises(DatabaseBusyError, match="in use by another program"):
            open_database(db_path, busy_wait=lambda message: asked.append(message) or False)
        assert asked and "another program" in asked[0]
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path), "2.5"], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        waited = []
        db = open_database(db_path, busy_wait=lambda message: waited.append(message) or True)
        db.close()
        assert waited, "it said it was waiting, then opened once the other program let go"
    finally:
        holder.wait()
        holder.stdout.close()


# --- damaged pages ---------------------------------------------------------------------------------

def _damage_an_index(path: Path) -> None:
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_count_event_day'").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff" * 64)


def test_a_file_with_a_damaged_index_is_never_written_by_a_writing_command(tmp_path, db_path):
    db = open_database(db_path)
    world = factories.make_world(db)
    ctx = counting.CounterContext(world.exhibition_id, world.tz, "laptop")
    for _ in range(300):
        counting.record_press(db, ctx, world.category_ids[0])
    db.close()
    _damage_an_index(db_path)
    assert integrity_problem(db_path) is not None
    before = digest(db_path)
    result = subprocess.run([sys.executable, "-m", "mediator_desk", "cards", "--db", str(db_path), "--count", "8",
                             "-o", str(tmp_path / "cards.pdf")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1 and "damaged" in result.stderr and "Traceback" not in result.stderr
    assert digest(db_path) == before and not (tmp_path / "cards.pdf").exists()


def test_once_a_check_fails_nothing_more_is_written_this_session(db, world):
    ctx = counting.CounterContext(world.exhibition_id, world.tz, "laptop")
    counting.record_press(db, ctx, world.category_ids[0])
    from mediator_desk.db import database

    database.mark_damaged(db.path, "*** in database main *** Page 7: btreeInitPage() returns error code 11")
    try:
        with pytest.raises(DamagedDatabaseError, match="integrity check"):
            counting.record_press(db, ctx, world.category_ids[0])
        with db.session() as s:
            assert len(s.scalars(select(Mediator)).all()) == 2, "reading still works (to print and back up)"
    finally:
        database._damaged.clear()


# --- runtime errors are typed at the boundary ---------------------------------------------------------

def test_a_full_disk_is_a_typed_error_and_keeps_what_was_saved(db, world):
    ctx = counting.CounterContext(world.exhibition_id, world.tz, "laptop")
    writer = counting.PressWriter(db, ctx)
    writer.press(world.category_ids[0])
    with db.engine.connect() as c:  # the pool hands the same connection back to the writer
        pages = c.exec_driver_sql("PRAGMA page_count").scalar()
        c.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="full"):
        for _ in range(5000):
            writer.press(world.category_ids[0])
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA max_page_count = 1073741823")
    with db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM count_event")) >= 1


def test_a_write_lock_held_elsewhere_is_a_typed_busy_error(db, world, db_path):
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError):
            counting.record_press(db, counting.CounterContext(world.exhibition_id, world.tz, "laptop"),
                                  world.category_ids[0])
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_statement_parameters_never_reach_messages(db, world):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as info, db.engine.begin() as c:
        c.execute(text("INSERT INTO mediator (id, display_name, languages, role, paid, active, created_at, "
                       "updated_at, device_id) VALUES (:id, :name, '[]', 'x', 1, 1, '2026-01-01', '2026-01-01', '')"),
                  {"id": world.mediator_ids[0].hex, "name": "Ioana Secret +40 722 000 000"})
    assert "Secret" not in str(info.value) and "722" not in str(info.value)


def test_every_connection_zeroes_freed_pages(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
