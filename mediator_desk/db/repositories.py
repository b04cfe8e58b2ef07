"""Queries: the only place that builds SQL. Every function takes an open Session."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence

from sqlalchemy import Select, String, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased, selectinload

from mediator_desk.db.enums import AGE_COLUMNS, CountKind
from mediator_desk.db.models import (
    CountCategory,
    CountEvent,
    Exhibition,
    Feedback,
    Mediator,
    PartnerOrganisation,
    Programme,
    SessionMediator,
    TourSession,
    Venue,
    VisitorGroup,
    Voucher,
)

HELD_STATUSES = ("done", "in_progress")


def alive(model):
    return model.deleted_at.is_(None)


# --- reference data -------------------------------------------------------------------------------

def venues(s: Session) -> Sequence[Venue]:
    return s.scalars(select(Venue).where(alive(Venue)).order_by(Venue.name)).all()


def exhibitions(s: Session, *, venue_id: uuid.UUID | None = None) -> Sequence[Exhibition]:
    q = select(Exhibition).where(alive(Exhibition)).options(selectinload(Exhibition.venue))
    if venue_id:
        q = q.where(Exhibition.venue_id == venue_id)
    return s.scalars(q.order_by(Exhibition.start_date.desc(), Exhibition.title)).all()


def find_exhibition(s: Session, name_or_id: str) -> Exhibition | None:
    try:
        ex = s.get(Exhibition, uuid.UUID(name_or_id))
        if ex is not None and ex.deleted_at is None:
            return ex
    except ValueError:
        pass
    matches = s.scalars(select(Exhibition).where(alive(Exhibition),
                                                 func.lower(Exhibition.title) == name_or_id.lower())).all()
    return matches[0] if len(matches) == 1 else None


def current_exhibition(s: Session, day: dt.date) -> Exhibition | None:
    """The exhibition running on `day` (the most recently started), else the latest one."""
    running = s.scalars(
        select(Exhibition).where(alive(Exhibition),
                                 (Exhibition.start_date.is_(None)) | (Exhibition.start_date <= day),
                                 (Exhibition.end_date.is_(None)) | (Exhibition.end_date >= day))
        .order_by(Exhibition.start_date.desc()).limit(1)).first()
    if running is not None:
        return running
    return s.scalars(select(Exhibition).where(alive(Exhibition))
                     .order_by(Exhibition.end_date.desc()).limit(1)).first()


def mediators(s: Session, *, active_only: bool = False) -> Sequence[Mediator]:
    q = select(Mediator).where(alive(Mediator))
    if active_only:
        q = q.where(Mediator.active.is_(True))
    return s.scalars(q.order_by(Mediator.display_name)).all()


def programmes(s: Session) -> Sequence[Programme]:
    return s.scalars(select(Programme).where(alive(Programme)).order_by(Programme.name)).all()


def partners(s: Session) -> Sequence[PartnerOrganisation]:
    return s.scalars(select(PartnerOrganisation).where(alive(PartnerOrganisation))
                     .order_by(PartnerOrganisation.name)).all()


def vouchers(s: Session) -> Sequence[Voucher]:
    return s.scalars(select(Voucher).where(alive(Voucher)).order_by(Voucher.code)).all()


def categories(s: Session, venue_id: uuid.UUID) -> Sequence[CountCategory]:
    return s.scalars(select(CountCategory).where(alive(CountCategory), CountCategory.venue_id == venue_id)
                     .order_by(CountCategory.position)).all()


# --- walk-in counts -------------------------------------------------------------------------------

def _count_filter(q: Select, date_from: dt.date | None, date_to: dt.date | None,
                  exhibition_ids: Sequence[uuid.UUID] | None, device_id: str | None = None) -> Select:
    q = q.where(alive(CountEvent), CountEvent.kind == CountKind.entry.value)
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


def walk_in_aggregate(s: Session, date_from=None, date_to=None, exhibition_ids=None):
    """(local_date, local_hour, category_id, method, total) rows: the one scan reports build on."""
    q = _count_filter(select(CountEvent.local_date, CountEvent.local_hour, CountEvent.category_id,
                             CountEvent.method, func.sum(CountEvent.delta)), date_from, date_to, exhibition_ids)
    q = q.group_by(CountEvent.local_date, CountEvent.local_hour, CountEvent.category_id, CountEvent.method)
    return [(d, int(h), c, m, int(t)) for d, h, c, m, t in s.execute(q)]


def occupancy(s: Session, day: dt.date, exhibition_id: uuid.UUID, device_id: str | None = None) -> int:
    """Visitors inside now: entries minus exits of the day."""
    sign = case((CountEvent.kind == CountKind.exit.value, -CountEvent.delta), else_=CountEvent.delta)
    q = select(func.coalesce(func.sum(sign), 0)).where(
        alive(CountEvent), CountEvent.local_date == day, CountEvent.exhibition_id == exhibition_id)
    if device_id:
        q = q.where(CountEvent.device_id == device_id)
    return int(s.scalar(q) or 0)


def corrections(s: Session, day: dt.date, exhibition_id: uuid.UUID, device_id: str | None = None,
                limit: int = 200) -> Sequence[CountEvent]:
    """Undo presses and corrections of the day (any event that is not a plain +1 press)."""
    q = select(CountEvent).where(alive(CountEvent), CountEvent.local_date == day,
                                 CountEvent.exhibition_id == exhibition_id,
                                 (CountEvent.delta != 1) | (CountEvent.note != ""))
    if device_id:
        q = q.where(CountEvent.device_id == device_id)
    return s.scalars(q.order_by(CountEvent.ts.desc()).limit(limit)).all()


def next_seq(s: Session, device_id: str) -> int:
    return int(s.scalar(select(func.coalesce(func.max(CountEvent.seq), 0)).where(
        CountEvent.device_id == device_id)) or 0) + 1


def last_press(s: Session, exhibition_id: uuid.UUID, device_id: str, day: dt.date) -> CountEvent | None:
    """The newest plain press of this laptop today that no undo points at yet."""
    undo = aliased(CountEvent)
    q = select(CountEvent).where(
        alive(CountEvent), CountEvent.exhibition_id == exhibition_id, CountEvent.device_id == device_id,
        CountEvent.local_date == day, CountEvent.delta == 1, CountEvent.note == "",
        CountEvent.undoes_id.is_(None),
        ~select(undo.id).where(undo.undoes_id == CountEvent.id).exists(),
    ).order_by(CountEvent.seq.desc()).limit(1)
    return s.scalars(q).first()


# --- sessions and groups --------------------------------------------------------------------------

participants_expr = sum((getattr(VisitorGroup, c) for c in AGE_COLUMNS[1:]), getattr(VisitorGroup, AGE_COLUMNS[0]))


def _session_filter(q: Select, start: dt.datetime | None, end: dt.datetime | None,
                    exhibition_ids: Sequence[uuid.UUID] | None) -> Select:
    q = q.where(alive(TourSession))
    if start:
        q = q.where(TourSession.planned_start >= start)
    if end:
        q = q.where(TourSession.planned_start < end)
    if exhibition_ids:
        q = q.where(TourSession.exhibition_id.in_(exhibition_ids))
    return q


def sessions_held(s: Session, start=None, end=None, exhibition_ids=None) -> int:
    q = _session_filter(select(func.count(TourSession.id)), start, end, exhibition_ids)
    return int(s.scalar(q.where(TourSession.status.in_(HELD_STATUSES))) or 0)


def participants_total(s: Session, start=None, end=None, exhibition_ids=None) -> int:
    q = select(func.coalesce(func.sum(participants_expr), 0)).join(TourSession, VisitorGroup.session)
    q = _session_filter(q, start, end, exhibition_ids).where(alive(VisitorGroup),
                                                             TourSession.status.in_(HELD_STATUSES))
    return int(s.scalar(q) or 0)


def sessions_between(s: Session, start: dt.datetime, end: dt.datetime,
                     exhibition_ids: Sequence[uuid.UUID] | None = None) -> Sequence[TourSession]:
    q = _session_filter(select(TourSession), start, end, exhibition_ids).options(
        selectinload(TourSession.groups), selectinload(TourSession.mediator_links).selectinload(
            SessionMediator.mediator), selectinload(TourSession.exhibition))
    return s.scalars(q.order_by(TourSession.planned_start)).all()


def _raw(col):
    """A column read without SQLAlchemy's per-row type processing (decoded by _uuid/_utc/_json below)."""
    return type_coerce(col, String)


