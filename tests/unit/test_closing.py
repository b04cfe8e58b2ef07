"""Closing the day: sign-off with a snapshot, a later change flagged, amendments and reopenings with who and why,
the period summary the reports print, and the same state on every laptop whatever order the files meet in."""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from pathlib import Path

import pytest

from mediator_desk.errors import ValidationErrors
from mediator_desk.services import closing, counting, feedback
from mediator_desk.services.team.merge import merge_files
from tests import team

DAY = dt.date(2026, 6, 10)  # a Wednesday
CLOSING = dt.datetime(2026, 6, 10, 16, 5, tzinfo=dt.timezone.utc)  # 18:05 in Venice


def press(db, world, n: int, hour_utc: int = 9, category: int = 0) -> None:
    writer = counting.PressWriter(db, counting.CounterContext(world.exhibition_id, world.tz, "test-laptop"))
    for i in range(n):
        writer.press(world.category_ids[category], at=dt.datetime(2026, 6, 10, hour_utc, i % 60,
                                                                  tzinfo=dt.timezone.utc))


def problem(exc: pytest.ExceptionInfo) -> tuple[str, str]:
    first = exc.value.problems[0]
    return first.field, first.message


def test_the_review_shows_the_days_figures_and_the_signature_keeps_them(db, world):
    press(db, world, 7, hour_utc=9)
    press(db, world, 3, hour_utc=12, category=1)
    counting.PressWriter(db, counting.CounterContext(world.exhibition_id, world.tz, "test-laptop")).correct(
        world.category_ids[0], 4, "paper tally 14:00–15:00", 14, DAY, at=CLOSING)
    feedback.save(db, feedback.FeedbackDraft(exhibition_id=world.exhibition_id, day=DAY, rating=5), "test-laptop")

    seen = closing.review(db, world.exhibition_id, DAY)
    assert seen.totals == closing.Totals(walk_ins=14, tours_held=0, participants=0, feedback=1)
    assert dict(seen.by_hour) == {11: 7, 14: 7}  # Venice hours
    assert sum(dict(seen.by_category).values()) == 14 and seen.corrections == 1

    event_id, changes = closing.sign(db, world.exhibition_id, DAY, "Ștefănia Țăranu-Constantinescu", "test-laptop",
                                     seen=seen, at=CLOSING)
    assert "day" in changes.kinds and event_id in changes.ids
    state = closing.day_state(db, world.exhibition_id, DAY)
    assert state.status == "signed" and not state.amended
    signing = state.last_signing
    assert signing.signer == "Ștefănia Țăranu-Constantinescu" and signing.totals == seen.totals
    assert signing.snapshot["by_hour"] == {"11": 7, "14": 7}
    assert state.changes(closing.review(db, world.exhibition_id, DAY).totals) == []


def test_a_change_after_signing_is_flagged_and_an_amendment_needs_a_reason(db, world):
    press(db, world, 5)
    closing.sign(db, world.exhibition_id, DAY, "Ana", "test-laptop", at=CLOSING)
    with pytest.raises(ValidationErrors) as exc:  # signing the same figures twice says why not
        closing.sign(db, world.exhibition_id, DAY, "Ana", "test-laptop", at=CLOSING)
    assert problem(exc) == ("day", "The day is signed already (Ana) and nothing has changed since.")

    press(db, world, 2)  # a late press synced in from another laptop
    now = closing.review(db, world.exhibition_id, DAY).totals
    state = closing.day_state(db, world.exhibition_id, DAY)
    assert state.signed and state.changes(now) == [("walk_ins", 5, 7)]

    with pytest.raises(ValidationErrors) as exc:
        closing.sign(db, world.exhibition_id, DAY, "Ana", "test-laptop", at=CLOSING + dt.timedelta(minutes=5))
    assert problem(exc)[0] == "reason"
    closing.sign(db, world.exhibition_id, DAY, "Giovanni Dall'Acqua", "test-laptop", reason="two presses synced late",
                 at=CLOSING + dt.timedelta(minutes=6))
    state = closing.day_state(db, world.exhibition_id, DAY)
    assert state.signed and state.amended and state.changes(now) == []
    assert [e.action for e in state.events] == ["signed", "amended"]
    assert state.events[-1].reason == "two presses synced late"


