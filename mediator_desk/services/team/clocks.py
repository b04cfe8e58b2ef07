"""Laptop clocks that disagree: walk-ins are filed under the laptop's own time, so a clock five hours fast files
them under the wrong hour (ten hours: the next day), and a merge carries that on. Nothing is changed; the team is
told, at every sync (against the server's clock) and merge (against the other file's newest record)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

WARN_AFTER = dt.timedelta(minutes=5)


def newest_record(path: Path) -> dt.datetime | None:
    """When the newest record of a database file says it was made (UTC): its newest walk-in, tour or answer."""
    from mediator_desk.db.probe import ro_connect

    queries = ("SELECT max(ts) FROM count_event WHERE local_date = (SELECT max(local_date) FROM count_event)",
               "SELECT max(updated_at) FROM tour_session", "SELECT max(updated_at) FROM feedback")
    found = []
    con = ro_connect(path)
    try:
        for query in queries:
            try:
                value = con.execute(query).fetchone()[0]
            except sqlite3.Error:
                continue
            if value:
                found.append(dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.timezone.utc))
    finally:
        con.close()
    return max(found, default=None)


def ahead_of(now: dt.datetime, newest: dt.datetime | None) -> dt.timedelta | None:
    """How far a record made `newest` lies in the future of `now`, when that is more than a few minutes."""
    if newest is None or newest - now <= WARN_AFTER:
        return None
    return newest - now


def skew(local_before: dt.datetime, local_after: dt.datetime, server: dt.datetime) -> dt.timedelta | None:
    """How far this laptop's clock is from the server's (server minus laptop), when that is more than a few
    minutes: the laptop's time is taken halfway through the round trip."""
    middle = local_before + (local_after - local_before) / 2
    difference = server - middle
    return difference if abs(difference) > WARN_AFTER else None


def describe(delta: dt.timedelta) -> str:
    """"5 h 02 min" for a difference (its sign is said by the sentence around it)."""
    minutes = round(abs(delta).total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [f"{days} d"] if days else []
    return " ".join([*parts, f"{hours} h {minutes:02d} min" if hours or days else f"{minutes} min"])
