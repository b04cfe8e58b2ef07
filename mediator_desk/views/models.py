"""Qt table models over service rows (one QAbstractTableModel per entity list)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mediator_desk.services.overview import SessionRow
from mediator_desk.views.labels import enum_label, status_label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SessionTableModel(QAbstractTableModel):
    DATE, TIME, EXHIBITION, FORMAT, LANGUAGE, LEAD, PARTICIPANTS, STATUS = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Time"), self.tr("Exhibition"), self.tr("Format"),
                self.tr("Language"), self.tr("Lead mediator"), self.tr("Participants"), self.tr("Status")]

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SessionRow]:
        return list(self._rows)

    def row_at(self, row: int) -> SessionRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 8:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return str(r.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return r.start.date().isoformat()
            if col == self.TIME:
                end = f"–{r.end:%H:%M}" if r.end else ""
                return f"{r.start:%H:%M}{end}"
            if col == self.EXHIBITION:
                return r.exhibition
            if col == self.FORMAT:
                return enum_label(r.format)
            if col == self.LANGUAGE:
                return ", ".join(r.languages)
            if col == self.LEAD:
                return r.lead
            if col == self.PARTICIPANTS:
                booked = f" / {r.expected}" if r.expected else ""
                return f"{r.participants}{booked}"
            if col == self.STATUS:
                return status_label(r.status)
        if role == SORT_ROLE:
            if col in (self.DATE, self.TIME):
                return r.start.isoformat()
            if col == self.PARTICIPANTS:
                return r.participants
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PARTICIPANTS:
            return self.tr("actual / booked")
        return None
