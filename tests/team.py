"""Simulated laptops for the team tests: each its own database file and device id, working through the
services exactly as the app does."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from mediator_desk.db.engine import Database, open_database
from mediator_desk.db.models import CountEvent, Feedback, Tour, VisitorGroup
from mediator_desk.services import closing, counting, feedback, reference, tours
from mediator_desk.services.team.tables import shared_tables
from tests import factories

NOON = dt.datetime(2026, 6, 10, 10, 0, tzinfo=dt.timezone.utc)  # 12:00 in Venice, a Wednesday


def open_as(path: Path, device: str, monkeypatch=None) -> Database:
    from mediator_desk.db.engine import writer_key

    db = open_database(path)
    db.device_id = device
    db.session_factory.kw["info"] = {"device_id": device, "writer": writer_key(device)}
    return db


@dataclass
class Laptop:
    name: str
    path: Path
    world: factories.World
    presses: int = 0  # visitors this laptop counted itself (its own events' sum)
    tours_made: list[uuid.UUID] = field(default_factory=list)
    clock: dt.datetime = NOON
    _writer: counting.PressWriter | None = None

    def db(self) -> Database:
        return open_as(self.path, self.name)

    def tick(self, minutes: int = 1) -> dt.datetime:
        self.clock += dt.timedelta(minutes=minutes)
        return self.clock

    def ctx(self) -> counting.CounterContext:
        return counting.CounterContext(self.world.exhibition_id, self.world.tz, self.name)

    # --- work ---------------------------------------------------------------------------------------
    def press(self, n: int = 1, category: int = 0) -> None:
        db = self.db()
        try:
            writer = counting.PressWriter(db, self.ctx())
            for _ in range(n):
                writer.press(self.world.category_ids[category], at=self.tick())
            self.presses += n
            if n and writer.undo(at=self.tick()) is not None:
                self.presses -= 1
        finally:
            db.close()

    def correct(self, amount: int) -> None:
        db = self.db()
        try:
            counting.PressWriter(db, self.ctx()).correct(self.world.category_ids[1], amount, "tally", 11,
                                                         at=self.tick())
            self.presses += amount
        finally:
            db.close()

    def new_tour(self, people: int = 12, voucher: str | None = None) -> uuid.UUID:
        start = self.tick(30)
        draft = tours.TourDraft(exhibition_id=self.world.exhibition_id, planned_start=start, actual_start=start,
                                   actual_end=start + dt.timedelta(minutes=50), languages=["it"],
                                   mediator_ids=[self.world.mediator_ids[0]], lead_id=self.world.mediator_ids[0],
                                   status="done")
        group = tours.GroupDraft(group_type="school_class")
        group.ages["age_11_14"] = people
        if voucher:
            group.admission_type = "voucher"
            group.voucher_codes = [voucher]
        draft.groups = [group]
        db = self.db()
        try:
            tours.save(db, draft, self.name, accept_warnings=True)
        finally:
            db.close()
        self.tours_made.append(draft.id)
        return draft.id

    def edit_tour(self, tour_id: uuid.UUID, **changes) -> None:
        db = self.db()
        try:
            draft = tours.load(db, tour_id)
            for name, value in changes.items():
                setattr(draft, name, value)
            tours.save(db, draft, self.name, accept_warnings=True)
        finally:
            db.close()

    def delete_tour(self, tour_id: uuid.UUID) -> None:
        db = self.db()
        try:
            tours.delete(db, tour_id, self.name)
        finally:
            db.close()

    def feedback(self, rating: int = 5, comment: str = "") -> uuid.UUID:
        db = self.db()
        try:
            draft = feedback.FeedbackDraft(exhibition_id=self.world.exhibition_id, day=self.tick().date(),
                                           rating=rating, comment=comment)
            fid, _ = feedback.save(db, draft, self.name, accept_warnings=True)
            return fid
        finally:
            db.close()

    def rename_mediator(self, index: int, name: str) -> None:
        db = self.db()
        try:
            mid = self.world.mediator_ids[index]
            values = dict(dict(reference.records(db, "mediator"))[mid])
            values["display_name"] = name
            reference.save(db, "mediator", mid, values, self.name)
        finally:
            db.close()

    def sign_day(self, reason: str = "") -> uuid.UUID:
        """Sign today's figures (an amendment when the day was signed before: then `reason` is needed)."""
        db = self.db()
        try:
            event_id, _ = closing.sign(db, self.world.exhibition_id, NOON.date(), f"{self.name} on duty", self.name,
                                       reason=reason, at=self.tick())
            return event_id
        finally:
            db.close()

    def reopen_day(self, reason: str) -> uuid.UUID:
        db = self.db()
        try:
            event_id, _ = closing.reopen(db, self.world.exhibition_id, NOON.date(), f"{self.name} on duty", reason,
                                         self.name, at=self.tick())
            return event_id
        finally:
            db.close()

    def day_state(self) -> closing.DayState:
        db = self.db()
        try:
            return closing.day_state(db, self.world.exhibition_id, NOON.date())
        finally:
            db.close()

    def voucher(self, code: str) -> uuid.UUID:
        db = self.db()
        try:
            vid, _ = reference.save(db, "voucher", None, {"code": code, "target_group": "general_public"}, self.name)
            return vid
        finally:
            db.close()


def first_laptop(tmp_path: Path, name: str = "laptop-a") -> Laptop:
    path = tmp_path / f"{name}.sqlite"
    db = open_as(path, name)
    try:
        world = factories.make_world(db, device_id=name)
    finally:
        db.close()
    return Laptop(name, path, world)


def copy_of(laptop: Laptop, tmp_path: Path, name: str) -> Laptop:
    """Another laptop that starts from a copy of `laptop`'s database (how a venue sets up its laptops)."""
    path = tmp_path / f"{name}.sqlite"
    shutil.copyfile(laptop.path, path)
    return Laptop(name, path, laptop.world, presses=laptop.presses, clock=laptop.clock)


def content(path: Path) -> dict[str, list[tuple]]:
    """Every shared record, every column but the local change number: what must be equal after exchanging."""
    db = open_database(path)
    try:
        return shared_content(db)
    finally:
        db.close()


def shared_content(db) -> dict[str, list[tuple]]:
    """`content` of an open database (a laptop's or the hub's)."""
    out = {}
    with db.engine.connect() as conn:
        for shared in shared_tables():
            t = shared.table
            out[shared.name] = [tuple(r) for r in conn.execute(
                select(*[t.c[c] for c in shared.columns]).order_by(t.c.id))]
    return out


def totals(path: Path) -> dict[str, int]:
    """What the reports count: visitors, live tours, their participants, feedback."""
    db = open_database(path)
    try:
        with db.session() as s:
            return {
                "visitors": int(s.scalar(select(func.coalesce(func.sum(CountEvent.delta), 0))
                                         .where(CountEvent.kind == "entry")) or 0),
                "tours": int(s.scalar(select(func.count(Tour.id))) or 0),
                "groups": int(s.scalar(select(func.count(VisitorGroup.id))) or 0),
                "feedback": int(s.scalar(select(func.count(Feedback.id))) or 0),
            }
    finally:
        db.close()
