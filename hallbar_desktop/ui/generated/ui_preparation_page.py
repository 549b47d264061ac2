# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preparation_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

from hallbar_desktop.ui.widgets.committing_text_edit import (CommittingLineEdit, CommittingTextEdit)
from hallbar_desktop.ui.widgets.optional_date_field import OptionalDateField

class Ui_PreparationPage(object):
    def setupUi(self, PreparationPage):
        if not PreparationPage.objectName():
            PreparationPage.setObjectName(u"PreparationPage")
        PreparationPage.resize(1000, 700)
        self.page_layout = QVBoxLayout(PreparationPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PreparationPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setSpacing(8)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(16, 16, 16, 16)
        self.heading_label = QLabel(self.scroll_contents)
        self.heading_label.setObjectName(u"heading_label")

        self.contents_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(self.scroll_contents)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.contents_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(32)
        self.columns_layout.setObjectName(u"columns_layout")
        self.facts_column = QVBoxLayout()
        self.facts_column.setSpacing(8)
        self.facts_column.setObjectName(u"facts_column")
        self.facts_heading_label = QLabel(self.scroll_contents)
        self.facts_heading_label.setObjectName(u"facts_heading_label")

        self.facts_column.addWidget(self.facts_heading_label)

        self.facts_form = QFormLayout()
        self.facts_form.setObjectName(u"facts_form")
        self.facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.facts_form.setHorizontalSpacing(16)
        self.facts_form.setVerticalSpacing(8)
        self.title_label = QLabel(self.scroll_contents)
        self.title_label.setObjectName(u"title_label")

        self.facts_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit_layout = QVBoxLayout()
        self.title_edit_layout.setSpacing(2)
        self.title_edit_layout.setObjectName(u"title_edit_layout")
        self.title_edit = CommittingLineEdit(self.scroll_contents)
        self.title_edit.setObjectName(u"title_edit")

        self.title_edit_layout.addWidget(self.title_edit)

        self.title_problem_label = QLabel(self.scroll_contents)
        self.title_problem_label.setObjectName(u"title_problem_label")
        self.title_problem_label.setWordWrap(True)

        self.title_edit_layout.addWidget(self.title_problem_label)


        self.facts_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.title_edit_layout)

        self.organisation_label = QLabel(self.scroll_contents)
        self.organisation_label.setObjectName(u"organisation_label")

        self.facts_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit_layout = QVBoxLayout()
        self.organisation_edit_layout.setSpacing(2)
        self.organisation_edit_layout.setObjectName(u"organisation_edit_layout")
        self.organisation_edit = CommittingLineEdit(self.scroll_contents)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.organisation_edit_layout.addWidget(self.organisation_edit)

        self.organisation_problem_label = QLabel(self.scroll_contents)
        self.organisation_problem_label.setObjectName(u"organisation_problem_label")
        self.organisation_problem_label.setWordWrap(True)

        self.organisation_edit_layout.addWidget(self.organisation_problem_label)


        self.facts_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.organisation_edit_layout)

        self.unit_label = QLabel(self.scroll_contents)
        self.unit_label.setObjectName(u"unit_label")

        self.facts_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit_layout = QVBoxLayout()
        self.unit_edit_layout.setSpacing(2)
        self.unit_edit_layout.setObjectName(u"unit_edit_layout")
        self.unit_edit = CommittingLineEdit(self.scroll_contents)
        self.unit_edit.setObjectName(u"unit_edit")

        self.unit_edit_layout.addWidget(self.unit_edit)

        self.unit_problem_label = QLabel(self.scroll_contents)
        self.unit_problem_label.setObjectName(u"unit_problem_label")
        self.unit_problem_label.setWordWrap(True)

        self.unit_edit_layout.addWidget(self.unit_problem_label)


        self.facts_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.unit_edit_layout)

        self.change_label = QLabel(self.scroll_contents)
        self.change_label.setObjectName(u"change_label")

        self.facts_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.change_label)

        self.change_edit_layout = QVBoxLayout()
        self.change_edit_layout.setSpacing(2)
        self.change_edit_layout.setObjectName(u"change_edit_layout")
        self.change_edit = CommittingTextEdit(self.scroll_contents)
        self.change_edit.setObjectName(u"change_edit")
        self.change_edit.setMaximumSize(QSize(16777215, 84))

        self.change_edit_layout.addWidget(self.change_edit)

        self.change_problem_label = QLabel(self.scroll_contents)
        self.change_problem_label.setObjectName(u"change_problem_label")
        self.change_problem_label.setWordWrap(True)

        self.change_edit_layout.addWidget(self.change_problem_label)


        self.facts_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.change_edit_layout)

        self.place_label = QLabel(self.scroll_contents)
        self.place_label.setObjectName(u"place_label")

        self.facts_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit_layout = QVBoxLayout()
        self.place_edit_layout.setSpacing(2)
        self.place_edit_layout.setObjectName(u"place_edit_layout")
        self.place_edit = CommittingLineEdit(self.scroll_contents)
        self.place_edit.setObjectName(u"place_edit")

        self.place_edit_layout.addWidget(self.place_edit)

        self.place_problem_label = QLabel(self.scroll_contents)
        self.place_problem_label.setObjectName(u"place_problem_label")
        self.place_problem_label.setWordWrap(True)

        self.place_edit_layout.addWidget(self.place_problem_label)


        self.facts_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.place_edit_layout)

        self.facilitator_label = QLabel(self.scroll_contents)
        self.facilitator_label.setObjectName(u"facilitator_label")

        self.facts_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.facilitator_label)

        self.facilitator_edit_layout = QVBoxLayout()
        self.facilitator_edit_layout.setSpacing(2)
        self.facilitator_edit_layout.setObjectName(u"facilitator_edit_layout")
        self.facilitator_edit = CommittingLineEdit(self.scroll_contents)
        self.facilitator_edit.setObjectName(u"facilitator_edit")

        self.facilitator_edit_layout.addWidget(self.facilitator_edit)

        self.facilitator_problem_label = QLabel(self.scroll_contents)
        self.facilitator_problem_label.setObjectName(u"facilitator_problem_label")
        self.facilitator_problem_label.setWordWrap(True)

        self.facilitator_edit_layout.addWidget(self.facilitator_problem_label)


        self.facts_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.facilitator_edit_layout)


        self.facts_column.addLayout(self.facts_form)

        self.facts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.facts_column.addItem(self.facts_spacer)


        self.columns_layout.addLayout(self.facts_column)

        self.arrangement_column = QVBoxLayout()
        self.arrangement_column.setSpacing(8)
        self.arrangement_column.setObjectName(u"arrangement_column")
        self.arrangement_heading_label = QLabel(self.scroll_contents)
        self.arrangement_heading_label.setObjectName(u"arrangement_heading_label")

        self.arrangement_column.addWidget(self.arrangement_heading_label)

        self.arrangement_form = QFormLayout()
        self.arrangement_form.setObjectName(u"arrangement_form")
        self.arrangement_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.arrangement_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.arrangement_form.setHorizontalSpacing(16)
        self.arrangement_form.setVerticalSpacing(8)
        self.held_on_label = QLabel(self.scroll_contents)
        self.held_on_label.setObjectName(u"held_on_label")

        self.arrangement_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on_field_layout = QVBoxLayout()
        self.held_on_field_layout.setSpacing(2)
        self.held_on_field_layout.setObjectName(u"held_on_field_layout")
        self.held_on_field = OptionalDateField(self.scroll_contents)
        self.held_on_field.setObjectName(u"held_on_field")

        self.held_on_field_layout.addWidget(self.held_on_field)

        self.held_on_problem_label = QLabel(self.scroll_contents)
        self.held_on_problem_label.setObjectName(u"held_on_problem_label")
        self.held_on_problem_label.setWordWrap(True)

        self.held_on_field_layout.addWidget(self.held_on_problem_label)


        self.arrangement_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.held_on_field_layout)

        self.variant_label = QLabel(self.scroll_contents)
        self.variant_label.setObjectName(u"variant_label")

        self.arrangement_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.variant_label)

        self.variant_combo_layout = QVBoxLayout()
        self.variant_combo_layout.setSpacing(2)
        self.variant_combo_layout.setObjectName(u"variant_combo_layout")
        self.variant_combo = QComboBox(self.scroll_contents)
        self.variant_combo.setObjectName(u"variant_combo")
        self.variant_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.variant_combo.setMinimumContentsLength(14)

        self.variant_combo_layout.addWidget(self.variant_combo)

        self.variant_note_label = QLabel(self.scroll_contents)
        self.variant_note_label.setObjectName(u"variant_note_label")
        self.variant_note_label.setWordWrap(True)

        self.variant_combo_layout.addWidget(self.variant_note_label)

        self.variant_problem_label = QLabel(self.scroll_contents)
        self.variant_problem_label.setObjectName(u"variant_problem_label")
        self.variant_problem_label.setWordWrap(True)

        self.variant_combo_layout.addWidget(self.variant_problem_label)


        self.arrangement_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.variant_combo_layout)

        self.status_label = QLabel(self.scroll_contents)
        self.status_label.setObjectName(u"status_label")

        self.arrangement_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo_layout = QVBoxLayout()
        self.status_combo_layout.setSpacing(2)
        self.status_combo_layout.setObjectName(u"status_combo_layout")
        self.status_combo = QComboBox(self.scroll_contents)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(14)

        self.status_combo_layout.addWidget(self.status_combo)

        self.status_problem_label = QLabel(self.scroll_contents)
        self.status_problem_label.setObjectName(u"status_problem_label")
        self.status_problem_label.setWordWrap(True)

        self.status_combo_layout.addWidget(self.status_problem_label)


        self.arrangement_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.status_combo_layout)

        self.input_mode_label = QLabel(self.scroll_contents)
        self.input_mode_label.setObjectName(u"input_mode_label")

        self.arrangement_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.input_mode_label)

        self.input_mode_combo_layout = QVBoxLayout()
        self.input_mode_combo_layout.setSpacing(2)
        self.input_mode_combo_layout.setObjectName(u"input_mode_combo_layout")
        self.input_mode_combo = QComboBox(self.scroll_contents)
        self.input_mode_combo.setObjectName(u"input_mode_combo")
        self.input_mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.input_mode_combo.setMinimumContentsLength(14)

        self.input_mode_combo_layout.addWidget(self.input_mode_combo)

        self.input_mode_problem_label = QLabel(self.scroll_contents)
        self.input_mode_problem_label.setObjectName(u"input_mode_problem_label")
        self.input_mode_problem_label.setWordWrap(True)

        self.input_mode_combo_layout.addWidget(self.input_mode_problem_label)


        self.arrangement_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.input_mode_combo_layout)

        self.names_label = QLabel(self.scroll_contents)
        self.names_label.setObjectName(u"names_label")

        self.arrangement_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.names_label)

        self.show_names_check_layout = QVBoxLayout()
        self.show_names_check_layout.setSpacing(2)
        self.show_names_check_layout.setObjectName(u"show_names_check_layout")
        self.show_names_check = QCheckBox(self.scroll_contents)
        self.show_names_check.setObjectName(u"show_names_check")

        self.show_names_check_layout.addWidget(self.show_names_check)

        self.names_hint_label = QLabel(self.scroll_contents)
        self.names_hint_label.setObjectName(u"names_hint_label")
        self.names_hint_label.setWordWrap(True)

        self.show_names_check_layout.addWidget(self.names_hint_label)

        self.names_problem_label = QLabel(self.scroll_contents)
        self.names_problem_label.setObjectName(u"names_problem_label")
        self.names_problem_label.setWordWrap(True)

        self.show_names_check_layout.addWidget(self.names_problem_label)


        self.arrangement_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.show_names_check_layout)

        self.follow_up_label = QLabel(self.scroll_contents)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.arrangement_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up_field_layout = QVBoxLayout()
        self.follow_up_field_layout.setSpacing(2)
        self.follow_up_field_layout.setObjectName(u"follow_up_field_layout")
        self.follow_up_field = OptionalDateField(self.scroll_contents)
        self.follow_up_field.setObjectName(u"follow_up_field")

        self.follow_up_field_layout.addWidget(self.follow_up_field)

        self.follow_up_problem_label = QLabel(self.scroll_contents)
        self.follow_up_problem_label.setObjectName(u"follow_up_problem_label")
        self.follow_up_problem_label.setWordWrap(True)

        self.follow_up_field_layout.addWidget(self.follow_up_problem_label)


        self.arrangement_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.follow_up_field_layout)

        self.retention_label = QLabel(self.scroll_contents)
        self.retention_label.setObjectName(u"retention_label")

        self.arrangement_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.retention_label)

        self.retention_field_layout = QVBoxLayout()
        self.retention_field_layout.setSpacing(2)
        self.retention_field_layout.setObjectName(u"retention_field_layout")
        self.retention_field = OptionalDateField(self.scroll_contents)
        self.retention_field.setObjectName(u"retention_field")

        self.retention_field_layout.addWidget(self.retention_field)

        self.retention_problem_label = QLabel(self.scroll_contents)
        self.retention_problem_label.setObjectName(u"retention_problem_label")
        self.retention_problem_label.setWordWrap(True)

        self.retention_field_layout.addWidget(self.retention_problem_label)


        self.arrangement_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.retention_field_layout)


        self.arrangement_column.addLayout(self.arrangement_form)

        self.arrangement_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.arrangement_column.addItem(self.arrangement_spacer)


        self.columns_layout.addLayout(self.arrangement_column)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.contents_layout.addLayout(self.columns_layout)

        self.participants_heading_label = QLabel(self.scroll_contents)
        self.participants_heading_label.setObjectName(u"participants_heading_label")

        self.contents_layout.addWidget(self.participants_heading_label)

        self.participants_hint_label = QLabel(self.scroll_contents)
        self.participants_hint_label.setObjectName(u"participants_hint_label")
        self.participants_hint_label.setWordWrap(True)

        self.contents_layout.addWidget(self.participants_hint_label)

        self.participant_table = QTableView(self.scroll_contents)
        self.participant_table.setObjectName(u"participant_table")
        self.participant_table.setMinimumSize(QSize(0, 220))
        self.participant_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.participant_table.setAlternatingRowColors(True)
        self.participant_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participant_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participant_table.setTabKeyNavigation(False)

        self.contents_layout.addWidget(self.participant_table)

        self.participants_empty_label = QLabel(self.scroll_contents)
        self.participants_empty_label.setObjectName(u"participants_empty_label")
        self.participants_empty_label.setWordWrap(True)

        self.contents_layout.addWidget(self.participants_empty_label)

        self.participant_buttons_layout = QHBoxLayout()
        self.participant_buttons_layout.setSpacing(8)
        self.participant_buttons_layout.setObjectName(u"participant_buttons_layout")
        self.add_participant_button = QPushButton(self.scroll_contents)
        self.add_participant_button.setObjectName(u"add_participant_button")

        self.participant_buttons_layout.addWidget(self.add_participant_button)

        self.remove_participant_button = QPushButton(self.scroll_contents)
        self.remove_participant_button.setObjectName(u"remove_participant_button")

        self.participant_buttons_layout.addWidget(self.remove_participant_button)

        self.move_up_button = QPushButton(self.scroll_contents)
        self.move_up_button.setObjectName(u"move_up_button")

        self.participant_buttons_layout.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(self.scroll_contents)
        self.move_down_button.setObjectName(u"move_down_button")

        self.participant_buttons_layout.addWidget(self.move_down_button)

        self.participant_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participant_buttons_layout.addItem(self.participant_buttons_spacer)


        self.contents_layout.addLayout(self.participant_buttons_layout)

        self.participants_problem_label = QLabel(self.scroll_contents)
        self.participants_problem_label.setObjectName(u"participants_problem_label")
        self.participants_problem_label.setWordWrap(True)

        self.contents_layout.addWidget(self.participants_problem_label)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.change_label.setBuddy(self.change_edit)
        self.place_label.setBuddy(self.place_edit)
        self.facilitator_label.setBuddy(self.facilitator_edit)
        self.held_on_label.setBuddy(self.held_on_field)
        self.variant_label.setBuddy(self.variant_combo)
        self.status_label.setBuddy(self.status_combo)
        self.input_mode_label.setBuddy(self.input_mode_combo)
        self.names_label.setBuddy(self.show_names_check)
        self.follow_up_label.setBuddy(self.follow_up_field)
        self.retention_label.setBuddy(self.retention_field)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.organisation_edit)
        QWidget.setTabOrder(self.organisation_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.change_edit)
        QWidget.setTabOrder(self.change_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.facilitator_edit)
        QWidget.setTabOrder(self.facilitator_edit, self.held_on_field)
        QWidget.setTabOrder(self.held_on_field, self.variant_combo)
        QWidget.setTabOrder(self.variant_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.input_mode_combo)
        QWidget.setTabOrder(self.input_mode_combo, self.show_names_check)
        QWidget.setTabOrder(self.show_names_check, self.follow_up_field)
        QWidget.setTabOrder(self.follow_up_field, self.retention_field)
        QWidget.setTabOrder(self.retention_field, self.participant_table)
        QWidget.setTabOrder(self.participant_table, self.add_participant_button)
        QWidget.setTabOrder(self.add_participant_button, self.remove_participant_button)
        QWidget.setTabOrder(self.remove_participant_button, self.move_up_button)
        QWidget.setTabOrder(self.move_up_button, self.move_down_button)

        self.retranslateUi(PreparationPage)

        QMetaObject.connectSlotsByName(PreparationPage)
    # setupUi

    def retranslateUi(self, PreparationPage):
        self.heading_label.setText(QCoreApplication.translate("PreparationPage", u"F\u00f6rberedelser", None))
        self.intro_label.setText(QCoreApplication.translate("PreparationPage", u"Fyll i det du vet f\u00f6re workshoppen. Varje f\u00e4lt sparas n\u00e4r du l\u00e4mnar det, och Ctrl+Z \u00e5ngrar.", None))
        self.facts_heading_label.setText(QCoreApplication.translate("PreparationPage", u"Om workshoppen", None))
        self.title_label.setText(QCoreApplication.translate("PreparationPage", u"&Titel", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Titel", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PreparationPage", u"Vad heter workshoppen?", None))
        self.organisation_label.setText(QCoreApplication.translate("PreparationPage", u"&Organisation eller region", None))
