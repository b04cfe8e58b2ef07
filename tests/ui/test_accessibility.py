"""Keyboard and screen-reader use: Tab through every page; each stop has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from mediator_desk.views.main_window import PAGE_ORDER


def accessible_name(widget) -> str:
    """The name assistive technology reads: the accessible name, a buddy label's text, or the widget's text."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def tab_stops(qtbot, window, limit=200):
    """Every widget Tab reaches, in order, once round (a date field takes a Tab per part before it lets go)."""
    stops = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is None or (len(stops) > 1 and widget is stops[0]):
            break
        if widget not in stops:
            stops.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return stops


@pytest.mark.parametrize("key", PAGE_ORDER)
def test_every_tab_stop_on_every_page_has_a_name(qtbot, window, key):
    window.activateWindow()
    window.show_page(key)
    qtbot.wait(20)
    window.ui.navList.setFocus()
    stops = tab_stops(qtbot, window)
    assert window.ui.navList in stops and len(stops) >= 3  # the page list takes focus, and Tab moves on
    page = window.page(key)
    on_page = [w for w in stops if page.isAncestorOf(w)]
    assert on_page, f"Tab never reaches the {key} page"
    nameless = [f"{type(w).__name__} {w.objectName()!r}" for w in stops if not accessible_name(w)]
    assert nameless == []
