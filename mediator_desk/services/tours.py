"""Tours (sessions) and their visitor groups: drafts, the validation rules, saving, delete/restore, quick actions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.orm import Session

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database, transaction
from mediator_desk.db.hooks import INCLUDE_DELETED, changed_fields
from mediator_desk.db.models import (
    Conflict,
    Exhibition,
    Tour,
    TourMediator,
    VisitorGroup,
    Voucher,
    utcnow,
)
from mediator_desk.enums import AGE_COLUMNS
from mediator_desk.errors import QT_TRANSLATE_NOOP, MissingRecordError, ValidationError, ValidationErrors
from mediator_desk.services.changes import TOUR, Changes
from mediator_desk.services.counting import opening_span
from mediator_desk.services.fields import (
    GROUP_FIELDS,
    KINDS,
    STORED_GROUP,
    STORED_TOUR,
    TOUR_FIELDS,
    draft_fields,
)
from mediator_desk.services.reference import voucher_code
from mediator_desk.services.timeutil import local

LARGE_GROUP = 200  # above this a count is probably a typo: warn, and let the mediator confirm
DEFAULT_DURATION = dt.timedelta(minutes=60)
SLOT = dt.timedelta(minutes=30)
LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
GROUP_FIELD = re.compile(r"^groups\[(\d+)\]\.(\w+)$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class _GroupBase:
    @property
    def participants(self) -> int:
        return sum(self.ages.values())


def _group_copy(self):
    return dataclasses.replace(self, ages=dict(self.ages),
                               **{f.name: f.copy(getattr(self, f.name)) for f in GROUP_FIELDS if KINDS[f.kind][1]})


# One visitor group as the editor holds it (not yet stored): a field per line of fields.GROUP_FIELDS, the age
# bands together in `ages`.
GroupDraft = dataclasses.make_dataclass(
    "GroupDraft",
    [("id", uuid.UUID, field(default_factory=uuid.uuid4)), *draft_fields(GROUP_FIELDS),
     ("ages", dict, field(default_factory=lambda: dict.fromkeys(AGE_COLUMNS, 0)))],
    bases=(_GroupBase,), namespace={"copy": _group_copy, "__module__": __name__})


class _TourBase:
    @property
    def participants(self) -> int:
        return sum(g.participants for g in self.groups)

    def copy(self):
        return dataclasses.replace(self, mediator_ids=list(self.mediator_ids), groups=[g.copy() for g in self.groups],
                                   **{f.name: f.copy(getattr(self, f.name)) for f in TOUR_FIELDS if KINDS[f.kind][1]})


# A tour as the editor holds it: everything a save needs, independent of the database (fields.TOUR_FIELDS, its
# team and its groups).
TourDraft = dataclasses.make_dataclass(
    "TourDraft",
    [("id", uuid.UUID, field(default_factory=uuid.uuid4)), *draft_fields(TOUR_FIELDS),
     ("mediator_ids", list, field(default_factory=list)), ("lead_id", uuid.UUID | None, field(default=None)),
     ("groups", list, field(default_factory=list))],
    bases=(_TourBase,), namespace={"__module__": __name__})


# The rules' English wording; the interface words them in its language by code (views/problems.py).
RULES = {
    "exhibition_missing": QT_TRANSLATE_NOOP("rules", "Choose the exhibition."),
    "exhibition_gone": QT_TRANSLATE_NOOP("rules", "This exhibition is no longer in this database: choose another."),
    "empty_group": QT_TRANSLATE_NOOP("rules", "This group has no participants yet."),
    "outside_opening": QT_TRANSLATE_NOOP("rules", "It is {time}, outside the venue's opening hours today ({hours})."),
    "planned_start_missing": QT_TRANSLATE_NOOP("rules", "Enter the planned start."),
    "actual_start_missing": QT_TRANSLATE_NOOP("rules", "Enter the actual start: the tour has an end."),
    "end_before_start": QT_TRANSLATE_NOOP("rules", "The end is before the start."),
    "outside_run": QT_TRANSLATE_NOOP("rules", "{day} is outside the exhibition's run ({first} – {last})."),
    "lead_missing": QT_TRANSLATE_NOOP("rules", "Choose the lead mediator."),
    "lead_not_on_team": QT_TRANSLATE_NOOP("rules", "The lead mediator must be one of the tour's mediators."),
    "bad_language": QT_TRANSLATE_NOOP("rules", "“{code}” is not a two-letter language code (ISO 639-1, e.g. it, en, ro)."),
    "negative_booked": QT_TRANSLATE_NOOP("rules", "The booked size cannot be negative."),
    "large_booked": QT_TRANSLATE_NOOP("rules", "{n} people booked: is that right?"),
    "retention_missing": QT_TRANSLATE_NOOP("rules", "A booking contact needs the date after which it is deleted."),
    "bad_email": QT_TRANSLATE_NOOP("rules", "This is not an email address."),
    "held_without_start": QT_TRANSLATE_NOOP("rules", "A tour that took place needs its actual start."),
    "negative_count": QT_TRANSLATE_NOOP("rules", "A count cannot be negative."),
    "large_group": QT_TRANSLATE_NOOP("rules", "{n} participants in one group: is that right?"),
    "first_time_over": QT_TRANSLATE_NOOP("rules", "More first-time visitors than participants."),
    "bad_country": QT_TRANSLATE_NOOP("rules", "“{code}” is not a two-letter country code (e.g. IT, RO, DE)."),
    "foreign_no_country": QT_TRANSLATE_NOOP("rules", "A foreign group without its country."),
    "voucher_twice": QT_TRANSLATE_NOOP("rules", "Voucher {code} is listed twice."),
    "voucher_unknown": QT_TRANSLATE_NOOP("rules", "Voucher {code} is unknown."),
    "voucher_redeemed": QT_TRANSLATE_NOOP("rules", "Voucher {code} was already redeemed by another group."),
    "not_started": QT_TRANSLATE_NOOP("rules", "The tour has not started yet."),
}


@dataclass(frozen=True)
class RuleContext:
    """What the rules need to know from the database, gathered once (the rules themselves stay pure)."""

    exhibition_start: dt.date | None = None
    exhibition_end: dt.date | None = None
    timezone: str = "UTC"
    exhibition_exists: bool = True
    # voucher code -> the group that redeemed it (None: not redeemed yet). Unknown codes are absent.
    vouchers: dict[str, uuid.UUID | None] = field(default_factory=dict)


def group_field(index: int, name: str) -> str:
    """The field name of a group's value in validation messages: 'groups[1].age_6_10'."""
    return f"groups[{index}].{name}"


