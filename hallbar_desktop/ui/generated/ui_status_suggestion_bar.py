# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_suggestion_bar.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy)

class Ui_StatusSuggestionBar(object):
    def setupUi(self, StatusSuggestionBar):
        if not StatusSuggestionBar.objectName():
            StatusSuggestionBar.setObjectName(u"StatusSuggestionBar")
        StatusSuggestionBar.resize(1280, 48)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(StatusSuggestionBar.sizePolicy().hasHeightForWidth())
        StatusSuggestionBar.setSizePolicy(sizePolicy)
        self.bar_layout = QHBoxLayout(StatusSuggestionBar)
        self.bar_layout.setSpacing(8)
        self.bar_layout.setObjectName(u"bar_layout")
        self.bar_layout.setContentsMargins(16, 8, 8, 8)
        self.message_label = QLabel(StatusSuggestionBar)
        self.message_label.setObjectName(u"message_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.message_label.sizePolicy().hasHeightForWidth())
        self.message_label.setSizePolicy(sizePolicy1)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.bar_layout.addWidget(self.message_label)

        self.accept_button = QPushButton(StatusSuggestionBar)
        self.accept_button.setObjectName(u"accept_button")

        self.bar_layout.addWidget(self.accept_button)

        self.decline_button = QPushButton(StatusSuggestionBar)
        self.decline_button.setObjectName(u"decline_button")

        self.bar_layout.addWidget(self.decline_button)


        self.retranslateUi(StatusSuggestionBar)

        QMetaObject.connectSlotsByName(StatusSuggestionBar)
    # setupUi

    def retranslateUi(self, StatusSuggestionBar):
#if QT_CONFIG(accessibility)
        StatusSuggestionBar.setAccessibleName(QCoreApplication.translate("StatusSuggestionBar", u"F\u00f6rslag om workshoppens status", None))
#endif // QT_CONFIG(accessibility)
        self.accept_button.setText(QCoreApplication.translate("StatusSuggestionBar", u"Markera som p\u00e5g\u00e5ende", None))
        self.decline_button.setText(QCoreApplication.translate("StatusSuggestionBar", u"Nej tack", None))
#if QT_CONFIG(tooltip)
        self.decline_button.setToolTip(QCoreApplication.translate("StatusSuggestionBar", u"Du f\u00e5r inte fr\u00e5gan igen f\u00f6r den h\u00e4r workshoppen. Status \u00e4ndrar du alltid under F\u00f6rberedelser.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

