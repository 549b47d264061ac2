# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coordinator_view.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

from hallbar_desktop.ui.charts.readiness_over_time_chart import ReadinessOverTimeChart

class Ui_CoordinatorView(object):
    def setupUi(self, CoordinatorView):
        if not CoordinatorView.objectName():
            CoordinatorView.setObjectName(u"CoordinatorView")
        CoordinatorView.resize(1200, 700)
        self.coordinator_layout = QVBoxLayout(CoordinatorView)
        self.coordinator_layout.setSpacing(8)
        self.coordinator_layout.setObjectName(u"coordinator_layout")
        self.coordinator_layout.setContentsMargins(16, 16, 16, 8)
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.heading_label = QLabel(CoordinatorView)
        self.heading_label.setObjectName(u"heading_label")

        self.heading_row.addWidget(self.heading_label)

        self.heading_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_row.addItem(self.heading_spacer)

        self.busy_label = QLabel(CoordinatorView)
        self.busy_label.setObjectName(u"busy_label")

        self.heading_row.addWidget(self.busy_label)

        self.busy_bar = QProgressBar(CoordinatorView)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximumSize(QSize(160, 16777215))
        self.busy_bar.setMinimum(0)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.heading_row.addWidget(self.busy_bar)

        self.reload_button = QPushButton(CoordinatorView)
        self.reload_button.setObjectName(u"reload_button")

        self.heading_row.addWidget(self.reload_button)


        self.coordinator_layout.addLayout(self.heading_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.organisation_label = QLabel(CoordinatorView)
        self.organisation_label.setObjectName(u"organisation_label")

        self.filter_row.addWidget(self.organisation_label)

        self.organisation_filter = QComboBox(CoordinatorView)
        self.organisation_filter.setObjectName(u"organisation_filter")
        self.organisation_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation_filter.setMinimumContentsLength(16)

        self.filter_row.addWidget(self.organisation_filter)

        self.period_label = QLabel(CoordinatorView)
        self.period_label.setObjectName(u"period_label")

        self.filter_row.addWidget(self.period_label)

        self.period_filter = QComboBox(CoordinatorView)
        self.period_filter.setObjectName(u"period_filter")

        self.filter_row.addWidget(self.period_filter)

        self.status_label = QLabel(CoordinatorView)
        self.status_label.setObjectName(u"status_label")

        self.filter_row.addWidget(self.status_label)

        self.status_filter = QComboBox(CoordinatorView)
        self.status_filter.setObjectName(u"status_filter")

        self.filter_row.addWidget(self.status_filter)

        self.origin_label = QLabel(CoordinatorView)
        self.origin_label.setObjectName(u"origin_label")

        self.filter_row.addWidget(self.origin_label)

        self.origin_filter = QComboBox(CoordinatorView)
        self.origin_filter.setObjectName(u"origin_filter")
        self.origin_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.origin_filter.setMinimumContentsLength(12)

        self.filter_row.addWidget(self.origin_filter)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)

        self.counts_label = QLabel(CoordinatorView)
        self.counts_label.setObjectName(u"counts_label")

        self.filter_row.addWidget(self.counts_label)


        self.coordinator_layout.addLayout(self.filter_row)

        self.section_tabs = QTabWidget(CoordinatorView)
        self.section_tabs.setObjectName(u"section_tabs")
        self.workshops_tab = QWidget()
        self.workshops_tab.setObjectName(u"workshops_tab")
        self.workshops_layout = QVBoxLayout(self.workshops_tab)
        self.workshops_layout.setObjectName(u"workshops_layout")
        self.workshop_table = QTableView(self.workshops_tab)
        self.workshop_table.setObjectName(u"workshop_table")
        self.workshop_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workshop_table.setAlternatingRowColors(True)
        self.workshop_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workshop_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workshop_table.setSortingEnabled(True)

        self.workshops_layout.addWidget(self.workshop_table)

        self.section_tabs.addTab(self.workshops_tab, "")
        self.actions_tab = QWidget()
        self.actions_tab.setObjectName(u"actions_tab")
        self.actions_layout = QVBoxLayout(self.actions_tab)
        self.actions_layout.setObjectName(u"actions_layout")
        self.action_filter_row = QHBoxLayout()
        self.action_filter_row.setObjectName(u"action_filter_row")
        self.action_search_label = QLabel(self.actions_tab)
        self.action_search_label.setObjectName(u"action_search_label")

        self.action_filter_row.addWidget(self.action_search_label)

        self.action_search_edit = QLineEdit(self.actions_tab)
        self.action_search_edit.setObjectName(u"action_search_edit")
        self.action_search_edit.setClearButtonEnabled(True)

        self.action_filter_row.addWidget(self.action_search_edit)

        self.overdue_only_check = QCheckBox(self.actions_tab)
        self.overdue_only_check.setObjectName(u"overdue_only_check")

        self.action_filter_row.addWidget(self.overdue_only_check)

        self.action_filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_filter_row.addItem(self.action_filter_spacer)

        self.action_hint_label = QLabel(self.actions_tab)
        self.action_hint_label.setObjectName(u"action_hint_label")

        self.action_filter_row.addWidget(self.action_hint_label)


        self.actions_layout.addLayout(self.action_filter_row)

        self.action_table = QTableView(self.actions_tab)
        self.action_table.setObjectName(u"action_table")
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.action_table.setAlternatingRowColors(True)
        self.action_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.action_table.setSortingEnabled(True)

        self.actions_layout.addWidget(self.action_table)

        self.section_tabs.addTab(self.actions_tab, "")
        self.readiness_tab = QWidget()
        self.readiness_tab.setObjectName(u"readiness_tab")
        self.readiness_layout = QVBoxLayout(self.readiness_tab)
        self.readiness_layout.setObjectName(u"readiness_layout")
        self.dimension_row = QHBoxLayout()
        self.dimension_row.setObjectName(u"dimension_row")
        self.dimension_label = QLabel(self.readiness_tab)
        self.dimension_label.setObjectName(u"dimension_label")

        self.dimension_row.addWidget(self.dimension_label)

        self.dimension_combo = QComboBox(self.readiness_tab)
        self.dimension_combo.setObjectName(u"dimension_combo")

        self.dimension_row.addWidget(self.dimension_combo)

        self.dimension_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dimension_row.addItem(self.dimension_spacer)

        self.chart_hint_label = QLabel(self.readiness_tab)
        self.chart_hint_label.setObjectName(u"chart_hint_label")

        self.dimension_row.addWidget(self.chart_hint_label)


        self.readiness_layout.addLayout(self.dimension_row)

        self.readiness_chart = ReadinessOverTimeChart(self.readiness_tab)
        self.readiness_chart.setObjectName(u"readiness_chart")

        self.readiness_layout.addWidget(self.readiness_chart)

        self.section_tabs.addTab(self.readiness_tab, "")
        self.dependencies_tab = QWidget()
        self.dependencies_tab.setObjectName(u"dependencies_tab")
        self.dependencies_layout = QVBoxLayout(self.dependencies_tab)
        self.dependencies_layout.setObjectName(u"dependencies_layout")
        self.types_heading_label = QLabel(self.dependencies_tab)
        self.types_heading_label.setObjectName(u"types_heading_label")

        self.dependencies_layout.addWidget(self.types_heading_label)

        self.types_table = QTableView(self.dependencies_tab)
        self.types_table.setObjectName(u"types_table")
        self.types_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.types_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.types_table.setSortingEnabled(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.types_table.sizePolicy().hasHeightForWidth())
        self.types_table.setSizePolicy(sizePolicy)

        self.dependencies_layout.addWidget(self.types_table)

        self.critical_heading_label = QLabel(self.dependencies_tab)
        self.critical_heading_label.setObjectName(u"critical_heading_label")

        self.dependencies_layout.addWidget(self.critical_heading_label)

        self.critical_table = QTableView(self.dependencies_tab)
        self.critical_table.setObjectName(u"critical_table")
        self.critical_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.critical_table.setAlternatingRowColors(True)
        self.critical_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.critical_table.setSortingEnabled(True)

        self.dependencies_layout.addWidget(self.critical_table)

        self.section_tabs.addTab(self.dependencies_tab, "")

        self.coordinator_layout.addWidget(self.section_tabs)

