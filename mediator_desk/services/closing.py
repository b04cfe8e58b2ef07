"""Closing the day: at closing time the mediator on duty reviews the day's figures for an exhibition and signs
them. A sign-off is an event that keeps a snapshot of the totals the signer saw; a day changed after it was
signed is allowed, and flagged wherever the day is shown; signing again after a change (an amendment) or
reopening the day says who and why.

Nothing here is ever edited: the events are append-only (a union by id when laptops meet, services/team), and
a day's state is derived from all of its events in one order that every laptop computes alike — by the time
each event was made, then its id. An event is always timed after every event of its day that its laptop had
seen (a laptop whose clock is behind still reopens *after* the signature it reopens). Two laptops that signed,
amended or reopened the same day apart therefore show the same state after they meet, whichever file came
first."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database, transaction
from mediator_desk.db.models import CountEvent, DayEvent, Exhibition, Feedback, Tour, VisitorGroup
from mediator_desk.enums import CountKind
from mediator_desk.errors import QT_TRANSLATE_NOOP, MissingRecordError, ValidationError, ValidationErrors
from mediator_desk.services.changes import DAY, Changes
from mediator_desk.services.timeutil import day_bounds, local, now_utc

SIGNED, AMENDED, REOPENED = "signed", "amended", "reopened"
ACTIONS = (SIGNED, AMENDED, REOPENED)
SIGNER_MAX, REASON_MAX = 200, 2000

RULES = {
    "signer_missing": QT_TRANSLATE_NOOP("rules", "Say who signs: the name of the mediator on duty."),
    "signer_too_long": QT_TRANSLATE_NOOP("rules", "A name is limited to {limit} characters."),
    "reason_too_long": QT_TRANSLATE_NOOP("rules", "The reason is limited to {limit} characters."),
    "future_day": QT_TRANSLATE_NOOP("rules", "{day} has not begun yet: a day is signed at its close."),
    "amend_reason": QT_TRANSLATE_NOOP(
        "rules", "The day was signed already and its figures have changed since: say why it is signed again."),
    "nothing_changed": QT_TRANSLATE_NOOP(
        "rules", "The day is signed already ({signer}) and nothing has changed since."),
    "reopen_reason": QT_TRANSLATE_NOOP("rules", "Say why the day is reopened."),
    "not_signed": QT_TRANSLATE_NOOP("rules", "The day is not signed: there is nothing to reopen."),
}


def _rule(field_name: str, rule: str, **params) -> ValidationError:
    return ValidationError.rule(field_name, RULES[rule], **params)


class Totals(NamedTuple):
    """The figures a sign-off vouches for: a later difference in any of them flags the signed day."""

    walk_ins: int = 0
    tours_held: int = 0
    participants: int = 0
    feedback: int = 0

    @classmethod
    def of(cls, snapshot: dict[str, Any]) -> Totals:
        return cls(*(int(snapshot.get(name) or 0) for name in cls._fields))


@dataclass(frozen=True)
class Review:
    """One exhibition's day as the signer reviews it."""

    exhibition_id: uuid.UUID
    day: dt.date
    totals: Totals
    tours_planned: int = 0
    by_category: tuple[tuple[str, int], ...] = ()  # in the categories' order
    by_hour: tuple[tuple[int, int], ...] = ()
    corrections: int = 0  # counts typed in by hand (with a note)
    undone: int = 0  # presses taken back

    def snapshot(self) -> dict[str, Any]:
        return {**self.totals._asdict(), "tours_planned": self.tours_planned,
                "by_category": dict(self.by_category), "by_hour": {str(h): n for h, n in self.by_hour},
                "corrections": self.corrections, "undone": self.undone}


@dataclass(frozen=True)
class Signing:
    """One event of a day: signed, amended or reopened."""

    id: uuid.UUID
    action: str
    at: dt.datetime
    signer: str
    reason: str
    snapshot: dict[str, Any]
    device: str

    @property
    def totals(self) -> Totals:
        return Totals.of(self.snapshot)

    @property
    def order(self) -> tuple[dt.datetime, str]:
        return self.at, self.id.hex


