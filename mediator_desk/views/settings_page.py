"""The Settings page: reference-list editors (venues … vouchers), the kiosk PIN, report and interface options."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidgetItem, QTableWidgetItem

from mediator_desk.errors import MediatorDeskError, ValidationError, ValidationErrors
from mediator_desk.services import pin as pin_service
from mediator_desk.services import reference
from mediator_desk.services.changes import REFERENCE, TEAM
from mediator_desk.services.reference import KINDS
from mediator_desk.ui.ui_settings_page import Ui_SettingsPage
from mediator_desk.views.formatting import fmt, num
from mediator_desk.views.page import Page
from mediator_desk.views.problems import FAILED, problem_text, save_with_warnings, show_problems
from mediator_desk.views.widgets import pickers
from mediator_desk.views.widgets.field_editors import FieldEditor, make_editor

SECTIONS = ("venue", "exhibition", "mediator", "programme", "partner", "voucher", "team", "general")


class SettingsPage(Page):
    RELEVANT = frozenset({REFERENCE, TEAM})

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._kind = "venue"
        self._record_id: uuid.UUID | None = None
        self._fields: dict[str, FieldEditor] = {}
        self._records: list[tuple[uuid.UUID, dict[str, Any]]] = []
        names = self._section_names()
        for key in SECTIONS:
            item = QListWidgetItem(names[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.ui.sectionList.addItem(item)
        t = self.ui.recordsTable
        t.verticalHeader().hide()
        t.setColumnCount(1)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pickers.languages(self.ui.reportLanguageCombo, None)
        pickers.languages(self.ui.interfaceLanguageCombo, None)
        self.ui.sectionList.currentRowChanged.connect(self._on_section_changed)
        t.currentCellChanged.connect(self._on_record_changed)
        self.ui.newRecordButton.clicked.connect(self._on_new_clicked)
        self.ui.saveRecordButton.clicked.connect(self._on_save_clicked)
        self.ui.deleteRecordButton.clicked.connect(self._on_delete_clicked)
        self.ui.setPinButton.clicked.connect(self._on_set_pin_clicked)
        self.ui.reportLanguageCombo.currentIndexChanged.connect(self._on_general_changed)
        self.ui.interfaceLanguageCombo.currentIndexChanged.connect(self._on_general_changed)
        self.ui.hideSmallCheck.toggled.connect(self._on_general_changed)
        self._conflicts: list = []
        c = self.ui.conflictsTable
        c.verticalHeader().hide()
        c.setColumnCount(4)
        c.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.saveServerButton.clicked.connect(self._on_save_server)
        self.ui.testServerButton.clicked.connect(self._on_test_server)
        self.ui.syncNowButton.clicked.connect(self._on_sync_now)
        self.ui.keepOtherButton.clicked.connect(lambda: self._resolve(True))
        self.ui.dismissConflictButton.clicked.connect(lambda: self._resolve(False))
        c.currentCellChanged.connect(lambda *_: self._update_conflict_buttons())
        self._duplicates: list = []
        self.ui.joinDuplicatesButton.clicked.connect(self._on_join_duplicates)
        self.ui.duplicatesList.currentRowChanged.connect(lambda _row: self._update_duplicate_buttons())
        if ctx.team is not None:
            self.ui.mergeButton.clicked.connect(ctx.team.merge_dialog)
            self.ui.saveCopyButton.clicked.connect(ctx.team.save_copy_dialog)
            ctx.team.state_changed.connect(self._on_team_state)
            ctx.team.synced.connect(lambda _r: self._show_sync_outcome(""))
            ctx.team.sync_failed.connect(self._show_sync_outcome)
        self._loading = False
        self.ui.sectionList.setCurrentRow(0)

    @property
    def _editors(self):
        """The field widgets by field name (what a user types into)."""
        return {name: editor.widget for name, editor in self._fields.items()}

    def title(self) -> str:
        return self.tr("Settings")

    def _section_names(self) -> dict[str, str]:
        return {"venue": self.tr("Venues"), "exhibition": self.tr("Exhibitions"), "mediator": self.tr("Mediators"),
                "programme": self.tr("Programmes"), "partner": self.tr("Partner organisations"),
                "voucher": self.tr("Vouchers"), "team": self.tr("Team and sync"),
                "general": self.tr("Kiosk, reports, language")}

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
                "valid_until": self.tr("Valid until"), "answers_per_card": self.tr("Answers per QR card")
                }.get(name, name)

    def _section_intro(self, kind: str) -> str:
        return {"venue": self.tr("Where the exhibitions are: the time zone decides how times are shown; opening "
                                 "hours drive the counter's chart; the survey address (with {session} and {card}) "
                                 "goes into the QR codes."),
                "exhibition": self.tr("Each exhibition belongs to a venue; its dates mark its run."),
                "mediator": self.tr("The team. Inactive mediators stay in past tours but are not offered for new ones."),
                "programme": self.tr("Programmes and their funders, e.g. a Cultural Voucher."),
                "partner": self.tr("Schools, NGOs and other partners that bring groups."),
                "voucher": self.tr("Voucher codes issued to partners; a group that uses one redeems it.")}.get(kind, "")

    def show_section(self, key: str) -> None:
        self.ui.sectionList.setCurrentRow(SECTIONS.index(key))

    def refresh(self) -> None:
        if self.ui.sectionStack.currentWidget() is self.ui.teamPage:
            self._load_conflicts()
            self._load_duplicates()
        if self._kind in KINDS:
            self._build_form(self._kind)  # reference pickers (venues, programmes…) follow other pages' changes
        self._load_records()
        self._load_general()

    # --- reference lists ---------------------------------------------------------------------------

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        kind = SECTIONS[row]
        if kind == "team":
            self.ui.sectionStack.setCurrentWidget(self.ui.teamPage)
            self._load_team()
            return
        if kind == "general":
            self.ui.sectionStack.setCurrentWidget(self.ui.generalPage)
            self._load_general()
            return
        self._kind = kind
        self._record_id = None
        self.ui.sectionStack.setCurrentWidget(self.ui.referencePage)
        self.ui.sectionIntro.setText(self._section_intro(kind))
        self.ui.recordBox.setTitle(self._section_names()[kind])
        self._build_form(kind)
        self._load_records()

    def _build_form(self, kind: str) -> None:
        form = self.ui.recordForm
        while form.rowCount():
            form.removeRow(0)
        self._fields = {}
        for f in KINDS[kind].fields:
            choices = [(title, str(rid)) for rid, title in reference.titles(self.ctx.db, f.ref)] if f.ref else None
            editor = make_editor(f, choices)
            editor.widget.setObjectName(f"field_{f.name}")
            editor.widget.setAccessibleName(self.field_label(f.name))
            self._fields[f.name] = editor
            label = QLabel(self.field_label(f.name) + (" *" if f.required else ""))
            label.setBuddy(editor.widget)
            form.addRow(label, editor.widget)

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
        show_problems(self.ui.recordErrorLabel, [])
        for name, editor in self._fields.items():
            editor.flag(False)
            editor.set(values.get(name))
        self.ui.deleteRecordButton.setEnabled(rid is not None)

    def _on_new_clicked(self) -> None:
        self.ui.recordsTable.clearSelection()
        self._show_record(None, reference.defaults(self._kind))
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first.widget.setFocus()

    def _show_problems(self, problems: list[ValidationError]) -> None:
        show_problems(self.ui.recordErrorLabel, [(f"{self.field_label(p.field)}: {problem_text(p)}", p.warning)
                                                 for p in problems])
        for p in problems:
            editor = self._fields.get(p.field)
            if editor is not None and not p.warning:
                editor.flag(True)
        first = next((self._fields[p.field] for p in problems if p.field in self._fields), None)
        if first is not None:
            first.widget.setFocus()

    def _values(self) -> dict[str, Any]:
        """What the form holds; a field that cannot be read is named (nothing typed is lost)."""
        values, problems = {}, []
        for name, editor in self._fields.items():
            try:
                values[name] = editor.get()
            except ValidationError as exc:
                problems.append(exc)
        if problems:
            raise ValidationErrors(problems)
        return values

    def _on_save_clicked(self) -> None:
        for editor in self._fields.values():
            editor.flag(False)
        try:
            values = self._values()
        except ValidationErrors as exc:
            self._show_problems(exc.problems)
            return
        saved = save_with_warnings(self, self.ctx.prompts, lambda accept: reference.save(
            self.ctx.db, self._kind, self._record_id, values, self.ctx.device_id, accept_warnings=accept),
            self._show_problems, self.field_label)
        if saved is FAILED:
            return
        self._record_id, changes = saved
        self.status_message.emit(self.tr("Saved."))
        self.publish(changes)  # every page hears of it; this one lists the records again

    def _on_delete_clicked(self) -> None:
        """Ask first, saying what the deletion takes away (an exhibition's tours and counts stay in reports)."""
        if self._record_id is None:
            return
        title = str(dict(self._records).get(self._record_id, {}).get(KINDS[self._kind].title_field, ""))
        problems = reference.deletion_problems(self.ctx.db, self._kind, self._record_id)
        if any(not p.warning for p in problems):
            self._show_problems(problems)
            return
        question = "\n\n".join([*(problem_text(p) for p in problems), fmt(self.tr("Delete “%1”?"), title)])
        if not self.ctx.prompts.confirm(self, self.tr("Delete"), question, yes=self.tr("Delete"),
                                        no=self.tr("Keep")):
            return
        try:
            changes = reference.delete(self.ctx.db, self._kind, self._record_id, self.ctx.device_id,
                                       accept_warnings=True)
        except ValidationErrors as exc:
            self._show_problems(exc.problems)
            return
        except MediatorDeskError as exc:
            self.ctx.prompts.error(self, self.tr("Delete"), str(exc))
            return
        self._record_id = None
        self.status_message.emit(fmt(self.tr("“%1” was deleted."), title))
        self.publish(changes)  # every page hears of it; this one lists the records again

    # --- kiosk PIN, reports, interface ------------------------------------------------------------

    def _load_general(self) -> None:
        self._loading = True
        p = self.ctx.prefs
        pickers.languages(self.ui.reportLanguageCombo, p.report_language)
        pickers.languages(self.ui.interfaceLanguageCombo, p.language)
        self.ui.hideSmallCheck.setChecked(p.hide_small_groups)
        self.ui.pinStatusLabel.setText(self.tr("A PIN is set.") if p.kiosk_pin_hash
                                       else self.tr("No PIN yet: the kiosk cannot be opened."))
        self.ui.currentPinLabel.setVisible(bool(p.kiosk_pin_hash))  # changing a PIN needs the current one
        self.ui.currentPinEdit.setVisible(bool(p.kiosk_pin_hash))
        self.ui.pinSixDigitsCheck.setChecked(p.kiosk_pin_digits >= pin_service.STRICT_DIGITS)
        self._loading = False

    def _on_general_changed(self, *_args) -> None:
        if self._loading:
            return
        p = self.ctx.prefs
        p.report_language = self.ui.reportLanguageCombo.currentData()
        p.language = self.ui.interfaceLanguageCombo.currentData()
        p.hide_small_groups = self.ui.hideSmallCheck.isChecked()

    def _on_set_pin_clicked(self) -> None:
        ui = self.ui
        current, pin, repeat = ui.currentPinEdit.text(), ui.pinEdit.text(), ui.pinRepeatEdit.text()
        digits = pin_service.STRICT_DIGITS if ui.pinSixDigitsCheck.isChecked() else pin_service.MIN_DIGITS
        try:
            pin_service.validate_change(self.ctx.prefs.kiosk_pin_hash, current, pin, repeat, digits)
        except ValidationError as exc:
            ui.pinStatusLabel.setText(problem_text(exc))
            {"pin_current": ui.currentPinEdit, "pin": ui.pinEdit}.get(exc.field, ui.pinRepeatEdit).setFocus()
            return
        self.ctx.prefs.kiosk_pin_hash = pin_service.hash_pin(pin)
        self.ctx.prefs.kiosk_pin_digits = digits  # the rule stays for the next PIN, set with this one's knowledge
        for edit in (ui.currentPinEdit, ui.pinEdit, ui.pinRepeatEdit):
            edit.clear()
        self._load_general()
        ui.pinStatusLabel.setText(self.tr("The kiosk PIN is set."))
        self.status_message.emit(self.tr("The kiosk PIN is set."))

    # --- team and sync ------------------------------------------------------------------------------

    def _load_team(self) -> None:
        team = self.ctx.team
        self.ui.serverUrlEdit.setText(team.server_url if team else "")
        self.ui.autoSyncCheck.setChecked(team.auto_sync if team else True)
        self.ui.serverPasswordEdit.clear()
        writable = not self.ctx.db.read_only and self.ctx.db.path is not None
        for widget in (self.ui.mergeButton, self.ui.saveServerButton, self.ui.syncNowButton):
            widget.setEnabled(writable and team is not None)
        self._on_team_state()
        self._load_conflicts()
        self._load_duplicates()

    def _on_team_state(self) -> None:
        team = self.ctx.team
        if team is None:
            return
        self.ui.syncNowButton.setEnabled(bool(team.server_url) and not team.syncing() and not self.ctx.db.read_only)
        if team.syncing():
            self.ui.serverStatusLabel.setText(self.tr("Syncing…"))
        elif not self.ui.serverStatusLabel.text():
            self.ui.serverStatusLabel.setText(team.status_text())

    def _show_sync_outcome(self, error: str) -> None:
        team = self.ctx.team
        self.ui.serverStatusLabel.setText(error or team.status_text())
        self._load_conflicts()
        self._load_duplicates()

    def _on_save_server(self) -> None:
        url = self.ui.serverUrlEdit.text().strip()
        if url and not url.startswith(("postgresql://", "postgres://")):
            self.ui.serverStatusLabel.setText(self.tr("Server address: write it as "
                                                      "postgresql://user@host:port/database."))
            self.ui.serverUrlEdit.setFocus()
            return
        note = self.ctx.team.configure(url, self.ui.serverPasswordEdit.text(), self.ui.autoSyncCheck.isChecked())
        self.ui.serverPasswordEdit.clear()
        self.ui.serverUrlEdit.setText(self.ctx.team.server_url)  # shown without any password it carried
        self.ui.serverStatusLabel.setText(" ".join(t for t in (self.tr("Saved."), note) if t))
        self.status_message.emit(self.tr("Team server saved."))

    def _on_test_server(self) -> None:
        if self.ui.serverUrlEdit.text().strip() != self.ctx.team.server_url or self.ui.serverPasswordEdit.text():
            self._on_save_server()
        if not self.ctx.team.server_url:
            self.ui.serverStatusLabel.setText(self.tr("Server address: none yet."))
            return
        self.ui.serverStatusLabel.setText(self.tr("Connecting…"))
        self.ui.serverStatusLabel.repaint()
        _ok, text = self.ctx.team.test_connection()
        self.ui.serverStatusLabel.setText(text)

    def _on_sync_now(self) -> None:
        if self.ui.serverUrlEdit.text().strip() != self.ctx.team.server_url:
            self._on_save_server()
        if self.ctx.team.sync():
            self.ui.serverStatusLabel.setText(self.tr("Syncing…"))

    def _load_conflicts(self) -> None:
        from mediator_desk.services.team import conflicts as conflict_service
        from mediator_desk.views.labels import team_record_kind
        from mediator_desk.views.team_labels import ConflictLabels

        labels = ConflictLabels(self)
        try:
            self._conflicts = conflict_service.open_conflicts(self.ctx.db)
        except MediatorDeskError:
            self._conflicts = []
        t = self.ui.conflictsTable
        t.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Kept (laptop)"), self.tr("Other version (laptop)"),
                                     self.tr("What differs")])
        t.setRowCount(0)
        for row in self._conflicts:
            r = t.rowCount()
            t.insertRow(r)
            title = labels.value("title", row.title) if row.title != "" else ""
            record = f"{team_record_kind(row.what)}: {title}"
            if row.renamed_from:
                kept, other = row.renamed_from, fmt(self.tr("renamed to %1"), title)
                differs = self.tr("The same code was used twice; the older record keeps it.")
            else:
                kept, other = row.kept_device, row.other_device
                differs = "\n".join(fmt(self.tr("%1: “%2” (kept) / “%3” (other)"),
                                         labels.field(d.field, self.field_label), labels.value(d.field, d.kept),
                                         labels.value(d.field, d.other)) for d in row.differences)
            for col, text in enumerate((record, kept, other, differs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                t.setItem(r, col, item)
        header = t.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        t.setColumnWidth(0, 220)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        t.resizeRowsToContents()
        count = len(self._conflicts)
        self.ui.conflictsIntro.setText(
            self.tr("Nothing to look at: no record was changed on two laptops before they met.") if not count else
            self.tr("%Ln record(s) were changed on two laptops before they met. The later edit is kept everywhere; "
                    "choose “Keep the other version” to put the other one back instead.", "", count))
        self._update_conflict_buttons()

    def _load_duplicates(self) -> None:
        from mediator_desk.services.team import duplicates
        from mediator_desk.views.labels import team_record_kind

        try:
            self._duplicates = duplicates.find(self.ctx.db)
        except MediatorDeskError:
            self._duplicates = []
        kinds = {"venue": "Venue", "exhibition": "Exhibition", "mediator": "Mediator",
                 "count_category": "Count category", "programme": "Programme", "partner_organisation": "Partner"}
        lst = self.ui.duplicatesList
        lst.clear()
        for found in self._duplicates:
            lst.addItem(fmt(self.tr("%1: “%2”, made %3 times"), team_record_kind(kinds[found.kind]), found.name,
                            num(len(found.ids))))
        self.ui.duplicatesIntro.setText(
            self.tr("No record is here twice.") if not self._duplicates else
            self.tr("These records have the same name: the same venue set up on two laptops, or a name typed in "
                    "twice. “Join into one” keeps the oldest and moves everything that points to the others onto "
                    "it (tours, walk-ins, feedback…); it travels to the other laptops, and Ctrl+Z undoes it."))
        if self._duplicates:
            lst.setCurrentRow(0)
        self._update_duplicate_buttons()

    def _update_duplicate_buttons(self) -> None:
        row = self.ui.duplicatesList.currentRow()
        self.ui.joinDuplicatesButton.setEnabled(not self.ctx.db.read_only and 0 <= row < len(self._duplicates))

    def _on_join_duplicates(self) -> None:
        from mediator_desk.services.team import duplicates
        from mediator_desk.views.tour_commands import JoinedDuplicates

        row = self.ui.duplicatesList.currentRow()
        if not 0 <= row < len(self._duplicates):
            return
        found = self._duplicates[row]
        try:
            joined, changes = duplicates.join(self.ctx.db, found.kind, found.ids[0], list(found.ids[1:]),
                                              self.ctx.device_id)
        except MediatorDeskError as exc:
            self.ctx.prompts.error(self, self.ui.duplicatesBox.title(), str(exc))
            return
        text = self.ui.duplicatesList.item(row).text()
        self.ctx.ops.push(JoinedDuplicates(self.ctx.ops, joined, fmt(self.tr("Join %1"), text)))
        self.status_message.emit(fmt(self.tr("Joined into one: %1"), found.name))
        self.publish(changes)  # every page hears of it; this one lists what is left twice

    def _update_conflict_buttons(self) -> None:
        row = self.ui.conflictsTable.currentRow()
        chosen = self._conflicts[row] if 0 <= row < len(self._conflicts) else None
        writable = not self.ctx.db.read_only
        self.ui.keepOtherButton.setEnabled(writable and chosen is not None and not chosen.renamed_from)
        self.ui.dismissConflictButton.setEnabled(writable and chosen is not None)

    def _resolve(self, keep_other: bool) -> None:
        from mediator_desk.services.team import conflicts as conflict_service

        row = self.ui.conflictsTable.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        chosen = self._conflicts[row]
        try:
            resolve = conflict_service.keep_other if keep_other else conflict_service.dismiss
            changes = resolve(self.ctx.db, chosen.id, self.ctx.device_id)
        except MediatorDeskError as exc:
            self.ctx.prompts.error(self, self.ui.conflictsBox.title(), str(exc))
            return
        self.status_message.emit(self.tr("The other version is back.") if keep_other
                                 else self.tr("The kept version stays."))
        self.publish(changes)  # every page hears of it; this one lists the conflicts again

