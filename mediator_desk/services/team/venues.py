"""Whose data is it: a file or a server from another venue is merged only when asked for explicitly.

A database's venues are its identity: laptops of one team share them (the second laptop joins the team from the
coordinator's file or the server), while the same venue set up twice, or another venue's file, has venues of its
own. Two databases that both hold venues and share none are from different venues: a merge or sync between them
would add one venue's walk-ins to the other's season, so it is refused unless asked for ("merge anyway"), after
which the two sets of records can be joined with services/team/duplicates.py."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from mediator_desk.db.models import Venue
from mediator_desk.errors import OtherVenueError


@dataclass(frozen=True)
class Venues:
    ids: frozenset
    names: tuple[str, ...]  # the live ones, for the message

    @property
    def empty(self) -> bool:
        return not self.ids


def venues(conn: Connection, table=None) -> Venues:
    """Every venue a database has ever held (deleted ones too: a venue joined into another still names it)."""
    t = table if table is not None else Venue.__table__
    rows = conn.execute(select(t.c.id, t.c.name, t.c.deleted_at)).all()
    return Venues(frozenset(r.id for r in rows), tuple(sorted(r.name for r in rows if r.deleted_at is None)))


def check_same_venue(here: Venues, there: Venues, what: str, *, allow: bool) -> None:
    """Refuse data from another venue unless `allow` (an empty side — a new laptop — takes anything)."""
    if allow or here.empty or there.empty or here.ids & there.ids:
        return
    raise OtherVenueError(
        f"{what} holds another venue's data ({', '.join(there.names) or 'a venue'}), not this one's "
        f"({', '.join(here.names) or 'a venue'}): merging would add its visitors to this venue's figures.",
        "If it is right (a second venue of the team, or the same venue set up twice), merge anyway: answer Yes "
        "in the app, or add --other-venue on the command line. To start a second laptop of this team, use "
        "“Join a team” in the set-up assistant instead.")
