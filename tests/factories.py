"""Small hand-made data sets for tests (long Romanian and German names on purpose)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from mediator_desk.db.engine import Database, transaction
from mediator_desk.db.models import CountCategory, Exhibition, Mediator, PartnerOrganisation, Programme, Venue
from mediator_desk.enums import DEFAULT_CATEGORIES
from mediator_desk.services.counting import default_category_id

ROMANIAN_TITLE = "Școala de vară: învățăm împreună să privim arta contemporană în țară și străinătate"
GERMAN_NAME = "Friederike Müller-Lüdenscheidt"


@dataclass
class World:
    venue_id: uuid.UUID
    exhibition_id: uuid.UUID
    mediator_ids: list[uuid.UUID]
    category_ids: list[uuid.UUID]
    programme_id: uuid.UUID
    partner_id: uuid.UUID
    tz: str = "Europe/Rome"


def make_world(db: Database, device_id: str = "test-laptop") -> World:
    with transaction(db) as s:
        venue = Venue(name="Padiglione della Romania – Giardini", city="Venezia", country="IT",
                      timezone="Europe/Rome", type="national_pavilion", device_id=device_id,
                      opening_hours={d: ["10:00", "18:00"] for d in ("tue", "wed", "thu", "fri", "sat", "sun")},
                      survey_url_template="https://survey.example.org/f?tour={session}&card={card}")
        s.add(venue)
        s.flush()
        ex = Exhibition(venue_id=venue.id, title=ROMANIAN_TITLE, type="temporary", device_id=device_id,
                        start_date=dt.date(2026, 5, 9), end_date=dt.date(2026, 11, 22))
        meds = [Mediator(display_name=n, languages=langs, role=role, paid=paid, device_id=device_id)
                for n, langs, role, paid in [("Ștefănia Țăranu-Constantinescu", ["ro", "it", "en"], "mediator", True),
                                             (GERMAN_NAME, ["de", "en"], "volunteer", False)]]
        prog = Programme(name="Voucher Cultural", funder="AFCN", target_groups=["rural_youth"], device_id=device_id)
        partner = PartnerOrganisation(name="Școala Gimnazială „Ion Creangă” Cluj-Napoca", type="school",
                                      device_id=device_id)
        cats = [CountCategory(id=default_category_id(venue.id, code), venue_id=venue.id, code=code, name=name,
                              key=key, position=i, admission_type=admission.value, device_id=device_id)
                for i, (code, name, key, admission) in enumerate(DEFAULT_CATEGORIES)]
        s.add_all([ex, *meds, prog, partner, *cats])
        s.flush()
        return World(venue.id, ex.id, [m.id for m in meds], [c.id for c in cats], prog.id, partner.id)
