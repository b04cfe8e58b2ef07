"""Visitor feedback: rules, privacy check, saving (mediator, kiosk), listing, QR cards and the online CSV import."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import secrets
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from mediator_desk.db import repositories as repo
from mediator_desk.db.engine import Database, transaction
from mediator_desk.db.enums import AgeBand, FeedbackMethod, LearningOutcome
from mediator_desk.db.models import Exhibition, Feedback, FeedbackCard, TourSession
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from mediator_desk.services.timeutil import local

RATING_RANGE = {"smiley_5": (1, 5), "likert_5": (1, 5), "nps_11": (0, 10), "yes_no": (0, 1)}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{6,}\d")
CARD_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: codes are read and typed by people
CARD_LENGTH = 6


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


def personal_data(text: str) -> list[str]:
    """What in a free text looks like contact data ('email', 'phone'): comments must not hold any."""
    found = []
    if EMAIL.search(text or ""):
        found.append("email")
    if PHONE.search(EMAIL.sub("", text or "")):
        found.append("phone")
    return found


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
}


def _rule(field_name: str, rule: str, *, warning: bool = False, **params) -> ValidationError:
    return ValidationError.rule(field_name, RULES[rule], warning=warning, **params)


def validate(d: FeedbackDraft) -> list[ValidationError]:
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
    if d.country and not re.fullmatch(r"[A-Z]{2}", d.country):
        out.append(_rule("country", "bad_country"))
    bad = [o for o in d.outcomes if o not in LearningOutcome.values()]
    if bad:
        out.append(_rule("outcomes", "bad_outcome", names=", ".join(bad)))
    for name in ("comment", "one_word"):
        kinds = personal_data(getattr(d, name))
        if kinds:
            out.append(_rule(name, "contact_both" if len(kinds) == 2 else f"contact_{kinds[0]}", warning=True))
    return out


def _row(d: FeedbackDraft, device_id: str, given_at: dt.datetime | None = None, **extra) -> Feedback:
    return Feedback(session_id=d.session_id, group_id=d.group_id, exhibition_id=d.exhibition_id, day=d.day,
                    method=d.method, rating=d.rating, one_word=d.one_word.strip(), comment=d.comment.strip(),
                    age_band=d.age_band or None, first_visit=d.first_visit, language=d.language,
                    country=d.country, outcomes=list(d.outcomes), source=d.source, device_id=device_id,
                    **({"given_at": given_at} if given_at else {}), **extra)


def save(db: Database, d: FeedbackDraft, device_id: str, *, accept_warnings: bool = False,
         feedback_id: uuid.UUID | None = None) -> uuid.UUID:
    """Store an entry (new, or replacing `feedback_id`'s values). Warnings (contact data) need a confirmation."""
    problems = validate(d)
    if any(not p.warning for p in problems) or (problems and not accept_warnings):
        raise ValidationErrors(problems)
    with transaction(db) as s:
        if d.session_id is not None:
            sess = s.get(TourSession, d.session_id)
            if sess is None or sess.exhibition_id != d.exhibition_id:
                raise ValidationErrors([_rule("session", "session_mismatch")])
        existing = s.get(Feedback, feedback_id) if feedback_id else None
        if existing is None:
            row = _row(d, device_id)
            s.add(row)
            s.flush()
            return row.id
        fresh = _row(d, device_id)
        for name in ("session_id", "group_id", "exhibition_id", "day", "method", "rating", "one_word", "comment",
                     "age_band", "first_visit", "language", "country", "outcomes", "source"):
            setattr(existing, name, getattr(fresh, name))
        existing.device_id = device_id
        return existing.id


def delete(db: Database, feedback_id: uuid.UUID, device_id: str) -> None:
    with transaction(db) as s:
        row = s.get(Feedback, feedback_id)
        if row is not None:
            row.deleted_at = dt.datetime.now(dt.timezone.utc)
            row.device_id = device_id


# --- the kiosk ------------------------------------------------------------------------------------

def kiosk_answer(db: Database, exhibition_id: uuid.UUID, now: dt.datetime, rating: int, language: str,
                 device_id: str) -> uuid.UUID:
    """A visitor's smiley, stored at once: on the tour running now, else on the exhibition and day."""
    with transaction(db) as s:
        ex = s.get(Exhibition, exhibition_id)
        if ex is None:
            raise LookupError(f"no exhibition {exhibition_id}")
        running = repo.running_session(s, exhibition_id, now)
        row = Feedback(session_id=running, exhibition_id=exhibition_id, day=local(now, ex.venue.timezone).date(),
                       given_at=now, method="smiley_5", rating=rating, language=language, source="kiosk",
                       device_id=device_id)
        s.add(row)
        s.flush()
        return row.id


def kiosk_words(db: Database, feedback_id: uuid.UUID, text: str) -> bool:
    """Add the visitor's optional words to their answer. Contact data is not kept from the kiosk:
    returns False (and stores nothing) if the text looks like an email address or phone number."""
    text = text.strip()[:2000]
    if not text or personal_data(text):
        return False
    with transaction(db) as s:
        row = s.get(Feedback, feedback_id)
        if row is None:
            return False
        if len(text.split()) == 1 and len(text) <= 40:
            row.one_word = text
        else:
            row.comment = text
    return True


# --- listing --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FeedbackRow:
    id: uuid.UUID
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
    session_id: uuid.UUID | None = None
    session_format: str = ""


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
    for (fid, day, title, planned, fmt, tz, method, rating, word, comment, lang, outcomes, source, sid) in rows:
        if f.outcome and f.outcome not in outcomes:
            continue
        when = local(planned, tz) if planned else None
        session = (f"{when.year:04d}-{when.month:02d}-{when.day:02d} {when.hour:02d}:{when.minute:02d}"
                   if when else "")
        out.append(FeedbackRow(fid, day, title, session, method, rating, word, comment, lang, tuple(outcomes),
                               source, sid, fmt))
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
            raise LookupError(feedback_id)
        return FeedbackDraft(exhibition_id=fb.exhibition_id, day=fb.day, session_id=fb.session_id,
                             group_id=fb.group_id, method=fb.method, rating=fb.rating, one_word=fb.one_word,
                             comment=fb.comment, age_band=fb.age_band, first_visit=fb.first_visit,
                             language=fb.language, country=fb.country, outcomes=list(fb.outcomes or []),
                             source=fb.source)


# --- QR feedback cards ----------------------------------------------------------------------------

def new_card_code() -> str:
    return "".join(secrets.choice(CARD_ALPHABET) for _ in range(CARD_LENGTH))


def create_cards(db: Database, count: int, device_id: str, *, session_id: uuid.UUID | None = None,
                 exhibition_id: uuid.UUID | None = None) -> list[str]:
    """Register `count` new card codes (for a tour, or a blank batch for an exhibition) and return them."""
    if not 1 <= count <= 1000:
        raise ValidationErrors([ValidationError("count", "Print between 1 and 1000 cards.")])
    with transaction(db) as s:
        if session_id is not None:
            sess = s.get(TourSession, session_id)
            if sess is None or sess.deleted_at is not None:
                raise ValidationErrors([ValidationError("session", f"No tour {session_id}.")])
            exhibition_id = sess.exhibition_id
        if exhibition_id is None:
            raise ValidationErrors([ValidationError("exhibition", "Choose the exhibition or a tour.")])
        taken = set(s.scalars(select(FeedbackCard.code)))
        codes: list[str] = []
        while len(codes) < count:
            code = new_card_code()
            if code not in taken:
                taken.add(code)
                codes.append(code)
        s.add_all(FeedbackCard(code=c, session_id=session_id, exhibition_id=exhibition_id, device_id=device_id)
                  for c in codes)
    return codes


# --- the online answers (CSV) ---------------------------------------------------------------------

IMPORT_COLUMNS = ("card", "rating", "one_word", "comment", "language", "age_band", "first_visit", "country",
                  "submitted_at")


@dataclass
class ImportReport:
    taken: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)

    def summary(self) -> str:
        reasons = Counter(reason.split(":")[0] for _, reason in self.skipped)
        detail = "; ".join(f"{n} {r}" for r, n in reasons.most_common())
        return f"{self.taken} answer(s) imported, {len(self.skipped)} row(s) skipped" + (f" ({detail})" if detail else "")


