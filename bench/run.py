"""Season-scale benchmarks. Each row is a measurement and the floor it is compared with, run together.

    python -m bench [--rebuild] [--repeat N]

Rows: demo --days 200 vs a raw sqlite3 bulk insert of the same rows; start-up to ready on the season
database vs a bare PySide6 window; peak memory of both; counter press-to-durable latency (median, p99)
vs a raw sqlite3 insert+commit with the same pragmas. Later features add rows here.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
ROWS: list[dict] = []


def row(name: str, value: float, floor: float, unit: str, goal: float | None = None, note: str = "") -> None:
    ratio = value / floor if floor else float("inf")
    ROWS.append({"name": name, "value": value, "floor": floor, "unit": unit, "ratio": ratio, "goal": goal,
                 "ok": None if goal is None else ratio <= goal, "note": note})
    verdict = "" if goal is None else ("  ok" if ratio <= goal else "  OVER GOAL")
    goal_txt = "" if goal is None else f" (goal ≤ {goal:g}×)"
    print(f"{name:<46} {value:>10.4g} {unit:<3} floor {floor:>10.4g} {unit:<3} ratio {ratio:>6.2f}×{goal_txt}{verdict}",
          flush=True)


def probe(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEDIATOR_DESK_HOME=str(OUT / "home"),
               PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    result = subprocess.run([sys.executable, "-m", "bench.probes", *args], capture_output=True, text=True,
                            env=env, timeout=600, cwd=Path(__file__).resolve().parent.parent)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def median_of(n: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(n))


def build_season(path: Path, rebuild: bool) -> float | None:
    from mediator_desk.db.engine import open_database
    from mediator_desk.services import demo

    if path.exists() and not rebuild:
        return None
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    db = open_database(path)
    t0 = time.perf_counter()
    demo.generate(db, days=200, seed=1)
    elapsed = time.perf_counter() - t0
    db.close()
    return elapsed


def raw_bulk_insert_floor(n_rows: int) -> float:
    """sqlite3 executemany of n_rows rows as wide as a CountEvent, same pragmas, one transaction."""
    with tempfile.TemporaryDirectory() as tmp:
        con = sqlite3.connect(Path(tmp) / "floor.sqlite")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE ev (id CHAR(32) PRIMARY KEY, ex CHAR(32), cat CHAR(32), ts TEXT, d TEXT, h INT,"
                    " delta INT, kind TEXT, method TEXT, med CHAR(32), note TEXT, dev TEXT, c TEXT, u TEXT, del TEXT)")
        t0 = time.perf_counter()
        rows = ((uuid.uuid4().hex, "e" * 32, "c" * 32, "2026-06-10 10:00:00.000000", "2026-06-10", 10, 1, "entry",
                 "clicker", "m" * 32, "", "dev", "2026-06-10 10:00:00.000000", "2026-06-10 10:00:00.000000", None)
                for _ in range(n_rows))
        con.executemany("INSERT INTO ev VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.commit()
        elapsed = time.perf_counter() - t0
        con.close()
    return elapsed


def startup_rows(season: Path, repeat: int) -> None:
    """From the process's first line: the window first painted (the app paints its shell before it imports
    the database layer), and ready with the Counter having taken a key, each against a bare PySide6 window
    first painted. The season database is copied for each run (the key press writes)."""
    bare = [probe("bare_window") for _ in range(repeat)]
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeat):
            copy = Path(tmp) / f"season-{i}.sqlite"
            shutil.copy(season, copy)
            runs.append(probe("app_ready", str(copy)))
            copy.unlink()
    assert all(a["code"] == 0 and a["painted"] and a["counter_key"] for a in runs), runs
    floor = statistics.median(b["painted"] for b in bare)
    row("start-up: window first painted, season database", statistics.median(a["painted"] for a in runs), floor,
        "s", goal=1.5)
    row("start-up: ready, the Counter taking a key", statistics.median(a["counter_key"] for a in runs), floor,
        "s", goal=3.0)
    row("peak memory at ready, season database", max(a["peak_mb"] for a in runs), max(b["peak_mb"] for b in bare),
        "MB")


def counter_window_rows(season: Path, presses: int = 400) -> None:
    """A key event on the real Counter page until the row is durable, against the app's own INSERT into the
    real count_event table with raw sqlite3, committed the same way."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "season.sqlite"
        shutil.copy(season, copy)
        result = probe("counter_keys", str(copy), str(presses))
    row("counter key press in the window, median", result["median"] * 1000, result["raw_median"] * 1000, "ms",
        goal=1.5)
    row("counter key press in the window, p99", result["p99"] * 1000, result["raw_p99"] * 1000, "ms", goal=1.5)
    print(f"{'':<46} statements per press: {result['statements_per_press']}")


