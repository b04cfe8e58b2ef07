"""The Feedback page and the visitor kiosk, driven through the real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from mediator_desk.db.models import Feedback
from mediator_desk.services import feedback, tours
from mediator_desk.services.pin import hash_pin
from tests.conftest import NOW

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def feedback_page(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    return window.page("feedback")


def stored(db):
    with db.session() as s:
        return list(s.scalars(select(Feedback).where(Feedback.deleted_at.is_(None)).order_by(Feedback.given_at)))


@pytest.fixture
def kiosk(qtbot, feedback_page, ctx):
    ctx.prefs.kiosk_pin_hash = hash_pin("2468")
    k = feedback_page.open_kiosk()
    assert k is not None and k.isFullScreen()
    qtbot.waitExposed(k)
    yield k
    if feedback_page.kiosk is k:  # still open: leave it with the PIN
        k.close()
        qtbot.keyClicks(k.ui.pinEdit, "2468")
        qtbot.keyClick(k.ui.pinEdit, Qt.Key.Key_Return)


def test_the_kiosk_needs_a_pin_first(feedback_page, ctx):
    assert feedback_page.open_kiosk() is None
    assert "Set a kiosk PIN first" in ctx.prompts.asked[-1][2]


def test_a_visitor_answers_in_romanian(qtbot, kiosk, db, world):
    session_id, _ = tours.start_tour(db, world.exhibition_id, world.mediator_ids[0], NOW - dt.timedelta(minutes=5), "x")
    qtbot.mouseClick(kiosk.ui.lang_ro, LEFT)
    assert kiosk.ui.questionLabel.text() == "Cum v-a plăcut expoziția?"
    qtbot.mouseClick(kiosk.ui.smiley4Button, LEFT)
    [answer] = stored(db)  # saved the moment it was given
    assert (answer.rating, answer.language, answer.source, answer.session_id) == (4, "ro", "kiosk", session_id)
    assert kiosk.ui.stack.currentWidget() is kiosk.ui.wordsPage
    assert kiosk.ui.sendButton.text() == "Trimite"
    kiosk.ui.wordsEdit.insert("emoționant")
    kiosk.thanks_ms = 30
    qtbot.mouseClick(kiosk.ui.sendButton, LEFT)
    assert kiosk.ui.thanksLabel.text() == "Vă mulțumim!" and kiosk.ui.stack.currentWidget() is kiosk.ui.thanksPage
    assert stored(db)[0].one_word == "emoționant"
    qtbot.waitUntil(lambda: kiosk.ui.stack.currentWidget() is kiosk.ui.startPage)
    assert kiosk.ui.questionLabel.text() == "How did you like the exhibition?"  # ready for the next visitor


def test_contact_data_is_not_kept_from_the_kiosk(qtbot, kiosk, db):
    qtbot.mouseClick(kiosk.ui.smiley5Button, LEFT)
    kiosk.ui.wordsEdit.insert("write to me at ana@example.ro")
    qtbot.mouseClick(kiosk.ui.sendButton, LEFT)
    assert kiosk.ui.stack.currentWidget() is kiosk.ui.wordsPage and kiosk.ui.privacyLabel.property("alert")
    assert stored(db)[0].comment == ""


def test_a_child_pressing_ten_times_in_a_second_gives_one_answer(qtbot, kiosk, db):
    kiosk.thanks_ms = 1
    for _ in range(10):
        qtbot.mouseClick(kiosk.ui.smiley5Button, LEFT)
        if kiosk.ui.stack.currentWidget() is kiosk.ui.wordsPage:
            qtbot.mouseClick(kiosk.ui.skipButton, LEFT)
        qtbot.wait(60)  # the thank-you returns to the smileys in between
    assert kiosk.ui.stack.currentWidget() is kiosk.ui.startPage
    assert len(stored(db)) == 1
    qtbot.wait(int(1000 * 2.0))  # two seconds later the next visitor counts
    qtbot.keyClick(kiosk, Qt.Key.Key_2)  # a numeric keypad works too
    assert [f.rating for f in stored(db)] == [5, 2]


def test_idle_kiosk_returns_to_the_start(qtbot, kiosk):
    kiosk.idle_ms = 50
    qtbot.mouseClick(kiosk.ui.lang_de, LEFT)
    qtbot.mouseClick(kiosk.ui.smiley3Button, LEFT)
    qtbot.waitUntil(lambda: kiosk.ui.stack.currentWidget() is kiosk.ui.startPage, timeout=2000)
    assert kiosk.language == "en"


def type_pin(qtbot, kiosk, pin: str) -> None:
    """Escape (or Alt+F4) shows the kiosk's own PIN page; the PIN is typed there and Enter pressed."""
    if kiosk.ui.stack.currentWidget() is not kiosk.ui.pinPage:
        qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.ui.stack.currentWidget() is kiosk.ui.pinPage
    qtbot.keyClicks(kiosk.ui.pinEdit, pin)
    qtbot.keyClick(kiosk.ui.pinEdit, Qt.Key.Key_Return)


