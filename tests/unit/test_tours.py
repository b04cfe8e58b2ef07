"""Tour rules and storage, without Qt: validation (with generated bad values), save, edit, delete, quick actions."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from mediator_desk.db.engine import transaction
from mediator_desk.db.models import Tour, TourMediator, VisitorGroup, Voucher
from mediator_desk.enums import AGE_COLUMNS
from mediator_desk.errors import ValidationErrors
from mediator_desk.services import tours
from mediator_desk.services.overview import tour_rows
from mediator_desk.services.tours import GroupDraft, RuleContext, TourDraft
from tests.conftest import NOW

UTC = dt.timezone.utc
RULES = RuleContext(exhibition_start=dt.date(2026, 5, 9), exhibition_end=dt.date(2026, 11, 22),
                    timezone="Europe/Rome", vouchers={"VC-1": None, "VC-2": uuid.uuid4()})


def good_draft(**changes) -> TourDraft:
    lead = uuid.uuid4()
    draft = TourDraft(exhibition_id=uuid.uuid4(), planned_start=NOW, actual_start=NOW,
                         actual_end=NOW + dt.timedelta(hours=1), status="done", languages=["ro", "it"],
                         mediator_ids=[lead], lead_id=lead,
                         groups=[GroupDraft(group_type="primary", ages={**dict.fromkeys(AGE_COLUMNS, 0), "age_6_10": 24})])
    for k, v in changes.items():
        setattr(draft, k, v)
    return draft


def fields(problems, *, warning=None):
    return {p.field for p in problems if warning is None or p.warning == warning}


def test_a_good_draft_has_no_problems():
    assert tours.validate(good_draft(), RULES) == []


def test_end_before_start_names_the_end_field():
    problems = tours.validate(good_draft(actual_end=NOW - dt.timedelta(minutes=5)), RULES)
    assert fields(problems) == {"actual_end"}
    assert "before the start" in problems[0].message


def test_lead_mediator_is_required_and_must_be_on_the_team():
    assert fields(tours.validate(good_draft(lead_id=None), RULES)) == {"lead"}
    assert fields(tours.validate(good_draft(lead_id=uuid.uuid4()), RULES)) == {"lead"}


def test_date_outside_the_exhibition_is_a_warning():
    late = dt.datetime(2026, 12, 1, 10, tzinfo=UTC)
    problems = tours.validate(good_draft(planned_start=late, actual_start=late,
                                         actual_end=late + dt.timedelta(hours=1)), RULES)
    assert fields(problems, warning=True) == {"planned_start"}
    assert fields(problems, warning=False) == set()


def test_vouchers_unknown_and_already_redeemed_are_refused():
    draft = good_draft()
    draft.groups[0].voucher_codes = ["VC-1", "VC-2", "NOPE"]
    problems = tours.validate(draft, RULES)
    messages = sorted(p.message for p in problems)
    assert messages == ["Voucher NOPE is unknown.", "Voucher VC-2 was already redeemed by another group."]
    assert fields(problems) == {"groups[0].voucher_codes"}


@given(band=st.sampled_from(AGE_COLUMNS), value=st.integers(max_value=-1))
def test_any_negative_age_count_is_refused_and_named(band, value):
    draft = good_draft()
    draft.groups[0].ages[band] = value
    problems = tours.validate(draft, RULES)
    assert f"groups[0].{band}" in fields(problems, warning=False)


@given(value=st.integers(min_value=tours.LARGE_GROUP + 1, max_value=10**6))
def test_absurd_group_sizes_warn_but_do_not_refuse(value):
    draft = good_draft()
    draft.groups[0].ages["age_26_64"] = value
    problems = tours.validate(draft, RULES)
    assert fields(problems, warning=True) == {"groups[0].participants"}
    assert fields(problems, warning=False) == set()


@given(value=st.integers(max_value=-1), name=st.sampled_from(["accompanying_adults", "first_time_count"]))
def test_negative_other_counts_are_refused(value, name):
    draft = good_draft()
    setattr(draft.groups[0], name, value)
    assert f"groups[0].{name}" in fields(tours.validate(draft, RULES), warning=False)


@given(code=st.text(min_size=1, max_size=5).filter(lambda c: not (len(c) == 2 and c.isascii() and c.islower()
                                                                 and c.isalpha())))
def test_language_codes_must_be_two_lowercase_letters(code):
    assert "languages" in fields(tours.validate(good_draft(languages=[code]), RULES))


@given(minutes=st.integers(min_value=-24 * 60, max_value=0))
def test_end_at_or_before_start_is_always_refused(minutes):
    draft = good_draft(actual_end=NOW + dt.timedelta(minutes=minutes))
    assert "actual_end" in fields(tours.validate(draft, RULES), warning=False)


def test_contact_needs_a_retention_date_and_a_real_email():
    problems = tours.validate(good_draft(contact_name="Ioana", contact_email="ioana at example"), RULES)
    assert fields(problems) == {"contact_retention_until", "contact_email"}


def test_save_refuses_errors_and_asks_to_confirm_warnings(db, world):
    draft = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                       lead_id=world.mediator_ids[0])
    draft.groups[0].ages["age_26_64"] = 500
    with pytest.raises(ValidationErrors) as caught:
        tours.save(db, draft, "laptop")
    assert [p.field for p in caught.value.warnings] == ["groups[0].participants"]
    with db.session() as s:
        assert s.get(Tour, draft.id) is None  # nothing stored until confirmed
    tours.save(db, draft, "laptop", accept_warnings=True)
    assert tours.load(db, draft.id).participants == 524


def test_save_edit_and_restore_round_trip_groups_team_and_vouchers(db, world):
    with transaction(db) as s:
        s.add(Voucher(code="VC-2026-0001", programme_id=world.programme_id, target_group="rural_youth"))
    draft = good_draft(exhibition_id=world.exhibition_id, mediator_ids=list(world.mediator_ids),
                       lead_id=world.mediator_ids[1], expected_size=25)
    second = GroupDraft(group_type="family", ages={**dict.fromkeys(AGE_COLUMNS, 0), "age_0_5": 2, "age_26_64": 2},
                        origin="foreign", country="DE", partner_id=world.partner_id, admission_type="voucher",
                        voucher_codes=["VC-2026-0001"], access_provisions=["wheelchair"], first_time_count=3)
    draft.groups.append(second)
    tours.save(db, draft, "laptop")
    before = tours.load(db, draft.id)
    assert before.participants == 28 and before.lead_id == world.mediator_ids[1]
    assert before.groups[1].voucher_codes == ["VC-2026-0001"]
    assert before.groups[1].access_provisions == ["wheelchair"]

    edited = before.copy()
    edited.groups.pop(1)  # the family did not come after all
    edited.mediator_ids = [world.mediator_ids[0]]
    edited.lead_id = world.mediator_ids[0]
    tours.save(db, edited, "laptop")
    with db.session() as s:
        assert s.scalars(select(Voucher)).one().redeemed_by_group_id is None  # released
        assert s.get(VisitorGroup, second.id) is None
        assert s.get(VisitorGroup, second.id, execution_options={"include_deleted": True}).deleted_at is not None
    rows = tour_rows(db)
    assert [(r.participants, r.groups, r.lead) for r in rows] == [(24, 1, "Ștefănia Țăranu-Constantinescu")]

    tours.restore_state(db, before, "laptop")  # undo of the edit
    assert tours.load(db, draft.id) == before
    with db.session() as s:
        assert len(s.scalars(select(TourMediator)).all()) == 2


def test_delete_is_soft_and_undelete_brings_it_back(db, world):
    draft = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                       lead_id=world.mediator_ids[0])
    tours.save(db, draft, "laptop")
    tours.delete(db, draft.id, "laptop")
    assert tour_rows(db) == []
    with db.session() as s:
        assert s.get(Tour, draft.id, execution_options={"include_deleted": True}).deleted_at is not None
    tours.undelete(db, draft.id, "laptop")
    assert [r.id for r in tour_rows(db)] == [draft.id]


def test_start_tour_prefills_from_the_mediators_last_tour_and_end_stamps_it(db, world):
    me = world.mediator_ids[0]
    earlier = good_draft(exhibition_id=world.exhibition_id, mediator_ids=list(world.mediator_ids), lead_id=me,
                         format="school_visit", languages=["ro"], programme_id=world.programme_id,
                         planned_start=NOW - dt.timedelta(days=1), actual_start=NOW - dt.timedelta(days=1),
                         actual_end=NOW - dt.timedelta(days=1, minutes=-50))
    tours.save(db, earlier, "laptop")
    new_id, _changes = tours.start_tour(db, world.exhibition_id, me, NOW, "laptop")
    started = tours.load(db, new_id)
    assert (started.format, started.languages, started.programme_id) == ("school_visit", ["ro"], world.programme_id)
    assert started.lead_id == me and set(started.mediator_ids) == set(world.mediator_ids)
    assert started.status == "in_progress" and started.actual_start == NOW
    assert started.groups == [], "nothing stored for the groups until they are counted"
    assert tours.suggested_group(db, me).group_type == "primary", "Add group starts from the last tour's"
    assert tours.running_tour(db, world.exhibition_id, NOW + dt.timedelta(minutes=5)) == new_id

    tours.end_tour(db, new_id, NOW + dt.timedelta(minutes=55), "laptop")
    ended = tours.load(db, new_id)
    assert ended.status == "done" and ended.actual_end == NOW + dt.timedelta(minutes=55)
    assert tours.running_tour(db, world.exhibition_id, NOW + dt.timedelta(minutes=56)) is None


def test_repeat_plans_the_same_tour_in_the_next_half_hour_slot(db, world):
    draft = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                       lead_id=world.mediator_ids[0], actual_end=NOW + dt.timedelta(minutes=47))
    tours.save(db, draft, "laptop")
    copy = tours.load(db, tours.repeat(db, draft.id, "laptop")[0])
    assert copy.planned_start == dt.datetime(2026, 6, 10, 14, 30, tzinfo=UTC)  # 13:20 + 47 min -> 14:30
    assert (copy.status, copy.groups, copy.lead_id) == ("planned", [], world.mediator_ids[0])
    assert copy.languages == ["ro", "it"]


def test_booking_contacts_are_purged_after_their_retention_date(db, world):
    draft = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                       lead_id=world.mediator_ids[0], contact_name="Ioana Pop", contact_phone="+40 721 000 000",
                       contact_retention_until=dt.date(2026, 7, 1), expected_size=25)
    kept = good_draft(exhibition_id=world.exhibition_id, mediator_ids=world.mediator_ids[:1],
                      lead_id=world.mediator_ids[0], contact_email="școala@example.ro",
                      contact_retention_until=dt.date(2026, 9, 1))
    tours.save(db, draft, "laptop")
    tours.save(db, kept, "laptop")
    assert tours.purge_expired_contacts(db, dt.date(2026, 7, 1), "laptop") == 0  # the last day still counts
    assert tours.purge_expired_contacts(db, dt.date(2026, 7, 2), "laptop") == 1
    purged, untouched = tours.load(db, draft.id), tours.load(db, kept.id)
    assert (purged.contact_name, purged.contact_phone, purged.expected_size) == ("", "", 25)
    assert untouched.contact_email == "școala@example.ro"
