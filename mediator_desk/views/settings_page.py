"""The Settings page."""

from __future__ import annotations

from mediator_desk.ui.ui_settings_page import Ui_SettingsPage
from mediator_desk.views.page import Page


class SettingsPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)

    def title(self) -> str:
        return self.tr("Settings")
