"""Qt's own button texts, for languages whose Qt translation is not shipped (Romanian has no qtbase_ro.qm).

Qt looks these up in the context "QPlatformTheme" at run time; listing them here lets lupdate put them
in our .ts files, so our translator answers when Qt's is missing. Nothing calls this function.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def catalogue() -> list[str]:  # pragma: no cover - read by lupdate, not executed
    return [QCoreApplication.translate("QPlatformTheme", "OK"),
            QCoreApplication.translate("QPlatformTheme", "Save"),
            QCoreApplication.translate("QPlatformTheme", "Open"),
            QCoreApplication.translate("QPlatformTheme", "Cancel"),
            QCoreApplication.translate("QPlatformTheme", "Close"),
            QCoreApplication.translate("QPlatformTheme", "Apply"),
            QCoreApplication.translate("QPlatformTheme", "Discard"),
            QCoreApplication.translate("QPlatformTheme", "Help"),
            QCoreApplication.translate("QPlatformTheme", "&Yes"),
            QCoreApplication.translate("QPlatformTheme", "&No"),
            QCoreApplication.translate("QMessageBox", "Yes"),
            QCoreApplication.translate("QMessageBox", "No")]
