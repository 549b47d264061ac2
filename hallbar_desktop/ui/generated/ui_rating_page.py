# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QLabel, QListWidget, QPushButton, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_RatingPage(object):
    def setupUi(self, RatingPage):
        if not RatingPage.objectName():
            RatingPage.setObjectName(u"RatingPage")
        RatingPage.resize(1000, 640)
        self.page_layout = QVBoxLayout(RatingPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_label = QLabel(RatingPage)
        self.heading_label.setObjectName(u"heading_label")

        self.page_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(RatingPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.entry_tabs = QTabWidget(RatingPage)
        self.entry_tabs.setObjectName(u"entry_tabs")
        self.per_participant_tab = QWidget()
        self.per_participant_tab.setObjectName(u"per_participant_tab")
        self.per_participant_layout = QVBoxLayout(self.per_participant_tab)
        self.per_participant_layout.setObjectName(u"per_participant_layout")
        self.per_participant_layout.setContentsMargins(8, 8, 8, 8)
        self.rating_splitter = QSplitter(self.per_participant_tab)
        self.rating_splitter.setObjectName(u"rating_splitter")
        self.rating_splitter.setOrientation(Qt.Horizontal)
        self.rating_splitter.setChildrenCollapsible(False)
        self.participants_panel = QWidget(self.rating_splitter)
        self.participants_panel.setObjectName(u"participants_panel")
        self.participants_layout = QVBoxLayout(self.participants_panel)
        self.participants_layout.setSpacing(8)
        self.participants_layout.setObjectName(u"participants_layout")
        self.participants_layout.setContentsMargins(0, 0, 8, 0)
        self.participants_label = QLabel(self.participants_panel)
        self.participants_label.setObjectName(u"participants_label")

        self.participants_layout.addWidget(self.participants_label)

        self.participant_list = QListWidget(self.participants_panel)
        self.participant_list.setObjectName(u"participant_list")
        self.participant_list.setSpacing(3)
        self.participant_list.setMinimumSize(QSize(170, 0))

        self.participants_layout.addWidget(self.participant_list)

        self.done_label = QLabel(self.participants_panel)
        self.done_label.setObjectName(u"done_label")

        self.participants_layout.addWidget(self.done_label)

        self.add_participant_button = QPushButton(self.participants_panel)
        self.add_participant_button.setObjectName(u"add_participant_button")

        self.participants_layout.addWidget(self.add_participant_button)

        self.rating_splitter.addWidget(self.participants_panel)
        self.answers_panel = QWidget(self.rating_splitter)
        self.answers_panel.setObjectName(u"answers_panel")
        self.answers_layout = QVBoxLayout(self.answers_panel)
        self.answers_layout.setSpacing(8)
        self.answers_layout.setObjectName(u"answers_layout")
        self.answers_layout.setContentsMargins(8, 0, 0, 0)
        self.empty_label = QLabel(self.answers_panel)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignCenter)

        self.answers_layout.addWidget(self.empty_label)

        self.rating_splitter.addWidget(self.answers_panel)

        self.per_participant_layout.addWidget(self.rating_splitter)

        self.entry_tabs.addTab(self.per_participant_tab, "")
        self.hand_count_tab = QWidget()
        self.hand_count_tab.setObjectName(u"hand_count_tab")
        self.hand_count_layout = QVBoxLayout(self.hand_count_tab)
        self.hand_count_layout.setSpacing(8)
        self.hand_count_layout.setObjectName(u"hand_count_layout")
        self.hand_count_layout.setContentsMargins(8, 8, 8, 8)
        self.tally_intro_label = QLabel(self.hand_count_tab)
        self.tally_intro_label.setObjectName(u"tally_intro_label")
        self.tally_intro_label.setWordWrap(True)

        self.hand_count_layout.addWidget(self.tally_intro_label)

        self.tally_label = QLabel(self.hand_count_tab)
        self.tally_label.setObjectName(u"tally_label")

        self.hand_count_layout.addWidget(self.tally_label)

        self.tally_view = QTableView(self.hand_count_tab)
        self.tally_view.setObjectName(u"tally_view")
        self.tally_view.setAlternatingRowColors(True)
        self.tally_view.setWordWrap(True)

        self.hand_count_layout.addWidget(self.tally_view)

        self.tally_problem_label = QLabel(self.hand_count_tab)
        self.tally_problem_label.setObjectName(u"tally_problem_label")
        self.tally_problem_label.setWordWrap(True)

        self.hand_count_layout.addWidget(self.tally_problem_label)

        self.tally_total_label = QLabel(self.hand_count_tab)
        self.tally_total_label.setObjectName(u"tally_total_label")

        self.hand_count_layout.addWidget(self.tally_total_label)

        self.entry_tabs.addTab(self.hand_count_tab, "")

        self.page_layout.addWidget(self.entry_tabs)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.participants_label.setBuddy(self.participant_list)
        self.tally_label.setBuddy(self.tally_view)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RatingPage)

        QMetaObject.connectSlotsByName(RatingPage)
    # setupUi

    def retranslateUi(self, RatingPage):
        self.heading_label.setText(QCoreApplication.translate("RatingPage", u"Individuell skattning", None))
        self.intro_label.setText(QCoreApplication.translate("RatingPage", u"Skriv in varje deltagares svar. Svaren visas inte f\u00f6r gruppen f\u00f6rr\u00e4n ni g\u00e5r vidare till resultaten.", None))
