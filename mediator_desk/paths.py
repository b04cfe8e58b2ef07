"""User data, config and log folders, and the packaged resources; nothing is created at import time."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import platformdirs

from mediator_desk import APP_ID

ENV_DB = "MEDIATOR_DESK_DB"
ENV_HOME = "MEDIATOR_DESK_HOME"  # one folder for data, config and logs (tests, portable installs)
ENV_DEVICE = "MEDIATOR_DESK_DEVICE"


def _home() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def backup_dir(db_path: Path) -> Path:
    """Automatic backups live beside the database, in a folder named after the file's full name
    (`season.sqlite-backups`): `season.sqlite` and `season.db` each have their own."""
    return db_path.parent / f"{db_path.name}-backups"


def old_backup_dir(db_path: Path) -> Path:
    """Where earlier versions kept the backups (named after the name without its extension, shared by
    `season.sqlite` and `season.db`): still read, never written."""
    return db_path.parent / f"{db_path.stem}-backups"


def private_dir(folder: Path) -> Path:
    """Create `folder` (and its parents) readable by the user only (0700 on POSIX, whatever the umask); an
    existing folder of the app's own is tightened to 0700 too. Returns it."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            if folder.stat().st_mode & 0o077:
                os.chmod(folder, 0o700)
        except OSError:
            pass  # a folder the user made and owns otherwise: their choice
    return folder


def default_db_path() -> Path:
    value = os.environ.get(ENV_DB)
    return Path(value) if value else data_dir() / "mediator-desk.sqlite"


def resources_dir() -> Path:
    """The resources folder: inside the installed package, or the repository's top-level one."""
    packaged = Path(__file__).parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def device_id() -> str:
    """A stable id for this laptop, kept in the user config folder (created on first use)."""
    value = os.environ.get(ENV_DEVICE)
    if value:
        return value
    path = config_dir() / "device-id"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        private_dir(path.parent)
        new_id = f"laptop-{uuid.uuid4().hex[:8]}"
        path.write_text(new_id, encoding="utf-8")
        return new_id
