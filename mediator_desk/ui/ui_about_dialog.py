# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(96, 96))

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")

        self.titleLayout.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versionLabel.setText(u"")

        self.titleLayout.addWidget(self.versionLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.purposeLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.dialogLayout.addLayout(self.headerLayout)

        self.licenceLabel = QLabel(AboutDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.licenceLabel)

        self.foldersBox = QGroupBox(AboutDialog)
        self.foldersBox.setObjectName(u"foldersBox")
        self.foldersGrid = QGridLayout(self.foldersBox)
        self.foldersGrid.setObjectName(u"foldersGrid")
        self.databaseCaption = QLabel(self.foldersBox)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.foldersGrid.addWidget(self.databaseCaption, 0, 0, 1, 1)

        self.databasePath = QLabel(self.foldersBox)
        self.databasePath.setObjectName(u"databasePath")
        self.databasePath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.databasePath.setWordWrap(True)
        self.databasePath.setText(u"")

        self.foldersGrid.addWidget(self.databasePath, 0, 1, 1, 1)

        self.openDatabaseButton = QPushButton(self.foldersBox)
        self.openDatabaseButton.setObjectName(u"openDatabaseButton")

        self.foldersGrid.addWidget(self.openDatabaseButton, 0, 2, 1, 1)

        self.backupCaption = QLabel(self.foldersBox)
        self.backupCaption.setObjectName(u"backupCaption")

        self.foldersGrid.addWidget(self.backupCaption, 1, 0, 1, 1)

        self.backupPath = QLabel(self.foldersBox)
        self.backupPath.setObjectName(u"backupPath")
        self.backupPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backupPath.setWordWrap(True)
        self.backupPath.setText(u"")

        self.foldersGrid.addWidget(self.backupPath, 1, 1, 1, 1)

        self.openBackupButton = QPushButton(self.foldersBox)
        self.openBackupButton.setObjectName(u"openBackupButton")

        self.foldersGrid.addWidget(self.openBackupButton, 1, 2, 1, 1)

        self.logCaption = QLabel(self.foldersBox)
        self.logCaption.setObjectName(u"logCaption")

        self.foldersGrid.addWidget(self.logCaption, 2, 0, 1, 1)

        self.logPath = QLabel(self.foldersBox)
        self.logPath.setObjectName(u"logPath")
        self.logPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logPath.setWordWrap(True)
        self.logPath.setText(u"")

        self.foldersGrid.addWidget(self.logPath, 2, 1, 1, 1)

        self.openLogButton = QPushButton(self.foldersBox)
        self.openLogButton.setObjectName(u"openLogButton")

        self.foldersGrid.addWidget(self.openLogButton, 2, 2, 1, 1)

        self.deviceCaption = QLabel(self.foldersBox)
        self.deviceCaption.setObjectName(u"deviceCaption")

        self.foldersGrid.addWidget(self.deviceCaption, 3, 0, 1, 1)

        self.deviceLabel = QLabel(self.foldersBox)
        self.deviceLabel.setObjectName(u"deviceLabel")
        self.deviceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deviceLabel.setText(u"")

        self.foldersGrid.addWidget(self.deviceLabel, 3, 1, 1, 1)


        self.dialogLayout.addWidget(self.foldersBox)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Mediator Desk", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"For cultural mediators: tours, walk-in counts, visitor feedback and reports, on laptops that work offline and meet by file or through the team's server.", None))
        self.licenceLabel.setText(QCoreApplication.translate("AboutDialog", u"Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty. The DejaVu fonts in the reports have their own free licence.", None))
        self.foldersBox.setTitle(QCoreApplication.translate("AboutDialog", u"Where your data is", None))
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
        self.openDatabaseButton.setText(QCoreApplication.translate("AboutDialog", u"Open folder", None))
        self.backupCaption.setText(QCoreApplication.translate("AboutDialog", u"Backups", None))
        self.openBackupButton.setText(QCoreApplication.translate("AboutDialog", u"Open folder", None))
        self.logCaption.setText(QCoreApplication.translate("AboutDialog", u"Log files", None))
        self.openLogButton.setText(QCoreApplication.translate("AboutDialog", u"Open folder", None))
        self.deviceCaption.setText(QCoreApplication.translate("AboutDialog", u"This laptop", None))
    # retranslateUi

