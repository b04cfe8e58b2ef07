"""Qt's own button texts, for languages whose Qt translation is not shipped (Romanian has no qtbase_ro.qm).

Qt looks these up in the contexts "QPlatformTheme" (dialog buttons) and "QWizard" (the set-up assistant's
Back, Next, Finish and Cancel: English in a Romanian assistant until they were listed here), and the right-click
menus of text fields ("QLineEdit", "QWidgetTextControl", "QAbstractSpinBox") at run time; listing them here, one
literal each, lets lupdate put them in our .ts files, so our translator answers when Qt's is missing. Nothing calls
this function.
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
            QCoreApplication.translate("QMessageBox", "No"),
            QCoreApplication.translate("QWizard", "< &Back"),
            QCoreApplication.translate("QWizard", "&Next"),
            QCoreApplication.translate("QWizard", "&Next >"),
            QCoreApplication.translate("QWizard", "&Finish"),
            QCoreApplication.translate("QWizard", "Cancel"),
            QCoreApplication.translate("QWizard", "Commit"),
            QCoreApplication.translate("QWizard", "&Help"),
            QCoreApplication.translate("QWizard", "Go Back"),
            QCoreApplication.translate("QWizard", "Continue"),
            QCoreApplication.translate("QWizard", "Done"),
            QCoreApplication.translate("QWizard", "Help"),
            QCoreApplication.translate("QMessageBox", "Show Details..."),
            QCoreApplication.translate("QMessageBox", "Hide Details..."),
            QCoreApplication.translate("QAbstractSpinBox", "&Step up"),
            QCoreApplication.translate("QAbstractSpinBox", "Step &down"),
            QCoreApplication.translate("QAbstractSpinBox", "&Select All"),
            QCoreApplication.translate("QWidgetTextControl", "Copy &Link Location"),
            QCoreApplication.translate("QLineEdit", "&Undo"),
            QCoreApplication.translate("QLineEdit", "&Redo"),
            QCoreApplication.translate("QLineEdit", "Cu&t"),
            QCoreApplication.translate("QLineEdit", "&Copy"),
            QCoreApplication.translate("QLineEdit", "&Paste"),
            QCoreApplication.translate("QLineEdit", "Delete"),
            QCoreApplication.translate("QLineEdit", "Select All"),
            QCoreApplication.translate("QWidgetTextControl", "&Undo"),
            QCoreApplication.translate("QWidgetTextControl", "&Redo"),
            QCoreApplication.translate("QWidgetTextControl", "Cu&t"),
            QCoreApplication.translate("QWidgetTextControl", "&Copy"),
            QCoreApplication.translate("QWidgetTextControl", "&Paste"),
            QCoreApplication.translate("QWidgetTextControl", "Delete"),
            QCoreApplication.translate("QWidgetTextControl", "Select All")]
