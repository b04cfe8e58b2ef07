"""Install the interface language: our translation (compiled from the .ts files when the package is built),
Qt's own where it ships one, and QLocale for numbers, dates and weekdays."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mediator_desk import i18n

log = logging.getLogger(__name__)
LANGUAGES = i18n.LANGUAGES
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> str:
    """Install the translators for `lang`. Returns the language in effect."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang not in LANGUAGES:
        lang = "en"
    QLocale.setDefault(i18n.locale(lang))
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    own = i18n.translator(lang)
    if own is not None:
        app.installTranslator(own)
        _installed.append(own)
        return lang
    if lang != "en":
        log.warning("No translation for %s; the interface stays in English", lang)
    return "en" if lang != "en" else lang
