"""Typed errors raised by the data and service layers; only the UI or CLI decides how to show them."""

from __future__ import annotations


class MediatorDeskError(Exception):
    """Base class: the message is meant for the user."""


class StorageError(MediatorDeskError):
    """The database cannot be opened, read or written. `hint` says the way out."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


# --- a file that is refused when opening it (never modified) ---------------------------------------

class RefusedDatabaseError(StorageError):
    """The file is not one Mediator Desk may open: foreign, damaged, newer, or paired with a stray journal."""


class ForeignDatabaseError(RefusedDatabaseError):
    """The file is not a Mediator Desk database (another program's file, a folder, a text file)."""


class DamagedDatabaseError(RefusedDatabaseError):
    """The file is a Mediator Desk database whose pages fail SQLite's integrity check."""


class NewerDatabaseError(RefusedDatabaseError):
    """The file was written by a newer Mediator Desk."""


class StrayJournalError(RefusedDatabaseError):
    """A leftover -wal file beside the database does not belong to it (replaying it would damage the file)."""


# --- problems while working (classified from SQLite's errors at the data boundary) -----------------

class DatabaseBusyError(StorageError):
    """Another program holds a lock on the database for longer than we wait."""


class ReadOnlyDatabaseError(StorageError):
    """The database (or its folder) cannot be written: it was opened read-only, or the disk refuses writes."""


class DiskFullError(StorageError):
    """The disk (or the file system's size limit) has no room for the write."""


class HubError(StorageError):
    """The team's server cannot be reached, refuses the login, or holds a schema this app cannot use."""


class OtherVenueError(StorageError):
    """A file or a server holds another venue's data: merging would add its figures to this venue's. Done only
    when asked for explicitly (a second venue of one team, or the same venue set up twice)."""


class Cancelled(MediatorDeskError):
    """The user stopped long work (a report, an export, a merge): nothing was left half done."""


class MissingRecordError(MediatorDeskError):
    """A command named a record this database does not hold (or no longer holds)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a rule's wording for Qt Linguist without importing Qt: services stay headless, the interface
    translates the same text at run time (views/problems.py)."""
    return text


class ValidationError(MediatorDeskError):
    """A value a user typed breaks a rule. `field` names the field; `warning` ones can be confirmed."""

    def __init__(self, field: str, message: str, *, warning: bool = False, template: str = "",
                 params: dict | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message  # English
        self.warning = warning
        self.template = template  # the English wording before {params} were filled in (the translation key)
        self.params = dict(params or {})

    @classmethod
    def rule(cls, field: str, template: str, *, warning: bool = False, **params) -> ValidationError:
        """A broken rule worded by `template` (marked with QT_TRANSLATE_NOOP("rules", …)) and its {params}."""
        return cls(field, template.format(**params), warning=warning, template=template, params=params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationErrors(MediatorDeskError):
    """Several validation problems at once (errors and warnings)."""

    def __init__(self, problems: list[ValidationError]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems

    @property
    def errors(self) -> list[ValidationError]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[ValidationError]:
        return [p for p in self.problems if p.warning]
