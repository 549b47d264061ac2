# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

from hallbar_desktop.ui.widgets.committing_text_edit import (CommittingLineEdit, CommittingTextEdit)

class Ui_TemplateEditorDialog(object):
    def setupUi(self, TemplateEditorDialog):
        if not TemplateEditorDialog.objectName():
            TemplateEditorDialog.setObjectName(u"TemplateEditorDialog")
        TemplateEditorDialog.resize(1040, 660)
        self.dialog_layout = QVBoxLayout(TemplateEditorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(TemplateEditorDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.top_form = QFormLayout()
        self.top_form.setObjectName(u"top_form")
        self.base_label = QLabel(TemplateEditorDialog)
        self.base_label.setObjectName(u"base_label")

        self.top_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.base_label)

        self.base_combo = QComboBox(TemplateEditorDialog)
        self.base_combo.setObjectName(u"base_combo")
        self.base_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.base_combo.setMinimumContentsLength(40)

        self.top_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.base_combo)

        self.name_label = QLabel(TemplateEditorDialog)
        self.name_label.setObjectName(u"name_label")

        self.top_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = CommittingLineEdit(TemplateEditorDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.top_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_problem_label = QLabel(TemplateEditorDialog)
        self.name_problem_label.setObjectName(u"name_problem_label")
        self.name_problem_label.setWordWrap(True)

        self.top_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_problem_label)


        self.dialog_layout.addLayout(self.top_form)

        self.tabs = QTabWidget(TemplateEditorDialog)
        self.tabs.setObjectName(u"tabs")
        self.dimensions_tab = QWidget()
        self.dimensions_tab.setObjectName(u"dimensions_tab")
        self.dimensions_tab_layout = QHBoxLayout(self.dimensions_tab)
        self.dimensions_tab_layout.setObjectName(u"dimensions_tab_layout")
        self.dimension_list_layout = QVBoxLayout()
        self.dimension_list_layout.setObjectName(u"dimension_list_layout")
        self.dimension_list_label = QLabel(self.dimensions_tab)
        self.dimension_list_label.setObjectName(u"dimension_list_label")

        self.dimension_list_layout.addWidget(self.dimension_list_label)

        self.dimension_list = QListView(self.dimensions_tab)
        self.dimension_list.setObjectName(u"dimension_list")

        self.dimension_list_layout.addWidget(self.dimension_list)

        self.dimensions_problem_label = QLabel(self.dimensions_tab)
        self.dimensions_problem_label.setObjectName(u"dimensions_problem_label")
        self.dimensions_problem_label.setWordWrap(True)

        self.dimension_list_layout.addWidget(self.dimensions_problem_label)

        self.dimension_buttons = QGridLayout()
        self.dimension_buttons.setObjectName(u"dimension_buttons")
        self.add_dimension_button = QPushButton(self.dimensions_tab)
        self.add_dimension_button.setObjectName(u"add_dimension_button")

        self.dimension_buttons.addWidget(self.add_dimension_button, 0, 0, 1, 1)

        self.remove_dimension_button = QPushButton(self.dimensions_tab)
        self.remove_dimension_button.setObjectName(u"remove_dimension_button")

        self.dimension_buttons.addWidget(self.remove_dimension_button, 0, 1, 1, 1)

        self.dimension_up_button = QPushButton(self.dimensions_tab)
        self.dimension_up_button.setObjectName(u"dimension_up_button")

        self.dimension_buttons.addWidget(self.dimension_up_button, 1, 0, 1, 1)

        self.dimension_down_button = QPushButton(self.dimensions_tab)
        self.dimension_down_button.setObjectName(u"dimension_down_button")

        self.dimension_buttons.addWidget(self.dimension_down_button, 1, 1, 1, 1)


        self.dimension_list_layout.addLayout(self.dimension_buttons)


        self.dimensions_tab_layout.addLayout(self.dimension_list_layout)

        self.dimension_panel = QWidget(self.dimensions_tab)
        self.dimension_panel.setObjectName(u"dimension_panel")
        self.dimension_panel_layout = QVBoxLayout(self.dimension_panel)
        self.dimension_panel_layout.setObjectName(u"dimension_panel_layout")
        self.dimension_panel_layout.setContentsMargins(8, 0, 0, 0)
        self.dimension_form = QFormLayout()
        self.dimension_form.setObjectName(u"dimension_form")
        self.dimension_code_label = QLabel(self.dimension_panel)
        self.dimension_code_label.setObjectName(u"dimension_code_label")

        self.dimension_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dimension_code_label)

        self.dimension_code_edit = CommittingLineEdit(self.dimension_panel)
        self.dimension_code_edit.setObjectName(u"dimension_code_edit")
        self.dimension_code_edit.setMaximumSize(QSize(120, 16777215))

        self.dimension_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dimension_code_edit)

        self.dimension_label_label = QLabel(self.dimension_panel)
        self.dimension_label_label.setObjectName(u"dimension_label_label")

        self.dimension_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dimension_label_label)

        self.dimension_label_edit = CommittingLineEdit(self.dimension_panel)
        self.dimension_label_edit.setObjectName(u"dimension_label_edit")

        self.dimension_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dimension_label_edit)

        self.dimension_description_label = QLabel(self.dimension_panel)
        self.dimension_description_label.setObjectName(u"dimension_description_label")

        self.dimension_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dimension_description_label)

        self.dimension_description_edit = CommittingLineEdit(self.dimension_panel)
        self.dimension_description_edit.setObjectName(u"dimension_description_edit")

        self.dimension_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dimension_description_edit)

        self.dimension_kind_layout = QHBoxLayout()
        self.dimension_kind_layout.setObjectName(u"dimension_kind_layout")
        self.in_readiness_check = QCheckBox(self.dimension_panel)
        self.in_readiness_check.setObjectName(u"in_readiness_check")

        self.dimension_kind_layout.addWidget(self.in_readiness_check)

        self.higher_is_worse_check = QCheckBox(self.dimension_panel)
        self.higher_is_worse_check.setObjectName(u"higher_is_worse_check")

        self.dimension_kind_layout.addWidget(self.higher_is_worse_check)

        self.dimension_kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dimension_kind_layout.addItem(self.dimension_kind_spacer)


        self.dimension_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dimension_kind_layout)


        self.dimension_panel_layout.addLayout(self.dimension_form)

        self.dimension_problem_label = QLabel(self.dimension_panel)
        self.dimension_problem_label.setObjectName(u"dimension_problem_label")
        self.dimension_problem_label.setWordWrap(True)

        self.dimension_panel_layout.addWidget(self.dimension_problem_label)

        self.statements_label = QLabel(self.dimension_panel)
        self.statements_label.setObjectName(u"statements_label")

        self.dimension_panel_layout.addWidget(self.statements_label)

        self.statement_table = QTableView(self.dimension_panel)
        self.statement_table.setObjectName(u"statement_table")
        self.statement_table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.statement_table.setTabKeyNavigation(False)
        self.statement_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statement_table.setWordWrap(False)

        self.dimension_panel_layout.addWidget(self.statement_table)

        self.statement_problem_label = QLabel(self.dimension_panel)
        self.statement_problem_label.setObjectName(u"statement_problem_label")
        self.statement_problem_label.setWordWrap(True)

        self.dimension_panel_layout.addWidget(self.statement_problem_label)

        self.statement_buttons = QHBoxLayout()
        self.statement_buttons.setObjectName(u"statement_buttons")
        self.add_statement_button = QPushButton(self.dimension_panel)
        self.add_statement_button.setObjectName(u"add_statement_button")

        self.statement_buttons.addWidget(self.add_statement_button)

        self.remove_statement_button = QPushButton(self.dimension_panel)
        self.remove_statement_button.setObjectName(u"remove_statement_button")

        self.statement_buttons.addWidget(self.remove_statement_button)

        self.statement_up_button = QPushButton(self.dimension_panel)
        self.statement_up_button.setObjectName(u"statement_up_button")

        self.statement_buttons.addWidget(self.statement_up_button)

        self.statement_down_button = QPushButton(self.dimension_panel)
        self.statement_down_button.setObjectName(u"statement_down_button")

        self.statement_buttons.addWidget(self.statement_down_button)

        self.statement_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statement_buttons.addItem(self.statement_buttons_spacer)


        self.dimension_panel_layout.addLayout(self.statement_buttons)


        self.dimensions_tab_layout.addWidget(self.dimension_panel)

        self.dimensions_tab_layout.setStretch(0, 1)
        self.dimensions_tab_layout.setStretch(1, 3)
        self.tabs.addTab(self.dimensions_tab, "")
        self.scale_tab = QWidget()
        self.scale_tab.setObjectName(u"scale_tab")
        self.scale_tab_layout = QVBoxLayout(self.scale_tab)
        self.scale_tab_layout.setObjectName(u"scale_tab_layout")
        self.scale_form = QFormLayout()
        self.scale_form.setObjectName(u"scale_form")
        self.scale_for_label = QLabel(self.scale_tab)
        self.scale_for_label.setObjectName(u"scale_for_label")

        self.scale_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scale_for_label)

        self.scale_for_combo = QComboBox(self.scale_tab)
        self.scale_for_combo.setObjectName(u"scale_for_combo")
        self.scale_for_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scale_for_combo.setMinimumContentsLength(40)

        self.scale_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scale_for_combo)

        self.own_scale_check = QCheckBox(self.scale_tab)
        self.own_scale_check.setObjectName(u"own_scale_check")

        self.scale_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.own_scale_check)


        self.scale_tab_layout.addLayout(self.scale_form)

        self.scale_table = QTableView(self.scale_tab)
        self.scale_table.setObjectName(u"scale_table")
        self.scale_table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.scale_table.setTabKeyNavigation(False)
        self.scale_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.scale_tab_layout.addWidget(self.scale_table)

        self.scale_problem_label = QLabel(self.scale_tab)
        self.scale_problem_label.setObjectName(u"scale_problem_label")
        self.scale_problem_label.setWordWrap(True)

        self.scale_tab_layout.addWidget(self.scale_problem_label)

        self.dont_know_form = QFormLayout()
        self.dont_know_form.setObjectName(u"dont_know_form")
        self.dont_know_label = QLabel(self.scale_tab)
        self.dont_know_label.setObjectName(u"dont_know_label")

        self.dont_know_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dont_know_label)

        self.dont_know_edit = CommittingLineEdit(self.scale_tab)
        self.dont_know_edit.setObjectName(u"dont_know_edit")

        self.dont_know_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dont_know_edit)

        self.dont_know_problem_label = QLabel(self.scale_tab)
        self.dont_know_problem_label.setObjectName(u"dont_know_problem_label")
        self.dont_know_problem_label.setWordWrap(True)

        self.dont_know_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dont_know_problem_label)


        self.scale_tab_layout.addLayout(self.dont_know_form)

        self.tabs.addTab(self.scale_tab, "")
        self.prompts_tab = QWidget()
        self.prompts_tab.setObjectName(u"prompts_tab")
        self.prompts_tab_layout = QVBoxLayout(self.prompts_tab)
        self.prompts_tab_layout.setObjectName(u"prompts_tab_layout")
        self.prompts_intro_label = QLabel(self.prompts_tab)
        self.prompts_intro_label.setObjectName(u"prompts_intro_label")
        self.prompts_intro_label.setWordWrap(True)

        self.prompts_tab_layout.addWidget(self.prompts_intro_label)

        self.prompt_table = QTableView(self.prompts_tab)
        self.prompt_table.setObjectName(u"prompt_table")
        self.prompt_table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.prompt_table.setTabKeyNavigation(False)
        self.prompt_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prompt_table.setWordWrap(False)

        self.prompts_tab_layout.addWidget(self.prompt_table)

        self.prompt_problem_label = QLabel(self.prompts_tab)
        self.prompt_problem_label.setObjectName(u"prompt_problem_label")
        self.prompt_problem_label.setWordWrap(True)

        self.prompts_tab_layout.addWidget(self.prompt_problem_label)

        self.prompt_buttons = QHBoxLayout()
        self.prompt_buttons.setObjectName(u"prompt_buttons")
        self.add_prompt_button = QPushButton(self.prompts_tab)
        self.add_prompt_button.setObjectName(u"add_prompt_button")

        self.prompt_buttons.addWidget(self.add_prompt_button)

        self.remove_prompt_button = QPushButton(self.prompts_tab)
        self.remove_prompt_button.setObjectName(u"remove_prompt_button")

        self.prompt_buttons.addWidget(self.remove_prompt_button)

        self.prompt_up_button = QPushButton(self.prompts_tab)
        self.prompt_up_button.setObjectName(u"prompt_up_button")

        self.prompt_buttons.addWidget(self.prompt_up_button)

        self.prompt_down_button = QPushButton(self.prompts_tab)
        self.prompt_down_button.setObjectName(u"prompt_down_button")

        self.prompt_buttons.addWidget(self.prompt_down_button)

        self.prompt_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prompt_buttons.addItem(self.prompt_buttons_spacer)


        self.prompts_tab_layout.addLayout(self.prompt_buttons)

        self.tabs.addTab(self.prompts_tab, "")
        self.sources_tab = QWidget()
        self.sources_tab.setObjectName(u"sources_tab")
        self.sources_tab_layout = QVBoxLayout(self.sources_tab)
        self.sources_tab_layout.setObjectName(u"sources_tab_layout")
        self.sources_label = QLabel(self.sources_tab)
        self.sources_label.setObjectName(u"sources_label")
        self.sources_label.setWordWrap(True)

        self.sources_tab_layout.addWidget(self.sources_label)

        self.sources_edit = CommittingTextEdit(self.sources_tab)
        self.sources_edit.setObjectName(u"sources_edit")

        self.sources_tab_layout.addWidget(self.sources_edit)

        self.sources_problem_label = QLabel(self.sources_tab)
        self.sources_problem_label.setObjectName(u"sources_problem_label")
        self.sources_problem_label.setWordWrap(True)

        self.sources_tab_layout.addWidget(self.sources_problem_label)

        self.tabs.addTab(self.sources_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.problems_label = QLabel(TemplateEditorDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.problems_label)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.undo_button = QPushButton(TemplateEditorDialog)
        self.undo_button.setObjectName(u"undo_button")

        self.bottom_layout.addWidget(self.undo_button)

        self.redo_button = QPushButton(TemplateEditorDialog)
        self.redo_button.setObjectName(u"redo_button")

        self.bottom_layout.addWidget(self.redo_button)

        self.button_box = QDialogButtonBox(TemplateEditorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.base_label.setBuddy(self.base_combo)
        self.name_label.setBuddy(self.name_edit)
        self.dimension_list_label.setBuddy(self.dimension_list)
        self.dimension_code_label.setBuddy(self.dimension_code_edit)
        self.dimension_label_label.setBuddy(self.dimension_label_edit)
        self.dimension_description_label.setBuddy(self.dimension_description_edit)
        self.statements_label.setBuddy(self.statement_table)
        self.scale_for_label.setBuddy(self.scale_for_combo)
        self.dont_know_label.setBuddy(self.dont_know_edit)
        self.prompts_intro_label.setBuddy(self.prompt_table)
        self.sources_label.setBuddy(self.sources_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.base_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.tabs)
        QWidget.setTabOrder(self.tabs, self.dimension_list)
        QWidget.setTabOrder(self.dimension_list, self.add_dimension_button)
        QWidget.setTabOrder(self.add_dimension_button, self.remove_dimension_button)
        QWidget.setTabOrder(self.remove_dimension_button, self.dimension_up_button)
        QWidget.setTabOrder(self.dimension_up_button, self.dimension_down_button)
        QWidget.setTabOrder(self.dimension_down_button, self.dimension_code_edit)
        QWidget.setTabOrder(self.dimension_code_edit, self.dimension_label_edit)
        QWidget.setTabOrder(self.dimension_label_edit, self.dimension_description_edit)
        QWidget.setTabOrder(self.dimension_description_edit, self.in_readiness_check)
        QWidget.setTabOrder(self.in_readiness_check, self.higher_is_worse_check)
        QWidget.setTabOrder(self.higher_is_worse_check, self.statement_table)
        QWidget.setTabOrder(self.statement_table, self.add_statement_button)
        QWidget.setTabOrder(self.add_statement_button, self.remove_statement_button)
        QWidget.setTabOrder(self.remove_statement_button, self.statement_up_button)
        QWidget.setTabOrder(self.statement_up_button, self.statement_down_button)
        QWidget.setTabOrder(self.statement_down_button, self.scale_for_combo)
        QWidget.setTabOrder(self.scale_for_combo, self.own_scale_check)
        QWidget.setTabOrder(self.own_scale_check, self.scale_table)
        QWidget.setTabOrder(self.scale_table, self.dont_know_edit)
        QWidget.setTabOrder(self.dont_know_edit, self.prompt_table)
        QWidget.setTabOrder(self.prompt_table, self.add_prompt_button)
        QWidget.setTabOrder(self.add_prompt_button, self.remove_prompt_button)
        QWidget.setTabOrder(self.remove_prompt_button, self.prompt_up_button)
        QWidget.setTabOrder(self.prompt_up_button, self.prompt_down_button)
        QWidget.setTabOrder(self.prompt_down_button, self.sources_edit)
        QWidget.setTabOrder(self.sources_edit, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.redo_button)
        QWidget.setTabOrder(self.redo_button, self.button_box)

        self.retranslateUi(TemplateEditorDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TemplateEditorDialog)
    # setupUi

    def retranslateUi(self, TemplateEditorDialog):
        TemplateEditorDialog.setWindowTitle(QCoreApplication.translate("TemplateEditorDialog", u"Mallar f\u00f6r skattningen[*]", None))
        self.intro_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"G\u00f6r en egen version av p\u00e5st\u00e5endena och skalan. Den sparas som organisationens mall och kan v\u00e4ljas n\u00e4r du skapar en ny workshop. Workshoppar som redan finns beh\u00e5ller den mall de skapades med.", None))
        self.base_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Utg\u00e5 fr\u00e5n", None))
