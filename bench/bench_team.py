"""Bench rows for the team: merging a whole season from another laptop's file, against a raw sqlite3
INSERT … SELECT of the same rows from the attached file (goal ≤ 3×), also into a laptop that joined the team by
sync; a first sync of a whole season to the team's PostgreSQL server, against a PostgreSQL COPY of the same rows
into the same tables (goal ≤ 2×); a new laptop pulling the season, against a COPY of the same rows out of the
server into the same SQLite tables (goal ≤ 2×); and an everyday sync (one day: 3,650 walk-ins, 15 tours, 100
feedback) on loopback, reported as a time."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path


def _tables():
    from mediator_desk.services.team.tables import shared_tables

    return shared_tables()


def merge_floor(season: Path, target: Path) -> float:
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    t0 = time.perf_counter()
    con.execute("ATTACH DATABASE ? AS other", (str(season),))
    con.execute("BEGIN IMMEDIATE")
    for shared in _tables():
        cols = ", ".join([*shared.columns, "change_seq"])
        con.execute(f"INSERT INTO main.{shared.name} ({cols}) SELECT {cols} FROM other.{shared.name}")
    con.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def merge_rows(season: Path, row) -> None:
    from mediator_desk.db.engine import open_database
    from mediator_desk.services.team.merge import merge_files

    with tempfile.TemporaryDirectory() as tmp:
        times, floors = [], []
        for attempt in range(2):
            target = Path(tmp) / f"coordinator{attempt}.sqlite"
            open_database(target).close()
            t0 = time.perf_counter()
            merge_files(target, [season], "bench-coordinator")
            times.append(time.perf_counter() - t0)
            floor_target = Path(tmp) / f"floor{attempt}.sqlite"
            open_database(floor_target).close()
            floors.append(merge_floor(season, floor_target))
        t0 = time.perf_counter()
        [again] = merge_files(target, [season], "bench-coordinator")
        repeat = time.perf_counter() - t0
        assert not again.tally.changed
    row("merge a season from another laptop's file", min(times), min(floors), "s", goal=3.0)
    print(f"{'':<46} merging the same file again (nothing new): {repeat:.2f} s")


def copy_floor(season: Path, url: str) -> float:
    """COPY every row of the season into the hub's tables (read from SQLite the same way sync does)."""
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    con = sqlite3.connect(season)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        pg = conn.connection.driver_connection
        for shared in _tables():
            cols = ", ".join(shared.columns)
            cursor = con.execute(f"SELECT {cols} FROM {shared.name}")
            with pg.cursor() as cur, cur.copy(f"COPY {shared.name} ({cols}) FROM STDIN") as copy:
                while True:
                    chunk = cursor.fetchmany(5000)
                    if not chunk:
                        break
                    for r in chunk:
                        copy.write_row(r)
    elapsed = time.perf_counter() - t0
    con.close()
    engine.dispose()
    return elapsed


def pull_floor(url: str, target: Path) -> float:
    """Every row read out of the server (one snapshot, in batches, already in SQLite's storage format) and
    inserted into the same tables of an empty laptop file, one transaction per batch as the pull does, by the
    fastest route sqlite3 offers (rows into a temporary table, then INSERT … SELECT): moving the season from
    PostgreSQL into SQLite, without any of the merge's work."""
    from sqlalchemy import create_engine, select

    from mediator_desk.services.team.sync import as_stored_here

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    t0 = time.perf_counter()
    with engine.connect() as conn:
        for shared in _tables():
            t = shared.table
            cols = shared.columns
            names = ", ".join(cols)
            con.execute(f"CREATE TEMP TABLE floor_{shared.name} AS SELECT {names} FROM main.{shared.name} WHERE 0")
            insert = f"INSERT INTO temp.floor_{shared.name} VALUES ({', '.join('?' * len(cols))})"
            rows = conn.execution_options(stream_results=True, yield_per=20000).execute(
                select(*[as_stored_here(t.c[c]).label(c) for c in cols]))
            for part in rows.partitions(20000):
                con.execute("BEGIN IMMEDIATE")
                con.executemany(insert, [tuple(r) for r in part])
                con.execute(f"INSERT INTO main.{shared.name} ({names}) SELECT {names} FROM temp.floor_{shared.name}")
                con.execute(f"DELETE FROM temp.floor_{shared.name}")
                con.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    con.close()
    engine.dispose()
    return elapsed


