"""Personal data: booking contacts never reach the log, and once purged they are gone from every copy the app
made; the log folder and the settings file are private to the user."""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat

import pytest

from mediator_desk.db.engine import open_database, transaction
from mediator_desk.db.models import Tour
from mediator_desk.paths import backup_dir
from mediator_desk.services import backup, tours
from tests.unit.test_tours import good_draft

NAME, PHONE, EMAIL = "Ioana Popescu-Contact", "+40 721 555 019", "ioana.contact@example.ro"


@pytest.fixture
def request_close(request):
    def close_later(db):
        request.addfinalizer(db.close)
    return close_later


def holds(path, *needles: str) -> bool:
    data = path.read_bytes()
    return any(n.encode("utf-8") in data for n in needles)


def test_purged_contacts_are_gone_from_the_database_and_every_copy(db, db_path, world, tmp_path, request_close):
    draft = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                       lead_id=world.mediator_ids[0], contact_name=NAME, contact_phone=PHONE, contact_email=EMAIL,
                       contact_retention_until=dt.date(2026, 7, 1))
    tours.save(db, draft, "laptop")
    outside = tmp_path / "usb" / "for-the-coordinator.sqlite"
    outside.parent.mkdir()
    copies = [backup.backup(db_path), backup.daily_backup(db_path, dt.date(2026, 6, 10)),
              backup.change_backup(db_path), backup.backup(db_path, outside)]
    db.close()  # a database is restored while it is closed
    safety = backup.restore(copies[0], db_path)
    copies.append(safety)
    db = open_database(db_path)
    request_close(db)
    assert all(holds(c, NAME) for c in copies), "the copies held the contact before its retention date"

    assert tours.purge_expired_contacts(db, dt.date(2026, 7, 2), "laptop") == 1
    assert backup.purge_expired_contacts_in_copies(db_path, dt.date(2026, 7, 2)) == len(copies)
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [db_path, *db_path.parent.glob(db_path.name + "-wal"), *copies,
             *backup_dir(db_path).glob("*-wal")]
    leaking = [f for f in files if f.exists() and holds(f, NAME, PHONE, EMAIL)]
    assert leaking == [], "no byte of the contact is left, in the database, its journal or any copy"
    with db.session() as s:
        purged = s.get(Tour, draft.id)
        assert (purged.contact_name, purged.contact_phone, purged.contact_email) == ("", "", "")


def test_statement_parameters_never_reach_the_log(db, world, isolated_home, caplog):
    from mediator_desk.logging_setup import setup_logging

    log_path = setup_logging()
    draft = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                       lead_id=world.mediator_ids[0], contact_name=NAME, contact_phone=PHONE,
                       contact_retention_until=dt.date(2030, 1, 1))
    draft.exhibition_id = __import__("uuid").uuid4()  # a missing exhibition: the INSERT fails on its key
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as info, transaction(db) as s:
        tours._write(s, draft, "laptop")
    logging.getLogger("mediator_desk.test").exception("A save failed", exc_info=info.value)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (log_path or (isolated_home / "logs" / "mediator-desk.log")).read_text(encoding="utf-8")
    assert "A save failed" in text and NAME not in text and PHONE not in text
    assert NAME not in str(info.value)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_folder_and_the_settings_file_are_private(isolated_home, qapp):
    from mediator_desk.logging_setup import setup_logging
    from mediator_desk.views.preferences import Preferences

    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "_mediator_desk", False)]:
        root.removeHandler(h)
        h.close()
    log_path = setup_logging()
    logging.getLogger("mediator_desk.test").warning("private")
    assert stat.S_IMODE(log_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
    prefs = Preferences()
    prefs.kiosk_pin_hash = "pbkdf2_sha256$1$00$00"
    settings = isolated_home / "config" / "settings.ini"
    assert settings.exists(), "the preferences live under MEDIATOR_DESK_HOME, never in the real home folder"
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
