# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tours_page.ui'
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
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ToursPage(object):
    def setupUi(self, ToursPage):
        if not ToursPage.objectName():
            ToursPage.setObjectName(u"ToursPage")
        self.pageLayout = QVBoxLayout(ToursPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ToursPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"pageTitle", True)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(ToursPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.headerLayout)

        self.filtersLayout = QGridLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.fromLabel = QLabel(ToursPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filtersLayout.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromEdit = QDateEdit(ToursPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filtersLayout.addWidget(self.fromEdit, 0, 1, 1, 1)

        self.toLabel = QLabel(ToursPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filtersLayout.addWidget(self.toLabel, 0, 2, 1, 1)

        self.toEdit = QDateEdit(ToursPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filtersLayout.addWidget(self.toEdit, 0, 3, 1, 1)

        self.exhibitionLabel = QLabel(ToursPage)
        self.exhibitionLabel.setObjectName(u"exhibitionLabel")

        self.filtersLayout.addWidget(self.exhibitionLabel, 0, 4, 1, 1)

        self.exhibitionCombo = QComboBox(ToursPage)
        self.exhibitionCombo.setObjectName(u"exhibitionCombo")

        self.filtersLayout.addWidget(self.exhibitionCombo, 0, 5, 1, 1)

        self.searchLabel = QLabel(ToursPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filtersLayout.addWidget(self.searchLabel, 0, 6, 1, 1)

        self.searchEdit = QLineEdit(ToursPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.searchEdit, 0, 7, 1, 1)

        self.mediatorLabel = QLabel(ToursPage)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.filtersLayout.addWidget(self.mediatorLabel, 1, 0, 1, 1)

        self.mediatorCombo = QComboBox(ToursPage)
        self.mediatorCombo.setObjectName(u"mediatorCombo")

        self.filtersLayout.addWidget(self.mediatorCombo, 1, 1, 1, 1)

        self.formatLabel = QLabel(ToursPage)
        self.formatLabel.setObjectName(u"formatLabel")

        self.filtersLayout.addWidget(self.formatLabel, 1, 2, 1, 1)

        self.formatCombo = QComboBox(ToursPage)
        self.formatCombo.setObjectName(u"formatCombo")

        self.filtersLayout.addWidget(self.formatCombo, 1, 3, 1, 1)

        self.languageLabel = QLabel(ToursPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.filtersLayout.addWidget(self.languageLabel, 1, 4, 1, 1)

        self.languageCombo = QComboBox(ToursPage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.filtersLayout.addWidget(self.languageCombo, 1, 5, 1, 1)

        self.statusLabel = QLabel(ToursPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filtersLayout.addWidget(self.statusLabel, 1, 6, 1, 1)

        self.statusCombo = QComboBox(ToursPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filtersLayout.addWidget(self.statusCombo, 1, 7, 1, 1)


        self.pageLayout.addLayout(self.filtersLayout)

        self.toursView = QTableView(ToursPage)
        self.toursView.setObjectName(u"toursView")
        self.toursView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.toursView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.toursView.setAlternatingRowColors(True)
        self.toursView.setSortingEnabled(True)
        self.toursView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.pageLayout.addWidget(self.toursView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(ToursPage)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ToursPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.repeatButton = QPushButton(ToursPage)
        self.repeatButton.setObjectName(u"repeatButton")

        self.actionsLayout.addWidget(self.repeatButton)

        self.deleteButton = QPushButton(ToursPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.undoButton = QPushButton(ToursPage)
        self.undoButton.setObjectName(u"undoButton")

        self.actionsLayout.addWidget(self.undoButton)

        self.redoButton = QPushButton(ToursPage)
        self.redoButton.setObjectName(u"redoButton")

        self.actionsLayout.addWidget(self.redoButton)


        self.pageLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.exhibitionLabel.setBuddy(self.exhibitionCombo)
        self.searchLabel.setBuddy(self.searchEdit)
        self.mediatorLabel.setBuddy(self.mediatorCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ToursPage)

        QMetaObject.connectSlotsByName(ToursPage)
    # setupUi

    def retranslateUi(self, ToursPage):
        self.titleLabel.setText(QCoreApplication.translate("ToursPage", u"Tours", None))
        self.fromLabel.setText(QCoreApplication.translate("ToursPage", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("ToursPage", u"T&o:", None))
        self.exhibitionLabel.setText(QCoreApplication.translate("ToursPage", u"E&xhibition:", None))
        self.searchLabel.setText(QCoreApplication.translate("ToursPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ToursPage", u"names, formats, languages\u2026", None))
        self.mediatorLabel.setText(QCoreApplication.translate("ToursPage", u"&Mediator:", None))
        self.formatLabel.setText(QCoreApplication.translate("ToursPage", u"Fo&rmat:", None))
        self.languageLabel.setText(QCoreApplication.translate("ToursPage", u"&Language:", None))
        self.statusLabel.setText(QCoreApplication.translate("ToursPage", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.toursView.setAccessibleName(QCoreApplication.translate("ToursPage", u"Tours", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ToursPage", u"&New tour", None))
        self.editButton.setText(QCoreApplication.translate("ToursPage", u"&Edit\u2026", None))
        self.repeatButton.setText(QCoreApplication.translate("ToursPage", u"Re&peat for next slot", None))
        self.deleteButton.setText(QCoreApplication.translate("ToursPage", u"&Delete", None))
        self.undoButton.setText(QCoreApplication.translate("ToursPage", u"&Undo", None))
        self.redoButton.setText(QCoreApplication.translate("ToursPage", u"Re&do", None))
        pass
    # retranslateUi

