"""Typed SQLAlchemy 2 ORM models for the whole domain; portable SQL (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mediator_desk.enums import AGE_COLUMNS, MINOR_COLUMNS


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in Python, stored as naive UTC (portable across SQLite and PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), uuid.UUID: Uuid(), dict[str, Any]: JSON(),
                           list[str]: JSON()}


class Entity:
    """Columns every table carries: UUID key, UTC timestamps, the writing device, a soft delete, and what team
    merges need: `version` (edits so far: decides which edit wins, whatever a laptop's clock says), `vv` (which
    laptop made how many of them: tells a later edit from a concurrent one; None means {device_id: version})
    `fv` (which edit last set each field: two laptops that changed different fields both keep their change) and
    `change_seq` (local: when the row last changed on this laptop, for pushing to the team's server)."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    device_id: Mapped[str] = mapped_column(String(64), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    vv: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    fv: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    change_seq: Mapped[int | None] = mapped_column(BigInteger, default=None, index=True)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("id", uuid.uuid4())  # known before the flush, so services can return it
        super().__init__(**kwargs)


class Venue(Entity, Base):
    __tablename__ = "venue"
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    type: Mapped[str] = mapped_column(String(32), default="museum")
    # {"mon": ["10:00", "18:00"], ...}; a missing or empty weekday means closed.
    opening_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    survey_url_template: Mapped[str] = mapped_column(String(500), default="")
    # How many online answers one printed QR card may bring (1: a card is one visitor's).
    answers_per_card: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    exhibitions: Mapped[list[Exhibition]] = relationship(back_populates="venue")
    categories: Mapped[list[CountCategory]] = relationship(
        back_populates="venue", order_by="CountCategory.position")


class Exhibition(Entity, Base):
    __tablename__ = "exhibition"
    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venue.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(32), default="temporary")
    start_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)

    venue: Mapped[Venue] = relationship(back_populates="exhibitions")


class Mediator(Entity, Base):
    __tablename__ = "mediator"
    display_name: Mapped[str] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(default=list)
    role: Mapped[str] = mapped_column(String(32), default="mediator")
    paid: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Programme(Entity, Base):
    __tablename__ = "programme"
    name: Mapped[str] = mapped_column(String(300))
    funder: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    target_groups: Mapped[list[str]] = mapped_column(default=list)


class PartnerOrganisation(Entity, Base):
    __tablename__ = "partner_organisation"
    name: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(32), default="other")


class Tour(Entity, Base):
    """A guided tour, workshop or other mediated activity ("tour" in the interface)."""

    __tablename__ = "tour_session"
    exhibition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exhibition.id"), index=True)
    programme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("programme.id"), default=None)
    format: Mapped[str] = mapped_column(String(32), default="guided_tour")
    planned_start: Mapped[dt.datetime] = mapped_column(index=True)
    actual_start: Mapped[dt.datetime | None] = mapped_column(default=None)
    actual_end: Mapped[dt.datetime | None] = mapped_column(default=None)
    languages: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    expected_size: Mapped[int | None] = mapped_column(Integer, default=None)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(64), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_retention_until: Mapped[dt.date | None] = mapped_column(Date, default=None)
    booking_source: Mapped[str | None] = mapped_column(String(16), default=None)
    observations: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    incidents: Mapped[str] = mapped_column(Text, default="")

    exhibition: Mapped[Exhibition] = relationship()
    programme: Mapped[Programme | None] = relationship()
    mediator_links: Mapped[list[TourMediator]] = relationship(
        back_populates="session", cascade="all, delete-orphan")
    groups: Mapped[list[VisitorGroup]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="VisitorGroup.created_at")


class TourMediator(Entity, Base):
    __tablename__ = "session_mediator"
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tour_session.id"), index=True)
    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mediator.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)

    session: Mapped[Tour] = relationship(back_populates="mediator_links")
    mediator: Mapped[Mediator] = relationship()


class VisitorGroup(Entity, Base):
    __tablename__ = "visitor_group"
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tour_session.id"), index=True)
    group_type: Mapped[str] = mapped_column(String(32), default="individual")
    age_0_5: Mapped[int] = mapped_column(Integer, default=0)
    age_6_10: Mapped[int] = mapped_column(Integer, default=0)
    age_11_14: Mapped[int] = mapped_column(Integer, default=0)
    age_15_18: Mapped[int] = mapped_column(Integer, default=0)
    age_19_25: Mapped[int] = mapped_column(Integer, default=0)
    age_26_64: Mapped[int] = mapped_column(Integer, default=0)
    age_65_plus: Mapped[int] = mapped_column(Integer, default=0)
    accompanying_adults: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(16), default="local")
    country: Mapped[str] = mapped_column(String(2), default="")
    school_level: Mapped[str] = mapped_column(String(64), default="")
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_organisation.id"), default=None)
    admission_type: Mapped[str] = mapped_column(String(16), default="full")
    access_provisions: Mapped[list[str]] = mapped_column(default=list)
    first_time_count: Mapped[int] = mapped_column(Integer, default=0)
    target_group: Mapped[str | None] = mapped_column(String(32), default=None)
    heard_via: Mapped[str | None] = mapped_column(String(32), default=None)

    session: Mapped[Tour] = relationship(back_populates="groups")
    partner: Mapped[PartnerOrganisation | None] = relationship()

    @property
    def participants(self) -> int:
        return sum(getattr(self, c) for c in AGE_COLUMNS)

    @property
    def minors(self) -> int:
        return sum(getattr(self, c) for c in MINOR_COLUMNS)