def one_day_of_work(path: Path, device: str) -> None:
    """3,650 presses through the counter's writer, 15 tours, 100 feedback entries, on today's date."""
    from mediator_desk.db.engine import open_database
    from mediator_desk.services import choices, counting, feedback, reference, tours

    db = open_database(path)
    try:
        now = dt.datetime.now(dt.timezone.utc)
        ex = choices.load(db).current_exhibition(now.date())
        setup = counting.counter_setup(db, ex.id, now)
        writer = counting.PressWriter(db, counting.CounterContext(ex.id, ex.timezone, device))
        for i in range(3650):
            writer.press(setup.categories[i % len(setup.categories)].id, at=now)
        lead = reference.titles(db, "mediator")[0][0]
        for i in range(15):
            start = now - dt.timedelta(hours=1, minutes=i)
            draft = tours.TourDraft(exhibition_id=ex.id, planned_start=start, actual_start=start,
                                       actual_end=start + dt.timedelta(minutes=45), status="done", languages=["it"],
                                       mediator_ids=[lead], lead_id=lead)
            group = tours.GroupDraft(group_type="school_class")
            group.ages["age_11_14"] = 20
            draft.groups = [group]
            tours.save(db, draft, device, accept_warnings=True)
        for i in range(100):
            feedback.save(db, feedback.FeedbackDraft(exhibition_id=ex.id, day=now.date(), rating=1 + i % 5),
                          device, accept_warnings=True)
    finally:
        db.close()


def sync_rows(season: Path, row) -> None:
    import shutil

    from mediator_desk.db.engine import open_database
    from mediator_desk.db.hub import prepare_hub
    from mediator_desk.services.team.merge import merge_files
    from mediator_desk.services.team.sync import sync
    from tests.pg import NoServer, start_server

    try:
        server = start_server()
    except NoServer as exc:
        print(f"(sync rows skipped: {exc})")
        return
    try:
        with tempfile.TemporaryDirectory() as tmp:
            laptop = Path(tmp) / "laptop.sqlite"
            shutil.copyfile(season, laptop)
            url = server.url(server.new_database())
            db = open_database(laptop)
            t0 = time.perf_counter()
            first = sync(db, url, "bench-laptop")
            first_time = time.perf_counter() - t0
            db.close()
            other = Path(tmp) / "other.sqlite"  # a second laptop set up from this one after its first sync
            shutil.copyfile(laptop, other)
            floor_url = server.url(server.new_database())
            engine, _ = prepare_hub(floor_url)
            engine.dispose()
            floor = copy_floor(season, floor_url)
            row(f"first sync of a season to the hub ({first.sent:,} records)", first_time, floor, "s", goal=2.0)

            joined = Path(tmp) / "joined.sqlite"  # a new laptop joins the team through the server
            jdb = open_database(joined)
            t0 = time.perf_counter()
            sync(jdb, url, "bench-new")
            pull_time = time.perf_counter() - t0
            jdb.close()
            pfloor_target = Path(tmp) / "pull-floor.sqlite"
            open_database(pfloor_target).close()
            row("a new laptop pulls the season from the hub", pull_time, pull_floor(url, pfloor_target), "s",
                goal=2.0)
            t0 = time.perf_counter()
            merge_files(joined, [season], "bench-joined")
            joined_merge = time.perf_counter() - t0
            floor_target = Path(tmp) / "joined-floor.sqlite"
            open_database(floor_target).close()
            row("merge a season into a laptop that joined by sync", joined_merge,
                merge_floor(season, floor_target), "s", goal=3.0)

            one_day_of_work(laptop, "bench-laptop")
            db = open_database(laptop)
            t0 = time.perf_counter()
            daily = sync(db, url, "bench-laptop")
            daily_time = time.perf_counter() - t0
            db.close()
            odb = open_database(other)
            t0 = time.perf_counter()
            pulled = sync(odb, url, "bench-other")
            pull_time = time.perf_counter() - t0
            odb.close()
            print(f"{'everyday sync, push one day (' + format(daily.sent, ',') + ' records)':<46} "
                  f"{daily_time:>10.3g} s   (loopback, no goal: reported)")
            print(f"{'everyday sync, another laptop pulls that day':<46} {pull_time:>10.3g} s   "
                  f"({sum(pulled.pulled.new.values()):,} records in)")
    finally:
        server.stop()


def run(season: Path, row) -> None:
    merge_rows(season, row)
    sync_rows(season, row)
