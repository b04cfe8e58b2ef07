# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
        self.titleLabel.setProperty(u"pageTitle", True)

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
        self.recordsTable.setMinimumSize(QSize(240, 0))
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
        self.recordErrorLabel.setProperty(u"severity", u"error")
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

        self.recordsLayout.setStretch(0, 2)
        self.recordsLayout.setStretch(1, 3)

        self.referenceLayout.addLayout(self.recordsLayout)

        self.sectionStack.addWidget(self.referencePage)
        self.teamPage = QWidget()
        self.teamPage.setObjectName(u"teamPage")
        self.teamLayout = QVBoxLayout(self.teamPage)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamIntro = QLabel(self.teamPage)
        self.teamIntro.setObjectName(u"teamIntro")
        self.teamIntro.setWordWrap(True)

        self.teamLayout.addWidget(self.teamIntro)

        self.serverBox = QGroupBox(self.teamPage)
        self.serverBox.setObjectName(u"serverBox")
        self.serverForm = QFormLayout(self.serverBox)
        self.serverForm.setObjectName(u"serverForm")
        self.serverUrlLabel = QLabel(self.serverBox)
        self.serverUrlLabel.setObjectName(u"serverUrlLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverUrlLabel)

        self.serverUrlEdit = QLineEdit(self.serverBox)
        self.serverUrlEdit.setObjectName(u"serverUrlEdit")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverUrlEdit)

        self.serverPasswordLabel = QLabel(self.serverBox)
        self.serverPasswordLabel.setObjectName(u"serverPasswordLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serverPasswordLabel)

        self.serverPasswordEdit = QLineEdit(self.serverBox)
        self.serverPasswordEdit.setObjectName(u"serverPasswordEdit")
        self.serverPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serverPasswordEdit)

        self.autoSyncCheck = QCheckBox(self.serverBox)
        self.autoSyncCheck.setObjectName(u"autoSyncCheck")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.autoSyncCheck)

        self.serverButtons = QHBoxLayout()
        self.serverButtons.setObjectName(u"serverButtons")
        self.saveServerButton = QPushButton(self.serverBox)
        self.saveServerButton.setObjectName(u"saveServerButton")

        self.serverButtons.addWidget(self.saveServerButton)

        self.testServerButton = QPushButton(self.serverBox)
        self.testServerButton.setObjectName(u"testServerButton")

        self.serverButtons.addWidget(self.testServerButton)

        self.syncNowButton = QPushButton(self.serverBox)
        self.syncNowButton.setObjectName(u"syncNowButton")

        self.serverButtons.addWidget(self.syncNowButton)

        self.serverButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serverButtons.addItem(self.serverButtonsSpacer)


        self.serverForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.serverButtons)

        self.serverStatusLabel = QLabel(self.serverBox)
        self.serverStatusLabel.setObjectName(u"serverStatusLabel")
        self.serverStatusLabel.setWordWrap(True)
        self.serverStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.serverStatusLabel.setText(u"")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.serverStatusLabel)


        self.teamLayout.addWidget(self.serverBox)

        self.conflictsBox = QGroupBox(self.teamPage)
        self.conflictsBox.setObjectName(u"conflictsBox")
        self.conflictsLayout = QVBoxLayout(self.conflictsBox)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsIntro = QLabel(self.conflictsBox)
        self.conflictsIntro.setObjectName(u"conflictsIntro")
        self.conflictsIntro.setWordWrap(True)
        self.conflictsIntro.setTextFormat(Qt.TextFormat.PlainText)
        self.conflictsIntro.setText(u"")

        self.conflictsLayout.addWidget(self.conflictsIntro)

        self.conflictsTable = QTableWidget(self.conflictsBox)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setWordWrap(True)

        self.conflictsLayout.addWidget(self.conflictsTable)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.keepOtherButton = QPushButton(self.conflictsBox)
        self.keepOtherButton.setObjectName(u"keepOtherButton")

        self.conflictButtons.addWidget(self.keepOtherButton)

        self.dismissConflictButton = QPushButton(self.conflictsBox)
        self.dismissConflictButton.setObjectName(u"dismissConflictButton")

        self.conflictButtons.addWidget(self.dismissConflictButton)

        self.conflictButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictButtonsSpacer)


        self.conflictsLayout.addLayout(self.conflictButtons)


        self.teamLayout.addWidget(self.conflictsBox)

        self.duplicatesBox = QGroupBox(self.teamPage)
        self.duplicatesBox.setObjectName(u"duplicatesBox")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesBox)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesIntro = QLabel(self.duplicatesBox)
        self.duplicatesIntro.setObjectName(u"duplicatesIntro")
        self.duplicatesIntro.setWordWrap(True)
        self.duplicatesIntro.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicatesIntro.setText(u"")

        self.duplicatesLayout.addWidget(self.duplicatesIntro)

        self.duplicatesList = QListWidget(self.duplicatesBox)
        self.duplicatesList.setObjectName(u"duplicatesList")
        self.duplicatesList.setMaximumSize(QSize(16777215, 120))

        self.duplicatesLayout.addWidget(self.duplicatesList)

        self.duplicatesButtons = QHBoxLayout()
        self.duplicatesButtons.setObjectName(u"duplicatesButtons")
        self.joinDuplicatesButton = QPushButton(self.duplicatesBox)
        self.joinDuplicatesButton.setObjectName(u"joinDuplicatesButton")

        self.duplicatesButtons.addWidget(self.joinDuplicatesButton)

        self.duplicatesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicatesButtons.addItem(self.duplicatesSpacer)


        self.duplicatesLayout.addLayout(self.duplicatesButtons)


        self.teamLayout.addWidget(self.duplicatesBox)

        self.fileBox = QGroupBox(self.teamPage)
        self.fileBox.setObjectName(u"fileBox")
        self.fileLayout = QHBoxLayout(self.fileBox)
        self.fileLayout.setObjectName(u"fileLayout")
        self.mergeButton = QPushButton(self.fileBox)
        self.mergeButton.setObjectName(u"mergeButton")

        self.fileLayout.addWidget(self.mergeButton)

        self.saveCopyButton = QPushButton(self.fileBox)
        self.saveCopyButton.setObjectName(u"saveCopyButton")

        self.fileLayout.addWidget(self.saveCopyButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileLayout.addItem(self.fileSpacer)


        self.teamLayout.addWidget(self.fileBox)

        self.sectionStack.addWidget(self.teamPage)
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

        self.currentPinLabel = QLabel(self.kioskBox)
        self.currentPinLabel.setObjectName(u"currentPinLabel")

        self.kioskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentPinLabel)

        self.currentPinEdit = QLineEdit(self.kioskBox)
        self.currentPinEdit.setObjectName(u"currentPinEdit")
        self.currentPinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.currentPinEdit.setMaxLength(12)

        self.kioskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentPinEdit)

        self.pinLabel = QLabel(self.kioskBox)
        self.pinLabel.setObjectName(u"pinLabel")

        self.kioskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.kioskBox)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(12)

        self.kioskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pinRepeatLabel = QLabel(self.kioskBox)
        self.pinRepeatLabel.setObjectName(u"pinRepeatLabel")

        self.kioskForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinRepeatLabel)

        self.pinRepeatEdit = QLineEdit(self.kioskBox)
        self.pinRepeatEdit.setObjectName(u"pinRepeatEdit")
        self.pinRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinRepeatEdit.setMaxLength(12)

        self.kioskForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinRepeatEdit)

        self.pinSixDigitsCheck = QCheckBox(self.kioskBox)
        self.pinSixDigitsCheck.setObjectName(u"pinSixDigitsCheck")

        self.kioskForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pinSixDigitsCheck)

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


        self.kioskForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.pinButtons)


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
        self.serverUrlLabel.setBuddy(self.serverUrlEdit)
        self.serverPasswordLabel.setBuddy(self.serverPasswordEdit)
        self.currentPinLabel.setBuddy(self.currentPinEdit)
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
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordsTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Records", None))
#endif // QT_CONFIG(accessibility)
        self.recordBox.setTitle(QCoreApplication.translate("SettingsPage", u"Details", None))
        self.newRecordButton.setText(QCoreApplication.translate("SettingsPage", u"&New", None))
        self.saveRecordButton.setText(QCoreApplication.translate("SettingsPage", u"&Save", None))
        self.deleteRecordButton.setText(QCoreApplication.translate("SettingsPage", u"&Delete", None))
        self.teamIntro.setText(QCoreApplication.translate("SettingsPage", u"The laptops of a venue share their work in two ways, under the same rules: by file when there is no network (File \u2192 Merge another laptop's data\u2026), or through the team's PostgreSQL server when there is one. Walk-ins and feedback are added up, never counted twice; for an edited record the later edit is kept everywhere.", None))
        self.serverBox.setTitle(QCoreApplication.translate("SettingsPage", u"Team server", None))
        self.serverUrlLabel.setText(QCoreApplication.translate("SettingsPage", u"Server &address:", None))
        self.serverUrlEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"postgresql://laptop@server.example.org:5432/mediator_desk", None))
