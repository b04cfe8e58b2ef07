# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.setMinimumSize(QSize(640, 480))
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.welcomePage = QWizardPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.setUpRadio = QRadioButton(self.welcomePage)
        self.setUpRadio.setObjectName(u"setUpRadio")
        self.setUpRadio.setChecked(True)

        self.welcomeLayout.addWidget(self.setUpRadio)

        self.setUpHint = QLabel(self.welcomePage)
        self.setUpHint.setObjectName(u"setUpHint")
        self.setUpHint.setWordWrap(True)
        self.setUpHint.setIndent(24)

        self.welcomeLayout.addWidget(self.setUpHint)

        self.demoRadio = QRadioButton(self.welcomePage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.welcomeLayout.addWidget(self.demoRadio)

        self.demoHint = QLabel(self.welcomePage)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setIndent(24)

        self.welcomeLayout.addWidget(self.demoHint)

        self.joinRadio = QRadioButton(self.welcomePage)
        self.joinRadio.setObjectName(u"joinRadio")

        self.welcomeLayout.addWidget(self.joinRadio)

        self.joinHint = QLabel(self.welcomePage)
        self.joinHint.setObjectName(u"joinHint")
        self.joinHint.setWordWrap(True)
        self.joinHint.setIndent(24)

        self.welcomeLayout.addWidget(self.joinHint)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        SetupWizard.addPage(self.welcomePage)
        self.venuePage = QWizardPage()
        self.venuePage.setObjectName(u"venuePage")
        self.venueForm = QFormLayout(self.venuePage)
        self.venueForm.setObjectName(u"venueForm")
        self.venueNameLabel = QLabel(self.venuePage)
        self.venueNameLabel.setObjectName(u"venueNameLabel")

        self.venueForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.venueNameLabel)

        self.venueNameEdit = QLineEdit(self.venuePage)
        self.venueNameEdit.setObjectName(u"venueNameEdit")

        self.venueForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.venueNameEdit)

        self.cityLabel = QLabel(self.venuePage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.venueForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.venuePage)
        self.cityEdit.setObjectName(u"cityEdit")

        self.venueForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.countryLabel = QLabel(self.venuePage)
        self.countryLabel.setObjectName(u"countryLabel")

        self.venueForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(self.venuePage)
        self.countryEdit.setObjectName(u"countryEdit")
        self.countryEdit.setMaxLength(2)

        self.venueForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.timezoneLabel = QLabel(self.venuePage)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.venueForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(self.venuePage)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)

        self.venueForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.opensLabel = QLabel(self.venuePage)
        self.opensLabel.setObjectName(u"opensLabel")

        self.venueForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.hoursLayout = QHBoxLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.opensEdit = QTimeEdit(self.venuePage)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setDisplayFormat(u"HH:mm")
        self.opensEdit.setTime(QTime(10, 0, 0))

        self.hoursLayout.addWidget(self.opensEdit)

        self.untilLabel = QLabel(self.venuePage)
        self.untilLabel.setObjectName(u"untilLabel")

        self.hoursLayout.addWidget(self.untilLabel)

        self.closesEdit = QTimeEdit(self.venuePage)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setDisplayFormat(u"HH:mm")
        self.closesEdit.setTime(QTime(18, 0, 0))

        self.hoursLayout.addWidget(self.closesEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursLayout.addItem(self.hoursSpacer)


        self.venueForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.hoursLayout)

        self.daysLabel = QLabel(self.venuePage)
        self.daysLabel.setObjectName(u"daysLabel")

        self.venueForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysBox = QWidget(self.venuePage)
        self.daysBox.setObjectName(u"daysBox")
        self.daysLayout = QHBoxLayout(self.daysBox)
        self.daysLayout.setObjectName(u"daysLayout")
        self.daysLayout.setContentsMargins(0, 0, 0, 0)

        self.venueForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.daysBox)

        self.venueProblems = QLabel(self.venuePage)
        self.venueProblems.setObjectName(u"venueProblems")
        self.venueProblems.setWordWrap(True)
        self.venueProblems.setText(u"")

        self.venueForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.venueProblems)

        SetupWizard.addPage(self.venuePage)
        self.exhibitionPage = QWizardPage()
        self.exhibitionPage.setObjectName(u"exhibitionPage")
        self.exhibitionForm = QFormLayout(self.exhibitionPage)
        self.exhibitionForm.setObjectName(u"exhibitionForm")
        self.exhibitionTitleLabel = QLabel(self.exhibitionPage)
        self.exhibitionTitleLabel.setObjectName(u"exhibitionTitleLabel")

        self.exhibitionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exhibitionTitleLabel)

        self.titleEdit = QLineEdit(self.exhibitionPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.exhibitionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.startLabel = QLabel(self.exhibitionPage)
        self.startLabel.setObjectName(u"startLabel")

        self.exhibitionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(self.exhibitionPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.exhibitionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.exhibitionPage)
        self.endLabel.setObjectName(u"endLabel")

        self.exhibitionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateEdit(self.exhibitionPage)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.exhibitionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.exhibitionProblems = QLabel(self.exhibitionPage)
        self.exhibitionProblems.setObjectName(u"exhibitionProblems")
        self.exhibitionProblems.setWordWrap(True)
        self.exhibitionProblems.setText(u"")

        self.exhibitionForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.exhibitionProblems)

        SetupWizard.addPage(self.exhibitionPage)
        self.teamPage = QWizardPage()
        self.teamPage.setObjectName(u"teamPage")
        self.teamLayout = QVBoxLayout(self.teamPage)
        self.teamLayout.setObjectName(u"teamLayout")
        self.namesEdit = QPlainTextEdit(self.teamPage)
        self.namesEdit.setObjectName(u"namesEdit")

        self.teamLayout.addWidget(self.namesEdit)

        self.teamProblems = QLabel(self.teamPage)
        self.teamProblems.setObjectName(u"teamProblems")
        self.teamProblems.setWordWrap(True)
        self.teamProblems.setText(u"")

        self.teamLayout.addWidget(self.teamProblems)

        SetupWizard.addPage(self.teamPage)
        self.rolesPage = QWizardPage()
        self.rolesPage.setObjectName(u"rolesPage")
        self.rolesLayout = QVBoxLayout(self.rolesPage)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesTable = QTableWidget(self.rolesPage)
        self.rolesTable.setObjectName(u"rolesTable")

        self.rolesLayout.addWidget(self.rolesTable)

        self.rolesProblems = QLabel(self.rolesPage)
        self.rolesProblems.setObjectName(u"rolesProblems")
        self.rolesProblems.setWordWrap(True)
        self.rolesProblems.setText(u"")

        self.rolesLayout.addWidget(self.rolesProblems)

        SetupWizard.addPage(self.rolesPage)
        self.categoriesPage = QWizardPage()
        self.categoriesPage.setObjectName(u"categoriesPage")
        self.categoriesLayout = QHBoxLayout(self.categoriesPage)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesList = QListWidget(self.categoriesPage)
        self.categoriesList.setObjectName(u"categoriesList")

        self.categoriesLayout.addWidget(self.categoriesList)

        self.categoryButtons = QVBoxLayout()
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.addCategoryButton = QPushButton(self.categoriesPage)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoryButtons.addWidget(self.addCategoryButton)

        self.removeCategoryButton = QPushButton(self.categoriesPage)
        self.removeCategoryButton.setObjectName(u"removeCategoryButton")

        self.categoryButtons.addWidget(self.removeCategoryButton)

        self.categorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.categoryButtons.addItem(self.categorySpacer)


        self.categoriesLayout.addLayout(self.categoryButtons)

        SetupWizard.addPage(self.categoriesPage)
        self.pinPage = QWizardPage()
        self.pinPage.setObjectName(u"pinPage")
        self.pinForm = QFormLayout(self.pinPage)
        self.pinForm.setObjectName(u"pinForm")
        self.pinKeptLabel = QLabel(self.pinPage)
        self.pinKeptLabel.setObjectName(u"pinKeptLabel")
        self.pinKeptLabel.setWordWrap(True)

        self.pinForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.pinKeptLabel)

        self.pinCurrentLabel = QLabel(self.pinPage)
        self.pinCurrentLabel.setObjectName(u"pinCurrentLabel")

        self.pinForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinCurrentLabel)

        self.pinCurrentEdit = QLineEdit(self.pinPage)
        self.pinCurrentEdit.setObjectName(u"pinCurrentEdit")
        self.pinCurrentEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinCurrentEdit.setMaxLength(12)

        self.pinForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinCurrentEdit)

        self.pinLabel = QLabel(self.pinPage)
        self.pinLabel.setObjectName(u"pinLabel")

        self.pinForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.pinPage)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(12)

        self.pinForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pinRepeatLabel = QLabel(self.pinPage)
        self.pinRepeatLabel.setObjectName(u"pinRepeatLabel")

        self.pinForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinRepeatLabel)

        self.pinRepeatEdit = QLineEdit(self.pinPage)
        self.pinRepeatEdit.setObjectName(u"pinRepeatEdit")
        self.pinRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinRepeatEdit.setMaxLength(12)

        self.pinForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinRepeatEdit)

        self.pinProblems = QLabel(self.pinPage)
        self.pinProblems.setObjectName(u"pinProblems")
        self.pinProblems.setWordWrap(True)
        self.pinProblems.setText(u"")

        self.pinForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.pinProblems)

        SetupWizard.addPage(self.pinPage)
        self.joinPage = QWizardPage()
        self.joinPage.setObjectName(u"joinPage")
        self.joinForm = QFormLayout(self.joinPage)
        self.joinForm.setObjectName(u"joinForm")
        self.fileLabel = QLabel(self.joinPage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.joinForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(self.joinPage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.joinPage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.joinForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.serverLabel = QLabel(self.joinPage)
        self.serverLabel.setObjectName(u"serverLabel")

        self.joinForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverEdit = QLineEdit(self.joinPage)
        self.serverEdit.setObjectName(u"serverEdit")
        self.serverEdit.setPlaceholderText(u"postgresql://name@server:5432/team")

        self.joinForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.joinProblems = QLabel(self.joinPage)
        self.joinProblems.setObjectName(u"joinProblems")
        self.joinProblems.setWordWrap(True)
        self.joinProblems.setText(u"")

        self.joinForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.joinProblems)

        SetupWizard.addPage(self.joinPage)
#if QT_CONFIG(shortcut)
        self.venueNameLabel.setBuddy(self.venueNameEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.opensLabel.setBuddy(self.opensEdit)
        self.untilLabel.setBuddy(self.closesEdit)
        self.exhibitionTitleLabel.setBuddy(self.titleEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.pinCurrentLabel.setBuddy(self.pinCurrentEdit)
        self.pinLabel.setBuddy(self.pinEdit)
        self.pinRepeatLabel.setBuddy(self.pinRepeatEdit)
        self.fileLabel.setBuddy(self.fileEdit)
        self.serverLabel.setBuddy(self.serverEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up Mediator Desk", None))
        self.welcomePage.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome to Mediator Desk", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"This database is empty. How would you like to begin?", None))
        self.setUpRadio.setText(QCoreApplication.translate("SetupWizard", u"&Set up my venue (about two minutes)", None))
        self.setUpHint.setText(QCoreApplication.translate("SetupWizard", u"The venue and its opening hours, the first exhibition, the team, the counter categories and the kiosk PIN. Everything can be changed later in Settings.", None))
        self.demoRadio.setText(QCoreApplication.translate("SetupWizard", u"&Explore with demo data", None))
        self.demoHint.setText(QCoreApplication.translate("SetupWizard", u"Two venues, two months of tours, counts and feedback, to try every page and report. Use a new database file for your real work.", None))
        self.joinRadio.setText(QCoreApplication.translate("SetupWizard", u"&Join a team", None))
        self.joinHint.setText(QCoreApplication.translate("SetupWizard", u"Start from the coordinator's file, or from the team's server address.", None))
        self.venuePage.setTitle(QCoreApplication.translate("SetupWizard", u"Your venue", None))
        self.venuePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Where the exhibitions are. The time zone decides how times are shown; the opening hours shade the counter's chart.", None))
        self.venueNameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Name *", None))
        self.cityLabel.setText(QCoreApplication.translate("SetupWizard", u"&City", None))
        self.countryLabel.setText(QCoreApplication.translate("SetupWizard", u"C&ountry (RO, IT\u2026)", None))
        self.timezoneLabel.setText(QCoreApplication.translate("SetupWizard", u"&Time zone *", None))
        self.opensLabel.setText(QCoreApplication.translate("SetupWizard", u"O&pen from", None))
        self.untilLabel.setText(QCoreApplication.translate("SetupWizard", u"to", None))
        self.daysLabel.setText(QCoreApplication.translate("SetupWizard", u"Open on", None))
        self.exhibitionPage.setTitle(QCoreApplication.translate("SetupWizard", u"The first exhibition", None))
        self.exhibitionPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"What visitors come to see. Counts, tours and feedback belong to an exhibition.", None))
        self.exhibitionTitleLabel.setText(QCoreApplication.translate("SetupWizard", u"T&itle *", None))
        self.startLabel.setText(QCoreApplication.translate("SetupWizard", u"&Opens", None))
        self.endLabel.setText(QCoreApplication.translate("SetupWizard", u"C&loses", None))
        self.teamPage.setTitle(QCoreApplication.translate("SetupWizard", u"The team", None))
        self.teamPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Paste or type the names of the mediators, one per line. Next come their languages and roles.", None))
        self.rolesPage.setTitle(QCoreApplication.translate("SetupWizard", u"Languages and roles", None))
        self.rolesPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"The languages each person guides in (two-letter codes such as ro, en, it) and their role.", None))
        self.categoriesPage.setTitle(QCoreApplication.translate("SetupWizard", u"Counter categories", None))
        self.categoriesPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Each walk-in visitor is counted in one category, with one key (1\u20139). Rename them with a double click.", None))
        self.addCategoryButton.setText(QCoreApplication.translate("SetupWizard", u"&Add", None))
        self.removeCategoryButton.setText(QCoreApplication.translate("SetupWizard", u"&Remove", None))
        self.pinPage.setTitle(QCoreApplication.translate("SetupWizard", u"The kiosk PIN", None))
        self.pinPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Visitors can give feedback on this laptop's kiosk screen; only this PIN (4 to 12 digits) leaves it. You can also set it later in Settings.", None))
        self.pinKeptLabel.setText(QCoreApplication.translate("SetupWizard", u"This laptop already has a kiosk PIN: leave these fields empty to keep it, or type it first to set a new one.", None))
        self.pinCurrentLabel.setText(QCoreApplication.translate("SetupWizard", u"C&urrent PIN", None))
        self.pinLabel.setText(QCoreApplication.translate("SetupWizard", u"&PIN", None))
        self.pinRepeatLabel.setText(QCoreApplication.translate("SetupWizard", u"&Repeat the PIN", None))
        self.joinPage.setTitle(QCoreApplication.translate("SetupWizard", u"Join a team", None))
        self.joinPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Bring in the team's data: a file from the coordinator (a copy or a backup), or the address of the team's server.", None))
        self.fileLabel.setText(QCoreApplication.translate("SetupWizard", u"Coordinator's &file", None))
        self.browseButton.setText(QCoreApplication.translate("SetupWizard", u"&Choose\u2026", None))
        self.serverLabel.setText(QCoreApplication.translate("SetupWizard", u"or the team's &server", None))
    # retranslateUi

