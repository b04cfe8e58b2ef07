"""The Reports page."""

from __future__ import annotations

from mediator_desk.ui.ui_reports_page import Ui_ReportsPage
from mediator_desk.views.page import Page


class ReportsPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)

    def title(self) -> str:
        return self.tr("Reports")