def parse_group_field(field_name: str) -> tuple[int, str] | None:
    """'groups[1].age_6_10' -> (1, 'age_6_10'); None for a field of the tour itself."""
    match = GROUP_FIELD.match(field_name)
    return (int(match[1]), match[2]) if match else None


def validate(draft: TourDraft, rules: RuleContext) -> list[ValidationError]:
    """Every problem with a draft: errors refuse the save, warnings ask for a confirmation."""
    out: list[ValidationError] = []

    def error(name: str, rule: str, **params) -> None:
        out.append(ValidationError.rule(name, RULES[rule], **params))

    def warning(name: str, rule: str, **params) -> None:
        out.append(ValidationError.rule(name, RULES[rule], warning=True, **params))

    if draft.exhibition_id is None:
        error("exhibition", "exhibition_missing")
    elif not rules.exhibition_exists:
        error("exhibition", "exhibition_gone")
    if draft.planned_start is None:
        error("planned_start", "planned_start_missing")
    start = draft.actual_start or draft.planned_start
    if draft.actual_end is not None:
        if draft.actual_start is None:
            error("actual_start", "actual_start_missing")
        elif draft.actual_end <= draft.actual_start:
            error("actual_end", "end_before_start")
    if start is not None and draft.exhibition_id is not None:
        day = local(start, rules.timezone).date()
        if (rules.exhibition_start and day < rules.exhibition_start) or (
                rules.exhibition_end and day > rules.exhibition_end):
            warning("planned_start", "outside_run", day=day.isoformat(), first=rules.exhibition_start or "…",
                    last=rules.exhibition_end or "…")
    if not draft.mediator_ids or draft.lead_id is None:
        error("lead", "lead_missing")
    elif draft.lead_id not in draft.mediator_ids:
        error("lead", "lead_not_on_team")
    for code in draft.languages:
        if not LANGUAGE_CODE.match(code):
            error("languages", "bad_language", code=code)
    if draft.expected_size is not None:
        if draft.expected_size < 0:
            error("expected_size", "negative_booked")
        elif draft.expected_size > LARGE_GROUP:
            warning("expected_size", "large_booked", n=draft.expected_size)
    has_contact = any(v.strip() for v in (draft.contact_name, draft.contact_phone, draft.contact_email))
    if has_contact and draft.contact_retention_until is None:
        error("contact_retention_until", "retention_missing")
    if draft.contact_email.strip() and not EMAIL.match(draft.contact_email.strip()):
        error("contact_email", "bad_email")
    if draft.status in ("done", "in_progress") and draft.actual_start is None:
        error("actual_start", "held_without_start")

    seen_codes: dict[str, int] = {}
    for i, g in enumerate(draft.groups):
        for name, value in [*g.ages.items(), *((f.name, getattr(g, f.name)) for f in GROUP_FIELDS
                                                 if f.kind == "count")]:
            if value < 0:
                error(group_field(i, name), "negative_count")
        if all(v >= 0 for v in g.ages.values()):
            if g.participants == 0:
                warning(group_field(i, "participants"), "empty_group")
            if g.participants > LARGE_GROUP:
                warning(group_field(i, "participants"), "large_group", n=g.participants)
            if g.first_time_count > g.participants:
                error(group_field(i, "first_time_count"), "first_time_over")
        for f in GROUP_FIELDS:
            value = getattr(g, f.name, None)
            if f.kind == "country" and value and not COUNTRY_CODE.match(value):
                error(group_field(i, f.name), "bad_country", code=value)
        if g.origin == "foreign" and not g.country:
            warning(group_field(i, "country"), "foreign_no_country")
        for code in map(voucher_code, g.voucher_codes):
            if code in seen_codes:
                error(group_field(i, "voucher_codes"), "voucher_twice", code=code)
                continue
            seen_codes[code] = i
            if code not in rules.vouchers:
                error(group_field(i, "voucher_codes"), "voucher_unknown", code=code)
            elif rules.vouchers[code] not in (None, g.id):
                error(group_field(i, "voucher_codes"), "voucher_redeemed", code=code)
    return out


