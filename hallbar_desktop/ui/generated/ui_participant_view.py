# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_view.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLayout, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ParticipantView(object):
    def setupUi(self, ParticipantView):
        if not ParticipantView.objectName():
            ParticipantView.setObjectName(u"ParticipantView")
        ParticipantView.resize(1920, 1080)
        self.view_layout = QVBoxLayout(ParticipantView)
        self.view_layout.setSpacing(0)
        self.view_layout.setObjectName(u"view_layout")
        self.view_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.view_layout.setContentsMargins(0, 0, 0, 0)
        self.screen_stack = QStackedWidget(ParticipantView)
        self.screen_stack.setObjectName(u"screen_stack")
        self.step_screen = QWidget()
        self.step_screen.setObjectName(u"step_screen")
        self.step_layout = QVBoxLayout(self.step_screen)
        self.step_layout.setSpacing(16)
        self.step_layout.setObjectName(u"step_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setSpacing(32)
        self.top_row.setObjectName(u"top_row")
        self.heading_column = QVBoxLayout()
        self.heading_column.setSpacing(8)
        self.heading_column.setObjectName(u"heading_column")
        self.step_title_label = QLabel(self.step_screen)
        self.step_title_label.setObjectName(u"step_title_label")
        self.step_title_label.setWordWrap(True)

        self.heading_column.addWidget(self.step_title_label)

        self.prompt_label = QLabel(self.step_screen)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.heading_column.addWidget(self.prompt_label)


        self.top_row.addLayout(self.heading_column)

        self.timer_label = QLabel(self.step_screen)
        self.timer_label.setObjectName(u"timer_label")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.top_row.addWidget(self.timer_label)

        self.top_row.setStretch(0, 1)

        self.step_layout.addLayout(self.top_row)

        self.body_area = QWidget(self.step_screen)
        self.body_area.setObjectName(u"body_area")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.body_area.sizePolicy().hasHeightForWidth())
        self.body_area.setSizePolicy(sizePolicy)
        self.body_layout = QVBoxLayout(self.body_area)
        self.body_layout.setSpacing(0)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(0, 0, 0, 0)

        self.step_layout.addWidget(self.body_area)

        self.workshop_title_label = QLabel(self.step_screen)
        self.workshop_title_label.setObjectName(u"workshop_title_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.workshop_title_label.sizePolicy().hasHeightForWidth())
        self.workshop_title_label.setSizePolicy(sizePolicy1)

        self.step_layout.addWidget(self.workshop_title_label)

        self.screen_stack.addWidget(self.step_screen)
        self.pause_screen = QWidget()
        self.pause_screen.setObjectName(u"pause_screen")
        self.pause_layout = QVBoxLayout(self.pause_screen)
        self.pause_layout.setSpacing(24)
        self.pause_layout.setObjectName(u"pause_layout")
        self.pause_top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pause_layout.addItem(self.pause_top_spacer)

        self.pause_title_label = QLabel(self.pause_screen)
        self.pause_title_label.setObjectName(u"pause_title_label")
        self.pause_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pause_layout.addWidget(self.pause_title_label)

        self.pause_text_label = QLabel(self.pause_screen)
        self.pause_text_label.setObjectName(u"pause_text_label")
        self.pause_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_text_label.setWordWrap(True)

        self.pause_layout.addWidget(self.pause_text_label)

        self.pause_timer_label = QLabel(self.pause_screen)
        self.pause_timer_label.setObjectName(u"pause_timer_label")
        self.pause_timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pause_layout.addWidget(self.pause_timer_label)

        self.pause_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pause_layout.addItem(self.pause_bottom_spacer)

        self.screen_stack.addWidget(self.pause_screen)
        self.blank_screen = QWidget()
        self.blank_screen.setObjectName(u"blank_screen")
        self.screen_stack.addWidget(self.blank_screen)

        self.view_layout.addWidget(self.screen_stack)


        self.retranslateUi(ParticipantView)

        QMetaObject.connectSlotsByName(ParticipantView)
    # setupUi

    def retranslateUi(self, ParticipantView):
        ParticipantView.setWindowTitle(QCoreApplication.translate("ParticipantView", u"Deltagarvy", None))
#if QT_CONFIG(accessibility)
        ParticipantView.setAccessibleName(QCoreApplication.translate("ParticipantView", u"Deltagarvy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timer_label.setAccessibleName(QCoreApplication.translate("ParticipantView", u"Tid kvar", None))
#endif // QT_CONFIG(accessibility)
        self.pause_title_label.setText(QCoreApplication.translate("ParticipantView", u"Paus", None))
        self.pause_text_label.setText(QCoreApplication.translate("ParticipantView", u"Vi forts\u00e4tter strax.", None))
#if QT_CONFIG(accessibility)
        self.pause_timer_label.setAccessibleName(QCoreApplication.translate("ParticipantView", u"Tid kvar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.blank_screen.setAccessibleName(QCoreApplication.translate("ParticipantView", u"Sl\u00e4ckt sk\u00e4rm", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

