"""Reference lists (venues, exhibitions, mediators, programmes, partners, vouchers): fields, rules, storage."""

from __future__ import annotations

import re
import uuid
import zoneinfo
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from mediator_desk.db.database import Database, transaction
from mediator_desk.db.hooks import INCLUDE_DELETED
from mediator_desk.db.models import (
    CountEvent,
    Exhibition,
    Feedback,
    Mediator,
    PartnerOrganisation,
    Programme,
    Tour,
    Venue,
    Voucher,
    utcnow,
)
from mediator_desk.enums import (
    WEEKDAYS,
    ExhibitionType,
    MediatorRole,
    PartnerType,
    TargetGroup,
    VenueType,
)
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from mediator_desk.services.changes import REFERENCE, Changes

HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text, enum, enums, date, bool, languages, country, tz, hours, url, ref, count
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # for kind "ref": the list it points to


@dataclass(frozen=True)
class Kind:
    model: type
    fields: tuple[Field, ...]
    title_field: str


KINDS: dict[str, Kind] = {
    "venue": Kind(Venue, (Field("name", "text", True), Field("city", "text"), Field("country", "country"),
                          Field("timezone", "tz", True), Field("type", "enum", choices=tuple(VenueType.values())),
                          Field("opening_hours", "hours"), Field("survey_url_template", "url"),
                          Field("answers_per_card", "count")), "name"),
    "exhibition": Kind(Exhibition, (Field("title", "text", True), Field("venue_id", "ref", True, ref="venue"),
                                    Field("type", "enum", choices=tuple(ExhibitionType.values())),
                                    Field("start_date", "date"), Field("end_date", "date")), "title"),
    "mediator": Kind(Mediator, (Field("display_name", "text", True), Field("languages", "languages"),
                                Field("role", "enum", choices=tuple(MediatorRole.values())), Field("paid", "bool"),
                                Field("active", "bool")), "display_name"),
    "programme": Kind(Programme, (Field("name", "text", True), Field("funder", "text"), Field("start_date", "date"),
                                  Field("end_date", "date"),
                                  Field("target_groups", "enums", choices=tuple(TargetGroup.values()))), "name"),
    "partner": Kind(PartnerOrganisation, (Field("name", "text", True),
                                          Field("type", "enum", choices=tuple(PartnerType.values()))), "name"),
    "voucher": Kind(Voucher, (Field("code", "text", True), Field("programme_id", "ref", ref="programme"),
                              Field("partner_id", "ref", ref="partner"),
                              Field("target_group", "enum", choices=tuple(TargetGroup.values())),
                              Field("issued_on", "date"), Field("valid_until", "date")), "code"),
}
DEFAULTS: dict[str, Any] = {"text": "", "url": "", "country": "", "tz": "Europe/Rome", "date": None, "bool": True,
                            "languages": [], "enums": [], "hours": {}, "ref": None, "count": 1}


VOUCHER_NAMESPACE = uuid.UUID("4c1f6a52-93d7-4f0e-9b0a-6d2e8c5b7a31")


def voucher_id(code: str) -> uuid.UUID:
    """A new voucher's id follows from its code: two laptops that register the same paper voucher create the
    same record, so redeeming it on both is an edit conflict (shown to the coordinator), not two vouchers."""
    return uuid.uuid5(VOUCHER_NAMESPACE, voucher_code(code))


def voucher_code(text: str) -> str:
    """The one form of a voucher code: what is typed, printed or stored compares equal however it was cased
    or spaced ("vc-2026 0001 " and "VC-2026 0001" are the same voucher)."""
    return " ".join(text.split()).upper()


def defaults(kind: str) -> dict[str, Any]:
    return {f.name: (f.choices[0] if f.kind == "enum" else DEFAULTS[f.kind]) for f in KINDS[kind].fields}


