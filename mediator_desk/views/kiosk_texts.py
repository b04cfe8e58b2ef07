"""What the kiosk says to visitors, in the language they pick on the screen (not the interface's): marked for
Qt Linguist in the context "kiosk"; the .ts files of the six kiosk languages hold the translations."""

from __future__ import annotations

from functools import lru_cache

from mediator_desk.errors import QT_TRANSLATE_NOOP
from mediator_desk.i18n import KIOSK_LANGUAGES, Texts

__all__ = ["KIOSK_LANGUAGES", "RATING_NAMES", "TEXTS", "rating_name", "text"]

TEXTS: dict[str, str] = {
    "question": QT_TRANSLATE_NOOP("kiosk", "How did you like the exhibition?"),
    "words": QT_TRANSLATE_NOOP("kiosk", "Anything to add? One word is enough."),
    "send": QT_TRANSLATE_NOOP("kiosk", "Send"),
    "skip": QT_TRANSLATE_NOOP("kiosk", "No, thanks"),
    "privacy": QT_TRANSLATE_NOOP("kiosk", "Please do not write your name, email or phone number."),
    "thanks": QT_TRANSLATE_NOOP("kiosk", "Thank you!"),
}
RATING_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("kiosk", "Very bad"), QT_TRANSLATE_NOOP("kiosk", "Bad"), QT_TRANSLATE_NOOP("kiosk", "OK"),
    QT_TRANSLATE_NOOP("kiosk", "Good"), QT_TRANSLATE_NOOP("kiosk", "Very good"))


@lru_cache(maxsize=8)
def _texts(lang: str) -> Texts:
    return Texts(lang)


def text(key: str, lang: str) -> str:
    return _texts(lang).translate("kiosk", TEXTS[key])


def rating_name(rating: int, lang: str) -> str:
    """The name of smiley 1–5 in the visitor's language."""
    return _texts(lang).translate("kiosk", RATING_NAMES[rating - 1])
