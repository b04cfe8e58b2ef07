"""field versions: which edit last set each field; version vectors stored as NULL, never as the text 'null'

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 19:30:00

A press's running number (`seq`) grows with time, so a counter that starts in a restored or copied file never
reuses one: on the team's server the column becomes a 64-bit integer (SQLite's integers are 64-bit already).

Every record gains `fv` (for each field, the edit that last set it: its version, writer and that writer's count),
so two laptops that changed different fields of one record both keep their change (services/team/rules.py).

Records pulled from the team's server stored an empty version vector as the JSON text 'null' instead of SQL NULL;
every merge then took each of them for a record edited apart (8–10 times slower after joining through the
server). They are stored as NULL again, without marking them as changed here (they are on the server already).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("venue", "exhibition", "mediator", "programme", "partner_organisation", "count_category", "tour_session",
          "session_mediator", "visitor_group", "count_event", "feedback", "voucher", "feedback_card", "conflict")


def update_trigger(table: str) -> str:
    """0003's trigger that marks an updated row with the next local change number."""
    return (f"CREATE TRIGGER trg_{table}_changed_update AFTER UPDATE ON {table} "
            f"WHEN NEW.change_seq IS OLD.change_seq BEGIN UPDATE change_counter SET seq = seq + 1 WHERE id = 1; "
            f"UPDATE {table} SET change_seq = (SELECT seq FROM change_counter WHERE id = 1) "
            f"WHERE rowid = NEW.rowid; END")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:  # a press's running number grows with time (milliseconds since 2020): more than 32 bits
        op.alter_column("count_event", "seq", type_=sa.BigInteger(), existing_type=sa.Integer())
    for table in TABLES:
        op.add_column(table, sa.Column('fv', sa.JSON(), nullable=True))
        if sqlite:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_changed_update")
            op.execute(f"UPDATE {table} SET vv = NULL WHERE vv = 'null'")
            op.execute(update_trigger(table))
        else:
            op.execute(f"UPDATE {table} SET vv = NULL WHERE vv::text = 'null'")


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, 'fv')