#if QT_CONFIG(tooltip)
        self.base_combo.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"Den inbyggda mallen sparas som en ny, egen mall. En egen mall sparas som en ny version av sig sj\u00e4lv.", None))
#endif // QT_CONFIG(tooltip)
        self.name_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Namn", None))
#if QT_CONFIG(tooltip)
        self.name_edit.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"Exporterna skriver ut mallens namn och version, s\u00e5 att det syns vilka p\u00e5st\u00e5enden som anv\u00e4ndes.", None))
#endif // QT_CONFIG(tooltip)
        self.dimension_list_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Dimensioner", None))
#if QT_CONFIG(accessibility)
        self.dimension_list.setAccessibleDescription(QCoreApplication.translate("TemplateEditorDialog", u"Mallens dimensioner. V\u00e4lj en f\u00f6r att se och \u00e4ndra dess p\u00e5st\u00e5enden.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dimension_list.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Dimensioner", None))
#endif // QT_CONFIG(accessibility)
        self.add_dimension_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"L\u00e4gg till dimension", None))
        self.remove_dimension_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Ta bort", None))
#if QT_CONFIG(accessibility)
        self.remove_dimension_button.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Ta bort dimension", None))
#endif // QT_CONFIG(accessibility)
        self.dimension_up_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Flytta upp", None))
