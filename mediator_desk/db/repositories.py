"""Queries that more than one service reads, or that read at season scale. Every function takes an open Session
(or Connection).

The rule, as the code keeps it: SQL is built in `db/` and `services/` only — never in a view (a test imports every
view module and checks). A query that one service alone needs may stay in that service; once a second one needs
it, it moves here. Soft-deleted rows are left out by the session hook (db/hooks.py), not here. Lists read at season scale
come back as small named rows decoded by `RawDecoder`, without ORM objects or per-row type processing."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Select, String, case, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from mediator_desk.db.models import (
    CountCategory,
    CountEvent,
    Exhibition,
    Feedback,
    Mediator,
    PartnerOrganisation,
    Programme,
    Tour,
    TourMediator,
    Venue,
    VisitorGroup,
    Voucher,
)
from mediator_desk.enums import AGE_COLUMNS, CountKind

HELD_STATUSES = ("done", "in_progress")


# --- reference data -------------------------------------------------------------------------------

def venues(s: Session) -> Sequence[Venue]:
    return s.scalars(select(Venue).order_by(Venue.name)).all()


def exhibitions(s: Session, *, venue_id: uuid.UUID | None = None) -> Sequence[Exhibition]:
    q = select(Exhibition).join(Venue, Exhibition.venue_id == Venue.id).options(selectinload(Exhibition.venue))
    if venue_id:
        q = q.where(Exhibition.venue_id == venue_id)
    return s.scalars(q.order_by(Exhibition.start_date.desc(), Exhibition.title)).all()


def mediators(s: Session, *, active_only: bool = False) -> Sequence[Mediator]:
    q = select(Mediator)
    if active_only:
        q = q.where(Mediator.active.is_(True))
    return s.scalars(q.order_by(Mediator.display_name)).all()


def programmes(s: Session) -> Sequence[Programme]:
    return s.scalars(select(Programme).order_by(Programme.name)).all()


def partners(s: Session) -> Sequence[PartnerOrganisation]:
    return s.scalars(select(PartnerOrganisation).order_by(PartnerOrganisation.name)).all()


def vouchers(s: Session) -> Sequence[Voucher]:
    return s.scalars(select(Voucher).order_by(Voucher.code)).all()


def categories(s: Session, venue_id: uuid.UUID) -> Sequence[CountCategory]:
    return s.scalars(select(CountCategory).where(CountCategory.venue_id == venue_id)
                     .order_by(CountCategory.position)).all()


def category_names(s: Session) -> dict[uuid.UUID, CountCategory]:
    """Every category ever used, removed ones too: counted events keep their category's name."""
    return {c.id: c for c in s.scalars(select(CountCategory).execution_options(include_deleted=True))}


# --- walk-in counts -------------------------------------------------------------------------------

def _count_filter(q: Select, date_from: dt.date | None, date_to: dt.date | None,
                  exhibition_ids: Sequence[uuid.UUID] | None, device_id: str | None = None) -> Select:
    q = q.where(CountEvent.kind == CountKind.entry.value)
    if date_from:
        q = q.where(CountEvent.local_date >= date_from)
    if date_to:
        q = q.where(CountEvent.local_date <= date_to)
    if exhibition_ids:
        q = q.where(CountEvent.exhibition_id.in_(exhibition_ids))
    if device_id:
        q = q.where(CountEvent.device_id == device_id)
    return q


def walk_in_total(s: Session, date_from=None, date_to=None, exhibition_ids=None, device_id=None) -> int:
    q = _count_filter(select(func.coalesce(func.sum(CountEvent.delta), 0)), date_from, date_to,
                      exhibition_ids, device_id)
    return int(s.scalar(q) or 0)


def walk_in_by_category(s: Session, date_from=None, date_to=None, exhibition_ids=None,
                        device_id=None) -> dict[uuid.UUID, int]:
    q = _count_filter(select(CountEvent.category_id, func.sum(CountEvent.delta)), date_from, date_to,
                      exhibition_ids, device_id).group_by(CountEvent.category_id)
    return {cid: int(total) for cid, total in s.execute(q)}


def walk_in_by_day(s: Session, date_from=None, date_to=None, exhibition_ids=None) -> dict[dt.date, int]:
    q = _count_filter(select(CountEvent.local_date, func.sum(CountEvent.delta)), date_from, date_to,
                      exhibition_ids).group_by(CountEvent.local_date).order_by(CountEvent.local_date)
    return {day: int(total) for day, total in s.execute(q)}


def walk_in_by_hour(s: Session, day: dt.date, exhibition_ids=None, device_id=None,
                    category_id: uuid.UUID | None = None) -> dict[int, int]:
    q = _count_filter(select(CountEvent.local_hour, func.sum(CountEvent.delta)), day, day, exhibition_ids,
                      device_id)
    if category_id:
        q = q.where(CountEvent.category_id == category_id)
    q = q.group_by(CountEvent.local_hour)
    return {int(h): int(t) for h, t in s.execute(q)}