#if QT_CONFIG(accessibility)
        self.organisation_edit.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Organisation eller region", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_edit.setPlaceholderText(QCoreApplication.translate("PreparationPage", u"Till exempel Region Exempelland", None))
        self.unit_label.setText(QCoreApplication.translate("PreparationPage", u"&Enhet", None))
#if QT_CONFIG(accessibility)
        self.unit_edit.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Enhet", None))
#endif // QT_CONFIG(accessibility)
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("PreparationPage", u"F\u00f6rvaltning, avdelning eller enhet", None))
        self.change_label.setText(QCoreApplication.translate("PreparationPage", u"&F\u00f6r\u00e4ndringen i fokus", None))
#if QT_CONFIG(accessibility)
        self.change_edit.setAccessibleName(QCoreApplication.translate("PreparationPage", u"F\u00f6r\u00e4ndringen i fokus", None))
#endif // QT_CONFIG(accessibility)
        self.change_edit.setPlaceholderText(QCoreApplication.translate("PreparationPage", u"Vilken f\u00f6r\u00e4ndring handlar workshoppen om, i en eller tv\u00e5 meningar?", None))
        self.place_label.setText(QCoreApplication.translate("PreparationPage", u"&Plats", None))
#if QT_CONFIG(accessibility)
        self.place_edit.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Plats", None))
