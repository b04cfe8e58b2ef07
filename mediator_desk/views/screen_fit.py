"""Windows and dialogs that never open larger than the screen's free area (a 1366×768 laptop at 125 % scaling
with a taskbar leaves 1093×582 logical pixels), and fully on it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # the window manager's frame, before the window has one to measure


def available_area(widget: QWidget) -> QRect | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_on_screen(widget: QWidget, available: QRect | None = None) -> None:
    """Shrink `widget` (never below what its layout needs) to fit `available`, and move it fully onto it."""
    available = available or available_area(widget)
    if available is None:
        return
    frame = widget.frameGeometry()
    extra_w = max(frame.width() - widget.width(), 0)
    extra_h = max(frame.height() - widget.height(), 0) or TITLE_BAR
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    width = max(min(widget.width(), available.width() - extra_w), minimum.width())
    height = max(min(widget.height(), available.height() - extra_h), minimum.height())
    widget.resize(width, height)
    x = min(max(widget.x(), available.left()), available.right() - width - extra_w + 1)
    y = min(max(widget.y(), available.top()), available.bottom() - height - extra_h + 1)
    widget.move(max(x, available.left()), max(y, available.top()))
