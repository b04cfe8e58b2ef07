"""The Tours page and the session editor, driven through the real widgets (keyboard first)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from mediator_desk.db.models import Mediator, Tour, VisitorGroup
from mediator_desk.enums import AGE_COLUMNS
from mediator_desk.services import tours
from mediator_desk.services.tours import GroupDraft, TourDraft
from mediator_desk.views.tours_page import TourFilter
from tests.conftest import NOW

CTRL, ALT, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.NoModifier
K = Qt.Key


def press(qtbot, key, modifier=NONE):
    """A key press where the keyboard focus is, as on a real keyboard."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def stored_tours(db):
    with db.session() as s:
        return [(x, sorted([g for g in x.groups if g.deleted_at is None], key=lambda g: g.created_at))
                for x in s.scalars(select(Tour).where(Tour.deleted_at.is_(None))
                                   .order_by(Tour.planned_start))]


def add_tour(db, world, start, *, fmt="guided_tour", langs=("it",), lead=0, people=20):
    draft = TourDraft(exhibition_id=world.exhibition_id, planned_start=start, actual_start=start,
                         actual_end=start + dt.timedelta(minutes=50), status="done", format=fmt, languages=list(langs),
                         mediator_ids=[world.mediator_ids[lead]], lead_id=world.mediator_ids[lead],
                         groups=[GroupDraft(ages={**dict.fromkeys(AGE_COLUMNS, 0), "age_26_64": people})])
    tours.save(db, draft, "test-laptop", accept_warnings=True)
    return draft.id


@pytest.fixture
def tours_page(qtbot, window, ctx, world):
    ctx.work.mediator_id = str(world.mediator_ids[0])
    qtbot.keyClick(window, K.Key_2, CTRL)
    page = window.page("tours")
    assert window.current_key() == "tours"
    return page


def open_editor(qtbot, page, keys=(K.Key_N, CTRL)):
    page.ui.toursView.setFocus()
    qtbot.keyClick(page.ui.toursView, *keys)
    dialog = page.actions_.last_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_school_visit_with_two_groups_entered_by_keyboard_alone(qtbot, tours_page, db, world):
    dialog = open_editor(qtbot, tours_page)
    assert dialog.focusWidget() is dialog.ui.exhibitionCombo
    press(qtbot, K.Key_F, ALT)  # &Format
    type_text(qtbot, "School")
    press(qtbot, K.Key_G, ALT)  # Lan&guages
    type_text(qtbot, "ro, it")
    press(qtbot, K.Key_G, CTRL)  # add a group: the editor jumps to it
    assert dialog.ui.tabs.currentIndex() == 1 and dialog.focusWidget() is dialog.ui.groupTypeCombo
    type_text(qtbot, "Primary")
    press(qtbot, K.Key_Tab)  # ages 0-5
    press(qtbot, K.Key_Tab)  # ages 6-10
    type_text(qtbot, "24")
    for _ in range(6):
        press(qtbot, K.Key_Tab)  # 11-14, 15-18, 19-25, 26-64, 65+ -> accompanying adults
    type_text(qtbot, "2")
    press(qtbot, K.Key_G, CTRL)  # a second group: two teachers counted as adults of their own
    press(qtbot, K.Key_Tab)
    for _ in range(5):
        press(qtbot, K.Key_Tab)  # -> 26-64
    type_text(qtbot, "2")
    press(qtbot, K.Key_3, ALT)  # &3 Booking
    press(qtbot, K.Key_B, ALT)  # &Booked size
    type_text(qtbot, "25")
    assert "Booked 25 · Actual 26 (+1)" in dialog.ui.summaryLabel.text()
    press(qtbot, K.Key_Return, CTRL)  # save

    assert tours_page.actions_.last_dialog is None  # closed
    [(sess, groups)] = stored_tours(db)
    assert (sess.format, sess.languages, sess.expected_size, sess.status) == ("school_visit", ["ro", "it"], 25, "planned")
    assert [(g.group_type, g.participants, g.accompanying_adults) for g in groups] == [("primary", 24, 2),
                                                                                       ("primary", 2, 0)]
    assert groups[0].age_6_10 == 24 and groups[1].age_26_64 == 2
    lead = [link for link in tours.load(db, sess.id).mediator_ids]
    assert lead == [world.mediator_ids[0]]
    assert tours_page.proxy.rowCount() == 1
    assert tours_page.proxy.index(0, 6).data() == "26 / 25"


