"""Walk-in counting: every press is an appended CountEvent, committed before it is acknowledged."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import insert
from sqlalchemy.orm import Session

from mediator_desk.db import repositories as repo
from mediator_desk.db.engine import Database, transaction
from mediator_desk.db.enums import DEFAULT_CATEGORIES, CountKind, CountMethod
from mediator_desk.db.models import CountCategory, CountEvent, Venue
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from mediator_desk.services.timeutil import local_day_hour, now_utc, zone

MAX_CORRECTION = 5000


@dataclass(frozen=True)
class CounterContext:
    """Where and how this laptop counts."""

    exhibition_id: uuid.UUID
    venue_tz: str
    device_id: str
    mediator_id: uuid.UUID | None = None
    method: str = CountMethod.clicker.value


@dataclass
class CounterState:
    day: dt.date
    total: int = 0
    by_category: dict[uuid.UUID, int] = field(default_factory=dict)
    by_hour: dict[int, int] = field(default_factory=dict)
    inside: int = 0

    def hour_total(self, hour: int) -> int:
        return self.by_hour.get(hour, 0)

    def apply(self, event: CountEvent) -> None:
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


def ensure_default_categories(s: Session, venue: Venue, device_id: str = "") -> list[CountCategory]:
    existing = list(repo.categories(s, venue.id))
    if existing:
        return existing
    made = [CountCategory(venue_id=venue.id, code=code, name=name, key=key, position=i,
                          admission_type=adm.value, device_id=device_id)
            for i, (code, name, key, adm) in enumerate(DEFAULT_CATEGORIES)]
    s.add_all(made)
    s.flush()
    return made


def _event(ctx: CounterContext, category_id: uuid.UUID, delta: int, kind: str, note: str,
           at: dt.datetime, day: dt.date | None = None, hour: int | None = None) -> CountEvent:
    local_date, local_hour = local_day_hour(at, ctx.venue_tz)
    return CountEvent(id=uuid.uuid4(), exhibition_id=ctx.exhibition_id, category_id=category_id, ts=at,
                      local_date=day or local_date, local_hour=local_hour if hour is None else hour,
                      delta=delta, kind=kind, method=ctx.method, mediator_id=ctx.mediator_id, note=note,
                      device_id=ctx.device_id, created_at=at, updated_at=at)


class PressWriter:
    """Appends this laptop's count events with the least work per press: one Core INSERT and a COMMIT.

    The laptop's running number (seq) is read once and then kept in memory."""

    def __init__(self, db: Database, ctx: CounterContext) -> None:
        self.db, self.ctx = db, ctx
        self._seq: int | None = None
        self._insert = insert(CountEvent.__table__)
        self._columns = [c.key for c in CountEvent.__table__.columns]

    def write(self, event: CountEvent) -> CountEvent:
        try:
            with self.db.engine.begin() as conn:
                if self._seq is None:
                    self._seq = repo.next_seq(Session(bind=conn), self.ctx.device_id) - 1
                event.seq = self._seq + 1
                conn.execute(self._insert, {k: getattr(event, k) for k in self._columns})
        except Exception:
            self._seq = None  # re-read after a failure
            raise
        self._seq = event.seq
        return event

    def press(self, category_id: uuid.UUID, *, kind: str = "entry", at: dt.datetime | None = None) -> CountEvent:
        """Append one +1 event and commit it (synchronous=FULL: on disk when this returns)."""
        return self.write(_event(self.ctx, category_id, 1, kind, "", at or now_utc()))

    def undo(self, at: dt.datetime | None = None) -> CountEvent | None:
        """Cancel this laptop's last press of the day with a −1 event that names it; None if none."""
        at = at or now_utc()
        day, _ = local_day_hour(at, self.ctx.venue_tz)
        with self.db.session() as s:
            last = repo.last_press(s, self.ctx.exhibition_id, self.ctx.device_id, day)
        if last is None:
            return None
        event = _event(self.ctx, last.category_id, -1, last.kind, "", at, day=last.local_date, hour=last.local_hour)
        event.undoes_id = last.id
        return self.write(event)

    def correct(self, category_id: uuid.UUID, amount: int, note: str, hour: int, day: dt.date | None = None,
                at: dt.datetime | None = None) -> CountEvent:
        """Add (or remove, with a negative amount) visitors for an hour of a day, with a note."""
        at = at or now_utc()
        today = at.astimezone(zone(self.ctx.venue_tz)).date()
        day = day or today
        validate_correction(amount, note, hour, day, today)
        event = _event(self.ctx, category_id, amount, CountKind.entry.value, note.strip(), at, day=day, hour=hour)
        if self.ctx.method == CountMethod.clicker.value:
            event.method = CountMethod.manual_tally.value
        return self.write(event)


def record_press(db: Database, ctx: CounterContext, category_id: uuid.UUID, *, kind: str = "entry",
                 at: dt.datetime | None = None) -> CountEvent:
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
                    exit_key: str = "") -> None:
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
