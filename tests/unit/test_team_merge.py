"""Merging laptops' database files: two laptops that start from copies of one database, work apart, then meet."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys

import pytest

from mediator_desk.__main__ import main
from mediator_desk.db.engine import open_database
from mediator_desk.errors import DamagedDatabaseError, ForeignDatabaseError, NewerDatabaseError
from mediator_desk.paths import backup_dir
from mediator_desk.services.team import conflicts
from mediator_desk.services.team.merge import merge_files
from tests import team


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def pair(tmp_path):
    a = team.first_laptop(tmp_path, "laptop-a")
    a.press(5)  # shared history: 4 visitors (5 presses, one undone)
    a.new_tour(10)
    b = team.copy_of(a, tmp_path, "laptop-b")
    return a, b


def merge(into, *sources):
    return merge_files(into.path, [s.path for s in sources], into.name)


def test_two_laptops_meet_in_either_order_and_again_nothing_changes(pair, tmp_path):
    a, b = pair
    shared_visitors = a.presses
    a.press(7)
    a.new_tour(15)
    a.feedback(4, "Bellissimo")
    b.press(3, category=1)
    b.correct(20)
    b.new_tour(25)
    b.feedback(5)
    b.feedback(2)

    a_then_b = team.copy_of(a, tmp_path, "a-then-b")
    b_then_a = team.copy_of(b, tmp_path, "b-then-a")
    [result] = merge(a_then_b, b)
    merge(b_then_a, a)

    assert team.content(a_then_b.path) == team.content(b_then_a.path)
    expected = shared_visitors + (a.presses - shared_visitors) + (b.presses - shared_visitors)
    assert team.totals(a_then_b.path) == {"visitors": expected, "tours": 3, "groups": 3, "feedback": 3}
    summary = result.summary
    assert summary["walk_in_visitors"] == b.presses - shared_visitors == 22
    assert summary["tours_new"] == 1 and summary["feedback_new"] == 2 and summary["conflicts"] == 0

    before = team.content(a_then_b.path)
    [again] = merge(a_then_b, b)
    assert not again.tally.changed and team.content(a_then_b.path) == before
    [itself] = merge(a_then_b, a_then_b)
    assert itself.same_file and team.content(a_then_b.path) == before


def test_merging_never_changes_the_incoming_file_and_backs_up_first(pair):
    a, b = pair
    b.press(3)
    before = digest(b.path)
    merge(a, b)
    assert digest(b.path) == before
    copies = list(backup_dir(a.path).glob("before-merge-*.sqlite"))
    assert len(copies) == 1
    assert team.totals(copies[0])["visitors"] == 4, "the copy holds the database as it was before the merge"


def test_the_same_field_edited_on_both_laptops_is_a_conflict_resolved_once(pair, tmp_path):
    """Both laptops changed the observations and the booked size of one tour before they met: each field is a
    conflict of its own; the later edit of each wins everywhere and the other value is kept for the coordinator."""
    a, b = pair
    tour = a.tours_made[0]
    a.edit_tour(tour, observations="Gruppo molto attento", expected_size=12)
    b.edit_tour(tour, observations="Group asked about the Romanian artists")
    b.edit_tour(tour, expected_size=30)  # b's later edit of the size

    a2, b2 = team.copy_of(a, tmp_path, "a2"), team.copy_of(b, tmp_path, "b2")
    merge(a2, b)
    merge(b2, a)
    assert team.content(a2.path) == team.content(b2.path)

    db = open_database(a2.path)
    try:
        found = {c.differences[0].field: c for c in conflicts.open_conflicts(db)}
        assert set(found) == {"observations", "expected_size"}
        c = found["observations"]
        assert c.table == "tour_session" and c.kept_device == "laptop-b" and c.other_device == "laptop-a"
        assert (c.differences[0].kept, c.differences[0].other) == (
            "Group asked about the Romanian artists", "Gruppo molto attento")
        assert (found["expected_size"].differences[0].kept, found["expected_size"].differences[0].other) == (30, 12)
        conflicts.keep_other(db, c.id, "laptop-a")
        conflicts.dismiss(db, found["expected_size"].id, "laptop-a")
        assert conflicts.open_conflicts(db) == []
    finally:
        db.close()
    from mediator_desk.services import tours

    db = open_database(a2.path)
    try:
        assert tours.load(db, tour).observations == "Gruppo molto attento"
    finally:
        db.close()
    merge(b2, a2)  # the resolution travels: b2 takes the kept version and closes the conflict too
    assert team.content(a2.path) == team.content(b2.path)


def test_a_voucher_redeemed_for_two_groups_on_two_laptops_is_a_conflict(pair):
    a, b = pair
    a.voucher("VC-2026-0042")
    b.voucher(" vc-2026-0042 ")  # typed differently: the same paper voucher, the same record
    a.new_tour(8, voucher="VC-2026-0042")
    b.new_tour(9, voucher="VC-2026-0042")
    [result] = merge(a, b)
    assert result.summary["conflicts"] >= 1
    db = open_database(a.path)
    try:
        found = [c for c in conflicts.open_conflicts(db) if c.table == "voucher"]
        assert len(found) == 1
        assert {d.field for d in found[0].differences} >= {"redeemed_by_group_id"}
    finally:
        db.close()


def test_a_code_taken_on_two_laptops_stays_with_one_record(pair, tmp_path):
    """Vouchers registered before ids followed from codes: the older record keeps the code, the other is renamed
    (and listed), the same way on both laptops."""
    import uuid

    from mediator_desk.db.engine import transaction
    from mediator_desk.db.models import Voucher

    a, b = pair
    for laptop, vid in ((a, uuid.UUID(int=1)), (b, uuid.UUID(int=2))):
        db = team.open_as(laptop.path, laptop.name)
        with transaction(db) as s:
            s.add(Voucher(id=vid, code="OLD-7", device_id=laptop.name))
        db.close()
    a2, b2 = team.copy_of(a, tmp_path, "a2"), team.copy_of(b, tmp_path, "b2")
    [result] = merge(a2, b)
    merge(b2, a)
    assert result.summary["renamed_codes"] == 1
    ca, cb = team.content(a2.path), team.content(b2.path)
    assert ca["voucher"] == cb["voucher"]
    assert ca == cb
    db = open_database(a2.path)
    try:
        with db.session() as s:
            codes = {v.id.int: v.code for v in s.query(Voucher)}
        assert codes == {1: "OLD-7", 2: "OLD-7~0000"}
        assert [c.renamed_from for c in conflicts.open_conflicts(db)] == ["OLD-7"]
    finally:
        db.close()


def test_foreign_newer_and_damaged_files_are_refused_and_nothing_changes(pair, tmp_path):
    a, b = pair
    before = digest(a.path)
    foreign = tmp_path / "photos.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(ForeignDatabaseError, match="photos.sqlite"):
        merge_files(a.path, [b.path, foreign], a.name)  # every file is checked before anything is written

    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(b.path, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    with pytest.raises(NewerDatabaseError, match="newer.sqlite"):
        merge_files(a.path, [newer], a.name)

    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(b.path.read_bytes())
    page = 4096
    data[page * 3:page * 3 + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError, match="damaged.sqlite"):
        merge_files(a.path, [damaged], a.name)
    assert digest(a.path) == before
    assert [digest(p) for p in (foreign, newer)] == [digest(foreign), digest(newer)]
    assert not list(backup_dir(a.path).glob("before-merge-*"))


def test_a_file_from_an_older_version_is_upgraded_in_a_copy(tmp_path):
    from tests.unit.test_migrations import DATA

    old = tmp_path / "season-2026.sqlite"
    shutil.copy(DATA / "schema_0001.sqlite", old)
    before = digest(old)
    a = team.first_laptop(tmp_path)
    [result] = merge_files(a.path, [old], a.name, other_venue=True)  # the kept file is another venue's
    assert digest(old) == before and not (tmp_path / "season-2026.sqlite-backups").exists()
    assert result.summary["walk_in_events"] == 25
    assert team.totals(a.path)["feedback"] >= 1


def test_the_command_line_prints_what_came_in_and_refuses_cleanly(pair, tmp_path, capsys):
    a, b = pair
    b.press(4)
    b.new_tour(6)
    assert main(["merge", str(b.path), "--db", str(a.path)]) == 0
    out = capsys.readouterr().out
    assert "5 new count events (3 visitors)" in out and "1 new, 0 updated" in out
    assert main(["merge", str(b.path), "--db", str(a.path)]) == 0
    assert "nothing new" in capsys.readouterr().out
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    assert main(["merge", str(text), "--db", str(a.path)]) == 1
    err = capsys.readouterr().err
    assert "notes.txt" in err and "not a Mediator Desk database" in err and "Traceback" not in err


KILLED_MERGE = """
import sys
from pathlib import Path
from mediator_desk.services.team.merge import merge_files
merge_files(Path(sys.argv[1]), [Path(sys.argv[2])], 'coordinator', other_venue=True)
print('done', flush=True)
"""


@pytest.fixture(scope="module")
def merge_pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill-merge")
    target, incoming = folder / "coordinator.sqlite", folder / "laptop.sqlite"
    with pytest.MonkeyPatch.context() as mp:  # built once for the module, in a home of its own
        mp.setenv("MEDIATOR_DESK_HOME", str(folder / "home"))
        mp.setenv("MEDIATOR_DESK_DEVICE", "test-laptop")
        assert main(["demo", "--db", str(target), "--days", "2"]) == 0
        assert main(["demo", "--db", str(incoming), "--days", "6", "--seed", "5"]) == 0
    return target, incoming


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("step", ["merge:backed-up", "merge:table@1", "merge:table@6", "merge:before-commit",
                                  "merge:committed"])
def test_a_merge_killed_at_each_step_leaves_the_database_whole(merge_pair, tmp_path, step):
    """Killed at each named step (killpoints.POINTS), the database opens, passes the full check and holds either
    none of the file or all of it; the next merge completes it."""
    import os
    import shutil
    import subprocess

    source, incoming = merge_pair
    target = tmp_path / "coordinator.sqlite"
    shutil.copyfile(source, target)
    before, theirs = team.totals(target), team.totals(incoming)
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "MEDIATOR_DESK_KILL_AT": step}
    proc = subprocess.run([sys.executable, "-c", KILLED_MERGE, str(target), str(incoming)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9 and "done" not in proc.stdout, f"not killed at {step}: {proc.stderr[-500:]}"
    db = open_database(target, verify=True)  # opens, passes the full check
    db.close()
    merged = {k: before[k] + theirs[k] for k in before}
    assert team.totals(target) == (merged if step == "merge:committed" else before), "all of the file or none"
    merge_files(target, [incoming], "coordinator", other_venue=True)
    assert team.totals(target) == merged


def test_a_losing_version_keeps_no_expired_booking_contact(pair, tmp_path):
    """The retention purge reaches the versions kept in the conflicts list, in the database and its copies."""
    import datetime as dt

    from mediator_desk.services import backup, tours

    a, b = pair
    tour = a.tours_made[0]
    a.edit_tour(tour, contact_name="Ioana Popescu-Brâncoveanu", contact_phone="+40 722 123 456",
                contact_retention_until=dt.date.today() + dt.timedelta(days=30))
    b.edit_tour(tour, contact_name="Maria Rossi", contact_retention_until=dt.date.today() + dt.timedelta(days=90))
    b.edit_tour(tour, contact_name="Maria Rossi Bianchi")  # b's later edit wins; a's name goes to the conflicts list
    merge(b, a)
    db = open_database(b.path)
    try:
        [c] = [c for c in conflicts.open_conflicts(db) if c.differences[0].field == "contact_name"]
        assert c.differences[0].other == "Ioana Popescu-Brâncoveanu"
        copy = backup.backup(b.path)
        later = dt.date.today() + dt.timedelta(days=60)
        tours.purge_expired_contacts(db, later, "laptop-b")
        backup.purge_expired_contacts_in_copies(b.path, later)
        kept = [d.other for c in conflicts.open_conflicts(db, include_resolved=True) for d in c.differences]
        assert "Ioana Popescu-Brâncoveanu" not in kept
    finally:
        db.close()
    for path in (b.path, copy):
        raw = path.read_bytes() + (path.with_name(path.name + "-wal").read_bytes()
                                   if path.with_name(path.name + "-wal").exists() else b"")
        assert b"Popescu" not in raw, f"{path.name} still holds the contact"


def test_a_file_from_another_venue_is_refused_unless_asked_for(tmp_path, capsys):
    """The issue's case: another venue's file merged silently (walk-ins 30,222 → 37,522)."""
    ours, theirs = tmp_path / "pavilion.sqlite", tmp_path / "other-venue.sqlite"
    assert main(["demo", "--db", str(ours), "--days", "2", "--seed", "1"]) == 0
    assert main(["demo", "--db", str(theirs), "--days", "1", "--seed", "9"]) == 0
    capsys.readouterr()
    before, hers = team.totals(ours), team.totals(theirs)
    assert main(["merge", str(theirs), "--db", str(ours)]) == 1
    err = capsys.readouterr().err
    assert "another venue's data" in err and "--other-venue" in err and "Traceback" not in err
    assert team.totals(ours) == before, "nothing merged"
    assert main(["merge", str(theirs), "--db", str(ours), "--other-venue"]) == 0
    assert team.totals(ours)["visitors"] == before["visitors"] + hers["visitors"]
    assert main(["merge", str(theirs), "--db", str(ours)]) == 0, "now one team: no question any more"


def test_a_second_laptop_of_the_team_and_a_new_laptop_merge_without_a_question(pair, tmp_path):
    a, b = pair
    b.press(3)
    merge(a, b)  # copies of one database: the same venue
    empty = team.Laptop("laptop-new", tmp_path / "new.sqlite", a.world)
    merge(empty, a)  # a new laptop takes anything
    assert team.content(empty.path) == team.content(a.path)


def test_a_laptop_whose_clock_runs_hours_ahead_is_named_at_the_merge(pair, capsys):
    import datetime as dt

    a, b = pair
    b.clock = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5, minutes=3)  # its clock is 5 h fast
    b.press(2)
    assert main(["merge", str(b.path), "--db", str(a.path)]) == 0
    out = capsys.readouterr().out
    assert "its newest record is dated 5 h 0" in out and "one of the two clocks is wrong" in out


def test_clock_differences_are_measured_halfway_through_the_round_trip():
    import datetime as dt

    from mediator_desk.services.team import clocks

    t0 = dt.datetime(2026, 6, 10, 12, 0, tzinfo=dt.timezone.utc)
    assert clocks.skew(t0, t0 + dt.timedelta(seconds=2), t0 + dt.timedelta(seconds=1)) is None
    assert clocks.skew(t0, t0 + dt.timedelta(seconds=2), t0 + dt.timedelta(hours=5, seconds=1)) == dt.timedelta(hours=5)
    assert clocks.describe(dt.timedelta(hours=-10, minutes=-5)) == "10 h 05 min"
    assert clocks.describe(dt.timedelta(days=1, hours=2)) == "1 d 2 h 00 min"
