# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(760, 560)
        self.dialog_layout = QVBoxLayout(AboutDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        self.about_tab = QWidget()
        self.about_tab.setObjectName(u"about_tab")
        self.about_layout = QVBoxLayout(self.about_tab)
        self.about_layout.setSpacing(8)
        self.about_layout.setObjectName(u"about_layout")
        self.title_label = QLabel(self.about_tab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.about_layout.addWidget(self.title_label)

        self.version_label = QLabel(self.about_tab)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.about_layout.addWidget(self.version_label)

        self.description_label = QLabel(self.about_tab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.about_layout.addWidget(self.description_label)

        self.heading_space = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.about_layout.addItem(self.heading_space)

        self.storage_heading = QLabel(self.about_tab)
        self.storage_heading.setObjectName(u"storage_heading")

        self.about_layout.addWidget(self.storage_heading)

        self.storage_form = QFormLayout()
        self.storage_form.setObjectName(u"storage_form")
        self.storage_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.database_title = QLabel(self.about_tab)
        self.database_title.setObjectName(u"database_title")

        self.storage_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_title)

        self.database_edit = QLineEdit(self.about_tab)
        self.database_edit.setObjectName(u"database_edit")
        self.database_edit.setReadOnly(True)

        self.storage_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.backups_title = QLabel(self.about_tab)
        self.backups_title.setObjectName(u"backups_title")

        self.storage_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backups_title)

        self.backups_edit = QLineEdit(self.about_tab)
        self.backups_edit.setObjectName(u"backups_edit")
        self.backups_edit.setReadOnly(True)

        self.storage_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backups_edit)

        self.data_folder_title = QLabel(self.about_tab)
        self.data_folder_title.setObjectName(u"data_folder_title")

        self.storage_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.data_folder_title)

        self.data_folder_row = QHBoxLayout()
        self.data_folder_row.setObjectName(u"data_folder_row")
        self.data_folder_edit = QLineEdit(self.about_tab)
        self.data_folder_edit.setObjectName(u"data_folder_edit")
        self.data_folder_edit.setReadOnly(True)

        self.data_folder_row.addWidget(self.data_folder_edit)

        self.open_folder_button = QPushButton(self.about_tab)
        self.open_folder_button.setObjectName(u"open_folder_button")
        self.open_folder_button.setAutoDefault(False)

        self.data_folder_row.addWidget(self.open_folder_button)


        self.storage_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.data_folder_row)

        self.settings_file_title = QLabel(self.about_tab)
        self.settings_file_title.setObjectName(u"settings_file_title")

        self.storage_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.settings_file_title)

        self.settings_file_edit = QLineEdit(self.about_tab)
        self.settings_file_edit.setObjectName(u"settings_file_edit")
        self.settings_file_edit.setReadOnly(True)

        self.storage_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.settings_file_edit)

        self.crash_reports_title = QLabel(self.about_tab)
        self.crash_reports_title.setObjectName(u"crash_reports_title")

        self.storage_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.crash_reports_title)

        self.crash_reports_edit = QLineEdit(self.about_tab)
        self.crash_reports_edit.setObjectName(u"crash_reports_edit")
        self.crash_reports_edit.setReadOnly(True)

        self.storage_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.crash_reports_edit)


        self.about_layout.addLayout(self.storage_form)

        self.backups_note_label = QLabel(self.about_tab)
        self.backups_note_label.setObjectName(u"backups_note_label")
        self.backups_note_label.setWordWrap(True)
        self.backups_note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.about_layout.addWidget(self.backups_note_label)

        self.storage_note_label = QLabel(self.about_tab)
        self.storage_note_label.setObjectName(u"storage_note_label")
        self.storage_note_label.setWordWrap(True)

        self.about_layout.addWidget(self.storage_note_label)

        self.about_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.about_layout.addItem(self.about_stretch)

        self.tabs.addTab(self.about_tab, "")
        self.licences_tab = QWidget()
        self.licences_tab.setObjectName(u"licences_tab")
        self.licences_layout = QVBoxLayout(self.licences_tab)
        self.licences_layout.setObjectName(u"licences_layout")
        self.licences_intro_label = QLabel(self.licences_tab)
        self.licences_intro_label.setObjectName(u"licences_intro_label")
        self.licences_intro_label.setWordWrap(True)

        self.licences_layout.addWidget(self.licences_intro_label)

        self.licences_splitter = QSplitter(self.licences_tab)
        self.licences_splitter.setObjectName(u"licences_splitter")
        self.licences_splitter.setOrientation(Qt.Orientation.Vertical)
        self.licences_splitter.setChildrenCollapsible(False)
        self.component_table = QTableView(self.licences_splitter)
        self.component_table.setObjectName(u"component_table")
        self.component_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.component_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.component_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.component_table.setAlternatingRowColors(True)
        self.component_table.setTabKeyNavigation(False)
        self.licences_splitter.addWidget(self.component_table)
        self.component_table.horizontalHeader().setStretchLastSection(True)
        self.component_table.verticalHeader().setVisible(False)
        self.licence_text = QPlainTextEdit(self.licences_splitter)
        self.licence_text.setObjectName(u"licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.licence_text.setTabChangesFocus(True)
        self.licences_splitter.addWidget(self.licence_text)

        self.licences_layout.addWidget(self.licences_splitter)

        self.licences_layout.setStretch(1, 1)
        self.tabs.addTab(self.licences_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.database_title.setBuddy(self.database_edit)
        self.backups_title.setBuddy(self.backups_edit)
        self.data_folder_title.setBuddy(self.data_folder_edit)
        self.settings_file_title.setBuddy(self.settings_file_edit)
        self.crash_reports_title.setBuddy(self.crash_reports_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Om H\u00e5llbar f\u00f6r\u00e4ndring", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Om programmet", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("AboutDialog", u"H\u00e5llbar f\u00f6r\u00e4ndring", None))
        self.description_label.setText(QCoreApplication.translate("AboutDialog", u"St\u00f6d f\u00f6r workshoppar om f\u00f6r\u00e4ndringsberedskap n\u00e4r h\u00e5llbarhet ska bli en del av det ordinarie arbetet. Bygger p\u00e5 Tillv\u00e4xtverkets v\u00e4gledning f\u00f6r h\u00e5llbar regional utveckling. Det du skriver sparas direkt i databasen som st\u00e5r nedan.", None))
        self.storage_heading.setText(QCoreApplication.translate("AboutDialog", u"H\u00e4r sparas dina uppgifter", None))
        self.database_title.setText(QCoreApplication.translate("AboutDialog", u"&Databasen som \u00e4r \u00f6ppen", None))
#if QT_CONFIG(accessibility)
        self.database_edit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Databasen som \u00e4r \u00f6ppen", None))
#endif // QT_CONFIG(accessibility)
        self.backups_title.setText(QCoreApplication.translate("AboutDialog", u"&S\u00e4kerhetskopior av databasen", None))
#if QT_CONFIG(accessibility)
        self.backups_edit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Mappen med s\u00e4kerhetskopior", None))
#endif // QT_CONFIG(accessibility)
        self.data_folder_title.setText(QCoreApplication.translate("AboutDialog", u"&Programmets datamapp", None))
#if QT_CONFIG(accessibility)
        self.data_folder_edit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Programmets datamapp", None))
#endif // QT_CONFIG(accessibility)
        self.open_folder_button.setText(QCoreApplication.translate("AboutDialog", u"\u00d6ppna &mappen", None))
#if QT_CONFIG(tooltip)
        self.open_folder_button.setToolTip(QCoreApplication.translate("AboutDialog", u"Visar datamappen i filhanteraren, till exempel f\u00f6r att ta en egen kopia av databasen", None))
#endif // QT_CONFIG(tooltip)
        self.settings_file_title.setText(QCoreApplication.translate("AboutDialog", u"Programmets &inst\u00e4llningar", None))
#if QT_CONFIG(accessibility)
        self.settings_file_edit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Programmets inst\u00e4llningar", None))
#endif // QT_CONFIG(accessibility)
        self.crash_reports_title.setText(QCoreApplication.translate("AboutDialog", u"&Felrapporter", None))
#if QT_CONFIG(accessibility)
        self.crash_reports_edit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Mappen med felrapporter", None))
#endif // QT_CONFIG(accessibility)
        self.storage_note_label.setText(QCoreApplication.translate("AboutDialog", u"Markera en s\u00f6kv\u00e4g och kopiera den med Ctrl+C. Programmet g\u00f6r en s\u00e4kerhetskopia av databasen f\u00f6rsta g\u00e5ngen du \u00f6ppnar den varje dag.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.about_tab), QCoreApplication.translate("AboutDialog", u"&Om programmet", None))
        self.licences_intro_label.setText(QCoreApplication.translate("AboutDialog", u"Programmet \u00e4r byggt med de h\u00e4r typsnitten och biblioteken. V\u00e4lj ett f\u00f6r att l\u00e4sa dess licens.", None))
#if QT_CONFIG(accessibility)
        self.component_table.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Typsnitt och bibliotek", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.component_table.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Ett typsnitt eller bibliotek per rad, med version och licens. Licenstexten f\u00f6r den valda raden st\u00e5r under tabellen.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licence_text.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licenstext", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.licences_tab), QCoreApplication.translate("AboutDialog", u"&Licenser", None))
    # retranslateUi

