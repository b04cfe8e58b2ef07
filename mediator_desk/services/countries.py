"""Countries as ISO 3166 alpha-2 codes (pycountry): read from codes or from English, Romanian and Italian names."""

from __future__ import annotations

import gettext
from functools import lru_cache

from mediator_desk.services.textutil import fold

NAME_LANGUAGES = ("ro", "it")


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    import pycountry

    index: dict[str, str] = {}
    translations = []
    for lang in NAME_LANGUAGES:
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.alpha_2, country.alpha_3, country.name}
        for attr in ("official_name", "common_name"):
            if getattr(country, attr, None):
                names.add(getattr(country, attr))
        for tr in translations:
            names |= {tr.gettext(n) for n in list(names)}
        for name in names:
            index.setdefault(fold(name), code)
    # Names people type that ISO spells otherwise.
    for name, code in (("UK", "GB"), ("Great Britain", "GB"), ("England", "GB"), ("Scotland", "GB"),
                       ("Wales", "GB"), ("USA", "US"), ("America", "US"), ("Marea Britanie", "GB"),
                       ("Anglia", "GB"), ("Inghilterra", "GB"), ("Olanda", "NL"), ("Holland", "NL"),
                       ("Russia", "RU"), ("Rusia", "RU"), ("Moldova", "MD"), ("Corea de Sud", "KR"),
                       ("Corea del Sud", "KR"), ("Vatican", "VA"), ("Città del Vaticano", "VA")):
        index.setdefault(fold(name), code)
    return index


def country_code(text: str) -> str | None:
    """The alpha-2 code for a code or a country name ("Germany", "Germania", "DE", "deu"); None if unknown.
    An empty text is "" (no country given)."""
    if not text or not text.strip():
        return ""
    return _index().get(fold(text))


def is_country(code: str) -> bool:
    return len(code) == 2 and _index().get(fold(code)) == code.upper()
