"""Whatever people type or name, a clear message and never a traceback (issue 20, points 14–16)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mediator_desk.__main__ import main
from mediator_desk.db.engine import transaction
from mediator_desk.db.models import Feedback
from mediator_desk.services.exports import XLSX_MAX_TEXT, ExportRequest, export
from mediator_desk.services.feedback_import import import_csv
from tests.unit.test_feedback_import import cards, stored, write  # noqa: F401 - the fixture is used by name

ROOT = Path(__file__).resolve().parent.parent.parent


# --- 14: a text longer than an XLSX cell -------------------------------------------------------------------

def test_a_comment_longer_than_an_xlsx_cell_is_cut_with_a_mark_and_kept_whole_in_csv(db, world, tmp_path, capsys):
    from openpyxl import load_workbook

    long = "Mulțumim pentru tur! 🎨 " * 3000  # 72,000 characters (emoji count twice in Excel's limit)
    with transaction(db) as s:
        s.add(Feedback(exhibition_id=world.exhibition_id, day=dt.date(2026, 6, 10), method="smiley_5", rating=5,
                       comment=long, source="online"))
    result = export(db, ExportRequest("feedback", "xlsx"), tmp_path / "f.xlsx")
    assert (result.rows, result.cut) == (1, 1)
    book = load_workbook(tmp_path / "f.xlsx", read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    cell = next(v for v in rows[1] if isinstance(v, str) and v.startswith("Mulțumim"))
    assert len(cell.encode("utf-16-le")) // 2 <= XLSX_MAX_TEXT
    assert cell.endswith("characters: the CSV export has the whole text]") and long.startswith(cell.split(" […+")[0])
    assert export(db, ExportRequest("feedback", "csv"), tmp_path / "f.csv").cut == 0
    assert long.strip() in (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    assert main(["export", "feedback", "--format", "xlsx", "--db", str(db.path), "-o", str(tmp_path / "g.xlsx")]) == 0
    assert "1 text(s) longer than an XLSX cell holds" in capsys.readouterr().out


# --- 15: extreme dates and numbers in the online answers -----------------------------------------------------

def test_extreme_dates_and_numbers_are_skipped_rows_never_a_crash(db, cards, tmp_path):  # noqa: F811
    _tour, tour_cards, blank = cards
    huge = "9" * 5000
    lines = ["card,rating,submitted_at,comment",
             f"{blank[0]},5,9999-12-31T23:59:59-12:00,late",
             f"{blank[1]},4,0001-01-01T00:00+14:00,early",
             f"{blank[2]},{huge},,many digits",
             f"{blank[3]},5,2026-06-09T10:00:00+02:00,fine"]
    report = import_csv(db, write(tmp_path, "\n".join(lines) + "\n"), "laptop", now=dt.datetime(2026, 6, 10,
                                                                                               tzinfo=dt.timezone.utc))
    reasons = dict(report.skipped)
    assert report.taken == 1 and [f.comment for f in stored(db)] == ["fine"]
    assert reasons[2].startswith("date out of range") and reasons[3].startswith("date out of range")
    assert reasons[4].startswith("rating not a number") and len(reasons[4]) < 100


def test_an_unbalanced_quote_says_which_lines_were_read_as_one(db, cards, tmp_path):  # noqa: F811
    _tour, _tour_cards, blank = cards
    lines = ["card,rating,comment",
             f'{blank[0]},5,"the quote never closes',
             f"{blank[1]},4,swallowed",
             f"{blank[2]},3,after"]
    report = import_csv(db, write(tmp_path, "\n".join(lines) + "\n"), "laptop")
    assert report.taken == 1 and report.changed == [
        (2, "lines 2–4 were read as one row (a quotation mark on line 2 is closed only on line 4, or never)")]
    lines[1] = f'{blank[5]},five,"the quote never closes'
    report = import_csv(db, write(tmp_path, "\n".join(lines) + "\n"), "laptop")
    [(line, reason)] = report.skipped
    assert line == 2 and reason.startswith("lines 2–4 were read as one row") and "rating not a number" in reason


# --- 16: file names that are not UTF-8 -----------------------------------------------------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file names as bytes: Linux")
def test_file_names_that_are_not_utf8_work_everywhere(tmp_path, isolated_home):
    folder = os.fsencode(tmp_path)
    db, other = folder + b"/caf\xe9.sqlite", folder + b"/na\xefve.sqlite"
    env = dict(os.environb, MEDIATOR_DESK_HOME=os.fsencode(isolated_home))

    def run(*args: bytes) -> subprocess.CompletedProcess:
        return subprocess.run([os.fsencode(sys.executable), b"-m", b"mediator_desk", *args], capture_output=True,
                              cwd=ROOT, env=env, timeout=300)

    commands = [[b"demo", b"--db", db, b"--days", b"1"], [b"demo", b"--db", other, b"--days", b"1", b"--seed", b"2"],
                [b"summary", b"--db", db],
                [b"report", b"day", b"--db", db, b"-o", folder + b"/r\xe9sum\xe9.pdf"],
                [b"export", b"sessions", b"--format", b"xlsx", b"--db", db, b"-o", folder + b"/\xe9.xlsx"],
                [b"export", b"sessions", b"--format", b"csv", b"--db", db, b"-o", folder + b"/\xe9.csv"],
                [b"cards", b"--db", db, b"-o", folder + b"/cartes-\xe9.pdf"],
                [b"backup", b"--db", db, b"-o", folder + b"/copie-\xe9.sqlite"],
                [b"merge", other, b"--db", db, b"--other-venue"],
                [b"restore", folder + b"/copie-\xe9.sqlite", b"--db", db]]
    for args in commands:
        result = run(*args)
        assert result.returncode == 0, (args[0], result.stderr)
        assert b"Traceback" not in result.stderr and b"Logging error" not in result.stderr, (args[0], result.stderr)
    names = set(os.listdir(folder))
    assert {b"r\xe9sum\xe9.pdf", b"\xe9.xlsx", b"\xe9.csv", b"cartes-\xe9.pdf", b"copie-\xe9.sqlite"} <= names
    shutil.rmtree(tmp_path, ignore_errors=True)
