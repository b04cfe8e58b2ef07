"""Per-laptop preferences in QSettings, behind typed properties with defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Preferences:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._s = QSettings("mediator-desk", "mediator-desk")
        else:
            self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind=str):
        value = self._s.value(key, default)
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self._s.setValue(key, value)
        self._s.sync()

    def _prop(key: str, default, kind=str):  # noqa: N805 - descriptor factory
        return property(lambda self: self._get(key, default, kind), lambda self, v: self._set(key, v))

    language = _prop("ui/language", "")
    exhibition_id = _prop("work/exhibition_id", "")
    mediator_id = _prop("work/mediator_id", "")
    count_method = _prop("counter/method", "clicker")
    occupancy_mode = _prop("counter/occupancy_mode", False, bool)
    capacity = _prop("counter/capacity", 150, int)
    exit_key = _prop("counter/exit_key", "0")
    kiosk_pin_hash = _prop("kiosk/pin_hash", "")
    report_language = _prop("reports/language", "en")
    hide_small_groups = _prop("reports/hide_small_groups", False, bool)

    def geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._set("ui/geometry", value)
