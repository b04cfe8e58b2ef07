"""Every message box of the app goes through here, so tests can answer them through one object."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompts:
    """Real dialogs. Tests pass a subclass that answers from a script and records what was asked."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        ok = box.addButton(yes or QMessageBox.tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(no or QMessageBox.tr("No"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
        """A message with one button per option; returns the chosen index or None (closed)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options]
        box.exec()
        return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else None

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_int(self, parent: QWidget | None, title: str, label: str, value: int, low: int, high: int) -> int | None:
        number, ok = QInputDialog.getInt(parent, title, label, value, low, high)
        return number if ok else None

    def ask_open_file(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return name or None

    def ask_save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return name or None

    def ask_open_files(self, parent: QWidget | None, title: str, folder: str, filters: str) -> list[str]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
        return list(names)


log = logging.getLogger(__name__)


def one_line(title: str, text: str) -> str:
    """A title and a message on one line, as stderr shows it."""
    return " ".join(f"{title}: {text}".split()) if title else " ".join(text.split())


class UnattendedPrompts(Prompts):
    """For a run with no one at the screen (--quit-when-ready, or an offscreen platform): an error or a question
    is one line on stderr and ends the run with exit code 1, instead of a dialog that nobody can answer."""

    def __init__(self) -> None:
        self.failed = False

    def _stop(self, title: str, text: str) -> None:
        print(f"mediator-desk: {one_line(title, text)}", file=sys.stderr, flush=True)
        self.failed = True
        app = QCoreApplication.instance()
        if app is not None:
            app.exit(1)  # no effect before the event loop runs: run_gui checks `failed` before it starts one

    def info(self, parent, title, text) -> None:
        log.info("%s", one_line(title, text))

    def error(self, parent, title, text, details="") -> None:
        self._stop(title, text)

    def confirm(self, parent, title, text, *, yes="", no="") -> bool:
        self._stop(title, text)
        return False

    def choose(self, parent, title, text, options) -> int | None:
        self._stop(title, text)
        return None

    def ask_secret(self, parent, title, label) -> str | None:
        self._stop(title, label)
        return None

    def ask_int(self, parent, title, label, value, low, high) -> int | None:
        self._stop(title, label)
        return None

    def ask_open_file(self, parent, title, folder, filters) -> str | None:
        self._stop(title, folder)
        return None

    def ask_save_file(self, parent, title, suggested, filters) -> str | None:
        self._stop(title, suggested)
        return None

    def ask_open_files(self, parent, title, folder, filters) -> list[str]:
        self._stop(title, folder)
        return []


class ScriptedPrompts(Prompts):
    """Answers from a list, in order; records (kind, title, text). For tests and unattended runs."""

    def __init__(self, answers: list | None = None) -> None:
        self.answers = list(answers or [])
        self.asked: list[tuple[str, str, str]] = []

    def _next(self, default):
        return self.answers.pop(0) if self.answers else default

    def info(self, parent, title, text) -> None:
        self.asked.append(("info", title, text))

    def error(self, parent, title, text, details="") -> None:
        self.asked.append(("error", title, text))

    def confirm(self, parent, title, text, *, yes="", no="") -> bool:
        self.asked.append(("confirm", title, text))
        return bool(self._next(False))

    def choose(self, parent, title, text, options) -> int | None:
        self.asked.append(("choose", title, text))
        return self._next(None)

    def ask_secret(self, parent, title, label) -> str | None:
        self.asked.append(("secret", title, label))
        return self._next(None)

    def ask_int(self, parent, title, label, value, low, high) -> int | None:
        self.asked.append(("int", title, label))
        return self._next(None)

    def ask_open_file(self, parent, title, folder, filters) -> str | None:
        self.asked.append(("open_file", title, folder))
        return self._next(None)

    def ask_save_file(self, parent, title, suggested, filters) -> str | None:
        self.asked.append(("save_file", title, suggested))
        return self._next(None)

    def ask_open_files(self, parent, title, folder, filters) -> list[str]:
        self.asked.append(("open_files", title, folder))
        return list(self._next([]))
