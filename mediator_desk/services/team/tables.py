"""What travels between laptops, in which order, and how each table's records are told apart.

Every entity table travels (the conflicts list too); `sync_state` and `change_counter` are each laptop's own.
Tables go parents first, so a tour arrives after its exhibition and a press after its category."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from mediator_desk.db.models import Base

LOCAL_ONLY = frozenset({"sync_state", "change_counter", "alembic_version"})

# Columns that describe a version rather than the record: they never make two versions "different content".
META = ("id", "created_at", "updated_at", "device_id", "version", "vv", "fv", "change_seq")

# Records that are written once and never edited: a union by id (their content never needs comparing).
APPEND_ONLY = frozenset({"count_event", "day_event"})

# Codes that should name one record (not unique in the schema: two laptops may take the same one before they
# meet). The record with the smaller id keeps the code; the other is renamed (listed as a conflict), or, for an
# import key (the same online answer imported on two laptops before ids followed from keys), set aside.
KEYS = {"voucher": "code", "feedback_card": "code", "feedback": "import_key"}

# How the command line and the app group what came in.
GROUPS = {
    "count_event": "walk_ins",
    "tour_session": "tours", "session_mediator": "tours",
    "visitor_group": "groups",
    "feedback": "feedback", "feedback_card": "feedback",
    "conflict": "conflicts",
    "day_event": "days",
}


@dataclass(frozen=True)
class Shared:
    table: Table
    key: str | None  # the code column that should be unique among live records

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def group(self) -> str:
        return GROUPS.get(self.name, "reference")

    @property
    def columns(self) -> list[str]:
        """Every column but the local change number, in table order."""
        return [c.name for c in self.table.columns if c.name != "change_seq"]

    @property
    def content(self) -> list[str]:
        """The columns that make a version's content (what a conflict keeps of the losing version)."""
        return [c.name for c in self.table.columns if c.name not in META]


def shared_tables() -> list[Shared]:
    return [Shared(t, KEYS.get(t.name)) for t in Base.metadata.sorted_tables if t.name not in LOCAL_ONLY]


def by_name(name: str) -> Shared:
    for shared in shared_tables():
        if shared.name == name:
            return shared
    raise KeyError(name)
