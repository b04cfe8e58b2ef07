"""Logging to a rotating file in the user log folder (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from mediator_desk import paths

LOG_FILE = "mediator-desk.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    if any(getattr(h, "_mediator_desk", False) for h in root.handlers):
        return None
    root.setLevel(level)
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        log_path: Path | None = folder / LOG_FILE
    except OSError:
        handler, log_path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mediator_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_path
