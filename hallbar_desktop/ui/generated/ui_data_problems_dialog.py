# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_problems_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout)

class Ui_DataProblemsDialog(object):
    def setupUi(self, DataProblemsDialog):
        if not DataProblemsDialog.objectName():
            DataProblemsDialog.setObjectName(u"DataProblemsDialog")
        DataProblemsDialog.resize(960, 480)
        self.dialog_layout = QVBoxLayout(DataProblemsDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(DataProblemsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.problems_label = QLabel(DataProblemsDialog)
        self.problems_label.setObjectName(u"problems_label")

        self.dialog_layout.addWidget(self.problems_label)

        self.problem_table = QTableView(DataProblemsDialog)
        self.problem_table.setObjectName(u"problem_table")
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problem_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_table.setAlternatingRowColors(True)
        self.problem_table.setWordWrap(True)
        self.problem_table.setTabKeyNavigation(False)
        self.problem_table.horizontalHeader().setStretchLastSection(True)
        self.problem_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.problem_table)

        self.empty_label = QLabel(DataProblemsDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.empty_label)

        self.button_box = QDialogButtonBox(DataProblemsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.problems_label.setBuddy(self.problem_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DataProblemsDialog)

        QMetaObject.connectSlotsByName(DataProblemsDialog)
    # setupUi

    def retranslateUi(self, DataProblemsDialog):
        DataProblemsDialog.setWindowTitle(QCoreApplication.translate("DataProblemsDialog", u"Problem i databasen", None))
        self.intro_label.setText(QCoreApplication.translate("DataProblemsDialog", u"De h\u00e4r v\u00e4rdena i databasfilen kunde inte anv\u00e4ndas som de \u00e4r. De kan komma fr\u00e5n en annan version av programmet, ett workshoppaket eller en \u00e4ndring i filen f\u00f6r hand. V\u00e4rdena l\u00e4mnas or\u00f6rda i filen tills du \u00e4ndrar f\u00e4ltet. V\u00e4lj en rad och \u00f6ppna workshoppen f\u00f6r att r\u00e4tta v\u00e4rdet.", None))
        self.problems_label.setText(QCoreApplication.translate("DataProblemsDialog", u"&V\u00e4rden som inte kunde anv\u00e4ndas", None))
        self.empty_label.setText(QCoreApplication.translate("DataProblemsDialog", u"Alla v\u00e4rden i databasen g\u00e5r att l\u00e4sa.", None))
    # retranslateUi

