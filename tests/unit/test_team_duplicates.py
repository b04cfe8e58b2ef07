"""The same venue set up on two laptops: merged on purpose, then its records made twice joined into one — an
edit that travels to the other laptops and can be undone (issue 21, point 7)."""

from __future__ import annotations

from sqlalchemy import func, select

from mediator_desk.db.engine import open_database
from mediator_desk.db.models import CountEvent, Exhibition, Venue
from mediator_desk.services import setup
from mediator_desk.services.team import duplicates
from mediator_desk.services.team.merge import merge_files
from tests import team


def set_up(tmp_path, name: str) -> team.Laptop:
    """A laptop whose mediator ran the set-up assistant on an empty database (as two laptops did, apart)."""
    path = tmp_path / f"{name}.sqlite"
    db = team.open_as(path, name)
    try:
        plan = setup.SetupPlan(
            {"name": "Padiglione della Romania", "city": "Venezia", "country": "IT", "timezone": "Europe/Rome",
             "opening_hours": {"tue": ["10:00", "18:00"]}},
            {"title": "Ceața și țărmul", "type": "temporary"},
            [setup.Member("Ioana Mărginean", ["ro", "it"], "mediator")],
            setup.default_categories({}))
        exhibition_id, _changes = setup.apply(db, plan, name)
        with db.session() as s:
            categories = sorted(db_ids(s, "count_category"))
        world = team.factories.World(venue_id=None, exhibition_id=exhibition_id, mediator_ids=[],
                                     category_ids=categories, programme_id=None, partner_id=None)
    finally:
        db.close()
    return team.Laptop(name, path, world)


def db_ids(s, table: str) -> list:
    from mediator_desk.db.models import Base

    t = Base.metadata.tables[table]
    return list(s.scalars(select(t.c.id).where(t.c.deleted_at.is_(None)).order_by(t.c.position)))


def live(path, model) -> int:
    db = open_database(path)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        db.close()


def test_a_venue_set_up_twice_is_joined_into_one_everywhere(tmp_path):
    a, b = set_up(tmp_path, "laptop-a"), set_up(tmp_path, "laptop-b")
    a.press(5)
    b.press(7)
    merge_files(a.path, [b.path], a.name, other_venue=True)  # asked for: the same venue, set up twice
    assert live(a.path, Venue) == 2 and live(a.path, Exhibition) == 2
    db = team.open_as(a.path, a.name)
    try:
        undo = []
        for _round in range(3):  # venues first; then their exhibitions, categories and team become one venue's
            for found in duplicates.find(db):
                joined, _changes = duplicates.join(db, found.kind, found.ids[0], list(found.ids[1:]), a.name)
                undo.append(joined)
        assert duplicates.find(db) == []
        with db.session() as s:
            [venue] = s.scalars(select(Venue)).all()
            [exhibition] = s.scalars(select(Exhibition)).all()
            assert exhibition.venue_id == venue.id
            events = s.scalars(select(CountEvent.exhibition_id).distinct()).all()
            assert events == [exhibition.id], "every walk-in of both laptops now counts for the one exhibition"
    finally:
        db.close()
    visitors = team.totals(a.path)["visitors"]
    assert visitors == a.presses + b.presses

    merge_files(b.path, [a.path], b.name)  # the join travels as an ordinary edit: no question any more
    assert team.content(a.path) == team.content(b.path)
    assert live(b.path, Venue) == 1 and live(b.path, Exhibition) == 1

    db = team.open_as(a.path, a.name)
    try:
        for joined in reversed(undo):
            duplicates.unjoin(db, joined, a.name)
        assert len(duplicates.find(db)) >= 1, "undone: the two venues are back"
    finally:
        db.close()
    assert live(a.path, Venue) == 2 and team.totals(a.path)["visitors"] == visitors


def test_names_that_differ_only_in_case_accents_or_spaces_are_the_same():
    assert duplicates.same_name("  Ceața și   Țărmul ") == duplicates.same_name("ceata si tarmul")
    assert duplicates.same_name("Ana") != duplicates.same_name("Anna")
