"""The merge rules, the same for a file from a USB stick and for the team's server (pure functions, no database).

Every record carries:
- `version`, a Lamport clock of its edits (an edit makes it one more than every version it has seen): the clock
  that orders concurrent edits, which a laptop whose system clock is wrong cannot push ahead;
- `vv`, its version vector: how many edits each *writer* made to it, where a writer is one opening of a
  database by one laptop (`laptop-3f2a.5c81d0`). A file restored from a backup, a copy of a file, or two laptops
  that share a device id are different writers, so an edit counter is never reused for different content;
- `fv`, the field versions: for each field, the edit that last set it — its version, writer, and that writer's
  count — so two laptops that changed different fields of one record both keep their change.

Merging two versions of a record:
- Append-only records (count events, their undo and correction events) are a union by id.
- One version has seen every edit of the other (its vector covers the other's): it is kept whole.
- Edited on both sides before they met: field by field, the later edit of each field wins (by the edit's
  version, then writer). A field both sides changed without seeing the other's change is a conflict: the
  losing value is kept in the conflicts list for the coordinator, never dropped silently. Fields edited on one
  side only are taken without a conflict. Records from before field versions (no `fv`) fall back to the whole
  record: the version with more edits wins, and the other is the conflict.
- The same edits (equal vectors) with different content: only a code renamed when it clashed may do that (the
  larger content wins, on every laptop alike); any other difference is a conflict, listed, then settled the same
  way.

Merging is idempotent, commutative and associative: each field ends with the value of its latest edit, the
vector is the join of every vector seen, the version the largest seen; a conflict's id follows from the record,
the field and the losing edit, so laptops that find the same conflict store it once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CONFLICT_NAMESPACE = uuid.UUID("9a1f0c3e-5b6d-4e21-8f7a-2c9d4e6b1a70")
NO_DOT = (0, "", 0)  # a field not edited since the record was made (or edited before field versions)


def effective_vv(version: int, writer: str, vv: dict | None) -> dict[str, int]:
    """A record's version vector; rows from before versions existed count as `version` edits by their writer."""
    return {k: int(v) for k, v in vv.items()} if vv else {writer: int(version or 1)}


def join(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in sorted(set(a) | set(b))}


