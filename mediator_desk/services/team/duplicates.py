"""Records made twice — the same venue set up on two laptops, an exhibition, a mediator, a count category, a
programme or a partner typed in twice — joined into one.

Joining rewrites every reference to the others (tours, groups, walk-in counts, feedback, vouchers…) to the one
kept, and marks the others deleted. Each rewritten row is an ordinary, versioned edit of that field, so the join
travels to the other laptops by merge and sync like any edit (and loses to nobody's concurrent edit of another
field); the rows keep their ids, so nothing is counted twice or lost. A join can be undone: the rows point to
their record again and it comes back."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Table, func, literal, select, update

from mediator_desk.db.database import Database, transaction
from mediator_desk.db.models import Base, utcnow
from mediator_desk.errors import MissingRecordError, ValidationError
from mediator_desk.services.changes import REFERENCE, TEAM, TOUR, Changes

# What can be made twice, and the columns that say "the same" (besides the name).
KINDS = {
    "venue": ("name", ()),
    "exhibition": ("title", ("venue_id",)),
    "mediator": ("display_name", ()),
    "count_category": ("name", ("venue_id",)),
    "programme": ("name", ()),
    "partner_organisation": ("name", ()),
}
CHUNK = 500


def _table(kind: str) -> Table:
    return Base.metadata.tables[kind]


def same_name(text: str) -> str:
    """Names that differ only in case, accents or spacing name the same thing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class DuplicateSet:
    kind: str
    name: str  # as the oldest record spells it
    ids: tuple[uuid.UUID, ...]  # oldest first: the one a join keeps unless told otherwise


def find(db: Database) -> list[DuplicateSet]:
    """Every set of live records of one kind with the same name (and, for exhibitions and categories, the same
    venue)."""
    found: list[DuplicateSet] = []
    with db.engine.connect() as conn:
        for kind, (name_col, scope) in KINDS.items():
            t = _table(kind)
            rows = conn.execute(select(t.c.id, t.c[name_col], *[t.c[c] for c in scope])
                                .where(t.c.deleted_at.is_(None)).order_by(t.c.created_at, t.c.id)).all()
            groups: dict[tuple, list] = {}
            for row in rows:
                groups.setdefault((same_name(row[1] or ""), *row[2:]), []).append(row)
            for rows_ in groups.values():
                if len(rows_) > 1:
                    found.append(DuplicateSet(kind, rows_[0][1], tuple(r[0] for r in rows_)))
    return found


@dataclass
class Joined:
    """What a join changed, to undo it: per (table, column), each rewritten row and the record it pointed to."""

    kind: str
    keep: uuid.UUID
    others: tuple[uuid.UUID, ...]
    rewritten: dict[tuple[str, str], list[tuple[uuid.UUID, uuid.UUID]]] = field(default_factory=dict)
    links_deleted: list[uuid.UUID] = field(default_factory=list)  # a tour's team listed both records: one place


def references(kind: str) -> list[tuple[Table, str]]:
    """Every (table, column) whose foreign key points at `kind`'s table."""
    target = _table(kind)
    out = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table is target for fk in column.foreign_keys):
                out.append((table, column.name))
    return out


def _versioned(t: Table, values: dict, writer: str, device: str, now: dt.datetime) -> dict:
    """Column values for a bulk UPDATE that is a versioned edit of `values`' fields by `writer`, as the session
    hooks make for one record (db/hooks.py): version + 1, one more edit in the vector, the fields marked."""
    vv = func.coalesce(t.c.vv, func.json_object(t.c.device_id, t.c.version))
    path = literal(f'$."{writer}"')
    count = func.coalesce(func.json_extract(vv, path), 0) + 1
    fv = func.coalesce(t.c.fv, literal("{}"))
    for name in values:
        fv = func.json_set(fv, literal(f"$.{name}"), func.json_array(t.c.version + 1, literal(writer), count))
    return {**values, "version": t.c.version + 1, "vv": func.json_set(vv, path, count), "fv": fv,
            "device_id": device, "updated_at": now}