#if QT_CONFIG(accessibility)
        self.serverUrlEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.serverPasswordLabel.setText(QCoreApplication.translate("SettingsPage", u"&Password:", None))
        self.serverPasswordEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"kept in the system's password store, never in a file", None))
#if QT_CONFIG(accessibility)
        self.serverPasswordEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Server password", None))
#endif // QT_CONFIG(accessibility)
        self.autoSyncCheck.setText(QCoreApplication.translate("SettingsPage", u"Sync &automatically every few minutes while the server answers", None))
        self.saveServerButton.setText(QCoreApplication.translate("SettingsPage", u"&Save", None))
        self.testServerButton.setText(QCoreApplication.translate("SettingsPage", u"&Test connection", None))
        self.syncNowButton.setText(QCoreApplication.translate("SettingsPage", u"Sync &now", None))
        self.conflictsBox.setTitle(QCoreApplication.translate("SettingsPage", u"Edited on two laptops", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Records edited on two laptops", None))
#endif // QT_CONFIG(accessibility)
        self.keepOtherButton.setText(QCoreApplication.translate("SettingsPage", u"Keep the &other version", None))
        self.dismissConflictButton.setText(QCoreApplication.translate("SettingsPage", u"&Keep this version", None))
        self.duplicatesBox.setTitle(QCoreApplication.translate("SettingsPage", u"Made twice", None))
#if QT_CONFIG(accessibility)
        self.duplicatesList.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Records made twice", None))
#endif // QT_CONFIG(accessibility)
        self.joinDuplicatesButton.setText(QCoreApplication.translate("SettingsPage", u"&Join into one", None))
        self.fileBox.setTitle(QCoreApplication.translate("SettingsPage", u"By file (no network)", None))
        self.mergeButton.setText(QCoreApplication.translate("SettingsPage", u"&Merge another laptop's data\u2026", None))
        self.saveCopyButton.setText(QCoreApplication.translate("SettingsPage", u"Save a &copy for the coordinator\u2026", None))
        self.kioskBox.setTitle(QCoreApplication.translate("SettingsPage", u"Visitor kiosk", None))
        self.kioskIntro.setText(QCoreApplication.translate("SettingsPage", u"The kiosk screen can only be left with this PIN. It is stored on this laptop as a salted hash, never as the PIN itself.", None))
        self.currentPinLabel.setText(QCoreApplication.translate("SettingsPage", u"&Current PIN:", None))
        self.pinLabel.setText(QCoreApplication.translate("SettingsPage", u"New &PIN:", None))
        self.pinRepeatLabel.setText(QCoreApplication.translate("SettingsPage", u"&Repeat the PIN:", None))
        self.pinSixDigitsCheck.setText(QCoreApplication.translate("SettingsPage", u"Require &6 digits or more (for a new PIN)", None))
        self.setPinButton.setText(QCoreApplication.translate("SettingsPage", u"Set the kiosk PIN", None))
        self.reportsBox.setTitle(QCoreApplication.translate("SettingsPage", u"Reports", None))
        self.reportLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"Report &language:", None))
        self.hideSmallCheck.setText(QCoreApplication.translate("SettingsPage", u"Show groups smaller than 5 as \u201c<5\u201d (privacy)", None))
        self.interfaceBox.setTitle(QCoreApplication.translate("SettingsPage", u"Interface", None))
        self.interfaceLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Interface language:", None))
        self.interfaceNote.setText(QCoreApplication.translate("SettingsPage", u"A new interface language applies the next time Mediator Desk starts.", None))
        pass
    # retranslateUi

