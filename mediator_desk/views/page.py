"""Base class for the main window's pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mediator_desk.views.context import AppContext


class Page(QWidget):
    """A page owns its widgets and talks to services; `refresh()` reloads what it shows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database (called when the page is shown and after changes)."""
