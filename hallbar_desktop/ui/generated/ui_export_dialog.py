# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from hallbar_desktop.ui.widgets.optional_date_field import OptionalDateField

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(620, 560)
        self.dialog_layout = QVBoxLayout(ExportDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.what_heading = QLabel(ExportDialog)
        self.what_heading.setObjectName(u"what_heading")

        self.dialog_layout.addWidget(self.what_heading)

        self.this_workshop_label = QLabel(ExportDialog)
        self.this_workshop_label.setObjectName(u"this_workshop_label")
        self.this_workshop_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.this_workshop_label)

        self.choice_panel = QWidget(ExportDialog)
        self.choice_panel.setObjectName(u"choice_panel")
        self.choice_layout = QGridLayout(self.choice_panel)
        self.choice_layout.setObjectName(u"choice_layout")
        self.choice_layout.setHorizontalSpacing(8)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.selected_radio = QRadioButton(self.choice_panel)
        self.selected_radio.setObjectName(u"selected_radio")

        self.choice_layout.addWidget(self.selected_radio, 0, 0, 1, 2)

        self.all_radio = QRadioButton(self.choice_panel)
        self.all_radio.setObjectName(u"all_radio")

        self.choice_layout.addWidget(self.all_radio, 1, 0, 1, 2)

        self.organisation_radio = QRadioButton(self.choice_panel)
        self.organisation_radio.setObjectName(u"organisation_radio")

        self.choice_layout.addWidget(self.organisation_radio, 2, 0, 1, 1)

        self.organisation_combo = QComboBox(self.choice_panel)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation_combo.setMinimumContentsLength(20)

        self.choice_layout.addWidget(self.organisation_combo, 2, 1, 1, 1)

        self.period_radio = QRadioButton(self.choice_panel)
        self.period_radio.setObjectName(u"period_radio")

        self.choice_layout.addWidget(self.period_radio, 3, 0, 1, 1)

        self.period_row = QHBoxLayout()
        self.period_row.setSpacing(6)
        self.period_row.setObjectName(u"period_row")
        self.from_date_field = OptionalDateField(self.choice_panel)
        self.from_date_field.setObjectName(u"from_date_field")

        self.period_row.addWidget(self.from_date_field)

        self.period_dash_label = QLabel(self.choice_panel)
        self.period_dash_label.setObjectName(u"period_dash_label")

        self.period_row.addWidget(self.period_dash_label)

        self.to_date_field = OptionalDateField(self.choice_panel)
        self.to_date_field.setObjectName(u"to_date_field")

        self.period_row.addWidget(self.to_date_field)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_row.addItem(self.period_spacer)


        self.choice_layout.addLayout(self.period_row, 3, 1, 1, 1)


        self.dialog_layout.addWidget(self.choice_panel)

        self.selection_label = QLabel(ExportDialog)
        self.selection_label.setObjectName(u"selection_label")
        self.selection_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.selection_label)

        self.format_heading = QLabel(ExportDialog)
        self.format_heading.setObjectName(u"format_heading")

        self.dialog_layout.addWidget(self.format_heading)

        self.format_row = QHBoxLayout()
        self.format_row.setSpacing(16)
        self.format_row.setObjectName(u"format_row")
        self.xlsx_check = QCheckBox(ExportDialog)
        self.xlsx_check.setObjectName(u"xlsx_check")
        self.xlsx_check.setChecked(True)

        self.format_row.addWidget(self.xlsx_check)

        self.pdf_check = QCheckBox(ExportDialog)
        self.pdf_check.setObjectName(u"pdf_check")
        self.pdf_check.setChecked(True)

        self.format_row.addWidget(self.pdf_check)

        self.format_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.format_row.addItem(self.format_spacer)


        self.dialog_layout.addLayout(self.format_row)

        self.personal_data_check = QCheckBox(ExportDialog)
        self.personal_data_check.setObjectName(u"personal_data_check")

        self.dialog_layout.addWidget(self.personal_data_check)

        self.names_row = QHBoxLayout()
        self.names_row.setObjectName(u"names_row")
        self.names_row.setContentsMargins(24, -1, -1, -1)
        self.names_check = QCheckBox(ExportDialog)
        self.names_check.setObjectName(u"names_check")

        self.names_row.addWidget(self.names_check)


        self.dialog_layout.addLayout(self.names_row)

        self.names_hint_label = QLabel(ExportDialog)
        self.names_hint_label.setObjectName(u"names_hint_label")
        self.names_hint_label.setWordWrap(True)
        self.names_hint_label.setIndent(24)

        self.dialog_layout.addWidget(self.names_hint_label)

        self.where_heading = QLabel(ExportDialog)
        self.where_heading.setObjectName(u"where_heading")

        self.dialog_layout.addWidget(self.where_heading)

        self.where_form = QFormLayout()
        self.where_form.setObjectName(u"where_form")
        self.where_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.folder_label = QLabel(ExportDialog)
        self.folder_label.setObjectName(u"folder_label")

        self.where_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_edit = QLineEdit(ExportDialog)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_row.addWidget(self.folder_edit)

        self.choose_folder_button = QPushButton(ExportDialog)
        self.choose_folder_button.setObjectName(u"choose_folder_button")

        self.folder_row.addWidget(self.choose_folder_button)


        self.where_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folder_row)

        self.name_label = QLabel(ExportDialog)
        self.name_label.setObjectName(u"name_label")

        self.where_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ExportDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(150)

        self.where_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.files_label = QLabel(ExportDialog)
        self.files_label.setObjectName(u"files_label")

        self.where_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.files_label)


        self.dialog_layout.addLayout(self.where_form)

        self.open_after_check = QCheckBox(ExportDialog)
        self.open_after_check.setObjectName(u"open_after_check")

        self.dialog_layout.addWidget(self.open_after_check)

        self.result_spacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.result_spacer)

        self.progress_bar = QProgressBar(ExportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximum(0)

        self.dialog_layout.addWidget(self.progress_bar)

        self.message_label = QLabel(ExportDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.open_folder_button = QPushButton(ExportDialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.button_row.addWidget(self.open_folder_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.export_button = QPushButton(ExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.button_row.addWidget(self.export_button)

        self.close_button = QPushButton(ExportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder_edit)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.selected_radio, self.all_radio)
        QWidget.setTabOrder(self.all_radio, self.organisation_radio)
        QWidget.setTabOrder(self.organisation_radio, self.organisation_combo)
        QWidget.setTabOrder(self.organisation_combo, self.period_radio)
        QWidget.setTabOrder(self.period_radio, self.from_date_field)
        QWidget.setTabOrder(self.from_date_field, self.to_date_field)
        QWidget.setTabOrder(self.to_date_field, self.xlsx_check)
        QWidget.setTabOrder(self.xlsx_check, self.pdf_check)
        QWidget.setTabOrder(self.pdf_check, self.personal_data_check)
        QWidget.setTabOrder(self.personal_data_check, self.names_check)
        QWidget.setTabOrder(self.names_check, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.choose_folder_button)
        QWidget.setTabOrder(self.choose_folder_button, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.open_after_check)
        QWidget.setTabOrder(self.open_after_check, self.export_button)
        QWidget.setTabOrder(self.export_button, self.open_folder_button)
        QWidget.setTabOrder(self.open_folder_button, self.close_button)

        self.retranslateUi(ExportDialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Exportera", None))
        self.what_heading.setText(QCoreApplication.translate("ExportDialog", u"Vad vill du exportera?", None))
        self.selected_radio.setText(QCoreApplication.translate("ExportDialog", u"&Vald workshop", None))
        self.all_radio.setText(QCoreApplication.translate("ExportDialog", u"&Alla workshoppar, sammanst\u00e4llda", None))
        self.organisation_radio.setText(QCoreApplication.translate("ExportDialog", u"Alla fr\u00e5n en &organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.period_radio.setText(QCoreApplication.translate("ExportDialog", u"Alla under en pe&riod", None))
        self.period_dash_label.setText(QCoreApplication.translate("ExportDialog", u"till", None))
        self.format_heading.setText(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.xlsx_check.setText(QCoreApplication.translate("ExportDialog", u"&Excel-arbetsbok (.xlsx)", None))
#if QT_CONFIG(tooltip)
        self.xlsx_check.setToolTip(QCoreApplication.translate("ExportDialog", u"Alla uppgifter i tabeller, f\u00f6r egen analys och f\u00f6r att f\u00f6lja upp \u00e5tg\u00e4rderna", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_check.setText(QCoreApplication.translate("ExportDialog", u"&PDF-rapport", None))
#if QT_CONFIG(tooltip)
        self.pdf_check.setToolTip(QCoreApplication.translate("ExportDialog", u"En rapport med diagram att skicka till deltagarna eller ledningen", None))
#endif // QT_CONFIG(tooltip)
        self.personal_data_check.setText(QCoreApplication.translate("ExportDialog", u"Ta med &personuppgifter: processledarens namn och alias som n\u00e5gon har skrivit in", None))
        self.names_check.setText(QCoreApplication.translate("ExportDialog", u"Ta med deltagarnas &namn och roller ocks\u00e5", None))
        self.names_hint_label.setText(QCoreApplication.translate("ExportDialog", u"Utan personuppgifter st\u00e5r deltagarna som Deltagare 1, 2 \u2026 och varken processledaren eller vem som skrev vad syns. L\u00e5t rutorna vara tomma om filen ska delas vidare. Svaren kopplas aldrig till namn.", None))
        self.where_heading.setText(QCoreApplication.translate("ExportDialog", u"Var ska filerna sparas?", None))
        self.folder_label.setText(QCoreApplication.translate("ExportDialog", u"&Mapp", None))
        self.choose_folder_button.setText(QCoreApplication.translate("ExportDialog", u"V\u00e4l&j mapp\u2026", None))
        self.name_label.setText(QCoreApplication.translate("ExportDialog", u"&Filnamn", None))
        self.open_after_check.setText(QCoreApplication.translate("ExportDialog", u"\u00d6ppna mappen efter\u00e5&t", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Exporten p\u00e5g\u00e5r", None))
#endif // QT_CONFIG(accessibility)
        self.open_folder_button.setText(QCoreApplication.translate("ExportDialog", u"&\u00d6ppna mappen", None))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", u"Exportera", None))
        self.close_button.setText(QCoreApplication.translate("ExportDialog", u"St\u00e4ng", None))
    # retranslateUi