def check(draft: TourDraft, rules: RuleContext, *, accept_warnings: bool = False) -> None:
    """Raise ValidationErrors if the draft cannot be saved as it is."""
    problems = validate(draft, rules)
    if any(not p.warning for p in problems) or (problems and not accept_warnings):
        raise ValidationErrors(problems)


# --- reading and writing --------------------------------------------------------------------------

def _vouchers(s: Session, codes) -> dict[str, Voucher]:
    """The vouchers with these codes (as normalised by reference.voucher_code), by that normalised code."""
    wanted = {voucher_code(c) for c in codes}
    if not wanted:
        return {}
    return {voucher_code(v.code): v for v in s.scalars(select(Voucher).where(func.upper(func.trim(Voucher.code))
                                                                           .in_(wanted)))}


def rule_context(s: Session, draft: TourDraft) -> RuleContext:
    ex = s.get(Exhibition, draft.exhibition_id) if draft.exhibition_id else None
    vouchers = {code: v.redeemed_by_group_id
                for code, v in _vouchers(s, [c for g in draft.groups for c in g.voucher_codes]).items()}
    return RuleContext(exhibition_start=ex.start_date if ex else None, exhibition_end=ex.end_date if ex else None,
                       timezone=ex.venue.timezone if ex else "UTC", vouchers=vouchers,
                       exhibition_exists=ex is not None or draft.exhibition_id is None)


def _stored(f, value):
    """A stored value as the draft holds it (a list column stored before it had a default reads as empty)."""
    return f.empty() if value is None and KINDS[f.kind][1] else value