def test_failed_validation_keeps_everything_typed_and_recovers(qtbot, tours_page, db, world, ctx):
    add_tour(db, world, NOW - dt.timedelta(hours=2))
    tours_page.refresh()
    tours_page.ui.toursView.selectRow(0)
    tours_page.ui.toursView.setFocus()
    dialog = open_editor(qtbot, tours_page, (K.Key_Return,))
    press(qtbot, K.Key_4, ALT)  # &4 Notes
    press(qtbot, K.Key_O, ALT)  # &Observations
    type_text(qtbot, "Pupils loved the sound room")
    press(qtbot, K.Key_1, ALT)  # &1 Tour
    press(qtbot, K.Key_D, ALT)  # Lea&d mediator
    press(qtbot, K.Key_Home)  # "(choose the lead)"
    press(qtbot, K.Key_Return, CTRL)

    assert dialog.isVisible()
    assert "Lead mediator" in dialog.messages() and "Choose the lead mediator" in dialog.messages()
    assert dialog.focusWidget() is dialog.ui.leadCombo  # the editor points at the problem
    assert dialog.ui.observationsEdit.toPlainText() == "Pupils loved the sound room"
    [(sess, _)] = stored_tours(db)
    assert sess.observations == ""  # nothing half-saved

    press(qtbot, K.Key_End)  # pick the lead again
    press(qtbot, K.Key_Return, CTRL)
    assert tours_page.actions_.last_dialog is None  # closed
    [(sess, _)] = stored_tours(db)
    assert sess.observations == "Pupils loved the sound room"

    # An edit can be undone, and redone.
    tours_page.window().activateWindow()  # what the window manager does when the editor closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tours_page.window())
    tours_page.ui.toursView.setFocus()
    qtbot.keyClick(tours_page.ui.toursView, K.Key_Z, CTRL)
    assert stored_tours(db)[0][0].observations == ""
    qtbot.keyClick(tours_page.ui.toursView, K.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored_tours(db)[0][0].observations == "Pupils loved the sound room"


def test_the_tours_own_mediators_head_the_list_checked(qtbot, tours_page, db, world):
    with db.session() as s:
        names = {m: s.get(Mediator, m).display_name for m in world.mediator_ids}
    last = max(world.mediator_ids, key=lambda m: names[m].casefold())  # the last in the list's order
    session_id = add_tour(db, world, NOW, lead=world.mediator_ids.index(last))
    dialog = tours_page.actions_.edit(session_id)
    qtbot.waitExposed(dialog)
    listed = dialog.ui.mediatorList
    rows = [(listed.item(i).text(), listed.item(i).checkState()) for i in range(listed.count())]
    assert rows[0] == (names[last], Qt.CheckState.Checked) and len(rows) == len(world.mediator_ids)
    assert [name for name, state in rows if state == Qt.CheckState.Checked] == [names[last]]
    dialog.reject()


def test_a_large_group_asks_before_saving(qtbot, tours_page, db, ctx):
    ctx.prompts.answers = [False, True]  # "Go back" first, then "Save anyway"
    dialog = open_editor(qtbot, tours_page)
    press(qtbot, K.Key_G, CTRL)
    dialog.ui.age26to64Spin.setValue(250)
    press(qtbot, K.Key_Return, CTRL)
    assert dialog.isVisible() and stored_tours(db) == []
    assert ctx.prompts.asked[-1][0] == "confirm" and "250 participants" in ctx.prompts.asked[-1][2]
    press(qtbot, K.Key_Return, CTRL)
    assert tours_page.actions_.last_dialog is None  # closed
    assert stored_tours(db)[0][1][0].participants == 250


def test_delete_asks_then_undo_brings_the_tour_back(qtbot, tours_page, db, world, ctx):
    session_id = add_tour(db, world, NOW - dt.timedelta(hours=1))
    tours_page.refresh()
    tours_page.ui.toursView.selectRow(0)
    tours_page.ui.toursView.setFocus()
    ctx.prompts.answers = [False]
    qtbot.keyClick(tours_page.ui.toursView, K.Key_Delete)
    assert ctx.prompts.asked[-1][0] == "confirm" and len(stored_tours(db)) == 1  # kept

    ctx.prompts.answers = [True]
    qtbot.keyClick(tours_page.ui.toursView, K.Key_Delete)
    assert stored_tours(db) == [] and tours_page.proxy.rowCount() == 0
    with db.session() as s:
        assert s.get(Tour, session_id, execution_options={"include_deleted": True}).deleted_at  # soft
        assert s.scalars(select(VisitorGroup)).one().deleted_at is None

    qtbot.keyClick(tours_page.ui.toursView, K.Key_Z, CTRL)
    assert [x.id for x, _ in stored_tours(db)] == [session_id]
    assert tours_page.proxy.rowCount() == 1


def test_filters_and_search_narrow_the_table(qtbot, tours_page, db, world):
    add_tour(db, world, NOW - dt.timedelta(days=1), fmt="workshop", langs=("ro",), lead=0, people=12)
    add_tour(db, world, NOW - dt.timedelta(days=2), fmt="guided_tour", langs=("de", "en"), lead=1, people=30)
    add_tour(db, world, NOW - dt.timedelta(days=40), fmt="guided_tour", langs=("it",), lead=1)  # out of range
    tours_page.refresh()
    ui = tours_page.ui
    assert tours_page.proxy.rowCount() == 2
    assert ui.countLabel.text() == "2 of 2 tours · 42 participants"  # Qt plural forms, locale digits

    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("workshop"))
    assert [tours_page.proxy.index(r, 3).data() for r in range(tours_page.proxy.rowCount())] == ["Workshop"]
    ui.formatCombo.setCurrentIndex(0)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("de"))
    assert tours_page.proxy.rowCount() == 1
    ui.languageCombo.setCurrentIndex(0)
    ui.mediatorCombo.setCurrentIndex(ui.mediatorCombo.findData(str(world.mediator_ids[1])))
    assert tours_page.proxy.index(0, 5).data() == "Friederike Müller-Lüdenscheidt"
    ui.mediatorCombo.setCurrentIndex(0)
    ui.searchEdit.setText("ștefănia")  # case-insensitive, diacritics as typed
    assert tours_page.proxy.rowCount() == 1
    ui.searchEdit.clear()
    ui.fromEdit.setDate(ui.fromEdit.date().addDays(-30))
    assert tours_page.proxy.rowCount() == 3
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("planned"))
    assert tours_page.proxy.rowCount() == 0 and ui.countLabel.text().startswith("0 of 3")