@dataclass(frozen=True, slots=True)
class CountAggregate:
    day: dt.date
    hour: int
    category_id: uuid.UUID
    method: str
    total: int


def walk_in_aggregate(s: Session, date_from=None, date_to=None, exhibition_ids=None) -> list[CountAggregate]:
    """Totals per day, hour, category and method: the one scan reports build on."""
    q = _count_filter(select(CountEvent.local_date, CountEvent.local_hour, CountEvent.category_id,
                             CountEvent.method, func.sum(CountEvent.delta)), date_from, date_to, exhibition_ids)
    q = q.group_by(CountEvent.local_date, CountEvent.local_hour, CountEvent.category_id, CountEvent.method)
    return [CountAggregate(d, int(h), c, m, int(t)) for d, h, c, m, t in s.execute(q)]


def occupancy(s: Session, day: dt.date, exhibition_id: uuid.UUID, device_id: str | None = None) -> int:
    """Visitors inside now: entries minus exits of the day."""
    sign = case((CountEvent.kind == CountKind.exit.value, -CountEvent.delta), else_=CountEvent.delta)
    q = select(func.coalesce(func.sum(sign), 0)).where(CountEvent.local_date == day,
                                                       CountEvent.exhibition_id == exhibition_id)
    if device_id:
        q = q.where(CountEvent.device_id == device_id)
    return int(s.scalar(q) or 0)


def corrections(s: Session, day: dt.date, exhibition_id: uuid.UUID, device_id: str | None = None,
                limit: int = 200) -> Sequence[CountEvent]:
    """Undo presses and corrections of the day (any event that is not a plain +1 press)."""
    q = select(CountEvent).where(CountEvent.local_date == day, CountEvent.exhibition_id == exhibition_id,
                                 (CountEvent.delta != 1) | (CountEvent.note != ""))
    if device_id:
        q = q.where(CountEvent.device_id == device_id)
    return s.scalars(q.order_by(CountEvent.ts.desc()).limit(limit)).all()


SEQ_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)


def next_seq(conn, device_id: str, now: dt.datetime | None = None) -> int:
    """This laptop's next running number for a press (a Session or a Core Connection): one more than its last,
    and never below the millisecond it is now (since 2020). A counter that starts in a file restored from a
    backup, or in a copy, so never reuses a number given to a press that already went to another laptop — the
    numbers grow with time — while the presses of one window still follow each other."""
    last = int(conn.scalar(select(func.coalesce(func.max(CountEvent.seq), 0)).where(
        CountEvent.device_id == device_id)) or 0)
    return max(last + 1, seq_now(now))


def seq_now(now: dt.datetime | None = None) -> int:
    """The millisecond it is (since 2020): the floor of a press's running number."""
    return int(((now or dt.datetime.now(dt.timezone.utc)) - SEQ_EPOCH).total_seconds() * 1000)


# --- sessions and groups --------------------------------------------------------------------------

participants_expr = sum((getattr(VisitorGroup, c) for c in AGE_COLUMNS[1:]), getattr(VisitorGroup, AGE_COLUMNS[0]))


def _tour_filter(q: Select, start: dt.datetime | None, end: dt.datetime | None,
                    exhibition_ids: Sequence[uuid.UUID] | None, only: Sequence[uuid.UUID] | None = None) -> Select:
    if only is not None:
        q = q.where(Tour.id.in_(list(only)))
    if start:
        q = q.where(Tour.planned_start >= start)
    if end:
        q = q.where(Tour.planned_start < end)
    if exhibition_ids:
        q = q.where(Tour.exhibition_id.in_(exhibition_ids))
    return q


def count_tours(s: Session, start=None, end=None, exhibition_ids=None) -> int:
    return int(s.scalar(_tour_filter(select(func.count(Tour.id)), start, end, exhibition_ids)) or 0)


def tours_held(s: Session, start=None, end=None, exhibition_ids=None) -> int:
    q = _tour_filter(select(func.count(Tour.id)), start, end, exhibition_ids)
    return int(s.scalar(q.where(Tour.status.in_(HELD_STATUSES))) or 0)


def participants_total(s: Session, start=None, end=None, exhibition_ids=None) -> int:
    q = select(func.coalesce(func.sum(participants_expr), 0)).join(Tour, VisitorGroup.session)
    q = _tour_filter(q, start, end, exhibition_ids).where(Tour.status.in_(HELD_STATUSES))
    return int(s.scalar(q) or 0)