@dataclass(frozen=True)
class DayState:
    """A day's sign-off state, derived from its events (ordered by time, then id: the same on every laptop)."""

    exhibition_id: uuid.UUID
    day: dt.date
    events: tuple[Signing, ...] = ()

    @property
    def status(self) -> str:
        """"open" (never signed), "signed", or "reopened" (signed once, reopened since, not signed again)."""
        if not self.events:
            return "open"
        return REOPENED if self.events[-1].action == REOPENED else SIGNED

    @property
    def signed(self) -> bool:
        return self.status == SIGNED

    @property
    def last_signing(self) -> Signing | None:
        return next((e for e in reversed(self.events) if e.action != REOPENED), None)

    @property
    def amended(self) -> bool:
        """Reopened or signed again at least once."""
        return any(e.action in (AMENDED, REOPENED) for e in self.events)

    def changes(self, now: Totals) -> list[tuple[str, int, int]]:
        """What differs from the figures signed (a signed day only): (name, signed, now)."""
        signing = self.last_signing
        if not self.signed or signing is None:
            return []
        was = signing.totals
        return [(name, a, b) for name, a, b in zip(Totals._fields, was, now, strict=True) if a != b]


def derive(exhibition_id: uuid.UUID, day: dt.date, events: Iterable[Signing]) -> DayState:
    return DayState(exhibition_id, day, tuple(sorted(events, key=lambda e: e.order)))


# --- reading ------------------------------------------------------------------------------------

def _exhibition_zones(s: Session, exhibition_ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, str]:
    return {ex.id: ex.venue.timezone for ex in repo.exhibitions(s) if not exhibition_ids or ex.id in exhibition_ids}


