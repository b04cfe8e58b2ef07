"""The Counter page: one key press per visitor, each committed to disk before the number changes."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QListWidgetItem, QPushButton, QVBoxLayout
from sqlalchemy.exc import SQLAlchemyError

from mediator_desk.db import repositories as repo
from mediator_desk.db.engine import transaction
from mediator_desk.db.enums import CountKind, CountMethod
from mediator_desk.db.models import CountCategory, CountEvent
from mediator_desk.services import counting
from mediator_desk.services.timeutil import local, local_day_hour, parse_hhmm
from mediator_desk.ui.ui_counter_page import Ui_CounterPage
from mediator_desk.views.dialogs.categories_dialog import CategoriesDialog
from mediator_desk.views.dialogs.correction_dialog import CorrectionDialog
from mediator_desk.views.labels import enum_label
from mediator_desk.views.page import Page
from mediator_desk.views.widgets.hourly_chart import HourlyChart

log = logging.getLogger(__name__)
UNDO_KEYS = ("Backspace", "Ctrl+Z")
COLUMNS = 3


def key_name(event: QKeyEvent) -> str:
    """A stable name for a key press ('1', 'Space', 'PgDown', 'B'), keypad digits as plain digits."""
    combo = event.keyCombination()
    mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(combo.key().value | mods.value).toString()


class CounterPage(Page):
    press_recorded = Signal(str)  # CountEvent id, once it is on disk and shown
    data_changed = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_CounterPage()
        self.ui.setupUi(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart = HourlyChart(self.ui.chartArea)
        QVBoxLayout(self.ui.chartArea).addWidget(self.chart)
        self.grid = QGridLayout(self.ui.buttonsArea)
        self.grid.setSpacing(10)
        for m in CountMethod.values():
            self.ui.methodCombo.addItem(enum_label(m), m)
        self.categories: list[CountCategory] = []
        self.buttons: dict[uuid.UUID, QPushButton] = {}
        self.counter_ctx: counting.CounterContext | None = None
        self.state: counting.CounterState | None = None
        self.opening: tuple[int, int] | None = None
        self.venue_id: uuid.UUID | None = None
        self._keymap: dict[str, uuid.UUID] = {}
        self.ui.methodCombo.setCurrentIndex(max(0, self.ui.methodCombo.findData(ctx.prefs.count_method)))
        self.ui.occupancyCheck.setChecked(ctx.prefs.occupancy_mode)
        self.ui.capacitySpin.setValue(ctx.prefs.capacity)
        self.categories_button = QPushButton(self.tr("Categories and keys…"))
        self.categories_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.toolsLayout.insertWidget(2, self.categories_button)
        self.ui.undoButton.clicked.connect(self.undo)
        self.ui.correctButton.clicked.connect(self._on_correct_clicked)
        self.ui.exitButton.clicked.connect(lambda: self.count_exit())
        self.categories_button.clicked.connect(self._on_categories_clicked)
        self.ui.methodCombo.currentIndexChanged.connect(self._on_method_changed)
        self.ui.occupancyCheck.toggled.connect(self._on_occupancy_toggled)
        self.ui.capacitySpin.valueChanged.connect(self._on_capacity_changed)

    def title(self) -> str:
        return self.tr("Counter")

    # --- loading ------------------------------------------------------------------------------------

    def reset_exhibition(self) -> None:
        self.counter_ctx = None

    def _load_context(self) -> bool:
        with transaction(self.ctx.db) as s:
            ex = None
            if self.ctx.prefs.exhibition_id:
                ex = s.get(repo.Exhibition, uuid.UUID(self.ctx.prefs.exhibition_id))
            if ex is None:
                ex = repo.current_exhibition(s, self.ctx.now().date())
            if ex is None:
                return False
            venue = ex.venue
            self.categories = counting.ensure_default_categories(s, venue, self.ctx.device_id)
            tz, self.venue_id = venue.timezone, venue.id
            hours = venue.opening_hours or {}
            mediator = uuid.UUID(self.ctx.prefs.mediator_id) if self.ctx.prefs.mediator_id else None
            day = local(self.ctx.now(), tz).date()
            today_hours = hours.get(("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]) or []
            self.opening = None
            if len(today_hours) == 2:
                start, end = parse_hhmm(today_hours[0]), parse_hhmm(today_hours[1])
                self.opening = (start.hour, end.hour + (1 if end.minute else 0))
            title = ex.title
        self._set_counter_ctx(counting.CounterContext(ex.id, tz, self.ctx.device_id, mediator,
                                                      self.ui.methodCombo.currentData()))
        self._build_buttons()
        self.ui.scopeLabel.setText(self.tr(
            "Counting for “%1” on this laptop (%2). The totals below are this laptop's; counts from other "
            "laptops appear once their data is merged.").replace("%1", title).replace("%2", self.ctx.device_id))
        return True

    def _set_counter_ctx(self, counter_ctx: counting.CounterContext) -> None:
        self.counter_ctx = counter_ctx
        self.writer = counting.PressWriter(self.ctx.db, counter_ctx)

    def _build_buttons(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.buttons.clear()
        self._keymap.clear()
        for i, cat in enumerate(self.categories):
            button = QPushButton()
            button.setProperty("countButton", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(False)
            button.clicked.connect(lambda _checked=False, cid=cat.id: self.count(cid))
            self.grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[cat.id] = button
            if cat.key:
                self._keymap[cat.key] = cat.id
        for i, cat in enumerate(self.categories[:9]):  # 1–9 in order, unless mapped otherwise
            self._keymap.setdefault(str(i + 1), cat.id)
        if self.categories:
            self._keymap.setdefault("Space", self.categories[0].id)

    def refresh(self) -> None:
        if self.counter_ctx is None and not self._load_context():
            self.ui.scopeLabel.setText(self.tr("Add a venue and an exhibition in Settings to start counting."))
            return
        assert self.counter_ctx is not None
        day = local(self.ctx.now(), self.counter_ctx.venue_tz).date()
        self.state = counting.counter_state(self.ctx.db, self.counter_ctx, day, this_device_only=True)
        self._show_state()
        self._load_audit()

    # --- counting -----------------------------------------------------------------------------------

    def count(self, category_id: uuid.UUID, kind: str = CountKind.entry.value) -> CountEvent | None:
        if self.counter_ctx is None:
            return None
        try:
            event = self.writer.press(category_id, kind=kind, at=self.ctx.now())
        except SQLAlchemyError as exc:
            log.exception("A press could not be saved")
            self.ctx.prompts.error(self, self.tr("Not counted"), self.tr(
                "This press could not be saved, so it was not counted. Check the disk and try again."), str(exc))
            return None
        self._apply(event)
        return event

    def count_exit(self) -> CountEvent | None:
        if not self.ui.occupancyCheck.isChecked() or not self.categories:
            return None
        return self.count(self.categories[0].id, CountKind.exit.value)

    def undo(self) -> CountEvent | None:
        if self.counter_ctx is None:
            return None
        event = self.writer.undo(at=self.ctx.now())
        if event is None:
            self.ui.scopeLabel.setText(self.tr("Nothing to undo today on this laptop."))
            return None
        self._apply(event)
        self._load_audit()
        return event

    def _apply(self, event: CountEvent) -> None:
        assert self.state is not None
        if event.local_date != self.state.day:
            self.refresh()
        else:
            self.state.apply(event)
            self._show_state()
        if self.opening and not self.opening[0] <= event.local_hour < self.opening[1] and event.delta > 0:
            self.ui.scopeLabel.setText(self.tr("Counted outside the opening hours (%1:00–%2:00): flagged in "
                                               "the chart, kept in the totals.")
                                       .replace("%1", str(self.opening[0])).replace("%2", str(self.opening[1])))
        self.press_recorded.emit(str(event.id))
        self.data_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        name = key_name(event)
        if name in UNDO_KEYS:
            self.undo()
            return
        if self.ui.occupancyCheck.isChecked() and name == self.ctx.prefs.exit_key:
            self.count_exit()
            return
        category = self._keymap.get(name)
        if category is not None:
            self.count(category)
            return
        super().keyPressEvent(event)

    # --- display ------------------------------------------------------------------------------------

    def _show_state(self) -> None:
        st = self.state
        assert st is not None and self.counter_ctx is not None
        _day, hour = local_day_hour(self.ctx.now(), self.counter_ctx.venue_tz)
        self.ui.totalValue.setText(f"{st.total:,}")
        self.ui.hourValue.setText(f"{st.hour_total(hour):,}")
        self.ui.hourCaption.setText(self.tr("this hour (%1:00–%2:00)").replace("%1", str(hour))
                                    .replace("%2", str(hour + 1)))
        keys = {cid: k for k, cid in self._keymap.items()}
        for cat in self.categories:
            key = cat.key or keys.get(cat.id, "")
            self.buttons[cat.id].setText(f"{cat.name}\n{st.by_category.get(cat.id, 0):,}"
                                         + (f"   [{key}]" if key else ""))
        occupancy = self.ui.occupancyCheck.isChecked()
        for w in (self.ui.insideCard, self.ui.exitButton, self.ui.capacityCaption, self.ui.capacitySpin):
            w.setVisible(occupancy)
        self.ui.exitButton.setText(self.tr("Visitor left (%1)").replace("%1", self.ctx.prefs.exit_key))
        self.ui.insideValue.setText(f"{st.inside:,}")
        full = occupancy and st.inside >= self.ui.capacitySpin.value()
        if bool(self.ui.insideCard.property("warning")) != full:
            self.ui.insideCard.setProperty("warning", full)
            self.ui.insideCard.style().unpolish(self.ui.insideCard)
            self.ui.insideCard.style().polish(self.ui.insideCard)
        self.ui.insideCaption.setText(self.tr("inside now — capacity reached") if full else self.tr("inside now"))
        self.chart.set_data(st.by_hour, self.opening)

    def capacity_warning(self) -> bool:
        return bool(self.ui.insideCard.property("warning"))

    def _load_audit(self) -> None:
        assert self.counter_ctx is not None and self.state is not None
        names = {c.id: c.name for c in self.categories}
        self.ui.auditList.clear()
        with self.ctx.db.session() as s:
            events = repo.corrections(s, self.state.day, self.counter_ctx.exhibition_id, self.ctx.device_id)
        for ev in events:
            at = local(ev.ts, self.counter_ctx.venue_tz)
            sign = f"+{ev.delta}" if ev.delta > 0 else f"−{-ev.delta}"
            what = ev.note or self.tr("undo of the last press")
            text = self.tr("%1  %2 %3 for %4:00 — %5").replace("%1", f"{at:%H:%M}").replace("%2", sign) \
                .replace("%3", names.get(ev.category_id, "?")).replace("%4", str(ev.local_hour)).replace("%5", what)
            self.ui.auditList.addItem(QListWidgetItem(text))

    # --- slots --------------------------------------------------------------------------------------

    def _on_method_changed(self, _index: int) -> None:
        method = self.ui.methodCombo.currentData()
        self.ctx.prefs.count_method = method
        if self.counter_ctx is not None:
            c = self.counter_ctx
            self._set_counter_ctx(counting.CounterContext(c.exhibition_id, c.venue_tz, c.device_id, c.mediator_id,
                                                          method))

    def _on_occupancy_toggled(self, on: bool) -> None:
        self.ctx.prefs.occupancy_mode = on
        if self.state is not None:
            self._show_state()

    def _on_capacity_changed(self, value: int) -> None:
        self.ctx.prefs.capacity = value
        if self.state is not None:
            self._show_state()

    def _on_correct_clicked(self) -> None:
        if self.counter_ctx is None or self.state is None:
            return
        _day, hour = local_day_hour(self.ctx.now(), self.counter_ctx.venue_tz)
        dialog = CorrectionDialog(self.writer, [(c.id, c.name) for c in self.categories],
                                  self.state.day, hour, self)
        if dialog.exec() and dialog.event is not None:
            self.refresh()
            self.data_changed.emit()
        self.setFocus()

    def _on_categories_clicked(self) -> None:
        if self.venue_id is None:
            return
        dialog = CategoriesDialog(self.ctx.db, self.venue_id, self.categories, self.ctx.device_id,
                                  self.ctx.prefs.exit_key, self)
        if dialog.exec():
            self.counter_ctx = None
            self.refresh()
        self.setFocus()
