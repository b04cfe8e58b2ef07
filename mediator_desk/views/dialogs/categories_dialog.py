"""Edit the venue's count categories: names, keys, order."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from mediator_desk.errors import ValidationError
from mediator_desk.services import counting
from mediator_desk.services.changes import Changes
from mediator_desk.ui.ui_categories_dialog import Ui_CategoriesDialog
from mediator_desk.views.problems import problem_text

ID_ROLE = Qt.ItemDataRole.UserRole


class CategoriesDialog(QDialog):
    def __init__(self, db, venue_id: uuid.UUID, categories, device_id: str, exit_key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CategoriesDialog()
        self.ui.setupUi(self)
        self.db, self.venue_id, self.device_id, self.exit_key = db, venue_id, device_id, exit_key
        self.changes = Changes()
        t = self.ui.table
        t.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Key")])
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().hide()
        self._admission: dict[str, str] = {}
        for cat in categories:
            self._append(str(cat.id), cat.name, cat.key)
            self._admission[str(cat.id)] = cat.admission_type
        self.ui.upButton.clicked.connect(lambda: self._move(-1))
        self.ui.downButton.clicked.connect(lambda: self._move(1))
        self.ui.addButton.clicked.connect(self._on_add_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_clicked)
        self.ui.buttonBox.accepted.connect(self._on_save_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _append(self, cat_id: str, name: str, key: str) -> None:
        t = self.ui.table
        row = t.rowCount()
        t.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(ID_ROLE, cat_id)
        t.setItem(row, 0, item)
        t.setItem(row, 1, QTableWidgetItem(key))

    def _take(self, row: int) -> tuple[str, str, str]:
        t = self.ui.table
        return (t.item(row, 0).data(ID_ROLE) or "", t.item(row, 0).text(), t.item(row, 1).text())

    def _move(self, step: int) -> None:
        t = self.ui.table
        row = t.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < t.rowCount():
            return
        a, b = self._take(row), self._take(other)
        for r, (cid, name, key) in ((row, b), (other, a)):
            t.item(r, 0).setText(name)
            t.item(r, 0).setData(ID_ROLE, cid)
            t.item(r, 1).setText(key)
        t.setCurrentCell(other, 0)

    def _on_add_clicked(self) -> None:
        self._append("", self.tr("New category"), "")
        self.ui.table.setCurrentCell(self.ui.table.rowCount() - 1, 0)
        self.ui.table.editItem(self.ui.table.currentItem())

    def _on_remove_clicked(self) -> None:
        if self.ui.table.currentRow() >= 0:
            self.ui.table.removeRow(self.ui.table.currentRow())

    def rows(self) -> list[counting.CategoryEdit]:
        out = []
        for r in range(self.ui.table.rowCount()):
            cid, name, key = self._take(r)
            out.append(counting.CategoryEdit(uuid.UUID(cid) if cid else None, name, key,
                                             self._admission.get(cid, "full")))
        return out

    def _on_save_clicked(self) -> None:
        try:
            self.changes = counting.save_categories(self.db, self.venue_id, self.rows(), self.device_id,
                                                    self.exit_key)
        except ValidationError as exc:
            self.ui.errorLabel.setText(problem_text(exc))
            return
        self.accept()
