# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notes_turn.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NotesTurn(object):
    def setupUi(self, NotesTurn):
        if not NotesTurn.objectName():
            NotesTurn.setObjectName(u"NotesTurn")
        self.turn_layout = QVBoxLayout(NotesTurn)
        self.turn_layout.setSpacing(16)
        self.turn_layout.setObjectName(u"turn_layout")
        self.turn_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(NotesTurn)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading_label.setWordWrap(True)
        self.heading_label.setProperty(u"role", u"heading")

        self.turn_layout.addWidget(self.heading_label)

        self.hint_label = QLabel(NotesTurn)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty(u"role", u"hint")

        self.turn_layout.addWidget(self.hint_label)

        self.columns_row = QHBoxLayout()
        self.columns_row.setSpacing(32)
        self.columns_row.setObjectName(u"columns_row")
        self.writing_column = QVBoxLayout()
        self.writing_column.setSpacing(12)
        self.writing_column.setObjectName(u"writing_column")
        self.type_label = QLabel(NotesTurn)
        self.type_label.setObjectName(u"type_label")
        self.type_label.setTextFormat(Qt.TextFormat.PlainText)
        self.type_label.setProperty(u"role", u"hint")

        self.writing_column.addWidget(self.type_label)

        self.type_grid = QGridLayout()
        self.type_grid.setSpacing(8)
        self.type_grid.setObjectName(u"type_grid")

        self.writing_column.addLayout(self.type_grid)

        self.note_text_edit = QPlainTextEdit(NotesTurn)
        self.note_text_edit.setObjectName(u"note_text_edit")
        self.note_text_edit.setTabChangesFocus(True)

        self.writing_column.addWidget(self.note_text_edit)

        self.add_row = QHBoxLayout()
        self.add_row.setObjectName(u"add_row")
        self.problem_label = QLabel(NotesTurn)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setVisible(False)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty(u"role", u"hint")

        self.add_row.addWidget(self.problem_label)

        self.add_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_row.addItem(self.add_row_spacer)

        self.add_button = QPushButton(NotesTurn)
        self.add_button.setObjectName(u"add_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.add_button.sizePolicy().hasHeightForWidth())
        self.add_button.setSizePolicy(sizePolicy)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_button.setAutoDefault(False)

        self.add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        self.add_row.setStretch(0, 1)

        self.writing_column.addLayout(self.add_row)

        self.writing_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.writing_column.addItem(self.writing_spacer)

        self.writing_column.setStretch(4, 1)

        self.columns_row.addLayout(self.writing_column)

        self.own_column = QVBoxLayout()
        self.own_column.setSpacing(8)
        self.own_column.setObjectName(u"own_column")
        self.written_label = QLabel(NotesTurn)
        self.written_label.setObjectName(u"written_label")
        self.written_label.setTextFormat(Qt.TextFormat.PlainText)
        self.written_label.setProperty(u"role", u"hint")

        self.own_column.addWidget(self.written_label)

        self.written_scroll = QScrollArea(NotesTurn)
        self.written_scroll.setObjectName(u"written_scroll")
        self.written_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.written_scroll.setWidgetResizable(True)
        self.written_holder = QWidget()
        self.written_holder.setObjectName(u"written_holder")
        self.written_layout = QVBoxLayout(self.written_holder)
        self.written_layout.setSpacing(6)
        self.written_layout.setObjectName(u"written_layout")
        self.written_layout.setContentsMargins(0, 0, 0, 0)
        self.written_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.written_layout.addItem(self.written_spacer)

        self.written_layout.setStretch(0, 1)
        self.written_scroll.setWidget(self.written_holder)

        self.own_column.addWidget(self.written_scroll)

        self.own_column.setStretch(1, 1)

        self.columns_row.addLayout(self.own_column)

        self.columns_row.setStretch(0, 3)
        self.columns_row.setStretch(1, 2)

        self.turn_layout.addLayout(self.columns_row)

        self.footer_row = QHBoxLayout()
        self.footer_row.setObjectName(u"footer_row")
        self.footer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer_row.addItem(self.footer_spacer)

        self.done_button = QPushButton(NotesTurn)
        self.done_button.setObjectName(u"done_button")
        sizePolicy.setHeightForWidth(self.done_button.sizePolicy().hasHeightForWidth())
        self.done_button.setSizePolicy(sizePolicy)
        self.done_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.done_button.setAutoDefault(False)
        self.done_button.setProperty(u"role", u"primary")

        self.footer_row.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)

        self.footer_row.setStretch(0, 1)

        self.turn_layout.addLayout(self.footer_row)

        self.turn_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.note_text_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.written_scroll)
        QWidget.setTabOrder(self.written_scroll, self.done_button)

        self.retranslateUi(NotesTurn)

        QMetaObject.connectSlotsByName(NotesTurn)
    # setupUi

    def retranslateUi(self, NotesTurn):
        self.type_label.setText(QCoreApplication.translate("NotesTurn", u"Typ av lapp", None))
#if QT_CONFIG(accessibility)
        self.note_text_edit.setAccessibleName(QCoreApplication.translate("NotesTurn", u"Lappens text", None))
#endif // QT_CONFIG(accessibility)
        self.note_text_edit.setPlaceholderText(QCoreApplication.translate("NotesTurn", u"Skriv din lapp h\u00e4r\u2026", None))
        self.add_button.setText(QCoreApplication.translate("NotesTurn", u"L\u00e4gg till lappen", None))
#if QT_CONFIG(accessibility)
        self.written_scroll.setAccessibleName(QCoreApplication.translate("NotesTurn", u"Dina lappar", None))
#endif // QT_CONFIG(accessibility)
        self.done_button.setText(QCoreApplication.translate("NotesTurn", u"Klar \u2013 l\u00e4mna \u00f6ver", None))
        pass
    # retranslateUi