def _draft_from(s: Session, sess: Tour) -> TourDraft:
    links = list(sess.mediator_links)
    groups = []
    codes_of = repo.vouchers_by_group(s, [g.id for g in sess.groups])
    for g in sess.groups:
        codes = codes_of.get(g.id, [])
        groups.append(GroupDraft(
            id=g.id, ages={c: getattr(g, c) for c in AGE_COLUMNS}, voucher_codes=list(codes),
            **{f.name: f.copy(_stored(f, getattr(g, f.name))) for f in STORED_GROUP if f.kind != "age"}))
    return TourDraft(
        id=sess.id, mediator_ids=[link.mediator_id for link in links],
        lead_id=next((link.mediator_id for link in links if link.is_lead), None), groups=groups,
        **{f.name: f.copy(_stored(f, getattr(sess, f.name))) for f in TOUR_FIELDS if f.stored})


def load(db: Database, session_id: uuid.UUID) -> TourDraft:
    with db.session() as s:
        sess = s.get(Tour, session_id)
        if sess is None:
            raise MissingRecordError(f"There is no tour {session_id} in this database (any more).")
        return _draft_from(s, sess)


TEAM_LINK_NAMESPACE = uuid.UUID("0d6b2f4e-7a1c-4c59-8e3f-52a9b1d7c604")


def team_link_id(session_id: uuid.UUID, mediator_id: uuid.UUID) -> uuid.UUID:
    """A mediator's place on a tour's team has one id everywhere: two laptops adding the same person to the same
    tour make one record, not two."""
    return uuid.uuid5(TEAM_LINK_NAMESPACE, f"{session_id}/{mediator_id}")


def _edited_by(record, device_id: str) -> None:
    """Name this laptop as the record's writer only when a value of it changed: a save writes only what changed,
    so a group left as it was keeps its version, and another laptop's edit of it is never overwritten."""
    if inspect(record).pending or changed_fields(record):
        record.device_id = device_id


def _write(s: Session, draft: TourDraft, device_id: str) -> None:
    """Store the draft: the tour, its team and groups (reviving or soft-deleting rows, never erasing them)."""
    sess = s.get(Tour, draft.id, execution_options=INCLUDE_DELETED)
    if sess is None:
        sess = Tour(id=draft.id, exhibition_id=draft.exhibition_id, planned_start=draft.planned_start,
                           device_id=device_id)
        s.add(sess)
    sess.deleted_at = None
    for f in STORED_TOUR:
        setattr(sess, f.name, getattr(draft, f.name))
    sess.languages = list(draft.languages)
    _edited_by(sess, device_id)

    links = {link.mediator_id: link for link in sess.mediator_links}
    for mediator_id, link in links.items():
        if mediator_id not in draft.mediator_ids and link.deleted_at is None:
            link.deleted_at = utcnow()
    for mediator_id in draft.mediator_ids:
        link = links.get(mediator_id)
        if link is None:
            link = TourMediator(id=team_link_id(sess.id, mediator_id), session_id=sess.id,
                                   mediator_id=mediator_id, device_id=device_id)
            sess.mediator_links.append(link)
        link.deleted_at = None
        link.is_lead = mediator_id == draft.lead_id
        _edited_by(link, device_id)

    existing = {g.id: g for g in sess.groups}
    wanted = {g.id for g in draft.groups}
    for group_id, g in existing.items():
        if group_id not in wanted and g.deleted_at is None:
            g.deleted_at = utcnow()
    for gd in draft.groups:
        g = existing.get(gd.id)
        if g is None:
            g = VisitorGroup(id=gd.id, session_id=sess.id, device_id=device_id)
            sess.groups.append(g)
        g.deleted_at = None
        for f in STORED_GROUP:
            setattr(g, f.name, gd.ages.get(f.name, 0) if f.kind == "age" else f.copy(getattr(gd, f.name)))
        _edited_by(g, device_id)
    s.flush()

    # Vouchers: a listed code is redeemed by its group; a code no longer listed is released.
    group_ids = set(existing) | wanted
    listed = {voucher_code(c): gd.id for gd in draft.groups for c in gd.voucher_codes}
    if group_ids:
        for v in s.scalars(select(Voucher).where(Voucher.redeemed_by_group_id.in_(group_ids))):
            if listed.get(voucher_code(v.code)) != v.redeemed_by_group_id:
                v.redeemed_by_group_id = None
                v.device_id = device_id
    for code, v in _vouchers(s, listed).items():
        if v.redeemed_by_group_id != listed[code]:
            v.redeemed_by_group_id = listed[code]
            v.device_id = device_id