def tours_between(s: Session, start: dt.datetime | None, end: dt.datetime | None,
                     exhibition_ids: Sequence[uuid.UUID] | None = None) -> Sequence[Tour]:
    """Tours with their groups, team (mediators), exhibition, programme and the groups' partners loaded."""
    q = _tour_filter(select(Tour), start, end, exhibition_ids).options(
        selectinload(Tour.groups).selectinload(VisitorGroup.partner),
        selectinload(Tour.mediator_links).selectinload(TourMediator.mediator),
        selectinload(Tour.exhibition), selectinload(Tour.programme))
    return s.scalars(q.order_by(Tour.planned_start)).all()


def vouchers_by_group(s: Session, group_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The voucher codes each group redeemed, in one query for any number of groups."""
    out: dict[uuid.UUID, list[str]] = {}
    if not group_ids:
        return out
    for start in range(0, len(group_ids), 500):
        for gid, code in s.execute(select(Voucher.redeemed_by_group_id, Voucher.code)
                                   .where(Voucher.redeemed_by_group_id.in_(group_ids[start:start + 500]))
                                   .order_by(Voucher.code)):
            out.setdefault(gid, []).append(code)
    return out


class RawDecoder:
    """Columns read without SQLAlchemy's per-row type processing (3x the query's cost at season scale), decoded
    here once: ids (each distinct one decoded once), UTC times, dates and JSON lists."""

    def __init__(self) -> None:
        self._ids: dict = {}
        self._json: dict = {}

    @staticmethod
    def raw(col):
        return type_coerce(col, String)

    def uuid(self, value) -> uuid.UUID | None:
        if value is None:
            return None
        found = self._ids.get(value)
        if found is None:
            found = self._ids[value] = value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)
        return found

    @staticmethod
    def utc(value) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            return dt.datetime.fromisoformat(value + "+00:00")  # stored as naive UTC text: one parse, no replace
        return value.replace(tzinfo=dt.timezone.utc)

    @staticmethod
    def date(value) -> dt.date | None:
        if value is None or isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(value)

    def json_list(self, value) -> list:
        if value is None:
            return []
        if not isinstance(value, str):
            return list(value)
        found = self._json.get(value)
        if found is None:
            found = self._json[value] = json.loads(value)
        return found


class TourListRow(NamedTuple):
    key: str  # the tour's id as stored (hex): made a UUID only where a row is opened
    planned_start: dt.datetime
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    exhibition_id: uuid.UUID
    exhibition: str
    timezone: str
    format: str
    languages: list[str]
    expected_size: int | None
    status: str


@dataclass(frozen=True, slots=True)
class TeamMember:
    mediator_key: str  # the mediator's id as stored (hex)
    name: str
    is_lead: bool


@dataclass(frozen=True, slots=True)
class TourList:
    """A season's tours for a table, keyed by the ids as stored (hex text): at season scale, turning every id
    of four queries into a UUID object was a third of a page's opening."""
    sessions: list[TourListRow]
    totals: dict[str, tuple[int, int]]  # tour key -> (participants, groups)
    team: dict[str, list[TeamMember]]  # tour key -> members, the lead first
    partners: dict[str, list[str]]  # tour key -> the groups' partner organisations


def _key(value) -> str:
    """An id as it is stored, from what the driver returns (hex text on SQLite, a UUID on PostgreSQL)."""
    return value.hex if isinstance(value, uuid.UUID) else value


def tour_list(s: Session, start: dt.datetime | None = None, end: dt.datetime | None = None,
              exhibition_ids: Sequence[uuid.UUID] | None = None,
              only: Sequence[uuid.UUID] | None = None) -> TourList:
    """Flat rows for tour tables, in four set-based queries (no ORM objects: fast at season scale); `only`:
    just these tours (a page redrawing the rows an operation changed)."""
    d = RawDecoder()
    run = s.execute  # through the ORM session: its rules (deleted rows left out) apply
    raw = d.raw
    q = _tour_filter(select(raw(Tour.id), raw(Tour.planned_start), raw(Tour.actual_start),
                            raw(Tour.actual_end), raw(Tour.exhibition_id), Exhibition.title,
                            Venue.timezone, Tour.format, raw(Tour.languages),
                            Tour.expected_size, Tour.status)
                     .join(Exhibition, Tour.exhibition_id == Exhibition.id)
                     .join(Venue, Exhibition.venue_id == Venue.id), start, end, exhibition_ids, only)
    utc = d.utc
    sessions = [TourListRow(_key(sid), utc(planned), a_start and utc(a_start), a_end and utc(a_end), d.uuid(ex),
                            title, tz, fmt, d.json_list(langs), expected, status)
                for sid, planned, a_start, a_end, ex, title, tz, fmt, langs, expected, status
                in run(q.order_by(Tour.planned_start)).all()]
    ids = _tour_filter(select(Tour.id), start, end, exhibition_ids, only).scalar_subquery()
    totals = {_key(sid): (int(people or 0), int(n)) for sid, people, n in run(
        select(raw(VisitorGroup.session_id), func.sum(participants_expr), func.count(VisitorGroup.id))
        .where(VisitorGroup.session_id.in_(ids)).group_by(VisitorGroup.session_id)).all()}
    team: dict[str, list[TeamMember]] = {}
    for sid, mid, name, lead in run(
            select(raw(TourMediator.session_id), raw(TourMediator.mediator_id), Mediator.display_name,
                   TourMediator.is_lead)
            .join(Mediator, TourMediator.mediator_id == Mediator.id)
            .where(TourMediator.session_id.in_(ids)).order_by(TourMediator.is_lead.desc(), Mediator.display_name)).all():
        team.setdefault(_key(sid), []).append(TeamMember(_key(mid), name, bool(lead)))
    partners: dict[str, list[str]] = {}
    for sid, name in run(
            select(raw(VisitorGroup.session_id), PartnerOrganisation.name).distinct()
            .join(PartnerOrganisation, VisitorGroup.partner_id == PartnerOrganisation.id)
            .where(VisitorGroup.session_id.in_(ids))).all():
        partners.setdefault(_key(sid), []).append(name)
    return TourList(sessions, totals, team, partners)


