# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_turn.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RatingTurn(object):
    def setupUi(self, RatingTurn):
        if not RatingTurn.objectName():
            RatingTurn.setObjectName(u"RatingTurn")
        RatingTurn.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.turn_layout = QVBoxLayout(RatingTurn)
        self.turn_layout.setSpacing(16)
        self.turn_layout.setObjectName(u"turn_layout")
        self.turn_layout.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.who_label = QLabel(RatingTurn)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        self.who_label.setProperty(u"role", u"hint")

        self.top_row.addWidget(self.who_label)

        self.progress_label = QLabel(RatingTurn)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setProperty(u"role", u"heading")

        self.top_row.addWidget(self.progress_label)

        self.top_row.setStretch(0, 1)

        self.turn_layout.addLayout(self.top_row)

        self.dimension_label = QLabel(RatingTurn)
        self.dimension_label.setObjectName(u"dimension_label")
        self.dimension_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dimension_label.setWordWrap(True)
        self.dimension_label.setProperty(u"role", u"hint")

        self.turn_layout.addWidget(self.dimension_label)

        self.statement_label = QLabel(RatingTurn)
        self.statement_label.setObjectName(u"statement_label")
        self.statement_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statement_label.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.statement_label.setWordWrap(True)
        self.statement_label.setProperty(u"role", u"statement")

        self.turn_layout.addWidget(self.statement_label)

        self.statement_spacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.turn_layout.addItem(self.statement_spacer)

        self.question_label = QLabel(RatingTurn)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setWordWrap(True)
        self.question_label.setProperty(u"role", u"hint")

        self.turn_layout.addWidget(self.question_label)

        self.answer_grid = QGridLayout()
        self.answer_grid.setSpacing(12)
        self.answer_grid.setObjectName(u"answer_grid")

        self.turn_layout.addLayout(self.answer_grid)

        self.problem_label = QLabel(RatingTurn)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setVisible(False)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty(u"role", u"hint")

        self.turn_layout.addWidget(self.problem_label)

        self.problem_spacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.turn_layout.addItem(self.problem_spacer)

        self.jump_row = QHBoxLayout()
        self.jump_row.setObjectName(u"jump_row")
        self.jump_label = QLabel(RatingTurn)
        self.jump_label.setObjectName(u"jump_label")
        self.jump_label.setTextFormat(Qt.TextFormat.PlainText)
        self.jump_label.setProperty(u"role", u"hint")

        self.jump_row.addWidget(self.jump_label, 0, Qt.AlignmentFlag.AlignTop)

        self.jump_grid = QGridLayout()
        self.jump_grid.setSpacing(6)
        self.jump_grid.setObjectName(u"jump_grid")

        self.jump_row.addLayout(self.jump_grid)

        self.jump_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.jump_row.addItem(self.jump_spacer)

        self.jump_row.setStretch(2, 1)

        self.turn_layout.addLayout(self.jump_row)

        self.footer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.turn_layout.addItem(self.footer_spacer)

        self.footer_row = QHBoxLayout()
        self.footer_row.setSpacing(12)
        self.footer_row.setObjectName(u"footer_row")
        self.previous_button = QPushButton(RatingTurn)
        self.previous_button.setObjectName(u"previous_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.previous_button.sizePolicy().hasHeightForWidth())
        self.previous_button.setSizePolicy(sizePolicy)
        self.previous_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.previous_button.setAutoDefault(False)

        self.footer_row.addWidget(self.previous_button)

        self.next_button = QPushButton(RatingTurn)
        self.next_button.setObjectName(u"next_button")
        sizePolicy.setHeightForWidth(self.next_button.sizePolicy().hasHeightForWidth())
        self.next_button.setSizePolicy(sizePolicy)
        self.next_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.next_button.setAutoDefault(False)

        self.footer_row.addWidget(self.next_button)

        self.footer_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer_row.addItem(self.footer_row_spacer)

        self.answered_label = QLabel(RatingTurn)
        self.answered_label.setObjectName(u"answered_label")
        self.answered_label.setTextFormat(Qt.TextFormat.PlainText)
        self.answered_label.setProperty(u"role", u"hint")

        self.footer_row.addWidget(self.answered_label)

        self.done_button = QPushButton(RatingTurn)
        self.done_button.setObjectName(u"done_button")
        sizePolicy.setHeightForWidth(self.done_button.sizePolicy().hasHeightForWidth())
        self.done_button.setSizePolicy(sizePolicy)
        self.done_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.done_button.setAutoDefault(False)
        self.done_button.setProperty(u"role", u"primary")

        self.footer_row.addWidget(self.done_button)

        self.footer_row.setStretch(2, 1)

        self.turn_layout.addLayout(self.footer_row)

        self.turn_layout.setStretch(9, 1)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.done_button)

        self.retranslateUi(RatingTurn)

        QMetaObject.connectSlotsByName(RatingTurn)
    # setupUi

    def retranslateUi(self, RatingTurn):
        self.question_label.setText(QCoreApplication.translate("RatingTurn", u"I vilken grad st\u00e4mmer det?", None))
        self.jump_label.setText(QCoreApplication.translate("RatingTurn", u"G\u00e5 till p\u00e5st\u00e5ende", None))
        self.previous_button.setText(QCoreApplication.translate("RatingTurn", u"\u25c2 F\u00f6reg\u00e5ende p\u00e5st\u00e5ende", None))
        self.next_button.setText(QCoreApplication.translate("RatingTurn", u"N\u00e4sta p\u00e5st\u00e5ende \u25b8", None))
        self.done_button.setText(QCoreApplication.translate("RatingTurn", u"Klar \u2013 l\u00e4mna \u00f6ver", None))
        pass
    # retranslateUi

