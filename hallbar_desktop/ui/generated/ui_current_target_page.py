# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'current_target_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QLabel, QVBoxLayout)

from hallbar_desktop.ui.widgets.committing_text_edit import CommittingTextEdit

class Ui_CurrentTargetPage(object):
    def setupUi(self, CurrentTargetPage):
        if not CurrentTargetPage.objectName():
            CurrentTargetPage.setObjectName(u"CurrentTargetPage")
        CurrentTargetPage.resize(760, 600)
        self.page_layout = QVBoxLayout(CurrentTargetPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_label = QLabel(CurrentTargetPage)
        self.heading_label.setObjectName(u"heading_label")

        self.page_layout.addWidget(self.heading_label)

        self.change_label = QLabel(CurrentTargetPage)
        self.change_label.setObjectName(u"change_label")

        self.page_layout.addWidget(self.change_label)

        self.change_edit = CommittingTextEdit(CurrentTargetPage)
        self.change_edit.setObjectName(u"change_edit")
        self.change_edit.setMaximumSize(QSize(16777215, 80))

        self.page_layout.addWidget(self.change_edit)

        self.current_label = QLabel(CurrentTargetPage)
        self.current_label.setObjectName(u"current_label")

        self.page_layout.addWidget(self.current_label)

        self.current_edit = CommittingTextEdit(CurrentTargetPage)
        self.current_edit.setObjectName(u"current_edit")

        self.page_layout.addWidget(self.current_edit)

        self.target_label = QLabel(CurrentTargetPage)
        self.target_label.setObjectName(u"target_label")

        self.page_layout.addWidget(self.target_label)

        self.target_edit = CommittingTextEdit(CurrentTargetPage)
        self.target_edit.setObjectName(u"target_edit")

        self.page_layout.addWidget(self.target_edit)

        self.problem_label = QLabel(CurrentTargetPage)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.page_layout.addWidget(self.problem_label)

#if QT_CONFIG(shortcut)
        self.change_label.setBuddy(self.change_edit)
        self.current_label.setBuddy(self.current_edit)
        self.target_label.setBuddy(self.target_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CurrentTargetPage)

        QMetaObject.connectSlotsByName(CurrentTargetPage)
    # setupUi

    def retranslateUi(self, CurrentTargetPage):
        self.heading_label.setText(QCoreApplication.translate("CurrentTargetPage", u"Nul\u00e4ge och m\u00e5lbild", None))
        self.change_label.setText(QCoreApplication.translate("CurrentTargetPage", u"&F\u00f6r\u00e4ndringen i fokus", None))
#if QT_CONFIG(accessibility)
        self.change_edit.setAccessibleName(QCoreApplication.translate("CurrentTargetPage", u"F\u00f6r\u00e4ndringen i fokus", None))
#endif // QT_CONFIG(accessibility)
        self.change_edit.setPlaceholderText(QCoreApplication.translate("CurrentTargetPage", u"Vilken f\u00f6r\u00e4ndring handlar workshoppen om, i en eller tv\u00e5 meningar?", None))
        self.current_label.setText(QCoreApplication.translate("CurrentTargetPage", u"&Nul\u00e4ge \u2013 var st\u00e5r vi i dag?", None))
#if QT_CONFIG(accessibility)
        self.current_edit.setAccessibleName(QCoreApplication.translate("CurrentTargetPage", u"Nul\u00e4ge", None))
#endif // QT_CONFIG(accessibility)
        self.current_edit.setPlaceholderText(QCoreApplication.translate("CurrentTargetPage", u"Hur arbetar vi i dag? Vad fungerar, och vad saknas?", None))
        self.target_label.setText(QCoreApplication.translate("CurrentTargetPage", u"&M\u00e5lbild \u2013 var vill vi vara om ett till tre \u00e5r?", None))
#if QT_CONFIG(accessibility)
        self.target_edit.setAccessibleName(QCoreApplication.translate("CurrentTargetPage", u"M\u00e5lbild", None))
#endif // QT_CONFIG(accessibility)
        self.target_edit.setPlaceholderText(QCoreApplication.translate("CurrentTargetPage", u"Hur ser det ut n\u00e4r f\u00f6r\u00e4ndringen \u00e4r en del av det ordinarie arbetet?", None))
        pass
    # retranslateUi

