"""Walk-in counting: every press is an appended CountEvent, committed before it is acknowledged."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database, transaction
from mediator_desk.db.models import CountCategory, CountEvent, Exhibition, Mediator, Venue
from mediator_desk.enums import DEFAULT_CATEGORIES, WEEKDAYS, CountKind, CountMethod
from mediator_desk.errors import QT_TRANSLATE_NOOP, MissingRecordError, ValidationError
from mediator_desk.services.changes import CATEGORY, COUNT, Changes
from mediator_desk.services.timeutil import local_day_hour, now_utc, parse_hhmm, zone

MAX_CORRECTION = 5000
CATEGORY_NAMESPACE = uuid.UUID("6f1c7a52-0d0e-4bb5-9d0f-5a8c1b2f7e01")


@dataclass(frozen=True)
class CounterContext:
    """Where and how this laptop counts."""

    exhibition_id: uuid.UUID
    venue_tz: str
    device_id: str
    mediator_id: uuid.UUID | None = None
    method: str = CountMethod.clicker.value


@dataclass(frozen=True, slots=True)
class Press:
    """One stored count event, as the page needs it."""

    id: uuid.UUID
    category_id: uuid.UUID
    delta: int
    kind: str
    local_date: dt.date
    local_hour: int
    note: str = ""
    undoes_id: uuid.UUID | None = None

    @property
    def changes(self) -> Changes:
        return Changes.of(COUNT, ids=[self.id])


@dataclass
class CounterState:
    day: dt.date
    total: int = 0
    by_category: dict[uuid.UUID, int] = field(default_factory=dict)
    by_hour: dict[int, int] = field(default_factory=dict)
    inside: int = 0

    def hour_total(self, hour: int) -> int:
        return self.by_hour.get(hour, 0)

    def apply(self, event: Press) -> None:
        """Fold a just-committed event into the totals (no query needed)."""
        if event.local_date != self.day:
            return
        if event.kind == CountKind.exit.value:
            self.inside -= event.delta
            return
        self.inside += event.delta
        self.total += event.delta
        self.by_category[event.category_id] = self.by_category.get(event.category_id, 0) + event.delta
        self.by_hour[event.local_hour] = self.by_hour.get(event.local_hour, 0) + event.delta


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: uuid.UUID
    name: str
    key: str
    admission_type: str = "full"


@dataclass(frozen=True)
class CounterSetup:
    """What the Counter page needs to count for an exhibition today."""

    exhibition_id: uuid.UUID
    exhibition_title: str
    venue_id: uuid.UUID
    timezone: str
    day: dt.date
    categories: tuple[CategoryRow, ...]
    opening: tuple[int, int] | None  # today's opening hours as (first hour, hour after closing); None: closed


def default_category_id(venue_id: uuid.UUID, code: str) -> uuid.UUID:
    """Default categories get the same id on every laptop, so merging two laptops never doubles them."""
    return uuid.uuid5(CATEGORY_NAMESPACE, f"{venue_id}/{code}")


def opening_span(hours: Mapping[str, list[str]] | None, day: dt.date) -> tuple[int, int] | None:
    span = (hours or {}).get(WEEKDAYS[day.weekday()]) or []
    if len(span) != 2:
        return None
    start, end = parse_hhmm(span[0]), parse_hhmm(span[1])
    return start.hour, end.hour + (1 if end.minute else 0)


def counter_setup(db: Database, exhibition_id: uuid.UUID, now: dt.datetime) -> CounterSetup | None:
    """The exhibition, its venue's categories and today's opening hours; None if the exhibition (or its venue)
    is not in this database (any more)."""
    with db.session() as s:
        row = s.execute(select(Exhibition.title, Venue.id, Venue.timezone, Venue.opening_hours)
                        .join(Venue, Exhibition.venue_id == Venue.id).where(Exhibition.id == exhibition_id)).first()
        if row is None:
            return None
        title, venue_id, tz, hours = row
        cats = tuple(CategoryRow(c.id, c.name, c.key, c.admission_type) for c in repo.categories(s, venue_id))
    day, _hour = local_day_hour(now, tz)
    return CounterSetup(exhibition_id, title, venue_id, tz, day, cats, opening_span(hours, day))


def ensure_default_categories(db: Database, venue_id: uuid.UUID, names: Mapping[str, str],
                              device_id: str) -> Changes:
    """Create the default categories of a venue that has none, named in the interface's language."""
    with transaction(db) as s:
        if repo.categories(s, venue_id):
            return Changes()
        for position, (code, english, key, admission) in enumerate(DEFAULT_CATEGORIES):
            cid = default_category_id(venue_id, code)
            existing = s.get(CountCategory, cid, execution_options={"include_deleted": True})
            if existing is not None:  # removed earlier: the defaults come back as they were
                existing.deleted_at = None
                continue
            s.add(CountCategory(id=cid, venue_id=venue_id, code=code, name=names.get(code, english), key=key,
                                position=position, admission_type=admission.value, device_id=device_id))
    return Changes.of(CATEGORY, ids=[venue_id])


