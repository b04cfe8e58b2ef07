"""What a command changed, as data: the kinds of records and their ids (Anki's OpChanges pattern).

Every command that writes returns a Changes; the main window routes it to the pages, and each page decides
whether it must redraw — a hidden page only marks itself stale and refreshes when it is shown."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

# The kinds of records a change can touch.
COUNT = "count"  # walk-in count events (presses, undo, corrections)
CATEGORY = "category"  # count categories and their keys
TOUR = "tour"  # tours, their groups and team
FEEDBACK = "feedback"  # answers, kiosk answers, imported answers, QR cards
REFERENCE = "reference"  # venues, exhibitions, mediators, programmes, partners, vouchers
DAY = "day"  # a day signed, amended or reopened
TEAM = "team"  # a merge or a sync: anything may have changed
KINDS = frozenset({COUNT, CATEGORY, TOUR, FEEDBACK, REFERENCE, DAY, TEAM})


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = frozenset()
    ids: frozenset[uuid.UUID] = frozenset()

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[uuid.UUID] = ()) -> Changes:
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown change kinds {sorted(unknown)}")
        return cls(frozenset(kinds), frozenset(ids))

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether a page interested in `kinds` must redraw (a merge or a sync touches every page)."""
        return TEAM in self.kinds or not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()


def changes_of(result: object) -> Changes:
    """The Changes an operation's result carries: a Changes itself, the last item of a tuple (`(id, changes)`),
    or its `changes` attribute; nothing for anything else."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    if isinstance(result, list):
        found = NOTHING
        for item in result:
            found = found | changes_of(item)
        return found
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else NOTHING
