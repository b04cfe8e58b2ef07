"""Session hooks, installed once per database: soft-deleted rows are left out of every ORM read, and every
edit bumps its record's version and marks the fields it changed (services/team/rules.py) — so no service has to
remember either.

A query opts in to deleted rows with `.execution_options(include_deleted=True)` (undo, merge, audit); a merge
writes versions it received with Core statements, which these hooks never touch."""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from mediator_desk.db.models import Entity, utcnow

INCLUDE_DELETED = {"include_deleted": True}


def _alive_only(state: ORMExecuteState) -> None:
    if (state.is_select and not state.is_column_load and not state.is_relationship_load
            and not state.execution_options.get("include_deleted", False)):
        state.statement = state.statement.options(
            with_loader_criteria(Entity, lambda cls: cls.deleted_at.is_(None), include_aliases=True))


def effective_vv(version: int, device_id: str, vv: dict | None) -> dict[str, int]:
    """A record's version vector; rows written before versions existed count as one edit by their writer."""
    return dict(vv) if vv else {device_id: version or 1}


# Columns that describe a version rather than the record: never a field of its own in `fv`.
META = frozenset({"id", "created_at", "updated_at", "device_id", "version", "vv", "fv", "change_seq"})


def changed_fields(obj) -> list[str]:
    """The record's fields this edit gives a new value (a value set to what it was is no change)."""
    state = inspect(obj)
    out = []
    for attr in state.mapper.column_attrs:
        if attr.key in META:
            continue
        history = state.attrs[attr.key].history
        if history.added and not history.unchanged:
            out.append(attr.key)
    return out


def _stamp_versions(session: Session, _context, _instances) -> None:
    """Each edited record: version one more than it was (a Lamport clock: merges keep the largest seen), one more
    edit by this writer in its version vector, and this edit's mark on every field it changed (`fv`)."""
    me = session.info.get("device_id", "")
    writer_key = session.info.get("writer") or me
    for obj in session.dirty:
        if not isinstance(obj, Entity) or not session.is_modified(obj, include_collections=False):
            continue
        changed = changed_fields(obj)
        if not changed:
            continue  # only bookkeeping was touched (the same values set again): no edit
        state = inspect(obj)
        device_history = state.attrs.device_id.history
        before = device_history.deleted[0] if device_history.deleted else obj.device_id
        writer = obj.device_id if device_history.added else me or obj.device_id
        key = writer_key if writer == me else writer
        vv = effective_vv(obj.version, before, obj.vv)
        vv[key] = vv.get(key, 0) + 1
        version = (obj.version or 1) + 1
        fv = dict(obj.fv or {})
        for name in changed:
            fv[name] = [version, key, vv[key]]
        obj.vv = vv
        obj.fv = fv
        obj.version = version
        obj.device_id = writer
        obj.updated_at = utcnow()


def install_hooks(factory: sessionmaker) -> None:
    """Install the hooks on a session factory once. The mark is an attribute of the factory itself:
    `event.contains` answers by identity, and a new factory could look hooked because a closed database's
    dead one had the same identity, leaving its edits unversioned and deleted rows unfiltered."""
    if getattr(factory, "_mediator_desk_hooks", False):
        return
    event.listen(factory, "do_orm_execute", _alive_only)
    event.listen(factory, "before_flush", _stamp_versions)
    factory._mediator_desk_hooks = True
