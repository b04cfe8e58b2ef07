"""The first run on an empty database: the venue, its first exhibition, the team and the counter categories,
checked together and written in one transaction (the set-up assistant in views/dialogs/setup_wizard.py)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediator_desk.db.database import Database, transaction
from mediator_desk.db.models import CountCategory, Exhibition, Mediator, Venue
from mediator_desk.enums import DEFAULT_CATEGORIES, MediatorRole
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from mediator_desk.services import counting, reference
from mediator_desk.services.changes import CATEGORY, REFERENCE, Changes

RULES = {
    "no_team": QT_TRANSLATE_NOOP("rules", "Add at least one name (one per line)."),
    "member": QT_TRANSLATE_NOOP("rules", "Line {row} ({name}): {problem}"),
    "join_nothing": QT_TRANSLATE_NOOP("rules", "Choose the coordinator's file or type the server's address."),
    "join_no_file": QT_TRANSLATE_NOOP("rules", "There is no file {path}."),
    "join_bad_server": QT_TRANSLATE_NOOP("rules", "The server's address starts with postgresql://"),
}
LANGUAGE_SPLIT = re.compile(r"[\s,;/]+")


@dataclass
class Member:
    name: str
    languages: list[str] = field(default_factory=list)
    role: str = MediatorRole.mediator.value


@dataclass
class Category:
    name: str
    code: str = ""  # a default category's code (same id on every laptop), empty for one added here


@dataclass
class SetupPlan:
    venue: dict[str, Any]
    exhibition: dict[str, Any]
    team: list[Member]
    categories: list[Category]


def parse_names(text: str) -> list[str]:
    """One name per line as pasted from a list or a spreadsheet column; blank lines and repeats dropped."""
    names, seen = [], set()
    for line in text.splitlines():
        name = " ".join(line.replace("\t", " ").split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def parse_languages(text: str) -> list[str]:
    """"ro, en it" -> ["ro", "en", "it"] (validated with the mediator's rule)."""
    return [code.lower() for code in LANGUAGE_SPLIT.split(text.strip()) if code]


def default_categories(names: dict[str, str]) -> list[Category]:
    """The default categories, named in the interface language (`names` by code, English where missing)."""
    return [Category(names.get(code, english), code) for code, english, _key, _admission in DEFAULT_CATEGORIES]


def venue_problems(values: dict[str, Any]) -> list[ValidationError]:
    return reference.validate("venue", {**reference.defaults("venue"), **values})


def exhibition_problems(values: dict[str, Any]) -> list[ValidationError]:
    return reference.validate("exhibition", {**reference.defaults("exhibition"), **values,
                                             "venue_id": values.get("venue_id") or uuid.uuid4()})


def team_problems(team: list[Member]) -> list[ValidationError]:
    if not team:
        return [ValidationError.rule("team", RULES["no_team"])]
    out = []
    for row, member in enumerate(team, start=1):
        for p in reference.validate("mediator", {"display_name": member.name, "languages": member.languages,
                                                 "role": member.role, "paid": True, "active": True}):
            problem = ValidationError.rule(p.field, RULES["member"], row=row, name=member.name, problem=p.message)
            problem.inner = p  # the interface words the person's problem in its own language
            out.append(problem)
    return out


def category_problems(categories: list[Category]) -> list[ValidationError]:
    rows = [counting.CategoryEdit(None, c.name, "") for c in categories]
    try:
        counting.validate_categories(rows)
    except ValidationError as exc:
        return [exc]
    return []


def join_problems(path: str, server: str) -> list[ValidationError]:
    """Joining a team needs the coordinator's file or the team's server (or both)."""
    if not path and not server:
        return [ValidationError.rule("join", RULES["join_nothing"])]
    out = []
    if path and not Path(path).expanduser().is_file():
        out.append(ValidationError.rule("join", RULES["join_no_file"], path=path))
    if server and not server.startswith(("postgresql://", "postgres://")):
        out.append(ValidationError.rule("join", RULES["join_bad_server"]))
    return out


def apply(db: Database, plan: SetupPlan, device_id: str) -> tuple[uuid.UUID, Changes]:
    """Write the plan; returns the new exhibition's id. Nothing is written when any part breaks a rule."""
    problems = [*venue_problems(plan.venue), *exhibition_problems(plan.exhibition), *team_problems(plan.team),
                *category_problems(plan.categories)]
    if [p for p in problems if not p.warning]:
        raise ValidationErrors(problems)
    admission = {code: adm.value for code, _english, _key, adm in DEFAULT_CATEGORIES}
    with transaction(db) as s:
        venue = Venue(**{f.name: plan.venue.get(f.name, reference.defaults("venue")[f.name])
                         for f in reference.KINDS["venue"].fields}, device_id=device_id)
        s.add(venue)
        s.flush()
        values = {**reference.defaults("exhibition"), **plan.exhibition, "venue_id": venue.id}
        exhibition = Exhibition(**{f.name: values.get(f.name) for f in reference.KINDS["exhibition"].fields},
                                device_id=device_id)
        s.add(exhibition)
        for member in plan.team:
            s.add(Mediator(display_name=member.name, languages=member.languages, role=member.role, paid=True,
                           active=True, device_id=device_id))
        codes: set[str] = set()
        for position, cat in enumerate(plan.categories):
            code = cat.code or re.sub(r"\W+", "_", cat.name.strip().casefold())[:28] or "category"
            while code in codes:
                code = f"{code[:28]}_{position}"
            codes.add(code)
            s.add(CountCategory(id=counting.default_category_id(venue.id, code) if cat.code else uuid.uuid4(),
                                venue_id=venue.id, code=code, name=cat.name.strip(),
                                key=str(position + 1) if position < 9 else "", position=position,
                                admission_type=admission.get(cat.code, "full"), device_id=device_id))
        s.flush()
        return exhibition.id, Changes.of(REFERENCE, CATEGORY, ids=[venue.id, exhibition.id])