def counter_latency_rows(season: Path, presses: int = 400) -> None:
    """A press through the Counter's writer until durable, against the same INSERT into the real count_event
    table with raw sqlite3 (bench/own_queries.py: raw_presses)."""
    from bench.own_queries import capture_writes, raw_presses
    from mediator_desk.db.engine import open_database
    from mediator_desk.services import choices
    from mediator_desk.services.counting import CounterContext, PressWriter, counter_setup

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "season.sqlite"
        shutil.copy(season, copy)
        db = open_database(copy)
        ex = choices.load(db).current_exhibition(datetime.date.today())
        setup = counter_setup(db, ex.id, datetime.datetime.now(datetime.timezone.utc))
        cat = setup.categories[0].id
        ctx = CounterContext(ex.id, ex.timezone, "bench-laptop")
        writer = PressWriter(db, ctx)  # as the Counter page holds one
        writer.press(cat)  # the first press reads the laptop's running number
        insert = [w for w in capture_writes(db.engine, lambda: writer.press(cat)) if "count_event" in w[0]][0]
        lat = []
        for _ in range(presses):
            t0 = time.perf_counter()
            writer.press(cat)
            lat.append(time.perf_counter() - t0)
        db.close()
        raw = raw_presses(copy, insert, presses)
    q = statistics.quantiles
    row("counter press-to-durable latency, median", statistics.median(lat) * 1000, statistics.median(raw) * 1000,
        "ms", goal=3.0)
    row("counter press-to-durable latency, p99", q(lat, n=100)[98] * 1000, q(raw, n=100)[98] * 1000, "ms", goal=3.0)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the season database even if cached")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", help="comma-separated groups: demo,startup,counter,storage,team,exports,reports,tours,feedback")
    args = ap.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    OUT.mkdir(exist_ok=True)
    season = OUT / "season.sqlite"
    print(f"Season database: {season}")
    demo_seconds = build_season(season, args.rebuild or (only is None or "demo" in only) and not season.exists())
    if demo_seconds is None and (only is None or "demo" in only):
        demo_seconds = build_season(OUT / "season-rebuild.sqlite", True)
        (OUT / "season-rebuild.sqlite").unlink()
        for p in OUT.glob("season-rebuild.sqlite-*"):
            p.unlink()
    if demo_seconds is not None:
        row("demo --days 200 (730,000 count events)", demo_seconds, raw_bulk_insert_floor(730_000), "s",
            note="goal: under 60 s absolute")
        print(f"{'':<46} absolute: {demo_seconds:.1f} s (goal < 60 s)")
    if only is None or "startup" in only:
        startup_rows(season, args.repeat)
    if only is None or "counter" in only:
        counter_latency_rows(season)
        counter_window_rows(season)
    # Reports first: the Tours rows leave a Qt application and thousands of rows alive in this process.
    extra = [m for m in ("storage", "team", "exports", "reports", "tours", "feedback") if only is None or m in only]
    for name in extra:
        try:
            module = __import__(f"bench.bench_{name}", fromlist=["run"])
        except ModuleNotFoundError:
            continue
        module.run(season, row)
    (OUT / "results.json").write_text(json.dumps(ROWS, indent=2), encoding="utf-8")
    return 0 if all(r["ok"] is not False for r in ROWS) else 1
