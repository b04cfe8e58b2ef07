"""Translatable display names for the stored enumeration values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def enum_label(value: str) -> str:
    """'school_visit' -> 'School visit' (translated when a translation exists)."""
    if not value:
        return ""
    return _t(value.replace("_", " ").capitalize())


def status_label(value: str) -> str:
    return {"planned": QCoreApplication.translate("labels", "Planned"),
            "in_progress": QCoreApplication.translate("labels", "In progress"),
            "done": QCoreApplication.translate("labels", "Done"),
            "cancelled": QCoreApplication.translate("labels", "Cancelled"),
            "no_show": QCoreApplication.translate("labels", "No-show")}.get(value, value)