def test_the_filtered_model_passes_qtmodeltester(qtmodeltester, db, world):
    from mediator_desk.services.overview import tour_rows
    from mediator_desk.views.models import TourTableModel

    for i in range(5):
        add_tour(db, world, NOW - dt.timedelta(hours=i), langs=("it",) if i % 2 else ("ro",))
    model = TourTableModel()
    model.set_rows(tour_rows(db))
    proxy = TourFilter()
    proxy.setSourceModel(model)
    proxy.set_criteria(language="ro")
    assert proxy.rowCount() == 3
    qtmodeltester.check(proxy, force_py=True)


def test_start_end_and_repeat_from_today_by_shortcut(qtbot, window, db, world, ctx, clock):
    today = window.page("today")
    today.setFocus()
    qtbot.keyClick(today, K.Key_T, CTRL)  # no name chosen under "I am": it says so and starts nothing
    assert ctx.prompts.asked[-1][0] == "info" and "I am" in ctx.prompts.asked[-1][2]
    assert stored_tours(db) == []
    today.ui.meCombo.setCurrentIndex(today.ui.meCombo.findData(str(world.mediator_ids[1])))
    assert ctx.work.mediator_id == str(world.mediator_ids[1])  # remembered on this laptop
    qtbot.keyClick(today, K.Key_T, CTRL)  # Start tour: stored at once, the editor opens for the groups
    dialog = today.actions_.last_dialog
    qtbot.waitExposed(dialog)
    [(sess, _)] = stored_tours(db)
    assert sess.status == "in_progress" and sess.actual_start == NOW
    assert tours.load(db, sess.id).lead_id == world.mediator_ids[1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, K.Key_Return, CTRL)  # nothing to add yet: saved as it is
    assert today.actions_.last_dialog is None and len(stored_tours(db)) == 1
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    today.setFocus()

    clock.now = NOW + dt.timedelta(minutes=55)
    qtbot.keyClick(today, K.Key_E, CTRL)  # End tour: the running one
    [(sess, _)] = stored_tours(db)
    assert sess.status == "done" and sess.actual_end == NOW + dt.timedelta(minutes=55)
    assert today.model.index(0, 7).data() == "Done"

    today.ui.toursView.selectRow(0)
    qtbot.keyClick(today, K.Key_R, CTRL)  # Repeat in the next slot
    planned = stored_tours(db)[1][0]
    assert planned.status == "planned"
    assert planned.planned_start == dt.datetime(2026, 6, 10, 14, 30, tzinfo=dt.timezone.utc)
    assert today.model.rowCount() == 2

    qtbot.keyClick(today, K.Key_Z, CTRL)  # undo the repeat
    assert len(stored_tours(db)) == 1 and today.model.rowCount() == 1


