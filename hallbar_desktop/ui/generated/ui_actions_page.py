# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget)

from hallbar_desktop.ui.widgets.committing_text_edit import (CommittingLineEdit, CommittingTextEdit)
from hallbar_desktop.ui.widgets.optional_date_field import OptionalDateField

class Ui_ActionsPage(object):
    def setupUi(self, ActionsPage):
        if not ActionsPage.objectName():
            ActionsPage.setObjectName(u"ActionsPage")
        ActionsPage.resize(1200, 720)
        self.page_layout = QVBoxLayout(ActionsPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_label = QLabel(ActionsPage)
        self.heading_label.setObjectName(u"heading_label")

        self.page_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(ActionsPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.main_splitter = QSplitter(ActionsPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.main_splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setSpacing(8)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 8, 0)
        self.table_label = QLabel(self.list_panel)
        self.table_label.setObjectName(u"table_label")

        self.list_layout.addWidget(self.table_label)

        self.action_table = QTableView(self.list_panel)
        self.action_table.setObjectName(u"action_table")
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_table.setAlternatingRowColors(False)
        self.action_table.setWordWrap(False)

        self.list_layout.addWidget(self.action_table)

        self.actions_empty_label = QLabel(self.list_panel)
        self.actions_empty_label.setObjectName(u"actions_empty_label")
        self.actions_empty_label.setWordWrap(True)

        self.list_layout.addWidget(self.actions_empty_label)

        self.action_buttons_layout = QHBoxLayout()
        self.action_buttons_layout.setSpacing(8)
        self.action_buttons_layout.setObjectName(u"action_buttons_layout")
        self.add_action_button = QPushButton(self.list_panel)
        self.add_action_button.setObjectName(u"add_action_button")

        self.action_buttons_layout.addWidget(self.add_action_button)

        self.remove_action_button = QPushButton(self.list_panel)
        self.remove_action_button.setObjectName(u"remove_action_button")

        self.action_buttons_layout.addWidget(self.remove_action_button)

        self.action_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_buttons_layout.addItem(self.action_buttons_spacer)


        self.list_layout.addLayout(self.action_buttons_layout)

        self.unhandled_heading_label = QLabel(self.list_panel)
        self.unhandled_heading_label.setObjectName(u"unhandled_heading_label")

        self.list_layout.addWidget(self.unhandled_heading_label)

        self.unhandled_intro_label = QLabel(self.list_panel)
        self.unhandled_intro_label.setObjectName(u"unhandled_intro_label")
        self.unhandled_intro_label.setWordWrap(True)

        self.list_layout.addWidget(self.unhandled_intro_label)

        self.unhandled_list = QListWidget(self.list_panel)
        self.unhandled_list.setObjectName(u"unhandled_list")
        self.unhandled_list.setMaximumSize(QSize(16777215, 110))

        self.list_layout.addWidget(self.unhandled_list)

        self.unhandled_buttons_layout = QHBoxLayout()
        self.unhandled_buttons_layout.setObjectName(u"unhandled_buttons_layout")
        self.create_linked_button = QPushButton(self.list_panel)
        self.create_linked_button.setObjectName(u"create_linked_button")

        self.unhandled_buttons_layout.addWidget(self.create_linked_button)

        self.unhandled_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unhandled_buttons_layout.addItem(self.unhandled_buttons_spacer)


        self.list_layout.addLayout(self.unhandled_buttons_layout)

        self.all_handled_label = QLabel(self.list_panel)
        self.all_handled_label.setObjectName(u"all_handled_label")
        self.all_handled_label.setWordWrap(True)

        self.list_layout.addWidget(self.all_handled_label)

        self.list_layout.setStretch(1, 1)
        self.main_splitter.addWidget(self.list_panel)
        self.form_scroll = QScrollArea(self.main_splitter)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidgetResizable(True)
        self.form_container = QWidget()
        self.form_container.setObjectName(u"form_container")
        self.form_container_layout = QVBoxLayout(self.form_container)
        self.form_container_layout.setObjectName(u"form_container_layout")
        self.form_container_layout.setContentsMargins(8, 0, 8, 0)
        self.form_heading_label = QLabel(self.form_container)
        self.form_heading_label.setObjectName(u"form_heading_label")

        self.form_container_layout.addWidget(self.form_heading_label)

        self.form_empty_label = QLabel(self.form_container)
        self.form_empty_label.setObjectName(u"form_empty_label")
        self.form_empty_label.setWordWrap(True)

        self.form_container_layout.addWidget(self.form_empty_label)

        self.form_widget = QWidget(self.form_container)
        self.form_widget.setObjectName(u"form_widget")
        self.action_form = QFormLayout(self.form_widget)
        self.action_form.setObjectName(u"action_form")
        self.action_form.setHorizontalSpacing(12)
        self.action_form.setVerticalSpacing(6)
        self.action_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.action_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.action_form.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self.form_widget)
        self.title_label.setObjectName(u"title_label")

        self.action_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = CommittingLineEdit(self.form_widget)
        self.title_edit.setObjectName(u"title_edit")

        self.action_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_hint_label = QLabel(self.form_widget)
        self.title_hint_label.setObjectName(u"title_hint_label")
        self.title_hint_label.setWordWrap(True)

        self.action_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.title_hint_label)

        self.title_problem_label = QLabel(self.form_widget)
        self.title_problem_label.setObjectName(u"title_problem_label")
        self.title_problem_label.setWordWrap(True)

        self.action_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.title_problem_label)

        self.description_label = QLabel(self.form_widget)
        self.description_label.setObjectName(u"description_label")

        self.action_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = CommittingTextEdit(self.form_widget)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 70))

        self.action_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.dependencies_label = QLabel(self.form_widget)
        self.dependencies_label.setObjectName(u"dependencies_label")

        self.action_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dependencies_label)

        self.dependencies_list = QListWidget(self.form_widget)
        self.dependencies_list.setObjectName(u"dependencies_list")
        self.dependencies_list.setMaximumSize(QSize(16777215, 120))

        self.action_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dependencies_list)

        self.area_label = QLabel(self.form_widget)
        self.area_label.setObjectName(u"area_label")

        self.action_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_combo = QComboBox(self.form_widget)
        self.area_combo.setObjectName(u"area_combo")

        self.action_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.area_combo)

        self.type_label = QLabel(self.form_widget)
        self.type_label.setObjectName(u"type_label")

        self.action_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(self.form_widget)
        self.type_combo.setObjectName(u"type_combo")

        self.action_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.owner_label = QLabel(self.form_widget)
        self.owner_label.setObjectName(u"owner_label")

        self.action_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_edit = CommittingLineEdit(self.form_widget)
        self.owner_edit.setObjectName(u"owner_edit")

        self.action_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.owner_edit)

        self.contributors_label = QLabel(self.form_widget)
        self.contributors_label.setObjectName(u"contributors_label")

        self.action_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contributors_label)

        self.contributors_edit = CommittingLineEdit(self.form_widget)
        self.contributors_edit.setObjectName(u"contributors_edit")

        self.action_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contributors_edit)

        self.decision_by_label = QLabel(self.form_widget)
        self.decision_by_label.setObjectName(u"decision_by_label")

        self.action_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.decision_by_label)

        self.decision_by_edit = CommittingLineEdit(self.form_widget)
        self.decision_by_edit.setObjectName(u"decision_by_edit")

        self.action_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.decision_by_edit)

        self.start_label = QLabel(self.form_widget)
        self.start_label.setObjectName(u"start_label")

        self.action_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_date = OptionalDateField(self.form_widget)
        self.start_date.setObjectName(u"start_date")

        self.action_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.due_label = QLabel(self.form_widget)
        self.due_label.setObjectName(u"due_label")

        self.action_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_date = OptionalDateField(self.form_widget)
        self.due_date.setObjectName(u"due_date")

        self.action_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.due_date)

        self.follow_up_label = QLabel(self.form_widget)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.action_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up_date = OptionalDateField(self.form_widget)
        self.follow_up_date.setObjectName(u"follow_up_date")

        self.action_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.follow_up_date)

        self.dates_problem_label = QLabel(self.form_widget)
        self.dates_problem_label.setObjectName(u"dates_problem_label")
        self.dates_problem_label.setWordWrap(True)

        self.action_form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.dates_problem_label)

        self.status_label = QLabel(self.form_widget)
        self.status_label.setObjectName(u"status_label")

        self.action_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.form_widget)
        self.status_combo.setObjectName(u"status_combo")

        self.action_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.overdue_label = QLabel(self.form_widget)
        self.overdue_label.setObjectName(u"overdue_label")
        self.overdue_label.setWordWrap(True)

        self.action_form.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.overdue_label)

        self.priority_label = QLabel(self.form_widget)
        self.priority_label.setObjectName(u"priority_label")

        self.action_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority_combo = QComboBox(self.form_widget)
        self.priority_combo.setObjectName(u"priority_combo")

        self.action_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.priority_combo)

        self.votes_label = QLabel(self.form_widget)
        self.votes_label.setObjectName(u"votes_label")

        self.action_form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.votes_label)

        self.votes_row = QHBoxLayout()
        self.votes_row.setSpacing(8)
        self.votes_row.setObjectName(u"votes_row")
        self.votes_spin = QSpinBox(self.form_widget)
        self.votes_spin.setObjectName(u"votes_spin")
        self.votes_spin.setKeyboardTracking(False)
        self.votes_spin.setMaximum(999)

        self.votes_row.addWidget(self.votes_spin)

        self.remove_vote_button = QPushButton(self.form_widget)
        self.remove_vote_button.setObjectName(u"remove_vote_button")

        self.votes_row.addWidget(self.remove_vote_button)

        self.add_vote_button = QPushButton(self.form_widget)
        self.add_vote_button.setObjectName(u"add_vote_button")

        self.votes_row.addWidget(self.add_vote_button)

        self.votes_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votes_row.addItem(self.votes_spacer)


        self.action_form.setLayout(17, QFormLayout.ItemRole.FieldRole, self.votes_row)

        self.success_indicator_label = QLabel(self.form_widget)
        self.success_indicator_label.setObjectName(u"success_indicator_label")

        self.action_form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.success_indicator_label)

        self.success_indicator_edit = CommittingTextEdit(self.form_widget)
        self.success_indicator_edit.setObjectName(u"success_indicator_edit")
        self.success_indicator_edit.setMaximumSize(QSize(16777215, 60))

        self.action_form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.success_indicator_edit)

        self.resources_label = QLabel(self.form_widget)
        self.resources_label.setObjectName(u"resources_label")

        self.action_form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.resources_label)

        self.resources_edit = CommittingLineEdit(self.form_widget)
        self.resources_edit.setObjectName(u"resources_edit")

        self.action_form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.resources_edit)

        self.last_update_label = QLabel(self.form_widget)
        self.last_update_label.setObjectName(u"last_update_label")

        self.action_form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.last_update_label)

        self.last_update_edit = CommittingTextEdit(self.form_widget)
        self.last_update_edit.setObjectName(u"last_update_edit")
        self.last_update_edit.setMaximumSize(QSize(16777215, 60))

        self.action_form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.last_update_edit)

        self.last_update_time_label = QLabel(self.form_widget)
        self.last_update_time_label.setObjectName(u"last_update_time_label")
        self.last_update_time_label.setWordWrap(True)

        self.action_form.setWidget(21, QFormLayout.ItemRole.SpanningRole, self.last_update_time_label)

        self.problem_label = QLabel(self.form_widget)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.action_form.setWidget(22, QFormLayout.ItemRole.SpanningRole, self.problem_label)


        self.form_container_layout.addWidget(self.form_widget)

        self.form_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_container_layout.addItem(self.form_spacer)

        self.form_container_layout.setStretch(3, 1)
        self.form_scroll.setWidget(self.form_container)
        self.main_splitter.addWidget(self.form_scroll)

        self.page_layout.addWidget(self.main_splitter)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.table_label.setBuddy(self.action_table)
        self.title_label.setBuddy(self.title_edit)
        self.description_label.setBuddy(self.description_edit)
        self.dependencies_label.setBuddy(self.dependencies_list)
        self.area_label.setBuddy(self.area_combo)
        self.type_label.setBuddy(self.type_combo)
        self.owner_label.setBuddy(self.owner_edit)
        self.contributors_label.setBuddy(self.contributors_edit)
        self.decision_by_label.setBuddy(self.decision_by_edit)
        self.start_label.setBuddy(self.start_date)
        self.due_label.setBuddy(self.due_date)
        self.follow_up_label.setBuddy(self.follow_up_date)
        self.status_label.setBuddy(self.status_combo)
        self.priority_label.setBuddy(self.priority_combo)
        self.votes_label.setBuddy(self.votes_spin)
        self.success_indicator_label.setBuddy(self.success_indicator_edit)
        self.resources_label.setBuddy(self.resources_edit)
        self.last_update_label.setBuddy(self.last_update_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.action_table, self.add_action_button)
        QWidget.setTabOrder(self.add_action_button, self.remove_action_button)
        QWidget.setTabOrder(self.remove_action_button, self.unhandled_list)
        QWidget.setTabOrder(self.unhandled_list, self.create_linked_button)
        QWidget.setTabOrder(self.create_linked_button, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.dependencies_list)
        QWidget.setTabOrder(self.dependencies_list, self.area_combo)
        QWidget.setTabOrder(self.area_combo, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.contributors_edit)
        QWidget.setTabOrder(self.contributors_edit, self.decision_by_edit)
        QWidget.setTabOrder(self.decision_by_edit, self.start_date)
        QWidget.setTabOrder(self.start_date, self.due_date)
        QWidget.setTabOrder(self.due_date, self.follow_up_date)
        QWidget.setTabOrder(self.follow_up_date, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.priority_combo)
        QWidget.setTabOrder(self.priority_combo, self.votes_spin)
        QWidget.setTabOrder(self.votes_spin, self.remove_vote_button)
        QWidget.setTabOrder(self.remove_vote_button, self.add_vote_button)
        QWidget.setTabOrder(self.add_vote_button, self.success_indicator_edit)
        QWidget.setTabOrder(self.success_indicator_edit, self.resources_edit)
        QWidget.setTabOrder(self.resources_edit, self.last_update_edit)

        self.retranslateUi(ActionsPage)

        QMetaObject.connectSlotsByName(ActionsPage)
    # setupUi

    def retranslateUi(self, ActionsPage):
        self.heading_label.setText(QCoreApplication.translate("ActionsPage", u"\u00c5tg\u00e4rder", None))
        self.intro_label.setText(QCoreApplication.translate("ActionsPage", u"Varje h\u00f6gt prioriterat beroende ska ha minst en \u00e5tg\u00e4rd med ansvarig och datum. V\u00e4lj en \u00e5tg\u00e4rd i tabellen och \u00e4ndra den till h\u00f6ger; allt sparas direkt.", None))
        self.table_label.setText(QCoreApplication.translate("ActionsPage", u"\u00c5tg\u00e4rderna, viktigast f\u00f6rst", None))