#if QT_CONFIG(accessibility)
        self.dimension_up_button.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Flytta dimensionen upp", None))
#endif // QT_CONFIG(accessibility)
        self.dimension_down_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Flytta ned", None))
#if QT_CONFIG(accessibility)
        self.dimension_down_button.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Flytta dimensionen ned", None))
#endif // QT_CONFIG(accessibility)
        self.dimension_code_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"K&od", None))
#if QT_CONFIG(tooltip)
        self.dimension_code_edit.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"En kort kod, till exempel A. Den st\u00e5r i exporternas kolumner och p\u00e5 projektorn.", None))
#endif // QT_CONFIG(tooltip)
        self.dimension_label_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"N&amn p\u00e5 dimensionen", None))
        self.dimension_description_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Beskrivning", None))
        self.in_readiness_check.setText(QCoreApplication.translate("TemplateEditorDialog", u"R\u00e4knas in i be&redskapen", None))
#if QT_CONFIG(tooltip)
        self.in_readiness_check.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"Beredskapen \u00e4r medelv\u00e4rdet av de h\u00e4r dimensionerna. St\u00e4ng av f\u00f6r ett block som beskriver n\u00e5got annat, till exempel s\u00e5rbarhet f\u00f6r beroenden.", None))
#endif // QT_CONFIG(tooltip)
        self.higher_is_worse_check.setText(QCoreApplication.translate("TemplateEditorDialog", u"H\u00f6gt v\u00e4rde \u00e4r en r&isk", None))
