# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_view.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSplitter, QStackedWidget, QTextBrowser, QVBoxLayout)

class Ui_WorkshopView(object):
    def setupUi(self, WorkshopView):
        if not WorkshopView.objectName():
            WorkshopView.setObjectName(u"WorkshopView")
        WorkshopView.resize(1280, 720)
        self.workshop_layout = QVBoxLayout(WorkshopView)
        self.workshop_layout.setSpacing(8)
        self.workshop_layout.setObjectName(u"workshop_layout")
        self.workshop_layout.setContentsMargins(8, 8, 8, 8)
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.workshop_title_label = QLabel(WorkshopView)
        self.workshop_title_label.setObjectName(u"workshop_title_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.workshop_title_label.sizePolicy().hasHeightForWidth())
        self.workshop_title_label.setSizePolicy(sizePolicy)

        self.header_row.addWidget(self.workshop_title_label)

        self.input_mode_button = QPushButton(WorkshopView)
        self.input_mode_button.setObjectName(u"input_mode_button")

        self.header_row.addWidget(self.input_mode_button)

        self.phone_answers_button = QPushButton(WorkshopView)
        self.phone_answers_button.setObjectName(u"phone_answers_button")

        self.header_row.addWidget(self.phone_answers_button)

        self.participant_view_button = QPushButton(WorkshopView)
        self.participant_view_button.setObjectName(u"participant_view_button")
        self.participant_view_button.setCheckable(True)

        self.header_row.addWidget(self.participant_view_button)


        self.workshop_layout.addLayout(self.header_row)

        self.main_splitter = QSplitter(WorkshopView)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.step_list = QListWidget(self.main_splitter)
        self.step_list.setObjectName(u"step_list")
        self.main_splitter.addWidget(self.step_list)
        self.page_stack = QStackedWidget(self.main_splitter)
        self.page_stack.setObjectName(u"page_stack")
        self.main_splitter.addWidget(self.page_stack)
        self.guidance_browser = QTextBrowser(self.main_splitter)
        self.guidance_browser.setObjectName(u"guidance_browser")
        self.guidance_browser.setOpenExternalLinks(False)
        self.main_splitter.addWidget(self.guidance_browser)

        self.workshop_layout.addWidget(self.main_splitter)

        self.footer_row = QHBoxLayout()
        self.footer_row.setObjectName(u"footer_row")
        self.step_note_label = QLabel(WorkshopView)
        self.step_note_label.setObjectName(u"step_note_label")
        sizePolicy.setHeightForWidth(self.step_note_label.sizePolicy().hasHeightForWidth())
        self.step_note_label.setSizePolicy(sizePolicy)
        self.step_note_label.setWordWrap(True)

        self.footer_row.addWidget(self.step_note_label)

        self.previous_button = QPushButton(WorkshopView)
        self.previous_button.setObjectName(u"previous_button")

        self.footer_row.addWidget(self.previous_button)

        self.next_button = QPushButton(WorkshopView)
        self.next_button.setObjectName(u"next_button")

        self.footer_row.addWidget(self.next_button)


        self.workshop_layout.addLayout(self.footer_row)


        self.retranslateUi(WorkshopView)

        QMetaObject.connectSlotsByName(WorkshopView)
    # setupUi

    def retranslateUi(self, WorkshopView):
        self.input_mode_button.setText(QCoreApplication.translate("WorkshopView", u"Inmatningsl\u00e4ge (F6)", None))
#if QT_CONFIG(tooltip)
        self.input_mode_button.setToolTip(QCoreApplication.translate("WorkshopView", u"Deltagarna turas om vid datorn och svarar utan att se varandras svar", None))
#endif // QT_CONFIG(tooltip)
        self.phone_answers_button.setText(QCoreApplication.translate("WorkshopView", u"Mobiler (F7)", None))
#if QT_CONFIG(tooltip)
        self.phone_answers_button.setToolTip(QCoreApplication.translate("WorkshopView", u"L\u00e5t deltagarna svara i mobilen, via rummets n\u00e4tverk utan internet", None))
#endif // QT_CONFIG(tooltip)
        self.participant_view_button.setText(QCoreApplication.translate("WorkshopView", u"Deltagarvy (F5)", None))
#if QT_CONFIG(tooltip)
        self.participant_view_button.setToolTip(QCoreApplication.translate("WorkshopView", u"\u00d6ppna eller st\u00e4ng deltagarvyn: stegets fr\u00e5ga, timern och det du visar, i stor text f\u00f6r projektorn", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.step_list.setAccessibleDescription(QCoreApplication.translate("WorkshopView", u"Workshoppens steg i ordning, med \u2713 f\u00f6r klart, \u25cf f\u00f6r p\u00e5g\u00e5r och \u25cb f\u00f6r inte p\u00e5b\u00f6rjat. Piltangenterna byter steg och Tab g\u00e5r till stegets sida.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.step_list.setAccessibleName(QCoreApplication.translate("WorkshopView", u"Steg", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.guidance_browser.setAccessibleName(QCoreApplication.translate("WorkshopView", u"Handledning", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("WorkshopView", u"\u25c2 F\u00f6reg\u00e5ende steg", None))
        self.next_button.setText(QCoreApplication.translate("WorkshopView", u"N\u00e4sta steg \u25b8", None))
        pass
    # retranslateUi

