"""The merge rules, the same for a file from a USB stick and for the team's server (pure functions, no database).

Every record carries `version` (how many edits made it: the clock that decides which edit wins — a laptop
whose system clock is wrong cannot push its edits ahead with it), `device_id` (the laptop that made the last
edit: the tie-breaker) and `vv`, its version vector (which laptop made how many of those edits: it tells an edit
made after another from one made at the same time, without having seen it).

- Append-only records (count events, their undo and correction events) are a union by id.
- Editable records: the later edit wins; when two laptops changed the same record before they met, the
  version with more edits wins (then the larger laptop id), the two vectors are joined, and the losing version
  is kept as a conflict for the coordinator — never dropped silently.

Merging is idempotent, commutative and associative: the winning content is the maximum of every version seen
(by version, then laptop), and the vector is the join of every vector seen; a conflict's id is derived from its
record and losing version, so laptops that find the same conflict store it once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

CONFLICT_NAMESPACE = uuid.UUID("9a1f0c3e-5b6d-4e21-8f7a-2c9d4e6b1a70")


def effective_vv(version: int, writer: str, vv: dict | None) -> dict[str, int]:
    """A record's version vector; rows from before versions existed count as `version` edits by their writer."""
    return {k: int(v) for k, v in vv.items()} if vv else {writer: int(version or 1)}


def join(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in sorted(set(a) | set(b))}


def covers(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether a record at `a` has seen every edit of `b` (a ≥ b in every laptop's count)."""
    return all(a.get(k, 0) >= n for k, n in b.items())


@dataclass(frozen=True)
class State:
    """One version of a record: its edit count, last writer, vector, and content (column -> value)."""

    version: int
    writer: str
    vv: dict[str, int]
    values: dict

    @property
    def key(self) -> tuple[int, str]:
        return (self.version, self.writer)


@dataclass(frozen=True)
class Outcome:
    """What merging `incoming` into `local` does: the state to keep, whether local changes, a conflict."""

    state: State
    changed: bool
    loser: State | None = None  # the version that lost a concurrent edit (kept as a conflict)
    winner: State | None = None


def _order(content: Callable[[dict], str]) -> Callable[[State], tuple]:
    return lambda st: (st.key, content(st.values))


def merge(local: State | None, incoming: State, content: Callable[[dict], str] = repr) -> Outcome:
    """Merge one record's incoming version into the local one. `content` orders two versions that carry the
    same edits but differ (a code renamed when it clashed): the larger wins, so every laptop keeps the same."""
    if local is None:
        return Outcome(incoming, True)
    order = _order(content)
    if local.vv == incoming.vv:  # the same edits
        if local.key == incoming.key and local.values == incoming.values:
            return Outcome(local, False)
        kept = max(local, incoming, key=order)
        return Outcome(kept, kept is not local)
    if covers(local.vv, incoming.vv):
        return Outcome(local, False)  # already seen
    if covers(incoming.vv, local.vv):
        return Outcome(incoming, True)  # a later edit of what we have
    joined = join(local.vv, incoming.vv)  # edited on both sides before they met
    winner, loser = (incoming, local) if order(incoming) > order(local) else (local, incoming)
    kept = State(winner.version, winner.writer, joined, winner.values)
    return Outcome(kept, kept != local, loser=loser, winner=winner)


def conflict_id(table: str, record_id: uuid.UUID, loser: State) -> uuid.UUID:
    """The id of a lost edit: the record and the edit that made the losing content (its writer and that
    writer's edit count). However the laptops meet — whichever pairs are compared, before or after joining
    vectors — the same lost edit gets the same id and is stored once."""
    dot = loser.vv.get(loser.writer, loser.version)
    return uuid.uuid5(CONFLICT_NAMESPACE, f"{table}/{record_id}/{loser.writer}/{dot}")


def edited(state: State, device: str, values: dict) -> State:
    """A local edit of a record: one more edit, by `device`."""
    vv = dict(state.vv)
    vv[device] = vv.get(device, 0) + 1
    return State(state.version + 1, device, vv, values)