def _bool(text: str) -> bool | None:
    t = text.strip().lower()
    if t in ("1", "yes", "y", "true", "da", "sì", "si", "ja", "oui", "sí"):
        return True
    if t in ("0", "no", "n", "false", "nu", "nein", "non"):
        return False
    return None


def import_csv(db: Database, path: Path, device_id: str) -> ImportReport:
    """Import online survey answers. Each row names its card; the card says the tour. A row already
    imported (same content) is skipped, so importing a file twice adds nothing."""
    raw = Path(path).read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    report = ImportReport()
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "card" not in header or "rating" not in header:
        raise ValidationErrors([ValidationError("file", "The file needs a header row with at least the columns "
                                                        "“card” and “rating”.")])
    reader.fieldnames = header
    with transaction(db) as s:
        cards = {c.code: c for c in s.scalars(select(FeedbackCard).where(FeedbackCard.deleted_at.is_(None)))}
        known = set(s.scalars(select(Feedback.import_key).where(Feedback.import_key.is_not(None))))
        zones = {ex.id: ex.venue.timezone for ex in repo.exhibitions(s)}
        for line, rec in enumerate(reader, start=2):
            rec = {k: (v or "").strip() for k, v in rec.items() if k}
            code = rec.get("card", "").upper().replace("-", "").replace(" ", "")
            card = cards.get(code)
            if not code:
                report.skipped.append((line, "no card code"))
                continue
            if card is None:
                report.skipped.append((line, f"unknown card: {code}"))
                continue
            try:
                rating = int(rec.get("rating", ""))
            except ValueError:
                report.skipped.append((line, f"rating not a number: {rec.get('rating', '')!r}"))
                continue
            submitted = rec.get("submitted_at", "")
            try:
                given = dt.datetime.fromisoformat(submitted.replace("Z", "+00:00")) if submitted else None
            except ValueError:
                report.skipped.append((line, f"unreadable date: {submitted!r}"))
                continue
            if given is not None and given.tzinfo is None:
                given = given.replace(tzinfo=dt.timezone.utc)
            key = hashlib.sha256("\x1f".join(rec.get(c, "") for c in IMPORT_COLUMNS).encode()
                                 + code.encode()).hexdigest()[:64]
            if key in known:
                report.skipped.append((line, "already imported"))
                continue
            tz = zones.get(card.exhibition_id, "UTC")
            draft = FeedbackDraft(exhibition_id=card.exhibition_id, session_id=card.session_id,
                                  day=local(given, tz).date() if given else dt.date.today(),
                                  method="smiley_5" if 1 <= rating <= 5 else "nps_11", rating=rating,
                                  one_word=rec.get("one_word", ""), comment=rec.get("comment", ""),
                                  language=rec.get("language", "").lower()[:2],
                                  age_band=rec.get("age_band") or None, first_visit=_bool(rec.get("first_visit", "")),
                                  country=rec.get("country", "").upper()[:2], source="online")
            errors = [p for p in validate(draft) if not p.warning]
            if errors:
                report.skipped.append((line, f"invalid: {errors[0].field}: {errors[0].message}"))
                continue
            if personal_data(draft.comment) or personal_data(draft.one_word):
                draft.comment = EMAIL.sub("[removed]", draft.comment)
                draft.comment = PHONE.sub("[removed]", draft.comment)
                draft.one_word = "" if personal_data(draft.one_word) else draft.one_word
            s.add(_row(draft, device_id, given_at=given, card_code=code, import_key=key))
            known.add(key)
            report.taken += 1
    return report
