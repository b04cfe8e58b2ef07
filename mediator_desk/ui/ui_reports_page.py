# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"pageTitle", True)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindCaption = QLabel(ReportsPage)
        self.kindCaption.setObjectName(u"kindCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindCombo = QComboBox(ReportsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fromCaption = QLabel(ReportsPage)
        self.fromCaption.setObjectName(u"fromCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromCaption)

        self.fromEdit = QDateEdit(ReportsPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toCaption = QLabel(ReportsPage)
        self.toCaption.setObjectName(u"toCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toCaption)

        self.toEdit = QDateEdit(ReportsPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.exhibitionCaption = QLabel(ReportsPage)
        self.exhibitionCaption.setObjectName(u"exhibitionCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.exhibitionCaption)

        self.exhibitionCombo = QComboBox(ReportsPage)
        self.exhibitionCombo.setObjectName(u"exhibitionCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.exhibitionCombo)

        self.tourCaption = QLabel(ReportsPage)
        self.tourCaption.setObjectName(u"tourCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tourCaption)

        self.tourCombo = QComboBox(ReportsPage)
        self.tourCombo.setObjectName(u"tourCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tourCombo)

        self.langCaption = QLabel(ReportsPage)
        self.langCaption.setObjectName(u"langCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.langCaption)

        self.langCombo = QComboBox(ReportsPage)
        self.langCombo.setObjectName(u"langCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.langCombo)

        self.hideSmallCheck = QCheckBox(ReportsPage)
        self.hideSmallCheck.setObjectName(u"hideSmallCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hideSmallCheck)


        self.pageLayout.addLayout(self.formLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.generateButton = QPushButton(ReportsPage)
        self.generateButton.setObjectName(u"generateButton")

        self.actionsLayout.addWidget(self.generateButton)

        self.progressBar = QProgressBar(ReportsPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.actionsLayout.addWidget(self.progressBar)

        self.saveButton = QPushButton(ReportsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(ReportsPage)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.printButton = QPushButton(ReportsPage)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.statusLabel = QLabel(ReportsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setText(u"")

        self.pageLayout.addWidget(self.statusLabel)

        self.previewArea = QScrollArea(ReportsPage)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewArea.sizePolicy().hasHeightForWidth())
        self.previewArea.setSizePolicy(sizePolicy)
        self.previewPages = QWidget()
        self.previewPages.setObjectName(u"previewPages")
        self.previewLayout = QVBoxLayout(self.previewPages)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewArea.setWidget(self.previewPages)

        self.pageLayout.addWidget(self.previewArea)

#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kindCombo)
        self.fromCaption.setBuddy(self.fromEdit)
        self.toCaption.setBuddy(self.toEdit)
        self.exhibitionCaption.setBuddy(self.exhibitionCombo)
        self.tourCaption.setBuddy(self.tourCombo)
        self.langCaption.setBuddy(self.langCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsPage", u"Print what you hand in: the tour sheet, the daily report, the period or season report, the statistics return and the voucher/funder report. Reports are A4 PDFs with an embedded font, so every name prints as it was typed.", None))
        self.kindCaption.setText(QCoreApplication.translate("ReportsPage", u"&Report:", None))
        self.fromCaption.setText(QCoreApplication.translate("ReportsPage", u"&From:", None))
        self.toCaption.setText(QCoreApplication.translate("ReportsPage", u"&To:", None))
        self.exhibitionCaption.setText(QCoreApplication.translate("ReportsPage", u"E&xhibition:", None))
        self.tourCaption.setText(QCoreApplication.translate("ReportsPage", u"T&our:", None))
        self.langCaption.setText(QCoreApplication.translate("ReportsPage", u"Report &language:", None))
        self.hideSmallCheck.setText(QCoreApplication.translate("ReportsPage", u"Show groups smaller than 5 as \u201c<5\u201d (privacy)", None))
        self.generateButton.setText(QCoreApplication.translate("ReportsPage", u"&Generate", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ReportsPage", u"&Open in viewer", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewArea.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Report preview", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

