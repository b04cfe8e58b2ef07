"""A season database in the first schema (0001), made from a current one: the input of the upgrade bench row."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def make_first_schema_copy(source: Path, target: Path) -> None:
    """Create `target` at revision 0001 and copy every column that schema has from `source` (any revision)."""
    from mediator_desk.db.engine import make_engine, upgrade

    for p in target.parent.glob(target.name + "*"):
        p.unlink()
    engine = make_engine(target)
    upgrade(engine, "0001")
    engine.dispose()
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("ATTACH DATABASE ? AS src", (f"{source.resolve().as_uri()}?mode=ro",))
    tables = [r[0] for r in con.execute("SELECT name FROM main.sqlite_master WHERE type='table' "
                                        "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'")]
    con.execute("BEGIN")
    for table in tables:
        mine = [r[1] for r in con.execute(f"PRAGMA main.table_info({table})")]
        theirs = {r[1] for r in con.execute(f"PRAGMA src.table_info({table})")}
        cols = ", ".join(c for c in mine if c in theirs)
        con.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM src.{table}")
    con.execute("COMMIT")
    con.execute("DETACH DATABASE src")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
