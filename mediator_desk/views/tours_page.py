"""The Tours page."""

from __future__ import annotations

from mediator_desk.ui.ui_tours_page import Ui_ToursPage
from mediator_desk.views.page import Page


class ToursPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ToursPage()
        self.ui.setupUi(self)

    def title(self) -> str:
        return self.tr("Tours")
