# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout)

class Ui_AuditLogDialog(object):
    def setupUi(self, AuditLogDialog):
        if not AuditLogDialog.objectName():
            AuditLogDialog.setObjectName(u"AuditLogDialog")
        AuditLogDialog.resize(960, 480)
        self.dialog_layout = QVBoxLayout(AuditLogDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AuditLogDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.broken_label = QLabel(AuditLogDialog)
        self.broken_label.setObjectName(u"broken_label")
        self.broken_label.setWordWrap(True)
        self.broken_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.broken_label)

        self.entries_label = QLabel(AuditLogDialog)
        self.entries_label.setObjectName(u"entries_label")

        self.dialog_layout.addWidget(self.entries_label)

        self.entry_table = QTableView(AuditLogDialog)
        self.entry_table.setObjectName(u"entry_table")
        self.entry_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entry_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entry_table.setAlternatingRowColors(True)
        self.entry_table.setWordWrap(True)
        self.entry_table.setTabKeyNavigation(False)
        self.entry_table.horizontalHeader().setStretchLastSection(True)
        self.entry_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.entry_table)

        self.empty_label = QLabel(AuditLogDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.empty_label)

        self.button_box = QDialogButtonBox(AuditLogDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.entries_label.setBuddy(self.entry_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditLogDialog)

        QMetaObject.connectSlotsByName(AuditLogDialog)
    # setupUi

    def retranslateUi(self, AuditLogDialog):
        AuditLogDialog.setWindowTitle(QCoreApplication.translate("AuditLogDialog", u"\u00c4ndringslogg", None))
        self.intro_label.setText(QCoreApplication.translate("AuditLogDialog", u"\u00c4ndringar som gjorts i workshoppen sedan den markerades som genomf\u00f6rd: n\u00e4r, av vem och p\u00e5 vilken dator. Loggen kan inte \u00e4ndras i programmet, och programmet m\u00e4rker om n\u00e5gon har \u00e4ndrat den p\u00e5 annat s\u00e4tt.", None))
        self.entries_label.setText(QCoreApplication.translate("AuditLogDialog", u"&\u00c4ndringar", None))
        self.empty_label.setText(QCoreApplication.translate("AuditLogDialog", u"Inga \u00e4ndringar \u00e4nnu. \u00c4ndringar loggas fr\u00e5n och med att workshoppen markeras som genomf\u00f6rd.", None))
    # retranslateUi

