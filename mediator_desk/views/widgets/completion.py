"""Completers that find a name whatever its case and accents: "scoala" finds "Școala Gimnazială", as the
Tours page's search does (services/textutil.fold)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from mediator_desk.services.textutil import fold

FOLDED = Qt.ItemDataRole.UserRole + 7  # the name folded, what the typed text is matched against


class FoldingCompleter(QCompleter):
    """Matches what is typed, folded, anywhere in the folded names; offers and inserts the names as written."""

    def __init__(self, names: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = QStandardItemModel(self)
        for name in names:
            item = QStandardItem(name)
            item.setData(fold(name), FOLDED)
            model.appendRow(item)
        self.setModel(model)
        self.setCompletionRole(FOLDED)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt's name
        return index.data(Qt.ItemDataRole.DisplayRole) or ""

    def currentCompletion(self) -> str:  # noqa: N802 - the name as written, not its folded form
        return self.pathFromIndex(self.currentIndex()) if self.currentIndex().isValid() else ""


def names_in_place(combo: QComboBox) -> None:
    """A record picker that also takes a new name typed in place: editable, completing over its items."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if combo.count() and combo.itemData(0) is None:  # "(none)" becomes the empty field's placeholder
        combo.lineEdit().setPlaceholderText(combo.itemText(0))
        combo.setItemText(0, "")
    combo.setCompleter(FoldingCompleter(combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)))


def complete_from(edit: QLineEdit, names: Iterable[str]) -> None:
    """Offer the values used before in a free-text field (a school level), case- and accent-insensitive."""
    edit.setCompleter(FoldingCompleter(sorted(set(names), key=fold), edit))


def typed_choice(combo: QComboBox) -> tuple[object, str]:
    """(the chosen item's data, or None; the text typed when it names no item)."""
    text = " ".join(combo.currentText().split())
    if not text:
        return None, ""
    folded = fold(text)
    for i in range(combo.count()):
        if combo.itemData(i) and fold(combo.itemText(i)) == folded:
            return combo.itemData(i), ""
    return None, text
