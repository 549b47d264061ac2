# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_conflicts_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ImportConflictsDialog(object):
    def setupUi(self, ImportConflictsDialog):
        if not ImportConflictsDialog.objectName():
            ImportConflictsDialog.setObjectName(u"ImportConflictsDialog")
        ImportConflictsDialog.resize(960, 600)
        self.dialog_layout = QVBoxLayout(ImportConflictsDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ImportConflictsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.conflicts_label = QLabel(ImportConflictsDialog)
        self.conflicts_label.setObjectName(u"conflicts_label")

        self.dialog_layout.addWidget(self.conflicts_label)

        self.conflict_table = QTableView(ImportConflictsDialog)
        self.conflict_table.setObjectName(u"conflict_table")
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setAlternatingRowColors(True)
        self.conflict_table.setTabKeyNavigation(False)
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        self.conflict_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.conflict_table)

        self.difference_label = QLabel(ImportConflictsDialog)
        self.difference_label.setObjectName(u"difference_label")

        self.dialog_layout.addWidget(self.difference_label)

        self.difference_table = QTableView(ImportConflictsDialog)
        self.difference_table.setObjectName(u"difference_table")
        self.difference_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.difference_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.difference_table.setWordWrap(True)
        self.difference_table.setTabKeyNavigation(False)
        self.difference_table.horizontalHeader().setStretchLastSection(True)
        self.difference_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.difference_table)

        self.choice_label = QLabel(ImportConflictsDialog)
        self.choice_label.setObjectName(u"choice_label")
        self.choice_label.setText(u"")
        self.choice_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.choice_label)

        self.empty_label = QLabel(ImportConflictsDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.empty_label)

        self.empty_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.empty_spacer)

        self.choice_layout = QHBoxLayout()
        self.choice_layout.setObjectName(u"choice_layout")
        self.keep_button = QPushButton(ImportConflictsDialog)
        self.keep_button.setObjectName(u"keep_button")
        self.keep_button.setAutoDefault(False)

        self.choice_layout.addWidget(self.keep_button)

        self.take_button = QPushButton(ImportConflictsDialog)
        self.take_button.setObjectName(u"take_button")
        self.take_button.setAutoDefault(False)

        self.choice_layout.addWidget(self.take_button)

        self.choice_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice_layout.addItem(self.choice_spacer)

        self.button_box = QDialogButtonBox(ImportConflictsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.choice_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.choice_layout)

#if QT_CONFIG(shortcut)
        self.conflicts_label.setBuddy(self.conflict_table)
        self.difference_label.setBuddy(self.difference_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportConflictsDialog)

        QMetaObject.connectSlotsByName(ImportConflictsDialog)
    # setupUi

    def retranslateUi(self, ImportConflictsDialog):
        ImportConflictsDialog.setWindowTitle(QCoreApplication.translate("ImportConflictsDialog", u"Konflikter fr\u00e5n import", None))
        self.intro_label.setText(QCoreApplication.translate("ImportConflictsDialog", u"De h\u00e4r posterna har \u00e4ndrats b\u00e5de h\u00e4r och p\u00e5 datorn som paketet kom fr\u00e5n, sedan f\u00f6rra importen d\u00e4rifr\u00e5n. Versionen h\u00e4r g\u00e4ller tills du v\u00e4ljer. V\u00e4lj en rad, j\u00e4mf\u00f6r och best\u00e4m vilken version som ska g\u00e4lla.", None))
        self.conflicts_label.setText(QCoreApplication.translate("ImportConflictsDialog", u"&Konflikter", None))
        self.difference_label.setText(QCoreApplication.translate("ImportConflictsDialog", u"&Skillnader i den valda posten", None))
        self.empty_label.setText(QCoreApplication.translate("ImportConflictsDialog", u"Det finns inga fler konflikter att v\u00e4lja mellan. Allt fr\u00e5n de importerade paketen g\u00e4ller som det st\u00e5r i databasen.", None))
        self.keep_button.setText(QCoreApplication.translate("ImportConflictsDialog", u"&Beh\u00e5ll versionen h\u00e4r", None))
        self.take_button.setText(QCoreApplication.translate("ImportConflictsDialog", u"&Ta versionen fr\u00e5n paketet", None))
    # retranslateUi