#endif // QT_CONFIG(accessibility)
        self.place_edit.setPlaceholderText(QCoreApplication.translate("PreparationPage", u"Lokal eller l\u00e4nk till m\u00f6tet", None))
        self.facilitator_label.setText(QCoreApplication.translate("PreparationPage", u"Pro&cessledare", None))
#if QT_CONFIG(accessibility)
        self.facilitator_edit.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Processledare", None))
#endif // QT_CONFIG(accessibility)
        self.facilitator_edit.setPlaceholderText(QCoreApplication.translate("PreparationPage", u"Namn eller roll", None))
        self.arrangement_heading_label.setText(QCoreApplication.translate("PreparationPage", u"Uppl\u00e4gg och datum", None))
        self.held_on_label.setText(QCoreApplication.translate("PreparationPage", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.held_on_field.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Datum f\u00f6r workshoppen", None))
#endif // QT_CONFIG(accessibility)
        self.variant_label.setText(QCoreApplication.translate("PreparationPage", u"&Uppl\u00e4gg", None))
#if QT_CONFIG(accessibility)
        self.variant_combo.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Uppl\u00e4gg", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PreparationPage", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.input_mode_label.setText(QCoreApplication.translate("PreparationPage", u"&Inmatning", None))
#if QT_CONFIG(accessibility)
        self.input_mode_combo.setAccessibleName(QCoreApplication.translate("PreparationPage", u"S\u00e5 svarar deltagarna", None))
#endif // QT_CONFIG(accessibility)
        self.names_label.setText(QCoreApplication.translate("PreparationPage", u"Namn", None))
        self.show_names_check.setText(QCoreApplication.translate("PreparationPage", u"Visa deltagarnas na&mn", None))
#if QT_CONFIG(tooltip)
        self.show_names_check.setToolTip(QCoreApplication.translate("PreparationPage", u"Av: deltagarna syns med alias i rummet och p\u00e5 sk\u00e4rmen. P\u00e5: namn visas d\u00e4r de \u00e4r ifyllda.", None))
#endif // QT_CONFIG(tooltip)
        self.names_hint_label.setText(QCoreApplication.translate("PreparationPage", u"Namn \u00e4r personuppgifter och \u00e4r frivilliga. Beskriv roller, inte personer.", None))
        self.follow_up_label.setText(QCoreApplication.translate("PreparationPage", u"Uppf\u00f6l&jning", None))
#if QT_CONFIG(accessibility)
        self.follow_up_field.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Datum f\u00f6r uppf\u00f6ljning", None))
#endif // QT_CONFIG(accessibility)
        self.retention_label.setText(QCoreApplication.translate("PreparationPage", u"&Gallras efter", None))
#if QT_CONFIG(accessibility)
        self.retention_field.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Gallras efter", None))
#endif // QT_CONFIG(accessibility)
        self.participants_heading_label.setText(QCoreApplication.translate("PreparationPage", u"Deltagare", None))
        self.participants_hint_label.setText(QCoreApplication.translate("PreparationPage", u"Deltagarna syns med alias. Namn och roll \u00e4r frivilliga; namn \u00e4r personuppgifter, s\u00e5 fyll bara i dem om ni beh\u00f6ver dem. Dubbelklicka eller tryck F2 f\u00f6r att \u00e4ndra en cell.", None))
#if QT_CONFIG(accessibility)
        self.participant_table.setAccessibleDescription(QCoreApplication.translate("PreparationPage", u"En rad per deltagare. Skriv i en cell eller tryck F2 f\u00f6r att \u00e4ndra den; \u00e4ndringen sparas direkt.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participant_table.setAccessibleName(QCoreApplication.translate("PreparationPage", u"Deltagare", None))
#endif // QT_CONFIG(accessibility)
        self.participants_empty_label.setText(QCoreApplication.translate("PreparationPage", u"Inga deltagare \u00e4nnu. L\u00e4gg till den f\u00f6rsta med Ctrl+Enter.", None))
        self.add_participant_button.setText(QCoreApplication.translate("PreparationPage", u"&L\u00e4gg till deltagare", None))
#if QT_CONFIG(tooltip)
        self.add_participant_button.setToolTip(QCoreApplication.translate("PreparationPage", u"Ny deltagare sist i listan, med n\u00e4sta lediga alias. Kortkommando: Ctrl+Enter.", None))
#endif // QT_CONFIG(tooltip)
        self.remove_participant_button.setText(QCoreApplication.translate("PreparationPage", u"Ta &bort deltagare", None))
#if QT_CONFIG(tooltip)
        self.remove_participant_button.setToolTip(QCoreApplication.translate("PreparationPage", u"Deltagarens svar tas ocks\u00e5 bort. Ctrl+Z \u00e5ngrar och tar tillbaka svaren.", None))
#endif // QT_CONFIG(tooltip)
        self.move_up_button.setText(QCoreApplication.translate("PreparationPage", u"Fl&ytta upp", None))
        self.move_down_button.setText(QCoreApplication.translate("PreparationPage", u"Flytta &ned", None))
        pass
    # retranslateUi

