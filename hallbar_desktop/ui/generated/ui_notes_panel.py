# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notes_panel.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NotesPanel(object):
    def setupUi(self, NotesPanel):
        if not NotesPanel.objectName():
            NotesPanel.setObjectName(u"NotesPanel")
        NotesPanel.resize(320, 480)
        self.panel_layout = QVBoxLayout(NotesPanel)
        self.panel_layout.setSpacing(6)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(NotesPanel)
        self.heading_label.setObjectName(u"heading_label")

        self.panel_layout.addWidget(self.heading_label)

        self.status_label = QLabel(NotesPanel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.panel_layout.addWidget(self.status_label)

        self.reveal_row = QHBoxLayout()
        self.reveal_row.setSpacing(8)
        self.reveal_row.setObjectName(u"reveal_row")
        self.reveal_button = QPushButton(NotesPanel)
        self.reveal_button.setObjectName(u"reveal_button")

        self.reveal_row.addWidget(self.reveal_button)

        self.reveal_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reveal_row.addItem(self.reveal_spacer)


        self.panel_layout.addLayout(self.reveal_row)

        self.problem_label = QLabel(NotesPanel)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.panel_layout.addWidget(self.problem_label)

        self.notes_scroll = QScrollArea(NotesPanel)
        self.notes_scroll.setObjectName(u"notes_scroll")
        self.notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_scroll.setWidgetResizable(True)
        self.notes_container = QWidget()
        self.notes_container.setObjectName(u"notes_container")
        self.notes_layout = QVBoxLayout(self.notes_container)
        self.notes_layout.setSpacing(6)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_layout.setContentsMargins(0, 0, 4, 0)
        self.notes_end_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.notes_layout.addItem(self.notes_end_spacer)

        self.notes_scroll.setWidget(self.notes_container)

        self.panel_layout.addWidget(self.notes_scroll)

        self.panel_layout.setStretch(4, 1)

        self.retranslateUi(NotesPanel)

        QMetaObject.connectSlotsByName(NotesPanel)
    # setupUi

    def retranslateUi(self, NotesPanel):
#if QT_CONFIG(accessibility)
        NotesPanel.setAccessibleName(QCoreApplication.translate("NotesPanel", u"Lappar fr\u00e5n deltagarna", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("NotesPanel", u"Lappar fr\u00e5n deltagarna", None))
        self.status_label.setText("")
        self.reveal_button.setText(QCoreApplication.translate("NotesPanel", u"Visa resultat", None))
#if QT_CONFIG(tooltip)
        self.reveal_button.setToolTip(QCoreApplication.translate("NotesPanel", u"Visar lapparna h\u00e4r och p\u00e5 deltagarvyn, tillsammans med stegets resultat", None))
#endif // QT_CONFIG(tooltip)
        self.problem_label.setText("")
#if QT_CONFIG(accessibility)
        self.notes_scroll.setAccessibleName(QCoreApplication.translate("NotesPanel", u"Lapparna i sina grupper", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

