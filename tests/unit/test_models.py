"""The data model: round trips with Unicode, UTC times, soft deletes, participants."""

import datetime as dt
import uuid

from sqlalchemy import inspect, select

from mediator_desk.db.engine import open_database, transaction
from mediator_desk.db.models import (
    Base,
    CountEvent,
    Feedback,
    Mediator,
    Tour,
    TourMediator,
    Venue,
    VisitorGroup,
    Voucher,
)

NAMES = ["Ștefan Țîrcă-Mureșan", "Àlvaro Núñez", "Jürgen Groß", "Łucja Wąż", "Ελένη", "Алексей", "فاطمة"]


def test_every_table_has_the_common_columns(db):
    local = {"sync_state", "change_counter"}  # this laptop's own bookkeeping, never merged
    for table in Base.metadata.sorted_tables:
        if table.name in local:
            continue
        cols = set(table.c.keys())
        assert {"id", "created_at", "updated_at", "device_id", "deleted_at", "version", "vv", "change_seq"} <= cols, \
            table.name


def test_unicode_names_round_trip(db):
    with transaction(db) as s:
        s.add_all([Mediator(display_name=n, languages=["ro", "ar"]) for n in NAMES])
    with db.session() as s:
        stored = sorted(s.scalars(select(Mediator.display_name)))
    assert stored == sorted(NAMES)


def test_session_groups_and_links_round_trip(db, world):
    start = dt.datetime(2026, 6, 10, 8, 0, tzinfo=dt.timezone.utc)
    with transaction(db) as s:
        sess = Tour(exhibition_id=world.exhibition_id, planned_start=start, languages=["ro", "it"],
                           observations="Elevii au întrebat despre țesături și însemnătatea lor.")
        sess.mediator_links.append(TourMediator(mediator_id=world.mediator_ids[0], is_lead=True))
        sess.groups.append(VisitorGroup(group_type="primary", age_6_10=23, age_26_64=2, accompanying_adults=2,
                                        access_provisions=["wheelchair", "easy_read"]))
        s.add(sess)
        sid = sess.id
    with db.session() as s:
        got = s.get(Tour, sid)
        assert isinstance(got.id, uuid.UUID)
        assert got.planned_start == start and got.planned_start.tzinfo == dt.timezone.utc
        assert got.languages == ["ro", "it"]
        assert got.groups[0].participants == 25
        assert got.groups[0].minors == 23
        assert got.groups[0].access_provisions == ["wheelchair", "easy_read"]
        assert got.mediator_links[0].is_lead
        assert "țesături" in got.observations


def test_soft_delete_keeps_the_row(db, world):
    with transaction(db) as s:
        v = s.get(Venue, world.venue_id)
        v.deleted_at = dt.datetime.now(dt.timezone.utc)
    with db.session() as s:
        assert s.get(Venue, world.venue_id) is None, "reads leave deleted rows out"
        kept = s.get(Venue, world.venue_id, execution_options={"include_deleted": True})
        assert kept.deleted_at is not None, "the row stays, so the deletion can travel to other laptops"


def test_an_edit_bumps_the_version_and_names_this_laptop(db, world):
    with transaction(db) as s:
        s.get(Venue, world.venue_id).city = "Venezia – Giardini"
    with db.session() as s:
        v = s.get(Venue, world.venue_id)
        writer = db.session_factory.kw["info"]["writer"]  # this opening of the database, on this laptop
        assert writer.startswith("test-laptop.")
        assert (v.version, v.vv, v.device_id) == (2, {"test-laptop": 1, writer: 1}, "test-laptop")
        assert v.fv == {"city": [2, writer, 1]}, "the edit marks the field it changed"
    with transaction(db) as s:
        s.get(Venue, world.venue_id).city = "Venezia – Giardini"  # the same value: no edit
    with db.session() as s:
        assert s.get(Venue, world.venue_id).version == 2


def test_updated_at_moves_on_update(db):
    with transaction(db) as s:
        m = Mediator(display_name="Ana")
        s.add(m)
    first = m.updated_at
    with transaction(db) as s:
        s.get(Mediator, m.id).display_name = "Ana-Maria"
    with db.session() as s:
        assert s.get(Mediator, m.id).updated_at >= first


def test_foreign_keys_are_enforced(db):
    import pytest
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), transaction(db) as s:
        s.add(Feedback(exhibition_id=uuid.uuid4(), day=dt.date(2026, 6, 1)))


def test_a_voucher_code_names_one_voucher(db):
    """Not a schema constraint any more (two laptops may register the same code before they meet: see the
    team tests); on one laptop the service refuses a second voucher with a code in use, however it is typed."""
    import pytest

    from mediator_desk.errors import ValidationErrors
    from mediator_desk.services import reference

    first, _ = reference.save(db, "voucher", None, {"code": "VC-1", "target_group": "general_public"}, "x")
    assert first == reference.voucher_id("vc-1 ")
    with pytest.raises(ValidationErrors, match="exists already"):
        reference.save(db, "voucher", None, {"code": " vc-1", "target_group": "general_public"}, "x")
    with db.session() as s:
        assert [v.code for v in s.query(Voucher)] == ["VC-1"]


def test_naive_datetimes_are_refused(db, world):
    import pytest
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError), transaction(db) as s:
        s.add(CountEvent(exhibition_id=world.exhibition_id, category_id=world.category_ids[0],
                         ts=dt.datetime(2026, 6, 1, 10), local_date=dt.date(2026, 6, 1), local_hour=10))


def test_pragmas(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_models_are_portable_to_postgresql():
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = postgresql.dialect()
    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "UUID" in ddl or table.name in ("sync_state", "change_counter")
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    assert inspect(Tour).columns["planned_start"].type.impl.__class__.__name__ == "DateTime"


def test_every_database_opened_in_a_long_run_versions_its_edits(tmp_path):
    """Each Database gets the session hooks (edit versions, the soft-delete filter), however many were opened and
    closed before in the same process: a merge or a sync opens several. (A check by identity once let a new
    database inherit a dead one's registration: about 1 in 75 opened databases left its edits unversioned,
    which the merge then took for edits made apart.)"""
    import gc

    unversioned = []
    for i in range(300):
        db = open_database(tmp_path / f"laptop{i % 3}.sqlite")
        try:
            with transaction(db) as s:
                m = Mediator(display_name="Ana", device_id="laptop-0")
                s.add(m)
            with transaction(db) as s:
                s.get(Mediator, m.id).display_name = "Ana Pop"
            with db.session() as s:
                if s.get(Mediator, m.id).version != 2:
                    unversioned.append(i)
        finally:
            db.close()
        if i % 7 == 0:
            gc.collect()
    assert unversioned == []
