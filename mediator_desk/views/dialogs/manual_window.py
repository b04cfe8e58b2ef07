"""Help → Manual (F1): the short illustrated manual shipped with the app, in the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QDialog, QWidget

from mediator_desk import paths
from mediator_desk.ui.ui_manual_window import Ui_ManualWindow
from mediator_desk.views import theme
from mediator_desk.views.screen_fit import fit_on_screen

MANUAL_LANGUAGES = ("en", "ro", "it")


def manual_page(lang: str | None = None) -> Path:
    """The manual in `lang` (the interface language by default), English where there is none."""
    lang = (lang or QLocale().name())[:2]
    folder = paths.resources_dir() / "manual"
    return folder / (lang if lang in MANUAL_LANGUAGES else "en") / "index.html"


class ManualWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_ManualWindow()
        self.ui.setupUi(self)
        self.ui.browser.setAccessibleName(self.tr("Manual"))
        self.ui.buttonBox.rejected.connect(self.close)
        # Links and text in the palette's colours (dark themes included), not the HTML defaults.
        colours = theme.colours()
        self.ui.browser.document().setDefaultStyleSheet(
            f"a {{ color: {colours['link']}; }} body {{ color: {colours['text']}; }}")
        self.page = manual_page(lang)
        self.ui.browser.setSource(QUrl.fromLocalFile(str(self.page)))
        self.resize(780, 640)
        fit_on_screen(self)  # 640 px is taller than a 125 % laptop screen
