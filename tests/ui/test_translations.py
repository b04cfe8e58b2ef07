"""The interface language: the .ts files compile and load; pages show translated text."""

import pytest
from PySide6.QtWidgets import QApplication

from mediator_desk import i18n
from mediator_desk.views.main_window import MainWindow
from mediator_desk.views.translations import install_translators


@pytest.fixture
def romanian():
    app = QApplication.instance()
    assert install_translators(app, "ro") == "ro"
    yield
    install_translators(app, "en")


@pytest.mark.parametrize("lang, word", [("ro", "Azi"), ("it", "Oggi")])
def test_the_compiled_translation_gives_the_word(lang, word):
    assert i18n.qm_file(lang) is not None
    assert i18n.translator(lang).translate("MainWindow", "Today") == word


@pytest.mark.parametrize("lang", ["ro", "it"])
def test_every_message_is_translated(lang):
    import xml.etree.ElementTree as ET

    ts = i18n.qm_file(lang).with_suffix(".ts")
    unfinished = [(ctx.findtext("name"), m.findtext("source")) for ctx in ET.parse(ts).iter("context")
                  for m in ctx.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_romanian_interface(qtbot, ctx, world, romanian):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    titles = [win.ui.navList.item(i).text() for i in range(win.ui.navList.count())]
    assert titles == ["Azi", "Tururi", "Numărător", "Feedback", "Rapoarte", "Setări"]
    counter = win.page("counter")
    counter.refresh()
    assert counter.ui.undoButton.text() == "Anulează ultima apăsare (Ctrl+Z)"
    assert "pe acest laptop" in counter.ui.scopeLabel.text()


def test_unknown_language_falls_back_to_english():
    assert install_translators(QApplication.instance(), "xx") == "en"


def test_romanian_tour_editor_names_problems_in_romanian(qtbot, ctx, world, romanian):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    page = win.page("tours")
    win.show_page("tours")
    dialog = page.actions_.new(world.exhibition_id)
    assert dialog.windowTitle() == "Tur nou"
    assert dialog.ui.tabs.tabText(1) == "&2 Grupuri"
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("school_visit"))
    assert dialog.ui.formatCombo.currentText() == "Vizită școlară"
    from PySide6.QtWidgets import QDialogButtonBox

    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).text() == "Salvează"  # Qt's own button
    dialog._on_save_clicked()  # no mediator chosen
    assert "Mediator principal: Alegeți mediatorul principal." in dialog.messages()
    dialog.reject()


@pytest.mark.parametrize("lang, back, next_, finish, cancel", [
    ("ro", "< Îna&poi", "Î&nainte >", "&Finalizează", "Anulează"),
    ("it", "< &Precedente", "&Successivo >", "&Fine", "Annulla")])
def test_the_assistants_buttons_speak_the_interface_language(qtbot, ctx, lang, back, next_, finish, cancel):
    """Qt ships no Romanian translation of its own: the assistant's Back, Next, Finish and Cancel were English."""
    from PySide6.QtWidgets import QWizard

    from mediator_desk.views.dialogs.setup_wizard import SetupWizard

    app = QApplication.instance()
    assert install_translators(app, lang) == lang
    try:
        wizard = SetupWizard(ctx)
        qtbot.addWidget(wizard)
        texts = [wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                                 QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
        assert texts == [back, next_, finish, cancel]
    finally:
        install_translators(app, "en")


def test_a_text_fields_right_click_menu_speaks_romanian(qtbot, romanian):
    """Qt has no Romanian translation of its own: the menu of a text field and of a number field were English."""
    from PySide6.QtWidgets import QLineEdit, QSpinBox

    field = QLineEdit("Ioana")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts[:5] == ["&Anulează", "&Refă", "&Taie", "&Copiază", "&Lipește"] and "Selectează tot" in texts
    spin = QSpinBox()
    qtbot.addWidget(spin)
    line = spin.findChild(QLineEdit)
    assert "&Copiază" in [a.text().split("\t")[0] for a in line.createStandardContextMenu().actions()]
