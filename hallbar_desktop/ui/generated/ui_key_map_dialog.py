# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_map_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout)

class Ui_KeyMapDialog(object):
    def setupUi(self, KeyMapDialog):
        if not KeyMapDialog.objectName():
            KeyMapDialog.setObjectName(u"KeyMapDialog")
        KeyMapDialog.resize(760, 560)
        self.dialog_layout = QVBoxLayout(KeyMapDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeyMapDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.key_table = QTableView(KeyMapDialog)
        self.key_table.setObjectName(u"key_table")
        self.key_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.key_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.key_table.setAlternatingRowColors(True)
        self.key_table.setWordWrap(True)
        self.key_table.setTabKeyNavigation(False)
        self.key_table.horizontalHeader().setStretchLastSection(True)
        self.key_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.key_table)

        self.button_box = QDialogButtonBox(KeyMapDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(KeyMapDialog)

        QMetaObject.connectSlotsByName(KeyMapDialog)
    # setupUi

    def retranslateUi(self, KeyMapDialog):
        KeyMapDialog.setWindowTitle(QCoreApplication.translate("KeyMapDialog", u"Kortkommandon", None))
        self.intro_label.setText(QCoreApplication.translate("KeyMapDialog", u"Allt i programmet g\u00e5r att g\u00f6ra med tangentbordet. Tab flyttar mellan f\u00e4lten, och Alt med den understrukna bokstaven v\u00e4ljer en knapp eller meny. Det h\u00e4r \u00e4r genv\u00e4garna.", None))
#if QT_CONFIG(accessibility)
        self.key_table.setAccessibleName(QCoreApplication.translate("KeyMapDialog", u"Kortkommandon", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.key_table.setAccessibleDescription(QCoreApplication.translate("KeyMapDialog", u"En rad per kortkommando: tangenterna och vad de g\u00f6r.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.key_table.setAccessibleName(QCoreApplication.translate("KeyMapDialog", u"Kortkommandon", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

