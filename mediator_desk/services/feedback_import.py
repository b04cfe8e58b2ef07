"""Online survey answers from a CSV file: each row names its QR card, and the card says the tour.

The file is read twice as a stream (a first pass checks the text and the rating scale; the second imports),
and rows are committed in short batches, so a million rows need little memory and a counter on the same
database never waits. A visitor's words are never changed without the summary saying so."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from mediator_desk.db.database import Database, transaction
from mediator_desk.db.models import Exhibition, Feedback, FeedbackCard, Tour, Venue
from mediator_desk.enums import AgeBand
from mediator_desk.errors import ValidationError, ValidationErrors
from mediator_desk.services.changes import FEEDBACK, Changes
from mediator_desk.services.countries import country_code
from mediator_desk.services.feedback import (
    RATING_RANGE,
    FeedbackDraft,
    card_code,
    feedback_row,
    scrub,
    validate,
)
from mediator_desk.services.timeutil import local, zone

COLUMNS = ("card", "rating", "one_word", "comment", "language", "age_band", "first_visit", "country",
           "submitted_at", "method")
FIELD_LIMIT = 1_000_000  # characters in one field (csv's own default, 131,072, is below a long comment)
BATCH = 500
IMPORT_NAMESPACE = uuid.UUID("0b7f7d8e-3c55-4d3c-9a57-64c1d9e2a6f4")
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
YES = {"1", "yes", "y", "true", "da", "sì", "si", "ja", "oui", "sí"}
NO = {"0", "no", "n", "false", "nu", "nein", "non"}


@dataclass
class ImportReport:
    taken: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)
    changed: list[tuple[int, str]] = field(default_factory=list)  # (line number, what was changed)
    method: str = ""
    method_reason: str = ""

    def summary(self) -> str:
        reasons = Counter(reason.split(":")[0] for _, reason in self.skipped)
        detail = "; ".join(f"{n} {r}" for r, n in reasons.most_common())
        text = f"{self.taken} answer(s) imported, {len(self.skipped)} row(s) skipped" + (f" ({detail})" if detail
                                                                                       else "")
        if self.changed:
            text += f"; {len(self.changed)} answer(s) changed (contact data removed)"
        return text

    @property
    def changes(self) -> Changes:
        return Changes.of(FEEDBACK) if self.taken else Changes()


def _refuse(message: str) -> ValidationErrors:
    return ValidationErrors([ValidationError("file", message)])


def _codec(path: Path) -> str:
    with path.open("rb") as fh:
        start = fh.read(4)
    for bom, codec in BOMS:
        if start.startswith(bom):
            return codec
    return "utf-8"


def _lines(path: Path, codec: str) -> Iterator[str]:
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=codec, errors="strict", newline="") as text:
        yield from text


def _first_bad_line(path: Path, codec: str) -> int:
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="") as text:
        for number, line in enumerate(text, start=1):
            if "\ufffd" in line:
                return number
    return 1


@dataclass
class _Shape:
    dialect: type[csv.Dialect] | csv.Dialect
    header: list[str]
    ratings: Counter


def _check(path: Path, codec: str) -> _Shape:
    """The first pass: the file must be text (UTF-8, or UTF-16 with its byte-order mark) with the columns."""
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    sample = ""
    try:
        for line in _lines(path, codec):
            sample += line
            if len(sample) > 4096:
                break
    except UnicodeDecodeError:
        raise _refuse(f"Line {_first_bad_line(path, codec)} is not UTF-8 text. Save the file as “CSV UTF-8” (or "
                      "UTF-16 with a byte-order mark) and import it again. Nothing was imported.") from None
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    ratings: Counter = Counter()
    reader = csv.reader(_lines(path, codec), dialect)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if "card" not in header or "rating" not in header:
            raise _refuse("The file needs a header row with at least the columns “card” and “rating”.")
        rating_at = header.index("rating")
        for row in reader:
            if len(row) > rating_at:
                ratings[row[rating_at].strip()] += 1
    except UnicodeDecodeError:
        raise _refuse(f"Line {_first_bad_line(path, codec)} is not UTF-8 text (binary data?). Nothing was "
                      "imported.") from None
    except csv.Error as exc:
        raise _refuse(f"Line {reader.line_num}: {exc} — the file is not a readable CSV. Nothing was imported."
                      ) from None
    return _Shape(dialect, header, ratings)


def _file_method(shape: _Shape, method: str | None) -> tuple[str, str]:
    """The survey's scale, decided once for the whole file (never row by row)."""
    if "method" in shape.header:
        return "", "the file's method column"
    if method:
        if method not in RATING_RANGE:
            raise _refuse(f"“{method}” is not a rating scale (smiley_5, likert_5, nps_11 or yes_no).")
        return method, "chosen for the import"
    values = {int(v) for v in shape.ratings if v.lstrip("-").isdigit() and len(v) <= 4}  # a number, not a 5,000-digit one
    if values and (max(values) > 5 or 0 in values):
        return "nps_11", "some ratings are 0 or above 5, so the survey is read as 0–10"
    return "smiley_5", "every rating is between 1 and 5, so the survey is read as five smileys"


