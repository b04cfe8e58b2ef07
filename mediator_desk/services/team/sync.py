"""Syncing a laptop with the team's PostgreSQL server: push what changed here since the last sync, then pull
what the others pushed, under the same merge rules as a file merge.

- Push, table by table (parents first), in batches: each batch is copied into a temporary table on the server
  (COPY) and merged there in one transaction, holding an advisory lock for the merge only, so the server's change
  numbers grow in the order pushes commit. After each batch this laptop notes how far it got. A laptop that
  stalls inside a batch is cut off by the server within seconds (db/hub.py), so it never holds up the others.
- Pull, from one consistent snapshot of the server (REPEATABLE READ), in batches: each batch is merged here in
  one local transaction together with the note of how far the pull got.

A cut connection or a kill between batches leaves both sides consistent; the next sync starts where the last
one stopped (a batch that was sent but not noted is merged again, which changes nothing). Every record the
server lacks is pushed — also those that came by file from another laptop — and a server that went back in
time (restored from a dump) gets everything again.

This laptop's notes live in its own `sync_state` table, per server identity, so a new server starts afresh."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    MetaData,
    Table,
    Text,
    Uuid,
    and_,
    cast,
    delete,
    func,
    not_,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from mediator_desk import killpoints
from mediator_desk.db.database import Database, transaction
from mediator_desk.db.hub import PUSH_IDLE_S, AnswerDeadline, explain, prepare_hub, safe
from mediator_desk.db.models import ChangeCounter, SyncState
from mediator_desk.errors import Cancelled, HubError, StorageError
from mediator_desk.services import housekeeping
from mediator_desk.services.changes import TEAM, Changes
from mediator_desk.services.team import clocks
from mediator_desk.services.team.apply import HubNumbers, LocalNumbers, Tally, merge_table
from mediator_desk.services.team.tables import Shared, shared_tables
from mediator_desk.services.team.venues import check_same_venue, venues

log = logging.getLogger(__name__)
BATCH = 20_000  # records per pushed batch (one short transaction on the server)
PULL_BATCH = 20_000
PUSH_LOCK = 0x4D44_5059  # pg_advisory_xact_lock key: one push merges at a time, in commit order
CURRENT = "hub:current"  # the identity and address of the server this laptop last synced with


# --- this laptop's notes --------------------------------------------------------------------------

def _note_name(hub_id: str, kind: str, table: str = "") -> str:
    return f"hub:{hub_id}:{kind}" + (f":{table}" if table else "")


def _get(conn: Connection, name: str, default: str | None = None) -> str | None:
    value = conn.scalar(select(SyncState.value).where(SyncState.name == name))
    return default if value is None else value


def _put(conn: Connection, name: str, value: str) -> None:
    statement = sqlite_insert(SyncState.__table__).values(name=name, value=value)
    conn.execute(statement.on_conflict_do_update(index_elements=["name"], set_={"value": value}))


def _ranges(conn: Connection, hub_id: str) -> list[list[int]]:
    return json.loads(_get(conn, _note_name(hub_id, "mine"), "[]") or "[]")


def _add_ranges(conn: Connection, hub_id: str, new: list[tuple[int, int]]) -> None:
    if not new:
        return
    merged: list[list[int]] = []
    for low, high in sorted([*map(tuple, _ranges(conn, hub_id)), *new]):
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    _put(conn, _note_name(hub_id, "mine"), json.dumps(merged))


def _pushed(conn: Connection, hub_id: str, table: str) -> int:
    return int(_get(conn, _note_name(hub_id, "pushed", table), "-1"))


def waiting(db: Database) -> int | None:
    """How many records changed here since the last sync with the current server (None: never synced)."""
    with db.engine.connect() as conn:
        current = _get(conn, CURRENT)
        if not current:
            return None
        hub_id = json.loads(current)["id"]
        total = 0
        for shared in shared_tables():
            mark = _pushed(conn, hub_id, shared.name)
            t = shared.table
            q = select(func.count()).select_from(t)
            if mark >= 0:
                q = q.where(t.c.change_seq > mark)
            total += int(conn.scalar(q) or 0)
        return total


def last_sync(db: Database) -> dict | None:
    """{"id", "server", "at"} of the last completed sync, if any."""
    with db.engine.connect() as conn:
        current = _get(conn, CURRENT)
    return json.loads(current) if current else None


# --- staging tables ---------------------------------------------------------------------------------

@functools.cache
def _stages(schema: str | None) -> dict[str, Table]:
    metadata = MetaData(schema=schema)
    return {s.name: s.table.to_metadata(metadata, name=f"stage_{s.name}") for s in shared_tables()}


def _hub_stage(conn: Connection, shared: Shared) -> Table:
    conn.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS stage_{shared.name} (LIKE {shared.name}) "
                      "ON COMMIT DELETE ROWS"))
    return _stages(None)[shared.name]


def _local_stage(conn: Connection, shared: Shared) -> Table:
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS stage_{shared.name} AS "
                         f"SELECT * FROM main.{shared.name} WHERE 0")
    stage = _stages("temp")[shared.name]
    conn.execute(delete(stage))
    return stage


# --- the result -------------------------------------------------------------------------------------

@dataclass
class SyncResult:
    server: str
    pushed: Tally = field(default_factory=Tally)
    pulled: Tally = field(default_factory=Tally)
    sent: int = 0  # records sent to the server
    waiting: int = 0
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    started_afresh: bool = False  # the server went back in time (restored): everything was sent again
    clock_skew: dt.timedelta | None = None  # the server's clock minus this laptop's, when it is more than minutes

    @property
    def changes(self) -> Changes:
        return Changes.of(TEAM) if self.pulled.changed else Changes()


# --- push -----------------------------------------------------------------------------------------

def _push_table(db: Database, hub: Engine, hub_id: str, shared: Shared, result: SyncResult,
                cancelled: Callable[[], bool] | None, progress: Callable[[str], None] | None) -> None:
    columns = shared.columns
    with db.engine.connect() as conn:
        mark = _pushed(conn, hub_id, shared.name)
        top = int(conn.scalar(select(ChangeCounter.seq).where(ChangeCounter.id == 1)) or 0)
    where = f" WHERE change_seq > {mark}" if mark >= 0 else ""
    sql = (f"SELECT {', '.join(columns)}, change_seq FROM main.{shared.name}{where} "
           "ORDER BY change_seq, id")
    copy_sql = f"COPY stage_{shared.name} ({', '.join(columns)}) FROM STDIN"
    with db.engine.connect() as reader:
        cursor = reader.connection.dbapi_connection.execute(sql)  # one snapshot, streamed
        while True:
            chunk = cursor.fetchmany(BATCH)
            if not chunk:
                break
            if cancelled and cancelled():
                raise Cancelled("The sync was stopped; what was sent so far is on the server.")
            tally = Tally()
            try:
                with hub.begin() as hc, AnswerDeadline(hc):
                    # A laptop that stalls inside this transaction is cut off by the server after PUSH_IDLE_S;
                    # the batch is copied before the push lock is taken, so only the merge holds it.
                    hc.execute(text(f"SET LOCAL idle_in_transaction_session_timeout = '{PUSH_IDLE_S}s'"))
                    stage = _hub_stage(hc, shared)
                    with hc.connection.driver_connection.cursor() as pg, pg.copy(copy_sql) as copy:
                        for row in chunk:
                            copy.write_row(row[:-1])
                        killpoints.point("sync:copying")
                    hc.execute(text(f"ANALYZE stage_{shared.name}"))  # the planner learns the batch: a join by id
                    hc.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK)))
                    killpoints.point("sync:locked")
                    merge_table(hc, shared, stage, HubNumbers(), tally, report_visitors=False)
            except DBAPIError as exc:
                raise explain(exc, result.server) from exc
            killpoints.point("sync:pushed")
            result.pushed.add(tally)
            result.sent += len(chunk)
            last = chunk[-1][-1]
            with transaction(db) as s:
                conn = s.connection()
                if last is not None:
                    _put(conn, _note_name(hub_id, "pushed", shared.name), str(last))
                _add_ranges(conn, hub_id, tally.new_ranges)
            killpoints.point("sync:noted")
            if progress:
                progress(f"sent:{shared.name}:{result.sent}")
    with transaction(db) as s:  # every record numbered up to `top` was in the snapshot, and is now sent
        conn = s.connection()
        if top > _pushed(conn, hub_id, shared.name):
            _put(conn, _note_name(hub_id, "pushed", shared.name), str(top))


# --- pull -----------------------------------------------------------------------------------------

def as_stored_here(column) -> ColumnElement:
    """A server column read as this laptop's SQLite file stores it (text ids without dashes, times as
    'YYYY-MM-DD HH:MM:SS.ffffff', JSON as text, an empty vector as NULL), so a pulled batch goes into the local
    staging table as it is, without converting each value in Python."""
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)
    if isinstance(kind, Uuid):
        return func.replace(cast(column, Text), "-", "")
    if isinstance(kind, DateTime):
        return func.to_char(column, "YYYY-MM-DD HH24:MI:SS.US")
    if isinstance(kind, Date):
        return func.to_char(column, "YYYY-MM-DD")
    if isinstance(kind, JSON):
        return func.nullif(cast(column, Text), "null")
    if isinstance(kind, Boolean):
        return cast(column, Integer)
    return column


def _apply_pulled(db: Database, hub_id: str, shared: Shared, rows: list, result: SyncResult) -> None:
    columns = shared.columns
    with transaction(db) as s:
        conn = s.connection()
        t = shared.table
        mark = _pushed(conn, hub_id, shared.name)
        unsent = mark < 0 or conn.scalar(select(t.c.id).where(t.c.change_seq > mark).limit(1)) is not None
        stage = _local_stage(conn, shared)
        conn.connection.dbapi_connection.executemany(  # the values are already as SQLite stores them
            f"INSERT INTO temp.stage_{shared.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            (row[:-1] for row in rows))
        numbers = LocalNumbers(conn)
        tally = Tally()
        merge_table(conn, shared, stage, numbers, tally)
        numbers.finish(conn)
        conn.execute(delete(stage))
        _put(conn, _note_name(hub_id, "pulled", shared.name), str(rows[-1][-1]))
        if not unsent and numbers.next - 1 > mark:
            # Nothing here was waiting to be sent, so what this batch wrote is what the server holds.
            _put(conn, _note_name(hub_id, "pushed", shared.name), str(numbers.next - 1))
    result.pulled.add(tally)


def _pull(db: Database, hub: Engine, hub_id: str, result: SyncResult,
          cancelled: Callable[[], bool] | None, progress: Callable[[str], None] | None) -> None:
    with db.engine.connect() as conn:
        marks = {s.name: int(_get(conn, _note_name(hub_id, "pulled", s.name), "0")) for s in shared_tables()}
        mine = _ranges(conn, hub_id)
    try:
        with hub.connect() as hc, AnswerDeadline(hc) as deadline:
            hc = hc.execution_options(isolation_level="REPEATABLE READ")
            with hc.begin():
                hc.execute(text("SET TRANSACTION READ ONLY"))
                for shared in shared_tables():
                    t = shared.table
                    mark = marks[shared.name]
                    skip = [and_(t.c.change_seq >= low, t.c.change_seq <= high) for low, high in mine if high > mark]
                    q = select(*[as_stored_here(t.c[c]).label(c) for c in shared.columns], t.c.change_seq) \
                        .where(t.c.change_seq > mark)
                    if skip:
                        q = q.where(not_(or_(*skip)))
                    rows = hc.execution_options(stream_results=True, yield_per=PULL_BATCH).execute(
                        q.order_by(t.c.change_seq))
                    for part in rows.partitions(PULL_BATCH):
                        if cancelled and cancelled():
                            raise Cancelled("The sync was stopped; what came in so far is saved.")
                        deadline.touch()
                        _apply_pulled(db, hub_id, shared, list(part), result)
                        killpoints.point("sync:pulled")
                        if progress:
                            progress(f"received:{shared.name}")
    except DBAPIError as exc:
        raise explain(exc, result.server) from exc


# --- the whole exchange -----------------------------------------------------------------------------

def _went_back(db: Database, hub: Engine, hub_id: str) -> bool:
    """Whether the server holds fewer changes than this laptop already took from it (restored from a dump)."""
    with hub.connect() as hc:
        last, called = hc.execute(text("SELECT last_value, is_called FROM hub_change_seq")).one()
    top = int(last) if called else 0
    with db.engine.connect() as conn:
        pulled = [int(_get(conn, _note_name(hub_id, "pulled", s.name), "0")) for s in shared_tables()]
        ranges = _ranges(conn, hub_id)
    return max([*pulled, *(high for _low, high in ranges)], default=0) > top


FILE_ID = "local:file-id"  # this database file's name on the hubs it syncs with (never merged, never travels)


def _file_id(db: Database, device: str) -> str:
    """This laptop's file as the server's marks know it: the laptop and a random id of the file (a file copied to
    another laptop to start it is another file there, and their marks never mix)."""
    with transaction(db) as s:
        conn = s.connection()
        found = _get(conn, FILE_ID)
        if found is None:
            found = uuid.uuid4().hex
            _put(conn, FILE_ID, found)
    return f"{device}:{found}"


def _witness_lost(db: Database, hub: Engine, hub_id: str, me: str) -> bool:
    """Whether the server lost what this laptop sent: at the end of every sync each laptop leaves a new random
    mark on the server (and notes it here). A server restored from an older dump holds an older mark — however
    many other laptops synced since — and this laptop then sends (and takes) everything again."""
    with db.engine.connect() as conn:
        noted = _get(conn, _note_name(hub_id, "witness", me))
    if noted is None:
        return False  # never synced with this server (or before marks existed)
    with hub.connect() as hc:
        found = hc.scalar(text("SELECT value FROM sync_state WHERE name = :n"), {"n": f"witness:{me}"})
    return found != noted


def _leave_witness(db: Database, hub: Engine, hub_id: str, me: str) -> None:
    """The server's mark first, then this laptop's note of it: a kill in between only makes the next sync send
    everything again, never miss a restore."""
    mark = uuid.uuid4().hex
    with hub.begin() as hc:
        hc.execute(text("INSERT INTO sync_state (name, value) VALUES (:n, :v) "
                        "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value"), {"n": f"witness:{me}", "v": mark})
    with transaction(db) as s:
        _put(s.connection(), _note_name(hub_id, "witness", me), mark)


def _forget(db: Database, hub_id: str) -> None:
    with transaction(db) as s:
        s.execute(delete(SyncState).where(SyncState.name.like(f"hub:{hub_id}:%")))


def sync(db: Database, url: str, device: str, *, today: dt.date | None = None,
         cancelled: Callable[[], bool] | None = None,
         progress: Callable[[str], None] | None = None, other_venue: bool = False) -> SyncResult:
    """Push this laptop's changes to the server at `url`, then pull everyone else's. A server that holds another
    venue's data is refused unless `other_venue`."""
    if db.path is None:
        raise StorageError("Sync works on a laptop's database file, not on the server itself.")
    result = SyncResult(safe(url))
    hub, hub_id = prepare_hub(url)
    try:
        with db.engine.connect() as conn:
            here = venues(conn)
        with hub.connect() as hc:
            there = venues(hc)
        check_same_venue(here, there, f"The team's server {result.server}", allow=other_venue)
        with hub.connect() as hc:
            before = dt.datetime.now(dt.timezone.utc)
            server_now = hc.scalar(text("SELECT now()"))
            result.clock_skew = clocks.skew(before, dt.datetime.now(dt.timezone.utc), server_now)
        me = _file_id(db, device)
        if _went_back(db, hub, hub_id) or _witness_lost(db, hub, hub_id, me):
            log.warning("The server %s lost what this laptop had sent (restored from an older backup?): sending "
                        "and taking everything again", result.server)
            _forget(db, hub_id)
            result.started_afresh = True
        for shared in shared_tables():
            _push_table(db, hub, hub_id, shared, result, cancelled, progress)
        _pull(db, hub, hub_id, result, cancelled, progress)
        _leave_witness(db, hub, hub_id, me)
    except DBAPIError as exc:
        raise explain(exc, result.server) from exc
    finally:
        hub.dispose()
    housekeeping.purge_expired(db, device, today)
    with transaction(db) as s:
        _put(s.connection(), CURRENT, json.dumps({"id": hub_id, "server": result.server,
                                                  "at": result.at.isoformat()}))
    result.waiting = waiting(db) or 0
    log.info("Synced with %s: sent %d, received %s", result.server, result.sent, dict(result.pulled.new))
    return result


__all__ = ["BATCH", "HubError", "SyncResult", "last_sync", "sync", "waiting"]