def _event(ctx: CounterContext, category_id: uuid.UUID, delta: int, kind: str, note: str,
           at: dt.datetime, day: dt.date | None = None, hour: int | None = None) -> dict:
    local_date, local_hour = local_day_hour(at, ctx.venue_tz)
    return {"id": uuid.uuid4(), "exhibition_id": ctx.exhibition_id, "category_id": category_id, "ts": at,
            "local_date": day or local_date, "local_hour": local_hour if hour is None else hour, "delta": delta,
            "kind": kind, "method": ctx.method, "mediator_id": ctx.mediator_id, "note": note,
            "device_id": ctx.device_id, "created_at": at, "updated_at": at, "deleted_at": None, "seq": None,
            "undoes_id": None}


def _press(values: dict) -> Press:
    return Press(values["id"], values["category_id"], values["delta"], values["kind"], values["local_date"],
                 values["local_hour"], values["note"], values["undoes_id"])


class PressWriter:
    """Appends this window's count events with the least work per press: one Core INSERT and a COMMIT.

    The laptop's running number (seq) is read once and then kept in memory; it never falls behind the clock's
    millisecond, so presses of any window (or a restored file) number in the order they happen. Undo cancels
    only presses made through this writer (this window), never another window's or another laptop's."""

    def __init__(self, db: Database, ctx: CounterContext) -> None:
        self.db, self.ctx = db, ctx
        self._seq: int | None = None
        self._insert = insert(CountEvent.__table__)
        self._mine: list[Press] = []  # plain presses made here that no undo has cancelled yet

    def write(self, values: dict) -> Press:
        try:
            with self.db.engine.begin() as conn:
                if self._seq is None:
                    self._seq = repo.next_seq(conn, self.ctx.device_id) - 1
                values["seq"] = max(self._seq + 1, repo.seq_now())  # in the order presses happen, window or not
                conn.execute(self._insert, values)
        except IntegrityError as exc:
            self._seq = None  # re-read after a failure
            raise self._missing(values) from exc
        except Exception:
            self._seq = None
            raise
        self._seq = values["seq"]
        return _press(values)

    def _missing(self, values: dict) -> MissingRecordError:
        """Name the record a failed press pointed at that this database does not hold."""
        with self.db.session() as s:
            checks = ((Exhibition, values["exhibition_id"], "the exhibition"),
                      (CountCategory, values["category_id"], "the count category"),
                      (Mediator, values["mediator_id"], "the mediator chosen under “I am”"))
            for model, record_id, what in checks:
                if record_id is not None and s.get(model, record_id) is None:
                    return MissingRecordError(f"Not counted: {what} is not in this database (any more). "
                                              "Choose again on the Today page.")
        return MissingRecordError("Not counted: the press refers to a record this database does not hold.")

    def press(self, category_id: uuid.UUID, *, kind: str = "entry", at: dt.datetime | None = None) -> Press:
        """Append one +1 event and commit it (synchronous=FULL: on disk when this returns)."""
        made = self.write(_event(self.ctx, category_id, 1, kind, "", at or now_utc()))
        self._mine.append(made)
        return made

    def undo(self, at: dt.datetime | None = None) -> Press | None:
        """Cancel the last press made here today with a −1 event that names it; None if there is none."""
        at = at or now_utc()
        day, _ = local_day_hour(at, self.ctx.venue_tz)
        while self._mine and self._mine[-1].local_date != day:
            self._mine.pop()
        if not self._mine:
            return None
        last = self._mine[-1]
        values = _event(self.ctx, last.category_id, -1, last.kind, "", at, day=last.local_date, hour=last.local_hour)
        values["undoes_id"] = last.id
        made = self.write(values)
        self._mine.pop()
        return made

    def correct(self, category_id: uuid.UUID, amount: int, note: str, hour: int, day: dt.date | None = None,
                at: dt.datetime | None = None) -> Press:
        """Add (or remove, with a negative amount) visitors for an hour of a day, with a note."""
        at = at or now_utc()
        today = at.astimezone(zone(self.ctx.venue_tz)).date()
        day = day or today
        validate_correction(amount, note, hour, day, today)
        values = _event(self.ctx, category_id, amount, CountKind.entry.value, note.strip(), at, day=day, hour=hour)
        if self.ctx.method == CountMethod.clicker.value:
            values["method"] = CountMethod.manual_tally.value
        return self.write(values)


