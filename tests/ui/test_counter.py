"""The Counter page driven through its real keys and buttons."""

import datetime as dt
import gc
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from mediator_desk.db.models import CountCategory, CountEvent
from mediator_desk.services import counting
from mediator_desk.views.dialogs.categories_dialog import CategoriesDialog
from mediator_desk.views.dialogs.correction_dialog import CorrectionDialog
from tests.conftest import NOW


@pytest.fixture
def counter(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page("counter")
    page.setFocus()
    return page


def events(db):
    with db.session() as s:
        return s.scalars(select(CountEvent).order_by(CountEvent.seq)).all()


def test_keys_count_categories_in_order(qtbot, counter, db, world):
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_6, Qt.Key.Key_Space):
        qtbot.keyClick(counter, key)
    stored = events(db)
    assert [e.category_id for e in stored] == [world.category_ids[i] for i in (0, 0, 1, 5, 0)]
    assert all(e.delta == 1 and e.device_id == "test-laptop" for e in stored)
    assert stored[0].local_date == dt.date(2026, 6, 10) and stored[0].local_hour == 15  # Venice time
    assert counter.ui.totalValue.text() == "5"
    assert counter.ui.hourValue.text() == "5"
    assert counter.buttons[world.category_ids[0]].text().startswith("Adult\n3")