#if QT_CONFIG(accessibility)
        self.action_table.setAccessibleDescription(QCoreApplication.translate("ActionsPage", u"En rad per \u00e5tg\u00e4rd. Den markerade \u00e5tg\u00e4rden visas i formul\u00e4ret; Delete tar bort den och Ctrl+Z \u00e5ngrar.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.action_table.setAccessibleName(QCoreApplication.translate("ActionsPage", u"\u00c5tg\u00e4rder", None))
#endif // QT_CONFIG(accessibility)
        self.actions_empty_label.setText(QCoreApplication.translate("ActionsPage", u"Inga \u00e5tg\u00e4rder \u00e4nnu. L\u00e4gg till den f\u00f6rsta med Ctrl+Enter, skapa en fr\u00e5n ett beroende nedan eller l\u00e5t deltagarna f\u00f6resl\u00e5 \u00e5tg\u00e4rder i inmatningsl\u00e4get (F6).", None))
        self.add_action_button.setText(QCoreApplication.translate("ActionsPage", u"&L\u00e4gg till \u00e5tg\u00e4rd", None))
#if QT_CONFIG(tooltip)
        self.add_action_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Ctrl+Enter. \u00c4r ett beroende valt i listan nedan kopplas den nya \u00e5tg\u00e4rden till det.", None))
#endif // QT_CONFIG(tooltip)
        self.remove_action_button.setText(QCoreApplication.translate("ActionsPage", u"Ta bort \u00e5tg\u00e4rd", None))
#if QT_CONFIG(tooltip)
        self.remove_action_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Delete i tabellen. Du kan \u00e5ngra med Ctrl+Z.", None))
#endif // QT_CONFIG(tooltip)
        self.unhandled_heading_label.setText(QCoreApplication.translate("ActionsPage", u"Beroenden utan \u00e5tg\u00e4rd", None))
        self.unhandled_intro_label.setText(QCoreApplication.translate("ActionsPage", u"H\u00f6gt prioriterade beroenden som saknar en \u00e5tg\u00e4rd med ansvarig och datum. Dubbelklicka eller tryck Enter f\u00f6r att skapa en kopplad \u00e5tg\u00e4rd.", None))
#if QT_CONFIG(accessibility)
        self.unhandled_list.setAccessibleDescription(QCoreApplication.translate("ActionsPage", u"Beroenden som \u00e4nnu saknar en \u00e5tg\u00e4rd. Enter skapar en \u00e5tg\u00e4rd kopplad till det markerade beroendet.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unhandled_list.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Beroenden utan \u00e5tg\u00e4rd", None))
#endif // QT_CONFIG(accessibility)
        self.create_linked_button.setText(QCoreApplication.translate("ActionsPage", u"&Skapa kopplad \u00e5tg\u00e4rd", None))
#if QT_CONFIG(tooltip)
        self.create_linked_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Skapar en \u00e5tg\u00e4rd som \u00e4r kopplad till det valda beroendet.", None))
#endif // QT_CONFIG(tooltip)
        self.all_handled_label.setText(QCoreApplication.translate("ActionsPage", u"\u2713 Alla h\u00f6gt prioriterade beroenden har en \u00e5tg\u00e4rd med ansvarig och datum.", None))
#if QT_CONFIG(accessibility)
        self.form_scroll.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Vald \u00e5tg\u00e4rd", None))
#endif // QT_CONFIG(accessibility)
        self.form_heading_label.setText(QCoreApplication.translate("ActionsPage", u"Vald \u00e5tg\u00e4rd", None))
        self.form_empty_label.setText(QCoreApplication.translate("ActionsPage", u"V\u00e4lj en \u00e5tg\u00e4rd i tabellen f\u00f6r att \u00e4ndra den, eller l\u00e4gg till en ny med Ctrl+Enter.", None))
        self.title_label.setText(QCoreApplication.translate("ActionsPage", u"\u00c5t&g\u00e4rd", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"\u00c5tg\u00e4rd", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("ActionsPage", u"Vad ska g\u00f6ras? Till exempel: Ta fram ett f\u00f6rslag till \u2026", None))
        self.title_hint_label.setText(QCoreApplication.translate("ActionsPage", u"B\u00f6rja med ett verb, till exempel \u201dTa fram \u2026\u201d eller \u201dBesluta om \u2026\u201d. H\u00f6gst 120 tecken.", None))
        self.description_label.setText(QCoreApplication.translate("ActionsPage", u"&Beskrivning", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Beskrivning", None))
#endif // QT_CONFIG(accessibility)
        self.dependencies_label.setText(QCoreApplication.translate("ActionsPage", u"Kopplat till be&roende", None))
#if QT_CONFIG(accessibility)
        self.dependencies_list.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Kopplat till beroende", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dependencies_list.setToolTip(QCoreApplication.translate("ActionsPage", u"Kryssa i de beroenden som \u00e5tg\u00e4rden hanterar. En \u00e5tg\u00e4rd kan h\u00f6ra till flera.", None))
#endif // QT_CONFIG(tooltip)
        self.area_label.setText(QCoreApplication.translate("ActionsPage", u"Kopplat till o&mr\u00e5de", None))
#if QT_CONFIG(accessibility)
        self.area_combo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Kopplat till omr\u00e5de", None))
#endif // QT_CONFIG(accessibility)
        self.type_label.setText(QCoreApplication.translate("ActionsPage", u"T&yp av \u00e5tg\u00e4rd", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Typ av \u00e5tg\u00e4rd", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("ActionsPage", u"&Ansvarig", None))
#if QT_CONFIG(accessibility)
        self.owner_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Ansvarig", None))
#endif // QT_CONFIG(accessibility)
        self.owner_edit.setPlaceholderText(QCoreApplication.translate("ActionsPage", u"Namn eller roll", None))
        self.contributors_label.setText(QCoreApplication.translate("ActionsPage", u"Me&dverkande", None))
#if QT_CONFIG(accessibility)
        self.contributors_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Medverkande", None))
#endif // QT_CONFIG(accessibility)
        self.decision_by_label.setText(QCoreApplication.translate("ActionsPage", u"Beslut kr\u00e4&vs av", None))
#if QT_CONFIG(accessibility)
        self.decision_by_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Beslut kr\u00e4vs av", None))
#endif // QT_CONFIG(accessibility)
        self.decision_by_edit.setPlaceholderText(QCoreApplication.translate("ActionsPage", u"Till exempel n\u00e4mnden eller ledningsgruppen", None))
        self.start_label.setText(QCoreApplication.translate("ActionsPage", u"S&tart", None))
#if QT_CONFIG(accessibility)
        self.start_date.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Start", None))
#endif // QT_CONFIG(accessibility)
        self.due_label.setText(QCoreApplication.translate("ActionsPage", u"&Klart senast", None))
#if QT_CONFIG(accessibility)
        self.due_date.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Klart senast", None))
#endif // QT_CONFIG(accessibility)
        self.follow_up_label.setText(QCoreApplication.translate("ActionsPage", u"&F\u00f6ljs upp", None))
#if QT_CONFIG(accessibility)
        self.follow_up_date.setAccessibleName(QCoreApplication.translate("ActionsPage", u"F\u00f6ljs upp", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ActionsPage", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.priority_label.setText(QCoreApplication.translate("ActionsPage", u"&Prioritet", None))
#if QT_CONFIG(accessibility)
        self.priority_combo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Prioritet", None))
#endif // QT_CONFIG(accessibility)
        self.votes_label.setText(QCoreApplication.translate("ActionsPage", u"Pri&ckar", None))
#if QT_CONFIG(accessibility)
        self.votes_spin.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Prickar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.votes_spin.setToolTip(QCoreApplication.translate("ActionsPage", u"Gruppens prickar p\u00e5 \u00e5tg\u00e4rden, om ni r\u00e4knar dem p\u00e5 papper eller tavla", None))
#endif // QT_CONFIG(tooltip)
        self.remove_vote_button.setText(QCoreApplication.translate("ActionsPage", u"\u22121 prick", None))
#if QT_CONFIG(accessibility)
        self.remove_vote_button.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Ta bort en prick", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remove_vote_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Minskar antalet prickar med en", None))
#endif // QT_CONFIG(tooltip)
        self.add_vote_button.setText(QCoreApplication.translate("ActionsPage", u"+1 prick", None))
#if QT_CONFIG(accessibility)
        self.add_vote_button.setAccessibleName(QCoreApplication.translate("ActionsPage", u"L\u00e4gg till en prick", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_vote_button.setToolTip(QCoreApplication.translate("ActionsPage", u"\u00d6kar antalet prickar med en, medan gruppen r\u00f6star", None))
#endif // QT_CONFIG(tooltip)
        self.success_indicator_label.setText(QCoreApplication.translate("ActionsPage", u"&Hur vet vi att det \u00e4r klart?", None))
#if QT_CONFIG(accessibility)
        self.success_indicator_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Hur vet vi att det \u00e4r klart?", None))
#endif // QT_CONFIG(accessibility)
        self.resources_label.setText(QCoreApplication.translate("ActionsPage", u"R&esursbehov", None))
#if QT_CONFIG(accessibility)
        self.resources_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Resursbehov", None))
#endif // QT_CONFIG(accessibility)
        self.resources_edit.setPlaceholderText(QCoreApplication.translate("ActionsPage", u"Tid, kronor eller annat som beh\u00f6vs", None))
        self.last_update_label.setText(QCoreApplication.translate("ActionsPage", u"Se&naste uppdatering", None))
#if QT_CONFIG(accessibility)
        self.last_update_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Senaste uppdatering", None))
#endif // QT_CONFIG(accessibility)
        self.last_update_edit.setPlaceholderText(QCoreApplication.translate("ActionsPage", u"Vad har h\u00e4nt sedan sist?", None))
        pass
    # retranslateUi