def test_leaving_the_kiosk_needs_the_pin(qtbot, kiosk, ctx):
    type_pin(qtbot, kiosk, "1111")
    assert kiosk.ui.pinMessageLabel.text() == "Wrong PIN." and kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)  # Escape on the PIN page: back to the smileys
    assert kiosk.ui.stack.currentWidget() is kiosk.ui.startPage
    kiosk.close()  # Alt+F4 or the window's close button
    assert kiosk.isVisible() and kiosk.ui.stack.currentWidget() is kiosk.ui.pinPage
    assert not kiosk.findChildren(QDialog), "the PIN is asked inside the kiosk: no dialog to minimise"
    with qtbot.waitSignal(kiosk.closed):
        type_pin(qtbot, kiosk, "2468")
    assert not kiosk.isVisible()


def test_wrong_pins_make_the_kiosk_wait_longer_each_time(qtbot, kiosk, ctx):
    now = [1000.0]
    kiosk.guard.monotonic = lambda: now[0]
    waits = []
    for _series in range(4):
        for _ in range(5):
            type_pin(qtbot, kiosk, "0000")
        text = kiosk.ui.pinMessageLabel.text()
        assert text.startswith("Too many wrong PINs. Try again in ") and not kiosk.ui.pinEdit.isEnabled()
        waits.append(int(text.split(" in ")[1].split()[0]))
        now[0] += 12
        kiosk._show_pin_wait()  # the countdown's next tick
        assert not kiosk.ui.pinOkButton.isEnabled(), "even the right PIN is not taken while it waits"
        now[0] += waits[-1]
        kiosk._show_pin_wait()
        assert kiosk.ui.pinEdit.isEnabled()
    assert waits == [30, 60, 120, 240], "the wait doubles after each further wrong series"
    with qtbot.waitSignal(kiosk.closed):
        type_pin(qtbot, kiosk, "2468")
    assert kiosk.guard.series == 0


def test_the_kiosk_takes_the_screen_back_when_minimised_or_hidden(qtbot, kiosk):
    """A minimise from a title bar, Super+D or a desktop switch: within a second the kiosk is back, full screen."""
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: kiosk.isVisible() and not kiosk.isMinimized() and kiosk.isFullScreen(), timeout=1000)
    kiosk.hide()
    qtbot.waitUntil(lambda: kiosk.isVisible() and kiosk.isFullScreen(), timeout=1000)
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)  # the PIN page is part of the kiosk: hiding it hides nothing else
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: not kiosk.isMinimized() and kiosk.ui.stack.currentWidget() is kiosk.ui.pinPage,
                    timeout=1000)


