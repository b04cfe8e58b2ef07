"""a visitor group's "how they heard of us"

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 23:20:00

One column, empty for every group recorded before (nobody was asked). Added in place: no table rebuild.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('visitor_group', sa.Column('heard_via', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('visitor_group') as batch:
        batch.drop_column('heard_via')
