"""One small editor per kind of reference field (services.reference.Field.kind): it makes its widget, shows a
value, reads it back (naming what cannot be read) and marks itself when a rule names its field."""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
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

RULES = {"bad_hours": QT_TRANSLATE_NOOP("rules", "“{text}” is not a time span like 10:00-18:00."),
         "unknown_country": QT_TRANSLATE_NOOP("rules", "“{text}” is not a country (a code like IT or a name like Italia).")}


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box says whether there is one; the date is typed (YYYY-MM-DD,
    one part after the other) or picked from a calendar that opens at today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(QCoreApplication.translate("FieldEditor", "set"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.setFocusProxy(self.check)

    def setDate(self, day: QDate | None) -> None:  # noqa: N802 - Qt's naming
        self.check.setChecked(day is not None)
        self.edit.setDate(day if day is not None else QDate.currentDate())

    def date(self) -> QDate | None:
        return self.edit.date() if self.check.isChecked() else None


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
        day = self.widget.date()
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

