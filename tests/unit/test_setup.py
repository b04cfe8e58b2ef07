"""The first-run set-up: names pasted from a list, the checks, one transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mediator_desk.db.models import CountCategory, Exhibition, Mediator, Venue
from mediator_desk.errors import ValidationErrors
from mediator_desk.services import counting, setup


def plan(**changes):
    values = dict(
        venue={"name": "Padiglione della Romania", "city": "Venezia", "country": "IT", "timezone": "Europe/Rome",
               "type": "national_pavilion", "opening_hours": {d: ["10:00", "18:00"] for d in ("tue", "wed", "sun")}},
        exhibition={"title": "Arhive ale viitorului", "type": "temporary", "start_date": dt.date(2026, 5, 9),
                    "end_date": dt.date(2026, 11, 22)},
        team=[setup.Member("Ioana Constantinescu-Rădulescu", ["ro", "en"]),
              setup.Member("Hans-Joachim Müller-Lüdenscheidt", ["de"], "volunteer")],
        categories=setup.default_categories({"adult": "Adulți", "child": "Copii"}) + [setup.Category("Familie")])
    values.update(changes)
    return setup.SetupPlan(**values)


def test_names_pasted_from_a_list_keep_their_order_without_blanks_or_repeats():
    text = "  Ioana  Popescu\n\nMatteo Bălan\t\nioana popescu\r\nŢicu Dubois  "
    assert setup.parse_names(text) == ["Ioana Popescu", "Matteo Bălan", "Ţicu Dubois"]
    assert setup.parse_languages("RO, en it;de") == ["ro", "en", "it", "de"]


def test_the_plan_is_written_in_one_go(db):
    exhibition_id, changes = setup.apply(db, plan(), "laptop-1")
    with db.session() as s:
        venue = s.scalars(select(Venue)).one()
        assert (venue.name, venue.city, venue.timezone) == ("Padiglione della Romania", "Venezia", "Europe/Rome")
        assert s.get(Exhibition, exhibition_id).venue_id == venue.id
        assert [(m.display_name, m.languages, m.role) for m in s.scalars(select(Mediator))] == [
            ("Ioana Constantinescu-Rădulescu", ["ro", "en"], "mediator"),
            ("Hans-Joachim Müller-Lüdenscheidt", ["de"], "volunteer")]
        cats = list(s.scalars(select(CountCategory).order_by(CountCategory.position)))
        assert [(c.name, c.key) for c in cats][:2] == [("Adulți", "1"), ("Copii", "2")]
        assert cats[-1].name == "Familie" and cats[-1].key == "7"
        assert cats[0].id == counting.default_category_id(venue.id, "adult")  # merges with other laptops
    assert changes.touches({"reference"})


@pytest.mark.parametrize(("change", "field"), [
    ({"venue": {"name": "", "timezone": "Europe/Rome"}}, "name"),
    ({"venue": {"name": "X", "timezone": "Mars/Olympus"}}, "timezone"),
    ({"team": []}, "team"),
    ({"team": [setup.Member("Ana", ["romanian"])]}, "languages"),
    ({"categories": []}, "categories"),
])
def test_a_broken_rule_names_its_field_and_writes_nothing(db, change, field):
    with pytest.raises(ValidationErrors) as caught:
        setup.apply(db, plan(**change), "laptop-1")
    assert field in {p.field for p in caught.value.problems}
    with db.session() as s:
        assert s.scalars(select(Venue)).first() is None and s.scalars(select(Mediator)).first() is None
