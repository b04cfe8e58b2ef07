"""Merging one table's incoming records into a database — the same statements for a file from a USB stick
(attached SQLite), for a push to the team's server (a PostgreSQL staging table) and for a pull (a SQLite
staging table). Source and target are in the same database, so records move in bulk:

1. records the target has never seen are inserted with one INSERT … SELECT (the walk-ins of a season at once);
2. records both hold in different versions are read in pairs and decided by `rules.merge` (a later edit
   wins; concurrent edits keep the loser in the conflicts list);
3. codes that should name one record and now name two are settled: the smaller id keeps the code.

Each written record gets a new change number (this laptop's counter, or the server's sequence), so it travels
on to the server at the next sync. Nothing is ever deleted: the laptops' server role has no DELETE right."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Connection, Table, Text, cast, exists, func, insert, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from mediator_desk.db.models import ChangeCounter, Conflict
from mediator_desk.services.team import rules
from mediator_desk.services.team.tables import APPEND_ONLY, Shared, by_name

RENAMED = "_renamed_from"  # in a conflict's values: the code a record gave up to an older record
# A losing value kept in the conflicts list carries what it cannot be read without: a booking contact keeps the
# date after which it is deleted (the retention purge reaches the conflicts list too).
KEPT_WITH = {"tour_session": {"contact_retention_until": ("contact_name", "contact_phone", "contact_email")}}


# --- change numbers -------------------------------------------------------------------------------

class LocalNumbers:
    """This laptop's change counter (the one SQLite's triggers advance), handed out in blocks."""

    def __init__(self, conn: Connection) -> None:
        self.next = int(conn.scalar(select(ChangeCounter.seq).where(ChangeCounter.id == 1)) or 0) + 1
        self.first = self.next

    def bulk(self):
        return literal(self.next - 1) + func.row_number().over()

    def advance(self, n: int) -> None:
        self.next += n

    def take(self, _conn: Connection) -> int:
        value = self.next
        self.next += 1
        return value

    def finish(self, conn: Connection) -> None:
        if self.next != self.first:
            conn.execute(update(ChangeCounter).where(ChangeCounter.id == 1).values(seq=self.next - 1))


class HubNumbers:
    """The server's sequence: pushes hold an advisory lock, so numbers grow in the order pushes commit."""

    SEQUENCE = "hub_change_seq"

    def bulk(self):
        return func.nextval(self.SEQUENCE)

    def advance(self, n: int) -> None:
        pass

    def take(self, conn: Connection) -> int:
        return int(conn.scalar(select(func.nextval(self.SEQUENCE))))

    def finish(self, conn: Connection) -> None:
        pass


# --- what a merge did -----------------------------------------------------------------------------

@dataclass
class Tally:
    new: Counter = field(default_factory=Counter)  # table -> records inserted
    updated: Counter = field(default_factory=Counter)  # table -> records replaced by a later or winning version
    conflicts: int = 0  # new entries in the conflicts list
    renamed: int = 0  # codes given up to an older record
    duplicates: int = 0  # the same imported answer found twice, one set aside
    visitors: int = 0  # the sum of the new walk-in events
    new_ranges: list[tuple[int, int]] = field(default_factory=list)  # server numbers of inserted records

    @property
    def changed(self) -> bool:
        return bool(sum(self.new.values()) or sum(self.updated.values()) or self.renamed or self.duplicates)

    def add(self, other: Tally) -> None:
        self.new.update(other.new)
        self.updated.update(other.updated)
        self.conflicts += other.conflicts
        self.renamed += other.renamed
        self.duplicates += other.duplicates
        self.visitors += other.visitors
        self.new_ranges += other.new_ranges


# --- values ---------------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def encode(values: dict[str, Any]) -> dict[str, Any]:
    """A version's content as JSON-ready values (kept in a conflict)."""
    return {k: _plain(v) for k, v in values.items()}


