# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_FeedbackPage(object):
    def setupUi(self, FeedbackPage):
        if not FeedbackPage.objectName():
            FeedbackPage.setObjectName(u"FeedbackPage")
        self.pageLayout = QVBoxLayout(FeedbackPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(FeedbackPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"pageTitle", True)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(FeedbackPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.headerLayout)

        self.filtersLayout = QGridLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.fromLabel = QLabel(FeedbackPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filtersLayout.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromEdit = QDateEdit(FeedbackPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filtersLayout.addWidget(self.fromEdit, 0, 1, 1, 1)

        self.toLabel = QLabel(FeedbackPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filtersLayout.addWidget(self.toLabel, 0, 2, 1, 1)

        self.toEdit = QDateEdit(FeedbackPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filtersLayout.addWidget(self.toEdit, 0, 3, 1, 1)

        self.exhibitionLabel = QLabel(FeedbackPage)
        self.exhibitionLabel.setObjectName(u"exhibitionLabel")

        self.filtersLayout.addWidget(self.exhibitionLabel, 0, 4, 1, 1)

        self.exhibitionCombo = QComboBox(FeedbackPage)
        self.exhibitionCombo.setObjectName(u"exhibitionCombo")

        self.filtersLayout.addWidget(self.exhibitionCombo, 0, 5, 1, 1)

        self.tourLabel = QLabel(FeedbackPage)
        self.tourLabel.setObjectName(u"tourLabel")

        self.filtersLayout.addWidget(self.tourLabel, 0, 6, 1, 1)

        self.tourCombo = QComboBox(FeedbackPage)
        self.tourCombo.setObjectName(u"tourCombo")

        self.filtersLayout.addWidget(self.tourCombo, 0, 7, 1, 1)

        self.methodLabel = QLabel(FeedbackPage)
        self.methodLabel.setObjectName(u"methodLabel")

        self.filtersLayout.addWidget(self.methodLabel, 1, 0, 1, 1)

        self.methodCombo = QComboBox(FeedbackPage)
        self.methodCombo.setObjectName(u"methodCombo")

        self.filtersLayout.addWidget(self.methodCombo, 1, 1, 1, 1)

        self.ratingLabel = QLabel(FeedbackPage)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.filtersLayout.addWidget(self.ratingLabel, 1, 2, 1, 1)

        self.ratingCombo = QComboBox(FeedbackPage)
        self.ratingCombo.setObjectName(u"ratingCombo")

        self.filtersLayout.addWidget(self.ratingCombo, 1, 3, 1, 1)

        self.languageLabel = QLabel(FeedbackPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.filtersLayout.addWidget(self.languageLabel, 1, 4, 1, 1)

        self.languageCombo = QComboBox(FeedbackPage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.filtersLayout.addWidget(self.languageCombo, 1, 5, 1, 1)

        self.outcomeLabel = QLabel(FeedbackPage)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.filtersLayout.addWidget(self.outcomeLabel, 1, 6, 1, 1)

        self.outcomeCombo = QComboBox(FeedbackPage)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.filtersLayout.addWidget(self.outcomeCombo, 1, 7, 1, 1)


        self.pageLayout.addLayout(self.filtersLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.feedbackView = QTableView(FeedbackPage)
        self.feedbackView.setObjectName(u"feedbackView")
        self.feedbackView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feedbackView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedbackView.setAlternatingRowColors(True)
        self.feedbackView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feedbackView.setWordWrap(False)

        self.bodyLayout.addWidget(self.feedbackView)

        self.distributionBox = QGroupBox(FeedbackPage)
        self.distributionBox.setObjectName(u"distributionBox")
        self.distributionBox.setMinimumSize(QSize(260, 0))
        self.distributionBox.setMaximumSize(QSize(320, 16777215))
        self.distributionLayout = QVBoxLayout(self.distributionBox)
        self.distributionLayout.setObjectName(u"distributionLayout")
        self.distributionLabel = QLabel(self.distributionBox)
        self.distributionLabel.setObjectName(u"distributionLabel")
        self.distributionLabel.setText(u"")
        self.distributionLabel.setTextFormat(Qt.TextFormat.RichText)
        self.distributionLabel.setWordWrap(True)
        self.distributionLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.distributionLayout.addWidget(self.distributionLabel)


        self.bodyLayout.addWidget(self.distributionBox)


        self.pageLayout.addLayout(self.bodyLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(FeedbackPage)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(FeedbackPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(FeedbackPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.kioskButton = QPushButton(FeedbackPage)
        self.kioskButton.setObjectName(u"kioskButton")

        self.actionsLayout.addWidget(self.kioskButton)

        self.cardsButton = QPushButton(FeedbackPage)
        self.cardsButton.setObjectName(u"cardsButton")

        self.actionsLayout.addWidget(self.cardsButton)

        self.importButton = QPushButton(FeedbackPage)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)


        self.pageLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.exhibitionLabel.setBuddy(self.exhibitionCombo)
        self.tourLabel.setBuddy(self.tourCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.ratingLabel.setBuddy(self.ratingCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackPage)

        QMetaObject.connectSlotsByName(FeedbackPage)
    # setupUi

    def retranslateUi(self, FeedbackPage):
        self.titleLabel.setText(QCoreApplication.translate("FeedbackPage", u"Feedback", None))
        self.fromLabel.setText(QCoreApplication.translate("FeedbackPage", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("FeedbackPage", u"T&o:", None))
        self.exhibitionLabel.setText(QCoreApplication.translate("FeedbackPage", u"E&xhibition:", None))
        self.tourLabel.setText(QCoreApplication.translate("FeedbackPage", u"&Tour:", None))
        self.methodLabel.setText(QCoreApplication.translate("FeedbackPage", u"&Method:", None))
        self.ratingLabel.setText(QCoreApplication.translate("FeedbackPage", u"&Rating:", None))
        self.languageLabel.setText(QCoreApplication.translate("FeedbackPage", u"&Language:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("FeedbackPage", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.feedbackView.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"Feedback entries", None))
#endif // QT_CONFIG(accessibility)
        self.distributionBox.setTitle(QCoreApplication.translate("FeedbackPage", u"Ratings", None))
        self.addButton.setText(QCoreApplication.translate("FeedbackPage", u"&Add feedback\u2026", None))
        self.editButton.setText(QCoreApplication.translate("FeedbackPage", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("FeedbackPage", u"&Delete", None))
        self.kioskButton.setText(QCoreApplication.translate("FeedbackPage", u"Open the visitor &kiosk", None))
        self.cardsButton.setText(QCoreApplication.translate("FeedbackPage", u"Print QR &cards\u2026", None))
        self.importButton.setText(QCoreApplication.translate("FeedbackPage", u"&Import online answers\u2026", None))
        pass
    # retranslateUi

