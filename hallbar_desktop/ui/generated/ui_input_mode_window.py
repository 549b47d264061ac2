# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'input_mode_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_InputModeWindow(object):
    def setupUi(self, InputModeWindow):
        if not InputModeWindow.objectName():
            InputModeWindow.setObjectName(u"InputModeWindow")
        InputModeWindow.resize(1366, 768)
        self.window_layout = QVBoxLayout(InputModeWindow)
        self.window_layout.setSpacing(0)
        self.window_layout.setObjectName(u"window_layout")
        self.window_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.window_layout.setContentsMargins(0, 0, 0, 0)
        self.screen_stack = QStackedWidget(InputModeWindow)
        self.screen_stack.setObjectName(u"screen_stack")
        self.alias_page = QWidget()
        self.alias_page.setObjectName(u"alias_page")
        self.alias_layout = QVBoxLayout(self.alias_page)
        self.alias_layout.setSpacing(16)
        self.alias_layout.setObjectName(u"alias_layout")
        self.alias_layout.setContentsMargins(32, 24, 32, 24)
        self.alias_heading_label = QLabel(self.alias_page)
        self.alias_heading_label.setObjectName(u"alias_heading_label")
        self.alias_heading_label.setProperty(u"role", u"heading")

        self.alias_layout.addWidget(self.alias_heading_label)

        self.alias_hint_label = QLabel(self.alias_page)
        self.alias_hint_label.setObjectName(u"alias_hint_label")
        self.alias_hint_label.setWordWrap(True)
        self.alias_hint_label.setProperty(u"role", u"hint")

        self.alias_layout.addWidget(self.alias_hint_label)

        self.alias_scroll = QScrollArea(self.alias_page)
        self.alias_scroll.setObjectName(u"alias_scroll")
        self.alias_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.alias_scroll.setWidgetResizable(True)
        self.alias_grid_holder = QWidget()
        self.alias_grid_holder.setObjectName(u"alias_grid_holder")
        self.alias_grid_layout = QVBoxLayout(self.alias_grid_holder)
        self.alias_grid_layout.setObjectName(u"alias_grid_layout")
        self.alias_grid_layout.setContentsMargins(0, 0, 0, 0)
        self.alias_scroll.setWidget(self.alias_grid_holder)

        self.alias_layout.addWidget(self.alias_scroll)

        self.alias_footer = QHBoxLayout()
        self.alias_footer.setObjectName(u"alias_footer")
        self.alias_count_label = QLabel(self.alias_page)
        self.alias_count_label.setObjectName(u"alias_count_label")
        self.alias_count_label.setProperty(u"role", u"hint")

        self.alias_footer.addWidget(self.alias_count_label)

        self.alias_footer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.alias_footer.addItem(self.alias_footer_spacer)

        self.new_participant_button = QPushButton(self.alias_page)
        self.new_participant_button.setObjectName(u"new_participant_button")

        self.alias_footer.addWidget(self.new_participant_button)


        self.alias_layout.addLayout(self.alias_footer)

        self.screen_stack.addWidget(self.alias_page)
        self.turn_page = QWidget()
        self.turn_page.setObjectName(u"turn_page")
        self.turn_layout = QVBoxLayout(self.turn_page)
        self.turn_layout.setSpacing(0)
        self.turn_layout.setObjectName(u"turn_layout")
        self.turn_layout.setContentsMargins(32, 24, 32, 24)
        self.screen_stack.addWidget(self.turn_page)
        self.handover_page = QWidget()
        self.handover_page.setObjectName(u"handover_page")
        self.handover_layout = QVBoxLayout(self.handover_page)
        self.handover_layout.setSpacing(24)
        self.handover_layout.setObjectName(u"handover_layout")
        self.handover_layout.setContentsMargins(32, 32, 32, 32)
        self.handover_top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handover_layout.addItem(self.handover_top_spacer)

        self.done_count_label = QLabel(self.handover_page)
        self.done_count_label.setObjectName(u"done_count_label")
        self.done_count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_count_label.setProperty(u"role", u"count")

        self.handover_layout.addWidget(self.done_count_label)

        self.handover_label = QLabel(self.handover_page)
        self.handover_label.setObjectName(u"handover_label")
        self.handover_label.setWordWrap(True)
        self.handover_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handover_label.setProperty(u"role", u"hint")

        self.handover_layout.addWidget(self.handover_label)

        self.handover_button_row = QHBoxLayout()
        self.handover_button_row.setObjectName(u"handover_button_row")
        self.handover_left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handover_button_row.addItem(self.handover_left_spacer)

        self.next_participant_button = QPushButton(self.handover_page)
        self.next_participant_button.setObjectName(u"next_participant_button")
        self.next_participant_button.setProperty(u"role", u"primary")

        self.handover_button_row.addWidget(self.next_participant_button)

        self.handover_right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handover_button_row.addItem(self.handover_right_spacer)


        self.handover_layout.addLayout(self.handover_button_row)

        self.handover_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handover_layout.addItem(self.handover_bottom_spacer)

        self.screen_stack.addWidget(self.handover_page)

        self.window_layout.addWidget(self.screen_stack)


        self.retranslateUi(InputModeWindow)

        QMetaObject.connectSlotsByName(InputModeWindow)
    # setupUi

    def retranslateUi(self, InputModeWindow):
        InputModeWindow.setWindowTitle(QCoreApplication.translate("InputModeWindow", u"Inmatningsl\u00e4ge", None))
        self.alias_heading_label.setText(QCoreApplication.translate("InputModeWindow", u"Vem \u00e4r du?", None))
#if QT_CONFIG(accessibility)
        self.alias_scroll.setAccessibleName(QCoreApplication.translate("InputModeWindow", u"Deltagare att v\u00e4lja mellan", None))
#endif // QT_CONFIG(accessibility)
        self.new_participant_button.setText(QCoreApplication.translate("InputModeWindow", u"Ny anonym deltagare", None))
#if QT_CONFIG(tooltip)
        self.new_participant_button.setToolTip(QCoreApplication.translate("InputModeWindow", u"F\u00f6r dig som inte finns i listan: du f\u00e5r ett eget alias", None))
#endif // QT_CONFIG(tooltip)
        self.next_participant_button.setText(QCoreApplication.translate("InputModeWindow", u"N\u00e4sta deltagare", None))
    # retranslateUi