def test_cancel_after_start_takes_the_tour_back_undoably(qtbot, window, db, world, ctx):
    today = window.page("today")
    ctx.work.mediator_id = str(world.mediator_ids[0])
    today.refresh()
    today.setFocus()
    qtbot.keyClick(today, K.Key_T, CTRL)
    dialog = today.actions_.last_dialog
    qtbot.waitExposed(dialog)
    assert len(stored_tours(db)) == 1  # stored at once: a crash cannot lose it
    qtbot.keyClick(dialog, K.Key_Escape)  # a mistake: Cancel
    assert stored_tours(db) == [], "nothing is left behind to count as a tour held"
    assert today.model.rowCount() == 0
    qtbot.keyClick(today, K.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Redo brings it back
    assert len(stored_tours(db)) == 1


def test_starting_a_tour_outside_opening_hours_asks_first(qtbot, window, db, world, ctx, clock):
    clock.now = dt.datetime(2026, 6, 10, 18, 40, tzinfo=dt.timezone.utc)  # 20:40 in Venice, closed at 18:00
    today = window.page("today")
    ctx.work.mediator_id = str(world.mediator_ids[0])
    today.refresh()
    today.setFocus()
    ctx.prompts.answers = [False]
    qtbot.keyClick(today, K.Key_T, CTRL)
    kind, _title, text = ctx.prompts.asked[-1]
    assert kind == "confirm" and "20:40" in text and "10:00–18:00" in text
    assert stored_tours(db) == []


def test_one_save_is_one_refresh_of_the_visible_page_and_few_statements(qtbot, tours_page, db, world):
    """A tour saved from the editor reaches the pages once, through the runner's Changes: the visible Tours page
    redraws once (twice before: its own signal and the undo stack's), and the save and redraw run a bounded
    number of SQL statements."""
    from sqlalchemy import event

    tour = add_tour(db, world, NOW - dt.timedelta(hours=1))
    tours_page.refresh()
    tours_page.select(tour)
    resets, statements = [], []
    tours_page.model.modelReset.connect(lambda: resets.append(1))
    tours_page.model.dataChanged.connect(lambda *_: resets.append("row"))

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement.split()[0].upper())

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        dialog = open_editor(qtbot, tours_page, keys=(K.Key_Return,))
        statements.clear()
        dialog.ui.observationsEdit.setPlainText("Au întrebat de Brâncuși")
        press(qtbot, K.Key_Return, CTRL)
        qtbot.waitUntil(lambda: tours_page.actions_.last_dialog is None, timeout=5000)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(resets) == 1, resets
    assert tours_page.selected_id() == tour, "the saved tour stays selected"
    assert len(statements) <= 30, statements
    assert statements.count("UPDATE") >= 1


