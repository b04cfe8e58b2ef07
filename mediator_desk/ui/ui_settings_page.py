# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sectionList = QListWidget(SettingsPage)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setMinimumSize(QSize(220, 0))
        self.sectionList.setMaximumSize(QSize(220, 16777215))

        self.bodyLayout.addWidget(self.sectionList)

        self.sectionStack = QStackedWidget(SettingsPage)
        self.sectionStack.setObjectName(u"sectionStack")
        self.referencePage = QWidget()
        self.referencePage.setObjectName(u"referencePage")
        self.referenceLayout = QVBoxLayout(self.referencePage)
        self.referenceLayout.setObjectName(u"referenceLayout")
        self.sectionIntro = QLabel(self.referencePage)
        self.sectionIntro.setObjectName(u"sectionIntro")
        self.sectionIntro.setWordWrap(True)
        self.sectionIntro.setText(u"")

        self.referenceLayout.addWidget(self.sectionIntro)

        self.recordsLayout = QHBoxLayout()
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.recordsTable = QTableWidget(self.referencePage)
        self.recordsTable.setObjectName(u"recordsTable")
        self.recordsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsTable.setAlternatingRowColors(True)

        self.recordsLayout.addWidget(self.recordsTable)

        self.editorLayout = QVBoxLayout()
        self.editorLayout.setObjectName(u"editorLayout")
        self.recordBox = QGroupBox(self.referencePage)
        self.recordBox.setObjectName(u"recordBox")
        self.recordForm = QFormLayout(self.recordBox)
        self.recordForm.setObjectName(u"recordForm")

        self.editorLayout.addWidget(self.recordBox)

        self.recordErrorLabel = QLabel(self.referencePage)
        self.recordErrorLabel.setObjectName(u"recordErrorLabel")
        self.recordErrorLabel.setStyleSheet(u"color: #b03a2e; font-weight: 600;")
        self.recordErrorLabel.setWordWrap(True)
        self.recordErrorLabel.setText(u"")

        self.editorLayout.addWidget(self.recordErrorLabel)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.newRecordButton = QPushButton(self.referencePage)
        self.newRecordButton.setObjectName(u"newRecordButton")

        self.recordButtons.addWidget(self.newRecordButton)

        self.saveRecordButton = QPushButton(self.referencePage)
        self.saveRecordButton.setObjectName(u"saveRecordButton")

        self.recordButtons.addWidget(self.saveRecordButton)

        self.deleteRecordButton = QPushButton(self.referencePage)
        self.deleteRecordButton.setObjectName(u"deleteRecordButton")

        self.recordButtons.addWidget(self.deleteRecordButton)

        self.recordButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtons.addItem(self.recordButtonsSpacer)


        self.editorLayout.addLayout(self.recordButtons)

        self.editorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorSpacer)


        self.recordsLayout.addLayout(self.editorLayout)


        self.referenceLayout.addLayout(self.recordsLayout)

        self.sectionStack.addWidget(self.referencePage)
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalLayout = QVBoxLayout(self.generalPage)
        self.generalLayout.setObjectName(u"generalLayout")
        self.kioskBox = QGroupBox(self.generalPage)
        self.kioskBox.setObjectName(u"kioskBox")
        self.kioskForm = QFormLayout(self.kioskBox)
        self.kioskForm.setObjectName(u"kioskForm")
        self.kioskIntro = QLabel(self.kioskBox)
        self.kioskIntro.setObjectName(u"kioskIntro")
        self.kioskIntro.setWordWrap(True)

        self.kioskForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.kioskIntro)

        self.pinLabel = QLabel(self.kioskBox)
        self.pinLabel.setObjectName(u"pinLabel")

        self.kioskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.kioskBox)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(12)

        self.kioskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pinRepeatLabel = QLabel(self.kioskBox)
        self.pinRepeatLabel.setObjectName(u"pinRepeatLabel")

        self.kioskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinRepeatLabel)

        self.pinRepeatEdit = QLineEdit(self.kioskBox)
        self.pinRepeatEdit.setObjectName(u"pinRepeatEdit")
        self.pinRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinRepeatEdit.setMaxLength(12)

        self.kioskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinRepeatEdit)

        self.pinButtons = QHBoxLayout()
        self.pinButtons.setObjectName(u"pinButtons")
        self.setPinButton = QPushButton(self.kioskBox)
        self.setPinButton.setObjectName(u"setPinButton")

        self.pinButtons.addWidget(self.setPinButton)

        self.pinStatusLabel = QLabel(self.kioskBox)
        self.pinStatusLabel.setObjectName(u"pinStatusLabel")
        self.pinStatusLabel.setText(u"")

        self.pinButtons.addWidget(self.pinStatusLabel)

        self.pinSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinButtons.addItem(self.pinSpacer)


        self.kioskForm.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.pinButtons)


        self.generalLayout.addWidget(self.kioskBox)

        self.reportsBox = QGroupBox(self.generalPage)
        self.reportsBox.setObjectName(u"reportsBox")
        self.reportsForm = QFormLayout(self.reportsBox)
        self.reportsForm.setObjectName(u"reportsForm")
        self.reportLanguageLabel = QLabel(self.reportsBox)
        self.reportLanguageLabel.setObjectName(u"reportLanguageLabel")

        self.reportsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportLanguageLabel)

        self.reportLanguageCombo = QComboBox(self.reportsBox)
        self.reportLanguageCombo.setObjectName(u"reportLanguageCombo")

        self.reportsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportLanguageCombo)

        self.hideSmallCheck = QCheckBox(self.reportsBox)
        self.hideSmallCheck.setObjectName(u"hideSmallCheck")

        self.reportsForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.hideSmallCheck)


        self.generalLayout.addWidget(self.reportsBox)

        self.interfaceBox = QGroupBox(self.generalPage)
        self.interfaceBox.setObjectName(u"interfaceBox")
        self.interfaceForm = QFormLayout(self.interfaceBox)
        self.interfaceForm.setObjectName(u"interfaceForm")
        self.interfaceLanguageLabel = QLabel(self.interfaceBox)
        self.interfaceLanguageLabel.setObjectName(u"interfaceLanguageLabel")

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interfaceLanguageLabel)

        self.interfaceLanguageCombo = QComboBox(self.interfaceBox)
        self.interfaceLanguageCombo.setObjectName(u"interfaceLanguageCombo")

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interfaceLanguageCombo)

        self.interfaceNote = QLabel(self.interfaceBox)
        self.interfaceNote.setObjectName(u"interfaceNote")
        self.interfaceNote.setWordWrap(True)

        self.interfaceForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.interfaceNote)


        self.generalLayout.addWidget(self.interfaceBox)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.sectionStack.addWidget(self.generalPage)

        self.bodyLayout.addWidget(self.sectionStack)


        self.pageLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.pinLabel.setBuddy(self.pinEdit)
        self.pinRepeatLabel.setBuddy(self.pinRepeatEdit)
        self.reportLanguageLabel.setBuddy(self.reportLanguageCombo)
        self.interfaceLanguageLabel.setBuddy(self.interfaceLanguageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.recordBox.setTitle(QCoreApplication.translate("SettingsPage", u"Details", None))
        self.newRecordButton.setText(QCoreApplication.translate("SettingsPage", u"&New", None))
        self.saveRecordButton.setText(QCoreApplication.translate("SettingsPage", u"&Save", None))
        self.deleteRecordButton.setText(QCoreApplication.translate("SettingsPage", u"&Delete", None))
        self.kioskBox.setTitle(QCoreApplication.translate("SettingsPage", u"Visitor kiosk", None))
        self.kioskIntro.setText(QCoreApplication.translate("SettingsPage", u"The kiosk screen can only be left with this PIN. It is stored on this laptop as a salted hash, never as the PIN itself.", None))
        self.pinLabel.setText(QCoreApplication.translate("SettingsPage", u"New &PIN:", None))
        self.pinRepeatLabel.setText(QCoreApplication.translate("SettingsPage", u"&Repeat the PIN:", None))
        self.setPinButton.setText(QCoreApplication.translate("SettingsPage", u"Set the kiosk PIN", None))
        self.reportsBox.setTitle(QCoreApplication.translate("SettingsPage", u"Reports", None))
        self.reportLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"Report &language:", None))
        self.hideSmallCheck.setText(QCoreApplication.translate("SettingsPage", u"Show groups smaller than 5 as \u201c<5\u201d (privacy)", None))
        self.interfaceBox.setTitle(QCoreApplication.translate("SettingsPage", u"Interface", None))
        self.interfaceLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Interface language:", None))
        self.interfaceNote.setText(QCoreApplication.translate("SettingsPage", u"A new interface language applies the next time Mediator Desk starts.", None))
        pass
    # retranslateUi

