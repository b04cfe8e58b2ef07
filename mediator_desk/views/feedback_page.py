"""The Feedback page."""

from __future__ import annotations

from mediator_desk.ui.ui_feedback_page import Ui_FeedbackPage
from mediator_desk.views.page import Page


class FeedbackPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_FeedbackPage()
        self.ui.setupUi(self)

    def title(self) -> str:
        return self.tr("Feedback")
