"""Text helpers shared by services and the interface (no Qt)."""

from __future__ import annotations

import unicodedata


class _FoldTable(dict):
    """str.translate's table for fold(): each character, the first time it is met, is mapped to its case-folded
    compatibility decomposition without combining marks ("Ș" → "s", "ß" → "ss", "ﬁ" → "fi"), then remembered.
    Folding a whole text is then one translate call instead of a Python loop over its characters."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).casefold())
        folded = self[code] = "".join(c for c in decomposed if not unicodedata.combining(c))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Text for comparing and searching, without case, accents or extra spaces: "Țăranu", "taranu" and
    "TARANU " are the same word (ș ş s, ț ţ t, ä a, é e …)."""
    return " ".join(text.translate(_FOLD).split())
