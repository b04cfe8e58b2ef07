"""Correct the walk-in count: add or remove N visitors for an hour of a day, with a note."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mediator_desk.errors import MissingRecordError, StorageError, ValidationError
from mediator_desk.services import counting
from mediator_desk.ui.ui_correction_dialog import Ui_CorrectionDialog
from mediator_desk.views.problems import problem_text


class CorrectionDialog(QDialog):
    def __init__(self, writer: counting.PressWriter, categories: list[tuple[uuid.UUID, str]],
                 day: dt.date, hour: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CorrectionDialog()
        self.ui.setupUi(self)
        self.writer = writer
        for cat_id, name in categories:
            self.ui.categoryCombo.addItem(name, str(cat_id))
        self.ui.dayEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.dayEdit.setMaximumDate(QDate(day.year, day.month, day.day))
        self.ui.hourSpin.setValue(hour)
        self.ui.amountSpin.setValue(1)
        self.event = None
        self.ui.buttonBox.accepted.connect(self._on_save_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save correction"))

    def _on_save_clicked(self) -> None:
        d = self.ui.dayEdit.date()
        try:
            self.event = self.writer.correct(
                uuid.UUID(self.ui.categoryCombo.currentData()),
                self.ui.amountSpin.value(), self.ui.noteEdit.text(), self.ui.hourSpin.value(),
                dt.date(d.year(), d.month(), d.day()))
        except ValidationError as exc:
            labels = {"amount": self.ui.amountCaption, "note": self.ui.noteCaption, "hour": self.ui.hourCaption,
                      "day": self.ui.dayCaption}
            caption = labels.get(exc.field)
            field_name = caption.text().replace("&", "").rstrip(":") if caption else exc.field
            self.ui.errorLabel.setText(f"{field_name}: {problem_text(exc)}")
            {"amount": self.ui.amountSpin, "note": self.ui.noteEdit, "hour": self.ui.hourSpin,
             "day": self.ui.dayEdit}.get(exc.field, self.ui.noteEdit).setFocus()
            return
        except (StorageError, MissingRecordError) as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.accept()