def _utc(value) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.timezone.utc)


def _json(value) -> list:
    if value is None:
        return []
    return json.loads(value) if isinstance(value, str) else list(value)


def session_list(s: Session, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 exhibition_ids: Sequence[uuid.UUID] | None = None):
    """Flat rows for session tables, in three set-based queries (no ORM objects: fast at season scale).

    Returns (sessions, participants, team): session tuples with exhibition title and venue time zone;
    {session_id: (participants, groups)}; {session_id: [(mediator_id, name, is_lead), ...]}.
    Columns are decoded here rather than by SQLAlchemy's type processors, which cost 3x the query."""
    ids_seen: dict = {}

    def _uuid(value) -> uuid.UUID:  # each id once: sessions, exhibitions and mediators repeat across the rows
        found = ids_seen.get(value)
        if found is None:
            found = ids_seen[value] = value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)
        return found

    q = _session_filter(select(_raw(TourSession.id), _raw(TourSession.planned_start),
                               _raw(TourSession.actual_start), _raw(TourSession.actual_end),
                               _raw(TourSession.exhibition_id), Exhibition.title, Venue.timezone,
                               TourSession.format, _raw(TourSession.languages), TourSession.expected_size,
                               TourSession.status)
                        .join(Exhibition, TourSession.exhibition_id == Exhibition.id)
                        .join(Venue, Exhibition.venue_id == Venue.id), start, end, exhibition_ids)
    sessions = [(_uuid(sid), _utc(planned), _utc(a_start), _utc(a_end), _uuid(ex), title, tz, fmt, _json(langs),
                 expected, status)
                for sid, planned, a_start, a_end, ex, title, tz, fmt, langs, expected, status
                in s.execute(q.order_by(TourSession.planned_start))]
    ids = _session_filter(select(TourSession.id), start, end, exhibition_ids).scalar_subquery()
    sums = {_uuid(row[0]): (int(row[1] or 0), int(row[2])) for row in s.execute(
        select(_raw(VisitorGroup.session_id), func.sum(participants_expr), func.count(VisitorGroup.id))
        .where(alive(VisitorGroup), VisitorGroup.session_id.in_(ids)).group_by(VisitorGroup.session_id))}
    names = {mid: (_uuid(mid), name) for mid, name in s.execute(select(_raw(Mediator.id), Mediator.display_name))}
    team: dict[uuid.UUID, list[tuple[uuid.UUID, str, bool]]] = {}
    for sid, mid, lead in s.execute(
            select(_raw(SessionMediator.session_id), _raw(SessionMediator.mediator_id), SessionMediator.is_lead)
            .where(alive(SessionMediator), SessionMediator.session_id.in_(ids))
            .order_by(SessionMediator.is_lead.desc())):
        mediator_id, name = names[mid]
        team.setdefault(_uuid(sid), []).append((mediator_id, name, bool(lead)))
    return sessions, sums, team


