"""The figures reports print, gathered once per report (SQL aggregates plus one pass over sessions)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator_desk.db import repositories as repo
from mediator_desk.db.enums import EVENT_FORMATS, FREE_ADMISSIONS, GUIDED_FORMATS, SCHOOL_GROUP_TYPES
from mediator_desk.db.models import CountCategory, Feedback, Mediator, TourSession
from mediator_desk.services.timeutil import day_bounds, local


@dataclass
class PeriodData:
    first: dt.date
    last: dt.date
    tz: str
    walk_in_total: int = 0
    by_day: dict[dt.date, int] = field(default_factory=dict)
    by_hour: dict[int, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_admission: dict[str, int] = field(default_factory=dict)
    methods: dict[str, int] = field(default_factory=dict)
    sessions: list[TourSession] = field(default_factory=list)
    feedback_count: int = 0
    ratings: dict[tuple[str, int], int] = field(default_factory=dict)
    comments: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (language, text, outcomes)
    first_visit_yes: int = 0
    first_visit_known: int = 0

    @property
    def held(self) -> list[TourSession]:
        return [x for x in self.sessions if x.status in repo.HELD_STATUSES]

    def groups(self):
        return [g for x in self.held for g in x.groups if g.deleted_at is None]

    @property
    def participants(self) -> int:
        return sum(g.participants for g in self.groups())

    def has_data(self) -> bool:
        return bool(self.walk_in_total or self.sessions or self.feedback_count)

    def count_by(self, key) -> Counter:
        c: Counter = Counter()
        for x in self.held:
            c[key(x)] += 1
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

    def school_groups(self):
        return [g for g in self.groups() if g.group_type in SCHOOL_GROUP_TYPES]

    def free_walk_ins(self) -> int:
        return sum(v for k, v in self.by_admission.items() if k in FREE_ADMISSIONS)

    def mediator_hours(self) -> dict[str, float]:
        hours: dict[str, float] = defaultdict(float)
        for x in self.held:
            if x.actual_start and x.actual_end:
                span = (x.actual_end - x.actual_start).total_seconds() / 3600
                for link in x.mediator_links:
                    if link.deleted_at is None:
                        hours[link.mediator.display_name] += span
        return dict(hours)


def gather(s: Session, first: dt.date, last: dt.date, exhibition_ids: list[uuid.UUID] | None) -> PeriodData:
    exhibitions = [e for e in repo.exhibitions(s) if not exhibition_ids or e.id in exhibition_ids]
    tz = exhibitions[0].venue.timezone if exhibitions else "UTC"
    data = PeriodData(first=first, last=last, tz=tz)
    cats = {c.id: c for c in s.scalars(select(CountCategory))}
    for day, hour, cat_id, method, total in repo.walk_in_aggregate(s, first, last, exhibition_ids):
        data.by_day[day] = data.by_day.get(day, 0) + total
        data.methods[method] = data.methods.get(method, 0) + total
        data.by_hour[hour] = data.by_hour.get(hour, 0) + total
        cat = cats.get(cat_id)
        name = cat.name if cat else "?"
        data.by_category[name] = data.by_category.get(name, 0) + total
        adm = cat.admission_type if cat else "full"
        data.by_admission[adm] = data.by_admission.get(adm, 0) + total
    data.by_day = dict(sorted(data.by_day.items()))
    data.walk_in_total = sum(data.by_day.values())
    start, end = day_bounds(first, last, tz)
    data.sessions = list(repo.sessions_between(s, start, end, exhibition_ids))
    fb = select(Feedback.method, Feedback.rating, func.count()).where(
        repo.alive(Feedback), Feedback.day >= first, Feedback.day <= last)
    if exhibition_ids:
        fb = fb.where(Feedback.exhibition_id.in_(exhibition_ids))
    for method, rating, n in s.execute(fb.group_by(Feedback.method, Feedback.rating)):
        if rating is not None:
            data.ratings[(method, int(rating))] = int(n)
        data.feedback_count += int(n)
    cq = select(Feedback.language, Feedback.comment, Feedback.outcomes, Feedback.first_visit).where(
        repo.alive(Feedback), Feedback.day >= first, Feedback.day <= last)
    if exhibition_ids:
        cq = cq.where(Feedback.exhibition_id.in_(exhibition_ids))
    for lang, comment, outcomes, first_visit in s.execute(cq):
        if comment:
            data.comments.append((lang, comment, list(outcomes or [])))
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
