"""The command line: demo, summary, backup, restore; clear errors, non-zero exits, no tracebacks."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mediator_desk.__main__ import main

DATA = Path(__file__).resolve().parent.parent / "data"


def run(*args, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "mediator_desk", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_demo_then_summary_json(tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(db), "--days", "2", "--seed", "5", "--start", "2026-06-02"]) == 0
    assert "7,300 count events" in capsys.readouterr().out
    assert main(["summary", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"walk_in_total", "sessions", "participants", "feedback_count", "by_category", "by_day"} <= set(data)
    assert data["walk_in_total"] == 7300 == sum(data["by_category"].values()) == sum(data["by_day"].values())
    assert list(data["by_day"]) == ["2026-06-02", "2026-06-03"]
    assert main(["summary", "--db", str(db), "--from", "2026-06-03", "--to", "2026-06-03", "--json"]) == 0
    one_day = json.loads(capsys.readouterr().out)
    assert one_day["walk_in_total"] == data["by_day"]["2026-06-03"]
    assert 0 < one_day["sessions"] < data["sessions"]


def test_summary_text_and_env_database(tmp_path):
    db = tmp_path / "env.sqlite"
    assert run("demo", "--db", str(db), "--days", "1", "--start", "2026-06-02").returncode == 0
    result = run("summary", env_extra={"MEDIATOR_DESK_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert "Walk-in visitors: 3,650" in result.stdout


def test_demo_refuses_a_database_with_data(tmp_path):
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", str(db), "--days", "1").returncode == 0
    result = run("demo", "--db", str(db), "--days", "1")
    assert result.returncode != 0
    assert "already holds data" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args, needle", [
    (["summary", "--from", "2026-13-01"], "YYYY-MM-DD"),
    (["summary", "--from", "2026-06-05", "--to", "2026-06-01"], "--to"),
    (["demo", "--days", "0"], "at least 1"),
    (["demo", "--days", "many"], "whole number"),
    (["fly"], "invalid choice"),
    (["summary", "--exhibition", "Nu există"], "--exhibition"),
])
def test_bad_arguments_give_a_clear_error(tmp_path, args, needle):
    db = tmp_path / "x.sqlite"
    run("demo", "--db", str(db), "--days", "1")
    result = run(*args, "--db", str(db)) if args[0] != "fly" else run(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_a_foreign_file_gives_a_clear_error_and_is_untouched(tmp_path):
    bad = tmp_path / "photo.sqlite"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    result = run("summary", "--db", str(bad))
    assert result.returncode == 1
    assert "not a Mediator Desk database" in result.stderr and "restore" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes().startswith(b"\x89PNG")


def test_a_missing_database_for_summary(tmp_path):
    result = run("summary", "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == 1 and "There is no database" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_backup_and_restore_commands(tmp_path):
    db = tmp_path / "d.sqlite"
    shutil.copy(DATA / "schema_0001.sqlite", db)
    assert run("summary", "--db", str(db)).returncode == 0  # upgrades it
    copy = tmp_path / "copy.sqlite"
    result = run("backup", "--db", str(db), "-o", str(copy))
    assert result.returncode == 0 and copy.exists(), result.stderr
    with sqlite3.connect(db) as c:
        c.execute("DELETE FROM count_event")
    c.close()
    assert "Walk-in visitors: 0" in run("summary", "--db", str(db)).stdout
    result = run("restore", str(copy), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "previous database was kept" in result.stdout
    assert "Walk-in visitors: 25" in run("summary", "--db", str(db)).stdout


def test_restore_of_a_missing_file(tmp_path):
    result = run("restore", str(tmp_path / "nope.sqlite"), "--db", str(tmp_path / "d.sqlite"))
    assert result.returncode == 1 and "no backup file" in result.stderr


def test_backup_default_goes_to_the_backup_folder(tmp_path):
    db = tmp_path / "d.sqlite"
    run("demo", "--db", str(db), "--days", "1")
    result = run("backup", "--db", str(db))
    assert result.returncode == 0
    assert list((tmp_path / "d.sqlite-backups").glob("manual-*.sqlite"))


def test_an_export_in_romanian_is_headed_in_romanian_and_separated_by_semicolons(tmp_path):
    db, out = tmp_path / "d.sqlite", tmp_path / "zile.csv"
    assert run("demo", "--db", str(db), "--days", "1", "--start", "2026-06-02").returncode == 0
    result = run("export", "counts", "--format", "csv", "--lang", "ro", "--db", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Data;Ora;Expoziție;"), header
    result = run("export", "counts", "--format", "csv", "--db", str(db), "-o", str(tmp_path / "days.csv"))
    assert (tmp_path / "days.csv").read_text(encoding="utf-8-sig").startswith("date,hour,exhibition,")


def test_signoff_signs_shows_flags_and_reopens_a_day(tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(db), "--days", "2", "--seed", "5", "--start", "2026-06-02"]) == 0
    capsys.readouterr()
    pavilion = ["--exhibition", "Ceața și țărmul – La nebbia e la riva"]
    day = ["--db", str(db), "--day", "2026-06-02", *pavilion]

    assert main(["signoff", "--db", str(db), "--day", "2026-06-02", "--by", "Ana"]) == 2  # two exhibitions
    assert "--exhibition: this database holds 2 exhibitions" in capsys.readouterr().err
    assert main(["signoff", *day]) == 2
    assert "--by: say who signs the day" in capsys.readouterr().err
    assert main(["signoff", *day, "--by", "Ștefănia Țăranu-Constantinescu"]) == 0
    out = capsys.readouterr().out
    assert "signed            by Ștefănia Țăranu-Constantinescu on 2026-" in out and out.endswith("State: signed.\n")
    assert main(["signoff", *day, "--by", "Ana"]) == 2  # nothing changed: refused, and said why
    assert "--day: The day is signed already (Ștefănia Țăranu-Constantinescu) and nothing has" in capsys.readouterr().err

    assert main(["signoff", *day, "--status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    summary_args = ["summary", "--db", str(db), "--from", "2026-06-02", "--to", "2026-06-02", "--json", *pavilion]
    assert main(summary_args) == 0
    assert status["figures"]["walk_ins"] == json.loads(capsys.readouterr().out)["walk_in_total"] > 0
    assert status["status"] == "signed" and status["changed_since_signed"] == []

    assert main(["signoff", *day, "--reopen", "--by", "Giovanni Dall'Acqua"]) == 2
    assert "--reason: Say why the day is reopened." in capsys.readouterr().err
    assert main(["signoff", *day, "--reopen", "--by", "Giovanni Dall'Acqua", "--reason", "=1+1 a class was missing"]) == 0
    out = capsys.readouterr().out
    assert "reopened          by Giovanni Dall'Acqua on" in out and ": =1+1 a class was missing" in out
    assert out.endswith("State: reopened, not signed again.\n")
    assert main(["signoff", *day, "--status", "--reopen"]) == 2