def running_tour(s: Session, exhibition_id: uuid.UUID | None, now: dt.datetime) -> uuid.UUID | None:
    """The tour in progress at `now` (the latest started) for the exhibition, if any."""
    q = select(Tour.id).where(Tour.status == "in_progress", Tour.actual_start <= now,
                                     Tour.actual_end.is_(None),
                                     Tour.actual_start > now - dt.timedelta(hours=12))
    if exhibition_id:
        q = q.where(Tour.exhibition_id == exhibition_id)
    return s.scalars(q.order_by(Tour.actual_start.desc()).limit(1)).first()


# --- feedback -------------------------------------------------------------------------------------

def feedback_count(s: Session, date_from=None, date_to=None, exhibition_ids=None) -> int:
    q = select(func.count(Feedback.id))
    if date_from:
        q = q.where(Feedback.day >= date_from)
    if date_to:
        q = q.where(Feedback.day <= date_to)
    if exhibition_ids:
        q = q.where(Feedback.exhibition_id.in_(exhibition_ids))
    return int(s.scalar(q) or 0)


class FeedbackListRow(NamedTuple):
    key: str  # the answer's id as stored (hex)
    day: dt.date
    exhibition: str
    session_start: dt.datetime | None  # UTC
    session_format: str
    timezone: str
    method: str
    rating: int | None
    one_word: str
    comment: str
    language: str
    outcomes: list[str]
    source: str
    session_key: str | None  # the tour's id as stored (hex), if the answer belongs to one


def feedback_rows(s: Session, first: dt.date | None = None, last: dt.date | None = None,
                  exhibition_id: uuid.UUID | None = None, session_id: uuid.UUID | None = None,
                  method: str | None = None, rating: int | None = None, language: str | None = None,
                  limit: int = 50000) -> list[FeedbackListRow]:
    """Feedback as plain rows, newest first. No ORM objects: a season holds 20,000 answers."""
    d = RawDecoder()
    raw = d.raw
    q = (select(raw(Feedback.id), raw(Feedback.day), Exhibition.title, raw(Tour.planned_start),
                Tour.format, Venue.timezone, Feedback.method, Feedback.rating, Feedback.one_word,
                Feedback.comment, Feedback.language, raw(Feedback.outcomes), Feedback.source,
                raw(Feedback.session_id))
         .join(Exhibition, Feedback.exhibition_id == Exhibition.id).join(Venue, Exhibition.venue_id == Venue.id)
         .outerjoin(Tour, Feedback.session_id == Tour.id))
    for column, value in ((Feedback.exhibition_id, exhibition_id), (Feedback.session_id, session_id),
                          (Feedback.method, method), (Feedback.language, language)):
        if value:
            q = q.where(column == value)
    if first:
        q = q.where(Feedback.day >= first)
    if last:
        q = q.where(Feedback.day <= last)
    if rating is not None:
        q = q.where(Feedback.rating == rating)
    return [FeedbackListRow(_key(fid), d.date(day), title, planned and d.utc(planned), fmt or "", tz, meth, rate,
                            word, comment, lang, d.json_list(outcomes), source, sid and _key(sid))
            for (fid, day, title, planned, fmt, tz, meth, rate, word, comment, lang, outcomes, source, sid)
            in s.execute(q.order_by(Feedback.day.desc(), Feedback.given_at.desc()).limit(limit)).all()]
