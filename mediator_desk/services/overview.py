"""Rows for session lists (Today and Tours pages) and the day at a glance."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from mediator_desk.db import repositories as repo
from mediator_desk.db.engine import Database
from mediator_desk.db.models import TourSession
from mediator_desk.services.timeutil import day_bounds, local


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    start: dt.datetime  # venue-local: actual start if known, else planned
    end: dt.datetime | None
    exhibition: str
    exhibition_id: uuid.UUID
    format: str
    languages: tuple[str, ...]
    lead: str
    expected: int | None
    participants: int
    groups: int
    status: str


@dataclass
class DayOverview:
    day: dt.date
    exhibition_id: uuid.UUID | None
    exhibition_title: str
    venue_name: str
    walk_in_total: int = 0
    sessions: list[SessionRow] = field(default_factory=list)
    feedback_count: int = 0

    @property
    def held(self) -> list[SessionRow]:
        return [r for r in self.sessions if r.status in repo.HELD_STATUSES]

    @property
    def participants(self) -> int:
        return sum(r.participants for r in self.held)


def session_row(sess: TourSession, tz: str) -> SessionRow:
    lead = next((link.mediator.display_name for link in sess.mediator_links
                 if link.is_lead and link.deleted_at is None), "")
    groups = [g for g in sess.groups if g.deleted_at is None]
    start = local(sess.actual_start or sess.planned_start, tz)
    return SessionRow(id=sess.id, start=start, end=local(sess.actual_end, tz) if sess.actual_end else None,
                      exhibition=sess.exhibition.title, exhibition_id=sess.exhibition_id, format=sess.format,
                      languages=tuple(sess.languages or ()), lead=lead,
                      expected=sess.expected_size, participants=sum(g.participants for g in groups),
                      groups=len(groups), status=sess.status)


def day_overview(db: Database, day: dt.date, exhibition_id: uuid.UUID | None = None) -> DayOverview:
    with db.session() as s:
        ex = s.get(repo.Exhibition, exhibition_id) if exhibition_id else repo.current_exhibition(s, day)
        if ex is None:
            return DayOverview(day=day, exhibition_id=None, exhibition_title="", venue_name="")
        tz = ex.venue.timezone
        start, end = day_bounds(day, day, tz)
        rows = [session_row(x, tz) for x in repo.sessions_between(s, start, end, [ex.id])]
        return DayOverview(day=day, exhibition_id=ex.id, exhibition_title=ex.title, venue_name=ex.venue.name,
                           walk_in_total=repo.walk_in_total(s, day, day, [ex.id]), sessions=rows,
                           feedback_count=repo.feedback_count(s, day, day, [ex.id]))
