"""How the conflicts list names the fields of any record and shows their values (Settings → Team and sync)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QObject

from mediator_desk.enums import AGE_COLUMNS, LABELS
from mediator_desk.views.formatting import day_text, fmt, time_text
from mediator_desk.views.labels import enum_label

AGE_BANDS = ("0–5", "6–10", "11–14", "15–18", "19–25", "26–64", "65+")


class ConflictLabels(QObject):
    """Field names in the interface language (lupdate reads the literal tr() calls below)."""

    def field(self, name: str, reference_label) -> str:
        labels = {
            "exhibition_id": self.tr("Exhibition"), "programme_id": self.tr("Programme"),
            "format": self.tr("Format"), "planned_start": self.tr("Planned start"),
            "actual_start": self.tr("Actual start"), "actual_end": self.tr("Actual end"),
            "status": self.tr("Status"), "expected_size": self.tr("Booked size"),
            "contact_name": self.tr("Contact name"), "contact_phone": self.tr("Contact phone"),
            "contact_email": self.tr("Contact email"), "contact_retention_until": self.tr("Delete contact after"),
            "booking_source": self.tr("Booked through"), "observations": self.tr("Observations"),
            "reflection": self.tr("Reflection"), "incidents": self.tr("Incidents"),
            "session_id": self.tr("Tour"), "group_type": self.tr("Group type"),
            "accompanying_adults": self.tr("Accompanying adults"), "origin": self.tr("Origin"),
            "school_level": self.tr("School level"), "admission_type": self.tr("Admission"),
            "access_provisions": self.tr("Access provisions"), "first_time_count": self.tr("First-time visitors"),
            "redeemed_by_group_id": self.tr("Redeemed by the group of"), "mediator_id": self.tr("Mediator"),
            "is_lead": self.tr("Lead"), "key": self.tr("Key"), "position": self.tr("Position"),
            "group_id": self.tr("Group"), "day": self.tr("Day"), "given_at": self.tr("Given at"),
            "method": self.tr("Method"), "rating": self.tr("Rating"), "one_word": self.tr("One word"),
            "comment": self.tr("Comment"), "age_band": self.tr("Age band"), "first_visit": self.tr("First visit"),
            "language": self.tr("Language"), "outcomes": self.tr("Learning outcomes"), "source": self.tr("Source"),
            "card_code": self.tr("Card"), "deleted_at": self.tr("Deleted"),
        }
        if name in AGE_COLUMNS:
            return fmt(self.tr("Ages %1"), AGE_BANDS[AGE_COLUMNS.index(name)])
        return labels.get(name) or reference_label(name)

    def value(self, name: str, value) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if name == "deleted_at":
            return self.tr("deleted")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, dt.datetime):
            local = value.astimezone()
            return f"{day_text(local.date())} {time_text(local)}"
        if isinstance(value, dt.date):
            return day_text(value)
        if isinstance(value, uuid.UUID):
            return self.tr("(a record not on this laptop)")
        if isinstance(value, list):
            return ", ".join(self.value(name, v) for v in value)
        if isinstance(value, str) and value in LABELS:
            return enum_label(value)  # a stored choice ("school_class"), in words
        return str(value)  # typed text, exactly as typed
