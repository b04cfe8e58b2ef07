"""The figures reports print, gathered once per report (SQL aggregates plus one pass over the tours).

Deleted rows never count: the session filter leaves them out of every read here (tours, groups, team members
removed from a tour, answers)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator_desk.db import repositories as repo
from mediator_desk.db.models import Feedback, Mediator, TourSession, Venue, VisitorGroup
from mediator_desk.enums import EVENT_FORMATS, FREE_ADMISSIONS, GUIDED_FORMATS, SCHOOL_GROUP_TYPES, WEEKDAYS
from mediator_desk.services.timeutil import day_bounds, local, parse_hhmm


@dataclass(frozen=True)
class Comment:
    language: str
    text: str
    outcomes: tuple[str, ...]
    session_id: uuid.UUID | None
    day: dt.date


@dataclass
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
    sessions: list[TourSession] = field(default_factory=list)
    feedback_count: int = 0
    ratings: dict[tuple[str, int], int] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    first_visit_yes: int = 0
    first_visit_known: int = 0
    opening_hours: dict[uuid.UUID, dict] = field(default_factory=dict)  # venue id -> {"mon": [..], …}

    @property
    def held(self) -> list[TourSession]:
        return [x for x in self.sessions if x.status in repo.HELD_STATUSES]

    def groups(self) -> list[VisitorGroup]:
        return [g for x in self.held for g in x.groups]

    def groups_with_people(self) -> list[VisitorGroup]:
        """Groups that came (a group with no participants yet says nothing about group sizes)."""
        return [g for g in self.groups() if g.participants > 0]

    @property
    def participants(self) -> int:
        return sum(g.participants for g in self.groups())

    @property
    def accompanying_adults(self) -> int:
        return sum(g.accompanying_adults for g in self.groups())

    def has_data(self) -> bool:
        return bool(self.walk_in_total or self.sessions or self.feedback_count)

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

    def guided(self) -> list[TourSession]:
        return [x for x in self.held if x.format in GUIDED_FORMATS]

    def events(self) -> list[TourSession]:
        return [x for x in self.held if x.format in EVENT_FORMATS]

    def educational(self) -> list[TourSession]:
        return [x for x in self.held if x.format not in GUIDED_FORMATS | EVENT_FORMATS]

    def school_groups(self) -> list[VisitorGroup]:
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
                for link in x.mediator_links:
                    hours[link.mediator.display_name] += span
        return dict(hours)

    def team_status(self) -> dict[str, bool]:
        """Who led or co-led a held tour, and whether they are paid (people removed from a team do not count)."""
        return {k.mediator.display_name: k.mediator.paid for x in self.held for k in x.mediator_links}


def gather(s: Session, first: dt.date, last: dt.date, exhibition_ids: list[uuid.UUID] | None) -> PeriodData:
    exhibitions = [e for e in repo.exhibitions(s) if not exhibition_ids or e.id in exhibition_ids]
    tz = exhibitions[0].venue.timezone if exhibitions else "UTC"
    data = PeriodData(first=first, last=last, tz=tz)
    data.opening_hours = {v.id: v.opening_hours or {} for v in s.scalars(select(Venue))}
    cats = repo.category_names(s)
    for agg in repo.walk_in_aggregate(s, first, last, exhibition_ids):
        cat = cats.get(agg.category_id)
        data.by_day[agg.day] = data.by_day.get(agg.day, 0) + agg.total
        data.methods[agg.method] = data.methods.get(agg.method, 0) + agg.total
        data.by_hour[agg.hour] = data.by_hour.get(agg.hour, 0) + agg.total
        key = (agg.day, agg.hour, cat.venue_id if cat else None)
        data.by_day_hour[key] = data.by_day_hour.get(key, 0) + agg.total
        name = cat.name if cat else "?"
        data.by_category[name] = data.by_category.get(name, 0) + agg.total
        adm = cat.admission_type if cat else "full"
        data.by_admission[adm] = data.by_admission.get(adm, 0) + agg.total
    data.by_day = dict(sorted(data.by_day.items()))
    data.walk_in_total = sum(data.by_day.values())
    start, end = day_bounds(first, last, tz)
    data.sessions = list(repo.sessions_between(s, start, end, exhibition_ids))
    period = [Feedback.day >= first, Feedback.day <= last]
    if exhibition_ids:
        period.append(Feedback.exhibition_id.in_(exhibition_ids))
    for method, rating, n in s.execute(select(Feedback.method, Feedback.rating, func.count()).where(*period)
                                       .group_by(Feedback.method, Feedback.rating)):
        if rating is not None:
            data.ratings[(method, int(rating))] = int(n)
        data.feedback_count += int(n)
    for lang, comment, word, outcomes, first_visit, session_id, day in s.execute(
            select(Feedback.language, Feedback.comment, Feedback.one_word, Feedback.outcomes, Feedback.first_visit,
                   Feedback.session_id, Feedback.day).where(*period).order_by(Feedback.day, Feedback.given_at)):
        text = comment or word
        if text:
            data.comments.append(Comment(lang or "", text, tuple(outcomes or ()), session_id, day))
        if first_visit is not None:
            data.first_visit_known += 1
            data.first_visit_yes += int(first_visit)
    return data


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
