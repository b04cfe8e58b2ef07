# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kiosk_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_KioskWindow(object):
    def setupUi(self, KioskWindow):
        if not KioskWindow.objectName():
            KioskWindow.setObjectName(u"KioskWindow")
        self.kioskLayout = QVBoxLayout(KioskWindow)
        self.kioskLayout.setObjectName(u"kioskLayout")
        self.stack = QStackedWidget(KioskWindow)
        self.stack.setObjectName(u"stack")
        self.startPage = QWidget()
        self.startPage.setObjectName(u"startPage")
        self.startLayout = QVBoxLayout(self.startPage)
        self.startLayout.setObjectName(u"startLayout")
        self.startTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startTop)

        self.questionLabel = QLabel(self.startPage)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setText(u"")
        self.questionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.questionLabel.setWordWrap(True)

        self.startLayout.addWidget(self.questionLabel)

        self.smileysLayout = QHBoxLayout()
        self.smileysLayout.setObjectName(u"smileysLayout")
        self.smiley1Button = QPushButton(self.startPage)
        self.smiley1Button.setObjectName(u"smiley1Button")
        self.smiley1Button.setText(u"")
        self.smiley1Button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.smiley1Button.setMinimumSize(QSize(150, 150))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.smiley1Button.sizePolicy().hasHeightForWidth())
        self.smiley1Button.setSizePolicy(sizePolicy)

        self.smileysLayout.addWidget(self.smiley1Button)

        self.smiley2Button = QPushButton(self.startPage)
        self.smiley2Button.setObjectName(u"smiley2Button")
        self.smiley2Button.setText(u"")
        self.smiley2Button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.smiley2Button.setMinimumSize(QSize(150, 150))
        sizePolicy.setHeightForWidth(self.smiley2Button.sizePolicy().hasHeightForWidth())
        self.smiley2Button.setSizePolicy(sizePolicy)

        self.smileysLayout.addWidget(self.smiley2Button)

        self.smiley3Button = QPushButton(self.startPage)
        self.smiley3Button.setObjectName(u"smiley3Button")
        self.smiley3Button.setText(u"")
        self.smiley3Button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.smiley3Button.setMinimumSize(QSize(150, 150))
        sizePolicy.setHeightForWidth(self.smiley3Button.sizePolicy().hasHeightForWidth())
        self.smiley3Button.setSizePolicy(sizePolicy)

        self.smileysLayout.addWidget(self.smiley3Button)

        self.smiley4Button = QPushButton(self.startPage)
        self.smiley4Button.setObjectName(u"smiley4Button")
        self.smiley4Button.setText(u"")
        self.smiley4Button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.smiley4Button.setMinimumSize(QSize(150, 150))
        sizePolicy.setHeightForWidth(self.smiley4Button.sizePolicy().hasHeightForWidth())
        self.smiley4Button.setSizePolicy(sizePolicy)

        self.smileysLayout.addWidget(self.smiley4Button)

        self.smiley5Button = QPushButton(self.startPage)
        self.smiley5Button.setObjectName(u"smiley5Button")
        self.smiley5Button.setText(u"")
        self.smiley5Button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.smiley5Button.setMinimumSize(QSize(150, 150))
        sizePolicy.setHeightForWidth(self.smiley5Button.sizePolicy().hasHeightForWidth())
        self.smiley5Button.setSizePolicy(sizePolicy)

        self.smileysLayout.addWidget(self.smiley5Button)


        self.startLayout.addLayout(self.smileysLayout)

        self.startBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startBottom)

        self.languagesLayout = QHBoxLayout()
        self.languagesLayout.setObjectName(u"languagesLayout")
        self.langSpacerL = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languagesLayout.addItem(self.langSpacerL)

        self.lang_en = QPushButton(self.startPage)
        self.lang_en.setObjectName(u"lang_en")
        self.lang_en.setText(u"English")
        self.lang_en.setCheckable(True)
        self.lang_en.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.languagesLayout.addWidget(self.lang_en)

        self.lang_ro = QPushButton(self.startPage)
        self.lang_ro.setObjectName(u"lang_ro")
        self.lang_ro.setText(u"Rom\u00e2n\u0103")
        self.lang_ro.setCheckable(True)
        self.lang_ro.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.languagesLayout.addWidget(self.lang_ro)

        self.lang_it = QPushButton(self.startPage)
        self.lang_it.setObjectName(u"lang_it")
        self.lang_it.setText(u"Italiano")
        self.lang_it.setCheckable(True)
        self.lang_it.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.languagesLayout.addWidget(self.lang_it)

        self.lang_fr = QPushButton(self.startPage)
        self.lang_fr.setObjectName(u"lang_fr")
        self.lang_fr.setText(u"Fran\u00e7ais")
        self.lang_fr.setCheckable(True)
        self.lang_fr.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.languagesLayout.addWidget(self.lang_fr)

        self.lang_de = QPushButton(self.startPage)
        self.lang_de.setObjectName(u"lang_de")
        self.lang_de.setText(u"Deutsch")
        self.lang_de.setCheckable(True)
        self.lang_de.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.languagesLayout.addWidget(self.lang_de)

        self.lang_es = QPushButton(self.startPage)
        self.lang_es.setObjectName(u"lang_es")
        self.lang_es.setText(u"Espa\u00f1ol")
        self.lang_es.setCheckable(True)
        self.lang_es.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.languagesLayout.addWidget(self.lang_es)

        self.langSpacerR = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languagesLayout.addItem(self.langSpacerR)


        self.startLayout.addLayout(self.languagesLayout)

        self.stack.addWidget(self.startPage)
        self.wordsPage = QWidget()
        self.wordsPage.setObjectName(u"wordsPage")
        self.wordsLayout = QVBoxLayout(self.wordsPage)
        self.wordsLayout.setObjectName(u"wordsLayout")
        self.wordsTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.wordsLayout.addItem(self.wordsTop)

        self.wordsLabel = QLabel(self.wordsPage)
        self.wordsLabel.setObjectName(u"wordsLabel")
        self.wordsLabel.setText(u"")
        self.wordsLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wordsLabel.setWordWrap(True)

        self.wordsLayout.addWidget(self.wordsLabel)

        self.wordsEdit = QLineEdit(self.wordsPage)
        self.wordsEdit.setObjectName(u"wordsEdit")
        self.wordsEdit.setMaxLength(300)
        self.wordsEdit.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.wordsLayout.addWidget(self.wordsEdit)

        self.wordsButtons = QHBoxLayout()
        self.wordsButtons.setObjectName(u"wordsButtons")
        self.wbL = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wordsButtons.addItem(self.wbL)

        self.skipButton = QPushButton(self.wordsPage)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setText(u"")

        self.wordsButtons.addWidget(self.skipButton)

        self.sendButton = QPushButton(self.wordsPage)
        self.sendButton.setObjectName(u"sendButton")
        self.sendButton.setText(u"")

        self.wordsButtons.addWidget(self.sendButton)

        self.wbR = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wordsButtons.addItem(self.wbR)


        self.wordsLayout.addLayout(self.wordsButtons)

        self.privacyLabel = QLabel(self.wordsPage)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setText(u"")
        self.privacyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacyLabel.setWordWrap(True)

        self.wordsLayout.addWidget(self.privacyLabel)

        self.wordsBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.wordsLayout.addItem(self.wordsBottom)

        self.stack.addWidget(self.wordsPage)
        self.thanksPage = QWidget()
        self.thanksPage.setObjectName(u"thanksPage")
        self.thanksLayout = QVBoxLayout(self.thanksPage)
        self.thanksLayout.setObjectName(u"thanksLayout")
        self.thanksLabel = QLabel(self.thanksPage)
        self.thanksLabel.setObjectName(u"thanksLabel")
        self.thanksLabel.setText(u"")
        self.thanksLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanksLabel.setWordWrap(True)

        self.thanksLayout.addWidget(self.thanksLabel)

        self.stack.addWidget(self.thanksPage)
        self.pinPage = QWidget()
        self.pinPage.setObjectName(u"pinPage")
        self.pinLayout = QVBoxLayout(self.pinPage)
        self.pinLayout.setObjectName(u"pinLayout")
        self.pinTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pinLayout.addItem(self.pinTop)

        self.pinLabel = QLabel(self.pinPage)
        self.pinLabel.setObjectName(u"pinLabel")
        self.pinLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinLabel.setWordWrap(True)

        self.pinLayout.addWidget(self.pinLabel)

        self.pinRow = QHBoxLayout()
        self.pinRow.setObjectName(u"pinRow")
        self.pinLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinRow.addItem(self.pinLeft)

        self.pinEdit = QLineEdit(self.pinPage)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(12)
        self.pinEdit.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pinRow.addWidget(self.pinEdit)

        self.pinRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinRow.addItem(self.pinRight)


        self.pinLayout.addLayout(self.pinRow)

        self.pinMessageLabel = QLabel(self.pinPage)
        self.pinMessageLabel.setObjectName(u"pinMessageLabel")
        self.pinMessageLabel.setText(u"")
        self.pinMessageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinMessageLabel.setWordWrap(True)

        self.pinLayout.addWidget(self.pinMessageLabel)

        self.pinButtons = QHBoxLayout()
        self.pinButtons.setObjectName(u"pinButtons")
        self.pinButtonsLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinButtons.addItem(self.pinButtonsLeft)

        self.pinCancelButton = QPushButton(self.pinPage)
        self.pinCancelButton.setObjectName(u"pinCancelButton")

        self.pinButtons.addWidget(self.pinCancelButton)

        self.pinOkButton = QPushButton(self.pinPage)
        self.pinOkButton.setObjectName(u"pinOkButton")

        self.pinButtons.addWidget(self.pinOkButton)

        self.pinButtonsRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinButtons.addItem(self.pinButtonsRight)


        self.pinLayout.addLayout(self.pinButtons)

        self.pinBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pinLayout.addItem(self.pinBottom)

        self.stack.addWidget(self.pinPage)

        self.kioskLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KioskWindow)

        QMetaObject.connectSlotsByName(KioskWindow)
    # setupUi

    def retranslateUi(self, KioskWindow):
        KioskWindow.setWindowTitle(QCoreApplication.translate("KioskWindow", u"Visitor feedback", None))
        self.pinLabel.setText(QCoreApplication.translate("KioskWindow", u"Mediators only: enter the PIN to leave the kiosk.", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("KioskWindow", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.pinCancelButton.setText(QCoreApplication.translate("KioskWindow", u"Back to the kiosk", None))
        self.pinOkButton.setText(QCoreApplication.translate("KioskWindow", u"Leave the kiosk", None))
    # retranslateUi

