"""The set-up assistant on an empty database: set up the venue (venue, first exhibition, team, categories, PIN),
explore with demo data, or join a team (a coordinator's file or the team's server). services/setup.py checks and
writes the plan; each page says what is wrong before it lets you go on, and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidgetItem, QTableWidgetItem, QWidget, QWizard

from mediator_desk.enums import WEEKDAYS, MediatorRole
from mediator_desk.errors import ValidationError, ValidationErrors
from mediator_desk.services import pin as pin_service
from mediator_desk.services import setup
from mediator_desk.services.changes import Changes
from mediator_desk.ui.ui_setup_wizard import Ui_SetupWizard
from mediator_desk.views.formatting import fmt, pydate, qdate, weekday_names
from mediator_desk.views.labels import category_names, enum_label
from mediator_desk.views.problems import problem_text, show_problems

WELCOME, VENUE, EXHIBITION, TEAM, ROLES, CATEGORIES, PIN, JOIN = range(8)


def local_timezone() -> str:
    """This laptop's time zone name, when the system says it (else Europe/Rome, the Biennale's)."""
    try:
        key = getattr(dt.datetime.now().astimezone().tzinfo, "key", "")
        if key:
            return key
        return Path("/etc/timezone").read_text(encoding="utf-8").strip() or "Europe/Rome"
    except OSError:
        return "Europe/Rome"


@functools.cache
def known_zones() -> frozenset[str]:
    """The zone names this system's time-zone data has (read once: it walks the data's folder)."""
    return frozenset(zoneinfo.available_timezones())


def country_zones(code: str) -> list[str]:
    """The time zones of a country (ISO alpha-2), as Qt's time-zone data knows them; [] for no such country."""
    if len(code) != 2 or not code.isalpha():
        return []
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyCountry:
        return []
    known = known_zones()
    return [name for name in (bytes(z).decode() for z in QTimeZone.availableTimeZoneIds(territory)) if name in known]


@dataclass(frozen=True)
class SetupResult:
    """What the assistant chose, for the window to carry out: the venue set up (with what changed), demo data, or
    joining a team by a file and/or the team's server."""

    choice: str  # "setup", "demo" or "join"
    changes: Changes = Changes()
    exhibition_id: uuid.UUID | None = None
    join_file: Path | None = None
    join_server: str = ""


