# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(900, 420)
        self.dialog_layout = QVBoxLayout(ImportPreviewDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ImportPreviewDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.counts_label = QLabel(ImportPreviewDialog)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setText(u"\u2026")
        self.counts_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.counts_label)

        self.workshops_label = QLabel(ImportPreviewDialog)
        self.workshops_label.setObjectName(u"workshops_label")

        self.dialog_layout.addWidget(self.workshops_label)

        self.workshop_table = QTableView(ImportPreviewDialog)
        self.workshop_table.setObjectName(u"workshop_table")
        self.workshop_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workshop_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workshop_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workshop_table.setAlternatingRowColors(True)
        self.workshop_table.setWordWrap(True)
        self.workshop_table.setTabKeyNavigation(False)
        self.workshop_table.horizontalHeader().setStretchLastSection(False)
        self.workshop_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.workshop_table)

        self.safety_label = QLabel(ImportPreviewDialog)
        self.safety_label.setObjectName(u"safety_label")
        self.safety_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.safety_label)

        self.button_box = QDialogButtonBox(ImportPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.workshops_label.setBuddy(self.workshop_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportPreviewDialog)

        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Importera workshoppar", None))
        self.intro_label.setText(QCoreApplication.translate("ImportPreviewDialog", u"S\u00e5 h\u00e4r blir databasen om du importerar. Inget \u00e4r skrivet \u00e4nnu.", None))
        self.workshops_label.setText(QCoreApplication.translate("ImportPreviewDialog", u"&Workshoppar i paketen", None))
        self.safety_label.setText(QCoreApplication.translate("ImportPreviewDialog", u"Databasen s\u00e4kerhetskopieras f\u00f6rst, och allt skrivs p\u00e5 en g\u00e5ng: blir n\u00e5got fel skrivs ingenting. En post som har \u00e4ndrats b\u00e5de h\u00e4r och i paketet blir en konflikt. D\u00e5 beh\u00e5lls versionen h\u00e4r tills du v\u00e4ljer under Arkiv \u203a Konflikter fr\u00e5n import.", None))
    # retranslateUi

