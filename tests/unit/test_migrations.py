"""Migrations: fresh databases, the kept first-schema file, and refusal of files we must not touch."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from mediator_desk.db.engine import HEAD, KNOWN_REVISIONS, open_database, pre_upgrade_copy
from mediator_desk.db.migrations import alembic_config
from mediator_desk.db.models import Base, CountEvent, Exhibition, Feedback, FeedbackCard, Mediator
from mediator_desk.errors import DamagedDatabaseError, ForeignDatabaseError, NewerDatabaseError

DATA = Path(__file__).resolve().parent.parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_alembic():
    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD


def test_fresh_database_matches_the_models(db):
    with db.engine.connect() as c:
        diffs = compare_metadata(MigrationContext.configure(c), Base.metadata)
        assert diffs == []
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD


def test_upgrade_of_the_first_schema_file_keeps_the_data(tmp_path):
    old = tmp_path / "season-2026.sqlite"
    shutil.copy(DATA / "schema_0001.sqlite", old)
    db = open_database(old)
    try:
        with db.session() as s:
            assert s.scalar(select(Exhibition.title)) == "Ceața și țărmul: artă românească"
            assert s.scalar(select(Mediator.display_name)) == "Ștefănia Țăranu"
            assert len(s.scalars(select(CountEvent)).all()) == 25
            assert s.scalar(select(Feedback.comment)) == "Mulțumim! Grazie mille."
            assert s.scalar(select(Feedback.card_code)) is None  # the new column exists
            assert s.scalars(select(FeedbackCard)).all() == []  # and the new table
        with db.engine.connect() as c:
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
            assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []
    finally:
        db.close()
    copy = pre_upgrade_copy(old)
    assert copy.parent == tmp_path / "season-2026.sqlite-backups", "the copy made before upgrading sits with the backups"
    with sqlite3.connect(copy) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    c.close()


def test_a_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    shutil.copy(DATA / "schema_0001.sqlite", path)
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    c.close()
    before = digest(path)
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(path)
    assert digest(path) == before
    assert list(tmp_path.iterdir()) == [path]


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "contacts.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE contacts (name TEXT)")
        c.execute("INSERT INTO contacts VALUES ('Ioana')")
    c.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="not a Mediator Desk database") as info:
        open_database(path)
    assert "restore" in str(info.value).lower()
    assert digest(path) == before


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Lista vizitatorilor – nu este o bază de date\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert digest(path) == before


def test_a_corrupt_database_is_refused_untouched(tmp_path):
    path = tmp_path / "broken.sqlite"
    shutil.copy(DATA / "schema_0001.sqlite", path)
    raw = bytearray(path.read_bytes())
    for offset in range(4096, len(raw), 4096):  # scribble over every page after the first
        raw[offset + 100: offset + 400] = b"\xde\xad" * 150
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        open_database(path)
    assert digest(path) == before


def test_reopening_a_current_database_makes_no_upgrade_copy(tmp_path):
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    open_database(path).close()
    assert not pre_upgrade_copy(path).exists()
