"""Light and dark system themes: the stylesheet follows the palette, and text keeps a contrast of at least 4.5:1
(WCAG 2 AA) — checked on the theme's colour pairs and on real widgets rendered in both palettes."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from mediator_desk import paths
from mediator_desk.views import theme
from mediator_desk.views.kiosk_window import STYLE as KIOSK_STYLE


def dark_palette() -> QPalette:
    """A dark system theme as GNOME, KDE or Windows hand it to Qt."""
    p = QPalette()
    for role, colour in [(QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#2a82da"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#2b2b2b"),
                         (QPalette.ColorRole.ToolTipText, "#e6e6e6"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a")]:
        p.setColor(role, QColor(colour))
    return p


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.mark.parametrize("name", PALETTES)
def test_every_text_colour_pair_has_enough_contrast(qapp, name):
    palette = PALETTES[name]()
    assert theme.is_dark(palette) == (name == "dark")
    chosen = theme.colours(palette)
    low = [(where, fg, bg, round(theme.contrast(chosen[fg], chosen[bg]), 2)) for fg, bg, where in theme.PAIRS
           if theme.contrast(chosen[fg], chosen[bg]) < 4.5]
    assert low == []
    faint = [(where, fg, bg) for fg, bg, where in theme.NON_TEXT_PAIRS if theme.contrast(chosen[fg], chosen[bg]) < 3]
    assert faint == []


def test_the_stylesheet_names_only_known_colours_and_every_text_colour_is_checked():
    qss = (paths.resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    tokens = set(re.findall(r"@([a-z_]+)", qss))
    assert tokens and tokens <= set(theme.LIGHT) | {"window", "text", "base"} | set(theme.IMAGES)
    assert set(theme.LIGHT) == set(theme.DARK)
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", qss), "colours belong in theme.py, named"
    text_colours = set(re.findall(r"(?<![-\w])color:\s*@([a-z_]+)", qss))
    assert text_colours <= {fg for fg, _bg, _where in theme.PAIRS}


def test_the_kiosk_keeps_its_light_colours_legible():
    rules = dict(re.findall(r"([^{}]+)\{([^}]*)\}", KIOSK_STYLE))
    background = "#fbfaf7"
    for selector, body in rules.items():
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", body)
        if fg:
            assert theme.contrast(fg.group(1), bg.group(1) if bg else background) >= 4.5, selector.strip()


def on_screen(widget):
    """The widget as the window shows it (its parents' backgrounds included)."""
    window = widget.window()
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def rendered_contrast(pixmap) -> float:
    """The contrast a reader sees: the commonest colour of a rendered widget (its background) against the colour
    that differs most from it (the text)."""
    image = pixmap.toImage()
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(theme.contrast(QColor.fromRgb(rgb), background) for rgb in counts)


@pytest.fixture(params=list(PALETTES))
def themed(request, qapp):
    """The application in a light or a dark system palette, with the stylesheet as the app loads it."""
    from mediator_desk.views.app import load_stylesheet

    saved_palette, saved_sheet = qapp.palette(), qapp.styleSheet()
    QApplication.setPalette(PALETTES[request.param]())
    load_stylesheet(qapp)
    yield request.param
    QApplication.setPalette(saved_palette)
    qapp.setStyleSheet(saved_sheet)


def test_cards_buttons_and_the_page_list_are_legible_in_both_themes(qtbot, window, themed):
    today = window.page("today")
    window.show_page("today")
    qtbot.wait(50)
    caption = today.ui.walkInCaption
    assert rendered_contrast(on_screen(caption)) >= 4.5, f"{themed}: card caption"
    window.show_page("counter")
    qtbot.wait(50)
    button = next(iter(window.page("counter").buttons.values()))
    assert rendered_contrast(on_screen(button)) >= 4.5, f"{themed}: counter button"
    nav = window.ui.navList
    def item(row):
        rect = nav.visualItemRect(nav.item(row))
        return window.grab(QRect(nav.viewport().mapTo(window, rect.topLeft()), rect.size()))

    selected = item(nav.currentRow())
    assert rendered_contrast(selected) >= 4.5, f"{themed}: the selected page in the list"
    others = item(0)
    assert rendered_contrast(others) >= 4.5, f"{themed}: a page in the list"


def test_the_kiosk_and_its_pin_page_keep_their_own_readable_colours(qtbot, window, ctx, themed):
    """The kiosk keeps its own light colours whatever the system theme, the PIN page included (it is a page of
    the kiosk, not a dialog that could be minimised): every text on it reads at 4.5:1 or more."""
    from mediator_desk.services.pin import hash_pin

    ctx.prefs.kiosk_pin_hash = hash_pin("2468")
    kiosk = window.page("feedback").open_kiosk()
    qtbot.waitExposed(kiosk)
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.ui.stack.currentWidget() is kiosk.ui.pinPage
    qtbot.keyClicks(kiosk.ui.pinEdit, "1111")
    qtbot.keyClick(kiosk.ui.pinEdit, Qt.Key.Key_Return)  # "Wrong PIN." in the message line
    qtbot.wait(20)
    for widget in (kiosk.ui.pinLabel, kiosk.ui.pinMessageLabel, kiosk.ui.pinOkButton, kiosk.ui.pinCancelButton):
        assert rendered_contrast(on_screen(widget)) >= 4.5, f"{themed}: {widget.objectName()}"
    kiosk.ui.stack.setCurrentWidget(kiosk.ui.wordsPage)  # and the rest of the kiosk keeps its own colours
    qtbot.wait(20)
    send = on_screen(kiosk.ui.sendButton).toImage()
    commonest = Counter(send.pixel(x, y) for x in range(send.width()) for y in range(send.height())).most_common(1)
    assert QColor.fromRgb(commonest[0][0]).name() == "#2563a6" and rendered_contrast(on_screen(kiosk.ui.sendButton)) >= 4.5
    with qtbot.waitSignal(kiosk.closed):
        kiosk.close()
        qtbot.keyClicks(kiosk.ui.pinEdit, "2468")
        qtbot.keyClick(kiosk.ui.pinEdit, Qt.Key.Key_Return)


def dialogs(ctx, world):
    import datetime as dt

    from mediator_desk.services.feedback import FeedbackDraft
    from mediator_desk.services.tours import TourDraft
    from mediator_desk.views.dialogs.export_dialog import ExportDialog
    from mediator_desk.views.dialogs.feedback_dialog import FeedbackDialog
    from mediator_desk.views.dialogs.setup_wizard import SetupWizard
    from mediator_desk.views.dialogs.tour_dialog import TourDialog

    return {"assistant": lambda: SetupWizard(ctx), "export": lambda: ExportDialog(ctx),
            "tour": lambda: TourDialog(ctx, TourDraft(exhibition_id=world.exhibition_id), is_new=True),
            "feedback": lambda: FeedbackDialog(ctx, FeedbackDraft(exhibition_id=world.exhibition_id,
                                                                  day=dt.date(2026, 6, 2)), None)}


@pytest.mark.parametrize("which", ["assistant", "export", "tour", "feedback"])
def test_every_field_label_of_a_dialog_is_one_size(qtbot, ctx, world, themed, which):
    """With the app's stylesheet: a field label named like a page's title or day caption once came out 22 px bold
    (the assistant's exhibition title) or indented and grey (the feedback entry's day)."""
    from PySide6.QtWidgets import QLabel

    dialog = dialogs(ctx, world)[which]()
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    for label in labels:
        label.ensurePolished()
    looks = {label.objectName(): (label.fontInfo().pixelSize(), label.fontInfo().bold(), label.indent(),
                                  label.contentsMargins().left(),
                                  label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole()).name())
             for label in labels}
    assert len(labels) > 3 and len(set(looks.values())) == 1, looks


