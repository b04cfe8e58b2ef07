"""Syncing laptops through a real PostgreSQL hub (a throwaway server started by the tests)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from mediator_desk.__main__ import main
from mediator_desk.db.hub import open_hub
from mediator_desk.errors import HubError
from mediator_desk.services.team import conflicts
from mediator_desk.services.team.sync import sync, waiting
from tests import team


def run_sync(laptop: team.Laptop, url: str):
    db = team.open_as(laptop.path, laptop.name)
    try:
        return sync(db, url, laptop.name)
    finally:
        db.close()


def hub_content(url: str) -> dict:
    db = open_hub(url)
    try:
        return team.shared_content(db)
    finally:
        db.close()


@pytest.fixture
def trio(tmp_path):
    a = team.first_laptop(tmp_path, "laptop-a")
    a.press(4)
    a.new_tour(10)
    b = team.copy_of(a, tmp_path, "laptop-b")
    c_path = tmp_path / "laptop-c.sqlite"  # a new laptop: an empty database, filled by its first sync
    c = team.Laptop("laptop-c", c_path, a.world)
    return a, b, c


def test_three_laptops_sync_through_the_hub(trio, hub_url):
    a, b, c = trio
    first = run_sync(a, hub_url)
    assert first.sent > 0 and first.waiting == 0
    a.press(6)
    a.feedback(5, "Foarte frumos")
    b.press(3, category=2)
    b.new_tour(20)
    b.correct(15)
    b.sign_day()
    run_sync(b, hub_url)
    run_sync(c, hub_url)
    c.press(2)  # the new laptop counts too, in the same exhibition
    c.new_tour(7)
    c.reopen_day("the new laptop's tour was not in the signed figures")  # it saw b's signature by the hub
    a.sign_day()  # signed apart, on a's old figures
    for laptop in (c, a, b, c, a):
        run_sync(laptop, hub_url)

    contents = [team.content(lt.path) for lt in (a, b, c)]
    assert contents[0] == contents[1] == contents[2] == hub_content(hub_url)
    states = [lt.day_state() for lt in (a, b, c)]
    assert states[0] == states[1] == states[2] and len(states[0].events) == 3
    own = a.presses + (b.presses - 3) + c.presses  # b started from a's copy holding 3 visitors
    assert team.totals(a.path) == {"visitors": own, "tours": 3, "groups": 3, "feedback": 1}
    again = run_sync(b, hub_url)
    assert again.sent == 0 and not again.pulled.changed and again.waiting == 0


def test_edits_of_the_same_tour_meet_on_the_hub_as_one_conflict(trio, hub_url):
    a, b, _c = trio
    run_sync(a, hub_url)
    run_sync(b, hub_url)
    tour = a.tours_made[0]
    a.edit_tour(tour, observations="Ragazzi curiosi")
    b.edit_tour(tour, observations="Very quiet group")
    b.edit_tour(tour, expected_size=14)
    run_sync(a, hub_url)
    pushed = run_sync(b, hub_url)  # the hub finds the conflict while merging b's push
    assert pushed.pushed.conflicts == 1
    run_sync(a, hub_url)
    assert team.content(a.path) == team.content(b.path) == hub_content(hub_url)
    db = team.open_as(a.path, a.name)
    try:
        [c] = conflicts.open_conflicts(db)
        assert c.kept_device == "laptop-b" and {d.field for d in c.differences} >= {"observations"}
        assert waiting(db) == 0
    finally:
        db.close()


def test_reports_and_exports_straight_from_the_hub(trio, hub_url, tmp_path, capsys):
    a, b, _c = trio
    b.press(5)
    run_sync(a, hub_url)
    run_sync(b, hub_url)
    run_sync(a, hub_url)
    assert main(["summary", "--db", hub_url, "--json"]) == 0
    from_hub = json.loads(capsys.readouterr().out)
    assert main(["summary", "--db", str(a.path), "--json"]) == 0
    from_laptop = json.loads(capsys.readouterr().out)
    assert from_hub == from_laptop and from_hub["walk_in_total"] == 7
    out = tmp_path / "season.pdf"
    assert main(["report", "period", "--db", hub_url, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    csv = tmp_path / "counts.csv"
    assert main(["export", "counts", "--format", "csv", "--db", hub_url, "-o", str(csv)]) == 0
    assert csv.stat().st_size > 0
    raw_hub, raw_laptop = tmp_path / "hub-raw.csv", tmp_path / "laptop-raw.csv"
    assert main(["export", "counts", "--raw", "--format", "csv", "--db", hub_url, "-o", str(raw_hub)]) == 0
    assert main(["export", "counts", "--raw", "--format", "csv", "--db", str(a.path), "-o", str(raw_laptop)]) == 0
    hub_lines = raw_hub.read_text(encoding="utf-8-sig").splitlines()
    assert len(hub_lines) > 7 and sorted(hub_lines) == sorted(raw_laptop.read_text(encoding="utf-8-sig")
                                                                       .splitlines()), \
        "every press, with the same local times and names, read from the hub as from a laptop"
    assert hub_url.split(":")[2].split("@")[0] not in capsys.readouterr().out, "the password is never printed"


def test_a_hub_from_a_newer_version_is_refused_and_nothing_changes(trio, hub_url, capsys):
    a, _b, _c = trio
    run_sync(a, hub_url)
    engine = create_engine(hub_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0999'")
    engine.dispose()
    a.press(2)
    before = hashlib.sha256(a.path.read_bytes()).hexdigest()
    with pytest.raises(HubError, match="newer Mediator Desk"):
        run_sync(a, hub_url)
    assert hashlib.sha256(a.path.read_bytes()).hexdigest() == before
    assert main(["sync", "--server", hub_url, "--db", str(a.path)]) == 1
    err = capsys.readouterr().err
    assert "newer Mediator Desk" in err and "Traceback" not in err


def test_an_unreachable_server_is_one_clear_line(trio, capsys, pg_server):
    a, _b, _c = trio
    url = f"postgresql://nobody@127.0.0.1:{pg_server.port + 1 if pg_server.port < 65535 else 1}/hub"
    assert main(["sync", "--server", url, "--db", str(a.path)]) == 1
    err = capsys.readouterr().err
    assert "does not answer" in err and "Traceback" not in err


def test_the_roles_of_docs_team_server_md_work_and_the_password_can_come_from_pgpassfile(
        trio, pg_server, tmp_path, monkeypatch):
    """The set-up docs/team-server.md describes: an owner creates the schema at its first sync; the laptops'
    role has SELECT, INSERT, UPDATE (no DELETE), the sequence and temporary tables."""
    a, b, _c = trio
    database = f"desk_{pg_server.new_database()}"
    pg_server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_owner') THEN "
                    "CREATE ROLE desk_owner LOGIN PASSWORD 'owner-pw'; END IF; "
                    "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'laptops') THEN "
                    "CREATE ROLE laptops LOGIN PASSWORD 'laptop-pw'; END IF; END $$")
    pg_server.admin(f"CREATE DATABASE {database} OWNER desk_owner ENCODING 'UTF8' TEMPLATE template0")
    for statement in (f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
                      f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO laptops",
                      "GRANT USAGE ON SCHEMA public TO laptops",
                      "ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public "
                      "GRANT SELECT, INSERT, UPDATE ON TABLES TO laptops",
                      "ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public "
                      "GRANT USAGE, SELECT ON SEQUENCES TO laptops"):
        pg_server.admin(statement, database)
    laptops_url = f"postgresql://laptops@127.0.0.1:{pg_server.port}/{database}"
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_server.port}:{database}:laptops:laptop-pw\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with pytest.raises(HubError, match="owner"):
        run_sync(b, laptops_url)  # the laptops' role may not create the schema: it says so

    run_sync(a, pg_server.url(database, "desk_owner", "owner-pw"))  # the owner's first sync creates it
    b.press(3)
    b.new_tour(9)
    result = run_sync(b, laptops_url)
    assert result.sent > 0
    run_sync(a, laptops_url)
    assert team.content(a.path) == team.content(b.path)
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="laptops", dbname=database) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM count_event")


def test_a_replaced_server_gets_everything_again(trio, hub_url, pg_server):
    a, b, _c = trio
    b.press(2)
    run_sync(a, hub_url)
    run_sync(b, hub_url)
    new_hub = pg_server.url(pg_server.new_database())  # the old server is gone; a new one is set up
    run_sync(a, new_hub)
    run_sync(b, new_hub)
    run_sync(a, new_hub)
    assert team.content(a.path) == team.content(b.path) == hub_content(new_hub)


KILLED_SYNC = """
import sys
from mediator_desk.services.team import sync as s
s.BATCH = 400
s.PULL_BATCH = 400
from tests import team
db = team.open_as(__import__('pathlib').Path(sys.argv[1]), sys.argv[3])
s.sync(db, sys.argv[2], sys.argv[3])
print('done', flush=True)
"""


def killed_sync(path, url: str, name: str, step: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "MEDIATOR_DESK_KILL_AT": step}
    proc = subprocess.run([sys.executable, "-c", KILLED_SYNC, str(path), url, name], env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == -9 and "done" not in proc.stdout, f"not killed at {step}: {proc.stderr[-800:]}"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_sync_killed_at_each_step_is_completed_by_the_next(tmp_path, hub_url):
    """Killed at each named step of a push (a batch merged on the server but not noted here, and noted) and of
    a pull (a batch merged here), the next sync completes the exchange: nothing lost, nothing doubled."""
    big = tmp_path / "big.sqlite"
    assert main(["demo", "--db", str(big), "--days", "4"]) == 0
    for step in ("sync:pushed@3", "sync:noted@2", "sync:pushed@1"):
        killed_sync(big, hub_url, "laptop-big", step)
    laptop = team.Laptop("laptop-big", big, None)  # type: ignore[arg-type]
    run_sync(laptop, hub_url)
    other = team.Laptop("laptop-other", tmp_path / "other.sqlite", None)  # type: ignore[arg-type]
    for step in ("sync:pulled@2", "sync:pulled@5"):
        killed_sync(other.path, hub_url, "laptop-other", step)
    run_sync(other, hub_url)
    assert team.content(big) == team.content(other.path) == hub_content(hub_url)
    assert team.totals(other.path) == team.totals(big)


def test_a_laptop_that_joined_by_sync_stores_no_null_text(tmp_path, hub_url):
    """Pulled rows stored an empty version vector as the JSON text 'null': every later merge took each of them
    for an edited record (8–10 times slower). They are SQL NULL, and migration 0005 repairs older files without
    marking their rows as changed here."""
    import sqlite3

    big = tmp_path / "big.sqlite"
    assert main(["demo", "--db", str(big), "--days", "2"]) == 0
    run_sync(team.Laptop("laptop-big", big, None), hub_url)  # type: ignore[arg-type]
    joined = team.Laptop("laptop-new", tmp_path / "new.sqlite", None)  # type: ignore[arg-type]
    run_sync(joined, hub_url)
    con = sqlite3.connect(joined.path)
    try:
        for table in ("count_event", "tour_session", "venue"):
            assert con.execute(f"SELECT count(*) FROM {table} WHERE vv = 'null' OR fv = 'null'").fetchone()[0] == 0
            assert con.execute(f"SELECT count(*) FROM {table} WHERE vv IS NULL").fetchone()[0] > 0
        # an older file as such a pull left it: repaired by the upgrade, not re-marked for sending
        con.execute("UPDATE count_event SET vv = 'null'")
        con.execute("UPDATE alembic_version SET version_num = '0004'")
        con.execute("ALTER TABLE count_event DROP COLUMN fv")
        for table in ("venue", "exhibition", "mediator", "programme", "partner_organisation", "count_category",
                      "tour_session", "session_mediator", "visitor_group", "feedback", "voucher", "feedback_card",
                      "conflict"):
            con.execute(f"ALTER TABLE {table} DROP COLUMN fv")
        con.execute("ALTER TABLE visitor_group DROP COLUMN heard_via")  # 0006's column
        con.execute("DROP TABLE day_event")  # 0007's table
        con.commit()
        marks = con.execute("SELECT sum(change_seq), max(change_seq) FROM count_event").fetchone()
    finally:
        con.close()
    from mediator_desk.db.engine import open_database

    open_database(joined.path).close()
    con = sqlite3.connect(joined.path)
    try:
        assert con.execute("SELECT count(*) FROM count_event WHERE vv = 'null'").fetchone()[0] == 0
        assert con.execute("SELECT sum(change_seq), max(change_seq) FROM count_event").fetchone() == marks
    finally:
        con.close()


def _pg(pg_server, tool: str, *args: str, stdin: bytes | None = None) -> bytes:
    from tests.pg import ADMIN_PASSWORD

    return subprocess.run([str(pg_server.bin / tool), "-h", "127.0.0.1", "-p", str(pg_server.port), "-U",
                           "postgres", *args], input=stdin, env={**os.environ, "PGPASSWORD": ADMIN_PASSWORD},
                          capture_output=True, check=True).stdout


def test_a_hub_restored_from_an_older_dump_heals_whoever_syncs_first(tmp_path, pg_server):
    """The issue's repro: A, B, C sync; the hub is dumped; A counts and adds a tour, A and B sync; the dump is
    restored (docs/team-server.md, step 5); C syncs first and sends its presses. Every laptop's work must reach
    every other in the end (before, the hub lacked A's work forever and A, B, C held three different sets)."""
    name = pg_server.new_database()
    a = team.first_laptop(tmp_path, "laptop-a")
    a.press(3)
    b, c = team.copy_of(a, tmp_path, "laptop-b"), team.copy_of(a, tmp_path, "laptop-c")
    for laptop in (a, b, c):
        run_sync(laptop, pg_server.url(name))
    dump = _pg(pg_server, "pg_dump", "--format=custom", name)
    a.press(40)
    tour = a.new_tour(9)
    run_sync(a, pg_server.url(name))
    run_sync(b, pg_server.url(name))
    restored = f"{name}_restored"
    pg_server.admin(f"CREATE DATABASE {restored}")
    _pg(pg_server, "pg_restore", "--dbname", restored, stdin=dump)
    url = pg_server.url(restored)
    c.press(60)
    first = run_sync(c, url)
    assert first.sent >= 60
    noticed = [run_sync(laptop, url).started_afresh for laptop in (a, b, c)]
    assert noticed == [True, True, False], "A and B see that the server lost what they sent; C sent nothing since"
    for laptop in (a, b, c):
        run_sync(laptop, url)
    assert team.content(a.path) == team.content(b.path) == team.content(c.path) == hub_content(url)
    shared = b.presses  # counted on A before the copies were made (B has counted nothing of its own)
    visitors = team.totals(c.path)["visitors"]
    assert visitors == a.presses + (c.presses - shared), "everyone's own counting, once each"
    db = team.open_as(c.path, "laptop-c")
    try:
        from mediator_desk.services import tours

        assert tours.load(db, tour).participants == 9, "A's tour reached C through the restored hub"
    finally:
        db.close()


def _stopped(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] == "T"
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGSTOP and /proc: Linux")
@pytest.mark.parametrize("step", ["sync:copying", "sync:locked"])
def test_a_stalled_laptop_does_not_hold_up_the_others(tmp_path, hub_url, step):
    """One laptop freezes in the middle of a push (SIGSTOP: a laptop put to sleep, a hung process), while sending
    a batch or while holding the push lock. Another laptop's sync must still finish: the server cuts the frozen
    one off within seconds (it waited for ever before)."""
    import time

    a = team.first_laptop(tmp_path, "laptop-a")
    a.press(3)
    b = team.copy_of(a, tmp_path, "laptop-b")
    run_sync(a, hub_url)
    a.press(30)
    b.press(7)
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "MEDIATOR_DESK_STOP_AT": step}
    child = subprocess.Popen([sys.executable, "-c", KILLED_SYNC, str(a.path), hub_url, "laptop-a"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not _stopped(child.pid):
            assert child.poll() is None and time.monotonic() < deadline, child.stderr.read() if child.poll() else ""
            time.sleep(0.05)
        started = time.monotonic()
        run_sync(b, hub_url)
        took = time.monotonic() - started
        from mediator_desk.db.hub import PUSH_IDLE_S

        assert took < PUSH_IDLE_S + 20, f"the other laptop waited {took:.0f} s"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    run_sync(a, hub_url)  # the stalled laptop, woken again, carries on where it stopped
    run_sync(b, hub_url)
    assert team.content(a.path) == team.content(b.path) == hub_content(hub_url)


class FreezingProxy:
    """A TCP relay to the test server that can stop relaying (a server that goes silent mid-sync: its kernel
    still holds the connection open, so keepalives do not notice)."""

    def __init__(self, port: int) -> None:
        import socket
        import threading

        self.target = ("127.0.0.1", port)
        self.frozen = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._relay, args=(a, b), daemon=True).start()

    def _relay(self, source, sink) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            while self.frozen.is_set():
                self.frozen.wait(3600)  # swallow: the other side hears nothing more
            try:
                sink.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        self.listener.close()


def test_a_server_that_stops_answering_ends_the_wait_with_an_error(pg_server):
    """Mid-statement, the server goes silent: the deadline closes the connection, and the statement fails with
    an error the sync reports, instead of hanging for ever."""
    import time

    import sqlalchemy

    from mediator_desk.db.hub import AnswerDeadline, make_hub_engine

    proxy = FreezingProxy(pg_server.port)
    name = pg_server.new_database()
    url = pg_server.url(name).replace(f":{pg_server.port}/", f":{proxy.port}/")
    engine = make_hub_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sqlalchemy.text("SELECT 1")).scalar() == 1
            proxy.frozen.set()
            started = time.monotonic()
            with pytest.raises(HubError, match="does not answer"), AnswerDeadline(conn, seconds=2) as deadline:
                conn.execute(sqlalchemy.text("SELECT 2"))
            assert deadline.fired and time.monotonic() - started < 20
    finally:
        proxy.frozen.clear()
        proxy.close()
        engine.dispose()


def test_a_server_of_another_venue_is_refused_unless_asked_for(tmp_path, hub_url):
    from mediator_desk.errors import OtherVenueError

    team_laptop = team.first_laptop(tmp_path, "laptop-a")
    run_sync(team_laptop, hub_url)
    stranger = tmp_path / "stranger.sqlite"
    assert main(["demo", "--db", str(stranger), "--days", "1", "--seed", "4"]) == 0
    before = hub_content(hub_url)
    db = team.open_as(stranger, "laptop-x")
    try:
        with pytest.raises(OtherVenueError, match="another venue's data"):
            sync(db, hub_url, "laptop-x")
        assert hub_content(hub_url) == before, "nothing was sent"
        assert sync(db, hub_url, "laptop-x", other_venue=True).sent > 0
    finally:
        db.close()
