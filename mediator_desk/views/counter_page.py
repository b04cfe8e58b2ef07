"""The Counter page: one key press per visitor, each committed to disk before the number changes."""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QListWidgetItem, QPushButton, QVBoxLayout

from mediator_desk.enums import CountKind, CountMethod
from mediator_desk.errors import MediatorDeskError, MissingRecordError, StorageError
from mediator_desk.services import counting
from mediator_desk.services.changes import CATEGORY, COUNT, REFERENCE, TEAM, Changes
from mediator_desk.services.counting import CounterSetup, Press
from mediator_desk.services.timeutil import local_day_hour
from mediator_desk.ui.ui_counter_page import Ui_CounterPage
from mediator_desk.views.dialogs.categories_dialog import CategoriesDialog
from mediator_desk.views.dialogs.correction_dialog import CorrectionDialog
from mediator_desk.views.formatting import fmt, num, time_text
from mediator_desk.views.labels import enum_label
from mediator_desk.views.page import Page
from mediator_desk.views.problems import show_problems
from mediator_desk.views.widgets.hourly_chart import HourlyChart

log = logging.getLogger(__name__)
UNDO_KEYS = ("Backspace", "Ctrl+Z")
COLUMNS = 3


def key_name(event: QKeyEvent) -> str:
    """A stable name for a key press ('1', 'Space', 'PgDown', 'B'), keypad digits as plain digits."""
    combo = event.keyCombination()
    mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(combo.key().value | mods.value).toString()


CLOCK_CHECK_MS = 30_000
CLOCK_JUMP = dt.timedelta(minutes=2)


