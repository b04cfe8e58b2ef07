"""Text helpers shared by services and the interface (no Qt)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Text for comparing and searching, without case, accents or extra spaces: "Țăranu", "taranu" and
    "TARANU " are the same word (ș ş s, ț ţ t, ä a, é e …)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
