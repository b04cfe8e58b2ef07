"""Validation problems worded in the interface language.

The services mark each rule's English wording with QT_TRANSLATE_NOOP("rules", …) (lupdate collects them
into the .ts files); here the same wording is looked up in the installed translation and filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mediator_desk.errors import ValidationError


def problem_text(problem: ValidationError) -> str:
    """The problem in the interface language; the service's English text for a problem without a template."""
    if not problem.template:
        return problem.message
    try:
        return QCoreApplication.translate("rules", problem.template).format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back, never crash
        return problem.message
