"""Logging to a rotating file in the user log folder, kept private to the user (the folder 0700, the files 0600):
a log never holds a statement's parameters (the engine hides them), but it is nobody else's business."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from mediator_desk import paths

LOG_FILE = "mediator-desk.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    def _open(self):
        stream = super()._open()
        if os.name == "posix":
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
        return stream

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """The log cannot be written (its disk is full, say): the record is lost, but the work goes on and no
        traceback reaches the terminal or the window (logging's default prints one)."""
        self._lost = getattr(self, "_lost", 0) + 1


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_mediator_desk", False)]:
        if getattr(old, "baseFilename", None) == os.path.abspath(log_file()):
            return None  # already logging to this user's file
        root.removeHandler(old)  # the home folder changed (tests, MEDIATOR_DESK_HOME): follow it
        old.close()
    root.setLevel(level)
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            folder.chmod(0o700)
        handler: logging.Handler = _PrivateRotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8",
            errors="backslashreplace")  # a file name that is not UTF-8 is written as \udcXX, never an error
        log_path: Path | None = folder / LOG_FILE
    except OSError:
        handler, log_path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mediator_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_path
