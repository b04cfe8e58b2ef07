"""Per-laptop preferences in an INI file in the user config folder (MEDIATOR_DESK_HOME moves it), behind typed
properties with defaults. Choices that name records (the exhibition, "I am") are kept per database: another
file never inherits an id it does not hold."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from mediator_desk import paths

SETTINGS_FILE = "settings.ini"


def _prop(key: str, default, kind=str):
    return property(lambda self: self._get(key, default, kind), lambda self, v: self._set(key, v))


class _Store:
    _s: QSettings
    _prefix = ""

    def _get(self, key: str, default, kind=str):
        value = self._s.value(self._prefix + key, default)
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self._s.setValue(self._prefix + key, value)
        self._s.sync()
        _private(Path(self._s.fileName()))


def _private(path: Path) -> None:
    """The settings hold the kiosk PIN's hash: readable by this user only."""
    try:
        if path.exists() and os.name == "posix":
            path.chmod(0o600)
    except OSError:
        pass


class DatabasePrefs(_Store):
    """What this laptop chose for one database file."""

    def __init__(self, settings: QSettings, db_path: Path) -> None:
        self._s = settings
        import hashlib  # here, not at the top: the window's shell is painted before any database is open

        digest = hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
        self._prefix = f"databases/{digest}/"
        self._s.setValue(self._prefix + "path", str(db_path))

    exhibition_id = _prop("exhibition_id", "")
    mediator_id = _prop("mediator_id", "")
    server_url = _prop("team/server_url", "")  # never with a password (that goes to the system keyring)
    auto_sync = _prop("team/auto_sync", True, bool)


class Preferences(_Store):
    def __init__(self, path: Path | None = None) -> None:
        path = path or paths.config_dir() / SETTINGS_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def for_database(self, db_path: Path) -> DatabasePrefs:
        return DatabasePrefs(self._s, db_path)

    language = _prop("ui/language", "")
    count_method = _prop("counter/method", "clicker")
    occupancy_mode = _prop("counter/occupancy_mode", False, bool)
    capacity = _prop("counter/capacity", 150, int)
    exit_key = _prop("counter/exit_key", "0")
    kiosk_pin_hash = _prop("kiosk/pin_hash", "")
    kiosk_pin_digits = _prop("kiosk/pin_digits", 4, int)  # the fewest digits a new PIN may have (4, or 6)
    report_language = _prop("reports/language", "en")
    hide_small_groups = _prop("reports/hide_small_groups", False, bool)
    last_backup = _prop("backup/last_change_backup", "")

    FOLDER_KINDS = ("database", "team", "report", "export", "cards", "answers")

    def folder(self, kind: str) -> Path:
        """Where a file dialog for this kind of file opens: the folder last used for it, while it exists; else
        the Documents folder (the home folder where there is none)."""
        assert kind in self.FOLDER_KINDS, kind
        remembered = str(self._s.value(f"folders/{kind}", "") or "")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def remember_folder(self, kind: str, chosen: str | Path) -> None:
        """The folder of a file just chosen, for the next dialog of the same kind."""
        assert kind in self.FOLDER_KINDS, kind
        self._set(f"folders/{kind}", str(Path(chosen).expanduser().parent))

    def geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._set("ui/geometry", value)
