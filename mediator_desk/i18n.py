"""Texts in a chosen language, with or without a running interface.

The Qt Linguist files (resources/translations/*.ts, edited in Linguist and refreshed by pyside6-lupdate) are
the one source of every translation; they are compiled to .qm when the package is built. The interface installs
its language's translator into the application; reports, QR cards and the kiosk each choose their own language
and read it through a `Texts` (QtCore only: they run headless too). Numbers and dates follow QLocale."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTranslator

from mediator_desk import paths

log = logging.getLogger(__name__)
LANGUAGES = ("en", "ro", "it")  # the interface and the reports
KIOSK_LANGUAGES = ("en", "ro", "it", "fr", "de", "es")  # what visitors can pick on the kiosk
ENDONYMS = {"en": "English", "ro": "Română", "it": "Italiano"}  # each language in its own words
LOCALES = {"en": "en_GB", "ro": "ro_RO", "it": "it_IT", "fr": "fr_FR", "de": "de_DE", "es": "es_ES"}


def qm_file(lang: str) -> Path | None:
    """The compiled translation for `lang`, shipped in the package (built from the .ts files)."""
    path = paths.resources_dir() / "translations" / f"mediator_desk_{lang}.qm"
    return path if path.exists() else None


@cache
def translator(lang: str) -> QTranslator | None:
    """A loaded translator for `lang` (English needs one only for its plural forms)."""
    path = qm_file(lang)
    if path is None:
        if lang != "en":
            log.warning("No compiled translation for %s (build the package, or run tools/build_translations.py)",
                        lang)
        return None
    tr = QTranslator()
    if not tr.load(str(path)):
        log.warning("Could not load %s", path)
        return None
    return tr


def locale(lang: str) -> QLocale:
    return QLocale(LOCALES.get(lang, "en_GB"))


class Texts:
    """One language's words for headless work. `translate(context, source)` is what lupdate looks for."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LOCALES else "en"
        self._tr = translator(self.lang)
        self.locale = locale(self.lang)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = self._tr.translate(context, source, disambiguation, n) if self._tr is not None else ""
        text = text or source
        if n >= 0:
            text = text.replace("%n", self.locale.toString(n))
        return text

    def number(self, value: int | float, decimals: int = 1) -> str:
        if isinstance(value, int):
            return self.locale.toString(value)
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, fraction: float) -> str:
        return self.locale.toString(fraction * 100, "f", 1) + (" %" if self.lang in ("ro", "it", "fr", "de", "es")
                                                               else "%")

    def date(self, day) -> str:
        """'10 June 2026' / '10 iunie 2026' / '10 giugno 2026'."""
        return self.locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def weekday(self, weekday: int, short: bool = True) -> str:
        """Monday is 0 (Python's numbering)."""
        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self.locale.dayName(weekday + 1, kind)
