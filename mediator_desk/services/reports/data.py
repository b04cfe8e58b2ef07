"""The figures reports print, gathered once per report inside the database session (SQL aggregates plus one
pass over the tours) into frozen facts that the layout reads after the session has closed.

Deleted rows never count: the session filter leaves them out of every read here (tours, groups, team members
removed from a tour, answers)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator_desk.db import repositories as repo
from mediator_desk.db.models import Feedback, Mediator, Tour, Venue, Voucher
from mediator_desk.enums import (
    EVENT_FORMATS,
    FREE_ADMISSIONS,
    GUIDED_FORMATS,
    MINOR_COLUMNS,
    SCHOOL_GROUP_TYPES,
    WEEKDAYS,
)
from mediator_desk.services.fields import AGES, STORED_GROUP
from mediator_desk.services.timeutil import day_bounds, local, parse_hhmm


@dataclass(frozen=True)
class Comment:
    language: str
    text: str
    outcomes: tuple[str, ...]
    session_id: uuid.UUID | None
    day: dt.date


@dataclass(frozen=True)
class GroupFacts:
    """A visitor group as reports read it: every stored field of fields.GROUP_FIELDS by name (`g.origin`), the
    partner's name and the vouchers it redeemed."""

    id: uuid.UUID
    values: Mapping[str, Any]
    partner: str = ""
    vouchers: tuple[str, ...] = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def participants(self) -> int:
        return sum(self.values[f.name] or 0 for f in AGES)

    @property
    def minors(self) -> int:
        return sum(self.values[c] or 0 for c in MINOR_COLUMNS)


@dataclass(frozen=True)
class Member:
    name: str
    is_lead: bool
    paid: bool


@dataclass(frozen=True)
class TourFacts:
    """A tour as reports read it, with its team (the lead first) and its groups."""

    id: uuid.UUID
    exhibition_id: uuid.UUID
    format: str
    status: str
    planned_start: dt.datetime
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    languages: tuple[str, ...]
    expected_size: int | None
    programme: str
    observations: str
    reflection: str
    incidents: str
    team: tuple[Member, ...]
    groups: tuple[GroupFacts, ...]

    @property
    def start(self) -> dt.datetime:
        return self.actual_start or self.planned_start

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.team]


def tour_facts(x: Tour, vouchers: Mapping[uuid.UUID, list[str]] | None = None) -> TourFacts:
    """The frozen facts of a loaded tour (its groups, team, programme and partners loaded with it)."""
    team = sorted(x.mediator_links, key=lambda k: (not k.is_lead, k.mediator.display_name))
    vouchers = vouchers or {}
    return TourFacts(id=x.id, exhibition_id=x.exhibition_id, format=x.format, status=x.status,
                planned_start=x.planned_start, actual_start=x.actual_start, actual_end=x.actual_end,
                languages=tuple(x.languages or ()), expected_size=x.expected_size,
                programme=x.programme.name if x.programme else "", observations=x.observations or "",
                reflection=x.reflection or "", incidents=x.incidents or "",
                team=tuple(Member(k.mediator.display_name, k.is_lead, k.mediator.paid) for k in team),
                groups=tuple(GroupFacts(g.id, {f.name: getattr(g, f.name) for f in STORED_GROUP},
                                   g.partner.name if g.partner else "", tuple(vouchers.get(g.id, ())))
                             for g in x.groups))


