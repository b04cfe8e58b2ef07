# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tour_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_TourDialog(object):
    def setupUi(self, TourDialog):
        if not TourDialog.objectName():
            TourDialog.setObjectName(u"TourDialog")
        TourDialog.setMinimumSize(QSize(760, 560))
        self.dialogLayout = QVBoxLayout(TourDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(TourDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(TourDialog)
        self.tabs.setObjectName(u"tabs")
        self.tourTab = QWidget()
        self.tourTab.setObjectName(u"tourTab")
        self.tourForm = QFormLayout(self.tourTab)
        self.tourForm.setObjectName(u"tourForm")
        self.exhibitionLabel = QLabel(self.tourTab)
        self.exhibitionLabel.setObjectName(u"exhibitionLabel")

        self.tourForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exhibitionLabel)

        self.exhibitionCombo = QComboBox(self.tourTab)
        self.exhibitionCombo.setObjectName(u"exhibitionCombo")

        self.tourForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exhibitionCombo)

        self.programmeLabel = QLabel(self.tourTab)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.tourForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = QComboBox(self.tourTab)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.tourForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.formatLabel = QLabel(self.tourTab)
        self.formatLabel.setObjectName(u"formatLabel")

        self.tourForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.tourTab)
        self.formatCombo.setObjectName(u"formatCombo")

        self.tourForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.statusLabel = QLabel(self.tourTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.tourForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.tourTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.tourForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.plannedStartLabel = QLabel(self.tourTab)
        self.plannedStartLabel.setObjectName(u"plannedStartLabel")

        self.tourForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plannedStartLabel)

        self.plannedStartEdit = QDateTimeEdit(self.tourTab)
        self.plannedStartEdit.setObjectName(u"plannedStartEdit")
        self.plannedStartEdit.setCalendarPopup(True)
        self.plannedStartEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.tourForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.plannedStartEdit)

        self.actualStartLabel = QLabel(self.tourTab)
        self.actualStartLabel.setObjectName(u"actualStartLabel")

        self.tourForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.actualStartLabel)

        self.actualStartLayout = QHBoxLayout()
        self.actualStartLayout.setObjectName(u"actualStartLayout")
        self.actualStartCheck = QCheckBox(self.tourTab)
        self.actualStartCheck.setObjectName(u"actualStartCheck")

        self.actualStartLayout.addWidget(self.actualStartCheck)

        self.actualStartEdit = QDateTimeEdit(self.tourTab)
        self.actualStartEdit.setObjectName(u"actualStartEdit")
        self.actualStartEdit.setCalendarPopup(True)
        self.actualStartEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.actualStartLayout.addWidget(self.actualStartEdit)

        self.actualStartSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actualStartLayout.addItem(self.actualStartSpacer)


        self.tourForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.actualStartLayout)

        self.actualEndLabel = QLabel(self.tourTab)
        self.actualEndLabel.setObjectName(u"actualEndLabel")

        self.tourForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.actualEndLabel)

        self.actualEndLayout = QHBoxLayout()
        self.actualEndLayout.setObjectName(u"actualEndLayout")
        self.actualEndCheck = QCheckBox(self.tourTab)
        self.actualEndCheck.setObjectName(u"actualEndCheck")

        self.actualEndLayout.addWidget(self.actualEndCheck)

        self.actualEndEdit = QDateTimeEdit(self.tourTab)
        self.actualEndEdit.setObjectName(u"actualEndEdit")
        self.actualEndEdit.setCalendarPopup(True)
        self.actualEndEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.actualEndLayout.addWidget(self.actualEndEdit)

        self.durationLabel = QLabel(self.tourTab)
        self.durationLabel.setObjectName(u"durationLabel")
        self.durationLabel.setText(u"")

        self.actualEndLayout.addWidget(self.durationLabel)

        self.actualEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actualEndLayout.addItem(self.actualEndSpacer)


        self.tourForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.actualEndLayout)

        self.languagesLabel = QLabel(self.tourTab)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.tourForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(self.tourTab)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.tourForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.mediatorsLabel = QLabel(self.tourTab)
        self.mediatorsLabel.setObjectName(u"mediatorsLabel")

        self.tourForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mediatorsLabel)

        self.mediatorList = QListWidget(self.tourTab)
        self.mediatorList.setObjectName(u"mediatorList")
        self.mediatorList.setMaximumSize(QSize(16777215, 150))

        self.tourForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mediatorList)

        self.leadLabel = QLabel(self.tourTab)
        self.leadLabel.setObjectName(u"leadLabel")

        self.tourForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(self.tourTab)
        self.leadCombo.setObjectName(u"leadCombo")

        self.tourForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.leadCombo)

        self.tabs.addTab(self.tourTab, "")
        self.groupsTab = QWidget()
        self.groupsTab.setObjectName(u"groupsTab")
        self.groupsLayout = QHBoxLayout(self.groupsTab)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupListLayout = QVBoxLayout()
        self.groupListLayout.setObjectName(u"groupListLayout")
        self.groupList = QListWidget(self.groupsTab)
        self.groupList.setObjectName(u"groupList")
        self.groupList.setMinimumSize(QSize(220, 0))
        self.groupList.setMaximumSize(QSize(300, 16777215))

        self.groupListLayout.addWidget(self.groupList)

        self.addGroupButton = QPushButton(self.groupsTab)
        self.addGroupButton.setObjectName(u"addGroupButton")

        self.groupListLayout.addWidget(self.addGroupButton)

        self.removeGroupButton = QPushButton(self.groupsTab)
        self.removeGroupButton.setObjectName(u"removeGroupButton")

        self.groupListLayout.addWidget(self.removeGroupButton)


        self.groupsLayout.addLayout(self.groupListLayout)

        self.groupEditor = QWidget(self.groupsTab)
        self.groupEditor.setObjectName(u"groupEditor")
        self.groupForm = QFormLayout(self.groupEditor)
        self.groupForm.setObjectName(u"groupForm")
        self.groupForm.setContentsMargins(0, 0, 0, 0)
        self.groupTypeLabel = QLabel(self.groupEditor)
        self.groupTypeLabel.setObjectName(u"groupTypeLabel")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupTypeLabel)

        self.groupTypeCombo = QComboBox(self.groupEditor)
        self.groupTypeCombo.setObjectName(u"groupTypeCombo")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupTypeCombo)

        self.agesLabel = QLabel(self.groupEditor)
        self.agesLabel.setObjectName(u"agesLabel")

        self.groupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agesLabel)

        self.agesLayout = QGridLayout()
        self.agesLayout.setObjectName(u"agesLayout")
        self.age0to5Label = QLabel(self.groupEditor)
        self.age0to5Label.setObjectName(u"age0to5Label")

        self.agesLayout.addWidget(self.age0to5Label, 0, 0, 1, 1)

        self.age0to5Spin = QSpinBox(self.groupEditor)
        self.age0to5Spin.setObjectName(u"age0to5Spin")
        self.age0to5Spin.setMaximum(9999)

        self.agesLayout.addWidget(self.age0to5Spin, 1, 0, 1, 1)

        self.age6to10Label = QLabel(self.groupEditor)
        self.age6to10Label.setObjectName(u"age6to10Label")

        self.agesLayout.addWidget(self.age6to10Label, 0, 1, 1, 1)

        self.age6to10Spin = QSpinBox(self.groupEditor)
        self.age6to10Spin.setObjectName(u"age6to10Spin")
        self.age6to10Spin.setMaximum(9999)

        self.agesLayout.addWidget(self.age6to10Spin, 1, 1, 1, 1)

        self.age11to14Label = QLabel(self.groupEditor)
        self.age11to14Label.setObjectName(u"age11to14Label")

        self.agesLayout.addWidget(self.age11to14Label, 0, 2, 1, 1)

        self.age11to14Spin = QSpinBox(self.groupEditor)
        self.age11to14Spin.setObjectName(u"age11to14Spin")
        self.age11to14Spin.setMaximum(9999)

        self.agesLayout.addWidget(self.age11to14Spin, 1, 2, 1, 1)

        self.age15to18Label = QLabel(self.groupEditor)
        self.age15to18Label.setObjectName(u"age15to18Label")

        self.agesLayout.addWidget(self.age15to18Label, 0, 3, 1, 1)

        self.age15to18Spin = QSpinBox(self.groupEditor)
        self.age15to18Spin.setObjectName(u"age15to18Spin")
        self.age15to18Spin.setMaximum(9999)

        self.agesLayout.addWidget(self.age15to18Spin, 1, 3, 1, 1)

        self.age19to25Label = QLabel(self.groupEditor)
        self.age19to25Label.setObjectName(u"age19to25Label")

        self.agesLayout.addWidget(self.age19to25Label, 0, 4, 1, 1)

        self.age19to25Spin = QSpinBox(self.groupEditor)
        self.age19to25Spin.setObjectName(u"age19to25Spin")
        self.age19to25Spin.setMaximum(9999)

        self.agesLayout.addWidget(self.age19to25Spin, 1, 4, 1, 1)

        self.age26to64Label = QLabel(self.groupEditor)
        self.age26to64Label.setObjectName(u"age26to64Label")

        self.agesLayout.addWidget(self.age26to64Label, 0, 5, 1, 1)

        self.age26to64Spin = QSpinBox(self.groupEditor)
        self.age26to64Spin.setObjectName(u"age26to64Spin")
        self.age26to64Spin.setMaximum(9999)

        self.agesLayout.addWidget(self.age26to64Spin, 1, 5, 1, 1)

        self.age65plusLabel = QLabel(self.groupEditor)
        self.age65plusLabel.setObjectName(u"age65plusLabel")

        self.agesLayout.addWidget(self.age65plusLabel, 0, 6, 1, 1)

        self.age65plusSpin = QSpinBox(self.groupEditor)
        self.age65plusSpin.setObjectName(u"age65plusSpin")
        self.age65plusSpin.setMaximum(9999)

        self.agesLayout.addWidget(self.age65plusSpin, 1, 6, 1, 1)


        self.groupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.agesLayout)

        self.participantsLabel = QLabel(self.groupEditor)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsValue = QLabel(self.groupEditor)
        self.participantsValue.setObjectName(u"participantsValue")
        self.participantsValue.setText(u"0")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.participantsValue)

        self.adultsLabel = QLabel(self.groupEditor)
        self.adultsLabel.setObjectName(u"adultsLabel")

        self.groupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adultsLabel)

        self.adultsSpin = QSpinBox(self.groupEditor)
        self.adultsSpin.setObjectName(u"adultsSpin")
        self.adultsSpin.setMaximum(9999)

        self.groupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adultsSpin)

        self.firstTimeLabel = QLabel(self.groupEditor)
        self.firstTimeLabel.setObjectName(u"firstTimeLabel")

        self.groupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firstTimeLabel)

        self.firstTimeSpin = QSpinBox(self.groupEditor)
        self.firstTimeSpin.setObjectName(u"firstTimeSpin")
        self.firstTimeSpin.setMaximum(9999)

        self.groupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.firstTimeSpin)

        self.originLabel = QLabel(self.groupEditor)
        self.originLabel.setObjectName(u"originLabel")

        self.groupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originLayout = QHBoxLayout()
        self.originLayout.setObjectName(u"originLayout")
        self.originCombo = QComboBox(self.groupEditor)
        self.originCombo.setObjectName(u"originCombo")

        self.originLayout.addWidget(self.originCombo)

        self.countryLabel = QLabel(self.groupEditor)
        self.countryLabel.setObjectName(u"countryLabel")

        self.originLayout.addWidget(self.countryLabel)

        self.countryEdit = QLineEdit(self.groupEditor)
        self.countryEdit.setObjectName(u"countryEdit")

        self.originLayout.addWidget(self.countryEdit)


        self.groupForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.originLayout)

        self.schoolLevelLabel = QLabel(self.groupEditor)
        self.schoolLevelLabel.setObjectName(u"schoolLevelLabel")

        self.groupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.schoolLevelLabel)

        self.schoolLevelEdit = QLineEdit(self.groupEditor)
        self.schoolLevelEdit.setObjectName(u"schoolLevelEdit")

        self.groupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.schoolLevelEdit)

        self.partnerLabel = QLabel(self.groupEditor)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.groupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partnerCombo = QComboBox(self.groupEditor)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.groupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.partnerCombo)

        self.admissionLabel = QLabel(self.groupEditor)
        self.admissionLabel.setObjectName(u"admissionLabel")

        self.groupForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.admissionLabel)

        self.admissionCombo = QComboBox(self.groupEditor)
        self.admissionCombo.setObjectName(u"admissionCombo")

        self.groupForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.admissionCombo)

        self.targetGroupLabel = QLabel(self.groupEditor)
        self.targetGroupLabel.setObjectName(u"targetGroupLabel")

        self.groupForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.targetGroupLabel)

        self.targetGroupCombo = QComboBox(self.groupEditor)
        self.targetGroupCombo.setObjectName(u"targetGroupCombo")

        self.groupForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.targetGroupCombo)

        self.heardViaLabel = QLabel(self.groupEditor)
        self.heardViaLabel.setObjectName(u"heardViaLabel")

        self.groupForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.heardViaLabel)

        self.heardViaCombo = QComboBox(self.groupEditor)
        self.heardViaCombo.setObjectName(u"heardViaCombo")

        self.groupForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.heardViaCombo)

        self.vouchersLabel = QLabel(self.groupEditor)
        self.vouchersLabel.setObjectName(u"vouchersLabel")

        self.groupForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.vouchersLabel)

        self.vouchersEdit = QLineEdit(self.groupEditor)
        self.vouchersEdit.setObjectName(u"vouchersEdit")

        self.groupForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.vouchersEdit)

        self.accessLabel = QLabel(self.groupEditor)
        self.accessLabel.setObjectName(u"accessLabel")

        self.groupForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.accessLabel)

        self.accessList = QListWidget(self.groupEditor)
        self.accessList.setObjectName(u"accessList")
        self.accessList.setMaximumSize(QSize(16777215, 120))

        self.groupForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.accessList)


        self.groupsLayout.addWidget(self.groupEditor)

        self.tabs.addTab(self.groupsTab, "")
        self.bookingTab = QWidget()
        self.bookingTab.setObjectName(u"bookingTab")
        self.bookingForm = QFormLayout(self.bookingTab)
        self.bookingForm.setObjectName(u"bookingForm")
        self.expectedLabel = QLabel(self.bookingTab)
        self.expectedLabel.setObjectName(u"expectedLabel")

        self.bookingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expectedLabel)

        self.expectedSpin = QSpinBox(self.bookingTab)
        self.expectedSpin.setObjectName(u"expectedSpin")
        self.expectedSpin.setMaximum(9999)

        self.bookingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expectedSpin)

        self.contactNameLabel = QLabel(self.bookingTab)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.bookingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.bookingTab)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.bookingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactPhoneLabel = QLabel(self.bookingTab)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.bookingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(self.bookingTab)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.bookingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)

        self.contactEmailLabel = QLabel(self.bookingTab)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.bookingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contactEmailEdit = QLineEdit(self.bookingTab)
        self.contactEmailEdit.setObjectName(u"contactEmailEdit")

        self.bookingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEmailEdit)

        self.retentionLabel = QLabel(self.bookingTab)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.bookingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionEdit = QDateEdit(self.bookingTab)
        self.retentionEdit.setObjectName(u"retentionEdit")
        self.retentionEdit.setCalendarPopup(True)
        self.retentionEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.bookingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.retentionEdit)

        self.sourceLabel = QLabel(self.bookingTab)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.bookingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.bookingTab)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.bookingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.privacyNote = QLabel(self.bookingTab)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.bookingForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.privacyNote)

        self.tabs.addTab(self.bookingTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesForm = QFormLayout(self.notesTab)
        self.notesForm.setObjectName(u"notesForm")
        self.observationsLabel = QLabel(self.notesTab)
        self.observationsLabel.setObjectName(u"observationsLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.observationsLabel)

        self.observationsEdit = QPlainTextEdit(self.notesTab)
        self.observationsEdit.setObjectName(u"observationsEdit")
        self.observationsEdit.setTabChangesFocus(True)

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.observationsEdit)

        self.reflectionLabel = QLabel(self.notesTab)
        self.reflectionLabel.setObjectName(u"reflectionLabel")

        self.notesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reflectionLabel)

        self.reflectionEdit = QPlainTextEdit(self.notesTab)
        self.reflectionEdit.setObjectName(u"reflectionEdit")
        self.reflectionEdit.setTabChangesFocus(True)

        self.notesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reflectionEdit)

        self.incidentsLabel = QLabel(self.notesTab)
        self.incidentsLabel.setObjectName(u"incidentsLabel")

        self.notesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.incidentsLabel)

        self.incidentsEdit = QPlainTextEdit(self.notesTab)
        self.incidentsEdit.setObjectName(u"incidentsEdit")
        self.incidentsEdit.setTabChangesFocus(True)

        self.notesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.incidentsEdit)

        self.tabs.addTab(self.notesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.messagesLabel = QLabel(TourDialog)
        self.messagesLabel.setObjectName(u"messagesLabel")
        self.messagesLabel.setText(u"")
        self.messagesLabel.setWordWrap(True)
        self.messagesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.messagesLabel)

        self.buttonBox = QDialogButtonBox(TourDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.exhibitionLabel.setBuddy(self.exhibitionCombo)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.plannedStartLabel.setBuddy(self.plannedStartEdit)
        self.actualStartLabel.setBuddy(self.actualStartCheck)
        self.actualEndLabel.setBuddy(self.actualEndCheck)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.mediatorsLabel.setBuddy(self.mediatorList)
        self.leadLabel.setBuddy(self.leadCombo)
        self.groupTypeLabel.setBuddy(self.groupTypeCombo)
        self.age0to5Label.setBuddy(self.age0to5Spin)
        self.age6to10Label.setBuddy(self.age6to10Spin)
        self.age11to14Label.setBuddy(self.age11to14Spin)
        self.age15to18Label.setBuddy(self.age15to18Spin)
        self.age19to25Label.setBuddy(self.age19to25Spin)
        self.age26to64Label.setBuddy(self.age26to64Spin)
        self.age65plusLabel.setBuddy(self.age65plusSpin)
        self.adultsLabel.setBuddy(self.adultsSpin)
        self.firstTimeLabel.setBuddy(self.firstTimeSpin)
        self.originLabel.setBuddy(self.originCombo)
        self.countryLabel.setBuddy(self.countryEdit)
        self.schoolLevelLabel.setBuddy(self.schoolLevelEdit)
        self.partnerLabel.setBuddy(self.partnerCombo)
        self.admissionLabel.setBuddy(self.admissionCombo)
        self.targetGroupLabel.setBuddy(self.targetGroupCombo)
        self.heardViaLabel.setBuddy(self.heardViaCombo)
        self.vouchersLabel.setBuddy(self.vouchersEdit)
        self.accessLabel.setBuddy(self.accessList)
        self.expectedLabel.setBuddy(self.expectedSpin)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
        self.contactEmailLabel.setBuddy(self.contactEmailEdit)
        self.retentionLabel.setBuddy(self.retentionEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.observationsLabel.setBuddy(self.observationsEdit)
        self.reflectionLabel.setBuddy(self.reflectionEdit)
        self.incidentsLabel.setBuddy(self.incidentsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TourDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TourDialog)
    # setupUi

    def retranslateUi(self, TourDialog):
        TourDialog.setWindowTitle(QCoreApplication.translate("TourDialog", u"Tour", None))
        self.exhibitionLabel.setText(QCoreApplication.translate("TourDialog", u"E&xhibition:", None))
        self.programmeLabel.setText(QCoreApplication.translate("TourDialog", u"&Programme:", None))
        self.formatLabel.setText(QCoreApplication.translate("TourDialog", u"&Format:", None))
        self.statusLabel.setText(QCoreApplication.translate("TourDialog", u"S&tatus:", None))
        self.plannedStartLabel.setText(QCoreApplication.translate("TourDialog", u"P&lanned start:", None))
        self.actualStartLabel.setText(QCoreApplication.translate("TourDialog", u"A&ctual start:", None))
        self.actualStartCheck.setText(QCoreApplication.translate("TourDialog", u"started", None))
        self.actualEndLabel.setText(QCoreApplication.translate("TourDialog", u"Actual &end:", None))
        self.actualEndCheck.setText(QCoreApplication.translate("TourDialog", u"ended", None))
        self.languagesLabel.setText(QCoreApplication.translate("TourDialog", u"Lan&guages:", None))
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("TourDialog", u"two-letter codes, e.g. it, en, ro", None))
        self.mediatorsLabel.setText(QCoreApplication.translate("TourDialog", u"&Mediators:", None))
        self.leadLabel.setText(QCoreApplication.translate("TourDialog", u"Lea&d mediator:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tourTab), QCoreApplication.translate("TourDialog", u"&1 Tour", None))
        self.addGroupButton.setText(QCoreApplication.translate("TourDialog", u"&Add group", None))
        self.removeGroupButton.setText(QCoreApplication.translate("TourDialog", u"Remo&ve group", None))
        self.groupTypeLabel.setText(QCoreApplication.translate("TourDialog", u"Group &type:", None))
        self.agesLabel.setText(QCoreApplication.translate("TourDialog", u"Ages:", None))
        self.age0to5Label.setText(QCoreApplication.translate("TourDialog", u"0\u20135", None))
        self.age6to10Label.setText(QCoreApplication.translate("TourDialog", u"6\u201310", None))
        self.age11to14Label.setText(QCoreApplication.translate("TourDialog", u"11\u201314", None))
        self.age15to18Label.setText(QCoreApplication.translate("TourDialog", u"15\u201318", None))
        self.age19to25Label.setText(QCoreApplication.translate("TourDialog", u"19\u201325", None))
        self.age26to64Label.setText(QCoreApplication.translate("TourDialog", u"26\u201364", None))
        self.age65plusLabel.setText(QCoreApplication.translate("TourDialog", u"65+", None))
        self.participantsLabel.setText(QCoreApplication.translate("TourDialog", u"Participants:", None))
        self.adultsLabel.setText(QCoreApplication.translate("TourDialog", u"Accompanying a&dults:", None))
        self.firstTimeLabel.setText(QCoreApplication.translate("TourDialog", u"&First-time visitors:", None))
        self.originLabel.setText(QCoreApplication.translate("TourDialog", u"&Origin:", None))
        self.countryLabel.setText(QCoreApplication.translate("TourDialog", u"Co&untry:", None))
        self.countryEdit.setPlaceholderText(QCoreApplication.translate("TourDialog", u"IT, RO, DE\u2026", None))
        self.schoolLevelLabel.setText(QCoreApplication.translate("TourDialog", u"School &level:", None))
        self.schoolLevelEdit.setPlaceholderText(QCoreApplication.translate("TourDialog", u"e.g. grade 4", None))
        self.partnerLabel.setText(QCoreApplication.translate("TourDialog", u"Pa&rtner:", None))
        self.admissionLabel.setText(QCoreApplication.translate("TourDialog", u"Ad&mission:", None))
        self.targetGroupLabel.setText(QCoreApplication.translate("TourDialog", u"Tar&get group:", None))
        self.heardViaLabel.setText(QCoreApplication.translate("TourDialog", u"How they &heard of us:", None))
        self.vouchersLabel.setText(QCoreApplication.translate("TourDialog", u"&Vouchers:", None))
        self.vouchersEdit.setPlaceholderText(QCoreApplication.translate("TourDialog", u"voucher codes, separated by commas", None))
        self.accessLabel.setText(QCoreApplication.translate("TourDialog", u"Access pro&visions:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.groupsTab), QCoreApplication.translate("TourDialog", u"&2 Groups", None))
        self.expectedLabel.setText(QCoreApplication.translate("TourDialog", u"&Booked size:", None))
        self.expectedSpin.setSpecialValueText(QCoreApplication.translate("TourDialog", u"not booked", None))
        self.contactNameLabel.setText(QCoreApplication.translate("TourDialog", u"Contact &name:", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("TourDialog", u"Contact &phone:", None))
        self.contactEmailLabel.setText(QCoreApplication.translate("TourDialog", u"Contact e&mail:", None))
        self.retentionLabel.setText(QCoreApplication.translate("TourDialog", u"&Delete contact after:", None))
        self.sourceLabel.setText(QCoreApplication.translate("TourDialog", u"Booking &source:", None))
        self.privacyNote.setText(QCoreApplication.translate("TourDialog", u"The contact is personal data: it is kept only until the date above, never printed in reports, and then deleted.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bookingTab), QCoreApplication.translate("TourDialog", u"&3 Booking", None))
        self.observationsLabel.setText(QCoreApplication.translate("TourDialog", u"&Observations:", None))
        self.reflectionLabel.setText(QCoreApplication.translate("TourDialog", u"&Reflection:", None))
        self.incidentsLabel.setText(QCoreApplication.translate("TourDialog", u"&Incidents:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("TourDialog", u"&4 Notes", None))
    # retranslateUi

