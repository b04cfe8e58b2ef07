"""One small editor per kind of reference field (services.reference.Field.kind): it makes its widget, shows a
value, reads it back (naming what cannot be read) and marks itself when a rule names its field."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from mediator_desk.enums import WEEKDAYS
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from mediator_desk.services import reference
from mediator_desk.services.choices import as_uuid
from mediator_desk.services.countries import country_code
from mediator_desk.services.reference import Field
from mediator_desk.views.formatting import pydate, qdate, weekday_names
from mediator_desk.views.labels import enum_label
from mediator_desk.views.widgets.validity import set_invalid

RULES = {"bad_day": QT_TRANSLATE_NOOP("rules", "“{text}” is not a day: type it like 2026-05-09 or 9.5.2026."),
         "bad_hours": QT_TRANSLATE_NOOP("rules", "“{text}” is not a time span like 10:00-18:00."),
         "unknown_country": QT_TRANSLATE_NOOP("rules", "“{text}” is not a country (a code like IT or a name like Italia).")}


DAY_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y", "%d.%m.%y", "%d/%m/%y")


def parse_day(text: str) -> dt.date | None:
    """A typed day: 2026-05-09, 9.5.2026, 09/05/2026 (the day first, as in Romania and Italy); "" is no day."""
    text = text.strip()
    if not text:
        return None
    for fmt in DAY_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


class OptionalDateEdit(QWidget):
    """A day that may be left empty: typed (2026-05-09, 9.5.2026) or picked from a calendar that opens at the
    day shown, or today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("FieldEditor", "YYYY-MM-DD (empty: none)"))
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(QCoreApplication.translate("FieldEditor", "Pick from a calendar"))
        self.button.setAccessibleName(QCoreApplication.translate("FieldEditor", "Pick from a calendar"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu.aboutToShow.connect(self._on_calendar_opening)
        self.calendar.clicked.connect(lambda day: (self.setDate(day), menu.close()))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _on_calendar_opening(self) -> None:
        try:
            shown = parse_day(self.edit.text())
        except ValueError:
            shown = None
        self.calendar.setSelectedDate(qdate(shown) if shown else QDate.currentDate())

    def setDate(self, day: QDate | None) -> None:  # noqa: N802 - Qt's naming
        self.edit.setText(pydate(day).isoformat() if day is not None and day.isValid() else "")

    def date(self) -> QDate | None:
        """The day typed, None if empty; raises ValueError for text that is not a day."""
        day = parse_day(self.edit.text())
        return qdate(day) if day else None


class FieldEditor:
    def __init__(self, f: Field, choices: list[tuple[str, str]] | None = None) -> None:
        self.field = f
        self.choices = choices or []
        self.widget = self.make()

    def make(self) -> QWidget:
        return QLineEdit()

    def set(self, value: Any) -> None:
        self.widget.setText(value or "")

    def get(self) -> Any:
        return self.widget.text().strip()

    def flag(self, invalid: bool) -> None:
        set_invalid(self.widget, invalid)


class TextEditor(FieldEditor):
    pass


class UrlEditor(FieldEditor):
    def make(self) -> QWidget:
        edit = QLineEdit()
        edit.setPlaceholderText("https://…/survey?tour={session}&card={card}")
        return edit


class CountryEditor(FieldEditor):
    """A code (IT) or a name in English, Romanian or Italian (Italia, Germania); stored as the code."""

    def make(self) -> QWidget:
        edit = QLineEdit()
        edit.setPlaceholderText("IT, RO, Italia…")
        return edit

    def get(self) -> Any:
        text = self.widget.text().strip()
        code = country_code(text)
        if code is None:
            raise ValidationError.rule(self.field.name, RULES["unknown_country"], text=text)
        return code


class LanguagesEditor(FieldEditor):
    def set(self, value: Any) -> None:
        self.widget.setText(", ".join(value or []))

    def get(self) -> Any:
        return [c.strip().lower() for c in self.widget.text().replace(";", ",").split(",") if c.strip()]


class CountEditor(FieldEditor):
    def make(self) -> QWidget:
        spin = QSpinBox()
        spin.setRange(1, 1000)
        return spin

    def set(self, value: Any) -> None:
        self.widget.setValue(int(value or 1))

    def get(self) -> Any:
        return self.widget.value()


class EnumEditor(FieldEditor):
    def make(self) -> QWidget:
        combo = QComboBox()
        for v in self.field.choices:
            combo.addItem(enum_label(v), v)
        return combo

    def set(self, value: Any) -> None:
        self.widget.setCurrentIndex(max(self.widget.findData(value), 0))

    def get(self) -> Any:
        return self.widget.currentData()


class RefEditor(FieldEditor):
    def make(self) -> QWidget:
        combo = QComboBox()
        if not self.field.required:
            combo.addItem(QCoreApplication.translate("FieldEditor", "(none)"), None)
        for title, rid in self.choices:
            combo.addItem(title, rid)
        return combo

    def set(self, value: Any) -> None:
        self.widget.setCurrentIndex(max(self.widget.findData(str(value)) if value else 0, 0))

    def get(self) -> Any:
        return as_uuid(self.widget.currentData())


class TimezoneEditor(FieldEditor):
    def make(self) -> QWidget:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(sorted(zoneinfo.available_timezones()))
        return combo

    def set(self, value: Any) -> None:
        self.widget.setCurrentText(value or "")

    def get(self) -> Any:
        return self.widget.currentText().strip()


class DateEditor(FieldEditor):
    def make(self) -> QWidget:
        return OptionalDateEdit()

    def set(self, value: Any) -> None:
        self.widget.setDate(qdate(value) if value else None)

    def get(self) -> Any:
        try:
            day = self.widget.date()
        except ValueError:
            raise ValidationError.rule(self.field.name, RULES["bad_day"], text=self.widget.edit.text()) from None
        return pydate(day) if day is not None else None

    def flag(self, invalid: bool) -> None:
        set_invalid(self.widget.edit, invalid)


class BoolEditor(FieldEditor):
    def make(self) -> QWidget:
        return QCheckBox()

    def set(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def get(self) -> Any:
        return self.widget.isChecked()


class EnumsEditor(FieldEditor):
    def make(self) -> QWidget:
        lst = QListWidget()
        lst.setMaximumHeight(140)
        for v in self.field.choices:
            item = QListWidgetItem(enum_label(v))
            item.setData(Qt.ItemDataRole.UserRole, v)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            lst.addItem(item)
        return lst

    def set(self, value: Any) -> None:
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in (value or [])
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def get(self) -> Any:
        return [self.widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.widget.count())
                if self.widget.item(i).checkState() == Qt.CheckState.Checked]


class HoursEditor(FieldEditor):
    """Opening hours, one line per weekday ("10:00-18:00"; empty: closed)."""

    def make(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        names = weekday_names()
        for i, day in enumerate(WEEKDAYS):
            edit = QLineEdit()
            edit.setObjectName(f"hours_{day}")
            edit.setPlaceholderText(QCoreApplication.translate("FieldEditor", "closed"))
            edit.setToolTip(QCoreApplication.translate("FieldEditor", "e.g. 10:00-18:00; empty means closed"))
            edit.setAccessibleName(names[i])
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("10:00-18:00") + 16)  # a whole span shows
            label = QLabel(names[i])
            label.setBuddy(edit)
            grid.addWidget(label, i // 4 * 2, i % 4)
            grid.addWidget(edit, i // 4 * 2 + 1, i % 4)
        return box

    def _edit(self, day: str) -> QLineEdit:
        return self.widget.findChild(QLineEdit, f"hours_{day}")

    def set(self, value: Any) -> None:
        for day in WEEKDAYS:
            span = (value or {}).get(day)
            self._edit(day).setText(f"{span[0]}-{span[1]}" if span else "")

    def get(self) -> Any:
        hours = {}
        for day in WEEKDAYS:
            text = self._edit(day).text()
            try:
                span = reference.parse_hours(text)
            except ValueError:
                raise ValidationError.rule(self.field.name, RULES["bad_hours"], text=text) from None
            if span:
                hours[day] = span
        return hours

    def flag(self, invalid: bool) -> None:
        """Only the weekdays whose text is not a time span."""
        for day in WEEKDAYS:
            edit = self._edit(day)
            try:
                reference.parse_hours(edit.text())
                bad = False
            except ValueError:
                bad = True
            set_invalid(edit, invalid and bad)


EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor, "url": UrlEditor, "country": CountryEditor, "languages": LanguagesEditor,
    "enum": EnumEditor, "ref": RefEditor, "tz": TimezoneEditor, "date": DateEditor, "bool": BoolEditor,
    "enums": EnumsEditor, "hours": HoursEditor, "count": CountEditor,
}


def make_editor(f: Field, choices: list[tuple[str, str]] | None = None) -> FieldEditor:
    return EDITORS[f.kind](f, choices)

