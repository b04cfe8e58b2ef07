"""team: record versions, change marks, conflicts, sync state; answers per feedback card

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:40:00

Every record gains `version` (edits made to it, the clock that decides which edit wins: a wrong laptop clock
cannot abuse it), `vv` (its version vector: which laptop made how many of those edits, to tell a later edit
from a concurrent one) and `change_seq` (local: when it last changed here, for pushing to the team's server).
Columns are added in place (O(1) in SQLite) and indexes built once, so a season upgrades in seconds.

Voucher codes, card codes and import keys stop being unique in the schema: two laptops can each register the
same code before they meet, and a merge must take both rows in. The merge rules then keep the code on the
record with the smaller id and rename the other (listed as a conflict); the services still refuse a code
already in use on this laptop.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("venue", "exhibition", "mediator", "programme", "partner_organisation", "count_category", "tour_session",
          "session_mediator", "visitor_group", "count_event", "feedback", "voucher", "feedback_card")


def stamp_triggers(table: str) -> list[str]:
    """SQLite triggers that mark each insert and update with the next local change number (unless the writer
    set one itself: a row pulled from the server is marked as already there)."""
    body = (f"BEGIN UPDATE change_counter SET seq = seq + 1 WHERE id = 1; "
            f"UPDATE {table} SET change_seq = (SELECT seq FROM change_counter WHERE id = 1) "
            f"WHERE rowid = NEW.rowid; END")
    return [f"CREATE TRIGGER trg_{table}_changed_insert AFTER INSERT ON {table} "
            f"WHEN NEW.change_seq IS NULL {body}",
            f"CREATE TRIGGER trg_{table}_changed_update AFTER UPDATE ON {table} "
            f"WHEN NEW.change_seq IS OLD.change_seq {body}"]


def entity_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('device_id', sa.String(length=64), nullable=False),
            sa.Column('deleted_at', sa.DateTime(), nullable=True),
            sa.Column('version', sa.Integer(), server_default='1', nullable=False),
            sa.Column('vv', sa.JSON(), nullable=True),
            sa.Column('change_seq', sa.BigInteger(), nullable=True)]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))
        op.add_column(table, sa.Column('vv', sa.JSON(), nullable=True))
        op.add_column(table, sa.Column('change_seq', sa.BigInteger(), nullable=True))
        op.create_index(f'ix_{table}_change_seq', table, ['change_seq'], unique=False)
    with op.batch_alter_table('voucher', recreate='auto') as batch_op:
        batch_op.drop_constraint('uq_voucher_code', type_='unique')
        batch_op.create_index('ix_voucher_code', ['code'], unique=False)
    with op.batch_alter_table('feedback_card', recreate='auto') as batch_op:
        batch_op.drop_constraint('uq_feedback_card_code', type_='unique')
        batch_op.create_index('ix_feedback_card_code_code', ['code'], unique=False)
    op.drop_index('uq_feedback_import_key', table_name='feedback')
    op.create_index('ix_feedback_import_key', 'feedback', ['import_key'], unique=False)
    op.add_column('venue', sa.Column('answers_per_card', sa.Integer(), server_default='1', nullable=False))
    op.create_table('conflict',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('other_version', sa.Integer(), nullable=False),
    sa.Column('other_device', sa.String(length=64), nullable=False),
    sa.Column('other_values', sa.JSON(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    *entity_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    op.create_index('ix_conflict_record_id', 'conflict', ['record_id'], unique=False)
    op.create_index('ix_conflict_change_seq', 'conflict', ['change_seq'], unique=False)
    op.create_table('sync_state',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sync_state'))
    )
    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.execute("INSERT INTO change_counter (id, seq) VALUES (1, 0)")
    if sqlite:
        for table in (*TABLES, "conflict"):
            for statement in stamp_triggers(table):
                op.execute(statement)
    else:
        op.execute("CREATE SEQUENCE hub_change_seq")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for table in (*TABLES, "conflict"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_changed_insert")
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_changed_update")
    else:
        op.execute("DROP SEQUENCE IF EXISTS hub_change_seq")
    op.drop_table('change_counter')
    op.drop_table('sync_state')
    op.drop_index('ix_conflict_change_seq', table_name='conflict')
    op.drop_index('ix_conflict_record_id', table_name='conflict')
    op.drop_table('conflict')
    op.drop_column('venue', 'answers_per_card')
    op.drop_index('ix_feedback_import_key', table_name='feedback')
    op.create_index('uq_feedback_import_key', 'feedback', ['import_key'], unique=True)
    with op.batch_alter_table('feedback_card', recreate='auto') as batch_op:
        batch_op.drop_index('ix_feedback_card_code_code')
        batch_op.create_unique_constraint('uq_feedback_card_code', ['code'])
    with op.batch_alter_table('voucher', recreate='auto') as batch_op:
        batch_op.drop_index('ix_voucher_code')
        batch_op.create_unique_constraint('uq_voucher_code', ['code'])
    for table in TABLES:
        op.drop_index(f'ix_{table}_change_seq', table_name=table)
        op.drop_column(table, 'change_seq')
        op.drop_column(table, 'vv')
        op.drop_column(table, 'version')