def test_the_app_is_out_of_reach_while_the_kiosk_runs(qtbot, window, kiosk, ctx):
    assert not window.isVisible() and not window.isEnabled()
    window.bring_to_front()  # a second start, or the task bar
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible())
    qtbot.keyClick(kiosk, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Ctrl+6: Settings
    assert window.current_key() == "feedback"
    with qtbot.waitSignal(kiosk.closed):
        kiosk.close()
        type_pin(qtbot, kiosk, "2468")
    assert window.isVisible() and window.isEnabled()


def test_a_visitor_can_answer_with_tab_and_enter(qtbot, kiosk, db):
    assert all(b.accessibleName() for b in kiosk._smileys)
    kiosk._smileys[4].setFocus()
    qtbot.keyClick(kiosk._smileys[4], Qt.Key.Key_Return)
    assert [f.rating for f in stored(db)] == [5]


def test_changing_the_kiosk_pin_needs_the_current_one(qtbot, window, ctx):
    from mediator_desk.services.pin import check_pin

    ctx.prefs.kiosk_pin_hash = hash_pin("2468")
    window.show_page("settings")
    page = window.page("settings")
    ui = page.ui
    page.show_section("general")
    assert ui.currentPinEdit.isVisible()
    ui.currentPinEdit.setText("1357")
    ui.pinEdit.setText("8642")
    ui.pinRepeatEdit.setText("8642")
    qtbot.mouseClick(ui.setPinButton, LEFT)
    assert ui.pinStatusLabel.text() == "The current PIN is wrong." and check_pin("2468", ctx.prefs.kiosk_pin_hash)
    assert ui.pinEdit.text() == "8642"  # nothing typed is lost
    ui.currentPinEdit.setText("2468")
    qtbot.mouseClick(ui.setPinButton, LEFT)
    assert check_pin("8642", ctx.prefs.kiosk_pin_hash) and ui.currentPinEdit.text() == ""


def test_mediator_entry_warns_about_contact_data_and_keeps_the_text(qtbot, feedback_page, db, world, ctx):
    qtbot.mouseClick(feedback_page.ui.addButton, LEFT)
    dialog = feedback_page.last_dialog
    dialog.ui.ratingSpin.setValue(5)
    dialog.ui.commentEdit.setPlainText("Părinții au întrebat de ateliere: 0721 234 567")
    item = dialog.ui.outcomesList.item(3)  # enjoyment
    item.setCheckState(Qt.CheckState.Checked)
    ctx.prompts.answers = [False]
    qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], LEFT)
    assert feedback_page.last_dialog is dialog and stored(db) == []
    assert "phone number" in dialog.messages()
    assert dialog.ui.commentEdit.toPlainText().endswith("0721 234 567")  # nothing typed is lost
    dialog.ui.commentEdit.setPlainText("Părinții au întrebat de ateliere")
    qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], LEFT)
    [fb] = stored(db)
    assert (fb.rating, fb.outcomes, fb.source) == (5, ["enjoyment"], "mediator")
    assert feedback_page.model.rowCount() == 1
    assert "Five smileys" in feedback_page.ui.distributionLabel.text()


def test_filters_distribution_and_import_from_the_page(qtbot, feedback_page, db, world, ctx, tmp_path):
    from mediator_desk.services.feedback import FeedbackDraft

    for rating, lang in ((5, "ro"), (5, "it"), (2, "ro")):
        feedback.save(db, FeedbackDraft(exhibition_id=world.exhibition_id, day=NOW.date(), rating=rating,
                                        language=lang), "x")
    feedback_page.refresh()
    ui = feedback_page.ui
    assert feedback_page.model.rowCount() == 3
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("ro"))
    assert feedback_page.model.rowCount() == 2
    ui.ratingCombo.setCurrentIndex(ui.ratingCombo.findData(2))
    assert feedback_page.model.rowCount() == 1 and ui.countLabel.text().startswith("1 answer ·")

    [code], _changes = feedback.create_cards(db, 1, "x", exhibition_id=world.exhibition_id)
    source = tmp_path / "online.csv"
    source.write_text(f"card,rating,language\n{code},4,it\nBADBAD,3,en\n", encoding="utf-8")
    ctx.prompts.answers = [str(source)]
    qtbot.mouseClick(ui.importButton, LEFT)  # the import runs off the UI thread
    qtbot.waitUntil(lambda: ctx.prompts.asked and ctx.prompts.asked[-1][0] == "info", timeout=10000)
    assert ctx.prompts.asked[-1][2].startswith("1 answer imported, 1 row skipped.")
    assert "Line 3: unknown card: BADBAD" in ctx.prompts.asked[-1][2]
    assert len(stored(db)) == 4

    target = tmp_path / "cards.pdf"
    assert feedback_page.print_cards(target, 10, exhibition_id=world.exhibition_id)
    qtbot.waitUntil(lambda: not feedback_page.jobs.busy(), timeout=20000)
    assert target.stat().st_size > 1000 and not target.with_name("cards.pdf.part").exists()


