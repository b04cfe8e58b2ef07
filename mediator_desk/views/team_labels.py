"""How the conflicts list names the fields of any record and shows their values (Settings → Team and sync)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QObject

from mediator_desk.enums import LABELS
from mediator_desk.services import fields
from mediator_desk.views.formatting import day_text, time_text
from mediator_desk.views.labels import enum_label

FIELD_LABELS = fields.labels()


class ConflictLabels(QObject):
    """Field names in the interface language (lupdate reads the literal tr() calls below)."""

    def field(self, name: str, reference_label) -> str:
        spec = FIELD_LABELS.get(name)  # a tour's or a group's field: named once, in services/fields.py
        if spec is not None:
            return QCoreApplication.translate("fields", spec)
        labels = {
            "session_id": self.tr("Tour"), "redeemed_by_group_id": self.tr("Redeemed by the group of"),
            "mediator_id": self.tr("Mediator"), "is_lead": self.tr("Lead"), "key": self.tr("Key"),
            "position": self.tr("Position"), "group_id": self.tr("Group"), "day": self.tr("Day"),
            "given_at": self.tr("Given at"), "method": self.tr("Method"), "rating": self.tr("Rating"),
            "one_word": self.tr("One word"), "comment": self.tr("Comment"), "age_band": self.tr("Age band"),
            "first_visit": self.tr("First visit"), "language": self.tr("Language"),
            "outcomes": self.tr("Learning outcomes"), "source": self.tr("Source"), "card_code": self.tr("Card"),
            "deleted_at": self.tr("Deleted"),
        }
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
