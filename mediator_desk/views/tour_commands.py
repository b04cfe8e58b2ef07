"""Undoable tour changes (QUndoCommand): create, edit, delete; and records made twice joined into one. The
database work is in services; every undo and redo hands its Changes to the runner (views/ops.py), so every
page redraws what it shows."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from mediator_desk.services import tours
from mediator_desk.services.changes import Changes
from mediator_desk.services.tours import TourDraft
from mediator_desk.views.ops import Done, Ops


class SavedTour(Done):
    """A tour created (before is None) or edited; undo puts back the state before."""

    def __init__(self, ops: Ops, before: TourDraft | None, after: TourDraft, text: str) -> None:
        super().__init__(ops, text)
        self.before, self.after = before, after

    def apply(self) -> Changes:
        return tours.restore_state(self.ctx.db, self.after, self.ctx.device_id)

    def revert(self) -> Changes:
        if self.before is None:
            return tours.delete(self.ctx.db, self.after.id, self.ctx.device_id)
        return tours.restore_state(self.ctx.db, self.before, self.ctx.device_id)


class DeletedTour(Done):
    def __init__(self, ops: Ops, session_id, text: str) -> None:
        super().__init__(ops, text)
        self.session_id = session_id

    def apply(self) -> Changes:
        return tours.delete(self.ctx.db, self.session_id, self.ctx.device_id)

    def revert(self) -> Changes:
        return tours.undelete(self.ctx.db, self.session_id, self.ctx.device_id)


class JoinedDuplicates(Done):
    """Records made twice joined into one (services.team.duplicates); undo brings the others back."""

    def __init__(self, ops: Ops, joined, text: str) -> None:
        super().__init__(ops, text)
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
    """The run's one stack of changes, shared by every page (the runner's)."""
    if ctx.undo_stack is None:
        ctx.undo_stack = QUndoStack()
    return ctx.undo_stack
