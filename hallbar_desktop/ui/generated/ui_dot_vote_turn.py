# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dot_vote_turn.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DotVoteTurn(object):
    def setupUi(self, DotVoteTurn):
        if not DotVoteTurn.objectName():
            DotVoteTurn.setObjectName(u"DotVoteTurn")
        DotVoteTurn.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.turn_layout = QVBoxLayout(DotVoteTurn)
        self.turn_layout.setSpacing(16)
        self.turn_layout.setObjectName(u"turn_layout")
        self.turn_layout.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.heading_label = QLabel(DotVoteTurn)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading_label.setWordWrap(True)
        self.heading_label.setProperty(u"role", u"heading")

        self.top_row.addWidget(self.heading_label)

        self.remaining_label = QLabel(DotVoteTurn)
        self.remaining_label.setObjectName(u"remaining_label")
        self.remaining_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remaining_label.setProperty(u"role", u"heading")

        self.top_row.addWidget(self.remaining_label, 0, Qt.AlignmentFlag.AlignTop)

        self.top_row.setStretch(0, 1)

        self.turn_layout.addLayout(self.top_row)

        self.hint_label = QLabel(DotVoteTurn)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty(u"role", u"hint")

        self.turn_layout.addWidget(self.hint_label)

        self.target_scroll = QScrollArea(DotVoteTurn)
        self.target_scroll.setObjectName(u"target_scroll")
        self.target_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.target_scroll.setWidgetResizable(True)
        self.target_holder = QWidget()
        self.target_holder.setObjectName(u"target_holder")
        self.target_rows = QGridLayout(self.target_holder)
        self.target_rows.setObjectName(u"target_rows")
        self.target_rows.setHorizontalSpacing(12)
        self.target_rows.setVerticalSpacing(10)
        self.target_rows.setContentsMargins(0, 0, 12, 0)
        self.target_rows.setColumnStretch(0, 1)
        self.target_scroll.setWidget(self.target_holder)

        self.turn_layout.addWidget(self.target_scroll)

        self.footer_row = QHBoxLayout()
        self.footer_row.setObjectName(u"footer_row")
        self.problem_label = QLabel(DotVoteTurn)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setVisible(False)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty(u"role", u"hint")

        self.footer_row.addWidget(self.problem_label)

        self.footer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer_row.addItem(self.footer_spacer)

        self.done_button = QPushButton(DotVoteTurn)
        self.done_button.setObjectName(u"done_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.done_button.sizePolicy().hasHeightForWidth())
        self.done_button.setSizePolicy(sizePolicy)
        self.done_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.done_button.setAutoDefault(False)
        self.done_button.setProperty(u"role", u"primary")

        self.footer_row.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)

        self.footer_row.setStretch(0, 1)

        self.turn_layout.addLayout(self.footer_row)

        self.turn_layout.setStretch(2, 1)

        self.retranslateUi(DotVoteTurn)

        QMetaObject.connectSlotsByName(DotVoteTurn)
    # setupUi

    def retranslateUi(self, DotVoteTurn):
        self.done_button.setText(QCoreApplication.translate("DotVoteTurn", u"Klar \u2013 l\u00e4mna \u00f6ver", None))
        pass
    # retranslateUi