#if QT_CONFIG(tooltip)
        self.higher_is_worse_check.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"Trafikljusen v\u00e4nds: ett h\u00f6gt v\u00e4rde blir r\u00f6tt. F\u00f6r ett block som m\u00e4ter risk, inte beredskap.", None))
#endif // QT_CONFIG(tooltip)
        self.statements_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&P\u00e5st\u00e5enden", None))
#if QT_CONFIG(accessibility)
        self.statement_table.setAccessibleDescription(QCoreApplication.translate("TemplateEditorDialog", u"En rad per p\u00e5st\u00e5ende i den valda dimensionen. Skriv i en cell eller tryck F2 f\u00f6r att \u00e4ndra den.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statement_table.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"P\u00e5st\u00e5enden", None))
#endif // QT_CONFIG(accessibility)
        self.add_statement_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"L\u00e4gg &till p\u00e5st\u00e5ende", None))
        self.remove_statement_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Ta bort p\u00e5st\u00e5ende", None))
        self.statement_up_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Flytta upp", None))
#if QT_CONFIG(accessibility)
        self.statement_up_button.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Flytta p\u00e5st\u00e5endet upp", None))
#endif // QT_CONFIG(accessibility)
        self.statement_down_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Flytta ned", None))
#if QT_CONFIG(accessibility)
        self.statement_down_button.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Flytta p\u00e5st\u00e5endet ned", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.dimensions_tab), QCoreApplication.translate("TemplateEditorDialog", u"&Dimensioner och p\u00e5st\u00e5enden", None))
        self.scale_for_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Skalan &g\u00e4ller", None))
        self.own_scale_check.setText(QCoreApplication.translate("TemplateEditorDialog", u"D&imensionen har en egen skala", None))