def test_how_a_group_heard_of_us_is_chosen_in_the_editor_and_stored(qtbot, tours_page, db, world):
    """A field added through the field table reaches the editor by its widget's name alone."""
    dialog = open_editor(qtbot, tours_page)
    press(qtbot, K.Key_G, CTRL)  # add a group
    press(qtbot, K.Key_H, ALT)  # How they &heard of us
    assert dialog.focusWidget() is dialog.ui.heardViaCombo
    assert dialog.ui.heardViaCombo.itemText(0) == "(none)"
    type_text(qtbot, "Word")
    assert dialog.ui.heardViaCombo.currentData() == "word_of_mouth"
    press(qtbot, K.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.vouchersEdit  # the table's order is the Tab order
    dialog.ui.age26to64Spin.setValue(4)
    press(qtbot, K.Key_Return, CTRL)
    [(_sess, [group])] = stored_tours(db)
    assert (group.heard_via, group.participants) == ("word_of_mouth", 4)


def test_a_school_is_typed_in_place_on_a_group_and_made_on_save(qtbot, tours_page, db, world, ctx):
    """The partner list was empty until partners were made in Settings: a new name typed on a group becomes a
    partner when the tour is saved (its kind asked once), and an existing one is found whatever its accents."""
    from mediator_desk.db.models import PartnerOrganisation

    dialog = open_editor(qtbot, tours_page)
    ui = dialog.ui
    press(qtbot, K.Key_G, CTRL)  # a first group: an existing partner, typed without accents
    assert ui.partnerCombo.isEditable()
    ui.partnerCombo.setFocus()
    assert ui.partnerCombo.currentText() == "" and ui.partnerCombo.lineEdit().placeholderText() == "(none)"
    qtbot.keyClicks(ui.partnerCombo.lineEdit(), "ION creanga")
    completer = ui.partnerCombo.completer()
    completer.complete()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Școala Gimnazială „Ion Creangă” Cluj-Napoca"
    ui.partnerCombo.lineEdit().setText(completer.currentCompletion())
    ui.age11to14Spin.setValue(20)
    press(qtbot, K.Key_G, CTRL)  # a second group: a school not known yet
    ui.partnerCombo.setFocus()
    ui.partnerCombo.lineEdit().clear()
    ui.partnerCombo.lineEdit().insert("Liceul de Arte „Ion Vidu” Timișoara")  # as typed (QTest types ASCII only)
    qtbot.keyClicks(ui.schoolLevelEdit, "liceu")
    ui.age15to18Spin.setValue(12)
    ctx.prompts.answers = [0]  # its kind: the first choice, a school
    press(qtbot, K.Key_Return, CTRL)
    assert [a for a in ctx.prompts.asked if a[0] == "choose"][-1][2].count("Ion Vidu") == 1
    with db.session() as s:
        partners = {p.name: p for p in s.scalars(select(PartnerOrganisation))}
    assert set(partners) == {"Școala Gimnazială „Ion Creangă” Cluj-Napoca", "Liceul de Arte „Ion Vidu” Timișoara"}
    assert partners["Liceul de Arte „Ion Vidu” Timișoara"].type == "school"
    [(_tour, groups)] = stored_tours(db)
    assert sorted(str(g.partner_id) for g in groups) == sorted(str(p.id) for p in partners.values())
    assert {g.school_level for g in groups} == {"", "liceu"}
    # the next tour's school level completes from the levels typed before, whatever the case
    tours_page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tours_page.window())
    dialog = open_editor(qtbot, tours_page)
    press(qtbot, K.Key_G, CTRL)
    dialog.ui.schoolLevelEdit.setFocus()
    qtbot.keyClicks(dialog.ui.schoolLevelEdit, "LIC")
    completer = dialog.ui.schoolLevelEdit.completer()
    completer.complete()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "liceu"
    dialog.reject()
