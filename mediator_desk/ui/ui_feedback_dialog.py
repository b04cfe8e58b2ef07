# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(FeedbackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.entryForm = QFormLayout()
        self.entryForm.setObjectName(u"entryForm")
        self.exhibitionLabel = QLabel(FeedbackDialog)
        self.exhibitionLabel.setObjectName(u"exhibitionLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exhibitionLabel)

        self.exhibitionCombo = QComboBox(FeedbackDialog)
        self.exhibitionCombo.setObjectName(u"exhibitionCombo")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exhibitionCombo)

        self.dayLabel = QLabel(FeedbackDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(FeedbackDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.tourLabel = QLabel(FeedbackDialog)
        self.tourLabel.setObjectName(u"tourLabel")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tourLabel)

        self.tourCombo = QComboBox(FeedbackDialog)
        self.tourCombo.setObjectName(u"tourCombo")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tourCombo)

        self.groupLabel = QLabel(FeedbackDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(FeedbackDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.methodLabel = QLabel(FeedbackDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(FeedbackDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.ratingLabel = QLabel(FeedbackDialog)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.entryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.ratingLayout = QHBoxLayout()
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.ratingSpin = QSpinBox(FeedbackDialog)
        self.ratingSpin.setObjectName(u"ratingSpin")

        self.ratingLayout.addWidget(self.ratingSpin)

        self.ratingHint = QLabel(FeedbackDialog)
        self.ratingHint.setObjectName(u"ratingHint")
        self.ratingHint.setText(u"")

        self.ratingLayout.addWidget(self.ratingHint)

        self.ratingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ratingLayout.addItem(self.ratingSpacer)


        self.entryForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ratingLayout)

        self.oneWordLabel = QLabel(FeedbackDialog)
        self.oneWordLabel.setObjectName(u"oneWordLabel")

        self.entryForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.oneWordLabel)

        self.oneWordEdit = QLineEdit(FeedbackDialog)
        self.oneWordEdit.setObjectName(u"oneWordEdit")
        self.oneWordEdit.setMaxLength(60)

        self.entryForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.oneWordEdit)

        self.commentLabel = QLabel(FeedbackDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.entryForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(FeedbackDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)
        self.commentEdit.setMaximumSize(QSize(16777215, 90))

        self.entryForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.outcomesLabel = QLabel(FeedbackDialog)
        self.outcomesLabel.setObjectName(u"outcomesLabel")

        self.entryForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcomesLabel)

        self.outcomesList = QListWidget(FeedbackDialog)
        self.outcomesList.setObjectName(u"outcomesList")
        self.outcomesList.setMaximumSize(QSize(16777215, 100))

        self.entryForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcomesList)

        self.ageLabel = QLabel(FeedbackDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.entryForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageCombo = QComboBox(FeedbackDialog)
        self.ageCombo.setObjectName(u"ageCombo")

        self.entryForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ageCombo)

        self.firstVisitLabel = QLabel(FeedbackDialog)
        self.firstVisitLabel.setObjectName(u"firstVisitLabel")

        self.entryForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.firstVisitLabel)

        self.firstVisitCombo = QComboBox(FeedbackDialog)
        self.firstVisitCombo.setObjectName(u"firstVisitCombo")

        self.entryForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.firstVisitCombo)

        self.languageLabel = QLabel(FeedbackDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.entryForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.langLayout = QHBoxLayout()
        self.langLayout.setObjectName(u"langLayout")
        self.languageEdit = QLineEdit(FeedbackDialog)
        self.languageEdit.setObjectName(u"languageEdit")
        self.languageEdit.setMaxLength(2)

        self.langLayout.addWidget(self.languageEdit)

        self.countryLabel = QLabel(FeedbackDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.langLayout.addWidget(self.countryLabel)

        self.countryEdit = QLineEdit(FeedbackDialog)
        self.countryEdit.setObjectName(u"countryEdit")
        self.countryEdit.setMaxLength(2)

        self.langLayout.addWidget(self.countryEdit)


        self.entryForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.langLayout)


        self.dialogLayout.addLayout(self.entryForm)

        self.messagesLabel = QLabel(FeedbackDialog)
        self.messagesLabel.setObjectName(u"messagesLabel")
        self.messagesLabel.setText(u"")
        self.messagesLabel.setWordWrap(True)
        self.messagesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.messagesLabel)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.exhibitionLabel.setBuddy(self.exhibitionCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.tourLabel.setBuddy(self.tourCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.ratingLabel.setBuddy(self.ratingSpin)
        self.oneWordLabel.setBuddy(self.oneWordEdit)
        self.commentLabel.setBuddy(self.commentEdit)
        self.outcomesLabel.setBuddy(self.outcomesList)
        self.ageLabel.setBuddy(self.ageCombo)
        self.firstVisitLabel.setBuddy(self.firstVisitCombo)
        self.languageLabel.setBuddy(self.languageEdit)
        self.countryLabel.setBuddy(self.countryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Feedback", None))
        self.exhibitionLabel.setText(QCoreApplication.translate("FeedbackDialog", u"E&xhibition:", None))
        self.dayLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Day:", None))
        self.tourLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Tour:", None))
        self.groupLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Group:", None))
        self.methodLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Method:", None))
        self.ratingLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Rating:", None))
        self.oneWordLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&One word:", None))
        self.commentLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Comment:", None))
        self.outcomesLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Learning o&utcomes:", None))
        self.ageLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Age band:", None))
        self.firstVisitLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&First visit:", None))
        self.languageLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Language:", None))
        self.languageEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"ro, it, en\u2026", None))
        self.countryLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Cou&ntry:", None))
        self.countryEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"RO, IT\u2026", None))
    # retranslateUi

