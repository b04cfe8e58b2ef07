"""The online answers' CSV import: what a visitor wrote arrives as written, files are checked, rows are counted once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from mediator_desk.db.engine import transaction
from mediator_desk.db.models import Feedback, Venue
from mediator_desk.errors import ValidationErrors
from mediator_desk.services import feedback, tours
from mediator_desk.services.feedback_import import import_csv
from tests.conftest import NOW
from tests.unit.test_tours import good_draft


@pytest.fixture
def cards(db, world):
    tour = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                      lead_id=world.mediator_ids[0])
    tours.save(db, tour, "laptop")
    printed = NOW - dt.timedelta(days=3)
    tour_cards, _ = feedback.create_cards(db, 5, "x", session_id=tour.id, now=printed)
    blank, _ = feedback.create_cards(db, 20, "x", exhibition_id=world.exhibition_id, now=printed)
    return tour.id, tour_cards, blank


def write(tmp_path, text: str, encoding: str = "utf-8") -> object:
    path = tmp_path / "answers.csv"
    path.write_bytes(text.encode(encoding))
    return path


def stored(db) -> list[Feedback]:
    with db.session() as s:
        return s.scalars(select(Feedback).order_by(Feedback.comment)).all()


def test_good_rows_are_taken_bad_ones_named_and_nothing_twice(db, world, cards, tmp_path):
    session_id, (tour_card, *_), (blank, other, *_) = cards
    path = write(tmp_path, (
        "card;rating;one_word;comment;language;submitted_at\n"
        f"{tour_card};5;minunat;Copiii au învățat despre culori;ro;2026-06-10T15:02:00Z\n"
        f"{blank[:3]}-{blank[3:]};4;bello;;it;2026-06-11T09:00:00+02:00\n"
        "ZZZZZZ;5;;;en;2026-06-10T15:00:00Z\n"
        f"{other};five;;;en;2026-06-10T15:00:00Z\n"
        f"{other};3;;;en;not a date\n"
        ";3;;;en;2026-06-10T15:00:00Z\n"
        f"{other};12;;;en;2026-06-10T15:00:00Z\n"), "utf-8-sig")
    report = import_csv(db, path, "laptop", now=NOW)
    assert report.taken == 2
    reasons = dict(report.skipped)
    assert list(reasons) == [4, 5, 6, 7, 8]
    assert reasons[4] == "unknown card: ZZZZZZ" and reasons[5].startswith("rating not a number")
    assert reasons[6].startswith("unreadable date") and reasons[7] == "no card code"
    assert reasons[8].startswith("rating out of range"), "a 12 is refused, not read as another scale"
    rows = {f.card_code: f for f in stored(db)}
    assert rows[tour_card].session_id == session_id and rows[tour_card].source == "online"
    assert rows[tour_card].comment == "Copiii au învățat despre culori"
    assert rows[blank].session_id is None and rows[blank].day == dt.date(2026, 6, 11)
    again = import_csv(db, path, "laptop", now=NOW)
    assert again.taken == 0 and sum(1 for _, r in again.skipped if r == "already imported") == 2


def test_a_visitors_words_arrive_as_written_and_removed_contact_data_is_reported(db, world, cards, tmp_path):
    _, _, blank = cards
    path = write(tmp_path, (
        "card,rating,comment\n"
        f"{blank[0]},5,\"2024-05-11 10.00-12.30 with class 3B, room 12\"\n"
        f"{blank[1]},4,call me +40 722 000 000 please\n"
        f"{blank[2]},5,Teacher <Maria> asked =HYPERLINK(\"x\")\n"))
    report = import_csv(db, path, "laptop", now=NOW)
    assert report.taken == 3
    comments = {f.card_code: f.comment for f in stored(db)}
    assert comments[blank[0]] == "2024-05-11 10.00-12.30 with class 3B, room 12", "dates are not phone numbers"
    assert comments[blank[1]] == "call me [removed] please"
    assert comments[blank[2]] == 'Teacher <Maria> asked =HYPERLINK("x")'
    assert report.changed == [(3, "a phone number removed from the comment")]
    assert "1 answer(s) changed (contact data removed)" in report.summary()


def test_countries_are_iso_codes_read_from_names_in_three_languages(db, world, cards, tmp_path):
    _, _, blank = cards
    rows = [("Germany", "DE"), ("United Kingdom", "GB"), ("Germania", "DE"), ("Regno Unito", "GB"),
            ("Marea Britanie", "GB"), ("ro", "RO"), ("ITA", "IT")]
    text = "card,rating,country\n" + "".join(f"{blank[i]},5,{name}\n" for i, (name, _) in enumerate(rows))
    text += f"{blank[len(rows)]},5,Atlantis\n"
    report = import_csv(db, write(tmp_path, text), "laptop", now=NOW)
    assert report.skipped == [(len(rows) + 2, "unknown country: Atlantis")]
    got = {f.card_code: f.country for f in stored(db)}
    assert [got[blank[i]] for i in range(len(rows))] == [code for _, code in rows]


def test_the_survey_scale_is_kept_for_every_row(db, world, cards, tmp_path):
    _, _, blank = cards
    path = write(tmp_path, "card,rating\n" + "".join(f"{blank[i]},{r}\n" for i, r in enumerate((9, 3, 1, 5))))
    report = import_csv(db, path, "laptop", now=NOW)
    assert report.method == "nps_11" and "0–10" in report.method_reason
    assert {f.method for f in stored(db)} == {"nps_11"}, "ratings 1–5 on a 0–10 survey are not smileys"
    with transaction(db) as s:
        for f in s.scalars(select(Feedback)):
            s.delete(f)
    path = write(tmp_path, "card,rating\n" + "".join(f"{blank[10 + i]},{r}\n" for i, r in enumerate((3, 1))))
    assert import_csv(db, path, "laptop", now=NOW, method="likert_5").method == "likert_5"
    assert {f.method for f in stored(db)} == {"likert_5"}


def test_identical_answers_without_a_time_are_different_visitors(db, world, cards, tmp_path):
    with transaction(db) as s:
        s.get(Venue, world.venue_id).answers_per_card = 10  # a class shares one card
    _, (tour_card, *_), _ = cards
    path = write(tmp_path, "card,rating\n" + f"{tour_card},5\n" * 3)
    assert import_csv(db, path, "laptop", now=NOW).taken == 3
    again = import_csv(db, path, "laptop", now=NOW)
    assert again.taken == 0 and len(stored(db)) == 3


def test_one_answer_per_card_unless_the_venue_allows_more(db, world, cards, tmp_path):
    _, _, blank = cards
    path = write(tmp_path, f"card,rating,submitted_at\n{blank[0]},5,2026-06-10T10:00Z\n{blank[0]},4,2026-06-10T11:00Z\n")
    report = import_csv(db, path, "laptop", now=NOW)
    assert report.taken == 1 and report.skipped[0][1].startswith("card already used")


def test_dates_in_the_future_or_before_the_card_existed_are_refused(db, world, cards, tmp_path):
    _, _, blank = cards
    path = write(tmp_path, f"card,rating,submitted_at\n{blank[0]},5,2031-01-01T10:00Z\n"
                           f"{blank[1]},5,1999-01-01T10:00Z\n{blank[2]},5,2026-06-10 16:00\n")
    report = import_csv(db, path, "laptop", now=NOW + dt.timedelta(hours=4))
    reasons = dict(report.skipped)
    assert reasons[2].startswith("date in the future") and reasons[3].startswith("date before the card")
    assert report.taken == 1
    only = stored(db)[0]
    assert only.given_at == dt.datetime(2026, 6, 10, 14, 0, tzinfo=dt.timezone.utc), "a time without a zone is Venice's"


@pytest.mark.parametrize("encoding, accepted", [("utf-8", True), ("utf-8-sig", True), ("utf-16", True),
                                                ("latin-1", False)])
def test_encodings(db, world, cards, tmp_path, encoding, accepted):
    _, _, blank = cards
    words = "Grüße aus München, ștampilă" if accepted else "Grüße aus München"
    path = write(tmp_path, f'card,rating,comment\n{blank[0]},5,"{words}"\n', encoding)
    if accepted:
        assert import_csv(db, path, "laptop", now=NOW).taken == 1
        assert stored(db)[0].comment == words
    else:
        with pytest.raises(ValidationErrors, match="Line 2 is not UTF-8"):
            import_csv(db, path, "laptop", now=NOW)
        assert stored(db) == []


def test_binary_data_and_very_long_fields(db, world, cards, tmp_path):
    _, _, blank = cards
    long_comment = "ș" * 200_000
    path = write(tmp_path, f"card,rating,comment\n{blank[0]},5,{long_comment}\n")
    assert import_csv(db, path, "laptop", now=NOW).taken == 1
    assert len(stored(db)[0].comment) == 200_000
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"card,rating\n" + bytes(range(256)) * 20)
    with pytest.raises(ValidationErrors, match="not UTF-8 text"):
        import_csv(db, binary, "laptop", now=NOW)


def test_the_import_commits_in_short_batches(db, world, cards, tmp_path):
    _, _, blank = cards
    with transaction(db) as s:
        s.get(Venue, world.venue_id).answers_per_card = 5000
    path = write(tmp_path, "card,rating,comment\n" + "".join(f"{blank[0]},5,visitor {i}\n" for i in range(1200)))
    commits = []

    def on_commit(_conn) -> None:
        commits.append(1)

    event.listen(db.engine, "commit", on_commit)
    try:
        assert import_csv(db, path, "laptop", now=NOW, batch=100).taken == 1200
    finally:
        event.remove(db.engine, "commit", on_commit)
    assert len(commits) >= 12, "a counter on the same database never waits for the whole file"


def test_a_file_without_the_columns_is_refused(db, world, tmp_path):
    with pytest.raises(ValidationErrors, match="card"):
        import_csv(db, write(tmp_path, "name,score\nAna,5\n"), "laptop")
