"""UI fixtures: the real main window on a fresh database, prompts answered through ScriptedPrompts."""

from __future__ import annotations

import pytest

from mediator_desk.views.context import AppContext
from mediator_desk.views.main_window import MainWindow
from mediator_desk.views.preferences import Preferences
from mediator_desk.views.prompts import ScriptedPrompts
from tests.conftest import NOW


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The interface as an English-speaking user runs it (the English translation supplies the plurals)."""
    from mediator_desk.views.translations import install_translators

    install_translators(qapp, "en")


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def prefs(tmp_path):
    return Preferences(tmp_path / "prefs.ini")


@pytest.fixture
def ctx(db, prefs, clock):
    return AppContext(db=db, prefs=prefs, prompts=ScriptedPrompts(), device_id="test-laptop", clock=clock)


@pytest.fixture
def window(qtbot, ctx, world):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.show()
    return win