def decode(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Back from `encode`, by each column's type (for "keep the other version")."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in table.c or value is None:
            if name in table.c:
                out[name] = None
            continue
        kind = table.c[name].type
        kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator: the type it stores
        try:
            python_type = kind.python_type
        except NotImplementedError:
            python_type = object
        if python_type is uuid.UUID:
            value = uuid.UUID(value)
        elif python_type is dt.datetime:
            value = dt.datetime.fromisoformat(value)
        elif python_type is dt.date:
            value = dt.date.fromisoformat(value)
        out[name] = value
    return out


def canonical(values: dict[str, Any]) -> str:
    return json.dumps(encode(values), sort_keys=True, default=str)


def state(row: dict[str, Any]) -> rules.State:
    """A stored row as the rules see it: its writer is the writer of its latest field edit (or, for a row from
    before field versions, its laptop)."""
    version = int(row["version"] or 1)
    fv = {name: rules.dot(value) for name, value in (row.get("fv") or {}).items()}
    latest = max(fv.values(), default=rules.NO_DOT)
    device = row["device_id"] or ""
    writer = latest[1] if latest != rules.NO_DOT and rules.device_of(latest[1]) == device else device
    return rules.State(version, writer, rules.effective_vv(version, device, row["vv"]), row, fv)


# --- merging one table ----------------------------------------------------------------------------

WATCHED = ("version", "device_id", "vv", "fv", "updated_at", "deleted_at")  # what any edit changes


def _differs(conn: Connection, a, b):
    if conn.dialect.name == "postgresql" and isinstance(a.type, JSON):
        return cast(a, Text).is_distinct_from(cast(b, Text))  # json has no equality operator
    return a.is_distinct_from(b)


def merge_table(conn: Connection, shared: Shared, source: Table, numbers, tally: Tally,
                *, report_visitors: bool = True) -> None:
    """Merge every record of `source` (same columns as `shared.table`, same database) into the table."""
    target = shared.table
    columns = shared.columns
    m, o = target.alias("m"), source.alias("o")
    # What tells two versions apart: what every edit changes, and for editable records their content too (two
    # versions with the same edits but different content must meet the rules, not pass unseen)
    content = [] if shared.name in APPEND_ONLY else shared.content
    watched = list(dict.fromkeys([*WATCHED, *([shared.key] if shared.key else []), *content]))
    pairs = select(*[o.c[c].label(f"o_{c}") for c in columns], *[m.c[c].label(f"m_{c}") for c in columns]) \
        .join_from(o, m, m.c.id == o.c.id).where(or_(*[_differs(conn, m.c[c], o.c[c]) for c in watched]))
    for row in conn.execute(pairs).mappings().all():
        local = state({c: row[f"m_{c}"] for c in columns})
        incoming = state({c: row[f"o_{c}"] for c in columns})
        resolve(conn, shared, local, incoming, numbers, tally)
    # After the pairs: records held on both sides are decided first (the join then meets only those), and the
    # ones the target has never seen go in at once.
    _insert_new(conn, shared, source, numbers, tally, report_visitors=report_visitors)
    if shared.key:
        settle_keys(conn, shared, numbers, tally)


def _insert_new(conn: Connection, shared: Shared, source: Table, numbers, tally: Tally,
                *, report_visitors: bool) -> None:
    target = shared.table
    columns = shared.columns
    unseen = ~exists().where(target.c.id == source.c.id)
    if isinstance(numbers, HubNumbers):
        # The server, under the push lock: the inserted records take a block of the sequence in one go (and the
        # pushing laptop learns which, so it need not pull them back).
        # Records it holds already are skipped by the primary key (no anti-join over the whole table); their
        # numbers stay unused, which only leaves gaps. The block is drawn in one statement (the laptops' role may
        # draw numbers, not set the sequence); under the push lock nobody else draws, so it is contiguous.
        staged = int(conn.scalar(select(func.count()).select_from(source)) or 0)
        if not staged:
            return
        drawn = select(func.nextval(HubNumbers.SEQUENCE).label("n")).select_from(func.generate_series(1, staged))\
            .subquery()
        first, last = (int(v) for v in conn.execute(select(func.min(drawn.c.n), func.max(drawn.c.n))).one())
        if last - first + 1 != staged:
            raise RuntimeError("the server's change numbers were drawn by another session during a locked push")
        rows = select(*[source.c[c] for c in columns],
                      (literal(first - 1) + func.row_number().over()).label("change_seq"))
        statement = pg_insert(target).from_select([*columns, "change_seq"], rows) \
            .on_conflict_do_nothing(index_elements=["id"]).returning(literal(1)).cte("inserted")
        count = int(conn.scalar(select(func.count()).select_from(statement)) or 0)
        if count:
            tally.new_ranges.append((first, last))
    else:
        first = numbers.next
        rows = select(*[source.c[c] for c in columns], numbers.bulk().label("change_seq")).where(unseen)
        count = conn.execute(insert(target).from_select([*columns, "change_seq"], rows)).rowcount or 0
        numbers.advance(count)
        if count and shared.name == "count_event" and report_visitors:
            tally.visitors += int(conn.scalar(select(func.coalesce(func.sum(target.c.delta), 0)).where(
                target.c.change_seq >= first, target.c.change_seq < numbers.next, target.c.kind == "entry")))
    if count:
        tally.new[shared.name] += count


def resolve(conn: Connection, shared: Shared, local: rules.State, incoming: rules.State, numbers,
            tally: Tally) -> None:
    """Decide one record held in two versions; write the outcome (and the loser as a conflict)."""
    outcome = rules.merge(local, incoming, canonical, shared.content, shared.key)
    if outcome.changed:
        values = dict(outcome.state.values)
        values.update(vv=outcome.state.vv, version=outcome.state.version,
                      fv={k: list(v) for k, v in outcome.state.fv.items()} or None)
        values.pop("id")
        values["change_seq"] = numbers.take(conn)
        table = shared.table
        conn.execute(update(table).where(table.c.id == local.values["id"]).values(**values))
        tally.updated[shared.name] += 1
    if outcome.lost and shared.name != "conflict":
        for lost in outcome.lost:  # each field value that lost to a concurrent edit: kept for the coordinator
            record_conflict(conn, shared, local.values["id"], outcome.state, lost, numbers, tally)


def record_conflict(conn: Connection, shared: Shared, record_id: uuid.UUID, winner: rules.State,
                    lost: rules.Lost, numbers, tally: Tally, *, extra: dict[str, Any] | None = None) -> None:
    """Keep a losing field value where the coordinator sees it. Everything stored follows from the losing
    edit alone (its id from the record, the field and that edit), so laptops that find it store the same entry;
    when it was made is not known here, so it carries the epoch of the record's creation."""
    conflict_id = rules.conflict_id(shared.name, record_id, lost)
    table = Conflict.__table__
    if conn.scalar(select(table.c.id).where(table.c.id == conflict_id)) is not None:
        return
    when = winner.values["created_at"]
    other_values = {lost.field: lost.value, **(extra or {})}
    for name, companions in KEPT_WITH.get(shared.name, {}).items():
        if lost.field in companions and name in lost.source:  # e.g. a contact keeps its deletion date
            other_values[name] = lost.source[name]
    device = rules.device_of(lost.writer)
    conn.execute(insert(table).values(
        id=conflict_id, created_at=when, updated_at=when, device_id=device, deleted_at=None, version=1,
        vv=None, fv=None, change_seq=numbers.take(conn), table_name=shared.name, record_id=record_id,
        other_version=lost.version, other_device=device, other_values=encode(other_values), detected_at=when,
        resolved_at=None, resolution=""))
    if RENAMED in other_values or winner.values.get(lost.field) != lost.value:
        tally.conflicts += 1  # one the coordinator will see (not two edits that say the same)


def settle_keys(conn: Connection, shared: Shared, numbers, tally: Tally) -> None:
    """A code that names two live records stays with the smaller id; the other gives it up."""
    table = shared.table
    key = table.c[shared.key]
    live = (table.c.deleted_at.is_(None), key.is_not(None), key != "")
    clashes = conn.scalars(select(key).where(*live).group_by(key).having(func.count() > 1)).all()
    columns = shared.columns
    for code in clashes:
        rows = conn.execute(select(*[table.c[c] for c in columns]).where(key == code, *live)
                            .order_by(table.c.id)).mappings().all()
        keeper = state(dict(rows[0]))
        for row in rows[1:]:
            if shared.key == "import_key":  # the same answer imported twice: count it once
                changes = {"import_key": None, "deleted_at": row["updated_at"]}
                tally.duplicates += 1
            else:
                width = table.c[shared.key].type.length or 64
                changes = {shared.key: f"{code[:width - 5]}~{row['id'].hex[:4]}"}
                tally.renamed += 1
                other = state(dict(row))
                lost = rules.Lost(shared.key, code, rules.NO_DOT, other.writer, other.version)
                record_conflict(conn, shared, row["id"], keeper, lost, numbers, tally, extra={RENAMED: code})
            conn.execute(update(table).where(table.c.id == row["id"]).values(  # updated_at: not "now" (onupdate)
                **changes, updated_at=row["updated_at"], change_seq=numbers.take(conn)))


def conflict_table() -> Shared:
    return by_name("conflict")