#if QT_CONFIG(shortcut)
        self.organisation_label.setBuddy(self.organisation_filter)
        self.period_label.setBuddy(self.period_filter)
        self.status_label.setBuddy(self.status_filter)
        self.origin_label.setBuddy(self.origin_filter)
        self.action_search_label.setBuddy(self.action_search_edit)
        self.dimension_label.setBuddy(self.dimension_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_filter, self.period_filter)
        QWidget.setTabOrder(self.period_filter, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.origin_filter)
        QWidget.setTabOrder(self.origin_filter, self.section_tabs)
        QWidget.setTabOrder(self.section_tabs, self.workshop_table)
        QWidget.setTabOrder(self.workshop_table, self.action_search_edit)
        QWidget.setTabOrder(self.action_search_edit, self.overdue_only_check)
        QWidget.setTabOrder(self.overdue_only_check, self.action_table)
        QWidget.setTabOrder(self.action_table, self.dimension_combo)
        QWidget.setTabOrder(self.dimension_combo, self.readiness_chart)
        QWidget.setTabOrder(self.readiness_chart, self.types_table)
        QWidget.setTabOrder(self.types_table, self.critical_table)
        QWidget.setTabOrder(self.critical_table, self.reload_button)

        self.retranslateUi(CoordinatorView)

        self.section_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CoordinatorView)
    # setupUi

    def retranslateUi(self, CoordinatorView):
        self.heading_label.setText(QCoreApplication.translate("CoordinatorView", u"\u00d6versikt f\u00f6r samordnare", None))
        self.busy_label.setText(QCoreApplication.translate("CoordinatorView", u"L\u00e4ser workshopparna\u2026", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"L\u00e4ser workshopparna", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reload_button.setToolTip(QCoreApplication.translate("CoordinatorView", u"L\u00e4ser alla workshoppar p\u00e5 nytt, till exempel efter en import", None))
#endif // QT_CONFIG(tooltip)
        self.reload_button.setText(QCoreApplication.translate("CoordinatorView", u"&L\u00e4s in igen", None))
        self.organisation_label.setText(QCoreApplication.translate("CoordinatorView", u"&Organisation:", None))
#if QT_CONFIG(tooltip)
        self.organisation_filter.setToolTip(QCoreApplication.translate("CoordinatorView", u"Visa bara en organisations workshoppar, \u00e5tg\u00e4rder, beredskap och beroenden", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.organisation_filter.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.period_label.setText(QCoreApplication.translate("CoordinatorView", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.period_filter.setToolTip(QCoreApplication.translate("CoordinatorView", u"Visa bara workshoppar fr\u00e5n en viss period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.period_filter.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("CoordinatorView", u"S&tatus:", None))
#if QT_CONFIG(tooltip)
        self.status_filter.setToolTip(QCoreApplication.translate("CoordinatorView", u"Visa bara workshoppar med en viss status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status_filter.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Workshoppens status", None))
#endif // QT_CONFIG(accessibility)
        self.origin_label.setText(QCoreApplication.translate("CoordinatorView", u"&Ursprung:", None))
#if QT_CONFIG(tooltip)
        self.origin_filter.setToolTip(QCoreApplication.translate("CoordinatorView", u"Visa bara workshoppar som gjorts h\u00e4r, som importerats fr\u00e5n en viss dator eller som har konflikter kvar att v\u00e4lja i", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.origin_filter.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Ursprung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.section_tabs.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Delar av \u00f6versikten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workshop_table.setAccessibleDescription(QCoreApplication.translate("CoordinatorView", u"En rad per workshop i urvalet. Enter \u00f6ppnar den markerade workshoppen.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workshop_table.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Workshoppar i urvalet", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.workshops_tab), QCoreApplication.translate("CoordinatorView", u"Workshoppar", None))
        self.action_search_label.setText(QCoreApplication.translate("CoordinatorView", u"&S\u00f6k:", None))
#if QT_CONFIG(accessibility)
        self.action_search_edit.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"S\u00f6k bland \u00e5tg\u00e4rderna", None))
#endif // QT_CONFIG(accessibility)
        self.action_search_edit.setPlaceholderText(QCoreApplication.translate("CoordinatorView", u"\u00c5tg\u00e4rd, ansvarig, workshop eller uppf\u00f6ljning", None))
        self.overdue_only_check.setText(QCoreApplication.translate("CoordinatorView", u"&Bara f\u00f6rsenade", None))
        self.action_hint_label.setText(QCoreApplication.translate("CoordinatorView", u"Status och uppf\u00f6ljning \u00e4ndrar du direkt i tabellen (F2). Ctrl+Z \u00e5ngrar.", None))
#if QT_CONFIG(accessibility)
        self.action_table.setAccessibleDescription(QCoreApplication.translate("CoordinatorView", u"En rad per \u00e5tg\u00e4rd i urvalets workshoppar. Status och senaste uppf\u00f6ljning kan \u00e4ndras i tabellen: skriv eller tryck F2. \u00c4ndringen sparas direkt och Ctrl+Z \u00e5ngrar.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.action_table.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"\u00c5tg\u00e4rder i alla workshoppar i urvalet", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.actions_tab), QCoreApplication.translate("CoordinatorView", u"\u00c5tg\u00e4rder", None))
        self.dimension_label.setText(QCoreApplication.translate("CoordinatorView", u"&Dimension:", None))
#if QT_CONFIG(accessibility)
        self.dimension_combo.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Dimension", None))
#endif // QT_CONFIG(accessibility)
        self.chart_hint_label.setText(QCoreApplication.translate("CoordinatorView", u"Medelv\u00e4rde 1\u20135 per workshop. En linje g\u00e5r fr\u00e5n en workshop till dess uppf\u00f6ljning.", None))
#if QT_CONFIG(accessibility)
        self.readiness_chart.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Beredskap \u00f6ver tid per organisation", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.readiness_tab), QCoreApplication.translate("CoordinatorView", u"Beredskap \u00f6ver tid", None))
        self.types_heading_label.setText(QCoreApplication.translate("CoordinatorView", u"Vanligaste typerna av beroenden", None))
#if QT_CONFIG(accessibility)
        self.types_table.setAccessibleDescription(QCoreApplication.translate("CoordinatorView", u"En rad per typ av beroende: hur m\u00e5nga organisationer, workshoppar och beroenden den finns i, och hur m\u00e5nga som inte \u00e4r hanterade.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.types_table.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"Typer av beroenden i urvalet", None))
#endif // QT_CONFIG(accessibility)
        self.critical_heading_label.setText(QCoreApplication.translate("CoordinatorView", u"De mest kritiska beroendena som inte \u00e4r hanterade", None))
#if QT_CONFIG(accessibility)
        self.critical_table.setAccessibleDescription(QCoreApplication.translate("CoordinatorView", u"En rad per beroende som inte \u00e4r hanterat, det mest kritiska f\u00f6rst, med den workshop det kommer fr\u00e5n.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.critical_table.setAccessibleName(QCoreApplication.translate("CoordinatorView", u"De mest kritiska beroendena som inte \u00e4r hanterade", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.dependencies_tab), QCoreApplication.translate("CoordinatorView", u"Beroenden", None))
        pass
    # retranslateUi

