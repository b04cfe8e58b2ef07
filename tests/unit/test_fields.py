"""A tour's and a group's fields are described once (services/fields.py): the table covers every column of the
records, and one line drives the draft, the save, the export, the conflicts list and the tour sheet — shown with
the field added through it, a group's "how they heard of us"."""

from __future__ import annotations

import csv

from sqlalchemy import inspect as sa_inspect

from mediator_desk.db.models import Tour, VisitorGroup
from mediator_desk.services import fields, tours
from mediator_desk.services.exports import ExportRequest, export
from mediator_desk.services.team.tables import META
from tests import team
from tests.unit.test_team_fields import edit_group, load, merge, open_list

RELATIONS = {"id", "session_id", "deleted_at"}  # the record's identity, parent and deletion: not typed fields


def _columns(model) -> set[str]:
    return {c.key for c in sa_inspect(model).columns} - set(META) - RELATIONS


def test_every_column_of_a_group_and_a_tour_is_in_the_field_table_and_nothing_else():
    assert {f.name for f in fields.STORED_GROUP} == _columns(VisitorGroup)
    assert {f.name for f in fields.TOUR_FIELDS if f.stored} == _columns(Tour)


def test_the_draft_holds_each_typed_field_with_its_default_and_copies_lists():
    group = tours.GroupDraft()
    assert (group.group_type, group.origin, group.admission_type, group.heard_via) == ("individual", "local", "full",
                                                                                       None)
    assert group.access_provisions == [] and group.ages == dict.fromkeys((f.name for f in fields.AGES), 0)
    draft = tours.TourDraft(groups=[group])
    copy = draft.copy()
    copy.groups[0].access_provisions.append("wheelchair")
    copy.groups[0].ages["age_6_10"] = 3
    assert group.access_provisions == [] and group.ages["age_6_10"] == 0


def test_a_field_added_in_the_table_is_saved_exported_merged_and_named(tmp_path):
    a = team.first_laptop(tmp_path, "laptop-a")
    tour = a.new_tour(20)
    b = team.copy_of(a, tmp_path, "laptop-b")
    edit_group(a, tour, 0, heard_via="school_or_teacher")
    edit_group(b, tour, 0, accompanying_adults=3)  # another field of the same group, on another laptop
    merge(a, b)
    merge(b, a)
    for laptop in (a, b):
        group = load(laptop, tour).groups[0]
        assert (group.heard_via, group.accompanying_adults) == ("school_or_teacher", 3)
        assert open_list(laptop) == []
    db = a.db()
    try:
        target = tmp_path / "groups.csv"
        export(db, ExportRequest("groups", "csv", lang="it"), target)
    finally:
        db.close()
    with target.open(encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f))  # headed in Italian, as the labels: the field's own name, and its code's
    assert (row["Come ci hanno conosciuti"], row["Come ci hanno conosciuti (codice)"]) == (
        "Scuola o insegnante", "school_or_teacher")


def test_the_conflicts_list_names_a_field_from_the_table(qapp):
    from mediator_desk.views.team_labels import ConflictLabels

    labels = ConflictLabels()
    assert labels.field("heard_via", str) == "How they heard of us"
    assert labels.field("age_65_plus", str) == "Ages 65+"
    assert labels.field("contact_retention_until", str) == "Delete contact after"
