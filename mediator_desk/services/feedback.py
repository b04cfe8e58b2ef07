"""Visitor feedback: rules, privacy check, saving (mediator, kiosk), listing and QR cards.
The online answers' CSV import lives in feedback_import.py."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database, transaction
from mediator_desk.db.models import Exhibition, Feedback, FeedbackCard, Tour
from mediator_desk.enums import AgeBand, FeedbackMethod, LearningOutcome
from mediator_desk.errors import QT_TRANSLATE_NOOP, MissingRecordError, ValidationError, ValidationErrors
from mediator_desk.services.changes import FEEDBACK, Changes
from mediator_desk.services.countries import is_country
from mediator_desk.services.timeutil import local

RATING_RANGE = {"smiley_5": (1, 5), "likert_5": (1, 5), "nps_11": (0, 10), "yes_no": (0, 1)}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CARD_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: codes are read and typed by people
# 8 characters from 31: 8.5e11 codes, so the cards of every laptop in a venue (tens of thousands a season) are
# unlikely ever to share one (a shared code is renamed on the card with the larger id when the laptops meet).
CARD_LENGTH = 8
MAX_CARDS = 1000
REMOVED = "[removed]"


@dataclass
class FeedbackDraft:
    exhibition_id: uuid.UUID | None = None
    day: dt.date | None = None
    session_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    method: str = "smiley_5"
    rating: int | None = None
    one_word: str = ""
    comment: str = ""
    age_band: str | None = None
    first_visit: bool | None = None
    language: str = ""
    country: str = ""
    outcomes: list[str] = field(default_factory=list)
    source: str = "mediator"


def _phones(text: str, region: str | None):
    import phonenumbers

    return list(phonenumbers.PhoneNumberMatcher(text, (region or "").upper() or None,
                                                leniency=phonenumbers.Leniency.VALID))


def _emails(text: str) -> list[tuple[int, int]]:
    """Where email addresses are: looked for around each @ only (a plain regex search over a 200,000-character
    word would take minutes)."""
    spans: list[tuple[int, int]] = []
    at = text.find("@")
    while at >= 0:
        start = max(0, at - 64)
        match = EMAIL.search(text, start, at + 256)
        while match is not None and match.end() <= at:
            match = EMAIL.search(text, match.end(), at + 256)
        if match is not None and match.start() <= at < match.end() and (not spans or match.start() >= spans[-1][1]):
            spans.append((match.start(), match.end()))
        at = text.find("@", at + 1)
    return spans


def _without_emails(text: str) -> str:
    for start, end in reversed(_emails(text)):
        text = text[:start] + REMOVED + text[end:]
    return text


def personal_data(text: str, region: str | None = None) -> list[str]:
    """What in a free text looks like contact data ('email', 'phone'): comments must not hold any.
    Phone numbers are found by libphonenumber (dates and times are not numbers to call); a number without
    a leading + is read as one of `region` (the venue's country)."""
    if not text:
        return []
    found = []
    if "@" in text and _emails(text):
        found.append("email")
    if any(ch.isdigit() for ch in text) and _phones(_without_emails(text), region):
        found.append("phone")
    return found


def scrub(text: str, region: str | None = None) -> tuple[str, list[str]]:
    """`text` with email addresses and phone numbers replaced by [removed], and what was removed."""
    kinds = personal_data(text, region)
    if not kinds:
        return text, []
    text = _without_emails(text)
    for match in reversed(_phones(text, region)):
        text = text[:match.start] + REMOVED + text[match.end:]
    return text, kinds


RULES = {
    "exhibition_missing": QT_TRANSLATE_NOOP("rules", "Choose the exhibition (or a tour of it)."),
    "day_missing": QT_TRANSLATE_NOOP("rules", "Enter the day."),
    "bad_method": QT_TRANSLATE_NOOP("rules", "“{method}” is not a feedback method."),
    "rating_missing": QT_TRANSLATE_NOOP("rules", "Give the rating."),
    "rating_range": QT_TRANSLATE_NOOP("rules", "The rating must be between {low} and {high}."),
    "word_missing": QT_TRANSLATE_NOOP("rules", "Enter the word."),
    "comment_missing": QT_TRANSLATE_NOOP("rules", "Enter the comment."),
    "word_too_long": QT_TRANSLATE_NOOP("rules", "One word (or a very short phrase), please."),
    "bad_age_band": QT_TRANSLATE_NOOP("rules", "“{band}” is not an age band."),
    "bad_language": QT_TRANSLATE_NOOP("rules", "Use a two-letter language code (it, en, ro…)."),
    "bad_country": QT_TRANSLATE_NOOP("rules", "Use a two-letter country code (IT, RO, DE…)."),
    "bad_outcome": QT_TRANSLATE_NOOP("rules", "Unknown learning outcome: {names}."),
    "contact_email": QT_TRANSLATE_NOOP("rules", "This looks like it holds an email address. Feedback must not hold contact data: remove it unless you are sure."),
    "contact_phone": QT_TRANSLATE_NOOP("rules", "This looks like it holds a phone number. Feedback must not hold contact data: remove it unless you are sure."),
    "contact_both": QT_TRANSLATE_NOOP("rules", "This looks like it holds an email address and a phone number. Feedback must not hold contact data: remove them unless you are sure."),
    "session_mismatch": QT_TRANSLATE_NOOP("rules", "That tour is not part of this exhibition."),
    "exhibition_gone": QT_TRANSLATE_NOOP("rules", "This exhibition is no longer in this database: choose another."),
    "card_count": QT_TRANSLATE_NOOP("rules", "Print between 1 and {most} cards."),
    "no_tour": QT_TRANSLATE_NOOP("rules", "That tour is no longer in this database."),
}


def _rule(field_name: str, rule: str, *, warning: bool = False, **params) -> ValidationError:
    return ValidationError.rule(field_name, RULES[rule], warning=warning, **params)


def validate(d: FeedbackDraft, region: str | None = None) -> list[ValidationError]:
    out: list[ValidationError] = []
    if d.exhibition_id is None:
        out.append(_rule("exhibition", "exhibition_missing"))
    if d.day is None:
        out.append(_rule("day", "day_missing"))
    if d.method not in FeedbackMethod.values():
        out.append(_rule("method", "bad_method", method=d.method))
    low_high = RATING_RANGE.get(d.method)
    if low_high and d.rating is None:
        out.append(_rule("rating", "rating_missing"))
    if low_high and d.rating is not None and not low_high[0] <= d.rating <= low_high[1]:
        out.append(_rule("rating", "rating_range", low=low_high[0], high=low_high[1]))
    if d.method == "one_word" and not d.one_word.strip():
        out.append(_rule("one_word", "word_missing"))
    if d.method == "free_text" and not d.comment.strip():
        out.append(_rule("comment", "comment_missing"))
    if len(d.one_word.split()) > 3 or len(d.one_word) > 60:
        out.append(_rule("one_word", "word_too_long"))
    if d.age_band and d.age_band not in AgeBand.values():
        out.append(_rule("age_band", "bad_age_band", band=d.age_band))
    if d.language and not re.fullmatch(r"[a-z]{2}", d.language):
        out.append(_rule("language", "bad_language"))
    if d.country and not is_country(d.country):
        out.append(_rule("country", "bad_country"))
    bad = [o for o in d.outcomes if o not in LearningOutcome.values()]
    if bad:
        out.append(_rule("outcomes", "bad_outcome", names=", ".join(bad)))
    for name in ("comment", "one_word"):
        kinds = personal_data(getattr(d, name), region)
        if kinds:
            out.append(_rule(name, "contact_both" if len(kinds) == 2 else f"contact_{kinds[0]}", warning=True))
    return out


def venue_region(db: Database, exhibition_id: uuid.UUID | None) -> str | None:
    """The venue's country: phone numbers without a leading + are read as numbers of that country."""
    if exhibition_id is None:
        return None
    with db.session() as s:
        ex = s.get(Exhibition, exhibition_id)
        return (ex.venue.country or None) if ex is not None else None


def feedback_row(d: FeedbackDraft, device_id: str, given_at: dt.datetime | None = None, **extra) -> Feedback:
    return Feedback(session_id=d.session_id, group_id=d.group_id, exhibition_id=d.exhibition_id, day=d.day,
                    method=d.method, rating=d.rating, one_word=d.one_word.strip(), comment=d.comment.strip(),
                    age_band=d.age_band or None, first_visit=d.first_visit, language=d.language,
                    country=d.country, outcomes=list(d.outcomes), source=d.source, device_id=device_id,
                    **({"given_at": given_at} if given_at else {}), **extra)


STORED_FIELDS = ("session_id", "group_id", "exhibition_id", "day", "method", "rating", "one_word", "comment",
                 "age_band", "first_visit", "language", "country", "outcomes", "source")


def save(db: Database, d: FeedbackDraft, device_id: str, *, accept_warnings: bool = False,
         feedback_id: uuid.UUID | None = None) -> tuple[uuid.UUID, Changes]:
    """Store an entry (new, or replacing `feedback_id`'s values). Warnings (contact data) need a confirmation."""
    problems = validate(d, venue_region(db, d.exhibition_id))
    if any(not p.warning for p in problems) or (problems and not accept_warnings):
        raise ValidationErrors(problems)
    with transaction(db) as s:
        if s.get(Exhibition, d.exhibition_id) is None:
            raise ValidationErrors([_rule("exhibition", "exhibition_gone")])
        if d.session_id is not None:
            sess = s.get(Tour, d.session_id)
            if sess is None or sess.exhibition_id != d.exhibition_id:
                raise ValidationErrors([_rule("session", "session_mismatch")])
        existing = s.get(Feedback, feedback_id) if feedback_id else None
        if existing is None:
            row = feedback_row(d, device_id)
            s.add(row)
            s.flush()
            return row.id, Changes.of(FEEDBACK, ids=[row.id])
        fresh = feedback_row(d, device_id)
        for name in STORED_FIELDS:
            setattr(existing, name, getattr(fresh, name))
        existing.device_id = device_id
        return existing.id, Changes.of(FEEDBACK, ids=[existing.id])


def delete(db: Database, feedback_id: uuid.UUID, device_id: str) -> Changes:
    with transaction(db) as s:
        row = s.get(Feedback, feedback_id)
        if row is not None:
            row.deleted_at = dt.datetime.now(dt.timezone.utc)
            row.device_id = device_id
    return Changes.of(FEEDBACK, ids=[feedback_id])


# --- the kiosk ------------------------------------------------------------------------------------

def kiosk_answer(db: Database, exhibition_id: uuid.UUID, now: dt.datetime, rating: int, language: str,
                 device_id: str) -> tuple[uuid.UUID, Changes]:
    """A visitor's smiley, stored at once: on the tour running now, else on the exhibition and day."""
    with transaction(db) as s:
        ex = s.get(Exhibition, exhibition_id)
        if ex is None:
            raise MissingRecordError("The kiosk's exhibition is no longer in this database: close the kiosk and "
                                     "choose another exhibition.")
        running = repo.running_tour(s, exhibition_id, now)
        row = Feedback(session_id=running, exhibition_id=exhibition_id, day=local(now, ex.venue.timezone).date(),
                       given_at=now, method="smiley_5", rating=rating, language=language, source="kiosk",
                       device_id=device_id)
        s.add(row)
        s.flush()
        return row.id, Changes.of(FEEDBACK, ids=[row.id])


def kiosk_words(db: Database, feedback_id: uuid.UUID, text: str) -> Changes:
    """Add the visitor's optional words to their answer. Contact data is not kept from the kiosk: nothing is
    stored (no Changes) if the text looks like an email address or phone number."""
    text = text.strip()[:2000]
    if not text:
        return Changes()
    with transaction(db) as s:
        row = s.get(Feedback, feedback_id)
        if row is None or personal_data(text, _region(s, row)):
            return Changes()
        if len(text.split()) == 1 and len(text) <= 40:
            row.one_word = text
        else:
            row.comment = text
    return Changes.of(FEEDBACK, ids=[feedback_id])


def _region(s, row: Feedback) -> str | None:
    ex = s.get(Exhibition, row.exhibition_id)
    return (ex.venue.country or None) if ex is not None else None


# --- listing --------------------------------------------------------------------------------------

class FeedbackRow(NamedTuple):
    """One answer in the Feedback page's table; ids stay as stored text until a row is opened."""
    key: str  # the answer's id as stored (hex)
    day: dt.date
    exhibition: str
    session: str  # the tour's local start, "2026-06-10 10:20", or ""
    method: str
    rating: int | None
    one_word: str
    comment: str
    language: str
    outcomes: tuple[str, ...]
    source: str
    session_key: str | None = None  # the tour's id as stored (hex)
    session_format: str = ""

    @property
    def id(self) -> uuid.UUID:
        return uuid.UUID(hex=self.key)

    @property
    def session_id(self) -> uuid.UUID | None:
        return uuid.UUID(hex=self.session_key) if self.session_key else None


@dataclass
class FeedbackFilter:
    first: dt.date | None = None
    last: dt.date | None = None
    exhibition_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    method: str | None = None
    rating: int | None = None
    language: str | None = None
    outcome: str | None = None


def listing(db: Database, f: FeedbackFilter) -> list[FeedbackRow]:
    with db.session() as s:
        rows = repo.feedback_rows(s, f.first, f.last, f.exhibition_id, f.session_id, f.method, f.rating, f.language)
    out = []
    starts: dict[tuple, str] = {}  # a tour's answers share its start: formatted once
    for r in rows:
        if f.outcome and f.outcome not in r.outcomes:
            continue
        session = ""
        if r.session_start:
            session = starts.get((r.session_start, r.timezone))
            if session is None:
                when = local(r.session_start, r.timezone)
                session = starts[(r.session_start, r.timezone)] = (
                    f"{when.year:04d}-{when.month:02d}-{when.day:02d} {when.hour:02d}:{when.minute:02d}")
        out.append(FeedbackRow(r.key, r.day, r.exhibition, session, r.method, r.rating, r.one_word, r.comment,
                               r.language, tuple(r.outcomes), r.source, r.session_key, r.session_format))
    return out


def distribution(rows: list[FeedbackRow]) -> dict[str, Counter]:
    """Ratings counted per method: {'smiley_5': Counter({5: 12, 4: 3}), ...}."""
    out: dict[str, Counter] = {}
    for r in rows:
        if r.rating is not None:
            out.setdefault(r.method, Counter())[r.rating] += 1
    return out


def load(db: Database, feedback_id: uuid.UUID) -> FeedbackDraft:
    with db.session() as s:
        fb = s.get(Feedback, feedback_id)
        if fb is None:
            raise MissingRecordError("That answer is no longer in this database.")
        return FeedbackDraft(exhibition_id=fb.exhibition_id, day=fb.day, session_id=fb.session_id,
                             group_id=fb.group_id, method=fb.method, rating=fb.rating, one_word=fb.one_word,
                             comment=fb.comment, age_band=fb.age_band, first_visit=fb.first_visit,
                             language=fb.language, country=fb.country, outcomes=list(fb.outcomes or []),
                             source=fb.source)


# --- QR feedback cards ----------------------------------------------------------------------------

def new_card_code() -> str:
    return "".join(secrets.choice(CARD_ALPHABET) for _ in range(CARD_LENGTH))


def card_code(text: str) -> str:
    """A card code as typed or printed ("abc 23x", "ABC-23X") in its one stored form."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


@dataclass(frozen=True)
class CardBatch:
    """New card codes, drawn but not yet registered, and what they belong to."""

    codes: list[str]
    session_id: uuid.UUID | None
    exhibition_id: uuid.UUID


def draw_cards(db: Database, count: int, *, session_id: uuid.UUID | None = None,
               exhibition_id: uuid.UUID | None = None) -> CardBatch:
    """`count` new card codes (for a tour, or a blank batch for an exhibition), checked against every code
    ever printed; nothing is stored until register_cards (after their PDF is written)."""
    if not 1 <= count <= MAX_CARDS:
        raise ValidationErrors([_rule("count", "card_count", most=MAX_CARDS)])
    with db.session() as s:
        if session_id is not None:
            sess = s.get(Tour, session_id)
            if sess is None:
                raise ValidationErrors([_rule("session", "no_tour")])
            exhibition_id = sess.exhibition_id
        if exhibition_id is None or s.get(Exhibition, exhibition_id) is None:
            raise ValidationErrors([_rule("exhibition", "exhibition_gone" if exhibition_id else "exhibition_missing")])
        codes: list[str] = []
        while len(codes) < count:
            candidates = {new_card_code() for _ in range(count - len(codes))} - set(codes)
            taken = set(s.scalars(select(FeedbackCard.code).where(FeedbackCard.code.in_(candidates))
                                  .execution_options(include_deleted=True)))
            codes += sorted(candidates - taken)[:count - len(codes)]
    return CardBatch(codes, session_id, exhibition_id)


def register_cards(db: Database, batch: CardBatch, device_id: str, now: dt.datetime | None = None) -> Changes:
    """Store the batch's codes, so answers given with them find their tour."""
    now = now or dt.datetime.now(dt.timezone.utc)
    with transaction(db) as s:
        s.add_all(FeedbackCard(code=c, session_id=batch.session_id, exhibition_id=batch.exhibition_id,
                               device_id=device_id, created_at=now, updated_at=now) for c in batch.codes)
    return Changes.of(FEEDBACK)


def create_cards(db: Database, count: int, device_id: str, *, session_id: uuid.UUID | None = None,
                 exhibition_id: uuid.UUID | None = None, now: dt.datetime | None = None
                 ) -> tuple[list[str], Changes]:
    """Register `count` new card codes at once (no PDF: cards printed elsewhere, imports) and return them."""
    batch = draw_cards(db, count, session_id=session_id, exhibition_id=exhibition_id)
    return batch.codes, register_cards(db, batch, device_id, now)