#if QT_CONFIG(accessibility)
        self.entry_tabs.setAccessibleName(QCoreApplication.translate("RatingPage", u"S\u00e4tt att f\u00f6ra in svaren", None))
#endif // QT_CONFIG(accessibility)
        self.participants_label.setText(QCoreApplication.translate("RatingPage", u"&Deltagare", None))
#if QT_CONFIG(accessibility)
        self.participant_list.setAccessibleDescription(QCoreApplication.translate("RatingPage", u"V\u00e4lj den deltagare vars svar du skriver in. Enter g\u00e5r till p\u00e5st\u00e5endena.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participant_list.setAccessibleName(QCoreApplication.translate("RatingPage", u"Deltagare", None))
#endif // QT_CONFIG(accessibility)
        self.done_label.setText(QCoreApplication.translate("RatingPage", u"0 av 0 klara", None))
        self.add_participant_button.setText(QCoreApplication.translate("RatingPage", u"L\u00e4&gg till deltagare", None))
#if QT_CONFIG(tooltip)
        self.add_participant_button.setToolTip(QCoreApplication.translate("RatingPage", u"Om n\u00e5gon kommer sent eller saknades i listan (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText(QCoreApplication.translate("RatingPage", u"Inga deltagare \u00e4nnu. L\u00e4gg till den f\u00f6rsta med Ctrl+Enter eller knappen L\u00e4gg till deltagare.", None))
        self.entry_tabs.setTabText(self.entry_tabs.indexOf(self.per_participant_tab), QCoreApplication.translate("RatingPage", u"Per deltagare", None))
        self.tally_intro_label.setText(QCoreApplication.translate("RatingPage", u"L\u00e4s upp ett p\u00e5st\u00e5ende i taget och r\u00e4kna h\u00e4nderna f\u00f6r varje v\u00e4rde. Skriv antalet i rutan, till exempel 3 under 4 om tre svarade 4. Tab g\u00e5r till n\u00e4sta ruta.", None))
        self.tally_label.setText(QCoreApplication.translate("RatingPage", u"&Antal svar per p\u00e5st\u00e5ende och v\u00e4rde", None))
#if QT_CONFIG(accessibility)
        self.tally_view.setAccessibleName(QCoreApplication.translate("RatingPage", u"Handuppr\u00e4ckning per p\u00e5st\u00e5ende", None))
#endif // QT_CONFIG(accessibility)
        self.entry_tabs.setTabText(self.entry_tabs.indexOf(self.hand_count_tab), QCoreApplication.translate("RatingPage", u"Handuppr\u00e4ckning", None))
        pass
    # retranslateUi

