"""Shared fixtures: a migrated database in tmp_path per test, isolated user folders, a pinned clock."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The package build compiles the translations; a checkout's tests compile any .ts newer than its .qm.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from build_translations import compile_all  # noqa: E402

compile_all(only_outdated=True)
sys.path.pop(0)

from hypothesis import settings  # noqa: E402

from mediator_desk.db.engine import open_database  # noqa: E402
from tests import factories  # noqa: E402

# CI runs the same generated examples every time (a red build then says something about the change, not about a
# new random draw); local runs keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# A Wednesday at the Biennale, 15:20 in Venice.
NOW = dt.datetime(2026, 6, 10, 13, 20, tzinfo=dt.timezone.utc)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """User data/config/log folders and the device id live in tmp_path for every test."""
    monkeypatch.setenv("MEDIATOR_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MEDIATOR_DESK_DEVICE", "test-laptop")
    monkeypatch.delenv("MEDIATOR_DESK_DB", raising=False)
    return tmp_path / "home"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "desk.sqlite"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def world(db):
    """A venue (Venice, open 10–18 Tue–Sun), an exhibition, mediators and default categories."""
    return factories.make_world(db)


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the whole test run (see tests/pg.py)."""
    from tests.pg import NoServer, required, start_server

    try:
        server = start_server()
    except NoServer as exc:
        if required():
            pytest.fail(f"{exc}; CI must install Debian's postgresql package")
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture
def hub_url(pg_server):
    """A fresh, empty hub database on the test server; the address carries the owner's password."""
    return pg_server.url(pg_server.new_database())