def save(db: Database, draft: TourDraft, device_id: str, *, accept_warnings: bool = False) -> Changes:
    """Check and store a draft (insert or update, groups and vouchers included) in one transaction."""
    with transaction(db) as s:
        check(draft, rule_context(s, draft), accept_warnings=accept_warnings)
        _write(s, draft, device_id)
    return Changes.of(TOUR, ids=[draft.id])


def restore_state(db: Database, draft: TourDraft, device_id: str) -> Changes:
    """Put a session back exactly as a draft taken earlier describes it (undo of an edit); no rules."""
    with transaction(db) as s:
        _write(s, draft, device_id)
    return Changes.of(TOUR, ids=[draft.id])


def _set_deleted(db: Database, session_id: uuid.UUID, device_id: str, deleted: bool) -> Changes:
    with transaction(db) as s:
        sess = s.get(Tour, session_id, execution_options=INCLUDE_DELETED)
        if sess is None:
            raise MissingRecordError(f"There is no tour {session_id} in this database.")
        sess.deleted_at = utcnow() if deleted else None
        sess.device_id = device_id
    return Changes.of(TOUR, ids=[session_id])


def delete(db: Database, session_id: uuid.UUID, device_id: str) -> Changes:
    """Soft delete: the row stays (so the deletion can travel to other laptops) and can be restored."""
    return _set_deleted(db, session_id, device_id, True)


def undelete(db: Database, session_id: uuid.UUID, device_id: str) -> Changes:
    return _set_deleted(db, session_id, device_id, False)


CONTACT_FIELDS = ("contact_name", "contact_phone", "contact_email")


def purge_expired_contacts(db: Database, today: dt.date, device_id: str) -> int:
    """GDPR: blank the booking contacts whose retention date has passed (deleted tours too, and the versions of
    tours kept in the conflicts list). Returns how many tours were purged. Only rows still holding a contact
    are read, so it stays cheap at every start."""
    with transaction(db) as s:
        expired = s.scalars(select(Tour).where(
            Tour.contact_retention_until < today,
            or_(Tour.contact_name != "", Tour.contact_phone != "", Tour.contact_email != ""))
            .execution_options(**INCLUDE_DELETED)).all()
        for sess in expired:
            sess.contact_name = sess.contact_phone = sess.contact_email = ""
            sess.device_id = device_id
        for kept in s.scalars(select(Conflict).where(Conflict.table_name == "tour_session")
                              .execution_options(**INCLUDE_DELETED)):
            values = kept.other_values or {}
            until = values.get("contact_retention_until")
            if until and until < today.isoformat() and any(values.get(f) for f in CONTACT_FIELDS):
                kept.other_values = {**values, **dict.fromkeys(CONTACT_FIELDS, "")}
                kept.device_id = device_id
        return len(expired)


# --- the fast on-site flow ------------------------------------------------------------------------

def _last_by(s: Session, mediator_id: uuid.UUID) -> Tour | None:
    return s.scalars(select(Tour).join(TourMediator)
                     .where(TourMediator.mediator_id == mediator_id, TourMediator.is_lead.is_(True))
                     .order_by(Tour.planned_start.desc()).limit(1)).first()


def start_draft(db: Database, exhibition_id: uuid.UUID, mediator_id: uuid.UUID | None,
                now: dt.datetime) -> TourDraft:
    """A tour starting now, prefilled from this mediator's last one (format, languages, programme, team)."""
    draft = TourDraft(exhibition_id=exhibition_id, planned_start=now, actual_start=now, status="in_progress")
    if mediator_id is None:
        return draft
    draft.mediator_ids, draft.lead_id = [mediator_id], mediator_id
    with db.session() as s:
        last = _last_by(s, mediator_id)
        if last is not None:
            draft.format, draft.languages, draft.programme_id = last.format, list(last.languages), last.programme_id
            team = [link.mediator_id for link in last.mediator_links]
            draft.mediator_ids = [mediator_id, *(m for m in team if m != mediator_id)]
    return draft


