"""Time helpers: times are stored in UTC and shown in the venue's time zone."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.timezone.utc


@lru_cache(maxsize=64)
def zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def now_utc() -> dt.datetime:
    return dt.datetime.now(UTC)


def local(ts: dt.datetime, tz: str) -> dt.datetime:
    return ts.astimezone(zone(tz))


def local_day_hour(ts: dt.datetime, tz: str) -> tuple[dt.date, int]:
    loc = ts.astimezone(zone(tz))
    return loc.date(), loc.hour


def day_bounds(first: dt.date | None, last: dt.date | None, tz: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    """UTC instants spanning the venue-local days first..last (inclusive); None stays open."""
    z = zone(tz)
    start = dt.datetime.combine(first, dt.time(), z).astimezone(UTC) if first else None
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), z).astimezone(UTC) if last else None
    return start, end


def parse_hhmm(text: str) -> dt.time:
    hours, minutes = text.strip().split(":")
    return dt.time(int(hours), int(minutes))
