"""Rows for session lists (Today and Tours pages) and the day at a glance."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import NamedTuple

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database
from mediator_desk.services.timeutil import day_bounds, zone


class TourRow(NamedTuple):
    """One tour in a table (a named tuple: a season's 3,000 are made on every opening of the Tours page)."""
    key: str  # the tour's id as stored (hex); `id` makes the UUID when a row is opened
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
    mediator_keys: frozenset[str] = frozenset()  # every mediator's id as stored (hex)
    partners: tuple[str, ...] = ()  # the groups' partner organisations

    @property
    def id(self) -> uuid.UUID:
        return uuid.UUID(hex=self.key)


@dataclass
class DayOverview:
    day: dt.date
    exhibition_id: uuid.UUID | None
    walk_in_total: int = 0
    sessions: list[TourRow] = field(default_factory=list)
    feedback_count: int = 0

    @property
    def held(self) -> list[TourRow]:
        return [r for r in self.sessions if r.status in repo.HELD_STATUSES]

    @property
    def participants(self) -> int:
        return sum(r.participants for r in self.held)

    @property
    def running(self) -> list[TourRow]:
        return [r for r in self.sessions if r.status == "in_progress"]


def tour_rows(db: Database, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 exhibition_ids: list[uuid.UUID] | None = None,
                 only: list[uuid.UUID] | None = None) -> list[TourRow]:
    """Table rows for the sessions planned in [start, end), times shown in each venue's zone; `only`: just
    these tours (a deleted one comes back as no row)."""
    with db.session() as s:
        listing = repo.tour_list(s, start, end, exhibition_ids, only)
    rows = []
    no_team: list[repo.TeamMember] = []
    for x in listing.sessions:
        team = listing.team.get(x.key, no_team)
        participants, groups = listing.totals.get(x.key, (0, 0))
        z = zone(x.timezone)
        rows.append(TourRow(
            key=x.key, start=(x.actual_start or x.planned_start).astimezone(z),
            end=x.actual_end.astimezone(z) if x.actual_end else None, exhibition=x.exhibition,
            exhibition_id=x.exhibition_id, format=x.format, languages=tuple(x.languages or ()),
            lead=next((m.name for m in team if m.is_lead), ""), expected=x.expected_size,
            participants=participants, groups=groups, status=x.status, team=tuple(m.name for m in team),
            mediator_keys=frozenset(m.mediator_key for m in team), partners=tuple(listing.partners.get(x.key, ()))))
    return rows


def day_overview(db: Database, day: dt.date, exhibition_id: uuid.UUID, timezone: str) -> DayOverview:
    """The day at a glance for one exhibition (its venue's `timezone` decides where the day starts)."""
    start, end = day_bounds(day, day, timezone)
    with db.session() as s:
        overview = DayOverview(day=day, exhibition_id=exhibition_id,
                               walk_in_total=repo.walk_in_total(s, day, day, [exhibition_id]),
                               feedback_count=repo.feedback_count(s, day, day, [exhibition_id]))
    overview.sessions = tour_rows(db, start, end, [exhibition_id])
    return overview
