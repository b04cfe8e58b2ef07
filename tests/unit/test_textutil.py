"""fold(): one str.translate over a remembered table gives what the character-by-character definition gives."""

import json
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mediator_desk.services.textutil import fold


def by_definition(text: str) -> str:
    """The definition, written the slow way: case-fold, decompose, drop combining marks, one space between words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def test_names_fold_to_their_plain_letters():
    assert fold("  Țăranu  ") == fold("TARANU") == fold("taranu") == "taranu"
    assert fold("Şerban Ştefănescu") == fold("Șerban Ștefănescu") == "serban stefanescu"
    assert fold("Müller-Lüdenscheidt Straße") == "muller-ludenscheidt strasse"
    assert fold("ﬁne Ａrt") == "fine art"
    assert fold("Nicolò\u00a0Zanè") == "nicolo zane"


def test_hostile_text_folds_as_defined():
    texts = [item["text"] for item in json.loads((Path(__file__).resolve().parent.parent / "data"
                                                  / "hostile-text.json").read_text(encoding="utf-8"))]
    texts += ["e\u0301te\u0301", "Ǆemal", "İstanbul", "ΣΊΣΥΦΟΣ", "日本語", "\u200b\ufeff", "a\tb\nc"]
    for text in texts:
        assert fold(text) == by_definition(text), repr(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_folds_as_defined(text):
    assert fold(text) == by_definition(text)