def running_session(s: Session, exhibition_id: uuid.UUID | None, now: dt.datetime) -> uuid.UUID | None:
    """The tour in progress at `now` (the latest started) for the exhibition, if any."""
    q = select(TourSession.id).where(alive(TourSession), TourSession.status == "in_progress",
                                     TourSession.actual_start <= now, TourSession.actual_end.is_(None),
                                     TourSession.actual_start > now - dt.timedelta(hours=12))
    if exhibition_id:
        q = q.where(TourSession.exhibition_id == exhibition_id)
    return s.scalars(q.order_by(TourSession.actual_start.desc()).limit(1)).first()


# --- feedback -------------------------------------------------------------------------------------

def feedback_count(s: Session, date_from=None, date_to=None, exhibition_ids=None) -> int:
    q = select(func.count(Feedback.id)).where(alive(Feedback))
    if date_from:
        q = q.where(Feedback.day >= date_from)
    if date_to:
        q = q.where(Feedback.day <= date_to)
    if exhibition_ids:
        q = q.where(Feedback.exhibition_id.in_(exhibition_ids))
    return int(s.scalar(q) or 0)


def feedback_rows(s: Session, first: dt.date | None = None, last: dt.date | None = None,
                  exhibition_id: uuid.UUID | None = None, session_id: uuid.UUID | None = None,
                  method: str | None = None, rating: int | None = None, language: str | None = None, limit=50000):
    """Feedback as plain tuples, newest first: (id, day, exhibition title, tour start (UTC) or None, tour format,
    venue zone, method, rating, one word, comment, language, outcomes, source, session id). No ORM objects:
    a season holds 20,000 answers."""
    q = (select(_raw(Feedback.id), _raw(Feedback.day), Exhibition.title, _raw(TourSession.planned_start),
                TourSession.format, Venue.timezone, Feedback.method, Feedback.rating, Feedback.one_word,
                Feedback.comment, Feedback.language, _raw(Feedback.outcomes), Feedback.source,
                _raw(Feedback.session_id))
         .join(Exhibition, Feedback.exhibition_id == Exhibition.id).join(Venue, Exhibition.venue_id == Venue.id)
         .outerjoin(TourSession, Feedback.session_id == TourSession.id).where(alive(Feedback)))
    if first:
        q = q.where(Feedback.day >= first)
    if last:
        q = q.where(Feedback.day <= last)
    if exhibition_id:
        q = q.where(Feedback.exhibition_id == exhibition_id)
    if session_id:
        q = q.where(Feedback.session_id == session_id)
    if method:
        q = q.where(Feedback.method == method)
    if rating is not None:
        q = q.where(Feedback.rating == rating)
    if language:
        q = q.where(Feedback.language == language)
    sessions: dict = {}
    tags: dict = {}  # a few distinct outcome lists, decoded once each
    out = []
    for (fid, day, title, planned, fmt, tz, meth, rate, word, comment, lang, outcomes, source, sid) in s.execute(
            q.order_by(Feedback.day.desc(), Feedback.given_at.desc()).limit(limit)):
        if sid is not None and sid not in sessions:
            sessions[sid] = sid if isinstance(sid, uuid.UUID) else uuid.UUID(hex=sid)
        out.append((fid if isinstance(fid, uuid.UUID) else uuid.UUID(hex=fid),
                    day if isinstance(day, dt.date) else dt.date.fromisoformat(day), title, _utc(planned), fmt or "",
                    tz, meth, rate, word, comment, lang,
                    (tags[outcomes] if outcomes in tags else tags.setdefault(outcomes, _json(outcomes)))
                    if isinstance(outcomes, str) else _json(outcomes), source,
                    sessions[sid] if sid is not None else None))
    return out
