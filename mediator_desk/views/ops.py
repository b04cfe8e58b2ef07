"""The one runner of operations that write (Anki's `CollectionOp`): a view hands it an operation, and it runs it
(off the UI thread when the work is long), shows its error, pushes its undo step and publishes its Changes —
which the main window routes to every page, the one that asked included. Pages redraw only when a change
reaches them (Page.on_changes); none refreshes itself after its own command."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from mediator_desk.errors import MediatorDeskError, ValidationErrors
from mediator_desk.services.changes import Changes, changes_of
from mediator_desk.views.jobs import Job, JobRunner

log = logging.getLogger(__name__)


class Ops(QObject):
    published = Signal(object)  # the Changes of every operation, undo and redo (routed to every page)

    def __init__(self, ctx, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        if ctx.undo_stack is None:
            ctx.undo_stack = QUndoStack(self)
        self.stack: QUndoStack = ctx.undo_stack
        self.jobs = JobRunner(window)

    def publish(self, changes: Changes | None) -> None:
        if changes:
            self.published.emit(changes)

    def error(self, title: str, exc: MediatorDeskError, parent: QWidget | None = None) -> None:
        from mediator_desk.views.problems import problem_text

        text = problem_text(exc.problems[0]) if isinstance(exc, ValidationErrors) and exc.problems else str(exc)
        self.ctx.prompts.error(parent or self.window, title, text)

    def run(self, title: str, operation: Callable[[], Any], *, parent: QWidget | None = None,
            undo: Callable[[Any], QUndoCommand | None] | None = None,
            errors: tuple[type[MediatorDeskError], ...] = (MediatorDeskError,)) -> Any:
        """Run a short operation now. On an error it can act on, the user reads it and None comes back;
        otherwise its undo step (made from its result) is pushed, its Changes published, and its result
        returned. `errors` narrows what is shown here (a caller that handles validation itself passes the
        others)."""
        try:
            result = operation()
        except errors as exc:
            log.info("%s: %s", title, exc)
            self.error(title, exc, parent)
            return None
        if undo is not None:
            command = undo(result)
            if command is not None:
                self.push(command)
        self.publish(changes_of(result))
        return result

    def push(self, command: QUndoCommand) -> None:
        """An undo step for a change already made and published (its redo does nothing the first time)."""
        self.stack.push(command)

    def run_long(self, title: str, work: Callable[[Callable[[int, int], bool]], Any],
                 on_done: Callable[[Any], None] | None = None, *, label: str = "", dialog: bool = True,
                 on_failed: Callable[[str], None] | None = None,
                 on_cancelled: Callable[[], None] | None = None, parent: QWidget | None = None,
                 runner: JobRunner | None = None) -> Job:
        """Run long work off the UI thread (with a progress window and Cancel when `dialog`), on the page's own
        `runner` if it has one (one job at a time there); what it changed is published when it finishes."""
        runner = runner or (JobRunner(parent) if parent is not None else self.jobs)

        def done(result) -> None:
            self.publish(changes_of(result))
            if on_done is not None:
                on_done(result)

        def failed(message: str) -> None:
            if on_failed is not None:
                on_failed(message)
            else:
                self.ctx.prompts.error(parent or self.window, title, message)

        return runner.start(title, work, done, failed, label=label, dialog=dialog, on_cancelled=on_cancelled)


class Done(QUndoCommand):
    """A change already made when pushed: the first redo() (which push() calls) does nothing; undo and redo
    publish the Changes they make through the runner."""

    def __init__(self, ops: Ops, text: str) -> None:
        super().__init__(text)
        self.ops, self.ctx = ops, ops.ctx
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ops.publish(self.apply())

    def undo(self) -> None:
        self.ops.publish(self.revert())

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError
