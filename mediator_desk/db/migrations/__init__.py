"""Alembic migrations shipped inside the package, run programmatically (see db.engine.upgrade)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).parent


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade_to(connection: Connection, revision: str = "head") -> None:
    """Run the migrations on `connection`, inside the transaction its caller began."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)