def join(db: Database, kind: str, keep: uuid.UUID, others: list[uuid.UUID], device: str) -> tuple[Joined, Changes]:
    """Make `others` one with `keep`: every reference to them points to `keep`, and they are marked deleted."""
    if kind not in KINDS:
        raise ValidationError("kind", f"Records of kind {kind!r} cannot be joined.")
    others = [o for o in others if o != keep]
    if not others:
        raise ValidationError("others", "Choose at least one other record to join into the kept one.")
    writer = db.session_factory.kw.get("info", {}).get("writer") or device
    now = utcnow()
    joined = Joined(kind, keep, tuple(others))
    with transaction(db) as s:
        conn = s.connection()
        t = _table(kind)
        found = set(conn.scalars(select(t.c.id).where(t.c.id.in_([keep, *others]), t.c.deleted_at.is_(None))))
        if found != {keep, *others}:
            raise MissingRecordError("One of those records is no longer in this database (or was deleted).")
        for table, column in references(kind):
            rows = conn.execute(select(table.c.id, table.c[column]).where(table.c[column].in_(others))).all()
            if not rows:
                continue
            joined.rewritten[(table.name, column)] = [(r[0], r[1]) for r in rows]
            for start in range(0, len(rows), CHUNK):
                ids = [r[0] for r in rows[start:start + CHUNK]]
                conn.execute(update(table).where(table.c.id.in_(ids))
                             .values(_versioned(table, {column: keep}, writer, device, now)))
        if kind == "mediator":
            joined.links_deleted = _one_place_per_tour(conn, keep, writer, device, now)
        for start in range(0, len(others), CHUNK):
            conn.execute(update(t).where(t.c.id.in_(others[start:start + CHUNK]))
                         .values(_versioned(t, {"deleted_at": now}, writer, device, now)))
    return joined, Changes.of(REFERENCE, TOUR, TEAM)


def _one_place_per_tour(conn, keep: uuid.UUID, writer: str, device: str, now: dt.datetime) -> list[uuid.UUID]:
    """A tour whose team listed both records now lists the kept one twice: the later place goes (the lead one
    stays)."""
    links = _table("session_mediator")
    rows = conn.execute(select(links.c.id, links.c.session_id, links.c.is_lead)
                        .where(links.c.mediator_id == keep, links.c.deleted_at.is_(None))
                        .order_by(links.c.session_id, links.c.is_lead.desc(), links.c.created_at, links.c.id)).all()
    extra, seen = [], set()
    for row in rows:
        if row.session_id in seen:
            extra.append(row.id)
        seen.add(row.session_id)
    if extra:
        conn.execute(update(links).where(links.c.id.in_(extra))
                     .values(_versioned(links, {"deleted_at": now}, writer, device, now)))
    return extra


def unjoin(db: Database, joined: Joined, device: str) -> Changes:
    """Undo a join: the rewritten rows point to their own record again, and the others come back."""
    writer = db.session_factory.kw.get("info", {}).get("writer") or device
    now = utcnow()
    with transaction(db) as s:
        conn = s.connection()
        for (table_name, column), rows in joined.rewritten.items():
            table = Base.metadata.tables[table_name]
            by_target: dict[uuid.UUID, list[uuid.UUID]] = {}
            for row_id, target in rows:
                by_target.setdefault(target, []).append(row_id)
            for target, ids in by_target.items():
                for start in range(0, len(ids), CHUNK):
                    conn.execute(update(table).where(table.c.id.in_(ids[start:start + CHUNK]),
                                                     table.c[column] == joined.keep)
                                 .values(_versioned(table, {column: target}, writer, device, now)))
        t = _table(joined.kind)
        conn.execute(update(t).where(t.c.id.in_(list(joined.others)))
                     .values(_versioned(t, {"deleted_at": None}, writer, device, now)))
        if joined.links_deleted:
            links = _table("session_mediator")
            conn.execute(update(links).where(links.c.id.in_(joined.links_deleted))
                         .values(_versioned(links, {"deleted_at": None}, writer, device, now)))
    return Changes.of(REFERENCE, TOUR, TEAM)
