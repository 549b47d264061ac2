# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout, QWidget)

class Ui_FollowUpPage(object):
    def setupUi(self, FollowUpPage):
        if not FollowUpPage.objectName():
            FollowUpPage.setObjectName(u"FollowUpPage")
        FollowUpPage.resize(1200, 720)
        self.page_layout = QVBoxLayout(FollowUpPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_label = QLabel(FollowUpPage)
        self.heading_label.setObjectName(u"heading_label")

        self.page_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(FollowUpPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.earlier_layout = QHBoxLayout()
        self.earlier_layout.setSpacing(8)
        self.earlier_layout.setObjectName(u"earlier_layout")
        self.earlier_label = QLabel(FollowUpPage)
        self.earlier_label.setObjectName(u"earlier_label")

        self.earlier_layout.addWidget(self.earlier_label)

        self.earlier_combo = QComboBox(FollowUpPage)
        self.earlier_combo.setObjectName(u"earlier_combo")
        self.earlier_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.earlier_layout.addWidget(self.earlier_combo)

        self.earlier_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.earlier_layout.addItem(self.earlier_spacer)


        self.page_layout.addLayout(self.earlier_layout)

        self.variant_note_label = QLabel(FollowUpPage)
        self.variant_note_label.setObjectName(u"variant_note_label")
        self.variant_note_label.setWordWrap(True)

        self.page_layout.addWidget(self.variant_note_label)

        self.completion_label = QLabel(FollowUpPage)
        self.completion_label.setObjectName(u"completion_label")
        self.completion_label.setWordWrap(True)

        self.page_layout.addWidget(self.completion_label)

        self.content_splitter = QSplitter(FollowUpPage)
        self.content_splitter.setObjectName(u"content_splitter")
        self.content_splitter.setOrientation(Qt.Orientation.Vertical)
        self.content_splitter.setChildrenCollapsible(False)
        self.actions_panel = QWidget(self.content_splitter)
        self.actions_panel.setObjectName(u"actions_panel")
        self.actions_panel_layout = QVBoxLayout(self.actions_panel)
        self.actions_panel_layout.setObjectName(u"actions_panel_layout")
        self.actions_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_heading_label = QLabel(self.actions_panel)
        self.actions_heading_label.setObjectName(u"actions_heading_label")

        self.actions_panel_layout.addWidget(self.actions_heading_label)

        self.actions_scroll = QScrollArea(self.actions_panel)
        self.actions_scroll.setObjectName(u"actions_scroll")
        self.actions_scroll.setWidgetResizable(True)
        self.actions_container = QWidget()
        self.actions_container.setObjectName(u"actions_container")
        self.actions_grid = QGridLayout(self.actions_container)
        self.actions_grid.setObjectName(u"actions_grid")
        self.actions_grid.setHorizontalSpacing(12)
        self.actions_grid.setVerticalSpacing(6)
        self.actions_scroll.setWidget(self.actions_container)

        self.actions_panel_layout.addWidget(self.actions_scroll)

        self.actions_panel_layout.setStretch(1, 1)
        self.content_splitter.addWidget(self.actions_panel)
        self.dependencies_panel = QWidget(self.content_splitter)
        self.dependencies_panel.setObjectName(u"dependencies_panel")
        self.dependencies_panel_layout = QVBoxLayout(self.dependencies_panel)
        self.dependencies_panel_layout.setObjectName(u"dependencies_panel_layout")
        self.dependencies_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.dependencies_heading_label = QLabel(self.dependencies_panel)
        self.dependencies_heading_label.setObjectName(u"dependencies_heading_label")

        self.dependencies_panel_layout.addWidget(self.dependencies_heading_label)

        self.dependencies_scroll = QScrollArea(self.dependencies_panel)
        self.dependencies_scroll.setObjectName(u"dependencies_scroll")
        self.dependencies_scroll.setWidgetResizable(True)
        self.dependencies_container = QWidget()
        self.dependencies_container.setObjectName(u"dependencies_container")
        self.dependencies_grid = QGridLayout(self.dependencies_container)
        self.dependencies_grid.setObjectName(u"dependencies_grid")
        self.dependencies_grid.setHorizontalSpacing(12)
        self.dependencies_grid.setVerticalSpacing(6)
        self.dependencies_scroll.setWidget(self.dependencies_container)

        self.dependencies_panel_layout.addWidget(self.dependencies_scroll)

        self.dependencies_panel_layout.setStretch(1, 1)
        self.content_splitter.addWidget(self.dependencies_panel)

        self.page_layout.addWidget(self.content_splitter)

        self.nothing_chosen_label = QLabel(FollowUpPage)
        self.nothing_chosen_label.setObjectName(u"nothing_chosen_label")
        self.nothing_chosen_label.setWordWrap(True)

        self.page_layout.addWidget(self.nothing_chosen_label)

        self.problem_label = QLabel(FollowUpPage)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.page_layout.addWidget(self.problem_label)

        self.page_layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.earlier_label.setBuddy(self.earlier_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpPage)

        QMetaObject.connectSlotsByName(FollowUpPage)
    # setupUi

    def retranslateUi(self, FollowUpPage):
        self.heading_label.setText(QCoreApplication.translate("FollowUpPage", u"Uppf\u00f6ljning", None))
        self.intro_label.setText(QCoreApplication.translate("FollowUpPage", u"G\u00e5 igenom \u00e5tg\u00e4rderna och beroendena fr\u00e5n den tidigare workshoppen: vad \u00e4r klart och vad kvarst\u00e5r? Det du \u00e4ndrar h\u00e4r sparas direkt i den tidigare workshoppen och kan \u00e5ngras.", None))
        self.earlier_label.setText(QCoreApplication.translate("FollowUpPage", u"&Workshop som f\u00f6ljs upp", None))
#if QT_CONFIG(accessibility)
        self.earlier_combo.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Workshop som f\u00f6ljs upp", None))
#endif // QT_CONFIG(accessibility)
        self.actions_heading_label.setText(QCoreApplication.translate("FollowUpPage", u"\u00c5tg\u00e4rder fr\u00e5n den tidigare workshoppen", None))
#if QT_CONFIG(accessibility)
        self.actions_scroll.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"\u00c5tg\u00e4rder fr\u00e5n den tidigare workshoppen", None))
#endif // QT_CONFIG(accessibility)
        self.dependencies_heading_label.setText(QCoreApplication.translate("FollowUpPage", u"Beroenden fr\u00e5n den tidigare workshoppen", None))
#if QT_CONFIG(accessibility)
        self.dependencies_scroll.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Beroenden fr\u00e5n den tidigare workshoppen", None))
#endif // QT_CONFIG(accessibility)
        self.nothing_chosen_label.setText(QCoreApplication.translate("FollowUpPage", u"V\u00e4lj workshoppen som f\u00f6ljs upp, s\u00e5 visas dess \u00e5tg\u00e4rder och beroenden h\u00e4r.", None))
        pass
    # retranslateUi

