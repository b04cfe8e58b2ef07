"""Reference lists (venues, exhibitions, mediators, programmes, partners, vouchers): fields, rules, storage."""

from __future__ import annotations

import re
import uuid
import zoneinfo
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from mediator_desk.db.engine import Database, transaction
from mediator_desk.db.enums import (
    WEEKDAYS,
    ExhibitionType,
    MediatorRole,
    PartnerType,
    TargetGroup,
    VenueType,
)
from mediator_desk.db.models import (
    Exhibition,
    Mediator,
    PartnerOrganisation,
    Programme,
    TourSession,
    Venue,
    Voucher,
    utcnow,
)
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors

HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text, enum, enums, date, bool, languages, country, tz, hours, url, ref
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
                          Field("opening_hours", "hours"), Field("survey_url_template", "url")), "name"),
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
                            "languages": [], "enums": [], "hours": {}, "ref": None}


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
    "exhibition_in_use": QT_TRANSLATE_NOOP("rules", "This exhibition has {n} tour(s) recorded: it stays, so reports stay complete."),
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
        rows = s.scalars(select(spec.model).where(spec.model.deleted_at.is_(None))
                         .order_by(getattr(spec.model, spec.title_field))).all()
        return [(r.id, {f.name: getattr(r, f.name) for f in spec.fields}) for r in rows]


def titles(db: Database, kind: str) -> list[tuple[uuid.UUID, str]]:
    title = KINDS[kind].title_field
    return [(rid, values[title]) for rid, values in records(db, kind)]


def save(db: Database, kind: str, record_id: uuid.UUID | None, values: dict[str, Any], device_id: str,
         *, accept_warnings: bool = False) -> uuid.UUID:
    spec = KINDS[kind]
    problems = validate(kind, values)
    with transaction(db) as s:
        if kind == "voucher" and values.get("code"):
            clash = s.scalar(select(func.count(Voucher.id)).where(Voucher.code == values["code"],
                                                                   Voucher.id != (record_id or uuid.uuid4())))
            if clash:
                problems.append(_rule("code", "voucher_exists", code=values["code"]))
        if any(not p.warning for p in problems) or (problems and not accept_warnings):
            raise ValidationErrors(problems)
        row = s.get(spec.model, record_id) if record_id else None
        if row is None:
            row = spec.model(**({"id": record_id} if record_id else {}))
            s.add(row)
        for f in spec.fields:
            setattr(row, f.name, values.get(f.name))
        row.device_id = device_id
        row.deleted_at = None
        s.flush()
        return row.id


def delete(db: Database, kind: str, record_id: uuid.UUID, device_id: str) -> None:
    """Soft delete; a venue with exhibitions or an exhibition with tours stays (say what holds it)."""
    spec = KINDS[kind]
    with transaction(db) as s:
        if kind == "venue":
            used = s.scalar(select(func.count(Exhibition.id)).where(Exhibition.venue_id == record_id,
                                                                     Exhibition.deleted_at.is_(None)))
            if used:
                raise ValidationErrors([_rule("name", "venue_in_use", n=used)])
        if kind == "exhibition":
            used = s.scalar(select(func.count(TourSession.id)).where(TourSession.exhibition_id == record_id,
                                                                      TourSession.deleted_at.is_(None)))
            if used:
                raise ValidationErrors([_rule("title", "exhibition_in_use", n=used)])
        row = s.get(spec.model, record_id)
        if row is not None:
            row.deleted_at = utcnow()
            row.device_id = device_id
