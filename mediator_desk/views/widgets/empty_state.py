"""What an empty page says: what to do next, with a button that does it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class EmptyState(QFrame):
    action_requested = Signal(str)  # the action's key (the main window carries it out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("emptyStateLabel")
        self.button = QPushButton()
        self.button.setObjectName("emptyStateButton")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action = ""
        self.button.clicked.connect(lambda: self.action_requested.emit(self._action))
        self.hide()

    def show_state(self, text: str, button: str, action: str) -> None:
        self.label.setText(text)
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self._action = action
        self.show()
