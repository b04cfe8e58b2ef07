"""Backups: manual copies, daily rotation (keep 14), restore with a safety copy, refusals."""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from mediator_desk.db.engine import open_database, transaction
from mediator_desk.db.models import Mediator
from mediator_desk.errors import ForeignDatabaseError, StorageError
from mediator_desk.paths import backup_dir
from mediator_desk.services import backup


def names(db):
    with db.session() as s:
        return sorted(s.scalars(select(Mediator.display_name)))


def test_backup_then_restore_brings_the_data_back(db, db_path, tmp_path):
    with transaction(db) as s:
        s.add(Mediator(display_name="Ioana Mureșan"))
    copy = backup.backup(db_path, tmp_path / "copy.sqlite")
    with transaction(db) as s:
        s.add(Mediator(display_name="Added after the backup"))
    db.close()
    safety = backup.restore(copy, db_path)
    reopened = open_database(db_path)
    try:
        assert names(reopened) == ["Ioana Mureșan"]
    finally:
        reopened.close()
    kept = open_database(safety)
    try:
        assert names(kept) == ["Added after the backup", "Ioana Mureșan"]
    finally:
        kept.close()


def test_restore_is_refused_while_the_database_is_open(db, db_path, tmp_path):
    """Restoring renames a new file over the database: an open connection would go on writing into the old one
    and lose it all. So it is refused, and nothing changes, until the database is closed."""
    copy = backup.backup(db_path, tmp_path / "empty.sqlite")
    with transaction(db) as s:
        s.add(Mediator(display_name="Ștefan"))
    with pytest.raises(StorageError, match="is open"):
        backup.restore(copy, db_path)
    assert names(db) == ["Ștefan"]
    db.close()
    backup.restore(copy, db_path)
    reopened = open_database(db_path)
    try:
        assert names(reopened) == []
    finally:
        reopened.close()


def test_daily_backup_once_a_day_keeps_the_last_14(db, db_path):
    start = dt.date(2026, 5, 1)
    for i in range(20):
        backup.daily_backup(db_path, today=start + dt.timedelta(days=i))
    assert backup.daily_backup(db_path, today=start + dt.timedelta(days=19)) is None  # already made today
    dailies = sorted(p.name for p in backup_dir(db_path).glob("daily-*.sqlite"))
    assert len(dailies) == 14
    assert dailies[0] == "daily-2026-05-07.sqlite" and dailies[-1] == "daily-2026-05-20.sqlite"


def test_restore_refuses_a_foreign_file(db_path, tmp_path, db):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE t (x)")
    c.close()
    with pytest.raises(ForeignDatabaseError):
        backup.restore(foreign, db_path)


def test_backup_of_a_missing_database_says_so(tmp_path):
    with pytest.raises(StorageError, match="no database"):
        backup.backup(tmp_path / "nothing.sqlite")
