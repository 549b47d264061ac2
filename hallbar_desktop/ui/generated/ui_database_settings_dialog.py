# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_settings_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_DatabaseSettingsDialog(object):
    def setupUi(self, DatabaseSettingsDialog):
        if not DatabaseSettingsDialog.objectName():
            DatabaseSettingsDialog.setObjectName(u"DatabaseSettingsDialog")
        DatabaseSettingsDialog.resize(680, 520)
        self.dialog_layout = QVBoxLayout(DatabaseSettingsDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(DatabaseSettingsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.database_label = QLabel(DatabaseSettingsDialog)
        self.database_label.setObjectName(u"database_label")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.database_label)

        self.backups_space = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.dialog_layout.addItem(self.backups_space)

        self.backups_heading = QLabel(DatabaseSettingsDialog)
        self.backups_heading.setObjectName(u"backups_heading")

        self.dialog_layout.addWidget(self.backups_heading)

        self.medium_label = QLabel(DatabaseSettingsDialog)
        self.medium_label.setObjectName(u"medium_label")
        self.medium_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.medium_label)

        self.beside_radio = QRadioButton(DatabaseSettingsDialog)
        self.beside_radio.setObjectName(u"beside_radio")

        self.dialog_layout.addWidget(self.beside_radio)

        self.beside_folder_label = QLabel(DatabaseSettingsDialog)
        self.beside_folder_label.setObjectName(u"beside_folder_label")
        self.beside_folder_label.setWordWrap(True)
        self.beside_folder_label.setIndent(24)
        self.beside_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.beside_folder_label)

        self.user_radio = QRadioButton(DatabaseSettingsDialog)
        self.user_radio.setObjectName(u"user_radio")

        self.dialog_layout.addWidget(self.user_radio)

        self.user_folder_label = QLabel(DatabaseSettingsDialog)
        self.user_folder_label.setObjectName(u"user_folder_label")
        self.user_folder_label.setWordWrap(True)
        self.user_folder_label.setIndent(24)
        self.user_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.user_folder_label)

        self.backups_note_label = QLabel(DatabaseSettingsDialog)
        self.backups_note_label.setObjectName(u"backups_note_label")
        self.backups_note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.backups_note_label)

        self.retention_space = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.dialog_layout.addItem(self.retention_space)

        self.retention_heading = QLabel(DatabaseSettingsDialog)
        self.retention_heading.setObjectName(u"retention_heading")

        self.dialog_layout.addWidget(self.retention_heading)

        self.retention_row = QHBoxLayout()
        self.retention_row.setObjectName(u"retention_row")
        self.retention_title = QLabel(DatabaseSettingsDialog)
        self.retention_title.setObjectName(u"retention_title")

        self.retention_row.addWidget(self.retention_title)

        self.retention_spin = QSpinBox(DatabaseSettingsDialog)
        self.retention_spin.setObjectName(u"retention_spin")
        self.retention_spin.setKeyboardTracking(False)
        self.retention_spin.setMinimum(1)
        self.retention_spin.setMaximum(240)
        self.retention_spin.setValue(24)

        self.retention_row.addWidget(self.retention_spin)

        self.retention_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retention_row.addItem(self.retention_stretch)


        self.dialog_layout.addLayout(self.retention_row)

        self.retention_note_label = QLabel(DatabaseSettingsDialog)
        self.retention_note_label.setObjectName(u"retention_note_label")
        self.retention_note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.retention_note_label)

        self.dialog_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_stretch)

        self.saved_label = QLabel(DatabaseSettingsDialog)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.saved_label)

        self.button_box = QDialogButtonBox(DatabaseSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.retention_title.setBuddy(self.retention_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DatabaseSettingsDialog)

        QMetaObject.connectSlotsByName(DatabaseSettingsDialog)
    # setupUi

    def retranslateUi(self, DatabaseSettingsDialog):
        DatabaseSettingsDialog.setWindowTitle(QCoreApplication.translate("DatabaseSettingsDialog", u"Inst\u00e4llningar f\u00f6r databasen", None))
        self.intro_label.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"Inst\u00e4llningarna sparas i databasen och f\u00f6ljer med den till en annan dator. Varje \u00e4ndring sparas direkt.", None))
        self.backups_heading.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"Var s\u00e4kerhetskopiorna sparas", None))
        self.beside_radio.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"&Bredvid databasen", None))
#if QT_CONFIG(tooltip)
        self.beside_radio.setToolTip(QCoreApplication.translate("DatabaseSettingsDialog", u"Kopiorna f\u00f6ljer med databasen, till exempel p\u00e5 ett USB-minne, och hamnar inte p\u00e5 varje dator d\u00e4r den \u00f6ppnas", None))
#endif // QT_CONFIG(tooltip)
        self.user_radio.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"I din &anv\u00e4ndarmapp p\u00e5 den h\u00e4r datorn", None))
#if QT_CONFIG(tooltip)
        self.user_radio.setToolTip(QCoreApplication.translate("DatabaseSettingsDialog", u"Kopiorna stannar p\u00e5 den h\u00e4r datorn \u00e4ven om databasen flyttas eller minnet tappas bort", None))
#endif // QT_CONFIG(tooltip)
        self.retention_heading.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"Gallring av personuppgifter", None))
        self.retention_title.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"Antal &m\u00e5nader efter workshoppen till gallring:", None))
#if QT_CONFIG(accessibility)
        self.retention_spin.setAccessibleName(QCoreApplication.translate("DatabaseSettingsDialog", u"M\u00e5nader efter workshoppen", None))
#endif // QT_CONFIG(accessibility)
        self.retention_note_label.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"G\u00e4ller de workshoppar som inte har ett eget datum under F\u00f6rberedelser (Gallras efter). Biblioteket markerar dem som har passerat sitt datum och fortfarande har personuppgifter.", None))
    # retranslateUi