def parse_hours(text: str) -> list[str] | None:
    """'10:00-18:00' -> ['10:00', '18:00']; '' -> None (closed). Raises ValueError when unreadable."""
    if not text.strip():
        return None
    m = HOURS.match(text)
    if not m:
        raise ValueError(text)
    h1, m1, h2, m2 = (int(x) for x in m.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 * 60 + m2) <= (h1 * 60 + m1):
        raise ValueError(text)
    return [f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"]


RULES = {
    "required": QT_TRANSLATE_NOOP("rules", "This field is required."),
    "not_a_choice": QT_TRANSLATE_NOOP("rules", "“{value}” is not one of the choices."),
    "bad_languages": QT_TRANSLATE_NOOP("rules", "Use two-letter language codes (ISO 639-1), e.g. it, en, ro."),
    "bad_country": QT_TRANSLATE_NOOP("rules", "Use a two-letter country code (ISO 3166), e.g. IT, RO."),
    "bad_timezone": QT_TRANSLATE_NOOP("rules", "“{value}” is not a known time zone (e.g. Europe/Rome)."),
    "bad_url": QT_TRANSLATE_NOOP("rules", "The address must start with http:// or https://."),
    "url_placeholders": QT_TRANSLATE_NOOP("rules", "Put {{session}} or {{card}} in the address so answers come back to their tour."),
    "hours_unreadable": QT_TRANSLATE_NOOP("rules", "Opening hours for {day} are not readable."),
    "end_before_start": QT_TRANSLATE_NOOP("rules", "The end date is before the start date."),
    "voucher_exists": QT_TRANSLATE_NOOP("rules", "A voucher with the code {code} exists already."),
    "venue_in_use": QT_TRANSLATE_NOOP("rules", "This venue has {n} exhibition(s): delete or move them first."),
    "exhibition_has_data": QT_TRANSLATE_NOOP("rules", "“{title}” has {tours} tour(s), {visitors} counted visitor(s) and {answers} feedback answer(s). Deleting it removes it from every list and stops counting into it; what was recorded stays in the reports."),
}


def _rule(field_name: str, rule: str, *, warning: bool = False, **params) -> ValidationError:
    return ValidationError.rule(field_name, RULES[rule], warning=warning, **params)


def validate(kind: str, values: dict[str, Any]) -> list[ValidationError]:
    out: list[ValidationError] = []
    for f in KINDS[kind].fields:
        v = values.get(f.name)
        if f.required and (v is None or (isinstance(v, str) and not v.strip())):
            out.append(_rule(f.name, "required"))
        elif f.kind == "enum" and v not in f.choices:
            out.append(_rule(f.name, "not_a_choice", value=v))
        elif f.kind == "languages" and any(not LANGUAGE.match(c) for c in v or []):
            out.append(_rule(f.name, "bad_languages"))
        elif f.kind == "country" and v and not COUNTRY.match(v):
            out.append(_rule(f.name, "bad_country"))
        elif f.kind == "tz" and v not in zoneinfo.available_timezones():
            out.append(_rule(f.name, "bad_timezone", value=v))
        elif f.kind == "url" and v and not re.match(r"^https?://\S+$", v):
            out.append(_rule(f.name, "bad_url"))
    if kind == "venue":
        template = values.get("survey_url_template") or ""
        if template and "{session}" not in template and "{card}" not in template:
            out.append(_rule("survey_url_template", "url_placeholders", warning=True))
        for day, span in (values.get("opening_hours") or {}).items():
            if day not in WEEKDAYS or not (isinstance(span, list) and len(span) == 2):
                out.append(_rule("opening_hours", "hours_unreadable", day=day))
    for first, last in (("start_date", "end_date"), ("issued_on", "valid_until")):
        a, b = values.get(first), values.get(last)
        if a and b and b < a:
            out.append(_rule(last, "end_before_start"))
    return out


def records(db: Database, kind: str) -> list[tuple[uuid.UUID, dict[str, Any]]]:
    spec = KINDS[kind]
    with db.session() as s:
        rows = s.scalars(select(spec.model).order_by(getattr(spec.model, spec.title_field))).all()
        return [(r.id, {f.name: getattr(r, f.name) for f in spec.fields}) for r in rows]


def titles(db: Database, kind: str) -> list[tuple[uuid.UUID, str]]:
    title = KINDS[kind].title_field
    return [(rid, values[title]) for rid, values in records(db, kind)]


def save(db: Database, kind: str, record_id: uuid.UUID | None, values: dict[str, Any], device_id: str,
         *, accept_warnings: bool = False) -> tuple[uuid.UUID, Changes]:
    spec = KINDS[kind]
    if kind == "voucher" and values.get("code"):
        values = {**values, "code": voucher_code(values["code"])}
    problems = validate(kind, values)
    with transaction(db) as s:
        if kind == "voucher" and values.get("code"):
            clash = s.scalar(select(func.count(Voucher.id)).where(
                func.upper(func.trim(Voucher.code)) == values["code"], Voucher.id != (record_id or uuid.uuid4()))
                .execution_options(**INCLUDE_DELETED))
            if clash:
                problems.append(_rule("code", "voucher_exists", code=values["code"]))
        if any(not p.warning for p in problems) or (problems and not accept_warnings):
            raise ValidationErrors(problems)
        row = s.get(spec.model, record_id, execution_options=INCLUDE_DELETED) if record_id else None
        if row is None:
            if record_id is None and kind == "voucher" and values.get("code"):
                record_id = voucher_id(values["code"])
            row = spec.model(**({"id": record_id} if record_id else {}))
            s.add(row)
        for f in spec.fields:
            setattr(row, f.name, values.get(f.name))
        row.device_id = device_id
        row.deleted_at = None
        s.flush()
        return row.id, Changes.of(REFERENCE, ids=[row.id])


def _deletion_problems(s, kind: str, row) -> list[ValidationError]:
    if kind == "venue":
        used = s.scalar(select(func.count(Exhibition.id)).where(Exhibition.venue_id == row.id))
        return [_rule("name", "venue_in_use", n=used)] if used else []
    if kind == "exhibition":
        tours = s.scalar(select(func.count(Tour.id)).where(Tour.exhibition_id == row.id))
        visitors = s.scalar(select(func.coalesce(func.sum(CountEvent.delta), 0))
                            .where(CountEvent.exhibition_id == row.id, CountEvent.kind == "entry"))
        answers = s.scalar(select(func.count(Feedback.id)).where(Feedback.exhibition_id == row.id))
        if tours or visitors or answers:
            return [_rule("title", "exhibition_has_data", warning=True, title=row.title, tours=tours,
                          visitors=visitors, answers=answers)]
    return []


def deletion_problems(db: Database, kind: str, record_id: uuid.UUID) -> list[ValidationError]:
    """What deleting a record would hold back (errors) or take away (warnings), to say before asking."""
    with db.session() as s:
        row = s.get(KINDS[kind].model, record_id)
        return _deletion_problems(s, kind, row) if row is not None else []


def delete(db: Database, kind: str, record_id: uuid.UUID, device_id: str, *,
           accept_warnings: bool = False) -> Changes:
    """Soft delete. A venue with exhibitions stays (say what holds it); deleting an exhibition that holds
    tours, counts or feedback needs the warning accepted (it says what happens to them)."""
    spec = KINDS[kind]
    with transaction(db) as s:
        row = s.get(spec.model, record_id)
        if row is None:
            return Changes()
        problems = _deletion_problems(s, kind, row)
        if any(not p.warning for p in problems) or (problems and not accept_warnings):
            raise ValidationErrors(problems)
        row.deleted_at = utcnow()
        row.device_id = device_id
    return Changes.of(REFERENCE, ids=[record_id])
