"""Filling the pickers: one helper for every combo box that offers records (from services.choices)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox

from mediator_desk import i18n
from mediator_desk.services.choices import Choices
from mediator_desk.services.overview import TourRow
from mediator_desk.views.formatting import day_text, fmt, time_text
from mediator_desk.views.labels import enum_label

_KEEP = object()


def fill(combo: QComboBox, items: Iterable[Sequence], *, first: tuple[str, object] | None = None,
         select: object = _KEEP) -> bool:
    """Replace the items — (label, value) or (label, value, tooltip) — without emitting signals, keeping the
    chosen value (or choosing `select`) when it is still offered, else the first item. Returns whether the chosen
    value changed."""
    before = combo.currentData()
    wanted = before if select is _KEEP else select
    combo.blockSignals(True)
    try:
        combo.clear()
        if first is not None:
            combo.addItem(*first)
        for label, value, *tip in items:
            combo.addItem(label, value)
            if tip:
                combo.setItemData(combo.count() - 1, tip[0], Qt.ItemDataRole.ToolTipRole)
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


class TourWords(QObject):
    """The plural words of the tour pickers (lupdate takes plural forms from tr() calls only)."""

    def participants(self, n: int) -> str:
        return self.tr("%Ln participant(s)", "", n)

    def groups(self, n: int) -> str:
        return self.tr("%Ln group(s)", "", n)


@functools.cache
def _words() -> TourWords:
    return TourWords()  # one, not one per tour listed (it translates at each call: the language may change)


def _participants(n: int) -> str:
    return _words().participants(n)


def _groups(n: int) -> str:
    return _words().groups(n)


def tour_label(r: TourRow) -> str:
    """A tour as a picker shows it, with what tells it from another tour at the same minute: the time, the
    format, the languages, the lead mediator, and the group's partner or its size."""
    who = ", ".join(r.partners) if r.partners else _participants(r.participants)
    parts = [time_text(r.start), enum_label(r.format), ", ".join(code.upper() for code in r.languages), r.lead, who]
    return " · ".join(p for p in parts if p)


def tour_tooltip(r: TourRow) -> str:
    """Everything else about the tour, for the picker's tooltip."""
    when = f"{r.start:%Y-%m-%d} ({day_text(r.start.date())}) {time_text(r.start)}" + (
        f"–{time_text(r.end)}" if r.end else "")
    lines = [when, r.exhibition, enum_label(r.format) + (f" · {', '.join(c.upper() for c in r.languages)}"
                                                         if r.languages else ""),
             fmt(QCoreApplication.translate("pickers", "Mediators: %1"), ", ".join(r.team) or "—"),
             fmt(QCoreApplication.translate("pickers", "%1 in %2 · %3"), _participants(r.participants),
                 _groups(r.groups), enum_label(r.status))]
    if r.partners:
        lines.append(fmt(QCoreApplication.translate("pickers", "Partners: %1"), ", ".join(r.partners)))
    return "\n".join(lines)


def tours(rows: Iterable[TourRow]) -> list[tuple[str, str, str]]:
    """Picker items (label, id, tooltip) for tours."""
    return [(tour_label(r), str(r.id), tour_tooltip(r)) for r in rows]
