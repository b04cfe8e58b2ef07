"""Filling the pickers: one helper for every combo box that offers records (from services.choices)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from mediator_desk import i18n
from mediator_desk.services.choices import Choices

_KEEP = object()


def fill(combo: QComboBox, items: Iterable[tuple[str, object]], *, first: tuple[str, object] | None = None,
         select: object = _KEEP) -> bool:
    """Replace the items without emitting signals, keeping the chosen value (or choosing `select`) when it is
    still offered, else the first item. Returns whether the chosen value changed."""
    before = combo.currentData()
    wanted = before if select is _KEEP else select
    combo.blockSignals(True)
    try:
        combo.clear()
        if first is not None:
            combo.addItem(*first)
        for label, value in items:
            combo.addItem(label, value)
        index = -1
        if wanted is not None:
            index = combo.findData(wanted)
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
    return combo.currentData() != before


def languages(combo: QComboBox, selected: str | None) -> None:
    """The interface and report languages, each named in its own words, `selected` chosen (else English):
    the one language picker of Settings, Reports and Export."""
    fill(combo, ((i18n.ENDONYMS[code], code) for code in i18n.LANGUAGES), select=selected if selected in
         i18n.LANGUAGES else "en")


def exhibitions(choices: Choices, *, with_venue: bool = True) -> list[tuple[str, str]]:
    return [(e.label if with_venue else e.title, str(e.id)) for e in choices.exhibitions]


def mediators(choices: Choices, *, active_only: bool = False, keep: Iterable = ()) -> list[tuple[str, str]]:
    keep = set(keep)
    return [(m.name, str(m.id)) for m in choices.mediators if m.active or not active_only or m.id in keep]


def programmes(choices: Choices) -> list[tuple[str, str]]:
    return [(p.name, str(p.id)) for p in choices.programmes]


def partners(choices: Choices) -> list[tuple[str, str]]:
    return [(p.name, str(p.id)) for p in choices.partners]
