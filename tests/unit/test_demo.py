"""Demo data: deterministic, realistic shape, season arithmetic."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from mediator_desk.db.engine import open_database
from mediator_desk.db.models import CountEvent, Feedback, Mediator, Tour, Venue, VisitorGroup
from mediator_desk.enums import GroupType, TourFormat
from mediator_desk.services import demo
from mediator_desk.services.summary import summary

START = dt.date(2026, 5, 12)  # a Tuesday


def test_same_seed_same_data(tmp_path):
    results = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite")
        demo.generate(db, days=3, seed=7, start=START)
        with db.session() as s:
            ids = s.scalars(select(Tour.id).order_by(Tour.id)).all()
        results.append((summary(db), ids))
        db.close()
    assert results[0] == results[1]


def test_shape_of_the_data(db):
    result = demo.generate(db, days=16, seed=3, start=START)
    assert result.first_day == START
    with db.session() as s:
        assert s.scalar(select(func.count(Venue.id))) == 2
        assert s.scalar(select(func.count(Mediator.id))) == 40
        assert set(s.scalars(select(Tour.format).distinct())) == set(TourFormat.values())
        assert set(s.scalars(select(VisitorGroup.group_type).distinct())) == set(GroupType.values())
        days = set(s.scalars(select(CountEvent.local_date).distinct()))
        assert all(d.weekday() != 0 for d in days), "Mondays are closed"
        hours = set(s.scalars(select(CountEvent.local_hour).distinct()))
        assert hours == set(range(10, 18))
        comments = " ".join(s.scalars(select(Feedback.comment)))
        assert "ț" in comments and "ș" in comments  # Romanian with diacritics
        assert s.scalar(select(func.count(Feedback.id))) == 16 * demo.FEEDBACK_PER_DAY
    totals = summary(db)
    assert totals["walk_in_total"] == 16 * demo.VISITS_PER_DAY
    weekday = {dt.date.fromisoformat(d).weekday(): t for d, t in totals["by_day"].items()}
    assert weekday[5] > weekday[1], "Saturdays are busier than Tuesdays"


@given(total=st.integers(min_value=0, max_value=100_000),
       weights=st.lists(st.floats(min_value=0.01, max_value=10), min_size=1, max_size=12))
def test_daily_totals_split_exactly_and_in_proportion(total, weights):
    parts = demo._split_exact(total, weights)
    assert sum(parts) == total and all(p >= 0 for p in parts)
    share = sum(weights)
    assert all(abs(p - total * w / share) < 1 for p, w in zip(parts, weights))


@given(first=st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1)),
       count=st.integers(min_value=1, max_value=250))
def test_a_season_has_the_opening_days_asked_for_and_no_mondays(first, count):
    days = demo.opening_days(first, count)
    assert len(days) == count == len(set(days)) and days == sorted(days)
    assert all(d.weekday() != 0 and d >= first for d in days)