def day_totals(s: Session, first: dt.date, last: dt.date,
               exhibition_ids: Sequence[uuid.UUID] | None = None) -> dict[tuple[uuid.UUID, dt.date], Totals]:
    """Each exhibition-day's totals over venue-local days first..last, in four grouped reads (a season's
    sign-off summary does not read the days one by one). Days with no figures are left out."""
    zones = _exhibition_zones(s, exhibition_ids)
    ids = list(zones)
    found: dict[tuple[uuid.UUID, dt.date], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    if not ids:
        return {}
    walk_ins = select(CountEvent.exhibition_id, CountEvent.local_date, func.sum(CountEvent.delta)).where(
        CountEvent.kind == CountKind.entry.value, CountEvent.local_date >= first, CountEvent.local_date <= last,
        CountEvent.exhibition_id.in_(ids)).group_by(CountEvent.exhibition_id, CountEvent.local_date)
    for ex, day, total in s.execute(walk_ins):
        found[(ex, day)][0] = int(total or 0)
    # Tours are filed under the day they were planned for, in their venue's zone (as the Today page shows them).
    widest = [day_bounds(first, last, tz) for tz in set(zones.values())]
    start, end = min(b[0] for b in widest), max(b[1] for b in widest)
    held = select(Tour.id, Tour.exhibition_id, Tour.planned_start).where(
        Tour.status.in_(repo.HELD_STATUSES), Tour.planned_start >= start, Tour.planned_start < end,
        Tour.exhibition_id.in_(ids))
    tour_day: dict[uuid.UUID, tuple[uuid.UUID, dt.date]] = {}
    for tour_id, ex, planned in s.execute(held):
        day = local(planned, zones[ex]).date()
        if first <= day <= last:
            tour_day[tour_id] = (ex, day)
            found[(ex, day)][1] += 1
    if tour_day:
        people = select(VisitorGroup.session_id, func.sum(repo.participants_expr)).join(
            Tour, VisitorGroup.session).where(
            Tour.status.in_(repo.HELD_STATUSES), Tour.planned_start >= start, Tour.planned_start < end,
            Tour.exhibition_id.in_(ids)).group_by(VisitorGroup.session_id)
        for tour_id, total in s.execute(people):
            if tour_id in tour_day:
                found[tour_day[tour_id]][2] += int(total or 0)
    answers = select(Feedback.exhibition_id, Feedback.day, func.count(Feedback.id)).where(
        Feedback.day >= first, Feedback.day <= last, Feedback.exhibition_id.in_(ids)).group_by(
        Feedback.exhibition_id, Feedback.day)
    for ex, day, total in s.execute(answers):
        found[(ex, day)][3] = int(total or 0)
    return {key: Totals(*values) for key, values in found.items() if any(values)}


def review(db: Database, exhibition_id: uuid.UUID, day: dt.date) -> Review:
    """The day's figures for one exhibition, as the signer reviews them."""
    with db.session() as s:
        ex = s.get(Exhibition, exhibition_id)
        if ex is None:
            raise MissingRecordError("This exhibition is no longer in the database.")
        tz = ex.venue.timezone
        totals = day_totals(s, day, day, [exhibition_id]).get((exhibition_id, day), Totals())
        start, end = day_bounds(day, day, tz)
        planned = repo.count_tours(s, start, end, [exhibition_id])
        names = repo.category_names(s)  # removed categories too: their presses keep their name
        by_category: dict[str, int] = {}
        counted = repo.walk_in_by_category(s, day, day, [exhibition_id])
        for cat_id in sorted(counted, key=lambda c: (names[c].position, names[c].name) if c in names else (999, "")):
            name = names[cat_id].name if cat_id in names else str(cat_id)
            by_category[name] = by_category.get(name, 0) + counted[cat_id]
        by_hour = sorted(repo.walk_in_by_hour(s, day, [exhibition_id]).items())
        base = select(func.count(CountEvent.id)).where(CountEvent.local_date == day,
                                                       CountEvent.exhibition_id == exhibition_id)
        corrections = int(s.scalar(base.where(CountEvent.note != "")) or 0)
        undone = int(s.scalar(base.where(CountEvent.undoes_id.is_not(None))) or 0)
    return Review(exhibition_id, day, totals, planned, tuple(by_category.items()), tuple(by_hour), corrections,
                  undone)


def _signing(row: DayEvent) -> Signing:
    return Signing(row.id, row.action, row.at, row.signer, row.reason, dict(row.snapshot or {}), row.device_id)


def states(s: Session, first: dt.date | None = None, last: dt.date | None = None,
           exhibition_ids: Sequence[uuid.UUID] | None = None) -> dict[tuple[uuid.UUID, dt.date], DayState]:
    """Every exhibition-day with sign-off events in first..last."""
    q = select(DayEvent)
    if first:
        q = q.where(DayEvent.day >= first)
    if last:
        q = q.where(DayEvent.day <= last)
    if exhibition_ids:
        q = q.where(DayEvent.exhibition_id.in_(list(exhibition_ids)))
    grouped: dict[tuple[uuid.UUID, dt.date], list[Signing]] = defaultdict(list)
    for row in s.scalars(q):
        grouped[(row.exhibition_id, row.day)].append(_signing(row))
    return {key: derive(key[0], key[1], events) for key, events in grouped.items()}


def day_state(db: Database, exhibition_id: uuid.UUID, day: dt.date) -> DayState:
    with db.session() as s:
        return states(s, day, day, [exhibition_id]).get((exhibition_id, day), DayState(exhibition_id, day))


# --- writing ------------------------------------------------------------------------------------

def _checked(signer: str, reason: str) -> tuple[str, str]:
    signer, reason = signer.strip(), reason.strip()
    problems = []
    if not signer:
        problems.append(_rule("signer", "signer_missing"))
    elif len(signer) > SIGNER_MAX:
        problems.append(_rule("signer", "signer_too_long", limit=SIGNER_MAX))
    if len(reason) > REASON_MAX:
        problems.append(_rule("reason", "reason_too_long", limit=REASON_MAX))
    if problems:
        raise ValidationErrors(problems)
    return signer, reason


def _venue_today(s: Session, exhibition_id: uuid.UUID, at: dt.datetime) -> dt.date:
    ex = s.get(Exhibition, exhibition_id)
    if ex is None:
        raise MissingRecordError("This exhibition is no longer in the database.")
    return local(at, ex.venue.timezone).date()


AFTER = dt.timedelta(milliseconds=1)


def _write(s: Session, state: DayState, action: str, at: dt.datetime, signer: str, reason: str,
           snapshot: dict[str, Any], device_id: str, mediator_id: uuid.UUID | None) -> uuid.UUID:
    """Append an event, timed after every event of the day seen here (the order the state is derived in)."""
    if state.events:
        at = max(at, state.events[-1].at + AFTER)
    exhibition_id, day = state.exhibition_id, state.day
    row = DayEvent(exhibition_id=exhibition_id, day=day, action=action, at=at, signer=signer, reason=reason,
                   snapshot=snapshot, device_id=device_id, mediator_id=mediator_id)
    s.add(row)
    s.flush()
    return row.id


def sign(db: Database, exhibition_id: uuid.UUID, day: dt.date, signer: str, device_id: str, *,
         reason: str = "", seen: Review | None = None, mediator_id: uuid.UUID | None = None,
         at: dt.datetime | None = None) -> tuple[uuid.UUID, Changes]:
    """Sign the day with the figures the signer reviewed (`seen`; read now when not given). A day signed already
    whose figures changed since is signed again as an amendment, which needs a reason; a reopened day signed
    again is an amendment too (its reason was given at the reopening)."""
    signer, reason = _checked(signer, reason)
    at = at or now_utc()
    seen = seen or review(db, exhibition_id, day)
    with transaction(db) as s:
        if day > _venue_today(s, exhibition_id, at):
            raise ValidationErrors([_rule("day", "future_day", day=day.isoformat())])
        state = states(s, day, day, [exhibition_id]).get((exhibition_id, day), DayState(exhibition_id, day))
        action = SIGNED if state.status == "open" else AMENDED
        if state.signed:
            signing = state.last_signing
            if not state.changes(seen.totals):
                raise ValidationErrors([_rule("day", "nothing_changed", signer=signing.signer if signing else "")])
            if not reason:
                raise ValidationErrors([_rule("reason", "amend_reason")])
        event_id = _write(s, state, action, at, signer, reason, seen.snapshot(), device_id, mediator_id)
    return event_id, Changes.of(DAY, ids=[event_id])


def reopen(db: Database, exhibition_id: uuid.UUID, day: dt.date, signer: str, reason: str, device_id: str, *,
           mediator_id: uuid.UUID | None = None, at: dt.datetime | None = None) -> tuple[uuid.UUID, Changes]:
    """Reopen a signed day (who and why are kept); it shows as reopened until it is signed again."""
    signer, reason = _checked(signer, reason)
    at = at or now_utc()
    with transaction(db) as s:
        _venue_today(s, exhibition_id, at)
        state = states(s, day, day, [exhibition_id]).get((exhibition_id, day), DayState(exhibition_id, day))
        if not state.signed:
            raise ValidationErrors([_rule("day", "not_signed")])
        if not reason:
            raise ValidationErrors([_rule("reason", "reopen_reason")])
        event_id = _write(s, state, REOPENED, at, signer, reason, {}, device_id, mediator_id)
    return event_id, Changes.of(DAY, ids=[event_id])


# --- a period's sign-offs, for the reports ------------------------------------------------------------

@dataclass(frozen=True)
class DayNote:
    """A day the reports list: amended, changed after signing, or left reopened."""

    exhibition_id: uuid.UUID
    day: dt.date
    kind: str  # "amended", "changed", "reopened"
    who: str = ""
    reason: str = ""
    changes: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True)
