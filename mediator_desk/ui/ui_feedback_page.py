# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FeedbackPage(object):
    def setupUi(self, FeedbackPage):
        if not FeedbackPage.objectName():
            FeedbackPage.setObjectName(u"FeedbackPage")
        self.pageLayout = QVBoxLayout(FeedbackPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(FeedbackPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FeedbackPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setText(u"")

        self.pageLayout.addWidget(self.introLabel)

        self.contentArea = QWidget(FeedbackPage)
        self.contentArea.setObjectName(u"contentArea")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.contentArea.sizePolicy().hasHeightForWidth())
        self.contentArea.setSizePolicy(sizePolicy)

        self.pageLayout.addWidget(self.contentArea)


        self.retranslateUi(FeedbackPage)

        QMetaObject.connectSlotsByName(FeedbackPage)
    # setupUi

    def retranslateUi(self, FeedbackPage):
        self.titleLabel.setText(QCoreApplication.translate("FeedbackPage", u"Feedback", None))
        pass
    # retranslateUi

