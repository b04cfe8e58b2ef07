"""The main window: assembles the pages, the navigation, the status bar; remembers its geometry."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow

from mediator_desk.ui.ui_main_window import Ui_MainWindow
from mediator_desk.views.context import AppContext
from mediator_desk.views.counter_page import CounterPage
from mediator_desk.views.feedback_page import FeedbackPage
from mediator_desk.views.page import Page
from mediator_desk.views.reports_page import ReportsPage
from mediator_desk.views.settings_page import SettingsPage
from mediator_desk.views.today_page import TodayPage
from mediator_desk.views.tours_page import ToursPage

PAGE_ORDER = ("today", "tours", "counter", "feedback", "reports", "settings")


class MainWindow(QMainWindow):
    ready = Signal()  # the window is shown and its first page filled

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, Page] = {
            "today": TodayPage(ctx), "tours": ToursPage(ctx), "counter": CounterPage(ctx),
            "feedback": FeedbackPage(ctx), "reports": ReportsPage(ctx), "settings": SettingsPage(ctx),
        }
        for number, key in enumerate(PAGE_ORDER, start=1):
            page = self.pages[key]
            self.ui.pageStack.addWidget(page)
            item = QListWidgetItem(page.title())
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
            self.ui.navList.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda k=key: self.show_page(k))
        self._db_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self._db_label)
        self._db_label.setText(self.tr("Database: %1 — everything is saved on this laptop as you work")
                               .replace("%1", str(ctx.db.path)))
        self.ui.navList.currentRowChanged.connect(self._on_nav_row_changed)
        self._connect_pages()
        geometry = ctx.prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._ready_sent = False

    def _connect_pages(self) -> None:
        today: TodayPage = self.pages["today"]  # type: ignore[assignment]
        today.exhibition_changed.connect(self._on_exhibition_changed)
        for page in self.pages.values():
            if hasattr(page, "data_changed"):
                page.data_changed.connect(self._on_data_changed)
            if hasattr(page, "status_message"):
                page.status_message.connect(lambda text: self.ui.statusBar.showMessage(text, 5000))

    def current_key(self) -> str:
        return PAGE_ORDER[self.ui.pageStack.currentIndex()]

    def show_page(self, key: str) -> None:
        self.ui.navList.setCurrentRow(PAGE_ORDER.index(key))

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGE_ORDER[row]]
        self.ui.pageStack.setCurrentWidget(page)
        page.refresh()
        page.setFocus()

    def _on_exhibition_changed(self, _exhibition_id: str) -> None:
        for key, page in self.pages.items():
            if key != "today" and hasattr(page, "reset_exhibition"):
                page.reset_exhibition()

    def _on_data_changed(self) -> None:
        self.pages["today"].refresh() if self.current_key() != "today" else None

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.ui.navList.currentRow() < 0:
            self.show_page("today")
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self.ready.emit)

    def closeEvent(self, event) -> None:  # noqa: N802
        for page in self.pages.values():
            if hasattr(page, "can_close") and not page.can_close():
                event.ignore()
                return
        self.ctx.prefs.set_geometry(self.saveGeometry())
        super().closeEvent(event)