class SetupWizard(QWizard):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        ui = self.ui
        assert self.pageIds() == list(range(8))  # the form adds the pages in the order of the ids above
        self.choice = "setup"
        self.exhibition_id = None
        self.changes = Changes()
        zones = sorted(known_zones())
        ui.timezoneCombo.addItems(zones)
        ui.timezoneCombo.setCurrentText(local_timezone())
        self._zone_chosen = False  # by hand: a country typed afterwards does not change it
        ui.timezoneCombo.activated.connect(lambda _i: setattr(self, "_zone_chosen", True))
        ui.countryEdit.textChanged.connect(self._on_country_changed)
        self.day_checks: dict[str, QCheckBox] = {}
        for day, name in zip(WEEKDAYS, weekday_names()):
            check = QCheckBox(name)
            check.setChecked(day != "mon")  # most venues close on Mondays
            ui.daysLayout.addWidget(check)
            self.day_checks[day] = check
        today = ctx.now().date()
        ui.startEdit.setDate(qdate(today))
        ui.endEdit.setDate(qdate(today + dt.timedelta(days=180)))
        for cat in setup.default_categories(category_names()):
            self._add_category(cat.name, cat.code)
        ui.addCategoryButton.clicked.connect(self._on_add_category)
        ui.removeCategoryButton.clicked.connect(self._on_remove_category)
        ui.browseButton.clicked.connect(self._on_browse)
        ui.rolesTable.setColumnCount(3)
        ui.rolesTable.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Languages"), self.tr("Role")])
        ui.rolesTable.horizontalHeader().setStretchLastSection(True)
        ui.rolesTable.verticalHeader().hide()
        ui.namesEdit.setAccessibleName(self.tr("Names of the team, one per line"))
        ui.categoriesList.setAccessibleName(self.tr("Counter categories"))
        ui.rolesTable.setAccessibleName(self.tr("Languages and roles"))
        has_pin = bool(ctx.prefs.kiosk_pin_hash)  # the laptop's PIN, shared by its databases: changed only knowing it
        for widget in (ui.pinKeptLabel, ui.pinCurrentLabel, ui.pinCurrentEdit):
            widget.setVisible(has_pin)
        self.currentIdChanged.connect(self._on_page_shown)

    def _on_country_changed(self, text: str) -> None:
        """The venue's country decides its time zone when it has one; with several, the laptop's own is taken if
        it is one of them (else the first), and the assistant says to check it."""
        zones = country_zones(text.strip())
        if not zones or self._zone_chosen:
            return
        own = local_timezone()
        self.ui.timezoneCombo.setCurrentText(own if own in zones else zones[0])
        self.ui.venueProblems.setText("" if len(zones) == 1 else self.tr(
            "This country has several time zones: check that the one chosen is the venue's."))

    # --- the path through the pages ---------------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802
        current = self.currentId()
        if current == WELCOME:
            if self.ui.demoRadio.isChecked():
                return -1
            return JOIN if self.ui.joinRadio.isChecked() else VENUE
        if current in (PIN, JOIN):
            return -1
        return current + 1

    def _on_page_shown(self, page_id: int) -> None:
        if page_id == ROLES:
            self._fill_roles()

    def validateCurrentPage(self) -> bool:  # noqa: N802
        page = self.currentId()
        checks = {VENUE: (self.ui.venueProblems, lambda: setup.venue_problems(self.venue_values())),
                  EXHIBITION: (self.ui.exhibitionProblems,
                               lambda: setup.exhibition_problems(self.exhibition_values())),
                  TEAM: (self.ui.teamProblems, lambda: setup.team_problems(
                      [setup.Member(n) for n in setup.parse_names(self.ui.namesEdit.toPlainText())])),
                  ROLES: (self.ui.rolesProblems, lambda: setup.team_problems(self.team())),
                  CATEGORIES: (None, lambda: setup.category_problems(self.categories())),
                  PIN: (self.ui.pinProblems, self._pin_problems),
                  JOIN: (self.ui.joinProblems, self._join_problems)}
        if page == WELCOME:
            self.choice = "demo" if self.ui.demoRadio.isChecked() else "join" if self.ui.joinRadio.isChecked() \
                else "setup"
            return True
        label, check = checks[page]
        problems = [p for p in check() if not p.warning]
        if label is None:  # the categories page has no room for a label: a message says it
            if problems:
                self.ctx.prompts.error(self, self.tr("Counter categories"), problem_text(problems[0]))
            return not problems
        show_problems(label, [(self.field_text(p), False) for p in problems])
        return not problems

    def field_text(self, problem: ValidationError) -> str:
        names = {"name": self.tr("Name"), "timezone": self.tr("Time zone"), "country": self.tr("Country"),
                 "title": self.tr("Title"), "end_date": self.tr("Closes"), "team": self.tr("Names"),
                 "display_name": self.tr("Name"), "languages": self.tr("Languages"), "role": self.tr("Role"),
                 "pin": self.tr("PIN"), "pin_repeat": self.tr("Repeat the PIN"), "pin_current": self.tr("Current PIN"),
                 "join": self.tr("Join a team")}
        label = names.get(problem.field, "")
        inner = getattr(problem, "inner", None)
        if inner is not None:  # "Line 3 (Name): <the rule, translated too>"
            text = QCoreApplication.translate("rules", problem.template).format(
                **{**problem.params, "problem": problem_text(inner)})
        else:
            text = problem_text(problem)
        return f"{label}: {text}" if label else text

    # --- what was typed ----------------------------------------------------------------------------

    def venue_values(self) -> dict:
        ui = self.ui
        opens, closes = ui.opensEdit.time().toString("HH:mm"), ui.closesEdit.time().toString("HH:mm")
        hours = {day: [opens, closes] for day, check in self.day_checks.items() if check.isChecked()}
        return {"name": ui.venueNameEdit.text().strip(), "city": ui.cityEdit.text().strip(),
                "country": ui.countryEdit.text().strip().upper(), "timezone": ui.timezoneCombo.currentText().strip(),
                "opening_hours": hours}

    def exhibition_values(self) -> dict:
        ui = self.ui
        return {"title": ui.titleEdit.text().strip(), "start_date": pydate(ui.startEdit.date()),
                "end_date": pydate(ui.endEdit.date())}

    def _fill_roles(self) -> None:
        """One row per pasted name; what was already set for a name stays when the list changes."""
        t = self.ui.rolesTable
        before = {m.name: m for m in self.team()} if t.rowCount() else {}
        names = setup.parse_names(self.ui.namesEdit.toPlainText())
        t.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            t.setItem(row, 0, item)
            kept = before.get(name)
            t.setItem(row, 1, QTableWidgetItem(", ".join(kept.languages) if kept else ""))
            combo = QComboBox()
            for role in MediatorRole:
                combo.addItem(enum_label(role.value), role.value)
            combo.setCurrentIndex(max(0, combo.findData(kept.role if kept else MediatorRole.mediator.value)))
            combo.setAccessibleName(fmt(self.tr("Role of %1"), name))
            t.setCellWidget(row, 2, combo)
        t.resizeColumnToContents(0)
        t.setColumnWidth(1, max(t.columnWidth(1), t.fontMetrics().horizontalAdvance("ro, en, it, de") + 24))

    def team(self) -> list[setup.Member]:
        t = self.ui.rolesTable
        return [setup.Member(t.item(r, 0).text(), setup.parse_languages(t.item(r, 1).text() if t.item(r, 1) else ""),
                             t.cellWidget(r, 2).currentData()) for r in range(t.rowCount())]

    def _add_category(self, name: str, code: str = "") -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.categoriesList.addItem(item)
        return item

    def _on_add_category(self) -> None:
        item = self._add_category(self.tr("New category"))
        self.ui.categoriesList.setCurrentItem(item)
        self.ui.categoriesList.editItem(item)

    def _on_remove_category(self) -> None:
        row = self.ui.categoriesList.currentRow()
        if row >= 0:
            self.ui.categoriesList.takeItem(row)

    def categories(self) -> list[setup.Category]:
        lst = self.ui.categoriesList
        return [setup.Category(lst.item(i).text(), lst.item(i).data(Qt.ItemDataRole.UserRole) or "")
                for i in range(lst.count())]

    def _pin_problems(self) -> list[ValidationError]:
        """No PIN typed: later, in Settings (or the laptop's PIN stays). A new PIN on a laptop that has one
        needs the current one: the kiosk PIN is the laptop's, shared by every database on it."""
        pin, repeat = self.ui.pinEdit.text(), self.ui.pinRepeatEdit.text()
        if not pin and not repeat:
            return []
        try:
            pin_service.validate_change(self.ctx.prefs.kiosk_pin_hash, self.ui.pinCurrentEdit.text(), pin, repeat,
                                        self.ctx.prefs.kiosk_pin_digits)
        except ValidationError as exc:
            return [exc]
        return []

    def _join_problems(self) -> list[ValidationError]:
        return setup.join_problems(self.ui.fileEdit.text().strip(), self.ui.serverEdit.text().strip())

    def _on_browse(self) -> None:
        name = self.ctx.ask_open_file(self, "team", self.tr("The coordinator's file"),
                                      self.tr("Mediator Desk databases and backups (*.sqlite *.db);;"
                                              "All files (*)"))
        if name:
            self.ui.fileEdit.setText(name)

    # --- the end -----------------------------------------------------------------------------------

    def result(self) -> SetupResult:
        """What was chosen (after the assistant was accepted)."""
        path = self.ui.fileEdit.text().strip()
        return SetupResult(self.choice, self.changes, self.exhibition_id,
                           Path(path).expanduser() if path and self.choice == "join" else None,
                           self.ui.serverEdit.text().strip() if self.choice == "join" else "")

    def plan(self) -> setup.SetupPlan:
        return setup.SetupPlan(self.venue_values(), self.exhibition_values(), self.team(), self.categories())

    def accept(self) -> None:
        """Set up writes everything at once (the PIN goes to this laptop's settings); demo and join hand over to
        the caller, which runs the long work with a progress window."""
        if self.choice == "setup":
            try:
                self.exhibition_id, self.changes = setup.apply(self.ctx.db, self.plan(), self.ctx.device_id)
            except ValidationErrors as exc:  # every page was checked, but say it rather than fail
                self.ctx.prompts.error(self, self.windowTitle(),
                                       "\n".join(self.field_text(p) for p in exc.problems))
                return
            if self.ui.pinEdit.text():  # checked on its page (the current PIN too, where the laptop has one)
                self.ctx.prefs.kiosk_pin_hash = pin_service.hash_pin(self.ui.pinEdit.text())
            self.ctx.work.exhibition_id = str(self.exhibition_id)
        super().accept()
