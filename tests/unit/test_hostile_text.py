"""Text people type — markup, formulas, control characters, scripts the font lacks, a 5,000-character word —
goes through every report and export literally, and nothing fails (tests/data/hostile-text.json)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mediator_desk.db.engine import transaction
from mediator_desk.db.models import (
    CountCategory,
    Exhibition,
    Feedback,
    Mediator,
    PartnerOrganisation,
    Tour,
    TourMediator,
    VisitorGroup,
)
from mediator_desk.services import counting
from mediator_desk.services.exports import ExportRequest, export
from mediator_desk.services.reports import ReportRequest, build_report
from tests.conftest import NOW

HOSTILE = [item["text"] for item in json.loads((Path(__file__).resolve().parent.parent / "data"
                                                 / "hostile-text.json").read_text(encoding="utf-8"))]
MARKUP = ["Teacher <Maria> asked", "Great <b> tour", "Room 2 </para> closed", "<font color=red size=30>LOUD</font>",
          '<img src="/etc/passwd"/>', '<a href="http://example.invalid">click</a>', "Tom & Jerry &amp; &lt;co&gt; &#x41;"]
LONG_WORD = "x" * 5000
DAY = NOW.date()


@pytest.fixture
def hostile_db(db, world):
    """A day at the pavilion where every free-text field holds hostile text."""
    texts = HOSTILE + [LONG_WORD]
    with transaction(db) as s:
        s.get(Exhibition, world.exhibition_id).title = "Ceața <b>și</b> țărmul & «Avram»"
        partner = s.get(PartnerOrganisation, world.partner_id)
        partner.name = "Școala <i>Gimnazială</i> «Avram» nr. 1 & Co"
        for text in texts[:8]:
            s.add(Mediator(display_name=text or "(empty)", device_id="x"))
        start = NOW - dt.timedelta(hours=2)
        first = None
        for i, text in enumerate(texts):
            sess = Tour(exhibition_id=world.exhibition_id, planned_start=start + dt.timedelta(minutes=i),
                               actual_start=start, actual_end=start + dt.timedelta(minutes=50), status="done",
                               observations=text, reflection=text, incidents=text, languages=["ro", "en"])
            s.add(sess)
            s.flush()
            s.add(TourMediator(session_id=sess.id, mediator_id=world.mediator_ids[0], is_lead=True))
            s.add(VisitorGroup(session_id=sess.id, group_type="upper_secondary", age_15_18=20, accompanying_adults=2,
                               school_level=text[:64], partner_id=world.partner_id, origin="foreign", country="DE"))
            s.add(Feedback(exhibition_id=world.exhibition_id, session_id=sess.id, day=DAY, method="smiley_5",
                           rating=4, comment=text, one_word=text[:100], language="ro", source="online"))
            first = first or sess.id
        s.get(CountCategory, world.category_ids[0]).name = "=SUM(A1:A9)"
    ctx = counting.CounterContext(world.exhibition_id, world.tz, "laptop")
    for _ in range(3):
        counting.record_press(db, ctx, world.category_ids[0], at=NOW)
    return db, first


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def pdf_checks(path: Path) -> None:
    reader = PdfReader(str(path))
    for page in reader.pages:
        assert "/Annots" not in page, "no link annotation can come from typed text"
        xobjects = page["/Resources"].get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values()), "no image loaded"
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
        assert rows and all("yes" in row[-5:-4] or row[-5] == "yes" for row in rows), out
        assert "Helvetica" not in out, "the PDF names no font it does not embed"


@pytest.mark.parametrize("kind", ["tour", "day", "period", "statistics", "vouchers"])
def test_every_report_prints_typed_text_literally(hostile_db, tmp_path, kind):
    db, session_id = hostile_db
    target = tmp_path / f"{kind}.pdf"
    req = ReportRequest(kind, DAY - dt.timedelta(days=1) if kind != "day" else DAY, DAY, session_id=session_id)
    assert build_report(db, req, target) >= 1
    pdf_checks(target)
    text = text_of(target)
    assert "Ceața <b>și</b> țărmul & «Avram»" in text  # the exhibition's title, on every report's cover
    if kind == "day":  # every comment and incident of the day
        for literal in MARKUP:
            assert literal in text, literal
    if kind == "period":  # a sample of comments per learning outcome
        assert sum(literal in text for literal in MARKUP) >= 3
    if kind == "tour":
        assert text.count(MARKUP[0]) >= 3  # observations, reflection, incidents — and the visitor's comment
        assert "Școala <i>Gimnazială</i> «Avram» nr. 1 & Co" in text  # who the group was
    if kind == "day":
        assert "shown as □" in text and "Korean characters (U+" in text and "emoji (U+" in text \
            and "control characters (U+0000" in text, \
            "characters the font lacks are named, not silently dropped"


def test_a_five_thousand_character_word_wraps_in_text_and_is_cut_in_tables(hostile_db, tmp_path):
    db, _ = hostile_db
    with transaction(db) as s:
        sess = s.scalars(select(Tour).where(Tour.observations == LONG_WORD)).first()
        sid = sess.id
    target = tmp_path / "tour.pdf"
    build_report(db, ReportRequest("tour", session_id=sid), target)
    assert text_of(target).replace(" ", "").count("x" * 1000) >= 2, "the observations print whole, wrapped"


def test_exports_keep_typed_text_as_text(hostile_db, tmp_path):
    from openpyxl import load_workbook

    db, _ = hostile_db
    target = tmp_path / "feedback.csv"
    export(db, ExportRequest("feedback", "csv", separator=";"), target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        comments = [row["comment"] for row in csv.DictReader(fh, delimiter=";")]
    for text in HOSTILE:
        shown = "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
        assert shown in comments, repr(text)
    for fmt in ("xlsx",):
        target = tmp_path / f"feedback.{fmt}"
        export(db, ExportRequest("feedback", fmt), target)
        sheet = load_workbook(target).active
        header = [c.value for c in sheet[1]]
        column = header.index("comment") + 1
        values = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
        assert all(cell.data_type == "s" for cell in values if cell.value), "a formula typed is stored as text"
        decoded = {re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m[1], 16)), cell.value or "") for cell in values}
        for text in HOSTILE:
            assert text in decoded or text.strip() in decoded, repr(text)
    counts = tmp_path / "counts.xlsx"
    export(db, ExportRequest("counts", "xlsx", DAY, DAY), counts)
    sheet = load_workbook(counts).active
    categories = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "=SUM(A1:A9)" in categories, "a category named with = is a name, not a formula"


def test_groups_and_sessions_exports_say_who_the_group_was(hostile_db, tmp_path):
    db, _ = hostile_db
    target = tmp_path / "groups.csv"
    export(db, ExportRequest("groups", "csv"), target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"partner", "school_level", "programme", "target_group", "vouchers"} <= set(rows[0])
    assert rows[0]["partner"] == "Școala <i>Gimnazială</i> «Avram» nr. 1 & Co"
    target = tmp_path / "sessions.csv"
    export(db, ExportRequest("sessions", "csv"), target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"mediators", "programme"} <= set(rows[0])
    assert rows[0]["mediators"] == "Ștefănia Țăranu-Constantinescu"
