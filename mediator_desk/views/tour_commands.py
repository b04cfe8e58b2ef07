"""Undoable tour changes (QUndoCommand): create, edit, delete. The database work is in services.tours; every
undo and redo hands its Changes on, so every page redraws what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from mediator_desk.services import tours
from mediator_desk.services.changes import Changes
from mediator_desk.services.tours import SessionDraft


class _Done(QUndoCommand):
    """A change already made when pushed: the first redo() (which push() calls) does nothing."""

    def __init__(self, ctx, text: str, publish: Callable[[Changes], None]) -> None:
        super().__init__(text)
        self.ctx, self.publish = ctx, publish
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.publish(self.apply())

    def undo(self) -> None:
        self.publish(self.revert())

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError


class SavedTour(_Done):
    """A tour created (before is None) or edited; undo puts back the state before."""

    def __init__(self, ctx, before: SessionDraft | None, after: SessionDraft, text: str, publish) -> None:
        super().__init__(ctx, text, publish)
        self.before, self.after = before, after

    def apply(self) -> Changes:
        return tours.restore_state(self.ctx.db, self.after, self.ctx.device_id)

    def revert(self) -> Changes:
        if self.before is None:
            return tours.delete(self.ctx.db, self.after.id, self.ctx.device_id)
        return tours.restore_state(self.ctx.db, self.before, self.ctx.device_id)


class DeletedTour(_Done):
    def __init__(self, ctx, session_id, text: str, publish) -> None:
        super().__init__(ctx, text, publish)
        self.session_id = session_id

    def apply(self) -> Changes:
        return tours.delete(self.ctx.db, self.session_id, self.ctx.device_id)

    def revert(self) -> Changes:
        return tours.undelete(self.ctx.db, self.session_id, self.ctx.device_id)


class JoinedDuplicates(_Done):
    """Records made twice joined into one (services.team.duplicates); undo brings the others back."""

    def __init__(self, ctx, joined, text: str, publish) -> None:
        super().__init__(ctx, text, publish)
        self.joined = joined

    def apply(self) -> Changes:
        from mediator_desk.services.team import duplicates

        self.joined, changes = duplicates.join(self.ctx.db, self.joined.kind, self.joined.keep,
                                               list(self.joined.others), self.ctx.device_id)
        return changes

    def revert(self) -> Changes:
        from mediator_desk.services.team import duplicates

        return duplicates.unjoin(self.ctx.db, self.joined, self.ctx.device_id)


def undo_stack(ctx) -> QUndoStack:
    """The run's one stack of tour changes, shared by the Today and Tours pages."""
    if ctx.undo_stack is None:
        ctx.undo_stack = QUndoStack()
    return ctx.undo_stack
