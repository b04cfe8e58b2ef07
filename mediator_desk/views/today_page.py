"""The Today page: the day at a glance for the chosen exhibition, with the fast tour actions."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView

from mediator_desk.db import repositories as repo
from mediator_desk.services.overview import day_overview
from mediator_desk.services.timeutil import local
from mediator_desk.ui.ui_today_page import Ui_TodayPage
from mediator_desk.views.models import ID_ROLE, SessionTableModel
from mediator_desk.views.page import Page
from mediator_desk.views.tour_actions import TourActions


class TodayPage(Page):
    exhibition_changed = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.model = SessionTableModel(self)
        self.ui.sessionsView.setModel(self.model)
        self.ui.sessionsView.verticalHeader().hide()
        self.ui.sessionsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.sessionsView.horizontalHeader().setStretchLastSection(True)
        self.ui.sessionsView.setColumnHidden(SessionTableModel.DATE, True)
        self.ui.sessionsView.setColumnHidden(SessionTableModel.EXHIBITION, True)
        self._loading = False
        self.actions_ = TourActions(ctx, self)
        self.ui.exhibitionCombo.currentIndexChanged.connect(self._on_exhibition_changed)
        self.ui.meCombo.currentIndexChanged.connect(self._on_me_changed)
        self.ui.startTourButton.clicked.connect(self._on_start_clicked)
        self.ui.endTourButton.clicked.connect(self._on_end_clicked)
        self.ui.repeatButton.clicked.connect(self._on_repeat_clicked)
        self.ui.sessionsView.doubleClicked.connect(self._on_edit_requested)
        self.actions_.session_saved.connect(self._on_session_saved)
        self.actions_.stack.indexChanged.connect(self._on_undo_index_changed)
        stack = self.actions_.stack
        for keys, slot, button in (("Ctrl+T", self._on_start_clicked, self.ui.startTourButton),
                                   ("Ctrl+E", self._on_end_clicked, self.ui.endTourButton),
                                   ("Ctrl+R", self._on_repeat_clicked, self.ui.repeatButton),
                                   ("Ctrl+Z", stack.undo, None), ("Ctrl+Shift+Z", stack.redo, None),
                                   ("Return", self._on_edit_requested, None)):
            shortcut = QShortcut(QKeySequence(keys), self.ui.sessionsView if keys == "Return" else self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            if button is not None:
                button.setToolTip(f"{button.text().replace('&', '')} ({keys})")
        self.ui.endTourButton.setToolTip(self.tr("End the selected tour, or the one running now (Ctrl+E)"))
        self.ui.repeatButton.setToolTip(self.tr("Plan the selected tour again in the next slot (Ctrl+R)"))

    def title(self) -> str:
        return self.tr("Today")

    def exhibition_id(self) -> uuid.UUID | None:
        value = self.ui.exhibitionCombo.currentData()
        return uuid.UUID(value) if value else None

    def _load_mediators(self) -> None:
        combo = self.ui.meCombo
        self._loading = True
        combo.clear()
        combo.addItem(self.tr("(choose your name)"), "")
        with self.ctx.db.session() as s:
            for m in repo.mediators(s, active_only=True):
                combo.addItem(m.display_name, str(m.id))
        combo.setCurrentIndex(max(combo.findData(self.ctx.prefs.mediator_id), 0))
        self._loading = False

    def _load_exhibitions(self) -> None:
        self._loading = True
        combo = self.ui.exhibitionCombo
        combo.clear()
        with self.ctx.db.session() as s:
            exhibitions = repo.exhibitions(s)
            for ex in exhibitions:
                combo.addItem(f"{ex.title} — {ex.venue.name}", str(ex.id))
            wanted = self.ctx.prefs.exhibition_id
            if not wanted or combo.findData(wanted) < 0:
                today = self.ctx.now().date()
                current = repo.current_exhibition(s, today)
                wanted = str(current.id) if current else ""
        index = combo.findData(wanted)
        combo.setCurrentIndex(max(index, 0))
        self._loading = False

    def refresh(self) -> None:
        self._load_exhibitions()  # a few rows: reloaded each time, so Settings' changes show at once
        self._load_mediators()
        selected = self.selected_id()
        ex_id = self.exhibition_id()
        with self.ctx.db.session() as s:
            ex = s.get(repo.Exhibition, ex_id) if ex_id else None
            tz = ex.venue.timezone if ex else "UTC"
        day = local(self.ctx.now(), tz).date()
        ov = day_overview(self.ctx.db, day, ex_id)
        self.ui.dayLabel.setText(self.locale().toString(day, self.locale().FormatType.LongFormat))
        self.ui.walkInValue.setText(f"{ov.walk_in_total:,}")
        self.ui.sessionsValue.setText(f"{len(ov.held)} / {len(ov.sessions)}")
        self.ui.sessionsCaption.setText(self.tr("tours held / planned today"))
        self.ui.participantsValue.setText(f"{ov.participants:,}")
        self.ui.feedbackValue.setText(f"{ov.feedback_count:,}")
        self.model.set_rows(ov.sessions)
        self.select(selected)
        running = [r for r in ov.sessions if r.status == "in_progress"]
        self.ui.endTourButton.setEnabled(bool(running))
        self.ui.repeatButton.setEnabled(bool(ov.sessions))

    def selected_id(self) -> uuid.UUID | None:
        rows = self.ui.sessionsView.selectionModel().selectedRows()
        return uuid.UUID(rows[0].data(ID_ROLE)) if rows else None

    def select(self, session_id: uuid.UUID | None) -> None:
        for r in range(self.model.rowCount()):
            if session_id is not None and self.model.index(r, 0).data(ID_ROLE) == str(session_id):
                self.ui.sessionsView.selectRow(r)
                return

    def _on_me_changed(self, _index: int) -> None:
        if not self._loading:
            self.ctx.prefs.mediator_id = self.ui.meCombo.currentData() or ""

    def _on_start_clicked(self) -> None:
        if not self.ui.meCombo.currentData():
            self.ctx.prompts.info(self, self.tr("Start tour"),
                                  self.tr("Choose your name under “I am” first: the tour starts with you as its lead."))
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

    def _on_session_saved(self, session_id: str) -> None:
        self.refresh()
        self.select(uuid.UUID(session_id))

    def _on_undo_index_changed(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    def _on_exhibition_changed(self, _index: int) -> None:
        if self._loading:
            return
        value = self.ui.exhibitionCombo.currentData() or ""
        self.ctx.prefs.exhibition_id = value
        self.refresh()
        self.exhibition_changed.emit(value)
