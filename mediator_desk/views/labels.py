"""Display names for the stored enumeration values, in the interface language (the installed translators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mediator_desk.enums import enum_text


class _Interface:
    """The application's installed translators, in the shape enum_text expects."""

    @staticmethod
    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)


def ui_language() -> str:
    # Each translation answers its own code (the .ts file translates "en" to "ro" or "it").
    return QCoreApplication.translate("labels", "en", "language code of this translation: en, ro or it")


def enum_label(value: str | None) -> str:
    """'school_visit' -> 'School visit' / 'Vizită școlară' / 'Visita scolastica'."""
    return enum_text(value, _Interface)


def team_record_kind(english: str) -> str:
    """'Tour', 'Voucher'… (services.team.conflicts marks them in the "team" context)."""
    return QCoreApplication.translate("team", english)


def category_names() -> dict[str, str]:
    """The default counter categories in the interface language (the same words as the Counter page's), for
    the set-up assistant and the demo data."""
    return {"adult": QCoreApplication.translate("CounterPage", "Adult"),
            "child": QCoreApplication.translate("CounterPage", "Child"),
            "senior": QCoreApplication.translate("CounterPage", "Senior"),
            "student": QCoreApplication.translate("CounterPage", "Student"),
            "free": QCoreApplication.translate("CounterPage", "Free"),
            "voucher": QCoreApplication.translate("CounterPage", "Voucher")}
