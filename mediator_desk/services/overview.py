"""Rows for session lists (Today and Tours pages) and the day at a glance."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from mediator_desk.db import repositories as repo
from mediator_desk.db.engine import Database
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
    team: tuple[str, ...] = ()  # every mediator's name, the lead first
    mediator_ids: frozenset[uuid.UUID] = frozenset()


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


def session_rows(db: Database, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 exhibition_ids: list[uuid.UUID] | None = None) -> list[SessionRow]:
    """Table rows for the sessions planned in [start, end), times shown in each venue's zone."""
    with db.session() as s:
        sessions, sums, teams = repo.session_list(s, start, end, exhibition_ids)
    rows = []
    for (sid, planned, actual_start, actual_end, ex_id, title, tz, fmt, langs, expected, status) in sessions:
        team = teams.get(sid, [])
        participants, groups = sums.get(sid, (0, 0))
        rows.append(SessionRow(
            id=sid, start=local(actual_start or planned, tz), end=local(actual_end, tz) if actual_end else None,
            exhibition=title, exhibition_id=ex_id, format=fmt, languages=tuple(langs or ()),
            lead=next((name for _, name, lead in team if lead), ""), expected=expected,
            participants=participants, groups=groups, status=status, team=tuple(name for _, name, _ in team),
            mediator_ids=frozenset(mid for mid, _, _ in team)))
    return rows


def day_overview(db: Database, day: dt.date, exhibition_id: uuid.UUID | None = None) -> DayOverview:
    with db.session() as s:
        ex = s.get(repo.Exhibition, exhibition_id) if exhibition_id else repo.current_exhibition(s, day)
        if ex is None:
            return DayOverview(day=day, exhibition_id=None, exhibition_title="", venue_name="")
        start, end = day_bounds(day, day, ex.venue.timezone)
        overview = DayOverview(day=day, exhibition_id=ex.id, exhibition_title=ex.title, venue_name=ex.venue.name,
                               walk_in_total=repo.walk_in_total(s, day, day, [ex.id]),
                               feedback_count=repo.feedback_count(s, day, day, [ex.id]))
    overview.sessions = session_rows(db, start, end, [overview.exhibition_id])
    return overview