def _parse_time(text: str, tz: str) -> dt.datetime | None:
    """The moment an answer was given, in UTC; ValueError for a date that cannot be read or placed (the
    year 1 at +14:00, or 9999-12-31 at −12:00, lies outside what a date can hold once in UTC)."""
    if not text:
        return None
    given = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    if given.tzinfo is None:  # a time without a zone is the venue's local time
        given = given.replace(tzinfo=zone(tz))
    try:
        return given.astimezone(dt.timezone.utc)
    except OverflowError:
        raise ValueError("out of range") from None


def _bool(text: str) -> bool | None:
    t = text.strip().lower()
    if not t:
        return None
    if t in YES:
        return True
    if t in NO:
        return False
    raise ValueError(t)


@dataclass
class _Card:
    code: str
    exhibition_id: uuid.UUID
    session_id: uuid.UUID | None
    created_at: dt.datetime
    timezone: str
    region: str
    answers_allowed: int
    tour_start: dt.datetime | None


def _cards(s, codes: set[str]) -> dict[str, _Card]:
    q = (select(FeedbackCard.code, FeedbackCard.exhibition_id, FeedbackCard.session_id, FeedbackCard.created_at,
                Venue.timezone, Venue.country, Venue.answers_per_card, Tour.planned_start)
         .join(Exhibition, FeedbackCard.exhibition_id == Exhibition.id).join(Venue, Exhibition.venue_id == Venue.id)
         .outerjoin(Tour, FeedbackCard.session_id == Tour.id).where(FeedbackCard.code.in_(codes)))
    return {row[0]: _Card(*row) for row in s.execute(q)}


def import_csv(db: Database, path: Path, device_id: str, *, method: str | None = None,
               now: dt.datetime | None = None, progress: Callable[[int], None] | None = None,
               batch: int = BATCH) -> ImportReport:
    """Import online survey answers. A row already imported is skipped, so importing a file twice adds nothing;
    identical answers on different rows are different visitors and are all kept."""
    path = Path(path)
    codec = _codec(path)
    shape = _check(path, codec)
    report = ImportReport()
    report.method, report.method_reason = _file_method(shape, method)
    now = now or dt.datetime.now(dt.timezone.utc)
    occurrences: Counter = Counter()
    reader = csv.reader(_lines(path, codec), shape.dialect)
    next(reader, None)
    pending: list[tuple[int, int, dict[str, str]]] = []
    line = 1
    for row in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        pending.append((start, line, {name: (row[i] if i < len(row) else "").strip()
                                      for i, name in enumerate(shape.header) if name}))
        if len(pending) >= batch:
            _import_batch(db, pending, report, device_id, now, occurrences)
            pending = []
            if progress:
                progress(line)
    if pending:
        _import_batch(db, pending, report, device_id, now, occurrences)
    if progress:
        progress(line)
    return report


