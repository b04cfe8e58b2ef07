# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.setMinimumSize(QSize(460, 0))
        self.dialogLayout = QVBoxLayout(CorrectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CorrectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.categoryCaption = QLabel(CorrectionDialog)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryCombo = QComboBox(CorrectionDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.amountCaption = QLabel(CorrectionDialog)
        self.amountCaption.setObjectName(u"amountCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountCaption)

        self.amountSpin = QSpinBox(CorrectionDialog)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setMinimum(-5000)
        self.amountSpin.setMaximum(5000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountSpin)

        self.dayCaption = QLabel(CorrectionDialog)
        self.dayCaption.setObjectName(u"dayCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayCaption)

        self.dayEdit = QDateEdit(CorrectionDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.hourCaption = QLabel(CorrectionDialog)
        self.hourCaption.setObjectName(u"hourCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hourCaption)

        self.hourSpin = QSpinBox(CorrectionDialog)
        self.hourSpin.setObjectName(u"hourSpin")
        self.hourSpin.setMaximum(23)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hourSpin)

        self.noteCaption = QLabel(CorrectionDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QLineEdit(CorrectionDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CorrectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty(u"severity", u"error")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CorrectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryCaption.setBuddy(self.categoryCombo)
        self.amountCaption.setBuddy(self.amountSpin)
        self.dayCaption.setBuddy(self.dayEdit)
        self.hourCaption.setBuddy(self.hourSpin)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectionDialog)

        QMetaObject.connectSlotsByName(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Correct the count", None))
        self.introLabel.setText(QCoreApplication.translate("CorrectionDialog", u"Add visitors that were not counted (a paper tally, a laptop that was off) or remove miscounted ones. The correction is added as a new entry with your note; nothing is erased.", None))
        self.categoryCaption.setText(QCoreApplication.translate("CorrectionDialog", u"&Category:", None))
        self.amountCaption.setText(QCoreApplication.translate("CorrectionDialog", u"&Visitors (+ add, \u2212 remove):", None))
        self.dayCaption.setText(QCoreApplication.translate("CorrectionDialog", u"&Day:", None))
        self.hourCaption.setText(QCoreApplication.translate("CorrectionDialog", u"&Hour:", None))
        self.hourSpin.setSuffix(QCoreApplication.translate("CorrectionDialog", u":00", None))
        self.noteCaption.setText(QCoreApplication.translate("CorrectionDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"e.g. paper tally 14:00\u201315:00, laptop was off", None))
    # retranslateUi

