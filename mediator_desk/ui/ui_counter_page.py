# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'counter_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_CounterPage(object):
    def setupUi(self, CounterPage):
        if not CounterPage.objectName():
            CounterPage.setObjectName(u"CounterPage")
        self.pageLayout = QVBoxLayout(CounterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(CounterPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"pageTitle", True)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.methodCaption = QLabel(CounterPage)
        self.methodCaption.setObjectName(u"methodCaption")

        self.headerLayout.addWidget(self.methodCaption)

        self.methodCombo = QComboBox(CounterPage)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.headerLayout.addWidget(self.methodCombo)


        self.pageLayout.addLayout(self.headerLayout)

        self.scopeLabel = QLabel(CounterPage)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setWordWrap(True)
        self.scopeLabel.setText(u"")

        self.pageLayout.addWidget(self.scopeLabel)

        self.clockWarningLabel = QLabel(CounterPage)
        self.clockWarningLabel.setObjectName(u"clockWarningLabel")
        self.clockWarningLabel.setWordWrap(True)
        self.clockWarningLabel.setVisible(False)
        self.clockWarningLabel.setText(u"")

        self.pageLayout.addWidget(self.clockWarningLabel)

        self.figuresLayout = QHBoxLayout()
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.totalCard = QFrame(CounterPage)
        self.totalCard.setObjectName(u"totalCard")
        self.totalLayout = QVBoxLayout(self.totalCard)
        self.totalLayout.setObjectName(u"totalLayout")
        self.totalValue = QLabel(self.totalCard)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setText(u"0")

        self.totalLayout.addWidget(self.totalValue)

        self.totalCaption = QLabel(self.totalCard)
        self.totalCaption.setObjectName(u"totalCaption")

        self.totalLayout.addWidget(self.totalCaption)


        self.figuresLayout.addWidget(self.totalCard)

        self.venueCard = QFrame(CounterPage)
        self.venueCard.setObjectName(u"venueCard")
        self.venueLayout = QVBoxLayout(self.venueCard)
        self.venueLayout.setObjectName(u"venueLayout")
        self.venueValue = QLabel(self.venueCard)
        self.venueValue.setObjectName(u"venueValue")
        self.venueValue.setText(u"0")

        self.venueLayout.addWidget(self.venueValue)

        self.venueCaption = QLabel(self.venueCard)
        self.venueCaption.setObjectName(u"venueCaption")
        self.venueCaption.setWordWrap(True)

        self.venueLayout.addWidget(self.venueCaption)


        self.figuresLayout.addWidget(self.venueCard)

        self.hourCard = QFrame(CounterPage)
        self.hourCard.setObjectName(u"hourCard")
        self.hourLayout = QVBoxLayout(self.hourCard)
        self.hourLayout.setObjectName(u"hourLayout")
        self.hourValue = QLabel(self.hourCard)
        self.hourValue.setObjectName(u"hourValue")
        self.hourValue.setText(u"0")

        self.hourLayout.addWidget(self.hourValue)

        self.hourCaption = QLabel(self.hourCard)
        self.hourCaption.setObjectName(u"hourCaption")

        self.hourLayout.addWidget(self.hourCaption)


        self.figuresLayout.addWidget(self.hourCard)

        self.insideCard = QFrame(CounterPage)
        self.insideCard.setObjectName(u"insideCard")
        self.insideLayout = QVBoxLayout(self.insideCard)
        self.insideLayout.setObjectName(u"insideLayout")
        self.insideValue = QLabel(self.insideCard)
        self.insideValue.setObjectName(u"insideValue")
        self.insideValue.setText(u"0")

        self.insideLayout.addWidget(self.insideValue)

        self.insideCaption = QLabel(self.insideCard)
        self.insideCaption.setObjectName(u"insideCaption")

        self.insideLayout.addWidget(self.insideCaption)


        self.figuresLayout.addWidget(self.insideCard)


        self.pageLayout.addLayout(self.figuresLayout)

        self.buttonsArea = QWidget(CounterPage)
        self.buttonsArea.setObjectName(u"buttonsArea")

        self.pageLayout.addWidget(self.buttonsArea)

        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.undoButton = QPushButton(CounterPage)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.toolsLayout.addWidget(self.undoButton)

        self.correctButton = QPushButton(CounterPage)
        self.correctButton.setObjectName(u"correctButton")
        self.correctButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.toolsLayout.addWidget(self.correctButton)

        self.exitButton = QPushButton(CounterPage)
        self.exitButton.setObjectName(u"exitButton")
        self.exitButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.toolsLayout.addWidget(self.exitButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.occupancyCheck = QCheckBox(CounterPage)
        self.occupancyCheck.setObjectName(u"occupancyCheck")
        self.occupancyCheck.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.toolsLayout.addWidget(self.occupancyCheck)

        self.capacityCaption = QLabel(CounterPage)
        self.capacityCaption.setObjectName(u"capacityCaption")

        self.toolsLayout.addWidget(self.capacityCaption)

        self.capacitySpin = QSpinBox(CounterPage)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.capacitySpin.setMaximum(100000)
        self.capacitySpin.setValue(150)

        self.toolsLayout.addWidget(self.capacitySpin)


        self.pageLayout.addLayout(self.toolsLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.chartArea = QWidget(CounterPage)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setMinimumSize(QSize(420, 200))

        self.bottomLayout.addWidget(self.chartArea)

        self.auditLayout = QVBoxLayout()
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditHeading = QLabel(CounterPage)
        self.auditHeading.setObjectName(u"auditHeading")

        self.auditLayout.addWidget(self.auditHeading)

        self.auditList = QListWidget(CounterPage)
        self.auditList.setObjectName(u"auditList")
        self.auditList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.auditLayout.addWidget(self.auditList)


        self.bottomLayout.addLayout(self.auditLayout)


        self.pageLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.methodCaption.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CounterPage)

        QMetaObject.connectSlotsByName(CounterPage)
    # setupUi

    def retranslateUi(self, CounterPage):
        self.titleLabel.setText(QCoreApplication.translate("CounterPage", u"Walk-in counter", None))
        self.methodCaption.setText(QCoreApplication.translate("CounterPage", u"&Method:", None))
        self.totalCaption.setText(QCoreApplication.translate("CounterPage", u"today, this laptop", None))
        self.venueCaption.setText(QCoreApplication.translate("CounterPage", u"today, venue (all laptops, at the last merge or sync)", None))
        self.hourCaption.setText(QCoreApplication.translate("CounterPage", u"this hour", None))
        self.insideCaption.setText(QCoreApplication.translate("CounterPage", u"inside now", None))
        self.undoButton.setText(QCoreApplication.translate("CounterPage", u"Undo last press (Ctrl+Z)", None))
        self.correctButton.setText(QCoreApplication.translate("CounterPage", u"Correct\u2026", None))
        self.exitButton.setText(QCoreApplication.translate("CounterPage", u"Visitor left (0)", None))
        self.occupancyCheck.setText(QCoreApplication.translate("CounterPage", u"Occupancy mode", None))
        self.capacityCaption.setText(QCoreApplication.translate("CounterPage", u"Capacity:", None))
        self.auditHeading.setText(QCoreApplication.translate("CounterPage", u"Corrections today", None))
        pass
    # retranslateUi

