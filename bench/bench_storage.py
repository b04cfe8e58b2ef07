"""Bench rows for the file itself: upgrading a season database from the first schema (0001) to this version,
against a plain file copy of the same file (goal ≤ 10×; the upgrade includes its safety copy and its checks)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path


def run(season: Path, row) -> None:
    from bench.first_schema import make_first_schema_copy
    from mediator_desk.db.engine import open_database

    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "season-0001.sqlite"
        make_first_schema_copy(season, old)
        times, copies = [], []
        for attempt in range(3):
            target = Path(tmp) / f"upgrade{attempt}.sqlite"
            t0 = time.perf_counter()
            shutil.copyfile(old, Path(tmp) / "plain-copy.sqlite")
            copies.append(time.perf_counter() - t0)
            shutil.copyfile(old, target)
            t0 = time.perf_counter()
            open_database(target).close()
            times.append(time.perf_counter() - t0)
            for leftover in Path(tmp).glob(f"upgrade{attempt}*"):
                if leftover.is_file():
                    leftover.unlink()
            shutil.rmtree(Path(tmp) / f"upgrade{attempt}-backups", ignore_errors=True)
        size = old.stat().st_size / 1e6
    row(f"upgrade a season from schema 0001 ({size:.0f} MB)", min(times), min(copies), "s", goal=10.0)
