# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ExportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ExportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.firstLabel = QLabel(ExportDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstEdit = QDateEdit(ExportDialog)
        self.firstEdit.setObjectName(u"firstEdit")
        self.firstEdit.setCalendarPopup(True)
        self.firstEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstEdit)

        self.lastLabel = QLabel(ExportDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastEdit = QDateEdit(ExportDialog)
        self.lastEdit.setObjectName(u"lastEdit")
        self.lastEdit.setCalendarPopup(True)
        self.lastEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastEdit)

        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.separatorLabel = QLabel(ExportDialog)
        self.separatorLabel.setObjectName(u"separatorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.separatorLabel)

        self.separatorCombo = QComboBox(ExportDialog)
        self.separatorCombo.setObjectName(u"separatorCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.separatorCombo)

        self.languageLabel = QLabel(ExportDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ExportDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.rawCheck = QCheckBox(ExportDialog)
        self.rawCheck.setObjectName(u"rawCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rawCheck)


        self.dialogLayout.addLayout(self.form)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setText(u"")

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.firstLabel.setBuddy(self.firstEdit)
        self.lastLabel.setBuddy(self.lastEdit)
        self.formatLabel.setBuddy(self.formatCombo)
        self.separatorLabel.setBuddy(self.separatorCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"Save the records of a period for a spreadsheet or another program. Labels are in the chosen language; the stored codes follow in their own columns. Typed text is always exported as text, never as a formula.", None))
        self.kindLabel.setText(QCoreApplication.translate("ExportDialog", u"&What", None))
        self.firstLabel.setText(QCoreApplication.translate("ExportDialog", u"&From", None))
        self.lastLabel.setText(QCoreApplication.translate("ExportDialog", u"&To", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"F&ormat", None))
        self.separatorLabel.setText(QCoreApplication.translate("ExportDialog", u"&Separator", None))
        self.languageLabel.setText(QCoreApplication.translate("ExportDialog", u"&Labels in", None))
        self.rawCheck.setText(QCoreApplication.translate("ExportDialog", u"Every key press and correction (instead of hourly totals)", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"&Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"C&lose", None))
    # retranslateUi