@dataclass(frozen=True)
class PeriodData:
    first: dt.date
    last: dt.date
    tz: str
    walk_in_total: int = 0
    by_day: dict[dt.date, int] = field(default_factory=dict)
    by_hour: dict[int, int] = field(default_factory=dict)
    by_day_hour: dict[tuple[dt.date, int, uuid.UUID | None], int] = field(default_factory=dict)  # venue last
    by_category: dict[str, int] = field(default_factory=dict)
    by_admission: dict[str, int] = field(default_factory=dict)
    methods: dict[str, int] = field(default_factory=dict)
    tours: tuple[TourFacts, ...] = ()
    feedback_count: int = 0
    ratings: dict[tuple[str, int], int] = field(default_factory=dict)
    comments: tuple[Comment, ...] = ()
    first_visit_yes: int = 0
    first_visit_known: int = 0
    opening_hours: dict[uuid.UUID, dict] = field(default_factory=dict)  # venue id -> {"mon": [..], …}

    @property
    def held(self) -> list[TourFacts]:
        return [x for x in self.tours if x.status in repo.HELD_STATUSES]

    def groups(self) -> list[GroupFacts]:
        return [g for x in self.held for g in x.groups]

    def groups_with_people(self) -> list[GroupFacts]:
        """Groups that came (a group with no participants yet says nothing about group sizes)."""
        return [g for g in self.groups() if g.participants > 0]

    @property
    def participants(self) -> int:
        return sum(g.participants for g in self.groups())

    @property
    def accompanying_adults(self) -> int:
        return sum(g.accompanying_adults for g in self.groups())

    def has_data(self) -> bool:
        return bool(self.walk_in_total or self.tours or self.feedback_count)

    def count_by(self, key) -> Counter:
        c: Counter = Counter()
        for x in self.held:
            c[key(x)] += 1
        return c

    def tours_by_language(self) -> Counter:
        """Each language of a tour counted once ("ro, en" is a Romanian and an English tour)."""
        c: Counter = Counter()
        for x in self.held:
            for lang in x.languages or []:
                c[lang] += 1
        return c

    def participants_by(self, key) -> Counter:
        c: Counter = Counter()
        for g in self.groups():
            c[key(g)] += g.participants
        return c

    def guided(self) -> list[TourFacts]:
        return [x for x in self.held if x.format in GUIDED_FORMATS]

    def events(self) -> list[TourFacts]:
        return [x for x in self.held if x.format in EVENT_FORMATS]

    def educational(self) -> list[TourFacts]:
        return [x for x in self.held if x.format not in GUIDED_FORMATS | EVENT_FORMATS]

    def school_groups(self) -> list[GroupFacts]:
        return [g for g in self.groups() if g.group_type in SCHOOL_GROUP_TYPES]

    def free_walk_ins(self) -> int:
        return sum(v for k, v in self.by_admission.items() if k in FREE_ADMISSIONS)

    def open_days(self) -> int:
        return len([d for d, v in self.by_day.items() if v > 0])

    def open_hours_with_visits(self) -> int:
        """Day-hours with counted visits that fall within the venue's opening hours that day."""
        hours = set()
        for (day, hour, venue_id), total in self.by_day_hour.items():
            if total <= 0:
                continue
            span = (self.opening_hours.get(venue_id) or {}).get(WEEKDAYS[day.weekday()]) or []
            if len(span) != 2:
                continue
            start, end = parse_hhmm(span[0]), parse_hhmm(span[1])
            if start.hour <= hour and (hour < end.hour or (hour == end.hour and end.minute > 0)):
                hours.add((day, hour))
        return len(hours)

    def mediator_hours(self) -> dict[str, float]:
        hours: dict[str, float] = defaultdict(float)
        for x in self.held:
            if x.actual_start and x.actual_end:
                span = (x.actual_end - x.actual_start).total_seconds() / 3600
                for member in x.team:
                    hours[member.name] += span
        return dict(hours)

    def team_status(self) -> dict[str, bool]:
        """Who led or co-led a held tour, and whether they are paid (people removed from a team do not count)."""
        return {m.name: m.paid for x in self.held for m in x.team}


