"""What a working day at a pavilion found, driven through the real widgets: choices kept per database, one
window per database, vouchers however typed, dates that can be typed, searching without diacritics, the
Reports page following every change, backups through the day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from mediator_desk.db.engine import open_database, transaction
from mediator_desk.db.models import CountEvent, Mediator, PartnerOrganisation, Voucher
from mediator_desk.paths import backup_dir
from mediator_desk.services import reference
from mediator_desk.views.context import AppContext
from mediator_desk.views.main_window import MainWindow
from mediator_desk.views.prompts import ScriptedPrompts
from tests import factories
from tests.conftest import NOW
from tests.ui.test_tours import add_tour, open_editor, press, type_text

K, CTRL = Qt.Key, Qt.KeyboardModifier.ControlModifier


def events(db):
    with db.session() as s:
        return s.scalars(select(CountEvent).order_by(CountEvent.seq)).all()


def test_a_choice_made_for_one_database_never_breaks_another(qtbot, ctx, world, prefs, tmp_path, clock):
    ctx.work.mediator_id = str(world.mediator_ids[0])
    other = open_database(tmp_path / "coordinator-copy.sqlite")
    try:
        other_world = factories.make_world(other)  # its own mediators: the id chosen above is not in it
        window = MainWindow(AppContext(db=other, prefs=prefs, prompts=ScriptedPrompts(), device_id="test-laptop",
                                       clock=clock))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready):
            window.show()
        qtbot.keyClick(window, K.Key_3, CTRL)
        counter = window.page("counter")
        counter.setFocus()
        for _ in range(3):
            qtbot.keyClick(counter, K.Key_1)
        assert counter.ui.totalValue.text() == "3", "every press counted"
        assert [e.mediator_id for e in events(other)] == [None] * 3, "the other file's mediator is not used"
        assert window.ctx.prompts.asked == []
        assert other_world.exhibition_id == counter.setup.exhibition_id
    finally:
        other.close()
    assert ctx.work.mediator_id == str(world.mediator_ids[0]), "this database keeps its own choice"


def test_a_press_into_a_record_that_vanished_names_the_real_cause(qtbot, window, db, world, ctx):
    qtbot.keyClick(window, K.Key_3, CTRL)
    counter = window.page("counter")
    ctx.work.mediator_id = str(world.mediator_ids[0])
    counter.refresh()
    with transaction(db) as s:  # the mediator vanished (another program removed the row)
        s.execute(select(Mediator))
        s.execute(__import__("sqlalchemy").delete(Mediator).where(Mediator.id == world.mediator_ids[0]))
    counter.setFocus()
    qtbot.keyClick(counter, K.Key_1)
    kind, _title, text = ctx.prompts.asked[-1]
    assert kind == "error" and "“I am”" in text and "disk" not in text


def test_undo_cancels_only_this_windows_presses(qtbot, window, db, world):
    from mediator_desk.services import counting

    qtbot.keyClick(window, K.Key_3, CTRL)
    counter = window.page("counter")
    counter.setFocus()
    qtbot.keyClick(counter, K.Key_1)
    other_window = counting.PressWriter(db, counting.CounterContext(world.exhibition_id, world.tz, "test-laptop"))
    other_window.press(world.category_ids[1], at=NOW)  # another window on the same laptop
    qtbot.keyClick(counter, K.Key_Backspace)
    qtbot.keyClick(counter, K.Key_Backspace)  # nothing of this window is left to undo
    stored = events(db)
    assert [(e.category_id, e.delta) for e in stored] == [(world.category_ids[0], 1), (world.category_ids[1], 1),
                                                          (world.category_ids[0], -1)]
    assert stored[2].undoes_id == stored[0].id
    assert "Nothing to undo" in counter.ui.scopeLabel.text()


SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from mediator_desk.views.instance import SingleInstance
app = QCoreApplication([])
second = SingleInstance(Path(sys.argv[1]))
print("locked" if not second.acquire() else "free", "raised" if second.ask_first_to_show() else "silent", flush=True)
"""


