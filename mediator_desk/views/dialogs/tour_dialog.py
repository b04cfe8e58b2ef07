"""The session editor: a tour and its visitor groups, with inline validation that keeps everything typed."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QSpinBox, QWidget

from mediator_desk.enums import PartnerType
from mediator_desk.errors import ValidationError
from mediator_desk.services import reference, tours
from mediator_desk.services.fields import GROUP, GROUP_FIELDS, TOUR, TOUR_FIELDS
from mediator_desk.services.textutil import fold
from mediator_desk.services.timeutil import UTC, zone
from mediator_desk.services.tours import GroupDraft, TourDraft
from mediator_desk.ui.ui_tour_dialog import Ui_TourDialog
from mediator_desk.views.formatting import fmt
from mediator_desk.views.labels import enum_label
from mediator_desk.views.problems import FAILED, problem_text, save_with_warnings, show_problems
from mediator_desk.views.screen_fit import fit_on_screen
from mediator_desk.views.widgets import binding, completion, pickers
from mediator_desk.views.widgets.validity import set_invalid

TOUR_TAB, GROUPS_TAB, BOOKING_TAB, NOTES_TAB = range(4)
# The tour's fields the editor shows through its own widgets (times with their check boxes, the team).
TOUR_SHOWN_APART = frozenset({"planned_start", "actual_start", "actual_end", "contact_retention_until",
                              "expected_size"})
# Names the checks use that are not fields: where each is shown.
CHECK_NAMES = {"exhibition": "exhibition_id", "lead": "leadCombo"}


class TourDialog(QDialog):
    """Edit a TourDraft. On Save the draft is checked and stored; `saved` carries the session id."""

    saved = Signal(str)

    def __init__(self, ctx, draft: TourDraft, *, is_new: bool, parent: QWidget | None = None,
                 suggested_group: GroupDraft | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.draft, self.is_new = ctx, draft.copy(), is_new
        self.suggested_group = suggested_group
        self.ui = Ui_TourDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New tour") if is_new else self.tr("Edit tour"))
        self._group_row = -1
        self._loading = False
        self._flagged: list[QWidget] = []
        self._group_widgets = {f.name: binding.widget(self.ui, f) for f in GROUP_FIELDS}
        self._tour_widgets = {f.name: binding.widget(self.ui, f) for f in TOUR_FIELDS}
        self._typed_partners: dict[int, str] = {}  # a group (by identity) -> a partner's name typed, not yet made
        self._load_lists()
        self._load_draft()
        self._connect()
        self._set_tab_order()
        for spin in self.findChildren(QSpinBox):
            spin.installEventFilter(self)  # typing replaces the number, however the field got focus
        self.ui.tabs.setCurrentIndex(TOUR_TAB)
        self.ui.exhibitionCombo.setFocus()
        fit_on_screen(self)  # 560 px and a title bar overflow a 125 % laptop screen with a taskbar

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QSpinBox):
            QTimer.singleShot(0, watched.selectAll)
        return super().eventFilter(watched, event)

    # --- set-up ------------------------------------------------------------------------------------

    def _load_lists(self) -> None:
        ui = self.ui
        choices = self.ctx.choices()
        self._zones = {str(e.id): e.timezone for e in choices.exhibitions}
        pickers.fill(ui.exhibitionCombo, pickers.exhibitions(choices))
        refs = {"programme": lambda: pickers.programmes(choices), "partner": lambda: pickers.partners(choices)}
        for f in (*TOUR_FIELDS, *GROUP_FIELDS):
            if f.ref in refs or f.kind in ("enum", "enums"):
                none = self.tr("(not booked)") if f.name == "booking_source" else self.tr("(none)")
                binding.fill(self._tour_widgets.get(f.name) or self._group_widgets[f.name], f, none=none,
                             refs=lambda ref: refs[ref]())
        on_tour = {str(m) for m in self.draft.mediator_ids}  # the tour's own people first, seen without scrolling
        people = pickers.mediators(choices, active_only=True, keep=self.draft.mediator_ids)
        for label, value in sorted(people, key=lambda person: person[1] not in on_tour):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.mediatorList.addItem(item)
        ui.retentionEdit.setMinimumDate(QDate(2000, 1, 1))
        # A school or an association is typed in place: an existing one is found whatever its accents, a new one
        # is made when the tour is saved (see _make_typed_partners); school levels complete from those used
        completion.names_in_place(ui.partnerCombo)
        completion.complete_from(ui.schoolLevelEdit, tours.school_levels(self.ctx.db))

    def _tz(self) -> str:
        return self._zones.get(self.ui.exhibitionCombo.currentData() or "", "UTC")

    def _set_when(self, edit, value: dt.datetime | None) -> None:
        shown = (value or self.ctx.now()).astimezone(zone(self._tz()))
        edit.setDateTime(QDateTime(QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute)))

    def _when(self, edit) -> dt.datetime:
        q = edit.dateTime()
        d, t = q.date(), q.time()
        naive = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return naive.replace(tzinfo=zone(self._tz())).astimezone(UTC)

    def _load_draft(self) -> None:
        self._loading = True
        ui, d = self.ui, self.draft
        for f in TOUR_FIELDS:
            if f.name not in TOUR_SHOWN_APART:
                binding.show(self._tour_widgets[f.name], f, getattr(d, f.name))
        self._set_when(ui.plannedStartEdit, d.planned_start)
        ui.actualStartCheck.setChecked(d.actual_start is not None)
        self._set_when(ui.actualStartEdit, d.actual_start or d.planned_start)
        ui.actualEndCheck.setChecked(d.actual_end is not None)
        self._set_when(ui.actualEndEdit, d.actual_end or (d.actual_start or d.planned_start or self.ctx.now())
                       + tours.DEFAULT_DURATION)
        for row in range(ui.mediatorList.count()):
            item = ui.mediatorList.item(row)
            checked = uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) in d.mediator_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._refresh_lead(d.lead_id)
        ui.expectedSpin.setValue(d.expected_size or 0)
        retention = d.contact_retention_until or ((d.planned_start or self.ctx.now()).date() + dt.timedelta(days=30))
        ui.retentionEdit.setDate(QDate(retention.year, retention.month, retention.day))
        ui.groupList.clear()
        for g in d.groups:
            ui.groupList.addItem(self._group_title(g))
        self._loading = False
        self._group_row = -1
        if d.groups:
            ui.groupList.setCurrentRow(0)
            self._show_group(0)
        self._update_group_editor_enabled()
        self._update_times_enabled()
        self._update_summary()

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self._on_save_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addGroupButton.clicked.connect(self._on_add_group_clicked)
        ui.removeGroupButton.clicked.connect(self._on_remove_group_clicked)
        ui.groupList.currentRowChanged.connect(self._on_group_row_changed)
        ui.mediatorList.itemChanged.connect(self._on_mediator_item_changed)
        ui.actualStartCheck.toggled.connect(self._update_times_enabled)
        ui.actualEndCheck.toggled.connect(self._update_times_enabled)
        ui.actualStartEdit.dateTimeChanged.connect(self._update_summary)
        ui.actualEndEdit.dateTimeChanged.connect(self._update_summary)
        ui.expectedSpin.valueChanged.connect(self._update_summary)
        for w in self._group_widgets.values():
            binding.watch(w, self._on_group_value_changed)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self._on_save_clicked)
        add = QShortcut(QKeySequence("Ctrl+G"), self)
        add.activated.connect(self._on_add_group_clicked)
        ui.addGroupButton.setToolTip(self.tr("Add a visitor group (Ctrl+G)"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+Enter)"))

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain = [ui.addGroupButton, ui.removeGroupButton, ui.groupList,
                 *(self._group_widgets[f.name] for f in GROUP_FIELDS if f.kind != "total")]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # --- groups ------------------------------------------------------------------------------------

    def _group_title(self, g: GroupDraft) -> str:
        return fmt(self.tr("%1 · %2 people"), enum_label(g.group_type), g.participants)

    def _update_group_editor_enabled(self) -> None:
        has = self.ui.groupList.count() > 0
        self.ui.groupEditor.setEnabled(has)
        self.ui.removeGroupButton.setEnabled(has)

    def _store_group(self) -> None:
        """Write the group editor's fields into the draft group being shown."""
        row = self._group_row
        if not 0 <= row < len(self.draft.groups):
            return
        g = self.draft.groups[row]
        for f in GROUP_FIELDS:
            if f.kind == "age":
                g.ages[f.name] = binding.read(self._group_widgets[f.name], f)
            elif f.name == "partner_id":
                chosen, typed = completion.typed_choice(self.ui.partnerCombo)
                g.partner_id = uuid.UUID(chosen) if chosen else None
                self._typed_partners.pop(id(g), None)
                if typed:
                    self._typed_partners[id(g)] = typed  # made when the tour is saved
            elif f.kind != "total":
                setattr(g, f.name, binding.read(self._group_widgets[f.name], f))

    def _show_group(self, row: int) -> None:
        self._group_row = row
        if not 0 <= row < len(self.draft.groups):
            return
        g = self.draft.groups[row]
        self._loading = True
        for f in GROUP_FIELDS:
            value = (g.ages.get(f.name, 0) if f.kind == "age" else g.participants if f.kind == "total"
                     else getattr(g, f.name))
            binding.show(self._group_widgets[f.name], f, value)
        if id(g) in self._typed_partners:
            self.ui.partnerCombo.setEditText(self._typed_partners[id(g)])
        self._loading = False

    def _on_group_row_changed(self, row: int) -> None:
        if self._loading:
            return
        self._store_group()
        self._show_group(row)

    def _on_group_value_changed(self, *_args) -> None:
        if self._loading or not 0 <= self._group_row < len(self.draft.groups):
            return
        self._store_group()
        g = self.draft.groups[self._group_row]
        self.ui.participantsValue.setText(str(g.participants))
        self.ui.groupList.item(self._group_row).setText(self._group_title(g))
        self._update_summary()

    def _on_add_group_clicked(self) -> None:
        self._store_group()
        # A new group starts like the previous one (or, the first, like my last tour's): type, origin and
        # admission — never its counts or its country, which are typed afresh.
        previous = self.draft.groups[-1] if self.draft.groups else self.suggested_group
        group = GroupDraft(**({f.name: f.copy(getattr(previous, f.name)) for f in GROUP_FIELDS if f.carried}
                              if previous else {}))
        self.draft.groups.append(group)
        self.ui.groupList.addItem(self._group_title(group))
        self._update_group_editor_enabled()
        self.ui.tabs.setCurrentIndex(GROUPS_TAB)
        self.ui.groupList.setCurrentRow(len(self.draft.groups) - 1)
        self.ui.groupTypeCombo.setFocus()
        self._update_summary()

    def _on_remove_group_clicked(self) -> None:
        row = self.ui.groupList.currentRow()
        if not 0 <= row < len(self.draft.groups):
            return
        self._loading = True
        self._typed_partners.pop(id(self.draft.groups.pop(row)), None)  # its typed name goes with it
        self.ui.groupList.takeItem(row)
        self._loading = False
        self._group_row = -1
        if self.draft.groups:
            new_row = min(row, len(self.draft.groups) - 1)
            self.ui.groupList.setCurrentRow(new_row)
            self._show_group(new_row)
        self._update_group_editor_enabled()
        self._update_summary()

    # --- team and times ----------------------------------------------------------------------------

    def _checked_mediators(self) -> list[tuple[uuid.UUID, str]]:
        out = []
        for row in range(self.ui.mediatorList.count()):
            item = self.ui.mediatorList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append((uuid.UUID(item.data(Qt.ItemDataRole.UserRole)), item.text()))
        return out

    def _refresh_lead(self, wanted: uuid.UUID | None = None) -> None:
        combo = self.ui.leadCombo
        current = wanted if wanted is not None else (uuid.UUID(combo.currentData()) if combo.currentData() else None)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(choose the lead)"), None)
        for mid, name in self._checked_mediators():
            combo.addItem(name, str(mid))
        index = combo.findData(str(current)) if current else -1
        if index < 0 and combo.count() == 2:
            index = 1  # one mediator: they lead
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _on_mediator_item_changed(self, _item) -> None:
        if not self._loading:
            self._refresh_lead()

    def _update_times_enabled(self, *_args) -> None:
        self.ui.actualStartEdit.setEnabled(self.ui.actualStartCheck.isChecked())
        self.ui.actualEndEdit.setEnabled(self.ui.actualEndCheck.isChecked())
        self._update_summary()

    def _update_summary(self, *_args) -> None:
        if self._loading:
            return
        booked = self.ui.expectedSpin.value()
        actual = sum(g.participants for g in self.draft.groups)
        parts = []
        if booked:
            diff = actual - booked
            parts.append(fmt(self.tr("Booked %1 · Actual %2 (%3)"), booked, actual, f"{diff:+d}"))
        else:
            parts.append(fmt(self.tr("Not booked · Actual %1"), actual))
        parts.append(fmt(self.tr("Groups: %1"), len(self.draft.groups)))
        duration = ""
        if self.ui.actualStartCheck.isChecked() and self.ui.actualEndCheck.isChecked():
            minutes = int((self._when(self.ui.actualEndEdit) - self._when(self.ui.actualStartEdit)).total_seconds() // 60)
            if minutes > 0:
                duration = fmt(self.tr("%1 min"), minutes)
                parts.append(duration)
        self.ui.durationLabel.setText(duration)
        self.ui.summaryLabel.setText("   ·   ".join(parts))

    # --- saving ------------------------------------------------------------------------------------

    def collect(self) -> TourDraft:
        """The draft as the widgets show it now."""
        ui, d = self.ui, self.draft
        self._store_group()
        for f in TOUR_FIELDS:
            if f.name not in TOUR_SHOWN_APART:
                setattr(d, f.name, binding.read(self._tour_widgets[f.name], f))
        d.planned_start = self._when(ui.plannedStartEdit)
        d.actual_start = self._when(ui.actualStartEdit) if ui.actualStartCheck.isChecked() else None
        d.actual_end = self._when(ui.actualEndEdit) if ui.actualEndCheck.isChecked() else None
        d.mediator_ids = [mid for mid, _ in self._checked_mediators()]
        lead = ui.leadCombo.currentData()
        d.lead_id = uuid.UUID(lead) if lead else None
        d.expected_size = ui.expectedSpin.value() or None
        has_contact = any((d.contact_name, d.contact_phone, d.contact_email))
        r = ui.retentionEdit.date()
        d.contact_retention_until = dt.date(r.year(), r.month(), r.day()) if has_contact else None
        return d

    def _tab_of(self, widget: QWidget) -> int:
        pages = [self.ui.tabs.widget(i) for i in range(self.ui.tabs.count())]
        while widget is not None and widget not in pages:
            widget = widget.parentWidget()
        return pages.index(widget) if widget is not None else TOUR_TAB

    def _field_widget(self, name: str) -> tuple[int, QWidget, int]:
        """(tab, widget, group row) showing a checked field: the field table's widget, or the group's editor."""
        group = tours.parse_group_field(name)
        if group is not None:
            row, key = group
            spec = GROUP.get(key)
            widget = (self._group_widgets[key] if spec is not None and spec.kind != "total"
                      else self.ui.groupEditor)
            return GROUPS_TAB, widget, row
        name = CHECK_NAMES.get(name, name)
        widget = self._tour_widgets.get(name) or getattr(self.ui, name, None)
        if widget is None:
            return TOUR_TAB, self.ui.tabs, -1
        return self._tab_of(widget), widget, -1

    def field_label(self, name: str) -> str:
        extra = {"lead": self.tr("Lead mediator"), "participants": binding.label(GROUP["participants"])}
        group = tours.parse_group_field(name)
        if group is not None:
            row, key = group
            what = binding.label(GROUP[key]) if key in GROUP else extra.get(key, key)
            return fmt(self.tr("Group %1 · %2"), row + 1, what)
        if name in extra:
            return extra[name]
        spec = TOUR.get(CHECK_NAMES.get(name, name))
        return binding.label(spec) if spec is not None else name

    def _show_problems(self, problems: list[ValidationError]) -> None:
        for widget in self._flagged:
            set_invalid(widget, False)
        self._flagged.clear()
        lines = []
        for p in problems:
            kind = self.tr("Check") if p.warning else self.tr("Error")
            lines.append((f"{kind} — {self.field_label(p.field)}: {problem_text(p)}", p.warning))
            if not p.warning:
                _tab, widget, _row = self._field_widget(p.field)
                if widget not in self._flagged and widget is not self.ui.tabs:
                    set_invalid(widget, True)
                    self._flagged.append(widget)
        show_problems(self.ui.messagesLabel, lines)
        first = next((p for p in problems if not p.warning), problems[0] if problems else None)
        if first is not None:
            tab, widget, row = self._field_widget(first.field)
            if row >= 0 and row != self.ui.groupList.currentRow():
                self.ui.groupList.setCurrentRow(row)
            self.ui.tabs.setCurrentIndex(tab)
            widget.setFocus()

    def messages(self) -> str:
        return self.ui.messagesLabel.text()

    def _make_typed_partners(self) -> bool:
        """The partners typed on groups that are not in the list yet: each kind asked once, each made (False:
        the person closed the question, and nothing is saved)."""
        self._store_group()
        groups = {id(g): g for g in self.draft.groups}
        made: dict[str, uuid.UUID] = {}
        kinds = list(PartnerType.values())
        for key, name in list(self._typed_partners.items()):
            if key not in groups:
                continue
            folded = fold(name)
            if folded not in made:
                choice = self.ctx.prompts.choose(self, self.tr("New partner"), fmt(self.tr(
                    "“%1” is not among the partners yet. What kind of organisation is it?"), name),
                    [enum_label(kind) for kind in kinds])
                if choice is None:
                    return False
                made[folded], changes = reference.save(self.ctx.db, "partner", None,
                                                       {"name": name, "type": kinds[choice]}, self.ctx.device_id)
                if self.ctx.ops is not None:
                    self.ctx.ops.publish(changes)
                else:
                    self.ctx.note_changes(changes)
                self.ui.partnerCombo.addItem(name, str(made[folded]))
            groups[key].partner_id = made[folded]
            del self._typed_partners[key]
        return True

    def _on_save_clicked(self) -> None:
        if not self._make_typed_partners():
            return
        draft = self.collect()
        done = save_with_warnings(self, self.ctx.prompts, lambda accept: tours.save(
            self.ctx.db, draft, self.ctx.device_id, accept_warnings=accept), self._show_problems, self.field_label)
        if done is FAILED:
            return
        self.saved.emit(str(draft.id))
        self.accept()