class SignOffSummary:
    days: int  # exhibition-days with figures or with sign-off events
    signed: int  # of them, signed now (amended ones included)
    notes: tuple[DayNote, ...] = ()

    def of_kind(self, kind: str) -> list[DayNote]:
        return [n for n in self.notes if n.kind == kind]


def summarize(totals: dict[tuple[uuid.UUID, dt.date], Totals],
              found: dict[tuple[uuid.UUID, dt.date], DayState]) -> SignOffSummary:
    """A period's sign-offs from its `day_totals` and its `states` (read once by the caller, who may need them
    too)."""
    keys = sorted(set(totals) | set(found), key=lambda k: (k[1], str(k[0])))
    signed = 0
    notes: list[DayNote] = []
    for key in keys:
        state = found.get(key)
        if state is None:
            continue
        if state.signed:
            signed += 1
        last_event = state.events[-1]
        if state.status == REOPENED:
            notes.append(DayNote(key[0], key[1], REOPENED, last_event.signer, last_event.reason))
            continue
        if state.amended:
            why = next((e for e in reversed(state.events) if e.action != SIGNED and e.reason), last_event)
            notes.append(DayNote(key[0], key[1], AMENDED, why.signer, why.reason))
        changed = state.changes(totals.get(key, Totals()))
        if changed:
            signing = state.last_signing
            notes.append(DayNote(key[0], key[1], "changed", signing.signer if signing else "", "", tuple(changed)))
    return SignOffSummary(len(keys), signed, tuple(notes))
