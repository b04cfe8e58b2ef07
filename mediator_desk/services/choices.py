"""The lists every picker offers (exhibitions, mediators, programmes, partners), read once, as small rows.

One service feeds every picker of the same thing, so a list changed in Settings (or by a merge) shows the same
everywhere; deleted records are never offered (the soft-delete filter leaves them out)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from mediator_desk.db.database import Database
from mediator_desk.db.models import Exhibition, Mediator, PartnerOrganisation, Programme, Venue


@dataclass(frozen=True, slots=True)
class ExhibitionChoice:
    id: uuid.UUID
    title: str
    venue_id: uuid.UUID
    venue_name: str
    timezone: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def label(self) -> str:
        return f"{self.title} — {self.venue_name}"

    def runs_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or self.end >= day)


@dataclass(frozen=True, slots=True)
class MediatorChoice:
    id: uuid.UUID
    name: str
    active: bool = True
    languages: tuple[str, ...] = ()
    role: str = "mediator"


@dataclass(frozen=True, slots=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Choices:
    exhibitions: tuple[ExhibitionChoice, ...] = ()
    mediators: tuple[MediatorChoice, ...] = ()
    programmes: tuple[Choice, ...] = ()
    partners: tuple[Choice, ...] = ()
    _by_id: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for item in (*self.exhibitions, *self.mediators, *self.programmes, *self.partners):
            self._by_id[item.id] = item

    def exhibition(self, exhibition_id: uuid.UUID | None) -> ExhibitionChoice | None:
        found = self._by_id.get(exhibition_id)
        return found if isinstance(found, ExhibitionChoice) else None

    def mediator(self, mediator_id: uuid.UUID | None) -> MediatorChoice | None:
        found = self._by_id.get(mediator_id)
        return found if isinstance(found, MediatorChoice) else None

    def active_mediators(self) -> tuple[MediatorChoice, ...]:
        return tuple(m for m in self.mediators if m.active)

    def current_exhibition(self, day: dt.date) -> ExhibitionChoice | None:
        """The exhibition running on `day` (the most recently started), else the one that ended last."""
        running = [e for e in self.exhibitions if e.runs_on(day)]
        if running:
            return max(running, key=lambda e: e.start or dt.date.min)
        return max(self.exhibitions, key=lambda e: e.end or dt.date.min, default=None)

    def pick_exhibition(self, wanted: uuid.UUID | str | None, day: dt.date) -> ExhibitionChoice | None:
        """The exhibition a preference names, if this database holds it; else the current one."""
        return self.exhibition(as_uuid(wanted)) or self.current_exhibition(day)

    def find_exhibition(self, name_or_id: str) -> ExhibitionChoice | None:
        """By id, or by a title only one exhibition has (case-insensitive)."""
        by_id = self.exhibition(as_uuid(name_or_id))
        if by_id is not None:
            return by_id
        matches = [e for e in self.exhibitions if e.title.casefold() == name_or_id.strip().casefold()]
        return matches[0] if len(matches) == 1 else None


def as_uuid(value: uuid.UUID | str | None) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def load(db: Database) -> Choices:
    with db.session() as s:
        exhibitions = tuple(
            ExhibitionChoice(ex_id, title, venue_id, venue_name, tz or "UTC", start, end)
            for ex_id, title, venue_id, venue_name, tz, start, end in s.execute(
                select(Exhibition.id, Exhibition.title, Venue.id, Venue.name, Venue.timezone, Exhibition.start_date,
                       Exhibition.end_date).join(Venue, Exhibition.venue_id == Venue.id)
                .order_by(Exhibition.start_date.desc(), Exhibition.title)))
        mediators = tuple(MediatorChoice(m_id, name, bool(active), tuple(langs or ()), role)
                          for m_id, name, active, langs, role in s.execute(
                              select(Mediator.id, Mediator.display_name, Mediator.active, Mediator.languages,
                                     Mediator.role).order_by(Mediator.display_name)))
        programmes = tuple(Choice(i, n) for i, n in s.execute(select(Programme.id, Programme.name)
                                                               .order_by(Programme.name)))
        partners = tuple(Choice(i, n) for i, n in s.execute(select(PartnerOrganisation.id, PartnerOrganisation.name)
                                                             .order_by(PartnerOrganisation.name)))
    return Choices(exhibitions, mediators, programmes, partners)
