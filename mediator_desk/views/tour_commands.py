"""Undoable tour changes (QUndoCommand): create, edit, delete. The database work is in services.tours."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from mediator_desk.services import tours
from mediator_desk.services.tours import SessionDraft


class _Done(QUndoCommand):
    """A change already made when pushed: the first redo() (which push() calls) does nothing."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


class SavedTour(_Done):
    """A tour created (before is None) or edited; undo puts back the state before."""

    def __init__(self, ctx, before: SessionDraft | None, after: SessionDraft, text: str) -> None:
        super().__init__(text)
        self.ctx, self.before, self.after = ctx, before, after

    def apply(self) -> None:
        tours.restore_state(self.ctx.db, self.after, self.ctx.device_id)

    def undo(self) -> None:
        if self.before is None:
            tours.delete(self.ctx.db, self.after.id, self.ctx.device_id)
        else:
            tours.restore_state(self.ctx.db, self.before, self.ctx.device_id)


class DeletedTour(_Done):
    def __init__(self, ctx, session_id, text: str) -> None:
        super().__init__(text)
        self.ctx, self.session_id = ctx, session_id

    def apply(self) -> None:
        tours.delete(self.ctx.db, self.session_id, self.ctx.device_id)

    def undo(self) -> None:
        tours.undelete(self.ctx.db, self.session_id, self.ctx.device_id)


def undo_stack(ctx) -> QUndoStack:
    """The run's one stack of tour changes, shared by the Today and Tours pages."""
    if ctx.undo_stack is None:
        ctx.undo_stack = QUndoStack()
    return ctx.undo_stack