def _import_batch(db: Database, rows: list[tuple[int, int, dict[str, str]]], report: ImportReport, device_id: str,
                  now: dt.datetime, occurrences: Counter) -> None:
    keyed = []
    ends = {}
    for line, end, rec in rows:
        content = "\x1f".join(rec.get(c, "") for c in COLUMNS)
        occurrences[content] += 1
        digest = hashlib.sha256(f"{content}\x1e{occurrences[content]}".encode()).hexdigest()
        keyed.append((line, rec, card_code(rec.get("card", "")), digest))
        ends[line] = end
    with transaction(db) as s:
        cards = _cards(s, {code for _, _, code, _ in keyed if code})
        done = set(s.scalars(select(Feedback.import_key).where(Feedback.import_key.in_([k for *_, k in keyed]))
                             .execution_options(include_deleted=True)))
        used = Counter(dict(s.execute(select(Feedback.card_code, func.count()).where(
            Feedback.card_code.in_(list(cards))).group_by(Feedback.card_code)).all()))
        for line, rec, code, key in keyed:
            problem = _take(s, line, rec, code, key, cards, done, used, report, device_id, now)
            joined = ""
            if ends[line] > line:  # a quoted text with line breaks, or a quotation mark left open
                joined = (f"lines {line}–{ends[line]} were read as one row (a quotation mark on line {line} "
                          f"is closed only on line {ends[line]}, or never)")
            if problem:
                report.skipped.append((line, f"{joined}; {problem}" if joined else problem))
            elif joined:
                report.changed.append((line, joined))


def _take(s, line, rec, code, key, cards, done, used, report, device_id, now) -> str:
    """Store one row; returns why it was skipped ("" when it was taken)."""
    if not code:
        return "no card code"
    card = cards.get(code)
    if card is None:
        return f"unknown card: {code}"
    if key in done:
        return "already imported"
    if used[code] >= max(1, card.answers_allowed):
        return f"card already used: {code} (one answer per card)"
    method = rec.get("method", "").strip().lower() or report.method
    if method not in RATING_RANGE:
        return f"unknown method: {method}"
    text = rec.get("rating", "")
    try:
        rating = int(text) if len(text) <= 12 else None
    except ValueError:
        rating = None
    if rating is None:
        return f"rating not a number: {text if len(text) <= 40 else text[:40] + '…'!r}"
    low, high = RATING_RANGE[method]
    if not low <= rating <= high:
        return f"rating out of range: {rating} is not between {low} and {high}"
    try:
        given = _parse_time(rec.get("submitted_at", ""), card.timezone)
    except ValueError as exc:
        reason = "date out of range" if "range" in str(exc) else "unreadable date"
        return f"{reason}: {rec.get('submitted_at', '')!r}"
    if given is not None and given > now + dt.timedelta(days=1):
        return f"date in the future: {rec['submitted_at']}"
    if given is not None and given < card.created_at - dt.timedelta(days=1):
        return f"date before the card was printed: {rec['submitted_at']}"
    country = country_code(rec.get("country", ""))
    if country is None:
        return f"unknown country: {rec['country']}"
    try:
        first_visit = _bool(rec.get("first_visit", ""))
    except ValueError:
        return f"first_visit is not yes or no: {rec['first_visit']!r}"
    age = rec.get("age_band", "").replace("–", "-") or None
    if age and age not in AgeBand.values():
        return f"unknown age band: {age}"
    when = given or card.tour_start
    day = local(when, card.timezone).date() if when else local(now, card.timezone).date()
    comment, removed_comment = scrub(rec.get("comment", ""), card.region)
    word, removed_word = scrub(rec.get("one_word", ""), card.region)
    draft = FeedbackDraft(exhibition_id=card.exhibition_id, session_id=card.session_id, day=day, method=method,
                          rating=rating, one_word=word, comment=comment, language=rec.get("language", "").lower(),
                          age_band=age, first_visit=first_visit, country=country, source="online")
    errors = [p for p in validate(draft) if not p.warning]
    if errors:
        return f"invalid: {errors[0].field}: {errors[0].message}"
    for kinds, where in ((removed_comment, "comment"), (removed_word, "one word")):
        if kinds:
            what = " and ".join({"email": "an email address", "phone": "a phone number"}[k] for k in kinds)
            report.changed.append((line, f"{what} removed from the {where}"))
    s.add(feedback_row(draft, device_id, given_at=given, card_code=code, import_key=key,
               id=uuid.uuid5(IMPORT_NAMESPACE, key)))
    done.add(key)
    used[code] += 1
    report.taken += 1
    return ""