def test_keypad_digits_and_clicking_buttons_count_too(qtbot, counter, db, world):
    qtbot.keyClick(counter, Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    qtbot.mouseClick(counter.buttons[world.category_ids[3]], Qt.MouseButton.LeftButton)
    assert [e.category_id for e in events(db)] == [world.category_ids[1], world.category_ids[3]]
    assert counter.ui.totalValue.text() == "2"


def test_undo_appends_a_minus_one(qtbot, counter, db, world):
    qtbot.keyClick(counter, Qt.Key.Key_1)
    qtbot.keyClick(counter, Qt.Key.Key_2)
    qtbot.keyClick(counter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(counter, Qt.Key.Key_Backspace)
    qtbot.keyClick(counter, Qt.Key.Key_Backspace)  # nothing left to undo
    stored = events(db)
    assert [(e.category_id, e.delta) for e in stored] == [
        (world.category_ids[0], 1), (world.category_ids[1], 1), (world.category_ids[1], -1),
        (world.category_ids[0], -1)]
    assert counter.ui.totalValue.text() == "0"
    assert counter.ui.auditList.count() == 2
    assert "undo" in counter.ui.auditList.item(0).text()


def test_correction_for_an_earlier_hour(qtbot, counter, db, world):
    qtbot.keyClick(counter, Qt.Key.Key_1)
    dialog = CorrectionDialog(counter.writer, [(c.id, c.name) for c in counter.categories],
                              counter.state.day, 15, counter)
    qtbot.addWidget(dialog)
    dialog.ui.categoryCombo.setCurrentIndex(1)
    dialog.ui.hourSpin.setValue(11)
    dialog.ui.amountSpin.setValue(25)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no note yet: refused, dialog keeps what was typed
    assert "Note" in dialog.ui.errorLabel.text()
    assert dialog.ui.amountSpin.value() == 25 and dialog.ui.hourSpin.value() == 11
    qtbot.keyClicks(dialog.ui.noteEdit, "tally pe ")  # QTest types ASCII only;
    dialog.ui.noteEdit.insert("hârtie 11–12")  # diacritics arrive as an input method delivers them
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    counter.refresh()
    last = events(db)[-1]
    assert (last.delta, last.local_hour, last.note, last.method) == (25, 11, "tally pe hârtie 11–12", "manual_tally")
    assert counter.ui.totalValue.text() == "26"
    assert counter.chart.bars()[11] == 25 and counter.chart.bars()[15] == 1
    assert any("tally pe hârtie" in counter.ui.auditList.item(i).text() for i in range(counter.ui.auditList.count()))


def test_chart_totals_match_the_events(qtbot, counter, db, world, clock):
    for hour, presses in ((10, 3), (12, 5), (19, 2)):  # 19:00 is outside opening hours
        clock.now = dt.datetime(2026, 6, 10, hour - 2, 15, tzinfo=dt.timezone.utc)
        for _ in range(presses):
            qtbot.keyClick(counter, Qt.Key.Key_1)
    bars = counter.chart.bars()
    stored = events(db)
    for hour in (10, 12, 19):
        assert bars[hour] == sum(e.delta for e in stored if e.local_hour == hour)
    assert counter.chart.outside_hours() == [19]
    assert "outside the opening hours" in counter.ui.scopeLabel.text()


def test_holding_a_key_counts_every_repeat(qtbot, counter, db):
    for _ in range(40):
        qtbot.keyPress(counter, Qt.Key.Key_1)  # auto-repeat delivers presses without releases
    qtbot.keyRelease(counter, Qt.Key.Key_1)
    assert len(events(db)) == 40
    assert counter.ui.totalValue.text() == "40"


def test_occupancy_mode(qtbot, counter, db, prefs):
    counter.ui.capacitySpin.setValue(3)
    counter.ui.occupancyCheck.setChecked(True)
    assert counter.ui.insideCard.isVisible()
    for _ in range(3):
        qtbot.keyClick(counter, Qt.Key.Key_1)
    assert counter.ui.insideValue.text() == "3" and counter.capacity_warning()
    qtbot.keyClick(counter, Qt.Key.Key_0)  # the exit key
    assert counter.ui.insideValue.text() == "2" and not counter.capacity_warning()
    assert counter.ui.totalValue.text() == "3", "exits do not reduce the visits"
    assert [e.kind for e in events(db)] == ["entry", "entry", "entry", "exit"]
    assert prefs.occupancy_mode and prefs.capacity == 3


def test_category_editing_renames_rekeys_and_reorders(qtbot, counter, db, world):
    dialog = CategoriesDialog(db, world.venue_id, counter.categories, "test-laptop", "0", counter)
    qtbot.addWidget(dialog)
    t = dialog.ui.table
    t.item(0, 0).setText("Adulți")
    t.item(1, 1).setText("PgDown")  # a USB clicker sends Page Down
    t.setCurrentCell(1, 0)
    qtbot.mouseClick(dialog.ui.upButton, Qt.MouseButton.LeftButton)  # child becomes first
    t.item(2, 1).setText("PgDown")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "PgDown" in dialog.ui.errorLabel.text() and "key" in dialog.ui.errorLabel.text()
    t.item(2, 1).setText("3")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        cats = s.scalars(select(CountCategory).where(CountCategory.venue_id == world.venue_id)
                         .order_by(CountCategory.position)).all()
    assert [(c.name, c.key) for c in cats[:2]] == [("Child", "PgDown"), ("Adulți", "1")]
    counter.reset_exhibition()
    counter.refresh()
    qtbot.keyClick(counter, Qt.Key.Key_PageDown)
    qtbot.keyClick(counter, Qt.Key.Key_Space)  # Space counts the first category
    qtbot.keyClick(counter, Qt.Key.Key_1)
    assert [e.category_id for e in events(db)] == [world.category_ids[1], world.category_ids[1],
                                                   world.category_ids[0]]


def test_totals_are_this_laptops_and_the_page_says_so(qtbot, counter, db, world):
    other = counting.CounterContext(world.exhibition_id, world.tz, "other-laptop")
    counting.record_press(db, other, world.category_ids[0], at=NOW)
    counter.refresh()
    assert counter.ui.totalValue.text() == "0"
    assert "this laptop" in counter.ui.scopeLabel.text() and "last merge or sync" in counter.ui.scopeLabel.text()


def test_summary_json_reports_what_the_page_shows(qtbot, counter, db_path, capsys):
    import json

    from mediator_desk.__main__ import main

    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_Backspace, Qt.Key.Key_4):
        qtbot.keyClick(counter, key)
    shown_total = int(counter.ui.totalValue.text())
    assert main(["summary", "--db", str(db_path), "--from", "2026-06-10", "--to", "2026-06-10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["walk_in_total"] == shown_total == 4
    assert data["by_day"] == {"2026-06-10": 4}
    for cat in counter.categories:
        shown = int(counter.buttons[cat.id].text().split("\n")[1].split()[0])
        assert data["by_category"].get(cat.name, 0) == shown


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12: "
                    "their reference counts never change, so neither this bug nor this check exists there")
def test_a_long_session_of_presses_keeps_python_sound(qtbot, counter, db):
    """PySide6-Essentials 6.12.0 on Python 3.11 released None once per setText() and True once per signal
    sent to a Python slot: after some thousands of presses the app aborted with "bool_dealloc". The
    dependency range excludes it; this guards the range where the objects are mortal (Python 3.10 and 3.11)."""
    def counts():  # after a full collection: garbage left by earlier tests (lists of None, say) is not counted
        gc.collect()
        return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)

    for _ in range(20):  # warm up caches, lazy imports and the audit list
        qtbot.keyClick(counter, Qt.Key.Key_1)
    before = counts()
    for _ in range(300):
        qtbot.keyClick(counter, Qt.Key.Key_1)
    after = counts()
    assert counter.ui.totalValue.text() == "320"
    drift = [a - b for a, b in zip(after, before)]
    assert all(d > -50 for d in drift), f"references to None/True/False lost during 300 presses: {drift}"


def test_a_jump_of_the_laptops_clock_is_said_on_the_counter(counter, clock):
    """Presses are filed under the laptop's time: a clock set five hours forward while the app runs (or a
    time zone changed by hand) is said at once, not discovered in the season report."""
    import datetime as dt
    import time

    assert not counter.ui.clockWarningLabel.isVisible() and counter.check_clock() is None
    start = time.monotonic()
    clock.now += dt.timedelta(hours=5, seconds=30)  # the wall clock moves 5 h while 30 s pass
    jump = counter.check_clock(monotonic=start + 30)
    assert jump is not None and abs(jump - dt.timedelta(hours=5)) < dt.timedelta(seconds=5)
    text = counter.ui.clockWarningLabel.text()
    assert counter.ui.clockWarningLabel.isVisibleTo(counter)
    assert "clock jumped forward by 5 h 00 min" in text and "time zone" in text
