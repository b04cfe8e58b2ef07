"""Realistic, deterministic demo data: a Biennale season at two venues, at any length up to full scale."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, select, update

from mediator_desk import killpoints
from mediator_desk.db.database import Database, transaction
from mediator_desk.db.models import (
    ChangeCounter,
    CountCategory,
    CountEvent,
    Exhibition,
    Feedback,
    Mediator,
    PartnerOrganisation,
    Programme,
    Tour,
    TourMediator,
    Venue,
    VisitorGroup,
    Voucher,
)
from mediator_desk.enums import (
    AGE_COLUMNS,
    DEFAULT_CATEGORIES,
    AccessProvision,
    GroupType,
    LearningOutcome,
    TourFormat,
)
from mediator_desk.errors import ValidationError
from mediator_desk.services.changes import TEAM, Changes
from mediator_desk.services.counting import default_category_id
from mediator_desk.services.reference import voucher_id
from mediator_desk.services.timeutil import UTC, zone

VISITS_PER_DAY = 3650  # 730,000 over a 200-day season
SESSIONS_PER_DAY = 15
FEEDBACK_PER_DAY = 100
DEVICE = "demo-laptop"
TZ = "Europe/Rome"
OPEN_HOURS = range(10, 18)
HOUR_WEIGHTS = (0.07, 0.12, 0.15, 0.13, 0.11, 0.14, 0.15, 0.13)
WEEKDAY_FACTOR = {1: 0.8, 2: 0.85, 3: 0.9, 4: 1.0, 5: 1.35, 6: 1.3}  # Monday (0) closed
CATEGORY_WEIGHTS = (0.45, 0.10, 0.12, 0.18, 0.10, 0.05)

FIRST = ["Ștefan", "Ioana", "Mădălina", "Andrei", "Țicu", "Irina", "Giulia", "Matteo", "Chiara", "Lorenzo",
         "Francesca", "Jürgen", "Lena", "Sophie", "Élodie", "Lucía", "Mihai", "Ana-Maria", "Bogdan", "Alessia"]
LAST = ["Popescu", "Ionescu", "Țăranu", "Rădulescu", "Mureșan", "Rossi", "Bianchi", "Esposito", "Ferrari",
        "Müller", "Schäfer", "Dubois", "García", "Constantinescu", "Dumitrescu", "Bălan", "Ștefănescu"]
LANG_WEIGHTS = (("it", 0.38), ("en", 0.42), ("ro", 0.08), ("de", 0.05), ("fr", 0.04), ("es", 0.03))
COUNTRIES = ("IT", "IT", "IT", "RO", "DE", "FR", "AT", "US", "GB", "ES", "NL", "CH", "JP", "PL", "HU")
COMMENTS = {
    "ro": ["Mulțumim pentru turul minunat! Copiii au învățat foarte multe.",
           "Ghidul a fost extraordinar, ne-a făcut să privim altfel lucrările.",
           "Atelierul pentru familii a fost cea mai frumoasă parte a zilei.",
           "Aș fi vrut mai mult timp în sala a doua, e fascinantă."],
    "it": ["Visita molto coinvolgente, grazie alla mediatrice!",
           "Bellissima esperienza, i ragazzi hanno fatto tante domande.",
           "Spiegazioni chiare, avrei voluto più tempo per l'installazione."],
    "en": ["A thoughtful tour that changed how I see the work.", "Great for our school group, very engaging.",
           "Loved the workshop, we will come back."],
    "de": ["Sehr gute Führung, spannend für die ganze Familie.", "Tolle Vermittlung, wir kommen wieder."],
    "fr": ["Visite passionnante, merci beaucoup !", "Très belle médiation pour les enfants."],
    "es": ["Una visita increíble, muy bien explicada.", "Me encantó el taller en familia."],
}
ONE_WORDS = {"ro": ["uimitor", "emoționant", "frumos", "curios"], "it": ["stupendo", "intenso", "curioso"],
             "en": ["inspiring", "moving", "surprising"], "de": ["spannend", "berührend"],
             "fr": ["magnifique", "émouvant"], "es": ["precioso", "inolvidable"]}
GROUP_SHAPES: dict[str, tuple[tuple[int, int], ...]] = {
    # group type: (min, max) per age band, in AGE_COLUMNS order
    "individual": ((0, 0), (0, 0), (0, 0), (0, 1), (0, 2), (1, 4), (0, 2)),
    "family": ((0, 2), (1, 2), (0, 2), (0, 0), (0, 0), (2, 4), (0, 1)),
    "preschool": ((10, 20), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)),
    "primary": ((0, 0), (15, 26), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)),
    "lower_secondary": ((0, 0), (0, 0), (15, 28), (0, 0), (0, 0), (0, 0), (0, 0)),
    "upper_secondary": ((0, 0), (0, 0), (0, 0), (15, 28), (0, 0), (0, 0), (0, 0)),
    "university": ((0, 0), (0, 0), (0, 0), (0, 0), (8, 25), (0, 3), (0, 0)),
    "adult_organised": ((0, 0), (0, 0), (0, 0), (0, 0), (0, 3), (8, 20), (0, 5)),
    "tourist_group": ((0, 0), (0, 0), (0, 1), (0, 1), (0, 4), (10, 25), (2, 8)),
    "professional_press": ((0, 0), (0, 0), (0, 0), (0, 0), (0, 1), (2, 8), (0, 1)),
    "community_ngo": ((0, 2), (2, 8), (2, 6), (0, 4), (0, 2), (1, 4), (0, 0)),
    "disability_group": ((0, 0), (0, 4), (0, 4), (0, 4), (0, 3), (2, 6), (0, 2)),
    "seniors": ((0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 4), (8, 20)),
    "corporate": ((0, 0), (0, 0), (0, 0), (0, 0), (1, 5), (6, 18), (0, 0)),
}
FORMAT_GROUPS = {
    "school_visit": ["primary", "lower_secondary", "upper_secondary", "preschool"],
    "family_session": ["family"], "workshop": ["family", "primary", "community_ngo"],
    "accessible_tour": ["disability_group"], "training": ["professional_press", "university"],
}


# What a mediator types as a school group's level (free text), as on Romanian and Italian class lists.
SCHOOL_LEVELS = {"primary": "clasa a III-a", "lower_secondary": "clasa a VII-a", "upper_secondary": "classe 4ª"}


@dataclass
class DemoResult:
    """What the demo wrote (every kind of record: pages redraw as after a merge)."""

    days: int
    first_day: dt.date
    last_day: dt.date
    count_events: int
    sessions: int
    groups: int
    feedback: int

    @property
    def changes(self) -> Changes:
        return Changes.of(TEAM)


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


def opening_days(first: dt.date, count: int) -> list[dt.date]:
    days, day = [], first
    while len(days) < count:
        if day.weekday() in WEEKDAY_FACTOR:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _split_exact(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights that add up exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def generate(db: Database, days: int = 30, seed: int = 1, start: dt.date | None = None,
             progress: Callable[[str], None] | None = None,
             category_names: dict[str, str] | None = None) -> DemoResult:
    """Fill `db` with `days` opening days of data (Mondays closed). Deterministic for (days, seed, start).
    `category_names`: the counter categories' names by code, in the language of the person asking (English
    where missing)."""
    if days < 1 or days > 400:
        raise ValidationError("days", "The number of demo days must be between 1 and 400.")
    rng = random.Random(seed)
    new_id = _Ids(rng)
    say = progress or (lambda _msg: None)
    if start is None:  # end the season today, so the Today page has something to show
        start = dt.date.today() - dt.timedelta(days=int(days * 7 / 6) + 1)
        while len(opening_days(start, days)) and opening_days(start, days)[-1] < dt.date.today():
            start += dt.timedelta(days=1)
    season = opening_days(start, days)
    created = dt.datetime.combine(start, dt.time(8), UTC)
    common = {"device_id": DEVICE, "created_at": created, "updated_at": created}

    with transaction(db) as s:
        hours = {d: ["10:00", "18:00"] for d in ("tue", "wed", "thu", "fri", "sat", "sun")}
        template = "https://survey.example.org/feedback?tour={session}&card={card}"
        venues = [
            Venue(id=new_id(), name="Padiglione della Romania – Giardini della Biennale", city="Venezia",
                  country="IT", timezone=TZ, type="national_pavilion", opening_hours=hours,
                  survey_url_template=template, **common),
            Venue(id=new_id(), name="Nuova Galleria dell'Istituto Romeno di Cultura e Ricerca Umanistica",
                  city="Venezia", country="IT", timezone=TZ, type="exhibition_hall", opening_hours=hours,
                  survey_url_template=template, **common),
        ]
        s.add_all(venues)
        end = season[-1] + dt.timedelta(days=1)
        exhibitions = [
            Exhibition(id=new_id(), venue_id=venues[0].id, title="Ceața și țărmul – La nebbia e la riva",
                       type="temporary", start_date=start, end_date=end, **common),
            Exhibition(id=new_id(), venue_id=venues[1].id,
                       title="Arhive ale viitorului: fotografie românească 1960–2020", type="temporary",
                       start_date=start, end_date=end, **common),
        ]
        s.add_all(exhibitions)
        categories: dict[uuid.UUID, list[uuid.UUID]] = {}
        for v in venues:
            cats = [CountCategory(id=default_category_id(v.id, c), venue_id=v.id, code=c,
                                  name=(category_names or {}).get(c, n), key=k, position=i,
                                  admission_type=a.value, **common)
                    for i, (c, n, k, a) in enumerate(DEFAULT_CATEGORIES)]
            s.add_all(cats)
            categories[v.id] = [c.id for c in cats]
        mediators = []
        roles = ["mediator"] * 26 + ["custodian"] * 4 + ["volunteer"] * 5 + ["trainee"] * 2 + \
            ["coordinator"] * 2 + ["interpreter"]
        for i, role in enumerate(roles):
            langs = ["it", "en"] if i % 3 else ["ro", "it", "en"]
            if i % 7 == 0:
                langs.append(rng.choice(["de", "fr", "es"]))
            mediators.append(Mediator(id=new_id(), display_name=f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}",
                                      languages=langs, role=role, paid=role not in ("volunteer", "trainee"),
                                      active=True, **common))
        s.add_all(mediators)
        programmes = [
            Programme(id=new_id(), name="Artă contemporană pentru toată familia", funder="Primăria Cluj-Napoca",
                      start_date=start, end_date=end, target_groups=["families", "children"], **common),
            Programme(id=new_id(), name="Voucher Cultural", funder="Administrația Fondului Cultural Național",
                      start_date=start, end_date=end,
                      target_groups=["rural_youth", "people_with_disabilities", "roma_communities"], **common),
            Programme(id=new_id(), name="Mediazione scientifica", funder="Fondazione di Venezia",
                      start_date=start, end_date=end, target_groups=["school_pupils", "general_public"], **common),
        ]
        s.add_all(programmes)
        partners = [PartnerOrganisation(id=new_id(), name=n, type=t, **common) for n, t in [
            ("Școala Gimnazială „Ion Creangă” Cluj-Napoca", "school"),
            ("Liceo Artistico Statale di Venezia", "school"),
            ("Asociația „Împreună pentru autism”", "ngo"),
            ("Fundația Down Plus Transilvania", "ngo"),
            ("Università Ca' Foscari Venezia", "university"),
            ("Comune di Venezia – Politiche educative", "municipality"),
            ("Agenzia Viaggi Laguna Tours", "tour_operator"),
            ("Asociația Romilor din Florești", "ngo"),
        ]]
        s.add_all(partners)
        s.flush()
        say("reference data")

        vouchers = []
        for i in range(max(20, days * 2)):
            code = f"VC-{2026}-{i + 1:04d}"
            vouchers.append(Voucher(id=voucher_id(code), code=code, programme_id=programmes[1].id,
                                    partner_id=partners[[0, 2, 3, 7][i % 4]].id,
                                    target_group=["rural_youth", "people_with_disabilities", "roma_communities",
                                                  "children"][i % 4],
                                    issued_on=start, valid_until=end, **common))
        voucher_queue = list(vouchers)

        sessions, groups, links, feedback = [], [], [], []
        formats = TourFormat.values()
        lead_pool = [m for m in mediators if m.role in ("mediator", "coordinator", "interpreter", "volunteer")]
        z = zone(TZ)
        now = dt.datetime.now(UTC)
        for day in season:
            for n in range(SESSIONS_PER_DAY):
                ex = exhibitions[0] if n % 3 else exhibitions[1]
                slot = dt.datetime.combine(day, dt.time(10 + (n * 7) // SESSIONS_PER_DAY, (n % 2) * 30), z)
                fmt = formats[(n // 4 + day.toordinal()) % len(formats)] if n % 4 == 0 else rng.choice(
                    ["guided_tour", "guided_tour", "school_visit", "workshop", "family_session", "thematic_tour"])
                planned = slot.astimezone(UTC)
                if planned + dt.timedelta(hours=1) < now:
                    status = rng.choices(["done", "cancelled", "no_show"], [0.93, 0.04, 0.03])[0]
                elif planned < now:
                    status = "in_progress"
                else:
                    status = "planned"
                lang = rng.choices([lw[0] for lw in LANG_WEIGHTS], [lw[1] for lw in LANG_WEIGHTS])[0]
                langs = [lang] if rng.random() > 0.1 else [lang, "en" if lang != "en" else "it"]
                programme = (programmes[0].id if fmt in ("family_session", "workshop") else
                             programmes[2].id if fmt == "science_demo" else None)
                expected = rng.randint(8, 28)
                sess = Tour(
                    id=new_id(), exhibition_id=ex.id, programme_id=programme, format=fmt, planned_start=planned,
                    actual_start=planned + dt.timedelta(minutes=rng.randint(0, 8)) if status in ("done", "in_progress") else None,
                    actual_end=planned + dt.timedelta(minutes=rng.randint(45, 75)) if status == "done" else None,
                    languages=langs, status=status, expected_size=expected,
                    booking_source=rng.choice(["phone", "email", "online", "walk_in", "partner"]),
                    contact_name="" if n % 2 else "Persoană de contact",
                    contact_retention_until=day + dt.timedelta(days=90),
                    observations="", reflection="Grupul a pus întrebări despre materialele folosite." if n % 5 == 0 else "",
                    incidents="", **common)
                sessions.append(sess)
                lead = lead_pool[(n + day.toordinal()) % len(lead_pool)]
                links.append(TourMediator(id=new_id(), session_id=sess.id, mediator_id=lead.id, is_lead=True, **common))
                if n % 6 == 0:
                    other = mediators[(n * 5 + day.toordinal()) % len(mediators)]
                    if other.id != lead.id:
                        links.append(TourMediator(id=new_id(), session_id=sess.id, mediator_id=other.id,
                                                     is_lead=False, **common))
                if status in ("cancelled", "no_show", "planned"):
                    continue
                n_groups = 1 if rng.random() < 0.45 else (2 if rng.random() < 0.85 else 3)
                for _g in range(n_groups):
                    gtype = rng.choice(FORMAT_GROUPS.get(fmt, GroupType.values()))
                    shape = GROUP_SHAPES[gtype]
                    ages = {c: rng.randint(lo, hi) for c, (lo, hi) in zip(AGE_COLUMNS, shape)}
                    if sum(ages.values()) == 0:
                        ages["age_26_64"] = 1
                    size = sum(ages.values())
                    origin = rng.choices(["local", "national", "foreign"], [0.3, 0.35, 0.35])[0]
                    admission = ("free" if gtype in ("preschool", "primary", "lower_secondary", "upper_secondary")
                                 else "voucher" if gtype in ("community_ngo", "disability_group")
                                 else "professional" if gtype == "professional_press"
                                 else rng.choice(["full", "full", "reduced"]))
                    grp = VisitorGroup(
                        id=new_id(), session_id=sess.id, group_type=gtype, **ages,
                        accompanying_adults=rng.randint(1, 3) if gtype in ("primary", "lower_secondary", "preschool") else 0,
                        origin=origin, country="IT" if origin != "foreign" else rng.choice(COUNTRIES[3:]),
                        school_level=SCHOOL_LEVELS.get(gtype, ""),
                        partner_id=partners[rng.randrange(len(partners))].id if gtype not in ("individual", "family") else None,
                        admission_type=admission,
                        access_provisions=[rng.choice(AccessProvision.values())] if gtype == "disability_group" else [],
                        first_time_count=rng.randint(0, size), target_group=None, **common)
                    groups.append(grp)
                    if admission == "voucher" and voucher_queue:
                        v = voucher_queue.pop(0)
                        v.redeemed_by_group_id = grp.id
                        grp.target_group = v.target_group
        say("sessions")
        held = [x for x in sessions if x.status == "done"]
        tour_day = {x.id: x.planned_start.astimezone(z).date() for x in held}
        for day_index, day in enumerate(season):
            day_tours = held[day_index * 12:(day_index + 1) * 12]
            for k in range(FEEDBACK_PER_DAY):
                lang = rng.choices([lw[0] for lw in LANG_WEIGHTS], [lw[1] for lw in LANG_WEIGHTS])[0]
                sess = day_tours[k % len(day_tours)] if day_tours and k % 3 == 0 else None
                ex_id = sess.exhibition_id if sess else exhibitions[k % 2].id
                method = "smiley_5" if k % 4 else rng.choice(["likert_5", "nps_11", "yes_no"])
                rating = {"smiley_5": rng.choices([1, 2, 3, 4, 5], [2, 3, 10, 35, 50])[0],
                          "likert_5": rng.choices([1, 2, 3, 4, 5], [3, 5, 15, 40, 37])[0],
                          "nps_11": rng.choices(range(11), [1, 1, 1, 1, 2, 3, 4, 8, 20, 25, 34])[0],
                          "yes_no": rng.choices([0, 1], [1, 9])[0]}[method]
                comment = rng.choice(COMMENTS[lang]) if k % 5 == 0 else ""
                hour = rng.choice(list(OPEN_HOURS))
                given = dt.datetime.combine(tour_day.get(sess.id, day) if sess else day, dt.time(hour, rng.randrange(60)), z)
                feedback.append(Feedback(
                    id=new_id(), session_id=sess.id if sess else None, exhibition_id=ex_id,
                    day=tour_day.get(sess.id, day) if sess else day, given_at=given.astimezone(UTC),
                    method=method, rating=rating, one_word=rng.choice(ONE_WORDS[lang]) if k % 7 == 0 else "",
                    comment=comment, age_band=rng.choice(["6-10", "11-14", "15-18", "19-25", "26-64", "65+"]),
                    first_visit=rng.random() < 0.6, language=lang, country=rng.choice(COUNTRIES),
                    outcomes=[rng.choice(LearningOutcome.values())] if comment else [],
                    source=rng.choice(["kiosk", "kiosk", "mediator", "paper_card"]), **common))
        for batch in (sessions, links, groups, vouchers, feedback):  # foreign-key order
            s.add_all(batch)
            s.flush()
        say("feedback")

        count_events = _count_events(s, rng, season, exhibitions, venues, categories, mediators)
        say("count events")
        s.flush()
        killpoints.point("demo:written")
    return DemoResult(days=days, first_day=season[0], last_day=season[-1], count_events=count_events,
                      sessions=len(sessions), groups=len(groups), feedback=len(feedback))


def _count_events(s, rng: random.Random, season: list[dt.date], exhibitions, venues, categories,
                  mediators) -> int:
    """Walk-in presses with weekday and hourly profiles; the season total is exactly 3,650 a day."""
    z = zone(TZ)
    day_weights = [WEEKDAY_FACTOR[d.weekday()] * (0.85 + 0.3 * rng.random()) for d in season]
    day_totals = _split_exact(VISITS_PER_DAY * len(season), day_weights)
    table = CountEvent.__table__
    door_keepers = [m.id for m in mediators if m.role in ("custodian", "mediator")][:8]
    written = 0
    now = dt.datetime.now(UTC)
    # Change numbers given here, in blocks (the per-row trigger would double the time of a season's inserts).
    change = int(s.scalar(select(ChangeCounter.seq).where(ChangeCounter.id == 1)) or 0)
    for day, total in zip(season, day_totals):
        method = "manual_tally" if rng.random() < 0.05 else "clicker"
        rows = []
        for venue_index, venue_total in enumerate(_split_exact(total, [0.7, 0.3])):
            ex = exhibitions[venue_index]
            cat_ids = categories[venues[venue_index].id]
            for hour, hour_total in zip(OPEN_HOURS, _split_exact(venue_total, list(HOUR_WEIGHTS))):
                base = dt.datetime.combine(day, dt.time(hour), z).astimezone(UTC)
                if base > now:  # today: nobody has come in yet for hours still ahead
                    continue
                mediator = door_keepers[(hour + venue_index) % len(door_keepers)]
                offsets = sorted(rng.random() * 3600 for _ in range(hour_total))
                picks = rng.choices(cat_ids, CATEGORY_WEIGHTS, k=hour_total)
                for off, cat in zip(offsets, picks):
                    ts = base + dt.timedelta(seconds=off)
                    rows.append({"id": uuid.UUID(int=rng.getrandbits(128), version=4), "exhibition_id": ex.id,
                                 "category_id": cat, "ts": ts, "local_date": day, "local_hour": hour, "delta": 1,
                                 "kind": "entry", "method": method, "mediator_id": mediator, "note": "",
                                 "device_id": DEVICE, "created_at": ts, "updated_at": ts, "deleted_at": None,
                                 "change_seq": change + len(rows) + 1})
        if rows:
            s.execute(insert(table), rows)
            written += len(rows)
            change += len(rows)
    s.execute(update(ChangeCounter).where(ChangeCounter.id == 1).values(seq=change))
    return written
