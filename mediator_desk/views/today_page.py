"""The Today page: the day at a glance for the chosen exhibition, with the fast tour actions."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView

from mediator_desk.db import repositories as repo
from mediator_desk.services.overview import day_overview
from mediator_desk.services.timeutil import local
from mediator_desk.ui.ui_today_page import Ui_TodayPage
from mediator_desk.views.models import SessionTableModel
from mediator_desk.views.page import Page


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
        # The tour actions arrive with the session editor; until then they are shown, disabled, and say why.
        for button in (self.ui.startTourButton, self.ui.endTourButton, self.ui.repeatButton):
            button.setEnabled(False)
            button.setToolTip(self.tr("Coming with the tour editor; tours are recorded by the demo data for now."))
        self.ui.exhibitionCombo.currentIndexChanged.connect(self._on_exhibition_changed)

    def title(self) -> str:
        return self.tr("Today")

    def exhibition_id(self) -> uuid.UUID | None:
        value = self.ui.exhibitionCombo.currentData()
        return uuid.UUID(value) if value else None

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
        if self.ui.exhibitionCombo.count() == 0:
            self._load_exhibitions()
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

    def _on_exhibition_changed(self, _index: int) -> None:
        if self._loading:
            return
        value = self.ui.exhibitionCombo.currentData() or ""
        self.ctx.prefs.exhibition_id = value
        self.refresh()
        self.exhibition_changed.emit(value)
