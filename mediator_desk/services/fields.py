"""Each field of a tour and of a visitor group, described once.

One line per field drives the editor's draft (its attribute, default and copy), the checks every field of a kind
gets (a count is never negative, a country is a two-letter code), reading and writing the record, the editor's
binding (by the widget's object name in forms/dialogs/tour_dialog.ui), the exports' columns, the field's name
in problems and in the team's conflicts list, and the tour sheet's columns. Rules between fields (first-time
visitors within the participants, a booking contact's deletion date) stay in services/tours.py.

Adding a field to a group: the model and its migration, one line here, its widget in the .ui, its words in the
.ts files, a test. Bookings, shifts and organisations describe theirs the same way.

Labels are English, marked for Qt Linguist in the context "fields": the interface reads them with
QCoreApplication.translate("fields", …), reports and exports with i18n.Texts(lang).translate("fields", …)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mediator_desk.enums import (
    AccessProvision,
    AdmissionType,
    BookingSource,
    GroupType,
    HeardVia,
    Origin,
    TargetGroup,
    TourFormat,
    TourStatus,
)
from mediator_desk.errors import QT_TRANSLATE_NOOP

# What a kind holds, its empty value, and whether the draft keeps a copy of it (lists are copied, not shared).
KINDS: dict[str, tuple[Callable[[], Any], bool]] = {
    "count": (lambda: 0, False),        # a whole number ≥ 0 (a spin box)
    "age": (lambda: 0, False),          # one age band's count; the draft keeps the bands together in `ages`
    "total": (lambda: 0, False),        # worked out from other fields, shown and exported, never typed or stored
    "text": (lambda: "", False),        # typed text (a line edit or a text box), printed exactly as typed
    "enum": (lambda: None, False),      # one stored choice (a combo box of the choices' words)
    "enums": (list, True),              # several choices (a list of check boxes)
    "country": (lambda: "", False),     # a two-letter code; a typed name becomes its code
    "ref": (lambda: None, False),       # another record's id (a combo box of that list)
    "codes": (list, True),              # codes typed with commas (vouchers): kept in their own table
    "languages": (list, True),          # two-letter language codes typed with commas
    "datetime": (lambda: None, False),  # an aware UTC time
    "date": (lambda: None, False),
    "number": (lambda: None, False),    # a whole number that may be left empty (booked size)
}


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the record's column, the draft's attribute, the change's field name
    kind: str
    label: str  # English, marked in the context "fields"
    widget: str = ""  # the editor's widget, by object name ("" when the editor shows it another way)
    choices: tuple[str, ...] = ()  # enum, enums
    default: Any = None  # else (None) the kind's empty value
    optional: bool = False  # an enum that may stay unchosen
    ref: str = ""  # ref: the list it points to (partner, programme, exhibition)
    carried: bool = False  # "Add group" starts the next group with this value of the previous one
    stored: bool = True  # a column of the record (vouchers live in their own table, a total nowhere)
    export: str | None = ""  # the export's column name ("" = the field's name, None = not exported)
    export_code: str = ""  # enums: the column with the stored code next to the words ("" = name + "_code")
    width: int = 14  # the export column's width
    sheet: float = 0  # the width (mm) of its column in the tour sheet's group details (0: not there)

    def empty(self) -> Any:
        return KINDS[self.kind][0]() if self.default is None else self.default

    def copy(self, value: Any) -> Any:
        return list(value) if KINDS[self.kind][1] and value is not None else value

    @property
    def column(self) -> str:
        return self.export or self.name


def _e(enum) -> tuple[str, ...]:
    return tuple(enum.values())


# A visitor group, in the editor's order.
GROUP_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("group_type", "enum", QT_TRANSLATE_NOOP("fields", "Group type"), "groupTypeCombo", _e(GroupType),
              default="individual", carried=True, width=24, sheet=24),
    FieldSpec("age_0_5", "age", QT_TRANSLATE_NOOP("fields", "Ages 0–5"), "age0to5Spin", export="age 0_5", width=9),
    FieldSpec("age_6_10", "age", QT_TRANSLATE_NOOP("fields", "Ages 6–10"), "age6to10Spin", export="age 6_10",
              width=9),
    FieldSpec("age_11_14", "age", QT_TRANSLATE_NOOP("fields", "Ages 11–14"), "age11to14Spin", export="age 11_14",
              width=9),
    FieldSpec("age_15_18", "age", QT_TRANSLATE_NOOP("fields", "Ages 15–18"), "age15to18Spin", export="age 15_18",
              width=9),
    FieldSpec("age_19_25", "age", QT_TRANSLATE_NOOP("fields", "Ages 19–25"), "age19to25Spin", export="age 19_25",
              width=9),
    FieldSpec("age_26_64", "age", QT_TRANSLATE_NOOP("fields", "Ages 26–64"), "age26to64Spin", export="age 26_64",
              width=9),
    FieldSpec("age_65_plus", "age", QT_TRANSLATE_NOOP("fields", "Ages 65+"), "age65plusSpin", export="age 65_plus",
              width=9),
    FieldSpec("participants", "total", QT_TRANSLATE_NOOP("fields", "Participants"), "participantsValue",
              stored=False, width=12),
    FieldSpec("accompanying_adults", "count", QT_TRANSLATE_NOOP("fields", "Accompanying adults"), "adultsSpin",
              width=12),
    FieldSpec("first_time_count", "count", QT_TRANSLATE_NOOP("fields", "First-time visitors"), "firstTimeSpin",
              export="first_time", width=10),
    FieldSpec("origin", "enum", QT_TRANSLATE_NOOP("fields", "Origin"), "originCombo", _e(Origin), default="local",
              carried=True, width=12, sheet=22),
    FieldSpec("country", "country", QT_TRANSLATE_NOOP("fields", "Country"), "countryEdit", width=8, sheet=10),
    FieldSpec("school_level", "text", QT_TRANSLATE_NOOP("fields", "School level"), "schoolLevelEdit", width=18,
              sheet=22),
    FieldSpec("partner_id", "ref", QT_TRANSLATE_NOOP("fields", "Partner"), "partnerCombo", ref="partner",
              export="partner", width=36, sheet=34),
    FieldSpec("admission_type", "enum", QT_TRANSLATE_NOOP("fields", "Admission"), "admissionCombo",
              _e(AdmissionType), default="full", carried=True, export_code="admission_code", width=16, sheet=20),
    FieldSpec("target_group", "enum", QT_TRANSLATE_NOOP("fields", "Target group"), "targetGroupCombo",
              _e(TargetGroup), optional=True, width=24, sheet=24),
    FieldSpec("heard_via", "enum", QT_TRANSLATE_NOOP("fields", "How they heard of us"), "heardViaCombo",
              _e(HeardVia), optional=True, width=22),
    FieldSpec("voucher_codes", "codes", QT_TRANSLATE_NOOP("fields", "Vouchers"), "vouchersEdit", stored=False,
              export="vouchers", width=20, sheet=20),
    FieldSpec("access_provisions", "enums", QT_TRANSLATE_NOOP("fields", "Access provisions"), "accessList",
              _e(AccessProvision), width=24),
)

# A tour: what the draft holds and how each field is named (the editor's tour, booking and notes tabs).
TOUR_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("exhibition_id", "ref", QT_TRANSLATE_NOOP("fields", "Exhibition"), "exhibitionCombo",
              ref="exhibition"),
    FieldSpec("programme_id", "ref", QT_TRANSLATE_NOOP("fields", "Programme"), "programmeCombo", ref="programme"),
    FieldSpec("format", "enum", QT_TRANSLATE_NOOP("fields", "Format"), "formatCombo", _e(TourFormat),
              default="guided_tour"),
    FieldSpec("planned_start", "datetime", QT_TRANSLATE_NOOP("fields", "Planned start"), "plannedStartEdit"),
    FieldSpec("actual_start", "datetime", QT_TRANSLATE_NOOP("fields", "Actual start"), "actualStartEdit"),
    FieldSpec("actual_end", "datetime", QT_TRANSLATE_NOOP("fields", "Actual end"), "actualEndEdit"),
    FieldSpec("languages", "languages", QT_TRANSLATE_NOOP("fields", "Languages"), "languagesEdit"),
    FieldSpec("status", "enum", QT_TRANSLATE_NOOP("fields", "Status"), "statusCombo", _e(TourStatus),
              default="planned"),
    FieldSpec("expected_size", "number", QT_TRANSLATE_NOOP("fields", "Booked size"), "expectedSpin"),
    FieldSpec("contact_name", "text", QT_TRANSLATE_NOOP("fields", "Contact name"), "contactNameEdit"),
    FieldSpec("contact_phone", "text", QT_TRANSLATE_NOOP("fields", "Contact phone"), "contactPhoneEdit"),
    FieldSpec("contact_email", "text", QT_TRANSLATE_NOOP("fields", "Contact email"), "contactEmailEdit"),
    FieldSpec("contact_retention_until", "date", QT_TRANSLATE_NOOP("fields", "Delete contact after"),
              "retentionEdit"),
    FieldSpec("booking_source", "enum", QT_TRANSLATE_NOOP("fields", "Booked through"), "sourceCombo",
              _e(BookingSource), optional=True),
    FieldSpec("observations", "text", QT_TRANSLATE_NOOP("fields", "Observations"), "observationsEdit"),
    FieldSpec("reflection", "text", QT_TRANSLATE_NOOP("fields", "Reflection"), "reflectionEdit"),
    FieldSpec("incidents", "text", QT_TRANSLATE_NOOP("fields", "Incidents"), "incidentsEdit"),
)

GROUP = {f.name: f for f in GROUP_FIELDS}
TOUR = {f.name: f for f in TOUR_FIELDS}
AGES = tuple(f for f in GROUP_FIELDS if f.kind == "age")
STORED_GROUP = tuple(f for f in GROUP_FIELDS if f.stored)
STORED_TOUR = tuple(f for f in TOUR_FIELDS if f.stored and f.name != "languages")  # languages: a list, copied


def labels() -> dict[str, str]:
    """Every field's English label by name (a tour's and a group's share a name only when they mean the same)."""
    return {f.name: f.label for f in (*TOUR_FIELDS, *GROUP_FIELDS)}


def draft_fields(specs: Iterable[FieldSpec]) -> list[tuple[str, type, dataclasses.Field]]:
    """The dataclass fields of an editor's draft: one per field that is typed (ages are kept together)."""
    out = []
    for f in specs:
        if f.kind in ("age", "total"):
            continue
        empty = KINDS[f.kind][0] if f.default is None else (lambda v=f.default: v)
        out.append((f.name, Any, dataclasses.field(default_factory=empty)))
    return out


__all__ = ["AGES", "GROUP", "GROUP_FIELDS", "KINDS", "STORED_GROUP", "TOUR", "TOUR_FIELDS", "FieldSpec",
           "draft_fields", "labels"]