class CountCategory(Entity, Base):
    __tablename__ = "count_category"
    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venue.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(32), default="")
    position: Mapped[int] = mapped_column(SmallInteger, default=0)
    admission_type: Mapped[str] = mapped_column(String(16), default="full")

    venue: Mapped[Venue] = relationship(back_populates="categories")


class CountEvent(Entity, Base):
    """Append-only walk-in count: totals are sums of deltas, never updated in place."""

    __tablename__ = "count_event"
    exhibition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exhibition.id"))
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("count_category.id"))
    ts: Mapped[dt.datetime] = mapped_column()
    # The venue-local day and hour, fixed at write time so reports group portably and fast.
    local_date: Mapped[dt.date] = mapped_column(Date)
    local_hour: Mapped[int] = mapped_column(SmallInteger)
    delta: Mapped[int] = mapped_column(SmallInteger, default=1)
    kind: Mapped[str] = mapped_column(String(8), default="entry")
    method: Mapped[str] = mapped_column(String(16), default="clicker")
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediator.id"), default=None)
    note: Mapped[str] = mapped_column(String(500), default="")
    # This laptop's running number: the order of presses, whatever the wall clock did.
    seq: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=None)  # 64-bit both
    # An undo names the press it cancels.
    undoes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("count_event.id"), default=None)

    __table_args__ = (Index("ix_count_event_exhibition_day", "exhibition_id", "local_date", "local_hour"),
                      Index("ix_count_event_day", "local_date"),
                      Index("ix_count_event_device_seq", "device_id", "seq"))


class Feedback(Entity, Base):
    """What a visitor said: no names, no contact data."""

    __tablename__ = "feedback"
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tour_session.id"), default=None,
                                                         index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visitor_group.id"), default=None)
    exhibition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exhibition.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    given_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    method: Mapped[str] = mapped_column(String(16), default="smiley_5")
    rating: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    one_word: Mapped[str] = mapped_column(String(100), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    age_band: Mapped[str | None] = mapped_column(String(8), default=None)
    first_visit: Mapped[bool | None] = mapped_column(Boolean, default=None)
    language: Mapped[str] = mapped_column(String(8), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    outcomes: Mapped[list[str]] = mapped_column(default=list)
    source: Mapped[str] = mapped_column(String(16), default="mediator")
    card_code: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    # A fingerprint of an imported row: importing the same answers twice adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (Index("ix_feedback_import_key", "import_key"),)


class Voucher(Entity, Base):
    __tablename__ = "voucher"
    # Not unique in the schema: two laptops may register the same code before they meet (see team.rules).
    code: Mapped[str] = mapped_column(String(64), index=True)
    programme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("programme.id"), default=None)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_organisation.id"),
                                                         default=None)
    target_group: Mapped[str] = mapped_column(String(32), default="general_public")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, default=None)
    redeemed_by_group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visitor_group.id"),
                                                                   default=None)

    programme: Mapped[Programme | None] = relationship()
    partner: Mapped[PartnerOrganisation | None] = relationship()


class FeedbackCard(Entity, Base):
    """A printed QR feedback card; online answers come back carrying its short code."""

    __tablename__ = "feedback_card"
    code: Mapped[str] = mapped_column(String(16))  # not unique in the schema: see Voucher.code
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tour_session.id"), default=None)
    exhibition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exhibition.id"))

    __table_args__ = (Index("ix_feedback_card_code_code", "code"),)  # ix_feedback_card_code is feedback's


class DayEvent(Entity, Base):
    """Closing a day, as append-only events: a sign-off with a snapshot of the totals the signer saw, an
    amendment (signed again, saying why) or a reopening (who and why). Never edited: a day's state follows from
    all of its events (services/closing.py), so laptops that signed or reopened one day apart end in the same
    state whatever order their files meet in."""

    __tablename__ = "day_event"
    exhibition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exhibition.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(16))  # signed, amended, reopened
    at: Mapped[dt.datetime] = mapped_column()
    signer: Mapped[str] = mapped_column(String(200))  # the name as signed (kept if the mediator is renamed)
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediator.id"), default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_day_event_exhibition_day", "exhibition_id", "day"),)


class Conflict(Entity, Base):
    """Two laptops changed the same record before they met: the version that did not win, kept for the
    coordinator to look at ("keep the other version"), never dropped silently. Everything in it follows from
    the losing version alone (the winner is the record itself), so laptops that find it store the same."""

    __tablename__ = "conflict"
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    other_version: Mapped[int] = mapped_column(Integer)
    other_device: Mapped[str] = mapped_column(String(64))
    other_values: Mapped[dict[str, Any]] = mapped_column(JSON)
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(String(16), default="")  # "", "kept", "other"


class SyncState(Base):
    """This laptop's own bookkeeping (never merged): where its exchanges with the team's server stand."""

    __tablename__ = "sync_state"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeCounter(Base):
    """One row: the last local change number handed out by the SQLite triggers (see migration 0003)."""

    __tablename__ = "change_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
