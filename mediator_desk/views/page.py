"""Base class for the main window's pages: changes made elsewhere reach a page as data, and a hidden page
only marks itself stale, refreshing when it is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from mediator_desk.services.changes import Changes
from mediator_desk.views.context import AppContext


class Page(QWidget):
    """A page owns its widgets and talks to services; `refresh()` reloads what it shows."""

    status_message = Signal(str)
    action_requested = Signal(str)  # an empty page's button: "setup", "settings:mediator", "start_tour"…
    # The kinds of change (services.changes) that make this page redraw.
    RELEVANT: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self._empty = None

    def title(self) -> str:
        raise NotImplementedError

    def shortcut(self, keys: str, slot, widget: QWidget | None = None) -> QShortcut:
        """A key for this page (or one of its widgets) while it, or something in it, has the focus. Ctrl+N is
        every page's main action: a new tour, a new feedback entry, starting a tour, making the report."""
        made = QShortcut(QKeySequence(keys), widget or self)
        made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        made.activated.connect(slot)
        return made

    def refresh(self) -> None:
        """Reload from the database."""

    def show_current(self) -> None:
        """The page became the visible one: refresh if something it shows changed meanwhile."""
        if self.stale:
            self.stale = False
            self.refresh()
        self.update_empty_state()

    def empty_reason(self) -> tuple[str, str, str] | None:
        """(what to do next, the button's text, its action) when the page has nothing to show yet."""
        choices = self.ctx.choices()
        if not choices.exhibitions:
            if self.ctx.db.read_only:
                return None
            return (QCoreApplication.translate("Page", "There is no exhibition yet. Set up your venue and its "
                                               "first exhibition, or explore with demo data."),
                    QCoreApplication.translate("Page", "Set up…"), "setup")
        return None

    def update_empty_state(self) -> None:
        reason = self.empty_reason()
        if reason is None:
            if self._empty is not None:
                self._empty.hide()
            return
        if self._empty is None:
            from mediator_desk.views.widgets.empty_state import EmptyState

            self._empty = EmptyState(self)
            self._empty.action_requested.connect(self.action_requested)
            self.layout().insertWidget(1 if self.layout().count() > 1 else 0, self._empty)
        self._empty.show_state(*reason)

    @property
    def empty_state(self):
        return self._empty

    def on_changes(self, changes: Changes) -> None:
        """What an operation changed (this page's, another page's, a merge's or a sync's): redraw now if the
        page is visible and shows such records, else when it is next shown. `redraw` may use the ids."""
        if not changes.touches(self.RELEVANT):
            return
        if self.isVisible():
            self.stale = False
            self.redraw(changes)
            self.update_empty_state()
        else:
            self.stale = True

    def redraw(self, changes: Changes) -> None:
        """Redraw for `changes` (the whole page by default; a page with rows may redraw only theirs)."""
        self.refresh()

    def publish(self, changes: Changes) -> None:
        """Hand Changes made outside the runner (a dialog's save) to every page."""
        if changes and self.ctx.ops is not None:
            self.ctx.ops.publish(changes)

    def reset_exhibition(self) -> None:
        """The database or the exhibition this laptop works on changed: forget what was chosen on the page."""

    def can_close(self) -> bool:
        """Whether the window may close now (a page with unsaved or running work asks first)."""
        return True