def gather(s: Session, first: dt.date, last: dt.date, exhibition_ids: list[uuid.UUID] | None) -> PeriodData:
    exhibitions = [e for e in repo.exhibitions(s) if not exhibition_ids or e.id in exhibition_ids]
    tz = exhibitions[0].venue.timezone if exhibitions else "UTC"
    opening_hours = {v.id: v.opening_hours or {} for v in s.scalars(select(Venue))}
    cats = repo.category_names(s)
    by_day: dict[dt.date, int] = {}
    by_hour: dict[int, int] = {}
    by_day_hour: dict[tuple[dt.date, int, uuid.UUID | None], int] = {}
    by_category: dict[str, int] = {}
    by_admission: dict[str, int] = {}
    methods: dict[str, int] = {}
    for agg in repo.walk_in_aggregate(s, first, last, exhibition_ids):
        cat = cats.get(agg.category_id)
        by_day[agg.day] = by_day.get(agg.day, 0) + agg.total
        methods[agg.method] = methods.get(agg.method, 0) + agg.total
        by_hour[agg.hour] = by_hour.get(agg.hour, 0) + agg.total
        key = (agg.day, agg.hour, cat.venue_id if cat else None)
        by_day_hour[key] = by_day_hour.get(key, 0) + agg.total
        name = cat.name if cat else "?"
        by_category[name] = by_category.get(name, 0) + agg.total
        adm = cat.admission_type if cat else "full"
        by_admission[adm] = by_admission.get(adm, 0) + agg.total
    start, end = day_bounds(first, last, tz)
    redeemed: dict[uuid.UUID, list[str]] = {}  # group -> the voucher codes it redeemed
    for code, group_id in s.execute(select(Voucher.code, Voucher.redeemed_by_group_id)
                                    .where(Voucher.redeemed_by_group_id.is_not(None)).order_by(Voucher.code)):
        redeemed.setdefault(group_id, []).append(code)
    tours = tuple(tour_facts(x, redeemed) for x in repo.tours_between(s, start, end, exhibition_ids))
    period = [Feedback.day >= first, Feedback.day <= last]
    if exhibition_ids:
        period.append(Feedback.exhibition_id.in_(exhibition_ids))
    ratings: dict[tuple[str, int], int] = {}
    feedback_count = 0
    for method, rating, n in s.execute(select(Feedback.method, Feedback.rating, func.count()).where(*period)
                                       .group_by(Feedback.method, Feedback.rating)):
        if rating is not None:
            ratings[(method, int(rating))] = int(n)
        feedback_count += int(n)
    comments = []
    first_visit_yes = first_visit_known = 0
    for lang, comment, word, outcomes, first_visit, session_id, day in s.execute(
            select(Feedback.language, Feedback.comment, Feedback.one_word, Feedback.outcomes, Feedback.first_visit,
                   Feedback.session_id, Feedback.day).where(*period).order_by(Feedback.day, Feedback.given_at)):
        text = comment or word
        if text:
            comments.append(Comment(lang or "", text, tuple(outcomes or ()), session_id, day))
        if first_visit is not None:
            first_visit_known += 1
            first_visit_yes += int(first_visit)
    by_day = dict(sorted(by_day.items()))
    return PeriodData(first=first, last=last, tz=tz, walk_in_total=sum(by_day.values()), by_day=by_day,
                      by_hour=by_hour, by_day_hour=by_day_hour, by_category=by_category, by_admission=by_admission,
                      methods=methods, tours=tours, feedback_count=feedback_count, ratings=ratings,
                      comments=tuple(comments), first_visit_yes=first_visit_yes,
                      first_visit_known=first_visit_known, opening_hours=opening_hours)


def venue_and_exhibition(s: Session, exhibition_ids: list[uuid.UUID] | None, all_label: str) -> tuple[str, str]:
    exhibitions = [e for e in repo.exhibitions(s) if not exhibition_ids or e.id in exhibition_ids]
    if not exhibitions:
        return "—", all_label
    venues = sorted({e.venue.name for e in exhibitions})
    titles = [e.title for e in exhibitions]
    return " / ".join(venues), titles[0] if len(titles) == 1 else all_label


def mediators_by_id(s: Session) -> dict[uuid.UUID, Mediator]:
    return {m.id: m for m in s.scalars(select(Mediator))}


def local_time(ts: dt.datetime | None, tz: str) -> str:
    return local(ts, tz).strftime("%H:%M") if ts else "–"
