"""The Tours page: every session in a date range, filtered and searched, with new/edit/repeat/delete and undo."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView

from mediator_desk.enums import TourFormat, TourStatus
from mediator_desk.services.changes import REFERENCE, TEAM, TOUR
from mediator_desk.services.choices import as_uuid
from mediator_desk.services.overview import TourRow, tour_rows
from mediator_desk.services.textutil import fold
from mediator_desk.services.timeutil import UTC
from mediator_desk.ui.ui_tours_page import Ui_ToursPage
from mediator_desk.views.formatting import fmt, num, pydate, qdate, time_text
from mediator_desk.views.labels import enum_label
from mediator_desk.views.models import ID_ROLE, TourTableModel
from mediator_desk.views.page import Page
from mediator_desk.views.tour_actions import TourActions
from mediator_desk.views.widgets import pickers

ANY = None
DEFAULT_SPAN = dt.timedelta(days=30)


class TourFilter(QSortFilterProxyModel):
    """Filters TourTableModel rows by local date range, exhibition, mediator, format, language, status, text.

    The rows shown are decided for the whole model in one pass when Qt first asks (a list of booleans); Qt's
    per-row question is then only a look-up. At season scale a search is one Python loop, not 3,000 calls
    each running the criteria."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.exhibition_id: uuid.UUID | None = None
        self.mediator_id: uuid.UUID | None = None
        self.format: str | None = None
        self.language: str | None = None
        self.status: str | None = None
        self.text = ""
        self.words: list[str] = []  # the search text folded once, not once per row
        self._shown: list[bool] | None = None  # per source row, for the current rows and criteria
        self.setDynamicSortFilter(False)  # the source model sorts (see sort())

    def setSourceModel(self, model) -> None:  # noqa: N802
        super().setSourceModel(model)
        for signal in (model.modelAboutToBeReset, model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved,
                       model.dataChanged, model.layoutAboutToBeChanged):
            signal.connect(self._forget)

    def _forget(self, *_args) -> None:
        self._shown = None

    def shown(self) -> list[bool]:
        """For each source row: is it shown?"""
        if self._shown is None:
            model = self.sourceModel()
            texts = model.search_texts() if self.words else itertools.repeat("")  # folded only for a search
            accepts = self.accepts
            self._shown = [accepts(r, text) for r, text in zip(model.rows(), texts)]
        return self._shown

    def set_criteria(self, *, refilter: bool = True, **criteria) -> None:
        """New criteria; refilter=False when the source is about to be reset anyway (one pass, not two)."""
        def take() -> None:
            for key, value in criteria.items():
                setattr(self, key, value)
            if "text" in criteria:
                self.words = fold(criteria["text"]).split()
            self._shown = None

        if not refilter:
            take()
        elif hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            take()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            take()
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (one Python sort); the proxy only filters, keeping its order."""
        self.sourceModel().sort(column, order)

    def accepts(self, r: TourRow, search: str = "") -> bool:
        day = r.start.date()
        if (self.first and day < self.first) or (self.last and day > self.last):
            return False
        if self.exhibition_id and r.exhibition_id != self.exhibition_id:
            return False
        if self.mediator_id and self.mediator_id.hex not in r.mediator_keys:
            return False
        if (self.format and r.format != self.format) or (self.status and r.status != self.status):
            return False
        if self.language and self.language not in r.languages:
            return False
        if self.words:
            return all(word in search for word in self.words)
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        shown = self.shown()
        return source_row < len(shown) and shown[source_row]


class ToursPage(Page):
    RELEVANT = frozenset({TOUR, REFERENCE, TEAM})

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ToursPage()
        self.ui.setupUi(self)
        self.model = TourTableModel(self)
        self.proxy = TourFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.toursView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.horizontalHeader().setResizeContentsPrecision(200)  # measure a screenful, not the season
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._columns_sized = False
        view.horizontalHeader().setSectionResizeMode(TourTableModel.EXHIBITION, QHeaderView.ResizeMode.Stretch)
        view.sortByColumn(TourTableModel.DATE, Qt.SortOrder.AscendingOrder)
        self.actions_ = TourActions(ctx, self)
        self._loaded_range: tuple[dt.date, dt.date] | None = None
        self._in_range: int | None = None  # tours in the date range (the "of N" of the count)
        today = ctx.now().date()
        self.ui.fromEdit.setDate(qdate(today - DEFAULT_SPAN))
        self.ui.toEdit.setDate(qdate(today + DEFAULT_SPAN))
        self._fill_choices()
        self._connect()
        for column, stretch in ((5, 2), (7, 1)):
            self.ui.filtersLayout.setColumnStretch(column, stretch)
        for combo in (self.ui.exhibitionCombo, self.ui.mediatorCombo):  # long titles must not push the search away
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)

    def title(self) -> str:
        return self.tr("Tours")

    # --- set-up ------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.formatCombo.addItem(self.tr("any format"), ANY)
        for v in TourFormat.values():
            ui.formatCombo.addItem(enum_label(v), v)
        ui.statusCombo.addItem(self.tr("any status"), ANY)
        for v in TourStatus.values():
            ui.statusCombo.addItem(enum_label(v), v)
        self._fill_reference_choices()

    def _fill_reference_choices(self) -> None:
        choices = self.ctx.choices()
        pickers.fill(self.ui.exhibitionCombo, pickers.exhibitions(choices, with_venue=False),
                     first=(self.tr("all exhibitions"), ANY))
        pickers.fill(self.ui.mediatorCombo, pickers.mediators(choices), first=(self.tr("anyone"), ANY))

    def _connect(self) -> None:
        ui = self.ui
        ui.fromEdit.dateChanged.connect(self._on_range_changed)
        ui.toEdit.dateChanged.connect(self._on_range_changed)
        for combo in (ui.exhibitionCombo, ui.mediatorCombo, ui.formatCombo, ui.languageCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.searchEdit.textChanged.connect(self._on_filter_changed)
        ui.toursView.doubleClicked.connect(self._on_edit_clicked)
        ui.toursView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.newButton.clicked.connect(self._on_new_clicked)
        ui.editButton.clicked.connect(self._on_edit_clicked)
        ui.repeatButton.clicked.connect(self._on_repeat_clicked)
        ui.deleteButton.clicked.connect(self._on_delete_clicked)
        stack = self.actions_.stack
        ui.undoButton.clicked.connect(stack.undo)
        ui.redoButton.clicked.connect(stack.redo)
        stack.indexChanged.connect(self._update_buttons)  # a bound slot: gone with the page
        self.actions_.tour_saved.connect(self._on_tour_saved)
        for keys, slot in (("Ctrl+N", self._on_new_clicked), ("Return", self._on_edit_clicked),
                           ("Enter", self._on_edit_clicked), ("Delete", self._on_delete_clicked),
                           ("Ctrl+R", self._on_repeat_clicked), ("Ctrl+Z", stack.undo),
                           ("Ctrl+Shift+Z", stack.redo), ("Ctrl+Y", stack.redo),
                           ("Ctrl+F", self.ui.searchEdit.setFocus)):
            self.shortcut(keys, slot, self.ui.toursView if keys in ("Return", "Enter", "Delete") else None)
        ui.newButton.setToolTip(self.tr("New tour (Ctrl+N)"))
        ui.editButton.setToolTip(self.tr("Edit the selected tour (Enter)"))
        ui.repeatButton.setToolTip(self.tr("Plan the same tour in the next slot (Ctrl+R)"))
        ui.deleteButton.setToolTip(self.tr("Delete the selected tour (Delete)"))
        ui.undoButton.setToolTip(self.tr("Undo the last change to a tour (Ctrl+Z)"))
        ui.redoButton.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        ui.searchEdit.setToolTip(self.tr("Search (Ctrl+F)"))

    # --- loading and filtering ---------------------------------------------------------------------

    def _dates(self) -> tuple[dt.date, dt.date]:
        return pydate(self.ui.fromEdit.date()), pydate(self.ui.toEdit.date())

    def refresh(self) -> None:
        """Reload the rows for the date range (a day wider each side: venues sit in different zones)."""
        first, last = self._dates()
        selected = self.selected_id()
        start = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), UTC)
        end = dt.datetime.combine(last + dt.timedelta(days=2), dt.time(), UTC)
        rows = tour_rows(self.ctx.db, start, end)
        self._fill_reference_choices()
        self._fill_languages(rows)
        self._apply_filter(refilter=False)
        self._in_range = None
        self.model.set_rows(rows)  # the reset filters once, with the criteria just set
        self._update_counts()
        if not self._columns_sized and rows:  # once: afterwards the widths are the user's
            self.ui.toursView.resizeColumnsToContents()
            self._columns_sized = True
        self.select(selected)
        self._update_buttons()

    ROW_REDRAW_MAX = 200  # an operation that changed more tours than this redraws the page

    def redraw(self, changes) -> None:
        """Only the rows of the tours an operation changed (a save, an undo, a delete); a merge, a sync or a
        change of reference records reloads the page."""
        if changes.kinds != {TOUR} or not changes.ids or len(changes.ids) > self.ROW_REDRAW_MAX:
            self.refresh()
            return
        first, last = self._dates()
        start = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), UTC)
        end = dt.datetime.combine(last + dt.timedelta(days=2), dt.time(), UTC)
        selected = self.selected_id()
        self.model.update_rows(tour_rows(self.ctx.db, start, end, only=list(changes.ids)), changes.ids)
        self._in_range = None
        self._apply_filter()
        self.select(selected)
        self._update_buttons()

    def _fill_languages(self, rows: list[TourRow]) -> None:
        combo = self.ui.languageCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("any language"), ANY)
        for code in sorted({c for r in rows for c in r.languages}):
            combo.addItem(code, code)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def _apply_filter(self, *, refilter: bool = True) -> None:
        ui = self.ui
        first, last = self._dates()

        self.proxy.set_criteria(first=first, last=last, exhibition_id=as_uuid(ui.exhibitionCombo.currentData()),
                                mediator_id=as_uuid(ui.mediatorCombo.currentData()),
                                format=ui.formatCombo.currentData(),
                                language=ui.languageCombo.currentData(), status=ui.statusCombo.currentData(),
                                text=ui.searchEdit.text().strip(), refilter=refilter)
        if refilter:
            self._update_counts()

    def _update_counts(self) -> None:
        shown = self.proxy.rowCount()
        if self._in_range is None:  # changes with the rows and the dates only, not with each letter typed
            first, last = self._dates()
            self._in_range = sum(1 for r in self.model.rows() if first <= r.start.date() <= last)
        total = self._in_range
        people = sum(r.participants for r, shown in zip(self.model.rows(), self.proxy.shown()) if shown)
        self.ui.countLabel.setText(fmt(self.tr("%1 of %Ln tour(s)", "", total), num(shown)) + " · "
                                   + self.tr("%Ln participant(s)", "", people))

    def _on_range_changed(self, _date) -> None:
        self.refresh()

    def _on_filter_changed(self, *_args) -> None:
        self._apply_filter()
        self._update_buttons()

    # --- selection and actions ---------------------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        rows = self.ui.toursView.selectionModel().selectedRows()
        return uuid.UUID(rows[0].data(ID_ROLE)) if rows else None

    def select(self, session_id: uuid.UUID | None) -> None:
        if session_id is None:
            return
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ID_ROLE) == str(session_id):
                self.ui.toursView.selectRow(r)
                self.ui.toursView.scrollTo(index)
                return

    def _selected_description(self) -> str:
        rows = self.ui.toursView.selectionModel().selectedRows()
        if not rows:
            return ""
        r = self.model.row_at(self.proxy.mapToSource(rows[0]).row())
        return f"{r.start:%Y-%m-%d} {time_text(r.start)} · {enum_label(r.format)}"

    def _update_buttons(self, *_args) -> None:
        has = self.selected_id() is not None
        for button in (self.ui.editButton, self.ui.repeatButton, self.ui.deleteButton):
            button.setEnabled(has)
        stack = self.actions_.stack
        self.ui.undoButton.setEnabled(stack.canUndo())
        self.ui.redoButton.setEnabled(stack.canRedo())
        self.ui.undoButton.setText(fmt(self.tr("&Undo %1"), stack.undoText()).strip()
                                   if stack.canUndo() else self.tr("&Undo"))

    def _on_new_clicked(self) -> None:
        chosen = as_uuid(self.ui.exhibitionCombo.currentData())
        current = self.ctx.exhibition()
        self.actions_.new(chosen or (current.id if current else None))

    def _on_edit_clicked(self, *_args) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.actions_.edit(session_id)

    def _on_repeat_clicked(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.actions_.repeat(session_id)

    def _on_delete_clicked(self) -> None:
        session_id = self.selected_id()
        if session_id is not None and self.actions_.delete(session_id, self._selected_description()):
            self.status_message.emit(self.tr("Tour deleted. Ctrl+Z brings it back."))

    def _on_tour_saved(self, session_id: str) -> None:
        """The page has redrawn (its Changes came through on_changes): select the tour."""
        self.select(uuid.UUID(session_id))
