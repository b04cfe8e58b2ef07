"""CSV (UTF-8 with BOM, so spreadsheets keep the diacritics) and XLSX (typed cells, frozen header) exports."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mediator_desk.db import repositories as repo
from mediator_desk.db.engine import Database
from mediator_desk.db.enums import AGE_COLUMNS
from mediator_desk.db.models import CountCategory, CountEvent, Exhibition, Feedback, TourSession, VisitorGroup
from mediator_desk.errors import ValidationError
from mediator_desk.services.timeutil import day_bounds, local

EXPORT_KINDS = ("sessions", "groups", "counts", "feedback")


def _tz(s) -> str:
    ex = s.scalars(select(Exhibition).limit(1)).first()
    return ex.venue.timezone if ex else "UTC"


def rows(db: Database, kind: str, first: dt.date | None, last: dt.date | None) -> tuple[list[str], Iterator[list]]:
    """The header and the rows of an export (values typed: dates, datetimes, ints, strings)."""
    if kind not in EXPORT_KINDS:
        raise ValidationError("kind", f"Unknown export {kind!r}; choose one of {', '.join(EXPORT_KINDS)}.")
    s = db.session()
    tz = _tz(s)
    start, end = day_bounds(first, last, tz)

    def gen():
        try:
            if kind == "sessions":
                for x in repo.sessions_between(s, start or dt.datetime.min.replace(tzinfo=dt.timezone.utc),
                                               end or dt.datetime.max.replace(tzinfo=dt.timezone.utc)):
                    lead = next((k.mediator.display_name for k in x.mediator_links if k.is_lead), "")
                    yield [str(x.id), local(x.planned_start, tz).replace(tzinfo=None),
                           local(x.actual_start, tz).replace(tzinfo=None) if x.actual_start else None,
                           local(x.actual_end, tz).replace(tzinfo=None) if x.actual_end else None,
                           x.exhibition.title, x.format, ", ".join(x.languages or []), lead, x.status,
                           x.expected_size, sum(g.participants for g in x.groups if g.deleted_at is None),
                           len([g for g in x.groups if g.deleted_at is None])]
            elif kind == "groups":
                q = select(VisitorGroup).join(TourSession, VisitorGroup.session).where(
                    repo.alive(VisitorGroup), repo.alive(TourSession)).options(selectinload(VisitorGroup.session))
                if start:
                    q = q.where(TourSession.planned_start >= start)
                if end:
                    q = q.where(TourSession.planned_start < end)
                for g in s.scalars(q.order_by(TourSession.planned_start)):
                    yield [str(g.id), str(g.session_id), local(g.session.planned_start, tz).date(), g.group_type,
                           *[getattr(g, c) for c in AGE_COLUMNS], g.participants, g.accompanying_adults, g.origin,
                           g.country, g.admission_type, ", ".join(g.access_provisions or []), g.first_time_count]
            elif kind == "counts":
                names = {c.id: c.name for c in s.scalars(select(CountCategory))}
                q = select(CountEvent).where(repo.alive(CountEvent))
                if first:
                    q = q.where(CountEvent.local_date >= first)
                if last:
                    q = q.where(CountEvent.local_date <= last)
                for e in s.scalars(q.order_by(CountEvent.local_date, CountEvent.ts).execution_options(yield_per=5000)):
                    yield [str(e.id), local(e.ts, tz).replace(tzinfo=None), e.local_date, e.local_hour,
                           names.get(e.category_id, ""), e.kind, e.delta, e.method, e.device_id, e.note]
            else:
                q = select(Feedback).where(repo.alive(Feedback))
                if first:
                    q = q.where(Feedback.day >= first)
                if last:
                    q = q.where(Feedback.day <= last)
                for f in s.scalars(q.order_by(Feedback.day, Feedback.given_at)):
                    yield [str(f.id), f.day, str(f.session_id or ""), f.method, f.rating, f.one_word, f.comment,
                           f.age_band or "", f.first_visit, f.language, f.country, ", ".join(f.outcomes or []),
                           f.source]
        finally:
            s.close()

    headers = {
        "sessions": ["id", "planned_start", "actual_start", "actual_end", "exhibition", "format", "languages",
                     "lead_mediator", "status", "expected_size", "participants", "groups"],
        "groups": ["id", "session_id", "date", "group_type", *[c.replace("age_", "age ") for c in AGE_COLUMNS],
                   "participants", "accompanying_adults", "origin", "country", "admission_type", "access_provisions",
                   "first_time"],
        "counts": ["id", "time", "date", "hour", "category", "kind", "delta", "method", "device", "note"],
        "feedback": ["id", "date", "session_id", "method", "rating", "one_word", "comment", "age_band",
                     "first_visit", "language", "country", "learning_outcomes", "source"],
    }[kind]
    return headers, gen()


def export(db: Database, kind: str, fmt: str, target: Path, first: dt.date | None = None,
           last: dt.date | None = None) -> int:
    """Write the export; returns the number of data rows."""
    header, data = rows(db, kind, first, last)
    n = 0
    if fmt == "csv":
        with target.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in data:
                w.writerow(["" if v is None else v.isoformat(sep=" ") if isinstance(v, dt.datetime)
                            else v.isoformat() if isinstance(v, dt.date) else v for v in r])
                n += 1
        return n
    if fmt != "xlsx":
        raise ValidationError("format", "The format must be csv or xlsx.")
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(kind)
    ws.freeze_panes = "A2"
    ws.append(header)
    for r in data:
        ws.append(r)
        n += 1
    wb.save(target)
    return n