def record_press(db: Database, ctx: CounterContext, category_id: uuid.UUID, *, kind: str = "entry",
                 at: dt.datetime | None = None) -> Press:
    """One press outside a counter page (imports, scripts): see PressWriter."""
    return PressWriter(db, ctx).press(category_id, kind=kind, at=at)


RULES = {
    "zero_correction": QT_TRANSLATE_NOOP("rules", "Enter a number of visitors to add or remove (not 0)."),
    "correction_too_large": QT_TRANSLATE_NOOP("rules", "A correction is limited to ±{limit} visitors."),
    "note_missing": QT_TRANSLATE_NOOP("rules", "Say why the count is corrected (for example: paper tally 14:00–15:00)."),
    "bad_hour": QT_TRANSLATE_NOOP("rules", "The hour must be between 0 and 23."),
    "future_day": QT_TRANSLATE_NOOP("rules", "A correction cannot be made for a day that has not happened yet."),
    "no_categories": QT_TRANSLATE_NOOP("rules", "Keep at least one count category."),
    "name_missing": QT_TRANSLATE_NOOP("rules", "Row {row}: every category needs a name."),
    "name_too_long": QT_TRANSLATE_NOOP("rules", "Row {row}: a category name is limited to 100 characters."),
    "name_twice": QT_TRANSLATE_NOOP("rules", "Row {row}: the name “{name}” is used twice."),
    "key_reserved": QT_TRANSLATE_NOOP("rules", "Row {row}: {key} is kept for undoing the last press."),
    "key_is_exit": QT_TRANSLATE_NOOP("rules", "Row {row}: {key} is the “visitor left” key of occupancy mode."),
    "key_twice": QT_TRANSLATE_NOOP("rules", "Row {row}: the key {key} already counts “{other}”."),
}


def _rule(field_name: str, rule: str, **params) -> ValidationError:
    return ValidationError.rule(field_name, RULES[rule], **params)


def validate_correction(amount: int, note: str, hour: int, day: dt.date, today: dt.date) -> None:
    if amount == 0:
        raise _rule("amount", "zero_correction")
    if abs(amount) > MAX_CORRECTION:
        raise _rule("amount", "correction_too_large", limit=MAX_CORRECTION)
    if not note.strip():
        raise _rule("note", "note_missing")
    if not 0 <= hour <= 23:
        raise _rule("hour", "bad_hour")
    if day > today:
        raise _rule("day", "future_day")


