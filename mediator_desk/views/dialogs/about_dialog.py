"""Help → About: the version, the licence, and the folders that hold the data, the backups and the logs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from mediator_desk import APP_NAME, __version__, paths
from mediator_desk.ui.ui_about_dialog import Ui_AboutDialog
from mediator_desk.views.formatting import fmt
from mediator_desk.views.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, *, open_folder=None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(fmt(self.tr("About %1"), APP_NAME))
        self.ui.iconLabel.setPixmap(app_icon().pixmap(96, 96))
        self.ui.nameLabel.setText(APP_NAME)
        self.ui.nameLabel.setProperty("sectionHeading", True)
        self.ui.versionLabel.setText(fmt(self.tr("Version %1"), __version__))
        db_path = ctx.db.path
        self.folders = {
            "database": db_path.parent if db_path else None,
            "backups": paths.backup_dir(db_path) if db_path else None,
            "logs": paths.log_dir(),
        }
        self._open_folder = open_folder or (lambda folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        rows = [("database", self.ui.databasePath, self.ui.openDatabaseButton, db_path),
                ("backups", self.ui.backupPath, self.ui.openBackupButton, self.folders["backups"]),
                ("logs", self.ui.logPath, self.ui.openLogButton, self.folders["logs"])]
        for key, label, button, shown in rows:
            label.setText(str(shown) if shown else self.tr("(in memory)"))
            button.setEnabled(self.folders[key] is not None)
            button.setAccessibleName(fmt(self.tr("Open the folder: %1"), label.text()))
            button.clicked.connect(lambda _checked=False, k=key: self.open_folder(k))
        self.ui.deviceLabel.setText(ctx.device_id)
        self.ui.buttonBox.rejected.connect(self.reject)

    def open_folder(self, key: str) -> None:
        folder: Path | None = self.folders[key]
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)  # the backup or log folder may not exist yet
        self._open_folder(folder)
