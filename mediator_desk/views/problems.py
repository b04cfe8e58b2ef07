"""Validation problems worded in the interface language.

The services mark each rule's English wording with QT_TRANSLATE_NOOP("rules", …) (lupdate collects them
into the .ts files); here the same wording is looked up in the installed translation and filled in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from mediator_desk.errors import MediatorDeskError, ValidationError, ValidationErrors
from mediator_desk.views.widgets.validity import repolish

T = TypeVar("T")


def problem_text(problem: ValidationError) -> str:
    """The problem in the interface language; the service's English text for a problem without a template."""
    if not problem.template:
        return problem.message
    try:
        return QCoreApplication.translate("rules", problem.template).format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back, never crash
        return problem.message


def show_problems(label: QLabel, lines: list[tuple[str, bool]]) -> None:
    """Show validation problems (text, is_warning) in `label`, as plain text: the look comes from the stylesheet
    (QLabel[severity="error"] and [severity="warning"]), and nothing typed can turn into markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText("\n".join(text for text, _warning in lines))
    severity = "" if not lines else "warning" if all(warning for _text, warning in lines) else "error"
    if label.property("severity") != severity:
        label.setProperty("severity", severity)
        repolish(label)


_NOTHING = object()


def save_with_warnings(parent, prompts, save: Callable[[bool], T], show: Callable[[list[ValidationError]], None],
                       label: Callable[[str], str], *, yes: str = "", no: str = "") -> T | object:
    """Run `save(accept_warnings)`: errors are shown (nothing is saved, nothing typed is lost); warnings are
    shown and confirmed before saving anyway. Returns what `save` returned, or FAILED."""
    try:
        return save(False)
    except ValidationErrors as exc:
        show(exc.problems)
        if exc.errors:
            return FAILED
        text = "\n".join(f"• {label(p.field)}: {problem_text(p)}" for p in exc.warnings)
        if not prompts.confirm(parent, QCoreApplication.translate("problems", "Save anyway?"), text,
                               yes=yes or QCoreApplication.translate("problems", "Save anyway"),
                               no=no or QCoreApplication.translate("problems", "Go back")):
            return FAILED
        return _guarded(parent, prompts, lambda: save(True))
    except MediatorDeskError as exc:
        prompts.error(parent, QCoreApplication.translate("problems", "Not saved"), str(exc))
        return FAILED


def _guarded(parent, prompts, action):
    try:
        return action()
    except MediatorDeskError as exc:
        prompts.error(parent, QCoreApplication.translate("problems", "Not saved"), str(exc))
        return FAILED


FAILED = _NOTHING
