"""The set-up assistant on an empty database, driven through its real pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from mediator_desk.db.models import CountCategory, Exhibition, Mediator, Venue
from mediator_desk.services.pin import check_pin
from mediator_desk.views.dialogs import setup_wizard as sw
from mediator_desk.views.dialogs.setup_wizard import SetupWizard


@pytest.fixture
def wizard(qtbot, ctx):
    w = SetupWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_setting_up_a_venue_page_by_page(qtbot, wizard, ctx, db):
    ui = wizard.ui
    assert wizard.currentId() == sw.WELCOME and ui.setUpRadio.isChecked()
    wizard.next()
    assert wizard.currentId() == sw.VENUE
    wizard.next()  # nothing typed yet: the page says what is missing and stays
    assert wizard.currentId() == sw.VENUE and ui.venueProblems.text().startswith("Name: ")
    ui.venueNameEdit.setText("Muzeul de Artă Cluj-Napoca — Programul pentru familii")
    ui.cityEdit.setText("Cluj-Napoca")
    ui.countryEdit.setText("ro")
    ui.timezoneCombo.setCurrentText("Europe/Bucharest")
    wizard.day_checks["sun"].setChecked(False)
    wizard.next()
    assert wizard.currentId() == sw.EXHIBITION and ui.venueProblems.text() == ""
    ui.titleEdit.setText("Culori și povești: atelier de familie")
    wizard.next()
    ui.namesEdit.setPlainText("Ioana Constantinescu-Rădulescu\nMatteo Bălan\n\nHans-Joachim Müller-Lüdenscheidt\n")
    wizard.next()
    assert wizard.currentId() == sw.ROLES and ui.rolesTable.rowCount() == 3
    ui.rolesTable.item(0, 1).setText("ro, en")
    ui.rolesTable.item(2, 1).setText("deutsch")
    wizard.next()  # "deutsch" is not a language code
    assert wizard.currentId() == sw.ROLES and "Line 3 (Hans-Joachim Müller-Lüdenscheidt)" in ui.rolesProblems.text()
    ui.rolesTable.item(2, 1).setText("de")
    ui.rolesTable.cellWidget(2, 2).setCurrentIndex(ui.rolesTable.cellWidget(2, 2).findData("volunteer"))
    wizard.next()
    assert wizard.currentId() == sw.CATEGORIES
    assert [ui.categoriesList.item(i).text() for i in range(ui.categoriesList.count())][:2] == ["Adult", "Child"]
    qtbot.mouseClick(ui.addCategoryButton, Qt.MouseButton.LeftButton)
    ui.categoriesList.currentItem().setText("Familie")
    wizard.next()
    assert wizard.currentId() == sw.PIN
    ui.pinEdit.setText("2468")
    ui.pinRepeatEdit.setText("2486")
    wizard.next()
    assert wizard.currentId() == sw.PIN and "differ" in ui.pinProblems.text()
    ui.pinRepeatEdit.setText("2468")
    assert wizard.validateCurrentPage()
    wizard.accept()
    with db.session() as s:
        venue = s.scalars(select(Venue)).one()
        assert (venue.name, venue.country, venue.timezone) == (
            "Muzeul de Artă Cluj-Napoca — Programul pentru familii", "RO", "Europe/Bucharest")
        assert set(venue.opening_hours) == {"tue", "wed", "thu", "fri", "sat"}
        assert venue.opening_hours["tue"] == ["10:00", "18:00"]
        assert s.get(Exhibition, wizard.exhibition_id).title == "Culori și povești: atelier de familie"
        assert sorted((m.display_name, tuple(m.languages), m.role) for m in s.scalars(select(Mediator))) == [
            ("Hans-Joachim Müller-Lüdenscheidt", ("de",), "volunteer"),
            ("Ioana Constantinescu-Rădulescu", ("ro", "en"), "mediator"), ("Matteo Bălan", (), "mediator")]
        assert [c.name for c in s.scalars(select(CountCategory).order_by(CountCategory.position))][-1] == "Familie"
    assert check_pin("2468", ctx.prefs.kiosk_pin_hash)
    assert ctx.work.exhibition_id == str(wizard.exhibition_id)


def test_demo_and_join_end_on_the_first_page_or_ask_for_the_file(qtbot, wizard, tmp_path):
    wizard.ui.demoRadio.setChecked(True)
    assert wizard.nextId() == -1
    wizard.ui.joinRadio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == sw.JOIN
    wizard.ui.fileEdit.setText(str(tmp_path / "missing.sqlite"))
    assert not wizard.validateCurrentPage() and "There is no file" in wizard.ui.joinProblems.text()
    wizard.ui.fileEdit.clear()
    wizard.ui.serverEdit.setText("postgresql://ioana@hub.example.org:5432/pavilion")
    assert wizard.validateCurrentPage()


def test_the_main_window_on_an_empty_database_offers_the_assistant(qtbot, ctx, db):
    from mediator_desk.views.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.show()
    today = win.page("today")
    assert today.empty_state.isVisible() and "Set up" in today.empty_state.button.text()


def test_a_persons_problem_is_worded_in_the_interface_language(qtbot, ctx):
    from PySide6.QtWidgets import QApplication

    from mediator_desk.views.translations import install_translators

    install_translators(QApplication.instance(), "ro")
    try:
        w = SetupWizard(ctx)
        qtbot.addWidget(w)
        problems = sw.setup.team_problems([sw.setup.Member("Ana Pop", ["romana"])])
        text = w.field_text(problems[0])
        assert text.startswith("Limbi: Rândul 1 (Ana Pop): ") and "Use two-letter" not in text
    finally:
        install_translators(QApplication.instance(), "en")


@pytest.fixture
def empty_window(qtbot, ctx, db):
    from mediator_desk.views.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.show()
    return win


def test_explore_with_demo_data_fills_the_empty_database_and_every_page_hears_of_it(qtbot, empty_window, db):
    win = empty_window
    assert win.page("today").empty_state.isVisible()
    win.fill_demo(days=2)
    qtbot.waitUntil(lambda: not win.ops.jobs.busy(), timeout=60000)
    with db.session() as s:
        assert s.scalars(select(Venue)).first() is not None and s.scalars(select(Mediator)).first() is not None
    assert not win.page("today").empty_state.isVisible()


def test_joining_with_the_coordinators_file_merges_it(qtbot, empty_window, ctx, db, tmp_path):
    from mediator_desk.db.engine import open_database
    from tests import factories

    other = open_database(tmp_path / "coordinator.sqlite")
    factories.make_world(other)
    other.close()
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.joinRadio.setChecked(True)
    wizard.next()
    wizard.ui.fileEdit.setText(str(tmp_path / "coordinator.sqlite"))
    assert wizard.validateCurrentPage()
    wizard.choice = "join"
    assert wizard.result().join_file == tmp_path / "coordinator.sqlite"
    with qtbot.waitSignal(empty_window.team.merged, timeout=60000):
        empty_window.after_first_run(wizard.result())
    with db.session() as s:
        assert s.scalars(select(Exhibition)).first() is not None


def go_to_pin_page(wizard):
    ui = wizard.ui
    wizard.next()
    ui.venueNameEdit.setText("Padiglione")
    ui.cityEdit.setText("Venezia")
    ui.countryEdit.setText("it")
    ui.timezoneCombo.setCurrentText("Europe/Rome")
    wizard.next()
    ui.titleEdit.setText("La nebbia")
    wizard.next()
    ui.namesEdit.setPlainText("Ana Pop\n")
    for _ in range(3):
        wizard.next()
    assert wizard.currentId() == sw.PIN


def test_a_new_database_does_not_replace_the_laptops_pin_without_it(qtbot, ctx):
    """The kiosk PIN belongs to the laptop (every database on it): a new database's assistant keeps it when
    nothing is typed, and sets a new one only with the current one (it replaced it silently before)."""
    from mediator_desk.services.pin import hash_pin

    ctx.prefs.kiosk_pin_hash = hash_pin("2468")
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_pin_page(wizard)
    ui = wizard.ui
    assert ui.pinKeptLabel.isVisible() and ui.pinCurrentEdit.isVisible()
    ui.pinEdit.setText("1357")
    ui.pinRepeatEdit.setText("1357")
    assert not wizard.validateCurrentPage() and ui.pinProblems.text() == "Current PIN: The current PIN is wrong."
    ui.pinCurrentEdit.setText("2468")
    assert wizard.validateCurrentPage()
    wizard.accept()
    assert check_pin("1357", ctx.prefs.kiosk_pin_hash)


def test_the_laptops_pin_stays_when_the_fields_are_left_empty(qtbot, ctx):
    from mediator_desk.services.pin import hash_pin

    ctx.prefs.kiosk_pin_hash = hash_pin("2468")
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_pin_page(wizard)
    assert wizard.validateCurrentPage()
    wizard.accept()
    assert check_pin("2468", ctx.prefs.kiosk_pin_hash)


def test_the_time_zone_follows_the_venue_s_country(qtbot, wizard, monkeypatch):
    """A laptop set to UTC proposed UTC for a pavilion in Italy: the country's zone is taken when it has one; with
    several, the laptop's own is preselected if it is one of them, and the assistant says to check it."""
    from mediator_desk.views.dialogs import setup_wizard

    monkeypatch.setattr(setup_wizard, "local_timezone", lambda: "UTC")
    ui = wizard.ui
    qtbot.keyClicks(ui.countryEdit, "it")
    assert ui.timezoneCombo.currentText() == "Europe/Rome" and ui.venueProblems.text() == ""
    ui.countryEdit.clear()
    qtbot.keyClicks(ui.countryEdit, "RO")
    assert ui.timezoneCombo.currentText() == "Europe/Bucharest"
    monkeypatch.setattr(setup_wizard, "local_timezone", lambda: "America/Chicago")
    ui.countryEdit.clear()
    qtbot.keyClicks(ui.countryEdit, "US")
    assert ui.timezoneCombo.currentText() == "America/Chicago"
    assert "several time zones" in ui.venueProblems.text()
    ui.timezoneCombo.setCurrentText("America/New_York")  # chosen by hand: a country typed later keeps it
    ui.timezoneCombo.activated.emit(ui.timezoneCombo.currentIndex())
    ui.countryEdit.clear()
    qtbot.keyClicks(ui.countryEdit, "IT")
    assert ui.timezoneCombo.currentText() == "America/New_York"


def test_demo_data_names_the_counter_categories_in_the_interface_language(qtbot, empty_window, db):
    """Under a Romanian interface the demo made its categories in English ("Child", "Senior")."""
    from PySide6.QtWidgets import QApplication

    from mediator_desk.db.models import CountCategory
    from mediator_desk.views.translations import install_translators

    install_translators(QApplication.instance(), "ro")
    try:
        empty_window.fill_demo(days=1)
        qtbot.waitUntil(lambda: not empty_window.ops.jobs.busy(), timeout=60000)
    finally:
        install_translators(QApplication.instance(), "en")
    with db.session() as s:
        names = {c.code: c.name for c in s.scalars(select(CountCategory))}
    assert names["child"] == "Copil" and names["senior"] != "Senior" and names["free"] == "Gratuit", names
