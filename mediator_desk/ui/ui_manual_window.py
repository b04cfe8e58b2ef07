# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manual_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ManualWindow(object):
    def setupUi(self, ManualWindow):
        if not ManualWindow.objectName():
            ManualWindow.setObjectName(u"ManualWindow")
        ManualWindow.setMinimumSize(QSize(560, 420))
        self.windowLayout = QVBoxLayout(ManualWindow)
        self.windowLayout.setObjectName(u"windowLayout")
        self.browser = QTextBrowser(ManualWindow)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.windowLayout.addWidget(self.browser)

        self.buttonBox = QDialogButtonBox(ManualWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.windowLayout.addWidget(self.buttonBox)


        self.retranslateUi(ManualWindow)

        QMetaObject.connectSlotsByName(ManualWindow)
    # setupUi

    def retranslateUi(self, ManualWindow):
        ManualWindow.setWindowTitle(QCoreApplication.translate("ManualWindow", u"Mediator Desk manual", None))
    # retranslateUi

