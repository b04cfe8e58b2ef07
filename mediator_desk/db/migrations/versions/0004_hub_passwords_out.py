"""no password kept: the team server's address in sync_state without its password

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 18:00:00

Earlier versions noted the address of the last server synced with as typed: a password given in the query
(`?password=…`, which PostgreSQL accepts) stayed in the file, and so in every backup and every copy for the
coordinator. The note keeps the address without any password.
"""
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from mediator_desk.db.hub import safe

    conn = op.get_bind()
    state = sa.table("sync_state", sa.column("name", sa.String), sa.column("value", sa.Text))
    for name, value in conn.execute(sa.select(state.c.name, state.c.value).where(state.c.name == "hub:current")):
        try:
            note = json.loads(value)
        except ValueError:
            continue
        if isinstance(note, dict) and isinstance(note.get("server"), str) and safe(note["server"]) != note["server"]:
            note["server"] = safe(note["server"])
            conn.execute(sa.update(state).where(state.c.name == name).values(value=json.dumps(note)))


def downgrade() -> None:
    pass  # nothing to restore: the password is not kept anywhere