class CounterPage(Page):
    press_recorded = Signal(str)  # CountEvent id, once it is on disk and shown
    RELEVANT = frozenset({COUNT, CATEGORY, REFERENCE, TEAM})

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_CounterPage()
        self.ui.setupUi(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Counter: press 1–9 or Space to count a visitor"))
        self.chart = HourlyChart(self.ui.chartArea)
        QVBoxLayout(self.ui.chartArea).addWidget(self.chart)
        self.grid = QGridLayout(self.ui.buttonsArea)
        self.grid.setSpacing(10)
        for m in CountMethod.values():
            self.ui.methodCombo.addItem(enum_label(m), m)
        self.setup: CounterSetup | None = None
        self.buttons: dict[uuid.UUID, QPushButton] = {}
        self.counter_ctx: counting.CounterContext | None = None
        self.writer: counting.PressWriter | None = None
        self.state: counting.CounterState | None = None
        self._others = 0  # walk-ins counted today on other laptops (as of the last merge or sync)
        self._applied: set[uuid.UUID] = set()  # presses made here and shown since the last reload
        self._keymap: dict[str, uuid.UUID] = {}
        self.ui.methodCombo.setCurrentIndex(max(0, self.ui.methodCombo.findData(ctx.prefs.count_method)))
        self.ui.occupancyCheck.setChecked(ctx.prefs.occupancy_mode)
        self.ui.capacitySpin.setValue(ctx.prefs.capacity)
        self.categories_button = QPushButton(self.tr("Categories and keys…"))
        self.categories_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys here
        self.ui.toolsLayout.insertWidget(2, self.categories_button)
        self.ui.undoButton.clicked.connect(self.undo)
        self.ui.correctButton.clicked.connect(self._on_correct_clicked)
        self.ui.exitButton.clicked.connect(lambda: self.count_exit())
        self.categories_button.clicked.connect(self._on_categories_clicked)
        self._clock_mark = (ctx.now(), time.monotonic())
        self._clock_timer = QTimer(self)  # presses are filed under the laptop's time: say when that time jumps
        self._clock_timer.setInterval(CLOCK_CHECK_MS)
        self._clock_timer.timeout.connect(self.check_clock)
        self._clock_timer.start()
        self.ui.methodCombo.currentIndexChanged.connect(self._on_method_changed)
        self.ui.occupancyCheck.toggled.connect(self._on_occupancy_toggled)
        self.ui.capacitySpin.valueChanged.connect(self._on_capacity_changed)

    def title(self) -> str:
        return self.tr("Counter")

    @property
    def categories(self) -> tuple[counting.CategoryRow, ...]:
        return self.setup.categories if self.setup else ()

    # --- loading ------------------------------------------------------------------------------------

    def reset_exhibition(self) -> None:
        self.stale = True

    def default_category_names(self) -> dict[str, str]:
        return {"adult": self.tr("Adult"), "child": self.tr("Child"), "senior": self.tr("Senior"),
                "student": self.tr("Student"), "free": self.tr("Free"), "voucher": self.tr("Voucher")}

    def _load_setup(self) -> bool:
        """Where to count: the chosen exhibition, if this database holds it (never a deleted one)."""
        exhibition = self.ctx.exhibition()
        self.setup = counting.counter_setup(self.ctx.db, exhibition.id, self.ctx.now()) if exhibition else None
        if self.setup is None:
            self.counter_ctx = None
            self._build_buttons()
            return False
        if not self.setup.categories and not self.ctx.db.read_only:
            self.publish(counting.ensure_default_categories(self.ctx.db, self.setup.venue_id,
                                                            self.default_category_names(), self.ctx.device_id))
            self.setup = counting.counter_setup(self.ctx.db, exhibition.id, self.ctx.now())
        me = self.ctx.me()
        counter_ctx = counting.CounterContext(self.setup.exhibition_id, self.setup.timezone, self.ctx.device_id,
                                              me.id if me else None, self.ui.methodCombo.currentData())
        if self.counter_ctx != counter_ctx:
            self.counter_ctx = counter_ctx
            if self.writer is None:
                self.writer = counting.PressWriter(self.ctx.db, counter_ctx)
            else:
                self.writer.ctx = counter_ctx  # the same writer: Undo still knows this window's presses
        self._build_buttons()
        self.ui.scopeLabel.setText(fmt(self.tr(
            "Counting for “%1” on this laptop (%2). The buttons and the chart show this laptop's counts; the "
            "venue's total adds the other laptops' as of the last merge or sync."), self.setup.exhibition_title,
            self.ctx.device_id))
        return True

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
            button.setAccessibleName(cat.name)
            button.clicked.connect(lambda _checked=False, cid=cat.id: self.count(cid))
            self.grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[cat.id] = button
            if cat.key:
                self._keymap[cat.key] = cat.id
        for i, cat in enumerate(self.categories[:9]):  # 1–9 in order, unless mapped otherwise
            self._keymap.setdefault(str(i + 1), cat.id)
        if self.categories:
            self._keymap.setdefault("Space", self.categories[0].id)

    def check_clock(self, monotonic: float | None = None) -> dt.timedelta | None:
        """Compare how far the laptop's clock moved with how much time really passed (the monotonic clock): a
        jump of more than two minutes (a wrong clock set right, a time zone changed by hand, a battery gone flat)
        is said on the page — presses are filed under the laptop's own time."""
        now, mono = self.ctx.now(), time.monotonic() if monotonic is None else monotonic
        wall_then, mono_then = self._clock_mark
        self._clock_mark = (now, mono)
        jump = (now - wall_then) - dt.timedelta(seconds=mono - mono_then)
        if abs(jump) <= CLOCK_JUMP:
            return None
        from mediator_desk.services.team.clocks import describe

        text = (self.tr("The laptop's clock jumped forward by %1.") if jump.total_seconds() > 0 else
                self.tr("The laptop's clock jumped back by %1."))
        show_problems(self.ui.clockWarningLabel, [(fmt(text, describe(jump)) + " " + self.tr(
            "Walk-ins are filed under the laptop's time: check the date, time and time zone in the system "
            "settings."), True)])
        self.ui.clockWarningLabel.setVisible(True)
        return jump

    def redraw(self, changes: Changes) -> None:
        """This window's own presses are on screen already (applied as they were made): only others' changes
        reload the page."""
        if changes.kinds == {COUNT} and changes.ids and changes.ids <= self._applied:
            return
        self.refresh()

    def refresh(self) -> None:
        self._applied.clear()
        if not self._load_setup():
            self.state = None
            self.ui.scopeLabel.setText(self.tr("Add a venue and an exhibition in Settings to start counting."))
            return
        assert self.counter_ctx is not None and self.setup is not None
        self.state = counting.counter_state(self.ctx.db, self.counter_ctx, self.setup.day, this_device_only=True)
        venue = counting.counter_state(self.ctx.db, self.counter_ctx, self.setup.day, this_device_only=False)
        self._others = venue.total - self.state.total  # other laptops' walk-ins, as of the last merge or sync
        self._show_state()
        self._load_audit()

    # --- counting -----------------------------------------------------------------------------------

    def _failed(self, exc: MediatorDeskError) -> None:
        log.warning("A press was not saved: %s", exc)
        if isinstance(exc, MissingRecordError):
            self.stale = True
            text = str(exc)
        else:
            text = fmt(self.tr("This press could not be saved, so it was not counted: %1"), str(exc))
        self.ctx.prompts.error(self, self.tr("Not counted"), text)

    def count(self, category_id: uuid.UUID, kind: str = CountKind.entry.value) -> Press | None:
        if self.writer is None or self.counter_ctx is None:
            return None
        try:
            event = self.writer.press(category_id, kind=kind, at=self.ctx.now())
        except (StorageError, MissingRecordError) as exc:
            self._failed(exc)
            return None
        self._apply(event)
        return event

    def count_exit(self) -> Press | None:
        if not self.ui.occupancyCheck.isChecked() or not self.categories:
            return None
        return self.count(self.categories[0].id, CountKind.exit.value)

    def undo(self) -> Press | None:
        if self.writer is None:
            return None
        try:
            event = self.writer.undo(at=self.ctx.now())
        except (StorageError, MissingRecordError) as exc:
            self._failed(exc)
            return None
        if event is None:
            self.ui.scopeLabel.setText(self.tr("Nothing to undo: no press made in this window today is left."))
            return None
        self._apply(event)
        self._load_audit()
        return event

    def _apply(self, event: Press) -> None:
        assert self.state is not None
        if event.local_date != self.state.day:
            self.refresh()
        else:
            self.state.apply(event)
            self._show_state()
        opening = self.setup.opening if self.setup else None
        if opening and not opening[0] <= event.local_hour < opening[1] and event.delta > 0:
            self.ui.scopeLabel.setText(fmt(self.tr("Counted outside the opening hours (%1:00–%2:00): flagged in "
                                                   "the chart, kept in the totals."), str(opening[0]),
                                           str(opening[1])))
        self._applied.add(event.id)
        self.press_recorded.emit(str(event.id))
        self.publish(event.changes)

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
        self.ui.totalValue.setText(num(st.total))
        team_set = self.ctx.team is not None and bool(self.ctx.team.server_url)
        self.ui.venueCard.setVisible(bool(self._others) or team_set)
        self.ui.venueValue.setText(num(st.total + self._others))
        self.ui.hourValue.setText(num(st.hour_total(hour)))
        self.ui.hourCaption.setText(fmt(self.tr("this hour (%1:00–%2:00)"), str(hour), str(hour + 1)))
        keys = {cid: k for k, cid in self._keymap.items()}
        for cat in self.categories:
            key = cat.key or keys.get(cat.id, "")
            self.buttons[cat.id].setText(f"{cat.name}\n{num(st.by_category.get(cat.id, 0))}"
                                         + (f"   [{key}]" if key else ""))
        occupancy = self.ui.occupancyCheck.isChecked()
        for w in (self.ui.insideCard, self.ui.exitButton, self.ui.capacityCaption, self.ui.capacitySpin):
            w.setVisible(occupancy)
        self.ui.exitButton.setText(fmt(self.tr("Visitor left (%1)"), self.ctx.prefs.exit_key))
        self.ui.insideValue.setText(num(st.inside))
        full = occupancy and st.inside >= self.ui.capacitySpin.value()
        if bool(self.ui.insideCard.property("warning")) != full:
            self.ui.insideCard.setProperty("warning", full)
            self.ui.insideCard.style().unpolish(self.ui.insideCard)
            self.ui.insideCard.style().polish(self.ui.insideCard)
        self.ui.insideCaption.setText(self.tr("inside now — capacity reached") if full else self.tr("inside now"))
        self.chart.set_data(st.by_hour, self.setup.opening if self.setup else None)

    def capacity_warning(self) -> bool:
        return bool(self.ui.insideCard.property("warning"))

    def _load_audit(self) -> None:
        self.ui.auditList.clear()
        if self.setup is None:
            return
        for row in counting.audit(self.ctx.db, self.setup, self.ctx.device_id):
            sign = f"+{num(row.delta)}" if row.delta > 0 else f"−{num(-row.delta)}"
            what = row.note or self.tr("undo of the last press")
            self.ui.auditList.addItem(QListWidgetItem(fmt(self.tr("%1  %2 %3 for %4:00 — %5"), time_text(row.at),
                                                          sign, row.category, str(row.hour), what)))

    # --- slots --------------------------------------------------------------------------------------

    def _on_method_changed(self, _index: int) -> None:
        method = self.ui.methodCombo.currentData()
        self.ctx.prefs.count_method = method
        if self.counter_ctx is not None and self.writer is not None:
            c = self.counter_ctx
            self.counter_ctx = counting.CounterContext(c.exhibition_id, c.venue_tz, c.device_id, c.mediator_id,
                                                       method)
            self.writer.ctx = self.counter_ctx

    def _on_occupancy_toggled(self, on: bool) -> None:
        self.ctx.prefs.occupancy_mode = on
        if self.state is not None:
            self._show_state()

    def _on_capacity_changed(self, value: int) -> None:
        self.ctx.prefs.capacity = value
        if self.state is not None:
            self._show_state()

    def _on_correct_clicked(self) -> None:
        if self.writer is None or self.state is None:
            return
        _day, hour = local_day_hour(self.ctx.now(), self.counter_ctx.venue_tz)
        dialog = CorrectionDialog(self.writer, [(c.id, c.name) for c in self.categories], self.state.day, hour, self)
        if dialog.exec() and dialog.event is not None:
            self.publish(dialog.event.changes)  # every page hears of it, this one reloads
        self.setFocus()

    def _on_categories_clicked(self) -> None:
        if self.setup is None:
            return
        dialog = CategoriesDialog(self.ctx.db, self.setup.venue_id, list(self.categories), self.ctx.device_id,
                                  self.ctx.prefs.exit_key, self)
        if dialog.exec():
            self.publish(dialog.changes)  # every page hears of it, this one reloads
        self.setFocus()