def test_no_dialog_widget_is_named_like_a_page_rule():
    """Page rules that match by name alone (no role property, no parent) must not meet a dialog's widget."""
    qss = re.sub(r"/\*.*?\*/", "", (paths.resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8"),
                 flags=re.S)
    selectors = [sel.strip() for head in re.findall(r"([^{}]+)\{", qss) for sel in head.split(",")]
    by_name_alone = {name for sel in selectors if " " not in sel for name in re.findall(r"#(\w+)", sel)}
    forms = paths.resources_dir().parent / "forms" / "dialogs"
    for ui in forms.glob("*.ui"):
        names = set(re.findall(r'name="(\w+)"', ui.read_text(encoding="utf-8")))
        assert not names & by_name_alone, ui.name


def test_check_boxes_in_lists_are_seen_in_both_themes(qtbot, themed):
    """An unchecked box in a list (the tour's mediators) keeps a 3:1 outline; a checked one shows its mark."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    listed = QListWidget()
    qtbot.addWidget(listed)
    for name, state in (("Ioana Constantinescu-Rădulescu", Qt.CheckState.Unchecked),
                        ("Matteo Bălan", Qt.CheckState.Checked)):
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
        listed.addItem(item)
    listed.resize(300, 120)
    listed.show()
    qtbot.waitExposed(listed)

    def box(row):
        rect = listed.visualItemRect(listed.item(row))
        return listed.viewport().grab(QRect(rect.left(), rect.top(), rect.height() + 2, rect.height()))

    unchecked, checked = box(0), box(1)
    assert rendered_contrast(unchecked) >= 3, f"{themed}: the outline of an unchecked box"
    assert rendered_contrast(checked) >= 3, f"{themed}: the mark of a checked box"
    assert unchecked.toImage() != checked.toImage(), f"{themed}: checked and unchecked look different"
