# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_TodayPage(object):
    def setupUi(self, TodayPage):
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        self.pageLayout = QVBoxLayout(TodayPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TodayPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"pageTitle", True)

        self.headerLayout.addWidget(self.titleLabel)

        self.dayLabel = QLabel(TodayPage)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setProperty(u"dayCaption", True)
        self.dayLabel.setText(u"\u2013")

        self.headerLayout.addWidget(self.dayLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.exhibitionCaption = QLabel(TodayPage)
        self.exhibitionCaption.setObjectName(u"exhibitionCaption")

        self.headerLayout.addWidget(self.exhibitionCaption)

        self.exhibitionCombo = QComboBox(TodayPage)
        self.exhibitionCombo.setObjectName(u"exhibitionCombo")
        self.exhibitionCombo.setMinimumSize(QSize(320, 0))

        self.headerLayout.addWidget(self.exhibitionCombo)

        self.meCaption = QLabel(TodayPage)
        self.meCaption.setObjectName(u"meCaption")

        self.headerLayout.addWidget(self.meCaption)

        self.meCombo = QComboBox(TodayPage)
        self.meCombo.setObjectName(u"meCombo")
        self.meCombo.setMinimumSize(QSize(200, 0))

        self.headerLayout.addWidget(self.meCombo)


        self.pageLayout.addLayout(self.headerLayout)

        self.figuresLayout = QHBoxLayout()
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.walkInCard = QFrame(TodayPage)
        self.walkInCard.setObjectName(u"walkInCard")
        self.walkInLayout = QVBoxLayout(self.walkInCard)
        self.walkInLayout.setObjectName(u"walkInLayout")
        self.walkInValue = QLabel(self.walkInCard)
        self.walkInValue.setObjectName(u"walkInValue")
        self.walkInValue.setText(u"0")

        self.walkInLayout.addWidget(self.walkInValue)

        self.walkInCaption = QLabel(self.walkInCard)
        self.walkInCaption.setObjectName(u"walkInCaption")

        self.walkInLayout.addWidget(self.walkInCaption)


        self.figuresLayout.addWidget(self.walkInCard)

        self.toursCard = QFrame(TodayPage)
        self.toursCard.setObjectName(u"toursCard")
        self.toursCardLayout = QVBoxLayout(self.toursCard)
        self.toursCardLayout.setObjectName(u"toursCardLayout")
        self.toursValue = QLabel(self.toursCard)
        self.toursValue.setObjectName(u"toursValue")
        self.toursValue.setText(u"0")

        self.toursCardLayout.addWidget(self.toursValue)

        self.toursCaption = QLabel(self.toursCard)
        self.toursCaption.setObjectName(u"toursCaption")

        self.toursCardLayout.addWidget(self.toursCaption)


        self.figuresLayout.addWidget(self.toursCard)

        self.participantsCard = QFrame(TodayPage)
        self.participantsCard.setObjectName(u"participantsCard")
        self.participantsLayout = QVBoxLayout(self.participantsCard)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsValue = QLabel(self.participantsCard)
        self.participantsValue.setObjectName(u"participantsValue")
        self.participantsValue.setText(u"0")

        self.participantsLayout.addWidget(self.participantsValue)

        self.participantsCaption = QLabel(self.participantsCard)
        self.participantsCaption.setObjectName(u"participantsCaption")

        self.participantsLayout.addWidget(self.participantsCaption)


        self.figuresLayout.addWidget(self.participantsCard)

        self.feedbackCard = QFrame(TodayPage)
        self.feedbackCard.setObjectName(u"feedbackCard")
        self.feedbackCardLayout = QVBoxLayout(self.feedbackCard)
        self.feedbackCardLayout.setObjectName(u"feedbackCardLayout")
        self.feedbackValue = QLabel(self.feedbackCard)
        self.feedbackValue.setObjectName(u"feedbackValue")
        self.feedbackValue.setText(u"0")

        self.feedbackCardLayout.addWidget(self.feedbackValue)

        self.feedbackCaption = QLabel(self.feedbackCard)
        self.feedbackCaption.setObjectName(u"feedbackCaption")

        self.feedbackCardLayout.addWidget(self.feedbackCaption)


        self.figuresLayout.addWidget(self.feedbackCard)


        self.pageLayout.addLayout(self.figuresLayout)

        self.toursHeading = QLabel(TodayPage)
        self.toursHeading.setObjectName(u"toursHeading")

        self.pageLayout.addWidget(self.toursHeading)

        self.toursView = QTableView(TodayPage)
        self.toursView.setObjectName(u"toursView")
        self.toursView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.toursView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.toursView.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.toursView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.startTourButton = QPushButton(TodayPage)
        self.startTourButton.setObjectName(u"startTourButton")

        self.actionsLayout.addWidget(self.startTourButton)

        self.endTourButton = QPushButton(TodayPage)
        self.endTourButton.setObjectName(u"endTourButton")

        self.actionsLayout.addWidget(self.endTourButton)

        self.repeatButton = QPushButton(TodayPage)
        self.repeatButton.setObjectName(u"repeatButton")

        self.actionsLayout.addWidget(self.repeatButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.exhibitionCaption.setBuddy(self.exhibitionCombo)
        self.meCaption.setBuddy(self.meCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        self.titleLabel.setText(QCoreApplication.translate("TodayPage", u"Today", None))
        self.exhibitionCaption.setText(QCoreApplication.translate("TodayPage", u"&Exhibition:", None))
        self.meCaption.setText(QCoreApplication.translate("TodayPage", u"&I am:", None))
        self.walkInCaption.setText(QCoreApplication.translate("TodayPage", u"walk-in visitors today", None))
        self.toursCaption.setText(QCoreApplication.translate("TodayPage", u"tours today", None))
        self.participantsCaption.setText(QCoreApplication.translate("TodayPage", u"tour participants", None))
        self.feedbackCaption.setText(QCoreApplication.translate("TodayPage", u"feedback entries", None))
        self.toursHeading.setText(QCoreApplication.translate("TodayPage", u"Today's tours", None))
#if QT_CONFIG(accessibility)
        self.toursView.setAccessibleName(QCoreApplication.translate("TodayPage", u"Today's tours", None))
#endif // QT_CONFIG(accessibility)
        self.startTourButton.setText(QCoreApplication.translate("TodayPage", u"&Start tour", None))
        self.endTourButton.setText(QCoreApplication.translate("TodayPage", u"E&nd tour", None))
        self.repeatButton.setText(QCoreApplication.translate("TodayPage", u"&Repeat for next slot", None))
        pass
    # retranslateUi

