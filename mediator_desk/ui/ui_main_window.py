# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionStartTour = QAction(MainWindow)
        self.actionStartTour.setObjectName(u"actionStartTour")
        self.actionKiosk = QAction(MainWindow)
        self.actionKiosk.setObjectName(u"actionKiosk")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.actionFullScreen = QAction(MainWindow)
        self.actionFullScreen.setObjectName(u"actionFullScreen")
        self.actionFullScreen.setCheckable(True)
        self.actionManual = QAction(MainWindow)
        self.actionManual.setObjectName(u"actionManual")
        self.actionMerge = QAction(MainWindow)
        self.actionMerge.setObjectName(u"actionMerge")
        self.actionSaveCopy = QAction(MainWindow)
        self.actionSaveCopy.setObjectName(u"actionSaveCopy")
        self.actionSync = QAction(MainWindow)
        self.actionSync.setObjectName(u"actionSync")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setMaximumSize(QSize(190, 16777215))
        self.navList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.centralLayout.addWidget(self.navList)

        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(0)
        self.contentLayout.setObjectName(u"contentLayout")
        self.bannerLabel = QLabel(self.centralWidget)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setVisible(False)
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bannerLabel.setText(u"")

        self.contentLayout.addWidget(self.bannerLabel)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.contentLayout.addWidget(self.pageStack)


        self.centralLayout.addLayout(self.contentLayout)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionMerge)
        self.menuFile.addAction(self.actionSaveCopy)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSync)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionStartTour)
        self.menuEdit.addAction(self.actionKiosk)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionSettings)
        self.menuView.addAction(self.actionFullScreen)
        self.menuView.addSeparator()
        self.menuHelp.addAction(self.actionManual)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Mediator Desk", None))
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExport.setToolTip(QCoreApplication.translate("MainWindow", u"Save sessions, groups, counts or feedback for a period as CSV or XLSX", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionStartTour.setText(QCoreApplication.translate("MainWindow", u"Start a &tour\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionStartTour.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionKiosk.setText(QCoreApplication.translate("MainWindow", u"Visitor &kiosk\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionKiosk.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+K", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionFullScreen.setText(QCoreApplication.translate("MainWindow", u"&Full screen", None))
#if QT_CONFIG(shortcut)
        self.actionFullScreen.setShortcut(QCoreApplication.translate("MainWindow", u"F11", None))
#endif // QT_CONFIG(shortcut)
        self.actionManual.setText(QCoreApplication.translate("MainWindow", u"&Manual", None))
#if QT_CONFIG(shortcut)
        self.actionManual.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionMerge.setText(QCoreApplication.translate("MainWindow", u"&Merge another laptop's data\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionMerge.setToolTip(QCoreApplication.translate("MainWindow", u"Bring in another laptop's database file or backup (e.g. from a USB stick)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionMerge.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+M", None))
#endif // QT_CONFIG(shortcut)
        self.actionSaveCopy.setText(QCoreApplication.translate("MainWindow", u"Save a &copy for the coordinator\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSaveCopy.setToolTip(QCoreApplication.translate("MainWindow", u"A consistent copy of this database, named with this laptop and the date", None))
#endif // QT_CONFIG(tooltip)
        self.actionSync.setText(QCoreApplication.translate("MainWindow", u"&Sync with the team's server", None))
#if QT_CONFIG(shortcut)
        self.actionSync.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Mediator Desk", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

