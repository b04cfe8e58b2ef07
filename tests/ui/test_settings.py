"""Settings: reference lists edited through the real widgets, and the kiosk PIN."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from mediator_desk.services import pin, reference


def settings(qtbot, window, section: int):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.page("settings")
    page.ui.sectionList.setCurrentRow(section)
    return page


def test_a_new_venue_with_opening_hours_and_a_bad_time_zone_fixed(qtbot, window, db):
    page = settings(qtbot, window, 0)
    qtbot.mouseClick(page.ui.newRecordButton, Qt.MouseButton.LeftButton)
    page._editors["name"].insert("Muzeul de Artă Cluj-Napoca – Palatul Bánffy")
    page._editors["country"].insert("ro")
    page._editors["timezone"].setCurrentText("Europe/Cluj")
    hours = page._editors["opening_hours"]
    hours.findChild(QLineEdit, "hours_wed").insert("10:00-18:00")
    hours.findChild(QLineEdit, "hours_sat").insert("11:00–19:30")
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    assert "Time zone" in page.ui.recordErrorLabel.text() and "Europe/Cluj" in page.ui.recordErrorLabel.text()
    assert len(reference.records(db, "venue")) == 1  # nothing stored
    assert page._editors["name"].text().startswith("Muzeul")  # nothing typed lost

    page._editors["timezone"].setCurrentText("Europe/Bucharest")
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    saved = {v["name"]: v for _, v in reference.records(db, "venue")}["Muzeul de Artă Cluj-Napoca – Palatul Bánffy"]
    assert saved["country"] == "RO" and saved["timezone"] == "Europe/Bucharest"
    assert saved["opening_hours"] == {"wed": ["10:00", "18:00"], "sat": ["11:00", "19:30"]}
    assert page.ui.recordsTable.rowCount() == 2


def test_exhibition_dates_and_unreadable_hours_are_named(qtbot, window, db):
    page = settings(qtbot, window, 1)
    page._editors["start_date"].setDate(QDate(2026, 11, 24))
    page._editors["end_date"].setDate(QDate(2026, 5, 1))
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    assert page.ui.recordErrorLabel.text() == "End: The end date is before the start date."

    page = settings(qtbot, window, 0)
    page._editors["opening_hours"].findChild(QLineEdit, "hours_mon").insert("from ten")
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    assert "Opening hours" in page.ui.recordErrorLabel.text() and "from ten" in page.ui.recordErrorLabel.text()


def test_vouchers_are_unique_and_deleting_an_exhibition_with_data_says_what_happens(qtbot, window, db, world, ctx):
    reference.save(db, "voucher", None, {**reference.defaults("voucher"), "code": "VC-1"}, "x")
    page = settings(qtbot, window, 5)
    qtbot.mouseClick(page.ui.newRecordButton, Qt.MouseButton.LeftButton)
    page._editors["code"].insert("VC-1")
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    assert "exists already" in page.ui.recordErrorLabel.text()

    from tests.ui.test_tours import add_tour
    add_tour(db, world, dt.datetime(2026, 6, 1, 9, tzinfo=dt.timezone.utc))
    page = settings(qtbot, window, 1)
    ctx.prompts.answers = [False]
    qtbot.mouseClick(page.ui.deleteRecordButton, Qt.MouseButton.LeftButton)
    kind, _title, text = ctx.prompts.asked[-1]
    assert kind == "confirm" and "1 tour(s)" in text and "stays in the reports" in text
    assert len(reference.records(db, "exhibition")) == 1, "kept: the mediator said no"
    ctx.prompts.answers = [True]
    qtbot.mouseClick(page.ui.deleteRecordButton, Qt.MouseButton.LeftButton)
    assert reference.records(db, "exhibition") == []
    assert window.page("counter") is not None
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    counter = window.page("counter")
    assert counter.setup is None and counter.buttons == {}, "nothing counts into a deleted exhibition"
    assert "Settings" in counter.ui.scopeLabel.text()


def test_the_kiosk_pin_is_stored_as_a_salted_hash(qtbot, window, ctx):
    page = settings(qtbot, window, 6)
    qtbot.keyClicks(page.ui.pinEdit, "2468")
    qtbot.keyClicks(page.ui.pinRepeatEdit, "2469")
    qtbot.mouseClick(page.ui.setPinButton, Qt.MouseButton.LeftButton)
    assert page.ui.pinStatusLabel.text() == "The two PINs differ." and ctx.prefs.kiosk_pin_hash == ""
    page.ui.pinRepeatEdit.clear()
    qtbot.keyClicks(page.ui.pinRepeatEdit, "2468")
    qtbot.mouseClick(page.ui.setPinButton, Qt.MouseButton.LeftButton)
    stored = ctx.prefs.kiosk_pin_hash
    # only the scheme, the work factor, a random salt and the digest: the PIN itself is none of the fields (the
    # hex of a salt or digest may hold "2468" by chance, about once in 700 runs)
    scheme, iterations, salt, digest = stored.split("$")
    assert (scheme, len(salt), len(digest)) == ("pbkdf2_sha256", 32, 64) and int(iterations) >= 100_000
    assert pin.check_pin("2468", stored) and not pin.check_pin("2469", stored)
    assert pin.hash_pin("2468") != pin.hash_pin("2468")  # salted
    page.ui.reportLanguageCombo.setCurrentIndex(page.ui.reportLanguageCombo.findData("ro"))
    assert ctx.prefs.report_language == "ro"


def test_a_new_exhibition_is_offered_on_today_at_once(qtbot, window, db, world):
    page = settings(qtbot, window, 1)
    qtbot.mouseClick(page.ui.newRecordButton, Qt.MouseButton.LeftButton)
    page._editors["title"].insert("Ceața și țărmul – La nebbia e la riva")
    qtbot.mouseClick(page.ui.saveRecordButton, Qt.MouseButton.LeftButton)
    assert page.ui.recordErrorLabel.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    combo = window.page("today").ui.exhibitionCombo
    assert any(combo.itemText(i).startswith("Ceața și țărmul") for i in range(combo.count()))


def test_the_coordinator_can_require_six_digits(qtbot, window, ctx):
    page = settings(qtbot, window, 6)
    page.ui.pinSixDigitsCheck.setChecked(True)
    qtbot.keyClicks(page.ui.pinEdit, "2468")
    qtbot.keyClicks(page.ui.pinRepeatEdit, "2468")
    qtbot.mouseClick(page.ui.setPinButton, Qt.MouseButton.LeftButton)
    assert page.ui.pinStatusLabel.text() == "The PIN must be 6 to 12 digits." and ctx.prefs.kiosk_pin_hash == ""
    for edit in (page.ui.pinEdit, page.ui.pinRepeatEdit):
        edit.clear()
        qtbot.keyClicks(edit, "246813")
    qtbot.mouseClick(page.ui.setPinButton, Qt.MouseButton.LeftButton)
    assert pin.check_pin("246813", ctx.prefs.kiosk_pin_hash) and ctx.prefs.kiosk_pin_digits == 6
    assert page.ui.pinSixDigitsCheck.isChecked()
