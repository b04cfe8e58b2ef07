"""The team in the window: File → Merge, Save a copy, the Team section of Settings (server, sync, conflicts),
the status bar, and the Counter's venue total."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mediator_desk.db.copies import sqlite_copy
from tests import team


@pytest.fixture
def other_laptop(tmp_path, db_path, world, db):
    """Another laptop that started from a copy of this database and counted and guided on its own."""
    path = tmp_path / "other.sqlite"
    sqlite_copy(db_path, path)  # the window has the database open: copy through SQLite
    other = team.Laptop("laptop-b", path, world)
    other.press(6)  # 5 visitors (one press undone)
    other.new_tour(14)
    other.feedback(5, "Grazie!")
    return other


def run_merge(qtbot, window, files):
    window.ctx.prompts.answers = [[str(f) for f in files]]
    with qtbot.waitSignal(window.team.merged, timeout=20000):
        window.ui.actionMerge.trigger()


def test_file_merge_shows_what_came_in_and_every_page_follows(qtbot, window, other_laptop, db):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    counter = window.page("counter")
    counter.setFocus()
    qtbot.keyClick(counter, Qt.Key.Key_1)
    qtbot.keyClick(counter, Qt.Key.Key_1)
    run_merge(qtbot, window, [other_laptop.path])
    kind, title, text = window.ctx.prompts.asked[-1]
    assert kind == "info" and "other.sqlite" in text
    assert "7 new walk-in counts, 5 visitors" in text and "1 new tour" in text and "1 new feedback answer" in text
    assert counter.ui.totalValue.text() == "2", "this laptop's own presses"
    assert counter.ui.venueCard.isVisible() and counter.ui.venueValue.text() == "7"
    qtbot.keyClick(counter, Qt.Key.Key_1)
    assert (counter.ui.totalValue.text(), counter.ui.venueValue.text()) == ("3", "8")


def test_merging_the_same_file_again_says_nothing_new(qtbot, window, other_laptop):
    run_merge(qtbot, window, [other_laptop.path])
    run_merge(qtbot, window, [other_laptop.path])
    assert "nothing new" in window.ctx.prompts.asked[-1][2]


def test_a_file_that_is_not_a_database_is_refused_with_its_name(qtbot, window, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list", encoding="utf-8")
    window.ctx.prompts.answers = [[str(notes)]]
    window.ui.actionMerge.trigger()
    qtbot.waitUntil(lambda: not window.team.runner.busy(), timeout=10000)
    kind, _title, text = window.ctx.prompts.asked[-1]
    assert kind == "error" and "notes.txt" in text and "not a Mediator Desk database" in text


def test_save_a_copy_for_the_coordinator(qtbot, window, tmp_path, world):
    target = tmp_path / "for-the-coordinator"
    window.ctx.prompts.answers = [str(target)]
    window.ui.actionSaveCopy.trigger()
    qtbot.waitUntil(lambda: not window.team.runner.busy(), timeout=10000)
    assert window.ctx.prompts.asked[0][0] == "save_file"
    assert "test-laptop-" in window.ctx.prompts.asked[0][2], "the suggested name carries the laptop and the date"
    saved = tmp_path / "for-the-coordinator.sqlite"
    assert saved.exists() and "Saved" in window.ctx.prompts.asked[-1][2]
    assert team.totals(saved) == team.totals(window.ctx.db.path)


def test_conflicts_are_listed_and_the_other_version_can_be_kept(qtbot, window, db_path, tmp_path, world):
    me = team.Laptop("test-laptop", db_path, world)
    tour = me.new_tour(10)
    other_path = tmp_path / "other.sqlite"
    sqlite_copy(db_path, other_path)
    other = team.Laptop("laptop-b", other_path, world)
    me.edit_tour(tour, observations="Il gruppo ha chiesto di Brâncuși")
    other.edit_tour(tour, observations="They asked about Brâncuși")
    other.edit_tour(tour, expected_size=12)
    run_merge(qtbot, window, [other_path])
    assert "edited on both laptops" in window.ctx.prompts.asked[-1][2]
    window.show_page("settings")
    settings = window.page("settings")
    settings.show_section("team")
    table = settings.ui.conflictsTable
    assert table.rowCount() == 1, "the size was changed on one laptop only: taken, not a conflict"
    assert "They asked about" in table.item(0, 3).text() and "Il gruppo" in table.item(0, 3).text()
    from mediator_desk.services import tours

    kept = tours.load(window.ctx.db, tour)
    assert kept.expected_size == 12
    other = ({"Il gruppo ha chiesto di Brâncuși", "They asked about Brâncuși"} - {kept.observations}).pop()
    assert table.item(0, 1).text() == ("laptop-b" if other.startswith("They") else "test-laptop")
    table.setCurrentCell(0, 0)
    qtbot.mouseClick(settings.ui.keepOtherButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert tours.load(window.ctx.db, tour).observations == other


def test_the_server_address_is_kept_without_its_password(qtbot, window, prefs):
    window.show_page("settings")
    settings = window.page("settings")
    settings.show_section("team")
    settings.ui.serverUrlEdit.setText("postgresql://laptop:s3cret-pw@127.0.0.1:1/hub")
    settings.ui.autoSyncCheck.setChecked(False)
    qtbot.mouseClick(settings.ui.saveServerButton, Qt.MouseButton.LeftButton)
    assert settings.ui.serverUrlEdit.text() == "postgresql://laptop@127.0.0.1:1/hub"
    prefs._s.sync()
    assert "s3cret-pw" not in Path(prefs._s.fileName()).read_text(encoding="utf-8")
    assert window.team.server_url == "postgresql://laptop@127.0.0.1:1/hub"
    settings.ui.serverUrlEdit.setText("mysql://nope")
    qtbot.mouseClick(settings.ui.saveServerButton, Qt.MouseButton.LeftButton)
    assert "Server address" in settings.ui.serverStatusLabel.text()
    assert window.team.server_url == "postgresql://laptop@127.0.0.1:1/hub", "a bad address replaces nothing"


def test_sync_from_the_window_and_the_status_bar(qtbot, window, hub_url, tmp_path, db_path, world):
    settings_page = window.page("settings")
    window.show_page("settings")
    settings_page.show_section("team")
    settings_page.ui.serverUrlEdit.setText(hub_url)
    settings_page.ui.autoSyncCheck.setChecked(False)
    qtbot.mouseClick(settings_page.ui.saveServerButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(settings_page.ui.testServerButton, Qt.MouseButton.LeftButton)
    assert "answers" in settings_page.ui.serverStatusLabel.text()
    with qtbot.waitSignal(window.team.synced, timeout=30000):
        window.ui.actionSync.trigger()
    label = window.team.label
    assert label.isVisible() and label.text().startswith("Synced ") and label.text().endswith("· 0 waiting")

    # Another laptop syncs its own work; this window's next sync brings it in and the pages follow.
    other = team.Laptop("laptop-b", tmp_path / "b.sqlite", world)
    other_db = team.open_as(other.path, other.name)
    from mediator_desk.services.team.sync import sync

    sync(other_db, hub_url, other.name)
    other_db.close()
    other.press(4)
    other_db = team.open_as(other.path, other.name)
    sync(other_db, hub_url, other.name)
    other_db.close()
    window.show_page("counter")
    counter = window.page("counter")
    with qtbot.waitSignal(window.team.synced, timeout=30000):
        window.ui.actionSync.trigger()
    assert counter.ui.venueValue.text() == "3"

    # The server goes away: the status bar says so, and counts what waits to be sent.
    qtbot.keyClick(counter, Qt.Key.Key_1)
    window.team.configure("postgresql://nobody@127.0.0.1:1/gone", "", False)
    with qtbot.waitSignal(window.team.sync_failed, timeout=30000):
        window.team.sync()
    assert label.text() == "Offline · 1 change waiting" or label.text().startswith("Offline · ")


def test_a_file_from_another_venue_asks_before_it_is_merged(qtbot, window, tmp_path, db):
    from mediator_desk.__main__ import main

    stranger = tmp_path / "stranger.sqlite"
    assert main(["demo", "--db", str(stranger), "--days", "1", "--seed", "4", "--start", "2026-06-02"]) == 0
    before = team.totals(Path(db.path))
    window.ctx.prompts.answers = [[str(stranger)], False]  # the file, then "Merge anyway?" → Cancel
    window.ui.actionMerge.trigger()
    qtbot.waitUntil(lambda: any(kind == "confirm" for kind, *_ in window.ctx.prompts.asked), timeout=20000)
    asked = [a for a in window.ctx.prompts.asked if a[0] == "confirm"][-1]
    assert "another venue's data" in asked[2] and asked[2].endswith("Merge anyway?")
    assert team.totals(Path(db.path)) == before
    window.ctx.prompts.answers = [[str(stranger)], True]
    with qtbot.waitSignal(window.team.merged, timeout=20000):
        window.ui.actionMerge.trigger()
    assert team.totals(Path(db.path))["visitors"] > before["visitors"]


def test_records_made_twice_are_joined_from_settings_and_undone_with_ctrl_z(qtbot, window, tmp_path, db, world):
    """A venue set up twice, merged on purpose: Settings → Team lists what was made twice; Join into one moves
    every tour and walk-in onto the kept record; Ctrl+Z brings the other back."""
    from sqlalchemy import func, select

    from mediator_desk.db.models import Mediator

    with db.session() as s:
        name = s.get(Mediator, world.mediator_ids[0]).display_name
    from mediator_desk.services import reference

    twin, _changes = reference.save(db, "mediator", None, {**reference.defaults("mediator"), "display_name": name,
                                                            "languages": ["it"]}, "laptop-b")
    window.show_page("settings")
    settings = window.page("settings")
    settings.show_section("team")
    lst = settings.ui.duplicatesList
    assert lst.count() == 1 and name in lst.item(0).text() and "2 times" in lst.item(0).text()
    qtbot.mouseClick(settings.ui.joinDuplicatesButton, Qt.MouseButton.LeftButton)
    assert lst.count() == 0

    def live_mediators():
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Mediator).where(Mediator.display_name == name))

    assert live_mediators() == 1
    window.ctx.undo_stack.undo()
    assert live_mediators() == 2 and twin is not None


def test_a_merge_message_writes_every_number_the_same_way(qtbot, window):
    """"9871 new walk-in counts, 9,871 visitors": the counted number was written without the locale's grouping."""
    from collections import Counter

    from mediator_desk.services.team.apply import Tally
    from mediator_desk.services.team.merge import MergeResult

    tally = Tally(new=Counter({"count_event": 9871, "tour_session": 1, "feedback": 1}), visitors=9871)
    text = window.team.merge_text(MergeResult(source=Path("b.sqlite"), tally=tally))
    assert "9,871 new walk-in counts, 9,871 visitors" in text and "1 new tour," in text
