# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'categories_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CategoriesDialog(object):
    def setupUi(self, CategoriesDialog):
        if not CategoriesDialog.objectName():
            CategoriesDialog.setObjectName(u"CategoriesDialog")
        CategoriesDialog.setMinimumSize(QSize(520, 360))
        self.dialogLayout = QVBoxLayout(CategoriesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CategoriesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.tableLayout = QHBoxLayout()
        self.tableLayout.setObjectName(u"tableLayout")
        self.table = QTableWidget(CategoriesDialog)
        self.table.setObjectName(u"table")
        self.table.setColumnCount(2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.tableLayout.addWidget(self.table)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.upButton = QPushButton(CategoriesDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveLayout.addWidget(self.upButton)

        self.downButton = QPushButton(CategoriesDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveLayout.addWidget(self.downButton)

        self.addButton = QPushButton(CategoriesDialog)
        self.addButton.setObjectName(u"addButton")

        self.moveLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(CategoriesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.moveLayout.addWidget(self.removeButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveSpacer)


        self.tableLayout.addLayout(self.moveLayout)


        self.dialogLayout.addLayout(self.tableLayout)

        self.errorLabel = QLabel(CategoriesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty(u"severity", u"error")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CategoriesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CategoriesDialog)

        QMetaObject.connectSlotsByName(CategoriesDialog)
    # setupUi

    def retranslateUi(self, CategoriesDialog):
        CategoriesDialog.setWindowTitle(QCoreApplication.translate("CategoriesDialog", u"Count categories", None))
        self.introLabel.setText(QCoreApplication.translate("CategoriesDialog", u"Rename the categories, set the key that counts each one (a USB clicker or foot pedal that types a key works too), and order them. Keys 1\u20139 count the categories in order unless you map them otherwise; Space always counts the first.", None))
        self.upButton.setText(QCoreApplication.translate("CategoriesDialog", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("CategoriesDialog", u"Move &down", None))
        self.addButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Remove", None))
    # retranslateUi