#if QT_CONFIG(tooltip)
        self.own_scale_check.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"F\u00f6r p\u00e5st\u00e5enden d\u00e4r den allm\u00e4nna skalans ord skulle vilseleda, till exempel n\u00e4r ett h\u00f6gt v\u00e4rde \u00e4r en risk.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.scale_table.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Skalans f\u00f6rankringar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scale_table.setAccessibleDescription(QCoreApplication.translate("TemplateEditorDialog", u"En rad per v\u00e4rde p\u00e5 skalan, med dess etikett och betydelse. Skriv i en cell eller tryck F2 f\u00f6r att \u00e4ndra etiketten eller betydelsen.", None))
#endif // QT_CONFIG(accessibility)
        self.dont_know_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Svaret \u201d&Vet ej\u201d heter", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scale_tab), QCoreApplication.translate("TemplateEditorDialog", u"S&kala", None))
        self.prompts_intro_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Punkterna i checklistan \u00f6ver grundl\u00e4ggande f\u00f6ruts\u00e4ttningar som en ny workshop b\u00f6rjar med.", None))
#if QT_CONFIG(accessibility)
        self.prompt_table.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"F\u00f6ruts\u00e4ttningar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prompt_table.setAccessibleDescription(QCoreApplication.translate("TemplateEditorDialog", u"En rad per punkt i checklistan f\u00f6r f\u00f6ruts\u00e4ttningar, med dess omr\u00e5de. Skriv i en cell eller tryck F2 f\u00f6r att \u00e4ndra den.", None))
#endif // QT_CONFIG(accessibility)
        self.add_prompt_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"L\u00e4gg till punkt", None))
        self.remove_prompt_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Ta bort punkt", None))
        self.prompt_up_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Flytta upp", None))
#if QT_CONFIG(accessibility)
        self.prompt_up_button.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Flytta punkten upp", None))
#endif // QT_CONFIG(accessibility)
        self.prompt_down_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Flytta ned", None))
#if QT_CONFIG(accessibility)
        self.prompt_down_button.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Flytta punkten ned", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.prompts_tab), QCoreApplication.translate("TemplateEditorDialog", u"&F\u00f6ruts\u00e4ttningar", None))
        self.sources_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"K\u00e4llor och f\u00f6rbeh\u00e5ll som exporterna skriver ut, en per rad.", None))
#if QT_CONFIG(accessibility)
        self.sources_edit.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"K\u00e4llor", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.sources_tab), QCoreApplication.translate("TemplateEditorDialog", u"K\u00e4l&lor", None))
        self.undo_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u00c5ngra", None))
        self.redo_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"G\u00f6r om", None))
    # retranslateUi

