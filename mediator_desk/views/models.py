"""Qt table models over service rows (one QAbstractTableModel per entity list)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mediator_desk.services.feedback import FeedbackRow
from mediator_desk.services.overview import TourRow
from mediator_desk.services.textutil import fold
from mediator_desk.views.labels import enum_label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class TourTableModel(QAbstractTableModel):
    """Sessions as rows. Display texts and sort keys are computed once per load: a season has thousands."""

    DATE, TIME, EXHIBITION, FORMAT, LANGUAGE, LEAD, PARTICIPANTS, STATUS = range(8)
    COLUMNS = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[TourRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._search: list[str] | None = None  # folded on the first search, not on every opening
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Time"), self.tr("Exhibition"), self.tr("Format"),
                self.tr("Language"), self.tr("Lead mediator"), self.tr("Participants"), self.tr("Status")]

    def _texts_of(self, r: TourRow, labels: dict[str, str]) -> tuple[str, ...]:
        start, end = r.start, r.end  # formatted by hand: strftime is the slowest part of a season's rows
        times = f"{start.hour:02d}:{start.minute:02d}" + (f"–{end.hour:02d}:{end.minute:02d}" if end else "")
        booked = f" / {r.expected}" if r.expected else ""
        return (f"{start.year:04d}-{start.month:02d}-{start.day:02d}", times, r.exhibition, labels[r.format],
                ", ".join(r.languages), r.lead, f"{r.participants}{booked}", labels[r.status])

    @staticmethod
    def _search_of(r: TourRow, texts: tuple[str, ...]) -> str:
        return fold(" ".join((*texts, *r.team, *r.partners, r.format)))

    def set_rows(self, rows: list[TourRow]) -> None:
        labels: dict[str, str] = {}
        for r in rows:
            for value in (r.format, r.status):
                if value not in labels:
                    labels[value] = enum_label(value)
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._texts_of(r, labels) for r in self._rows]
        self._search = None
        if self._sorted_by is not None:
            self._reorder(*self._sorted_by)  # new rows keep the order the user chose
        self.endResetModel()

    def update_rows(self, fresh: list[TourRow], ids) -> None:
        """Redraw only the rows of the tours `ids` (an operation's Changes): replaced where they are, added,
        or taken out when `fresh` no longer holds them. Everything else stays as it is (no reset)."""
        keys = {uuid.UUID(str(i)).hex for i in ids}
        by_key = {r.key: r for r in fresh}
        labels: dict[str, str] = {}
        for r in fresh:
            for value in (r.format, r.status):
                labels.setdefault(value, enum_label(value))
        for i in reversed(range(len(self._rows))):
            found = self._rows[i].key
            if found not in keys:
                continue
            if found in by_key:
                r = by_key.pop(found)
                self._rows[i], self._texts[i] = r, self._texts_of(r, labels)
                if self._search is not None:
                    self._search[i] = self._search_of(r, self._texts[i])
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.COLUMNS - 1))
            else:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i], self._texts[i]
                if self._search is not None:
                    del self._search[i]
                self.endRemoveRows()
        if by_key:
            added = list(by_key.values())
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(added) - 1)
            for r in added:
                self._rows.append(r)
                self._texts.append(self._texts_of(r, labels))
                if self._search is not None:
                    self._search.append(self._search_of(r, self._texts[-1]))
            self.endInsertRows()
            if self._sorted_by is not None:
                self.sort(*self._sorted_by)

    def rows(self) -> list[TourRow]:
        return list(self._rows)

    def row_at(self, row: int) -> TourRow:
        return self._rows[row]

    def search_texts(self) -> list[str]:
        """For each row, everything a search box should find in it (names of the team, the groups' partners,
        the exhibition…), folded: without case or accents. Made at the first search, kept until the rows change."""
        if self._search is None:
            self._search = [self._search_of(r, t) for r, t in zip(self._rows, self._texts)]
        return self._search

    def search_text(self, row: int) -> str:
        return self.search_texts()[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted in Python, once, with precomputed keys (no per-comparison data() calls)."""
        if not 0 <= column < self.COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        position = self._reorder(column, order)
        self.changePersistentIndexList(old, [self.index(position[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> dict[int, int]:
        """Sort the rows in place; returns old row -> new row."""
        self._sorted_by = (column, order)
        if column in (self.DATE, self.TIME):
            def key(i):
                return self._rows[i].start
        elif column == self.PARTICIPANTS:
            def key(i):
                return self._rows[i].participants
        else:
            def key(i):
                return self._texts[i][column].casefold()
        order_ = sorted(range(len(self._rows)), key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in order_]
        self._texts = [self._texts[i] for i in order_]
        if self._search is not None:
            self._search = [self._search[i] for i in order_]
        return {old_row: new_row for new_row, old_row in enumerate(order_)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 8:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row, col = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == ID_ROLE:
            return str(self._rows[row].id)
        if role == SORT_ROLE:
            r = self._rows[row]
            if col in (self.DATE, self.TIME):
                return r.start.isoformat()
            return r.participants if col == self.PARTICIPANTS else self._texts[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PARTICIPANTS:
            return self.tr("actual / booked")
        return None


class FeedbackTableModel(QAbstractTableModel):
    DAY, TOUR, METHOD, RATING, WORDS, OUTCOMES, LANGUAGE, SOURCE = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[FeedbackRow] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._labels: dict[str, str] = {}  # enum value -> label in the interface's language

    def set_rows(self, rows: list[FeedbackRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._texts = [None] * len(rows)  # a row's texts are made when the view first shows it
        self._labels = {}  # and in the interface's language of the moment
        self.endResetModel()

    def _label(self, value: str) -> str:
        found = self._labels.get(value)
        if found is None:
            found = self._labels[value] = enum_label(value)
        return found

    def texts(self, row: int) -> tuple[str, ...]:
        found = self._texts[row]
        if found is None:
            r, lab = self._rows[row], self._label
            found = self._texts[row] = (
                r.day.isoformat(), f"{r.session} {lab(r.session_format)}".strip(), lab(r.method),
                "" if r.rating is None else str(r.rating), " — ".join(x for x in (r.one_word, r.comment) if x),
                ", ".join(lab(o) for o in r.outcomes), r.language, lab(r.source))
        return found

    def row_at(self, row: int) -> FeedbackRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 8:
            return [self.tr("Day"), self.tr("Tour"), self.tr("Method"), self.tr("Rating"), self.tr("Words"),
                    self.tr("Learning outcomes"), self.tr("Language"), self.tr("Source")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.WORDS, self.OUTCOMES, self.TOUR):
            return self.texts(index.row())[index.column()] or None
        if role == ID_ROLE:
            return str(self._rows[index.row()].id)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.RATING:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
