# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_database_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_OpenDatabaseDialog(object):
    def setupUi(self, OpenDatabaseDialog):
        if not OpenDatabaseDialog.objectName():
            OpenDatabaseDialog.setObjectName(u"OpenDatabaseDialog")
        OpenDatabaseDialog.resize(560, 480)
        self.dialog_layout = QVBoxLayout(OpenDatabaseDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.current_label = QLabel(OpenDatabaseDialog)
        self.current_label.setObjectName(u"current_label")
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.current_label)

        self.recent_label = QLabel(OpenDatabaseDialog)
        self.recent_label.setObjectName(u"recent_label")

        self.dialog_layout.addWidget(self.recent_label)

        self.recent_list = QListWidget(OpenDatabaseDialog)
        self.recent_list.setObjectName(u"recent_list")
        self.recent_list.setMaximumSize(QSize(16777215, 120))

        self.dialog_layout.addWidget(self.recent_list)

        self.place_tabs = QTabWidget(OpenDatabaseDialog)
        self.place_tabs.setObjectName(u"place_tabs")
        self.file_tab = QWidget()
        self.file_tab.setObjectName(u"file_tab")
        self.file_layout = QVBoxLayout(self.file_tab)
        self.file_layout.setObjectName(u"file_layout")
        self.file_intro_label = QLabel(self.file_tab)
        self.file_intro_label.setObjectName(u"file_intro_label")
        self.file_intro_label.setWordWrap(True)

        self.file_layout.addWidget(self.file_intro_label)

        self.file_label = QLabel(self.file_tab)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_edit = QLineEdit(self.file_tab)
        self.file_edit.setObjectName(u"file_edit")

        self.file_row.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.file_tab)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.file_layout.addLayout(self.file_row)

        self.file_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_spacer)

        self.place_tabs.addTab(self.file_tab, "")
        self.server_tab = QWidget()
        self.server_tab.setObjectName(u"server_tab")
        self.server_layout = QVBoxLayout(self.server_tab)
        self.server_layout.setObjectName(u"server_layout")
        self.server_intro_label = QLabel(self.server_tab)
        self.server_intro_label.setObjectName(u"server_intro_label")
        self.server_intro_label.setWordWrap(True)

        self.server_layout.addWidget(self.server_intro_label)

        self.server_form = QFormLayout()
        self.server_form.setObjectName(u"server_form")
        self.host_label = QLabel(self.server_tab)
        self.host_label.setObjectName(u"host_label")

        self.server_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(self.server_tab)
        self.host_edit.setObjectName(u"host_edit")

        self.server_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(self.server_tab)
        self.port_label.setObjectName(u"port_label")

        self.server_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_spin = QSpinBox(self.server_tab)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.server_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.database_label = QLabel(self.server_tab)
        self.database_label.setObjectName(u"database_label")

        self.server_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(self.server_tab)
        self.database_edit.setObjectName(u"database_edit")

        self.server_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.user_label = QLabel(self.server_tab)
        self.user_label.setObjectName(u"user_label")

        self.server_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(self.server_tab)
        self.user_edit.setObjectName(u"user_edit")

        self.server_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.sslmode_label = QLabel(self.server_tab)
        self.sslmode_label.setObjectName(u"sslmode_label")

        self.server_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sslmode_label)

        self.sslmode_combo = QComboBox(self.server_tab)
        self.sslmode_combo.setObjectName(u"sslmode_combo")

        self.server_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sslmode_combo)


        self.server_layout.addLayout(self.server_form)

        self.server_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.server_layout.addItem(self.server_spacer)

        self.place_tabs.addTab(self.server_tab, "")

        self.dialog_layout.addWidget(self.place_tabs)

        self.problem_label = QLabel(OpenDatabaseDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.problem_label)

        self.button_box = QDialogButtonBox(OpenDatabaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.recent_label.setBuddy(self.recent_list)
        self.file_label.setBuddy(self.file_edit)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.user_label.setBuddy(self.user_edit)
        self.sslmode_label.setBuddy(self.sslmode_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpenDatabaseDialog)

        self.place_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OpenDatabaseDialog)
    # setupUi

    def retranslateUi(self, OpenDatabaseDialog):
        OpenDatabaseDialog.setWindowTitle(QCoreApplication.translate("OpenDatabaseDialog", u"\u00d6ppna databas", None))
        self.recent_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"&Senast \u00f6ppnade databaser", None))
        self.file_intro_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"En databasfil p\u00e5 den h\u00e4r datorn eller en delad mapp. Den kan bara vara \u00f6ppen i ett f\u00f6nster \u00e5t g\u00e5ngen.", None))
        self.file_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"Fi&l", None))
        self.browse_button.setText(QCoreApplication.translate("OpenDatabaseDialog", u"&V\u00e4lj fil\u2026", None))
        self.place_tabs.setTabText(self.place_tabs.indexOf(self.file_tab), QCoreApplication.translate("OpenDatabaseDialog", u"&Fil", None))
        self.server_intro_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"En gemensam databas p\u00e5 en PostgreSQL-server, som flera kan anv\u00e4nda samtidigt. Uppgifterna f\u00e5r du av den som sk\u00f6ter servern. L\u00f6senordet fr\u00e5gar programmet efter n\u00e4r du \u00f6ppnar.", None))
        self.host_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"Serv&erns namn", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("OpenDatabaseDialog", u"till exempel db.region.se", None))
        self.port_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"&Port", None))
        self.database_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"&Databas", None))
        self.database_edit.setPlaceholderText(QCoreApplication.translate("OpenDatabaseDialog", u"till exempel hallbar", None))
        self.user_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"&Anv\u00e4ndarnamn", None))
        self.sslmode_label.setText(QCoreApplication.translate("OpenDatabaseDialog", u"&Kryptering", None))
        self.place_tabs.setTabText(self.place_tabs.indexOf(self.server_tab), QCoreApplication.translate("OpenDatabaseDialog", u"Se&rver", None))
    # retranslateUi

