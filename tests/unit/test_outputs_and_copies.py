"""Outputs never destroy what the app did not write, copies are private and purged, a failed command changes
nothing, the server password is never kept (issue 20, points 2, 4–10 and 18)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mediator_desk import paths
from mediator_desk.__main__ import main

ROOT = Path(__file__).resolve().parent.parent.parent
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def run(*args, env_extra=None, umask: int | None = None):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "mediator_desk", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300, cwd=ROOT, preexec_fn=(lambda: os.umask(umask)) if umask is not None
                          else None)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MEDIATOR_DESK_HOME", str(folder / "home"))
        mp.setenv("MEDIATOR_DESK_DEVICE", "demo-laptop")
        assert main(["demo", "--db", str(folder / "demo.sqlite"), "--days", "2", "--start", "2026-06-02"]) == 0
    return folder / "demo.sqlite"


@pytest.fixture
def desk(demo_file, tmp_path):
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_file, path)
    return path


# --- 2: writing X never deletes X.part ---------------------------------------------------------------

def test_an_output_named_like_the_database_without_part_keeps_the_database(demo_file, tmp_path):
    season = tmp_path / "season.part"  # the database itself is called season.part
    shutil.copyfile(demo_file, season)
    before = digest(season)
    assert run("report", "day", "--db", season, "--from", "2026-06-02", "--to", "2026-06-02",
               "-o", tmp_path / "season").returncode == 0
    assert season.exists() and digest(season) == before, "the database is still there, untouched"
    assert (tmp_path / "season").read_bytes()[:4] == b"%PDF"
    result = run("backup", "--db", season, "-o", tmp_path / "season-copy")
    assert result.returncode == 0 and season.exists()
    assert (tmp_path / "season-copy").read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_browsers_half_download_beside_an_export_is_left_alone(desk, tmp_path):
    download = tmp_path / "season.xlsx.part"
    download.write_bytes(b"half of somebody else's download")
    assert run("export", "sessions", "--format", "xlsx", "--db", desk, "-o", tmp_path / "season.xlsx").returncode == 0
    assert download.read_bytes() == b"half of somebody else's download"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".mediator-desk-")], "no file of ours is left"


# --- 4: one backup folder per database file -------------------------------------------------------------

def test_season_sqlite_and_season_db_each_have_their_own_backups(demo_file, tmp_path):
    from mediator_desk.services import backup

    a, b = tmp_path / "season.sqlite", tmp_path / "season.db"
    shutil.copyfile(demo_file, a)
    shutil.copyfile(demo_file, b)
    today = dt.date(2026, 6, 10)
    made_a, made_b = backup.daily_backup(a, today), backup.daily_backup(b, today)
    assert made_a and made_b and made_a.parent != made_b.parent
    assert made_a.parent.name == "season.sqlite-backups" and made_b.parent.name == "season.db-backups"
    old = tmp_path / "season-backups"  # where an earlier version kept them: still found
    old.mkdir()
    shutil.copyfile(made_a, old / "manual-2026-05-01_100000.sqlite")
    assert old / "manual-2026-05-01_100000.sqlite" in backup.list_backups(a)


# --- 5: a symbolic link to an open database is the same database ---------------------------------------

@POSIX
def test_a_window_through_a_symbolic_link_finds_the_first_one(qapp, demo_file, tmp_path):
    from mediator_desk.views.instance import SingleInstance

    real = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_file, real)
    link = tmp_path / "shortcut.sqlite"
    link.symlink_to(real)
    first = SingleInstance(real)
    assert first.acquire()
    try:
        assert not SingleInstance(link).acquire(), "two windows on one file would repeat press numbers"
    finally:
        first.release()


# --- 6: the app's own files are never an output ---------------------------------------------------------

@pytest.mark.parametrize("where", ["settings", "log", "lock", "backups", "old-backups"])
def test_the_apps_own_files_are_refused_as_outputs(desk, tmp_path, isolated_home, where):
    settings = paths.config_dir() / "settings.ini"
    targets = {"settings": settings, "log": paths.log_dir() / "mediator-desk.log",
               "lock": desk.with_name(desk.name + ".lock"),
               "backups": paths.backup_dir(desk) / "report.pdf",
               "old-backups": paths.old_backup_dir(desk) / "report.pdf"}
    target = targets[where]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("[kiosk]\npin_hash=pbkdf2_sha256$200000$aa$bb\n", encoding="utf-8")
    before = target.read_bytes()
    result = run("report", "day", "--db", desk, "-o", target)
    assert result.returncode == 2 and "-o:" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert target.read_bytes() == before


# --- 7: a failed command changes nothing ----------------------------------------------------------------

def test_cards_that_cannot_be_written_store_no_codes(desk, tmp_path):
    from mediator_desk.services import feedback

    target = tmp_path / "cards.pdf"
    before = digest(desk)
    # The survey address is missing: the PDF cannot be made (the check comes after the codes were drawn).
    con = sqlite3.connect(desk)
    con.execute("UPDATE venue SET survey_url_template = ''")
    con.commit()
    con.close()
    before = digest(desk)
    result = run("cards", "--db", desk, "--count", "8", "-o", target)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert digest(desk) == before and not target.exists(), "no card code stored without its cards"
    assert feedback.MAX_CARDS >= 8


def test_a_zero_byte_database_is_not_given_a_schema_by_a_failing_command(tmp_path):
    empty = tmp_path / "new.sqlite"
    empty.touch()
    for args in (("cards", "--count", "8", "-o", tmp_path / "c.pdf"), ("summary",),
                 ("report", "day", "-o", tmp_path / "d.pdf"), ("import-feedback", tmp_path / "none.csv")):
        result = run(*args, "--db", empty)
        assert result.returncode in (1, 2) and "Traceback" not in result.stderr, result.stderr
        assert empty.stat().st_size == 0, f"{args[0]} wrote into the empty file"


# --- 8: the hub password is never kept -----------------------------------------------------------------

@pytest.mark.parametrize("url", ["postgresql://mediator:s3cret-pw@127.0.0.1:{port}/{db}",
                                 "postgresql://mediator@127.0.0.1:{port}/{db}?password=s3cret-pw",
                                 "postgresql://mediator@127.0.0.1:{port}/{db}?sslmode=disable&password=s3cret-pw"])
def test_the_hub_password_never_reaches_the_output_the_log_or_the_file(pg_server, desk, isolated_home, url):
    from tests.pg import ADMIN_PASSWORD

    name = pg_server.new_database()
    pg_server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mediator') THEN "
                    "CREATE ROLE mediator LOGIN PASSWORD 's3cret-pw'; END IF; END $$")
    pg_server.admin(f"ALTER DATABASE {name} OWNER TO mediator")
    assert ADMIN_PASSWORD != "s3cret-pw"
    address = url.format(port=pg_server.port, db=name)
    result = run("sync", "--server", address, "--db", desk)
    assert result.returncode == 0, result.stderr
    assert "s3cret-pw" not in result.stdout + result.stderr
    logs = "".join(p.read_text(encoding="utf-8", errors="replace") for p in paths.log_dir().glob("*.log*"))
    assert "s3cret-pw" not in logs
    with sqlite3.connect(desk) as con:
        notes = " ".join(v for (v,) in con.execute("SELECT value FROM sync_state"))
    assert "s3cret-pw" not in notes and f"127.0.0.1:{pg_server.port}/{name}" in notes


def test_an_old_note_with_a_password_is_scrubbed_by_the_upgrade(tmp_path):
    from mediator_desk.db.connect import make_engine
    from mediator_desk.db.engine import open_database, upgrade

    path = tmp_path / "old.sqlite"  # a file of schema 0003 (the kept first-schema file, upgraded that far)
    shutil.copyfile(Path(__file__).resolve().parent.parent / "data" / "schema_0001.sqlite", path)
    engine = make_engine(path)
    upgrade(engine, "0003")
    engine.dispose()
    con = sqlite3.connect(path)  # with the note an earlier version wrote
    con.execute("INSERT INTO sync_state VALUES ('hub:current', ?)",
                (json.dumps({"id": "x", "server": "postgresql://m@h/db?password=s3cret-pw", "at": "2026"}),))
    con.commit()
    con.close()
    open_database(path).close()
    with sqlite3.connect(path) as con:
        [(value,)] = con.execute("SELECT value FROM sync_state WHERE name = 'hub:current'").fetchall()
    assert "s3cret-pw" not in value and json.loads(value)["server"] == "postgresql://m@h/db"


# --- 9: databases and copies are private ----------------------------------------------------------------

@POSIX
def test_databases_and_every_copy_are_readable_by_the_user_only(tmp_path, isolated_home):
    db = paths.data_dir() / "mediator-desk.sqlite"
    out = tmp_path / "usb"
    out.mkdir()
    assert run("demo", "--db", db, "--days", "1", umask=0o022).returncode == 0
    assert run("backup", "--db", db, umask=0o022).returncode == 0
    assert run("backup", "--db", db, "-o", out / "for-the-coordinator.sqlite", umask=0o022).returncode == 0
    other = tmp_path / "other.sqlite"
    assert run("demo", "--db", other, "--days", "1", "--seed", "3", umask=0o002).returncode == 0
    assert run("merge", other, "--db", db, "--other-venue", umask=0o002).returncode == 0
    files = [db, other, out / "for-the-coordinator.sqlite", *paths.backup_dir(db).glob("*.sqlite*"),
             paths.data_dir() / "backups-elsewhere.txt"]
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, f"{f.name} is readable by others"
    for folder in (paths.data_dir(), paths.backup_dir(db)):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@POSIX
def test_a_copy_keeps_a_stricter_mode_of_its_database(desk, tmp_path):
    from mediator_desk.services import backup

    os.chmod(desk, 0o400)
    copy = backup.backup(desk, tmp_path / "copy.sqlite")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o400


# --- 10: the retention purge reaches every copy whichever door changed the data ---------------------------

@pytest.mark.parametrize("door", ["merge", "sync"])
def test_a_command_line_merge_or_sync_purges_every_copy(demo_file, tmp_path, door, request):
    from mediator_desk.services import backup

    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(demo_file, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE tour_session SET contact_name = 'Ioana Expirată', contact_retention_until = '2026-01-01'")
    con.commit()
    con.close()
    manual = backup.backup(path)
    usb = tmp_path / "usb.sqlite"
    backup.backup(path, usb)
    if door == "merge":
        other = tmp_path / "other.sqlite"
        assert run("demo", "--db", other, "--days", "1", "--seed", "4").returncode == 0
        result = run("merge", other, "--db", path, "--other-venue")
    else:
        server = request.getfixturevalue("pg_server")
        result = run("sync", "--server", server.url(server.new_database()), "--db", path)
    assert result.returncode == 0, result.stderr
    for f in (path, manual, usb, *paths.backup_dir(path).glob("before-merge-*.sqlite")):
        assert b"Ioana Expirat" not in f.read_bytes(), f"{f.name} still holds an expired contact"


# --- 18: a bad server address is one clear line ---------------------------------------------------------

@pytest.mark.parametrize("address, words", [
    ("postgresql://u:p@127.0.0.1:notaport/hub", "the port must be a number"),
    ("postgresql://lap tops@@:x/", "not a server address"),
    ("http://u:pw@example.org/db", "“http://u@example.org/db” is not a PostgreSQL address"),
])
def test_a_bad_server_address_is_named_as_typed_in_one_line(desk, address, words):
    result = run("sync", "--server", address, "--db", desk)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "ValueError" not in result.stderr
    assert words in result.stderr and "pw@" not in result.stderr and ":p@" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


@pytest.mark.parametrize("command", [["cards", "-o", "cards.pdf"], ["import-feedback", "answers.csv"],
                                     ["backup"], ["demo"], ["merge", "other.sqlite"]])
def test_commands_that_write_name_the_hub_as_read_only_in_one_line(command, tmp_path):
    address = "postgresql://laptops:s3cret@hub.example.org:5432/mediator_desk"
    result = run(*command, "--db", address)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "read-only for this command" in line and "hub.example.org:5432/mediator_desk" in line
    assert "s3cret" not in line and "SELECT" not in line and len(line) < 250