def covers(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether a record at `a` has seen every edit of `b` (a ≥ b in every writer's count)."""
    return all(a.get(k, 0) >= n for k, n in b.items())


def device_of(writer: str) -> str:
    """The laptop of a writer (`laptop-3f2a.5c81d0` → `laptop-3f2a`)."""
    return writer.rsplit(".", 1)[0] if "." in writer else writer


Dot = tuple[int, str, int]  # (version of the edit, writer, the writer's count): which edit set a field


def dot(value: Any) -> Dot:
    if not value:
        return NO_DOT
    version, writer, count = value
    return int(version), str(writer), int(count)


@dataclass(frozen=True)
class State:
    """One version of a record: its version, last writer, vector, field versions and content."""

    version: int
    writer: str
    vv: dict[str, int]
    values: dict
    fv: dict[str, Dot] = field(default_factory=dict)

    @property
    def key(self) -> tuple[int, str]:
        return (self.version, self.writer)

    def dot(self, name: str) -> Dot:
        return self.fv.get(name, NO_DOT)


@dataclass(frozen=True)
class Lost:
    """A field value that lost to a concurrent edit of the same field (kept as a conflict)."""

    field: str
    value: Any
    dot: Dot  # the losing edit
    writer: str  # its writer (for a record without field versions: the losing version's)
    version: int
    source: dict = field(default_factory=dict, compare=False, repr=False)  # the losing version's values


@dataclass(frozen=True)
class Outcome:
    """What merging `incoming` into `local` does: the state to keep, whether local changes, what lost."""

    state: State
    changed: bool
    lost: tuple[Lost, ...] = ()


def _seen(state: State, d: Dot) -> bool:
    return d == NO_DOT or state.vv.get(d[1], 0) >= d[2]


def merge(local: State | None, incoming: State, content: Callable[[dict], str] = repr,
          fields: list[str] | None = None, key: str | None = None) -> Outcome:
    """Merge one record's incoming version into the local one. `fields` are the content fields (every value
    but the version's own columns); `key` a code column that a clash may rename; `content` orders two versions
    that carry the same edits but differ."""
    if local is None:
        return Outcome(incoming, True)
    names = fields if fields is not None else sorted(set(local.values) | set(incoming.values))
    def order(st: State) -> tuple:
        return st.key, content(st.values)

    if local.vv == incoming.vv:  # the same edits
        if local.key == incoming.key and local.values == incoming.values and local.fv == incoming.fv:
            return Outcome(local, False)
        kept, other = (incoming, local) if order(incoming) > order(local) else (local, incoming)
        lost = tuple(Lost(f, other.values.get(f), other.dot(f), other.writer, other.version, other.values)
                     for f in names if f != key and other.values.get(f) != kept.values.get(f))
        return Outcome(kept, kept is not local, lost)
    if covers(local.vv, incoming.vv):
        return Outcome(local, False)  # already seen
    if covers(incoming.vv, local.vv):
        return Outcome(incoming, True)  # a later edit of what we have
    return _concurrent(local, incoming, names, order)


def _concurrent(local: State, incoming: State, names: list[str], order) -> Outcome:
    """Edited on both sides before they met: field by field."""
    values = dict(local.values)
    fv: dict[str, Dot] = {}
    lost: list[Lost] = []
    record_winner, record_loser = (incoming, local) if order(incoming) > order(local) else (local, incoming)
    for name in names:
        mine, theirs = local.dot(name), incoming.dot(name)
        a, b = local.values.get(name), incoming.values.get(name)
        if a == b:
            chosen = max(mine, theirs)
            if chosen != NO_DOT:
                fv[name] = chosen
            continue
        if mine == theirs == NO_DOT:  # neither edit has a field version: the whole record decides (as before)
            win, lose = record_winner, record_loser
            values[name] = win.values.get(name)
            lost.append(Lost(name, lose.values.get(name), NO_DOT, lose.writer, lose.version, lose.values))
            continue
        newer = theirs > mine  # (version, writer, count): the later edit, and the same choice on every laptop
        win_dot, lose_dot = (theirs, mine) if newer else (mine, theirs)
        values[name] = b if newer else a
        if win_dot != NO_DOT:
            fv[name] = win_dot
        if not (_seen(incoming if newer else local, lose_dot)):  # the winner never saw the loser: a conflict
            loser = local if newer else incoming
            lost.append(Lost(name, loser.values.get(name), lose_dot, lose_dot[1] or loser.writer,
                             lose_dot[0] or loser.version, loser.values))
    # The record as a whole is named by the version that wins the whole-record order (the largest version seen,
    # then writer): the same on every laptop, whichever met first. Its time is the latest edit's.
    for meta in ("device_id", "updated_at"):
        if meta in record_winner.values:
            values[meta] = record_winner.values[meta]
    times = [v for v in (local.values.get("updated_at"), incoming.values.get("updated_at")) if v is not None]
    if times:
        values["updated_at"] = max(times)
    state = State(max(local.version, incoming.version), record_winner.writer, join(local.vv, incoming.vv),
                  values, fv)
    return Outcome(state, state != local, tuple(lost))


def conflict_id(table: str, record_id: uuid.UUID, lost: Lost) -> uuid.UUID:
    """The id of a lost field edit: the record, the field and the edit that set the losing value (its writer and
    that writer's count). However the laptops meet, the same lost edit gets the same id and is stored once."""
    if lost.dot != NO_DOT:
        _version, writer, count = lost.dot
        return uuid.uuid5(CONFLICT_NAMESPACE, f"{table}/{record_id}/{lost.field}/{writer}/{count}")
    return uuid.uuid5(CONFLICT_NAMESPACE, f"{table}/{record_id}/{lost.field}/{lost.writer}/v{lost.version}")


def edited(state: State, writer: str, values: dict) -> State:
    """A local edit of a record by `writer`: the fields whose value changes get this edit's field version."""
    vv = dict(state.vv)
    vv[writer] = vv.get(writer, 0) + 1
    version = state.version + 1
    fv = dict(state.fv)
    for name, value in values.items():
        if state.values.get(name) != value:
            fv[name] = (version, writer, vv[writer])
    return State(version, writer, vv, {**state.values, **values}, fv)
