"""The Settings page: reference-list editors (venues … vouchers), the kiosk PIN, report and interface options."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from mediator_desk.db.enums import WEEKDAYS
from mediator_desk.errors import ValidationError, ValidationErrors
from mediator_desk.services import pin as pin_service
from mediator_desk.services import reference
from mediator_desk.services.reference import KINDS, Field
from mediator_desk.ui.ui_settings_page import Ui_SettingsPage
from mediator_desk.views.labels import enum_label, ui_language
from mediator_desk.views.page import Page
from mediator_desk.views.problems import problem_text
from mediator_desk.views.widgets.validity import set_invalid

SECTIONS = ("venue", "exhibition", "mediator", "programme", "partner", "voucher", "general")
NO_DATE = QDate(2000, 1, 1)  # shown as "—" (the date edits' minimum means "no date")


class SettingsPage(Page):
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._kind = "venue"
        self._record_id: uuid.UUID | None = None
        self._editors: dict[str, QWidget] = {}
        names = self._section_names()
        for key in SECTIONS:
            item = QListWidgetItem(names[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.ui.sectionList.addItem(item)
        t = self.ui.recordsTable
        t.verticalHeader().hide()
        t.setColumnCount(1)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for code, name in (("en", "English"), ("ro", "Română"), ("it", "Italiano")):
            self.ui.reportLanguageCombo.addItem(name, code)
            self.ui.interfaceLanguageCombo.addItem(name, code)
        self.ui.sectionList.currentRowChanged.connect(self._on_section_changed)
        t.currentCellChanged.connect(self._on_record_changed)
        self.ui.newRecordButton.clicked.connect(self._on_new_clicked)
        self.ui.saveRecordButton.clicked.connect(self._on_save_clicked)
        self.ui.deleteRecordButton.clicked.connect(self._on_delete_clicked)
        self.ui.setPinButton.clicked.connect(self._on_set_pin_clicked)
        self.ui.reportLanguageCombo.currentIndexChanged.connect(self._on_general_changed)
        self.ui.interfaceLanguageCombo.currentIndexChanged.connect(self._on_general_changed)
        self.ui.hideSmallCheck.toggled.connect(self._on_general_changed)
        self._loading = False
        self.ui.sectionList.setCurrentRow(0)

    def title(self) -> str:
        return self.tr("Settings")

    def _section_names(self) -> dict[str, str]:
        return {"venue": self.tr("Venues"), "exhibition": self.tr("Exhibitions"), "mediator": self.tr("Mediators"),
                "programme": self.tr("Programmes"), "partner": self.tr("Partner organisations"),
                "voucher": self.tr("Vouchers"), "general": self.tr("Kiosk, reports, language")}

    def field_label(self, name: str) -> str:
        return {"name": self.tr("Name"), "city": self.tr("City"), "country": self.tr("Country (IT, RO…)"),
                "timezone": self.tr("Time zone"), "type": self.tr("Type"), "opening_hours": self.tr("Opening hours"),
                "survey_url_template": self.tr("Online survey address"), "title": self.tr("Title"),
                "venue_id": self.tr("Venue"), "start_date": self.tr("Start"), "end_date": self.tr("End"),
                "display_name": self.tr("Name"), "languages": self.tr("Languages (it, en…)"),
                "role": self.tr("Role"), "paid": self.tr("Paid"), "active": self.tr("Active"),
                "funder": self.tr("Funder"), "target_groups": self.tr("Target groups"), "code": self.tr("Code"),
                "programme_id": self.tr("Programme"), "partner_id": self.tr("Partner"),
                "target_group": self.tr("Target group"), "issued_on": self.tr("Issued on"),
                "valid_until": self.tr("Valid until")}.get(name, name)

    def _section_intro(self, kind: str) -> str:
        return {"venue": self.tr("Where the exhibitions are: the time zone decides how times are shown; opening "
                                 "hours drive the counter's chart; the survey address (with {session} and {card}) "
                                 "goes into the QR codes."),
                "exhibition": self.tr("Each exhibition belongs to a venue; its dates mark its run."),
                "mediator": self.tr("The team. Inactive mediators stay in past tours but are not offered for new ones."),
                "programme": self.tr("Programmes and their funders, e.g. a Cultural Voucher."),
                "partner": self.tr("Schools, NGOs and other partners that bring groups."),
                "voucher": self.tr("Voucher codes issued to partners; a group that uses one redeems it.")}.get(kind, "")

    def refresh(self) -> None:
        self._load_records()
        self._load_general()

    # --- reference lists ---------------------------------------------------------------------------

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        kind = SECTIONS[row]
        if kind == "general":
            self.ui.sectionStack.setCurrentWidget(self.ui.generalPage)
            self._load_general()
            return
        self._kind = kind
        self.ui.sectionStack.setCurrentWidget(self.ui.referencePage)
        self.ui.sectionIntro.setText(self._section_intro(kind))
        self.ui.recordBox.setTitle(self._section_names()[kind])
        self._build_form(kind)
        self._load_records()

    def _build_form(self, kind: str) -> None:
        form = self.ui.recordForm
        while form.rowCount():
            form.removeRow(0)
        self._editors = {}
        for f in KINDS[kind].fields:
            editor = self._make_editor(f)
            editor.setObjectName(f"field_{f.name}")
            self._editors[f.name] = editor
            label = QLabel(self.field_label(f.name) + (" *" if f.required else ""))
            label.setBuddy(editor)
            form.addRow(label, editor)

    def _make_editor(self, f: Field) -> QWidget:
        if f.kind == "enum":
            combo = QComboBox()
            for v in f.choices:
                combo.addItem(enum_label(v), v)
            return combo
        if f.kind == "ref":
            combo = QComboBox()
            if not f.required:
                combo.addItem(self.tr("(none)"), None)
            for rid, title in reference.titles(self.ctx.db, f.ref):
                combo.addItem(title, str(rid))
            return combo
        if f.kind == "tz":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(sorted(zoneinfo.available_timezones()))
            return combo
        if f.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            return edit
        if f.kind == "bool":
            return QCheckBox()
        if f.kind == "enums":
            lst = QListWidget()
            lst.setMaximumHeight(140)
            for v in f.choices:
                item = QListWidgetItem(enum_label(v))
                item.setData(Qt.ItemDataRole.UserRole, v)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                lst.addItem(item)
            return lst
        if f.kind == "hours":
            box = QWidget()
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            locale = QLocale(ui_language())
            names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]  # Monday = 1
            for i, day in enumerate(WEEKDAYS):
                edit = QLineEdit()
                edit.setObjectName(f"hours_{day}")
                edit.setPlaceholderText(self.tr("closed"))
                edit.setToolTip(self.tr("e.g. 10:00-18:00; empty means closed"))
                grid.addWidget(QLabel(names[i]), i // 4 * 2, i % 4)
                grid.addWidget(edit, i // 4 * 2 + 1, i % 4)
            return box
        edit = QLineEdit()
        if f.kind == "url":
            edit.setPlaceholderText("https://…/survey?tour={session}&card={card}")
        return edit

    def _load_records(self) -> None:
        if self._kind not in KINDS:
            return
        spec = KINDS[self._kind]
        self._records = reference.records(self.ctx.db, self._kind)
        t = self.ui.recordsTable
        t.blockSignals(True)
        t.setRowCount(0)
        t.setHorizontalHeaderLabels([self.field_label(spec.title_field)])
        for rid, values in self._records:
            row = t.rowCount()
            t.insertRow(row)
            item = QTableWidgetItem(str(values[spec.title_field]))
            item.setData(Qt.ItemDataRole.UserRole, str(rid))
            t.setItem(row, 0, item)
        t.blockSignals(False)
        wanted = self._record_id
        row = next((i for i, (rid, _) in enumerate(self._records) if rid == wanted), 0 if self._records else -1)
        if row >= 0:
            t.setCurrentCell(row, 0)
            self._show_record(*self._records[row])
        else:
            self._on_new_clicked()

    def _on_record_changed(self, row: int, *_args) -> None:
        if 0 <= row < len(self._records):
            self._show_record(*self._records[row])

    def _show_record(self, rid: uuid.UUID | None, values: dict[str, Any]) -> None:
        self._record_id = rid
        self.ui.recordErrorLabel.clear()
        for f in KINDS[self._kind].fields:
            self._set_value(f, self._editors[f.name], values.get(f.name))
        self.ui.deleteRecordButton.setEnabled(rid is not None)

    def _set_value(self, f: Field, editor: QWidget, value: Any) -> None:
        self._flag(f, editor, False)
        if f.kind in ("enum", "ref"):
            editor.setCurrentIndex(max(editor.findData(str(value) if f.kind == "ref" and value else value), 0))
        elif f.kind == "tz":
            editor.setCurrentText(value or "")
        elif f.kind == "date":
            editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif f.kind == "bool":
            editor.setChecked(bool(value))
        elif f.kind == "enums":
            for i in range(editor.count()):
                item = editor.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in (value or [])
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        elif f.kind == "hours":
            for day in WEEKDAYS:
                span = (value or {}).get(day)
                editor.findChild(QLineEdit, f"hours_{day}").setText(f"{span[0]}-{span[1]}" if span else "")
        elif f.kind == "languages":
            editor.setText(", ".join(value or []))
        else:
            editor.setText(value or "")

    def _value(self, f: Field, editor: QWidget) -> Any:
        if f.kind == "enum":
            return editor.currentData()
        if f.kind == "ref":
            return uuid.UUID(editor.currentData()) if editor.currentData() else None
        if f.kind == "tz":
            return editor.currentText().strip()
        if f.kind == "date":
            d = editor.date()
            return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())
        if f.kind == "bool":
            return editor.isChecked()
        if f.kind == "enums":
            return [editor.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.count())
                    if editor.item(i).checkState() == Qt.CheckState.Checked]
        if f.kind == "hours":
            hours = {}
            for day in WEEKDAYS:
                text = editor.findChild(QLineEdit, f"hours_{day}").text()
                try:
                    span = reference.parse_hours(text)
                except ValueError:
                    raise ValidationErrors([ValidationError(
                        "opening_hours", self.tr("“%1” is not a time span like 10:00-18:00.").replace("%1", text))]
                    ) from None
                if span:
                    hours[day] = span
            return hours
        if f.kind == "languages":
            return [c.strip().lower() for c in editor.text().replace(";", ",").split(",") if c.strip()]
        if f.kind == "country":
            return editor.text().strip().upper()
        return editor.text().strip()

    def _field(self, name: str) -> Field:
        return next(f for f in KINDS[self._kind].fields if f.name == name)

    @staticmethod
    def _flag(f: Field, editor: QWidget, invalid: bool) -> None:
        """Mark a field; for opening hours, the weekdays whose text is not a time span."""
        if f.kind != "hours":
            set_invalid(editor, invalid)
            return
        for edit in editor.findChildren(QLineEdit):
            try:
                reference.parse_hours(edit.text())
                bad = False
            except ValueError:
                bad = True
            set_invalid(edit, invalid and bad)

    def _on_new_clicked(self) -> None:
        self.ui.recordsTable.clearSelection()
        self._show_record(None, reference.defaults(self._kind))
        first = next(iter(self._editors.values()), None)
        if first is not None:
            first.setFocus()

    def _show_problems(self, problems: list[ValidationError]) -> None:
        lines = []
        for p in problems:
            lines.append(f"{self.field_label(p.field)}: {problem_text(p)}")
            editor = self._editors.get(p.field)
            if editor is not None and not p.warning:
                self._flag(self._field(p.field), editor, True)
        self.ui.recordErrorLabel.setText("\n".join(lines))
        first = next((self._editors.get(p.field) for p in problems if self._editors.get(p.field)), None)
        if first is not None:
            first.setFocus()

    def _on_save_clicked(self) -> None:
        for f in KINDS[self._kind].fields:
            self._flag(f, self._editors[f.name], False)
        try:
            values = {f.name: self._value(f, self._editors[f.name]) for f in KINDS[self._kind].fields}
            try:
                self._record_id = reference.save(self.ctx.db, self._kind, self._record_id, values, self.ctx.device_id)
            except ValidationErrors as exc:
                if exc.errors or not self.ctx.prompts.confirm(
                        self, self.tr("Save anyway?"), "\n".join(problem_text(p) for p in exc.warnings)):
                    raise
                self._record_id = reference.save(self.ctx.db, self._kind, self._record_id, values,
                                                 self.ctx.device_id, accept_warnings=True)
        except ValidationErrors as exc:
            self._show_problems(exc.problems)
            return
        self._load_records()
        self.status_message.emit(self.tr("Saved."))
        self.data_changed.emit()

    def _on_delete_clicked(self) -> None:
        if self._record_id is None:
            return
        title = str(dict(self._records).get(self._record_id, {}).get(KINDS[self._kind].title_field, ""))
        if not self.ctx.prompts.confirm(self, self.tr("Delete"), self.tr("Delete “%1”?").replace("%1", title),
                                        yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        try:
            reference.delete(self.ctx.db, self._kind, self._record_id, self.ctx.device_id)
        except ValidationErrors as exc:
            self._show_problems(exc.problems)
            return
        self._record_id = None
        self._load_records()
        self.data_changed.emit()

    # --- kiosk PIN, reports, interface ------------------------------------------------------------

    def _load_general(self) -> None:
        self._loading = True
        p = self.ctx.prefs
        self.ui.reportLanguageCombo.setCurrentIndex(max(self.ui.reportLanguageCombo.findData(p.report_language), 0))
        self.ui.interfaceLanguageCombo.setCurrentIndex(
            max(self.ui.interfaceLanguageCombo.findData(p.language or "en"), 0))
        self.ui.hideSmallCheck.setChecked(p.hide_small_groups)
        self.ui.pinStatusLabel.setText(self.tr("A PIN is set.") if p.kiosk_pin_hash
                                       else self.tr("No PIN yet: the kiosk cannot be opened."))
        self._loading = False

    def _on_general_changed(self, *_args) -> None:
        if self._loading:
            return
        p = self.ctx.prefs
        p.report_language = self.ui.reportLanguageCombo.currentData()
        p.language = self.ui.interfaceLanguageCombo.currentData()
        p.hide_small_groups = self.ui.hideSmallCheck.isChecked()

    def _on_set_pin_clicked(self) -> None:
        pin, repeat = self.ui.pinEdit.text(), self.ui.pinRepeatEdit.text()
        try:
            pin_service.validate_pin(pin, repeat)
        except ValidationError as exc:
            self.ui.pinStatusLabel.setText(problem_text(exc))
            (self.ui.pinEdit if exc.field == "pin" else self.ui.pinRepeatEdit).setFocus()
            return
        self.ctx.prefs.kiosk_pin_hash = pin_service.hash_pin(pin)
        self.ui.pinEdit.clear()
        self.ui.pinRepeatEdit.clear()
        self.ui.pinStatusLabel.setText(self.tr("The kiosk PIN is set."))
        self.status_message.emit(self.tr("The kiosk PIN is set."))