def counter_state(db: Database, ctx: CounterContext, day: dt.date, *, this_device_only: bool) -> CounterState:
    device = ctx.device_id if this_device_only else None
    with db.session() as s:
        by_cat = repo.walk_in_by_category(s, day, day, [ctx.exhibition_id], device)
        by_hour = repo.walk_in_by_hour(s, day, [ctx.exhibition_id], device)
        inside = repo.occupancy(s, day, ctx.exhibition_id, device)
    return CounterState(day=day, total=sum(by_cat.values()), by_category=by_cat, by_hour=by_hour, inside=inside)


@dataclass(frozen=True, slots=True)
class AuditRow:
    """An undo or a correction, as the audit list shows it."""

    at: dt.datetime  # venue-local time it was made
    delta: int
    category: str
    hour: int
    note: str  # "" for the undo of a press


def audit(db: Database, setup: CounterSetup, device_id: str, limit: int = 200) -> list[AuditRow]:
    """This laptop's undo presses and corrections of the day, newest first."""
    names = {c.id: c.name for c in setup.categories}
    with db.session() as s:
        events = repo.corrections(s, setup.day, setup.exhibition_id, device_id, limit)
    tz = zone(setup.timezone)
    return [AuditRow(e.ts.astimezone(tz), e.delta, names.get(e.category_id, "?"), e.local_hour, e.note) for e in events]


RESERVED_KEYS = {"Backspace": "undo", "Ctrl+Z": "undo"}


@dataclass
class CategoryEdit:
    """One row of the category editor: id None for a new category."""

    id: uuid.UUID | None
    name: str
    key: str
    admission_type: str = "full"


def validate_categories(rows: list[CategoryEdit], exit_key: str = "") -> None:
    if not rows:
        raise _rule("categories", "no_categories")
    seen_names: set[str] = set()
    seen_keys: dict[str, str] = {}
    for i, row in enumerate(rows, start=1):
        name = row.name.strip()
        if not name:
            raise _rule("name", "name_missing", row=i)
        if len(name) > 100:
            raise _rule("name", "name_too_long", row=i)
        if name.casefold() in seen_names:
            raise _rule("name", "name_twice", row=i, name=name)
        seen_names.add(name.casefold())
        key = row.key.strip()
        if key in RESERVED_KEYS:
            raise _rule("key", "key_reserved", row=i, key=key)
        if key and exit_key and key == exit_key:
            raise _rule("key", "key_is_exit", row=i, key=key)
        if key and key in seen_keys:
            raise _rule("key", "key_twice", row=i, key=key, other=seen_keys[key])
        if key:
            seen_keys[key] = name


def save_categories(db: Database, venue_id: uuid.UUID, rows: list[CategoryEdit], device_id: str,
                    exit_key: str = "") -> Changes:
    """Rename, re-key, reorder, add and (softly) remove categories; counted events keep their category."""
    validate_categories(rows, exit_key)
    with transaction(db) as s:
        existing = {c.id: c for c in repo.categories(s, venue_id)}
        kept = set()
        for position, row in enumerate(rows):
            cat = existing.get(row.id) if row.id else None
            if cat is None:
                code = row.name.strip().casefold().replace(" ", "_")[:32]
                cat = CountCategory(venue_id=venue_id, code=code, device_id=device_id)
                s.add(cat)
            cat.name, cat.key, cat.position = row.name.strip(), row.key.strip(), position
            cat.admission_type = row.admission_type
            kept.add(cat.id)
        for cat_id, cat in existing.items():
            if cat_id not in kept:
                cat.deleted_at = now_utc()
    return Changes.of(CATEGORY, COUNT, ids=[venue_id])
