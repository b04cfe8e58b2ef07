"""The conflicts list: records two laptops changed before they met. The version that won is in the record;
the other is kept here until the coordinator keeps it instead ("keep the other version") or dismisses it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from mediator_desk.db.database import Database, transaction
from mediator_desk.db.hooks import INCLUDE_DELETED
from mediator_desk.db.models import Base, Conflict, utcnow
from mediator_desk.errors import QT_TRANSLATE_NOOP, MissingRecordError
from mediator_desk.services.changes import TEAM, Changes
from mediator_desk.services.team.apply import RENAMED, decode

# What each table's records are called, and the column that names one.
RECORDS = {
    "venue": (QT_TRANSLATE_NOOP("team", "Venue"), "name"),
    "exhibition": (QT_TRANSLATE_NOOP("team", "Exhibition"), "title"),
    "mediator": (QT_TRANSLATE_NOOP("team", "Mediator"), "display_name"),
    "programme": (QT_TRANSLATE_NOOP("team", "Programme"), "name"),
    "partner_organisation": (QT_TRANSLATE_NOOP("team", "Partner"), "name"),
    "count_category": (QT_TRANSLATE_NOOP("team", "Count category"), "name"),
    "tour_session": (QT_TRANSLATE_NOOP("team", "Tour"), "planned_start"),
    "session_mediator": (QT_TRANSLATE_NOOP("team", "Tour team"), "mediator_id"),
    "visitor_group": (QT_TRANSLATE_NOOP("team", "Visitor group"), "group_type"),
    "voucher": (QT_TRANSLATE_NOOP("team", "Voucher"), "code"),
    "feedback_card": (QT_TRANSLATE_NOOP("team", "Feedback card"), "code"),
    "feedback": (QT_TRANSLATE_NOOP("team", "Feedback"), "day"),
    "count_event": (QT_TRANSLATE_NOOP("team", "Walk-in count"), "local_date"),
}


@dataclass(frozen=True)
class Difference:
    field: str
    kept: Any  # the value the record holds now (a referenced record by its name, code or time)
    other: Any  # the value of the version that did not win


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    what: str  # "Tour", "Voucher"… (English: the interface translates it in the "team" context)
    title: Any  # the record's name or code, or its time (a datetime) as it is now
    kept_device: str  # the laptop that made the version the record holds now
    other_device: str
    detected_at: dt.datetime
    differences: list[Difference]
    renamed_from: str | None  # a code given up to an older record (nothing to choose)
    resolution: str


def _model(table: str):
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise KeyError(table)


def _title(record, table: str) -> Any:
    """What names a record: a name, a code, or a time (a datetime: the interface shows it in local time)."""
    _what, column = RECORDS.get(table, (table, "id"))
    value = getattr(record, column, None) if record is not None else None
    if table == "visitor_group" and record is not None:
        session = getattr(record, "session", None)
        return session.planned_start if session is not None else value
    return value if value is not None else ""


def _describe(s, model, name: str, value: Any) -> Any:
    """A value as people know it: a referenced record by its name, code or time instead of its id."""
    if value is None or name not in model.__table__.c:
        return value
    for fk in model.__table__.c[name].foreign_keys:
        target_table = fk.column.table.name
        record = s.get(_model(target_table), value, execution_options=INCLUDE_DELETED)
        return _title(record, target_table) if record is not None else value
    return value


def count_open(db: Database) -> int:
    return len(open_conflicts(db))


def open_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictRow]:
    """The conflicts still to look at (newest first), each with what differs between the two versions."""
    rows: list[ConflictRow] = []
    with db.session() as s:
        q = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id)
        if not include_resolved:
            q = q.where(Conflict.resolution == "")
        for c in s.scalars(q):
            model = _model(c.table_name)
            record = s.get(model, c.record_id, execution_options=INCLUDE_DELETED)
            other = decode(model.__table__, {k: v for k, v in c.other_values.items() if k != RENAMED})
            differences = []
            if record is not None:
                for name, value in other.items():
                    kept = getattr(record, name, None)
                    if kept != value:
                        differences.append(Difference(name, _describe(s, model, name, kept),
                                                      _describe(s, model, name, value)))
            if record is not None and not differences and RENAMED not in c.other_values:
                continue  # the two versions say the same: nothing to choose
            rows.append(ConflictRow(c.id, c.table_name, c.record_id, RECORDS.get(c.table_name, (c.table_name,))[0],
                                    _title(record, c.table_name), record.device_id if record is not None else "", c.other_device, c.detected_at,
                                    differences, c.other_values.get(RENAMED), c.resolution))
    return rows


def _resolve(db: Database, conflict_id: uuid.UUID, device: str, keep_other: bool) -> Changes:
    with transaction(db) as s:
        c = s.get(Conflict, conflict_id)
        if c is None:
            raise MissingRecordError("That conflict is no longer in this database.")
        if keep_other and RENAMED not in c.other_values:
            model = _model(c.table_name)
            record = s.get(model, c.record_id, execution_options=INCLUDE_DELETED)
            if record is None:
                raise MissingRecordError("The record of that conflict is no longer in this database.")
            for name, value in decode(model.__table__, c.other_values).items():
                setattr(record, name, value)
            record.device_id = device  # a new edit: it wins over both versions everywhere
        c.resolution = "other" if keep_other else "kept"
        c.resolved_at = utcnow()
        c.device_id = device
    return Changes.of(TEAM, ids=[conflict_id])


def keep_other(db: Database, conflict_id: uuid.UUID, device: str) -> Changes:
    """Put the version that did not win back in the record (as a new edit that travels to every laptop)."""
    return _resolve(db, conflict_id, device, True)


def dismiss(db: Database, conflict_id: uuid.UUID, device: str) -> Changes:
    """Keep the version the merge chose; the conflict leaves the list (on every laptop after the next sync)."""
    return _resolve(db, conflict_id, device, False)
