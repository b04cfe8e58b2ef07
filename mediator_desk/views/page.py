"""Base class for the main window's pages: changes made elsewhere reach a page as data, and a hidden page
only marks itself stale, refreshing when it is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mediator_desk.services.changes import Changes
from mediator_desk.views.context import AppContext


class Page(QWidget):
    """A page owns its widgets and talks to services; `refresh()` reloads what it shows."""

    changes_made = Signal(object)  # a Changes this page's commands made (the main window routes it)
    status_message = Signal(str)
    # The kinds of change (services.changes) that make this page redraw.
    RELEVANT: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database."""

    def show_current(self) -> None:
        """The page became the visible one: refresh if something it shows changed meanwhile."""
        if self.stale:
            self.stale = False
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Changes another page (or a merge, a sync) made: redraw now if visible, else later."""
        if not changes.touches(self.RELEVANT):
            return
        if self.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changes_made.emit(changes)