def test_reopening_says_who_and_why_and_signing_again_is_an_amendment(db, world):
    press(db, world, 3)
    with pytest.raises(ValidationErrors) as exc:
        closing.reopen(db, world.exhibition_id, DAY, "Ana", "a class is missing", "test-laptop", at=CLOSING)
    assert problem(exc)[0] == "day"  # never signed: nothing to reopen
    closing.sign(db, world.exhibition_id, DAY, "Ana", "test-laptop", at=CLOSING)
    with pytest.raises(ValidationErrors) as exc:
        closing.reopen(db, world.exhibition_id, DAY, "Ana", "   ", "test-laptop", at=CLOSING)
    assert problem(exc) == ("reason", "Say why the day is reopened.")
    closing.reopen(db, world.exhibition_id, DAY, "Friederike Müller-Lüdenscheidt", "a class is missing",
                   "test-laptop", at=CLOSING + dt.timedelta(minutes=1))
    state = closing.day_state(db, world.exhibition_id, DAY)
    assert state.status == "reopened" and not state.signed and state.amended
    assert state.events[-1].signer == "Friederike Müller-Lüdenscheidt"
    closing.sign(db, world.exhibition_id, DAY, "Ana", "test-laptop", at=CLOSING + dt.timedelta(minutes=2))
    state = closing.day_state(db, world.exhibition_id, DAY)
    assert state.signed and [e.action for e in state.events] == ["signed", "reopened", "amended"]


@pytest.mark.parametrize("signer, day, field", [("  ", DAY, "signer"), ("x" * 201, DAY, "signer"),
                                                 ("Ana", DAY + dt.timedelta(days=1), "day")])
def test_bad_input_names_the_field_and_stores_nothing(db, world, signer, day, field):
    with pytest.raises(ValidationErrors) as exc:
        closing.sign(db, world.exhibition_id, day, signer, "test-laptop", at=CLOSING)
    assert problem(exc)[0] == field
    assert closing.day_state(db, world.exhibition_id, day).events == ()


def test_the_summary_counts_signed_days_and_lists_amended_changed_and_reopened_ones(db, world):
    days = [DAY + dt.timedelta(days=i) for i in range(4)]
    writer = counting.PressWriter(db, counting.CounterContext(world.exhibition_id, world.tz, "test-laptop"))
    for day in days:
        writer.press(world.category_ids[0], at=dt.datetime.combine(day, dt.time(10), dt.timezone.utc))
    late = dt.datetime(2026, 6, 20, 9, tzinfo=dt.timezone.utc)
    for day in days[:3]:
        closing.sign(db, world.exhibition_id, day, "Ana", "test-laptop", at=late)
    writer.press(world.category_ids[0], at=dt.datetime.combine(days[0], dt.time(11), dt.timezone.utc))  # after
    closing.reopen(db, world.exhibition_id, days[1], "Ana", "school group missing", "test-laptop", at=late)
    writer.press(world.category_ids[0], at=dt.datetime.combine(days[2], dt.time(11), dt.timezone.utc))
    closing.sign(db, world.exhibition_id, days[2], "Ana", "test-laptop", reason="late tally", at=late)

    with db.session() as s:
        ids = [world.exhibition_id]
        summary = closing.summarize(closing.day_totals(s, days[0], days[-1], ids),
                                    closing.states(s, days[0], days[-1], ids))
    assert (summary.days, summary.signed) == (4, 2)
    assert [(n.day, n.kind) for n in summary.notes] == [(days[0], "changed"), (days[1], "reopened"),
                                                         (days[2], "amended")]
    assert summary.notes[0].changes == (("walk_ins", 1, 2),)
    assert summary.notes[1].reason == "school group missing" and summary.notes[2].reason == "late tally"


def test_the_state_is_the_same_whatever_order_the_laptops_files_meet_in():
    """Three laptops sign, amend and reopen one day apart; merged in every order, every copy derives the same."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first = team.first_laptop(folder, "laptop-0")
        laptops = [first] + [team.copy_of(first, folder, f"laptop-{i}") for i in (1, 2)]
        laptops[0].press(3)
        laptops[0].sign_day()
        laptops[1].press(2)
        laptops[1].sign_day()
        laptops[2].sign_day()
        merge_files(laptops[2].path, [laptops[0].path], laptops[2].name)
        laptops[2].reopen_day("a school class was counted on paper")
        results = []
        for order in itertools.permutations(laptops):
            into = team.copy_of(order[0], folder, "into")
            for other in order[1:]:
                merge_files(into.path, [other.path], into.name)
            results.append(into.day_state())
            into.path.unlink()
        assert all(r == results[0] for r in results)
        assert results[0].status == "reopened"
        assert [e.action for e in results[0].events].count("signed") == 3  # three signatures, none dropped