def suggested_group(db: Database, mediator_id: uuid.UUID | None) -> GroupDraft | None:
    """The first group of this mediator's last tour, without its counts: what "Add group" starts from."""
    if mediator_id is None:
        return None
    with db.session() as s:
        last = s.scalars(select(Tour).join(TourMediator).join(VisitorGroup)
                         .where(TourMediator.mediator_id == mediator_id, TourMediator.is_lead.is_(True))
                         .order_by(Tour.planned_start.desc()).limit(1)).first()
        if last is None:
            return None
        g = last.groups[0]
        return GroupDraft(**{f.name: f.copy(getattr(g, f.name)) for f in GROUP_FIELDS if f.carried},
                          country=g.country)


def start_warnings(db: Database, exhibition_id: uuid.UUID, now: dt.datetime) -> list[ValidationError]:
    """What to confirm before starting a tour now: being outside the venue's opening hours."""
    with db.session() as s:
        ex = s.get(Exhibition, exhibition_id)
        if ex is None:
            return [ValidationError.rule("exhibition", RULES["exhibition_gone"])]
        tz, hours = ex.venue.timezone, ex.venue.opening_hours
    at = local(now, tz)
    span = opening_span(hours, at.date())
    if span is not None and span[0] <= at.hour < span[1]:
        return []
    words = f"{span[0]:02d}:00–{span[1]:02d}:00" if span else "—"
    return [ValidationError.rule("planned_start", RULES["outside_opening"], warning=True,
                                 time=f"{at.hour:02d}:{at.minute:02d}", hours=words)]


def start_tour(db: Database, exhibition_id: uuid.UUID, mediator_id: uuid.UUID | None, now: dt.datetime,
               device_id: str) -> tuple[uuid.UUID, Changes]:
    """Create and store a tour in progress from now. Stored at once: a crash cannot lose it."""
    draft = start_draft(db, exhibition_id, mediator_id, now)
    with transaction(db) as s:
        if s.get(Exhibition, exhibition_id) is None:
            raise ValidationErrors([ValidationError.rule("exhibition", RULES["exhibition_gone"])])
        _write(s, draft, device_id)
    return draft.id, Changes.of(TOUR, ids=[draft.id])


def end_tour(db: Database, session_id: uuid.UUID, now: dt.datetime, device_id: str) -> Changes:
    """Stamp the end of a tour; it is done."""
    with transaction(db) as s:
        sess = s.get(Tour, session_id)
        if sess is None:
            raise MissingRecordError(f"There is no tour {session_id} in this database (any more).")
        if sess.actual_start is None:
            sess.actual_start = min(sess.planned_start, now)
        if now <= sess.actual_start:
            raise ValidationErrors([ValidationError.rule("actual_end", RULES["not_started"])])
        sess.actual_end = now
        sess.status = "done"
        sess.device_id = device_id
    return Changes.of(TOUR, ids=[session_id])


def next_slot(draft: TourDraft) -> dt.datetime:
    """Where the next tour of the same kind starts: at the end of this one, rounded up to the half hour."""
    start = draft.actual_start or draft.planned_start or utcnow()
    end = draft.actual_end or start + DEFAULT_DURATION
    epoch = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    slots = -(-(end - epoch) // SLOT)  # ceiling division
    return epoch + slots * SLOT


def repeat(db: Database, session_id: uuid.UUID, device_id: str) -> tuple[uuid.UUID, Changes]:
    """Duplicate a tour (format, languages, team, programme) as a planned one in the next slot."""
    source = load(db, session_id)
    draft = TourDraft(exhibition_id=source.exhibition_id, programme_id=source.programme_id,
                         format=source.format, planned_start=next_slot(source), languages=list(source.languages),
                         mediator_ids=list(source.mediator_ids), lead_id=source.lead_id, status="planned")
    with transaction(db) as s:
        _write(s, draft, device_id)
    return draft.id, Changes.of(TOUR, ids=[draft.id])


def running_tour(db: Database, exhibition_id: uuid.UUID | None, now: dt.datetime) -> uuid.UUID | None:
    """The tour in progress now (the latest started), for the kiosk and the End tour action."""
    with db.session() as s:
        return repo.running_tour(s, exhibition_id, now)


def school_levels(db: Database) -> list[str]:
    """The school levels typed on groups so far, for the editor's completer."""
    with db.session() as s:
        return [level for level in s.scalars(select(VisitorGroup.school_level).distinct()
                                             .where(VisitorGroup.school_level != "")) if level]
