# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(720, 460)
        self.dialog_layout = QVBoxLayout(RestoreDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RestoreDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.database_label = QLabel(RestoreDialog)
        self.database_label.setObjectName(u"database_label")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.database_label)

        self.backups_label = QLabel(RestoreDialog)
        self.backups_label.setObjectName(u"backups_label")

        self.dialog_layout.addWidget(self.backups_label)

        self.backup_table = QTableView(RestoreDialog)
        self.backup_table.setObjectName(u"backup_table")
        self.backup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.setAlternatingRowColors(True)
        self.backup_table.setTabKeyNavigation(False)
        self.backup_table.horizontalHeader().setStretchLastSection(True)
        self.backup_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.backup_table)

        self.empty_label = QLabel(RestoreDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.empty_label)

        self.folder_label = QLabel(RestoreDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.folder_label)

        self.problem_label = QLabel(RestoreDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.problem_label)

        self.button_box = QDialogButtonBox(RestoreDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.backups_label.setBuddy(self.backup_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u00c5terst\u00e4ll fr\u00e5n s\u00e4kerhetskopia", None))
        self.intro_label.setText(QCoreApplication.translate("RestoreDialog", u"Programmet sparar en s\u00e4kerhetskopia av databasen f\u00f6rsta g\u00e5ngen du \u00f6ppnar den varje dag och f\u00f6re varje uppgradering. V\u00e4lj den kopia du vill g\u00e5 tillbaka till. Databasen som den ser ut nu sparas f\u00f6rst som en ny s\u00e4kerhetskopia, s\u00e5 du kan \u00e5ngra.", None))
        self.backups_label.setText(QCoreApplication.translate("RestoreDialog", u"&S\u00e4kerhetskopior, den senaste f\u00f6rst", None))
        self.empty_label.setText(QCoreApplication.translate("RestoreDialog", u"Det finns inga s\u00e4kerhetskopior av den h\u00e4r databasen \u00e4nnu. Programmet g\u00f6r en f\u00f6rsta g\u00e5ngen du \u00f6ppnar databasen varje dag.", None))
    # retranslateUi

