# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from hallbar_desktop.ui.widgets.committing_text_edit import CommittingTextEdit
from hallbar_desktop.ui.widgets.optional_date_field import OptionalDateField

class Ui_SummaryPage(object):
    def setupUi(self, SummaryPage):
        if not SummaryPage.objectName():
            SummaryPage.setObjectName(u"SummaryPage")
        SummaryPage.resize(1000, 700)
        self.page_layout = QVBoxLayout(SummaryPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(SummaryPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setSpacing(16)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(24, 16, 24, 24)
        self.heading_label = QLabel(self.scroll_contents)
        self.heading_label.setObjectName(u"heading_label")

        self.contents_layout.addWidget(self.heading_label)

        self.figures_grid = QGridLayout()
        self.figures_grid.setObjectName(u"figures_grid")
        self.figures_grid.setHorizontalSpacing(32)
        self.figures_grid.setVerticalSpacing(0)

        self.contents_layout.addLayout(self.figures_grid)

        self.results_row = QHBoxLayout()
        self.results_row.setSpacing(40)
        self.results_row.setObjectName(u"results_row")
        self.readiness_column = QVBoxLayout()
        self.readiness_column.setSpacing(8)
        self.readiness_column.setObjectName(u"readiness_column")
        self.readiness_heading_label = QLabel(self.scroll_contents)
        self.readiness_heading_label.setObjectName(u"readiness_heading_label")

        self.readiness_column.addWidget(self.readiness_heading_label)

        self.dimension_grid = QGridLayout()
        self.dimension_grid.setObjectName(u"dimension_grid")
        self.dimension_grid.setHorizontalSpacing(16)
        self.dimension_grid.setVerticalSpacing(6)

        self.readiness_column.addLayout(self.dimension_grid)

        self.readiness_note_label = QLabel(self.scroll_contents)
        self.readiness_note_label.setObjectName(u"readiness_note_label")
        self.readiness_note_label.setWordWrap(True)

        self.readiness_column.addWidget(self.readiness_note_label)

        self.readiness_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.readiness_column.addItem(self.readiness_column_spacer)


        self.results_row.addLayout(self.readiness_column)

        self.strengths_column = QVBoxLayout()
        self.strengths_column.setSpacing(8)
        self.strengths_column.setObjectName(u"strengths_column")
        self.strengths_heading_label = QLabel(self.scroll_contents)
        self.strengths_heading_label.setObjectName(u"strengths_heading_label")

        self.strengths_column.addWidget(self.strengths_heading_label)

        self.strengths_grid = QGridLayout()
        self.strengths_grid.setObjectName(u"strengths_grid")
        self.strengths_grid.setHorizontalSpacing(16)
        self.strengths_grid.setVerticalSpacing(6)

        self.strengths_column.addLayout(self.strengths_grid)

        self.strengths_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.strengths_column.addItem(self.strengths_column_spacer)


        self.results_row.addLayout(self.strengths_column)

        self.results_row.setStretch(0, 1)
        self.results_row.setStretch(1, 1)

        self.contents_layout.addLayout(self.results_row)

        self.dependencies_row = QHBoxLayout()
        self.dependencies_row.setSpacing(40)
        self.dependencies_row.setObjectName(u"dependencies_row")
        self.critical_column = QVBoxLayout()
        self.critical_column.setSpacing(8)
        self.critical_column.setObjectName(u"critical_column")
        self.critical_heading_label = QLabel(self.scroll_contents)
        self.critical_heading_label.setObjectName(u"critical_heading_label")

        self.critical_column.addWidget(self.critical_heading_label)

        self.critical_grid = QGridLayout()
        self.critical_grid.setObjectName(u"critical_grid")
        self.critical_grid.setHorizontalSpacing(16)
        self.critical_grid.setVerticalSpacing(6)

        self.critical_column.addLayout(self.critical_grid)

        self.critical_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.critical_column.addItem(self.critical_column_spacer)


        self.dependencies_row.addLayout(self.critical_column)

        self.unhandled_column = QVBoxLayout()
        self.unhandled_column.setSpacing(8)
        self.unhandled_column.setObjectName(u"unhandled_column")
        self.unhandled_heading_label = QLabel(self.scroll_contents)
        self.unhandled_heading_label.setObjectName(u"unhandled_heading_label")

        self.unhandled_column.addWidget(self.unhandled_heading_label)

        self.unhandled_label = QLabel(self.scroll_contents)
        self.unhandled_label.setObjectName(u"unhandled_label")
        self.unhandled_label.setWordWrap(True)

        self.unhandled_column.addWidget(self.unhandled_label)

        self.unhandled_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unhandled_column.addItem(self.unhandled_column_spacer)


        self.dependencies_row.addLayout(self.unhandled_column)

        self.dependencies_row.setStretch(0, 1)
        self.dependencies_row.setStretch(1, 1)

        self.contents_layout.addLayout(self.dependencies_row)

        self.prerequisites_row = QHBoxLayout()
        self.prerequisites_row.setSpacing(40)
        self.prerequisites_row.setObjectName(u"prerequisites_row")
        self.prerequisites_column = QVBoxLayout()
        self.prerequisites_column.setSpacing(8)
        self.prerequisites_column.setObjectName(u"prerequisites_column")
        self.prerequisites_heading_label = QLabel(self.scroll_contents)
        self.prerequisites_heading_label.setObjectName(u"prerequisites_heading_label")

        self.prerequisites_column.addWidget(self.prerequisites_heading_label)

        self.prerequisites_grid = QGridLayout()
        self.prerequisites_grid.setObjectName(u"prerequisites_grid")
        self.prerequisites_grid.setHorizontalSpacing(16)
        self.prerequisites_grid.setVerticalSpacing(6)

        self.prerequisites_column.addLayout(self.prerequisites_grid)

        self.prerequisites_note_label = QLabel(self.scroll_contents)
        self.prerequisites_note_label.setObjectName(u"prerequisites_note_label")
        self.prerequisites_note_label.setWordWrap(True)

        self.prerequisites_column.addWidget(self.prerequisites_note_label)

        self.prerequisites_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.prerequisites_column.addItem(self.prerequisites_column_spacer)


        self.prerequisites_row.addLayout(self.prerequisites_column)

        self.success_factors_column = QVBoxLayout()
        self.success_factors_column.setSpacing(8)
        self.success_factors_column.setObjectName(u"success_factors_column")
        self.success_factors_heading_label = QLabel(self.scroll_contents)
        self.success_factors_heading_label.setObjectName(u"success_factors_heading_label")

        self.success_factors_column.addWidget(self.success_factors_heading_label)

        self.success_factors_grid = QGridLayout()
        self.success_factors_grid.setObjectName(u"success_factors_grid")
        self.success_factors_grid.setHorizontalSpacing(16)
        self.success_factors_grid.setVerticalSpacing(6)

        self.success_factors_column.addLayout(self.success_factors_grid)

        self.success_factors_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.success_factors_column.addItem(self.success_factors_column_spacer)


        self.prerequisites_row.addLayout(self.success_factors_column)

        self.prerequisites_row.setStretch(0, 1)
        self.prerequisites_row.setStretch(1, 1)

        self.contents_layout.addLayout(self.prerequisites_row)

        self.actions_heading_label = QLabel(self.scroll_contents)
        self.actions_heading_label.setObjectName(u"actions_heading_label")

        self.contents_layout.addWidget(self.actions_heading_label)

        self.actions_grid = QGridLayout()
        self.actions_grid.setObjectName(u"actions_grid")
        self.actions_grid.setHorizontalSpacing(24)
        self.actions_grid.setVerticalSpacing(6)

        self.contents_layout.addLayout(self.actions_grid)

        self.closing_row = QHBoxLayout()
        self.closing_row.setSpacing(40)
        self.closing_row.setObjectName(u"closing_row")
        self.counts_column = QVBoxLayout()
        self.counts_column.setSpacing(8)
        self.counts_column.setObjectName(u"counts_column")
        self.counts_heading_label = QLabel(self.scroll_contents)
        self.counts_heading_label.setObjectName(u"counts_heading_label")

        self.counts_column.addWidget(self.counts_heading_label)

        self.counts_grid = QGridLayout()
        self.counts_grid.setObjectName(u"counts_grid")
        self.counts_grid.setHorizontalSpacing(16)
        self.counts_grid.setVerticalSpacing(4)

        self.counts_column.addLayout(self.counts_grid)

        self.counts_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.counts_column.addItem(self.counts_column_spacer)


        self.closing_row.addLayout(self.counts_column)

        self.next_steps_column = QVBoxLayout()
        self.next_steps_column.setSpacing(8)
        self.next_steps_column.setObjectName(u"next_steps_column")
        self.next_steps_heading_label = QLabel(self.scroll_contents)
        self.next_steps_heading_label.setObjectName(u"next_steps_heading_label")

        self.next_steps_column.addWidget(self.next_steps_heading_label)

        self.next_steps_form = QFormLayout()
        self.next_steps_form.setObjectName(u"next_steps_form")
        self.next_steps_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.next_steps_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.next_steps_form.setHorizontalSpacing(16)
        self.follow_up_label = QLabel(self.scroll_contents)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.next_steps_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

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


        self.next_steps_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.follow_up_field_layout)

        self.next_steps_label = QLabel(self.scroll_contents)
        self.next_steps_label.setObjectName(u"next_steps_label")

        self.next_steps_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.next_steps_label)

        self.next_steps_edit_layout = QVBoxLayout()
        self.next_steps_edit_layout.setSpacing(2)
        self.next_steps_edit_layout.setObjectName(u"next_steps_edit_layout")
        self.next_steps_edit = CommittingTextEdit(self.scroll_contents)
        self.next_steps_edit.setObjectName(u"next_steps_edit")
        self.next_steps_edit.setMinimumSize(QSize(0, 90))
        self.next_steps_edit.setMaximumSize(QSize(16777215, 140))

        self.next_steps_edit_layout.addWidget(self.next_steps_edit)

        self.next_steps_problem_label = QLabel(self.scroll_contents)
        self.next_steps_problem_label.setObjectName(u"next_steps_problem_label")
        self.next_steps_problem_label.setWordWrap(True)

        self.next_steps_edit_layout.addWidget(self.next_steps_problem_label)


        self.next_steps_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.next_steps_edit_layout)


        self.next_steps_column.addLayout(self.next_steps_form)

        self.next_steps_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.next_steps_column.addItem(self.next_steps_column_spacer)


        self.closing_row.addLayout(self.next_steps_column)

        self.closing_row.setStretch(0, 1)
        self.closing_row.setStretch(1, 1)

        self.contents_layout.addLayout(self.closing_row)

        self.contents_end_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.contents_end_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.follow_up_label.setBuddy(self.follow_up_field)
        self.next_steps_label.setBuddy(self.next_steps_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.follow_up_field, self.next_steps_edit)

        self.retranslateUi(SummaryPage)

        QMetaObject.connectSlotsByName(SummaryPage)
    # setupUi

    def retranslateUi(self, SummaryPage):
        self.heading_label.setText(QCoreApplication.translate("SummaryPage", u"Sammanfattning och n\u00e4sta steg", None))
        self.readiness_heading_label.setText(QCoreApplication.translate("SummaryPage", u"F\u00f6r\u00e4ndringsberedskap per dimension", None))
        self.strengths_heading_label.setText(QCoreApplication.translate("SummaryPage", u"Styrkor att bygga vidare p\u00e5", None))
        self.critical_heading_label.setText(QCoreApplication.translate("SummaryPage", u"De mest kritiska beroendena", None))
        self.unhandled_heading_label.setText(QCoreApplication.translate("SummaryPage", u"H\u00f6gt prioriterade beroenden utan \u00e5tg\u00e4rd", None))
        self.prerequisites_heading_label.setText(QCoreApplication.translate("SummaryPage", u"F\u00f6ruts\u00e4ttningar per omr\u00e5de", None))
        self.success_factors_heading_label.setText(QCoreApplication.translate("SummaryPage", u"Framg\u00e5ngsfaktorer", None))
        self.actions_heading_label.setText(QCoreApplication.translate("SummaryPage", u"De viktigaste \u00e5tg\u00e4rderna", None))
        self.counts_heading_label.setText(QCoreApplication.translate("SummaryPage", u"Antal", None))
        self.next_steps_heading_label.setText(QCoreApplication.translate("SummaryPage", u"N\u00e4sta steg", None))
        self.follow_up_label.setText(QCoreApplication.translate("SummaryPage", u"&Uppf\u00f6ljningsm\u00f6te", None))
#if QT_CONFIG(accessibility)
        self.follow_up_field.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Datum f\u00f6r uppf\u00f6ljningsm\u00f6te", None))
#endif // QT_CONFIG(accessibility)
        self.next_steps_label.setText(QCoreApplication.translate("SummaryPage", u"&N\u00e4sta steg", None))
#if QT_CONFIG(accessibility)
        self.next_steps_edit.setAccessibleName(QCoreApplication.translate("SummaryPage", u"N\u00e4sta steg", None))
#endif // QT_CONFIG(accessibility)
        self.next_steps_edit.setPlaceholderText(QCoreApplication.translate("SummaryPage", u"Vem g\u00f6r vad efter i dag? Till exempel vem som skickar ut handlingsplanen och n\u00e4r.", None))
        pass
    # retranslateUi

