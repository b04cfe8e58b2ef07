"""Database layer: engine, ORM models, migrations and queries (no Qt here)."""
