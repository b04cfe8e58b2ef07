"""Display names for the stored enumeration values, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mediator_desk.services.enum_labels import enum_text


def ui_language() -> str:
    # Each translation answers its own code (the .ts file translates "en" to "ro" or "it").
    return QCoreApplication.translate("labels", "en", "language code of this translation: en, ro or it")


def enum_label(value: str | None) -> str:
    """'school_visit' -> 'School visit' / 'Vizită școlară' / 'Visita scolastica'."""
    return enum_text(value, ui_language())

