"""A field's widget, found by its object name (services/fields.py), filled, shown, read and watched by kind.

The editor holds no list of its own fields: it walks the field table and lets this module move each value
between the draft and the widget the .ui names."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mediator_desk.services.countries import country_code
from mediator_desk.services.fields import FieldSpec
from mediator_desk.services.reference import voucher_code
from mediator_desk.views.labels import enum_label
from mediator_desk.views.widgets import pickers


def label(spec: FieldSpec) -> str:
    """The field's name in the interface language."""
    return QCoreApplication.translate("fields", spec.label)


def widget(ui: Any, spec: FieldSpec) -> QWidget:
    found = getattr(ui, spec.widget, None)
    if found is None:
        raise LookupError(f"The form has no widget named {spec.widget!r} for the field {spec.name!r}.")
    return found


def fill(w: QWidget, spec: FieldSpec, *, none: str, refs: Callable[[str], Iterable[tuple[str, str]]]) -> None:
    """Offer the field's choices: an enum's words, a list's records, check boxes for several choices."""
    if isinstance(w, QComboBox) and spec.kind == "enum":
        pickers.fill(w, ((enum_label(v), v) for v in spec.choices), first=(none, None) if spec.optional else None)
    elif isinstance(w, QComboBox) and spec.kind == "ref":
        pickers.fill(w, refs(spec.ref), first=(none, None))
    elif isinstance(w, QListWidget) and spec.kind == "enums":
        w.clear()
        for value in spec.choices:
            item = QListWidgetItem(enum_label(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            w.addItem(item)


def show(w: QWidget, spec: FieldSpec, value: Any) -> None:
    if isinstance(w, QComboBox):
        wanted = str(value) if isinstance(value, uuid.UUID) else value
        w.setCurrentIndex(max(w.findData(wanted), 0))
    elif isinstance(w, QSpinBox):
        w.setValue(max(0, value or 0))
    elif isinstance(w, QLineEdit):
        w.setText(", ".join(value) if isinstance(value, list) else (value or ""))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(value or "")
    elif isinstance(w, QListWidget):
        chosen = set(value or ())
        for i in range(w.count()):
            item = w.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    elif isinstance(w, QDateEdit) and isinstance(value, dt.date):
        w.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(w, QLabel):
        w.setText(str(value))


def _split(text: str) -> list[str]:
    return [c.strip() for c in text.replace(";", ",").split(",") if c.strip()]


def read(w: QWidget, spec: FieldSpec) -> Any:
    """The value as the widget shows it, in the draft's terms."""
    if isinstance(w, QComboBox):
        data = w.currentData()
        return (uuid.UUID(data) if data else None) if spec.kind == "ref" else data
    if isinstance(w, QSpinBox):
        return w.value() if spec.kind != "number" else (w.value() or None)
    if isinstance(w, QLineEdit):
        text = w.text().strip()
        if spec.kind == "country":
            return country_code(text) or text  # a name ("Germania") becomes its code; an unknown one is named
        if spec.kind == "codes":
            return [voucher_code(c) for c in _split(text)]
        if spec.kind == "languages":
            return [c.lower() for c in _split(text)]
        return text
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QListWidget):
        return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked]
    if isinstance(w, QDateEdit):
        d = w.date()
        return dt.date(d.year(), d.month(), d.day())
    raise TypeError(f"No way to read {type(w).__name__} for the field {spec.name!r}.")


def watch(w: QWidget, slot: Callable) -> None:
    """Call `slot` whenever the person changes the value."""
    signal = {QComboBox: "currentIndexChanged", QSpinBox: "valueChanged", QLineEdit: "textEdited",
              QPlainTextEdit: "textChanged", QListWidget: "itemChanged", QDateEdit: "dateChanged"}
    for kind, name in signal.items():
        if isinstance(w, kind):
            getattr(w, name).connect(slot)
            return


__all__ = ["fill", "label", "read", "show", "watch", "widget"]
