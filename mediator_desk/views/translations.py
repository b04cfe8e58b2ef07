"""Load the interface translation (Qt Linguist .ts compiled to .qm on first use) and Qt's own."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from mediator_desk import paths

log = logging.getLogger(__name__)
LANGUAGES = ("en", "ro", "it")
_installed: list[QTranslator] = []


def _lrelease() -> str | None:
    return shutil.which("pyside6-lrelease") or (
        str(Path(sys.executable).with_name("pyside6-lrelease"))
        if Path(sys.executable).with_name("pyside6-lrelease").exists() else None)


def compiled_translation(lang: str) -> Path | None:
    """The .qm for `lang`: shipped beside the .ts, or compiled once into the user cache folder."""
    folder = paths.resources_dir() / "translations"
    ts = folder / f"mediator_desk_{lang}.ts"
    shipped = folder / f"mediator_desk_{lang}.qm"
    if shipped.exists():
        return shipped
    if not ts.exists():
        return None
    cache = paths.cache_dir() / "translations"
    qm = cache / f"mediator_desk_{lang}.qm"
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Could not compile %s: %s", ts, exc)
        return None
    return qm


def install_translators(app: QCoreApplication, lang: str) -> str:
    """Install the translators for `lang` (en needs none). Returns the language in effect."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang not in LANGUAGES or lang == "en":
        return "en"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    qm = compiled_translation(lang)
    own = QTranslator(app)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
        return lang
    log.warning("No translation for %s; the interface stays in English", lang)
    return "en"
