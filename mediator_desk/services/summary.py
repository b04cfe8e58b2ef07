"""Period totals for the summary command and report cross-checks."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database
from mediator_desk.services.timeutil import day_bounds


def venue_timezone(s: Session, exhibition_ids: list[uuid.UUID] | None = None) -> str:
    for ex in repo.exhibitions(s):
        if not exhibition_ids or ex.id in exhibition_ids:
            return ex.venue.timezone
    return "UTC"


def summary(db: Database, date_from: dt.date | None = None, date_to: dt.date | None = None,
            exhibition_ids: list[uuid.UUID] | None = None) -> dict[str, Any]:
    """Totals over venue-local days date_from..date_to (inclusive; None is open-ended)."""
    with db.session() as s:
        tz = venue_timezone(s, exhibition_ids)
        start, end = day_bounds(date_from, date_to, tz)
        names = {cid: cat.name for cid, cat in repo.category_names(s).items()}
        by_category: dict[str, int] = {}
        for cat_id, total in repo.walk_in_by_category(s, date_from, date_to, exhibition_ids).items():
            name = names.get(cat_id, str(cat_id))
            by_category[name] = by_category.get(name, 0) + total
        by_day = {d.isoformat(): t for d, t in repo.walk_in_by_day(s, date_from, date_to, exhibition_ids).items()}
        return {
            "from": date_from.isoformat() if date_from else None,
            "to": date_to.isoformat() if date_to else None,
            "walk_in_total": sum(by_day.values()),
            "sessions": repo.tours_held(s, start, end, exhibition_ids),
            "participants": repo.participants_total(s, start, end, exhibition_ids),
            "feedback_count": repo.feedback_count(s, date_from, date_to, exhibition_ids),
            "by_category": dict(sorted(by_category.items(), key=lambda kv: -kv[1])),
            "by_day": by_day,
        }