def test_no_face_looks_chosen_before_a_visitor_picks_one(qtbot, kiosk):
    assert kiosk.focusWidget() not in kiosk._smileys
    qtbot.keyClick(kiosk, Qt.Key.Key_Tab)  # a keyboard user tabs to the faces
    assert kiosk.focusWidget() is kiosk._smileys[0]


def test_a_new_entry_has_no_rating_and_no_language_until_someone_gives_them(qtbot, feedback_page, db, world, ctx):
    """A hurried Save used to record one smiley ("very unhappy") in English: nothing is chosen for the mediator."""
    qtbot.mouseClick(feedback_page.ui.addButton, LEFT)
    dialog = feedback_page.last_dialog
    ui = dialog.ui
    assert ui.ratingSpin.text() == ui.ratingSpin.specialValueText() != ""
    assert ui.languageEdit.text() == ""
    qtbot.mouseClick(ui.buttonBox.buttons()[0], LEFT)
    assert stored(db) == [] and feedback_page.last_dialog is dialog
    assert "Rating" in dialog.messages() and "Give the rating" in dialog.messages()
    ui.ratingSpin.setFocus()
    qtbot.keyClick(ui.ratingSpin, Qt.Key.Key_Up)  # the first step up is the lowest rating, chosen on purpose
    assert ui.ratingSpin.value() == 1 and ui.ratingSpin.text() == "1"
    qtbot.keyClick(ui.ratingSpin, Qt.Key.Key_Up)
    qtbot.mouseClick(ui.buttonBox.buttons()[0], LEFT)
    [fb] = stored(db)
    assert (fb.rating, fb.language) == (2, "")
    assert feedback_page.ui.countLabel.text() == "1 answer · 0 with words"  # one form per number, as Qt plurals


def test_an_entry_for_a_tour_starts_in_the_tour_language(qtbot, feedback_page, db, world, ctx):
    from tests.ui.test_tours import add_tour

    tour = add_tour(db, world, NOW - dt.timedelta(hours=1), langs=("it", "en"))
    feedback_page.refresh()
    qtbot.mouseClick(feedback_page.ui.addButton, LEFT)
    ui = feedback_page.last_dialog.ui
    assert ui.languageEdit.text() == ""
    ui.tourCombo.setCurrentIndex(ui.tourCombo.findData(str(tour)))
    assert ui.languageEdit.text() == "it" and "IT, EN" in ui.tourCombo.currentText()
    ui.tourCombo.setCurrentIndex(0)  # back to no tour: the tour's language goes with it
    assert ui.languageEdit.text() == ""
    qtbot.keyClicks(ui.languageEdit, "de")
    ui.tourCombo.setCurrentIndex(ui.tourCombo.findData(str(tour)))
    assert ui.languageEdit.text() == "de", "what someone typed is kept"


def test_the_words_come_first_in_the_list_and_the_tags_stay_compact(qtbot, feedback_page, db, world, ctx):
    """A visitor's words were cut ("perché …") while the learning outcomes took the width."""
    from mediator_desk.services.feedback import FeedbackDraft

    words = "perché i bambini hanno potuto toccare le opere e fare domande alla mediatrice"
    feedback.save(db, FeedbackDraft(exhibition_id=world.exhibition_id, day=NOW.date(), method="smiley_5", rating=5,
                                    comment=words, language="it",
                                    outcomes=["knowledge", "skills", "attitudes", "enjoyment", "activity"]),
                  "test-laptop", accept_warnings=True)
    window = feedback_page.window()
    window.resize(1366, 768)
    feedback_page.refresh()
    qtbot.wait(10)
    view, model = feedback_page.ui.feedbackView, feedback_page.model
    words_width = view.columnWidth(model.WORDS)
    outcomes_width = view.columnWidth(model.OUTCOMES)
    assert words_width > 2 * outcomes_width, (words_width, outcomes_width)
    index = model.index(0, model.OUTCOMES)
    assert "Enjoyment" in (model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
