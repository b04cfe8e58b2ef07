"""Light and dark system themes: the stylesheet follows the palette, and text keeps a contrast of at least 4.5:1
(WCAG 2 AA) — checked on the theme's colour pairs and on real widgets rendered in both palettes."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect
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


def test_the_stylesheet_names_only_known_colours_and_every_text_colour_is_checked():
    qss = (paths.resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    tokens = set(re.findall(r"@([a-z_]+)", qss))
    assert tokens and tokens <= set(theme.LIGHT) | {"window", "text", "base"} and set(theme.LIGHT) == set(theme.DARK)
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