def test_a_second_start_on_the_same_database_raises_the_first_window(qtbot, tmp_path):
    import subprocess
    import sys

    from mediator_desk.views.instance import SingleInstance

    path = tmp_path / "desk.sqlite"
    first = SingleInstance(path)
    assert first.acquire()
    first.listen()
    raised = []
    first.raise_requested.connect(lambda: raised.append(True))
    child = subprocess.Popen([sys.executable, "-c", SECOND_START, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)  # the first window's loop answers
        assert child.stdout.read().split() == ["locked", "raised"], "one window per database"
        assert raised
    finally:
        child.stdout.close()
        first.release()
    second = SingleInstance(path)
    assert second.acquire(), "once the first is gone, the next start gets the database"
    second.release()


def test_a_voucher_is_redeemed_however_its_code_is_typed(qtbot, tours_page_with_voucher, db):
    page, world = tours_page_with_voucher
    dialog = open_editor(qtbot, page)
    press(qtbot, K.Key_G, CTRL)
    for _ in range(2):
        press(qtbot, K.Key_Tab)
    type_text(qtbot, "12")
    dialog.ui.vouchersEdit.setText("vc-2026  0001 ")  # as typed from a paper voucher
    press(qtbot, K.Key_Return, CTRL)
    assert page.actions_.last_dialog is None, dialog.messages()
    with db.session() as s:
        voucher = s.scalars(select(Voucher)).one()
    assert voucher.code == "VC-2026 0001" and voucher.redeemed_by_group_id is not None


@pytest.fixture
def tours_page_with_voucher(qtbot, window, ctx, world, db):
    reference.save(db, "voucher", None, {**reference.defaults("voucher"), "code": "vc-2026 0001"}, "x")
    ctx.work.mediator_id = str(world.mediator_ids[0])
    qtbot.keyClick(window, K.Key_2, CTRL)
    return window.page("tours"), world


def test_typing_an_hour_in_the_tour_editor_changes_only_the_hour(qtbot, window, ctx, world):
    ctx.work.mediator_id = str(world.mediator_ids[0])
    qtbot.keyClick(window, K.Key_2, CTRL)
    dialog = open_editor(qtbot, window.page("tours"))
    edit = dialog.ui.plannedStartEdit
    edit.setDateTime(QDateTime(QDate(2026, 6, 10), QTime(15, 20)))
    edit.setFocus()
    qtbot.waitUntil(lambda: edit.hasFocus())
    edit.setSelectedSection(edit.Section.HourSection)  # tabbed or clicked to the hour
    qtbot.keyClicks(edit, "11")
    assert edit.dateTime().date() == QDate(2026, 6, 10) and edit.dateTime().time().hour() == 11
    dialog.reject()


def test_a_new_group_does_not_carry_the_previous_groups_country(qtbot, window, ctx, world):
    ctx.work.mediator_id = str(world.mediator_ids[0])
    qtbot.keyClick(window, K.Key_2, CTRL)
    dialog = open_editor(qtbot, window.page("tours"))
    press(qtbot, K.Key_G, CTRL)
    dialog.ui.originCombo.setCurrentIndex(dialog.ui.originCombo.findData("foreign"))
    dialog.ui.countryEdit.setText("Italia")
    press(qtbot, K.Key_G, CTRL)
    assert dialog.ui.countryEdit.text() == "" and dialog.ui.originCombo.currentData() == "foreign"
    dialog.ui.groupList.setCurrentRow(0)
    assert dialog.draft.groups[0].country == "IT", "a country's name is stored as its code"
    dialog.reject()


def test_dates_in_settings_are_typed_and_empty_ones_stay_empty(qtbot, window, db):
    qtbot.keyClick(window, K.Key_6, CTRL)
    page = window.page("settings")
    page.ui.sectionList.setCurrentRow(1)  # exhibitions
    qtbot.mouseClick(page.ui.newRecordButton, Qt.MouseButton.LeftButton)
    page._editors["title"].insert("Arhive ale viitorului")
    start, end = page._editors["start_date"], page._editors["end_date"]
    assert start.date() is None, "a new exhibition has no dates until they are given"
    start.button.menu().aboutToShow.emit()
    assert start.calendar.selectedDate() == QDate.currentDate(), "the calendar opens at today, not January 2000"
    qtbot.keyClicks(start.edit, "2026-05-09")
    qtbot.keyClicks(end.edit, "32.13.2026")
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    assert "32.13.2026" in page.ui.recordErrorLabel.text() and "End" in page.ui.recordErrorLabel.text()
    assert end.edit.text() == "32.13.2026", "nothing typed is lost"
    end.edit.clear()
    qtbot.keyClicks(end.edit, "22.11.2026")
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    saved = {v["title"]: v for _, v in reference.records(db, "exhibition")}["Arhive ale viitorului"]
    assert (saved["start_date"], saved["end_date"]) == (dt.date(2026, 5, 9), dt.date(2026, 11, 22))


def test_the_tours_search_finds_partners_and_names_without_diacritics(qtbot, window, db, world):
    with transaction(db) as s:
        s.get(PartnerOrganisation, world.partner_id).name = "Liceul Teoretic „Avram Iancu” Câmpeni"
    session_id = add_tour(db, world, NOW - dt.timedelta(hours=3))
    from mediator_desk.services import tours

    draft = tours.load(db, session_id)
    draft.groups[0].partner_id = world.partner_id
    tours.save(db, draft, "x", accept_warnings=True)
    add_tour(db, world, NOW - dt.timedelta(hours=5), lead=1)
    qtbot.keyClick(window, K.Key_2, CTRL)
    page = window.page("tours")
    for query, found in (("campeni", 1), ("avram iancu", 1), ("taranu", 1), ("ȚĂRANU", 1), ("muller", 1),
                         ("liceul nobody", 0)):
        page.ui.searchEdit.setText(query)
        assert page.proxy.rowCount() == found, query


def test_the_reports_page_follows_every_change(qtbot, window, db, world, ctx):
    add_tour(db, world, NOW - dt.timedelta(hours=1), fmt="school_visit")
    qtbot.keyClick(window, K.Key_5, CTRL)
    page = window.page("reports")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("tour"))
    page.ui.toEdit.setDate(QDate(2026, 6, 10))
    assert page.ui.toCaption.text().replace("&", "").startswith("Day"), "one day, not a range's end"
    assert not page.ui.fromEdit.isEnabled()
    assert page.ui.tourCombo.count() == 1 and "School visit" in page.ui.tourCombo.currentText()
    with qtbot.waitSignal(page.report_ready, timeout=30000):
        qtbot.mouseClick(page.ui.generateButton, Qt.MouseButton.LeftButton)
    assert page.ui.saveButton.isEnabled(), "the tour sheet is made: the disabled From date is not checked"
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("period"))
    assert not page.ui.saveButton.isEnabled() and page.preview_labels() == [], "the old report is gone"

    # An exhibition added in Settings is offered at once; choosing it reloads the day's tours.
    qtbot.keyClick(window, K.Key_6, CTRL)
    settings = window.page("settings")
    settings.ui.sectionList.setCurrentRow(1)
    qtbot.mouseClick(settings.ui.newRecordButton, Qt.MouseButton.LeftButton)
    settings._editors["title"].insert("Ceața și țărmul")
    qtbot.mouseClick(settings.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, K.Key_5, CTRL)
    combo = page.ui.exhibitionCombo
    assert combo.findText("Ceața și țărmul") > 0
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("tour"))
    combo.setCurrentIndex(combo.findText("Ceața și țărmul"))
    assert page.ui.tourCombo.count() == 0, "that exhibition had no tour that day"


