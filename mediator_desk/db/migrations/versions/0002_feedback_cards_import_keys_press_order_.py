"""feedback cards, import keys, press order and undo links

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 19:14:04.268115
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Columns are added in place (ALTER TABLE ... ADD COLUMN is O(1) in SQLite) and indexes built once: a
    # season's 730,000 count events upgrade in about a second. A table rebuild here took hours.
    op.create_table('feedback_card',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('exhibition_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['exhibition_id'], ['exhibition.id'], name=op.f('fk_feedback_card_exhibition_id_exhibition')),
    sa.ForeignKeyConstraint(['session_id'], ['tour_session.id'], name=op.f('fk_feedback_card_session_id_tour_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_card')),
    sa.UniqueConstraint('code', name=op.f('uq_feedback_card_code'))
    )
    op.add_column('count_event', sa.Column('seq', sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":  # SQLite adds a column's reference only inline
        op.execute("ALTER TABLE count_event ADD COLUMN undoes_id CHAR(32) "
                   "CONSTRAINT fk_count_event_undoes_id_count_event REFERENCES count_event (id)")
    else:
        op.add_column('count_event', sa.Column('undoes_id', sa.Uuid(), nullable=True))
        op.create_foreign_key('fk_count_event_undoes_id_count_event', 'count_event', 'count_event',
                              ['undoes_id'], ['id'])
    op.create_index('ix_count_event_device_seq', 'count_event', ['device_id', 'seq'], unique=False)
    op.add_column('feedback', sa.Column('card_code', sa.String(length=16), nullable=True))
    op.add_column('feedback', sa.Column('import_key', sa.String(length=64), nullable=True))
    op.create_index(op.f('ix_feedback_card_code'), 'feedback', ['card_code'], unique=False)
    op.create_index('uq_feedback_import_key', 'feedback', ['import_key'], unique=True)


def downgrade() -> None:
    op.drop_index('uq_feedback_import_key', table_name='feedback')
    op.drop_index(op.f('ix_feedback_card_code'), table_name='feedback')
    op.drop_column('feedback', 'import_key')
    op.drop_column('feedback', 'card_code')
    op.drop_index('ix_count_event_device_seq', table_name='count_event')
    with op.batch_alter_table('count_event', schema=None) as batch_op:
        batch_op.drop_column('undoes_id')
    op.drop_column('count_event', 'seq')
    op.drop_table('feedback_card')
