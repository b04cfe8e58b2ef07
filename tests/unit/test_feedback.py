"""Feedback without Qt: rules, the privacy warning, kiosk answers, QR cards (decoded with zbar) and the CSV import."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from mediator_desk.db.models import Feedback, FeedbackCard
from mediator_desk.errors import ValidationErrors
from mediator_desk.services import feedback, tours
from mediator_desk.services.feedback import FeedbackDraft, FeedbackFilter
from mediator_desk.services.reports.cards import build_cards
from tests.conftest import NOW
from tests.unit.test_tours import good_draft


def draft(world, **changes) -> FeedbackDraft:
    d = FeedbackDraft(exhibition_id=world.exhibition_id, day=NOW.date(), method="smiley_5", rating=5, language="ro")
    for k, v in changes.items():
        setattr(d, k, v)
    return d


@pytest.mark.parametrize("text, kinds", [
    ("Foarte frumos, mulțumim!", []),
    ("scrieți-mi la ana.pop@example.ro", ["email"]),
    ("sunați-mă: +40 721 234 567", ["phone"]),
    ("0721234567 sau ana@x.it", ["email", "phone"]),
    ("Am venit în 2026 cu 25 de copii", []),
])
def test_personal_data_is_spotted(text, kinds):
    assert feedback.personal_data(text, "RO") == kinds


@given(rating=st.integers().filter(lambda r: not 1 <= r <= 5))
def test_smiley_ratings_outside_one_to_five_are_refused(rating):
    problems = feedback.validate(FeedbackDraft(exhibition_id=NOW, day=NOW.date(), method="smiley_5", rating=rating))
    assert [p.field for p in problems] == ["rating"]


@given(rating=st.integers(min_value=0, max_value=10))
def test_nps_takes_zero_to_ten(rating):
    assert feedback.validate(FeedbackDraft(exhibition_id=NOW, day=NOW.date(), method="nps_11", rating=rating)) == []


def test_a_comment_with_contact_data_asks_before_saving(db, world):
    d = draft(world, comment="Contact: ana.pop@example.ro", outcomes=["knowledge", "enjoyment"])
    with pytest.raises(ValidationErrors) as caught:
        feedback.save(db, d, "laptop")
    assert [(p.field, p.warning) for p in caught.value.problems] == [("comment", True)]
    assert "email address" in caught.value.problems[0].message
    fid, changes = feedback.save(db, d, "laptop", accept_warnings=True)
    assert changes.ids == {fid}
    assert feedback.load(db, fid).outcomes == ["knowledge", "enjoyment"]


def test_listing_filters_and_distribution(db, world):
    for rating, lang, outcomes in ((5, "ro", ["knowledge"]), (5, "it", []), (3, "ro", ["skills"]), (1, "de", [])):
        feedback.save(db, draft(world, rating=rating, language=lang, outcomes=outcomes), "laptop")
    rows = feedback.listing(db, FeedbackFilter())
    assert len(rows) == 4
    assert feedback.distribution(rows) == {"smiley_5": {5: 2, 3: 1, 1: 1}}
    assert len(feedback.listing(db, FeedbackFilter(language="ro"))) == 2
    assert [r.rating for r in feedback.listing(db, FeedbackFilter(outcome="skills"))] == [3]
    assert len(feedback.listing(db, FeedbackFilter(rating=5, language="it"))) == 1


def test_kiosk_answers_attach_to_the_running_tour_else_to_the_day(db, world):
    before, _ = feedback.kiosk_answer(db, world.exhibition_id, NOW, 4, "de", "laptop")
    session_id, _ = tours.start_tour(db, world.exhibition_id, world.mediator_ids[0], NOW, "laptop")
    during, _ = feedback.kiosk_answer(db, world.exhibition_id, NOW + dt.timedelta(minutes=10), 5, "ro", "laptop")
    assert feedback.kiosk_words(db, during, "minunat")
    assert not feedback.kiosk_words(db, during, "mail me: a@b.com")  # contact data is not kept
    with db.session() as s:
        a, b = s.get(Feedback, before), s.get(Feedback, during)
        assert (a.session_id, a.day, a.source) == (None, NOW.date(), "kiosk")
        assert (b.session_id, b.rating, b.one_word, b.comment) == (session_id, 5, "minunat", "")


def test_cards_carry_their_codes_and_decode_to_the_survey_url(db, world, tmp_path):
    tour = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                      lead_id=world.mediator_ids[0])
    tours.save(db, tour, "laptop")
    session_id = tour.id
    codes, _ = feedback.create_cards(db, 10, "laptop", session_id=session_id)
    assert len(set(codes)) == 10 and all(len(c) == feedback.CARD_LENGTH == 8 and set(c) <= set(feedback.CARD_ALPHABET) for c in codes)
    with db.session() as s:
        assert {c.code for c in s.scalars(select(FeedbackCard))} == set(codes)
    target = tmp_path / "cards.pdf"
    assert build_cards(db, codes, target, session_id=session_id, per_page=8, lang="ro") == 2
    assert build_cards(db, codes, tmp_path / "ten.pdf", session_id=session_id, per_page=10) == 1
    from pypdf import PdfReader

    text = PdfReader(target).pages[0].extract_text()
    assert "Cum a fost?" in text and f"{codes[0][:3]} {codes[0][3:]}" in text
    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("pdftoppm and zbarimg are not installed (CI installs them)")
    # A visitor scans one card at a time, so each cut-out card is decoded on its own (zbar, given a whole sheet of
    # ten codes, sometimes misses one that it reads at once alone).
    dpi, margin_mm = 200, 10
    px = dpi / 25.4
    card_w, card_h = (210 - 2 * margin_mm) / 2, (297 - 2 * margin_mm) / 5
    urls = []
    for k in range(10):
        col, row = k % 2, k // 2
        x, y = (margin_mm + col * card_w) * px, (margin_mm + row * card_h) * px
        crop = ["-x", str(int(x)), "-y", str(int(y)), "-W", str(int(card_w * px)), "-H", str(int(card_h * px))]
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", *crop, str(tmp_path / "ten.pdf"),
                        str(tmp_path / f"card{k}")], check=True)
        out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / f"card{k}.png")], capture_output=True, text=True)
        assert len(out.stdout.split()) == 1, f"card {k + 1}: {out.stdout!r}"
        urls += out.stdout.split()
    urls.sort()
    assert urls == sorted(f"https://survey.example.org/f?tour={session_id}&card={c}" for c in codes)


def test_cards_and_import_from_the_command_line(db, world, tmp_path):
    db_file = str(db.path)
    env_cmd = [sys.executable, "-m", "mediator_desk"]
    out = subprocess.run([*env_cmd, "cards", "--db", db_file, "--count", "3", "-o", str(tmp_path / "c.pdf")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "3 cards on 1 page" in out.stdout
    with db.session() as s:
        code = s.scalars(select(FeedbackCard.code)).first()
    (tmp_path / "a.csv").write_text(f"card,rating\n{code},5\nNOPE99,4\n", encoding="utf-8")
    out = subprocess.run([*env_cmd, "import-feedback", str(tmp_path / "a.csv"), "--db", db_file],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "1 answer(s) imported, 1 row(s) skipped (1 unknown card)."
    bad = subprocess.run([*env_cmd, "cards", "--db", db_file, "--session", "nope", "-o", str(tmp_path / "x.pdf")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "--session" in bad.stderr and "Traceback" not in bad.stderr
