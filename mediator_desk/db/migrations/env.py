"""Alembic environment: runs on the connection handed over by mediator_desk.db.migrations."""

from alembic import context

from mediator_desk.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Mediator Desk migrations run through mediator_desk.db.migrations.db.engine.upgrade")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
