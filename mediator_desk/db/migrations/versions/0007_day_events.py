"""closing the day: sign-off, amendment and reopening events

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 09:40:00

A new append-only table; nothing recorded before changes. On SQLite its rows get the local change numbers that
every other table's rows get (migration 0003's triggers), so they travel to the team's server.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "day_event"


def stamp_triggers(table: str) -> list[str]:
    """0003's triggers: each insert and update takes the next local change number (unless the writer set one)."""
    body = (f"BEGIN UPDATE change_counter SET seq = seq + 1 WHERE id = 1; "
            f"UPDATE {table} SET change_seq = (SELECT seq FROM change_counter WHERE id = 1) "
            f"WHERE rowid = NEW.rowid; END")
    return [f"CREATE TRIGGER trg_{table}_changed_insert AFTER INSERT ON {table} "
            f"WHEN NEW.change_seq IS NULL {body}",
            f"CREATE TRIGGER trg_{table}_changed_update AFTER UPDATE ON {table} "
            f"WHEN NEW.change_seq IS OLD.change_seq {body}"]


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('exhibition_id', sa.Uuid(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('action', sa.String(length=16), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('signer', sa.String(length=200), nullable=False),
        sa.Column('mediator_id', sa.Uuid(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('snapshot', sa.JSON(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.Column('vv', sa.JSON(), nullable=True),
        sa.Column('fv', sa.JSON(), nullable=True),
        sa.Column('change_seq', sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(['exhibition_id'], ['exhibition.id'],
                                name=op.f('fk_day_event_exhibition_id_exhibition')),
        sa.ForeignKeyConstraint(['mediator_id'], ['mediator.id'], name=op.f('fk_day_event_mediator_id_mediator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_day_event')),
    )
    op.create_index('ix_day_event_exhibition_day', TABLE, ['exhibition_id', 'day'], unique=False)
    op.create_index('ix_day_event_change_seq', TABLE, ['change_seq'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in stamp_triggers(TABLE):
            op.execute(statement)


def downgrade() -> None:
    op.drop_table(TABLE)
