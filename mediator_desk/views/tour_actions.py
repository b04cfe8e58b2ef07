"""Tour actions shared by the Today and Tours pages: new, edit, start, end, repeat, delete — all undoable, all
run through the window's runner (views/ops.py), whose Changes make the pages redraw."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mediator_desk.errors import MediatorDeskError, ValidationErrors
from mediator_desk.services import tours
from mediator_desk.services.changes import TOUR, Changes
from mediator_desk.services.tours import TourDraft
from mediator_desk.views.formatting import fmt
from mediator_desk.views.problems import problem_text
from mediator_desk.views.tour_commands import DeletedTour, SavedTour, undo_stack


class TourActions(QObject):
    tour_saved = Signal(str)  # a tour was created or changed (its id), after every page heard of it

    def __init__(self, ctx, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.stack = undo_stack(ctx)
        self.last_dialog = None  # the open TourDialog (tests drive it)

    @property
    def ops(self):
        if self.ctx.ops is None:  # a page on its own (no window): a runner of its own
            from mediator_desk.views.ops import Ops

            self.ctx.ops = Ops(self.ctx, self.parent_widget)
        return self.ctx.ops

    def _me(self) -> uuid.UUID | None:
        me = self.ctx.me()
        return me.id if me else None

    def _error(self, title: str, exc: MediatorDeskError) -> None:
        self.ops.error(title, exc, self.parent_widget)

    def _edit(self, draft: TourDraft, *, is_new: bool, before: TourDraft | None, text: str,
              started=None):
        """Open the editor (window-modal, not blocking); a save is pushed on the undo stack."""
        from mediator_desk.views.dialogs.tour_dialog import TourDialog  # first use, not at start-up

        dialog = TourDialog(self.ctx, draft, is_new=is_new, parent=self.parent_widget,
                               suggested_group=tours.suggested_group(self.ctx.db, self._me()))
        self.last_dialog = dialog

        def on_saved(session_id: str) -> None:
            after = tours.load(self.ctx.db, uuid.UUID(session_id))
            if before != after:
                self.ops.push(SavedTour(self.ops, before, after, text))
            self.ops.publish(Changes.of(TOUR, ids=[after.id]))
            self.tour_saved.emit(session_id)

        def on_rejected() -> None:
            # Cancel after Start tour takes back what Start stored (Redo brings it back).
            if started is not None and self.stack.index() > 0 and \
                    self.stack.command(self.stack.index() - 1) is started:
                self.stack.undo()

        def on_finished(_result: int) -> None:
            if self.last_dialog is dialog:
                self.last_dialog = None
            dialog.deleteLater()

        dialog.saved.connect(on_saved)
        dialog.rejected.connect(on_rejected)
        dialog.finished.connect(on_finished)
        dialog.open()
        dialog.activateWindow()  # keyboard focus goes to the editor, whatever the window manager does
        return dialog

    def new(self, exhibition_id: uuid.UUID | None):
        me = self._me()
        draft = TourDraft(exhibition_id=exhibition_id, planned_start=self.ctx.now(),
                             mediator_ids=[me] if me else [], lead_id=me)
        return self._edit(draft, is_new=True, before=None, text=self.tr("New tour"))

    def edit(self, session_id: uuid.UUID):
        try:
            before = tours.load(self.ctx.db, session_id)
        except MediatorDeskError as exc:
            self._error(self.tr("Edit tour"), exc)
            return None
        return self._edit(before, is_new=False, before=before, text=self.tr("Edit tour"))

    def start(self, exhibition_id: uuid.UUID | None) -> str | None:
        """Store a tour starting now (prefilled from my last one), then open it to add the groups."""
        if exhibition_id is None:
            self.ctx.prompts.info(self.parent_widget, self.tr("Start tour"), self.tr("Choose the exhibition first."))
            return None
        warnings = tours.start_warnings(self.ctx.db, exhibition_id, self.ctx.now())
        if warnings and not self.ctx.prompts.confirm(
                self.parent_widget, self.tr("Start tour"),
                fmt(self.tr("%1\n\nStart the tour anyway?"), "\n".join(problem_text(p) for p in warnings)),
                yes=self.tr("Start anyway"), no=self.tr("Don't start")):
            return None
        commands = []

        def start_and_remember(result):
            command = SavedTour(self.ops, None, tours.load(self.ctx.db, result[0]), self.tr("Start tour"))
            commands.append(command)
            return command

        result = self.ops.run(self.tr("Start tour"), lambda: tours.start_tour(
            self.ctx.db, exhibition_id, self._me(), self.ctx.now(), self.ctx.device_id),
            parent=self.parent_widget, undo=start_and_remember)
        if result is None:
            return None
        session_id = result[0]
        self.tour_saved.emit(str(session_id))
        self._edit(commands[0].after, is_new=False, before=commands[0].after, text=self.tr("Edit tour"),
                   started=commands[0])
        return str(session_id)

    def end(self, session_id: uuid.UUID | None, exhibition_id: uuid.UUID | None) -> bool:
        """Stamp the end of the given tour, or of the one running now."""
        session_id = session_id or tours.running_tour(self.ctx.db, exhibition_id, self.ctx.now())
        if session_id is None:
            self.ctx.prompts.info(self.parent_widget, self.tr("End tour"), self.tr("No tour is running."))
            return False
        try:
            before = tours.load(self.ctx.db, session_id)
        except MediatorDeskError as exc:
            self._error(self.tr("End tour"), exc)
            return False
        try:
            changes = tours.end_tour(self.ctx.db, session_id, self.ctx.now(), self.ctx.device_id)
        except ValidationErrors as exc:  # the tour has not started: a notice, not an error
            self.ctx.prompts.info(self.parent_widget, self.tr("End tour"), problem_text(exc.problems[0]))
            return False
        except MediatorDeskError as exc:
            self._error(self.tr("End tour"), exc)
            return False
        self.ops.push(SavedTour(self.ops, before, tours.load(self.ctx.db, session_id), self.tr("End tour")))
        self.ops.publish(changes)
        self.tour_saved.emit(str(session_id))
        return True

    def repeat(self, session_id: uuid.UUID) -> str | None:
        result = self.ops.run(
            self.tr("Repeat tour"), lambda: tours.repeat(self.ctx.db, session_id, self.ctx.device_id),
            parent=self.parent_widget,
            undo=lambda made: SavedTour(self.ops, None, tours.load(self.ctx.db, made[0]), self.tr("Repeat tour")))
        if result is None:
            return None
        self.tour_saved.emit(str(result[0]))
        return str(result[0])

    def delete(self, session_id: uuid.UUID, description: str) -> bool:
        if not self.ctx.prompts.confirm(
                self.parent_widget, self.tr("Delete tour"),
                fmt(self.tr("Delete the tour %1 and its groups?\nYou can undo this with Ctrl+Z."), description),
                yes=self.tr("Delete"), no=self.tr("Keep")):
            return False
        result = self.ops.run(self.tr("Delete tour"), lambda: tours.delete(self.ctx.db, session_id, self.ctx.device_id),
                              parent=self.parent_widget,
                              undo=lambda _changes: DeletedTour(self.ops, session_id, self.tr("Delete tour")))
        return result is not None
