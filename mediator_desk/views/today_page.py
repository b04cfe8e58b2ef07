"""The Today page: the day at a glance for the chosen exhibition, with the fast tour actions."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView

from mediator_desk.services.changes import COUNT, FEEDBACK, REFERENCE, TEAM, TOUR
from mediator_desk.services.choices import as_uuid
from mediator_desk.services.overview import day_overview
from mediator_desk.services.timeutil import local
from mediator_desk.ui.ui_today_page import Ui_TodayPage
from mediator_desk.views.formatting import day_text, fmt, num
from mediator_desk.views.models import ID_ROLE, TourTableModel
from mediator_desk.views.page import Page
from mediator_desk.views.tour_actions import TourActions
from mediator_desk.views.widgets import pickers


class TodayPage(Page):
    exhibition_changed = Signal(str)
    RELEVANT = frozenset({COUNT, TOUR, FEEDBACK, REFERENCE, TEAM})

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.model = TourTableModel(self)
        self.ui.toursView.setModel(self.model)
        self.ui.toursView.verticalHeader().hide()
        self.ui.toursView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.toursView.horizontalHeader().setStretchLastSection(True)
        self.ui.toursView.setColumnHidden(TourTableModel.DATE, True)
        self.ui.toursView.setColumnHidden(TourTableModel.EXHIBITION, True)
        self.actions_ = TourActions(ctx, self)
        self.ui.exhibitionCombo.currentIndexChanged.connect(self._on_exhibition_changed)
        self.ui.meCombo.currentIndexChanged.connect(self._on_me_changed)
        self.ui.startTourButton.clicked.connect(self.start_tour)
        self.ui.endTourButton.clicked.connect(self._on_end_clicked)
        self.ui.repeatButton.clicked.connect(self._on_repeat_clicked)
        self.ui.toursView.doubleClicked.connect(self._on_edit_requested)
        self.actions_.tour_saved.connect(self._on_tour_saved)
        stack = self.actions_.stack
        self.ui.startTourButton.setToolTip(self.tr("Start tour (Ctrl+N or Ctrl+T)"))  # Edit → Start a tour, anywhere
        for keys, slot, button in (("Ctrl+E", self._on_end_clicked, self.ui.endTourButton),
                                   ("Ctrl+R", self._on_repeat_clicked, self.ui.repeatButton),
                                   ("Ctrl+N", self.start_tour, None),  # the page's main action, as on every page
                                   ("Ctrl+Z", stack.undo, None), ("Ctrl+Shift+Z", stack.redo, None),
                                   ("Return", self._on_edit_requested, None)):
            self.shortcut(keys, slot, self.ui.toursView if keys == "Return" else None)
            if button is not None:
                button.setToolTip(f"{button.text().replace('&', '')} ({keys})")
        self.ui.endTourButton.setToolTip(self.tr("End the selected tour, or the one running now (Ctrl+E)"))
        self.ui.repeatButton.setToolTip(self.tr("Plan the selected tour again in the next slot (Ctrl+R)"))

    def title(self) -> str:
        return self.tr("Today")

    def empty_reason(self) -> tuple[str, str, str] | None:
        found = super().empty_reason()
        if found is None and not self.ctx.db.read_only and not self.ctx.choices().mediators:
            return (self.tr("Nobody is in the team yet: add the mediators so that tours and counts have a name."),
                    self.tr("Add the team…"), "settings:mediator")
        return found

    def exhibition_id(self) -> uuid.UUID | None:
        return as_uuid(self.ui.exhibitionCombo.currentData())

    def _fill_pickers(self) -> None:
        choices = self.ctx.choices()
        current = self.ctx.exhibition()
        pickers.fill(self.ui.exhibitionCombo, pickers.exhibitions(choices),
                     select=str(current.id) if current else None)
        me = self.ctx.me()
        pickers.fill(self.ui.meCombo, pickers.mediators(choices, active_only=True),
                     first=(self.tr("(choose your name)"), ""), select=str(me.id) if me else "")

    def refresh(self) -> None:
        self._fill_pickers()
        selected = self.selected_id()
        exhibition = self.ctx.choices().exhibition(self.exhibition_id())
        if exhibition is None:
            self.ui.dayLabel.setText(day_text(self.ctx.now().date(), long=True))
            for label in (self.ui.walkInValue, self.ui.participantsValue, self.ui.feedbackValue):
                label.setText(num(0))
            self.ui.toursValue.setText(f"{num(0)} / {num(0)}")
            self.model.set_rows([])
            for button in (self.ui.endTourButton, self.ui.repeatButton):
                button.setEnabled(False)
            return
        day = local(self.ctx.now(), exhibition.timezone).date()
        ov = day_overview(self.ctx.db, day, exhibition.id, exhibition.timezone)
        self.ui.dayLabel.setText(day_text(day, long=True))
        self.ui.walkInValue.setText(num(ov.walk_in_total))
        self.ui.toursValue.setText(f"{num(len(ov.held))} / {num(len(ov.sessions))}")
        self.ui.toursCaption.setText(self.tr("tours held / planned today"))
        self.ui.participantsValue.setText(num(ov.participants))
        self.ui.feedbackValue.setText(num(ov.feedback_count))
        self.model.set_rows(ov.sessions)
        self.select(selected)
        self.ui.endTourButton.setEnabled(bool(ov.running))
        self.ui.repeatButton.setEnabled(bool(ov.sessions))

    def selected_id(self) -> uuid.UUID | None:
        rows = self.ui.toursView.selectionModel().selectedRows()
        return uuid.UUID(rows[0].data(ID_ROLE)) if rows else None

    def select(self, session_id: uuid.UUID | None) -> None:
        for r in range(self.model.rowCount()):
            if session_id is not None and self.model.index(r, 0).data(ID_ROLE) == str(session_id):
                self.ui.toursView.selectRow(r)
                return

    def _on_me_changed(self, _index: int) -> None:
        self.ctx.work.mediator_id = self.ui.meCombo.currentData() or ""

    def start_tour(self) -> None:
        if not self.ctx.choices().mediators:  # the tour editor would ask to pick a name from an empty list
            self.ctx.prompts.info(self, self.tr("Start tour"), self.tr("Add the team first (Settings → Mediators): "
                                                                      "every tour has a lead mediator."))
            self.action_requested.emit("settings:mediator")
            return
        if not self.ui.meCombo.currentData():
            self.ctx.prompts.info(self, self.tr("Start tour"),
                                  self.tr("Choose your name under “I am” first: the tour starts with you as its lead.")
                                  if self.ui.meCombo.count() > 1 else
                                  self.tr("Add the team's names first (Settings → Mediators): a tour starts with "
                                          "its lead mediator."))
            self.ui.meCombo.setFocus()
            return
        self.actions_.start(self.exhibition_id())

    def _on_end_clicked(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            row = next((r for r in self.model.rows() if r.id == selected), None)
            if row is None or row.status != "in_progress":
                selected = None
        self.actions_.end(selected, self.exhibition_id())

    def _on_repeat_clicked(self) -> None:
        selected = self.selected_id()
        if selected is None and self.model.rowCount():
            selected = self.model.row_at(self.model.rowCount() - 1).id  # the day's last tour
        if selected is not None:
            self.actions_.repeat(selected)

    def _on_edit_requested(self, *_args) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.actions_.edit(selected)

    def _on_tour_saved(self, session_id: str) -> None:
        """The page has redrawn (its Changes came through on_changes): select the tour."""
        self.select(uuid.UUID(session_id))

    def _on_exhibition_changed(self, _index: int) -> None:
        value = self.ui.exhibitionCombo.currentData() or ""
        self.ctx.work.exhibition_id = value
        self.refresh()
        self.exhibition_changed.emit(value)
        self.status_message.emit(fmt(self.tr("Working on “%1”."), self.ui.exhibitionCombo.currentText()))