def test_backups_through_the_day_and_at_closing(qtbot, db, db_path, world, monkeypatch):
    from mediator_desk.views import app

    keeper = app.Housekeeping(db)
    keeper.note_changes(None)
    keeper.last_copy -= app.CHANGE_BACKUP_EVERY_S + 1
    keeper.maybe_copy()  # the hourly check: something changed, an hour passed
    for thread in keeper._threads:
        thread.join(30)
    first = sorted(backup_dir(db_path).glob("auto-*.sqlite"))
    assert len(first) == 1
    keeper.maybe_copy()  # nothing changed since: no new copy
    keeper.note_changes(None)
    import time

    time.sleep(1.1)  # copies are named by the second
    keeper.at_close()
    assert len(sorted(backup_dir(db_path).glob("auto-*.sqlite"))) == 2, "a copy of the day's work at closing"


def test_focus_after_closing_the_editor_returns_to_the_window(qtbot, window, ctx, world):
    ctx.work.mediator_id = str(world.mediator_ids[0])
    qtbot.keyClick(window, K.Key_2, CTRL)
    dialog = open_editor(qtbot, window.page("tours"))
    dialog.reject()
    assert QApplication.activeModalWidget() is None


def test_a_locked_database_during_the_purge_does_not_stop_the_app(db, db_path, world):
    """Point 17: another program holds the write lock while the app starts; the purge says so in the log and
    the app carries on (the purge runs again at the next start)."""
    import datetime as dt
    import sqlite3

    from mediator_desk.services import housekeeping, tours
    from tests import team

    laptop = team.Laptop("test-laptop", db_path, world)
    tour = laptop.new_tour(5)
    laptop.edit_tour(tour, contact_name="Ana Pop", contact_retention_until=dt.date(2026, 1, 1))
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writes and does not let go
    try:
        assert housekeeping.purge_expired(db, "test-laptop", dt.date(2026, 6, 1)).tours is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert housekeeping.purge_expired(db, "test-laptop", dt.date(2026, 6, 1)).tours == 1
    assert tours.load(db, tour).contact_name == ""
