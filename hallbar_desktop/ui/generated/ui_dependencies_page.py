# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dependencies_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget)

from hallbar_desktop.ui.charts.impact_matrix import ImpactMatrix
from hallbar_desktop.ui.widgets.committing_text_edit import (CommittingLineEdit, CommittingTextEdit)

class Ui_DependenciesPage(object):
    def setupUi(self, DependenciesPage):
        if not DependenciesPage.objectName():
            DependenciesPage.setObjectName(u"DependenciesPage")
        DependenciesPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(DependenciesPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.heading_label = QLabel(DependenciesPage)
        self.heading_label.setObjectName(u"heading_label")

        self.heading_row.addWidget(self.heading_label)

        self.heading_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_row.addItem(self.heading_spacer)

        self.summary_label = QLabel(DependenciesPage)
        self.summary_label.setObjectName(u"summary_label")

        self.heading_row.addWidget(self.summary_label)


        self.page_layout.addLayout(self.heading_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(8)
        self.filter_row.setObjectName(u"filter_row")
        self.filter_label = QLabel(DependenciesPage)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_row.addWidget(self.filter_label)

        self.filter_all_button = QPushButton(DependenciesPage)
        self.filter_all_button.setObjectName(u"filter_all_button")
        self.filter_all_button.setCheckable(True)
        self.filter_all_button.setChecked(True)

        self.filter_row.addWidget(self.filter_all_button)

        self.filter_decision_button = QPushButton(DependenciesPage)
        self.filter_decision_button.setObjectName(u"filter_decision_button")
        self.filter_decision_button.setCheckable(True)

        self.filter_row.addWidget(self.filter_decision_button)

        self.filter_person_button = QPushButton(DependenciesPage)
        self.filter_person_button.setObjectName(u"filter_person_button")
        self.filter_person_button.setCheckable(True)

        self.filter_row.addWidget(self.filter_person_button)

        self.filter_endurance_button = QPushButton(DependenciesPage)
        self.filter_endurance_button.setObjectName(u"filter_endurance_button")
        self.filter_endurance_button.setCheckable(True)

        self.filter_row.addWidget(self.filter_endurance_button)

        self.filter_other_button = QPushButton(DependenciesPage)
        self.filter_other_button.setObjectName(u"filter_other_button")
        self.filter_other_button.setCheckable(True)

        self.filter_row.addWidget(self.filter_other_button)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)

        self.remove_button = QPushButton(DependenciesPage)
        self.remove_button.setObjectName(u"remove_button")

        self.filter_row.addWidget(self.remove_button)

        self.add_button = QPushButton(DependenciesPage)
        self.add_button.setObjectName(u"add_button")

        self.filter_row.addWidget(self.add_button)


        self.page_layout.addLayout(self.filter_row)

        self.empty_label = QLabel(DependenciesPage)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.page_layout.addWidget(self.empty_label)

        self.main_splitter = QSplitter(DependenciesPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Vertical)
        self.main_splitter.setChildrenCollapsible(False)
        self.list_splitter = QSplitter(self.main_splitter)
        self.list_splitter.setObjectName(u"list_splitter")
        self.list_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.list_splitter.setChildrenCollapsible(False)
        self.dependency_table = QTableView(self.list_splitter)
        self.dependency_table.setObjectName(u"dependency_table")
        self.dependency_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dependency_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dependency_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.dependency_table.setSortingEnabled(True)
        self.dependency_table.setWordWrap(False)
        self.list_splitter.addWidget(self.dependency_table)
        self.matrix = ImpactMatrix(self.list_splitter)
        self.matrix.setObjectName(u"matrix")
        self.list_splitter.addWidget(self.matrix)
        self.main_splitter.addWidget(self.list_splitter)
        self.form_scroll = QScrollArea(self.main_splitter)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_contents = QWidget()
        self.form_contents.setObjectName(u"form_contents")
        self.form_layout = QVBoxLayout(self.form_contents)
        self.form_layout.setSpacing(8)
        self.form_layout.setObjectName(u"form_layout")
        self.form_heading_label = QLabel(self.form_contents)
        self.form_heading_label.setObjectName(u"form_heading_label")
        self.form_heading_label.setWordWrap(True)

        self.form_layout.addWidget(self.form_heading_label)

        self.problem_label = QLabel(self.form_contents)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.form_layout.addWidget(self.problem_label)

        self.form_fields = QWidget(self.form_contents)
        self.form_fields.setObjectName(u"form_fields")
        self.form_grid = QGridLayout(self.form_fields)
        self.form_grid.setObjectName(u"form_grid")
        self.form_grid.setHorizontalSpacing(16)
        self.form_grid.setVerticalSpacing(8)
        self.form_grid.setContentsMargins(0, 0, 0, 0)
        self.category_label = QLabel(self.form_fields)
        self.category_label.setObjectName(u"category_label")

        self.form_grid.addWidget(self.category_label, 0, 0, 1, 1)

        self.category_combo = QComboBox(self.form_fields)
        self.category_combo.setObjectName(u"category_combo")

        self.form_grid.addWidget(self.category_combo, 0, 1, 1, 1)

        self.status_label = QLabel(self.form_fields)
        self.status_label.setObjectName(u"status_label")

        self.form_grid.addWidget(self.status_label, 0, 2, 1, 1)

        self.status_combo = QComboBox(self.form_fields)
        self.status_combo.setObjectName(u"status_combo")

        self.form_grid.addWidget(self.status_combo, 0, 3, 1, 1)

        self.title_label = QLabel(self.form_fields)
        self.title_label.setObjectName(u"title_label")

        self.form_grid.addWidget(self.title_label, 1, 0, 1, 1)

        self.title_edit = CommittingLineEdit(self.form_fields)
        self.title_edit.setObjectName(u"title_edit")

        self.form_grid.addWidget(self.title_edit, 1, 1, 1, 3)

        self.description_label = QLabel(self.form_fields)
        self.description_label.setObjectName(u"description_label")

        self.form_grid.addWidget(self.description_label, 2, 0, 1, 1)

        self.description_edit = CommittingTextEdit(self.form_fields)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 72))

        self.form_grid.addWidget(self.description_edit, 2, 1, 1, 3)

        self.description_hint_label = QLabel(self.form_fields)
        self.description_hint_label.setObjectName(u"description_hint_label")
        self.description_hint_label.setWordWrap(True)

        self.form_grid.addWidget(self.description_hint_label, 3, 1, 1, 3)

        self.location_label = QLabel(self.form_fields)
        self.location_label.setObjectName(u"location_label")

        self.form_grid.addWidget(self.location_label, 4, 0, 1, 1)

        self.location_combo = QComboBox(self.form_fields)
        self.location_combo.setObjectName(u"location_combo")

        self.form_grid.addWidget(self.location_combo, 4, 1, 1, 1)

        self.horizon_label = QLabel(self.form_fields)
        self.horizon_label.setObjectName(u"horizon_label")

        self.form_grid.addWidget(self.horizon_label, 4, 2, 1, 1)

        self.horizon_combo = QComboBox(self.form_fields)
        self.horizon_combo.setObjectName(u"horizon_combo")

        self.form_grid.addWidget(self.horizon_combo, 4, 3, 1, 1)

        self.impact_label = QLabel(self.form_fields)
        self.impact_label.setObjectName(u"impact_label")

        self.form_grid.addWidget(self.impact_label, 5, 0, 1, 1)

        self.impact_combo = QComboBox(self.form_fields)
        self.impact_combo.setObjectName(u"impact_combo")

        self.form_grid.addWidget(self.impact_combo, 5, 1, 1, 1)

        self.influence_label = QLabel(self.form_fields)
        self.influence_label.setObjectName(u"influence_label")

        self.form_grid.addWidget(self.influence_label, 5, 2, 1, 1)

        self.influence_combo = QComboBox(self.form_fields)
        self.influence_combo.setObjectName(u"influence_combo")

        self.form_grid.addWidget(self.influence_combo, 5, 3, 1, 1)

        self.likelihood_label = QLabel(self.form_fields)
        self.likelihood_label.setObjectName(u"likelihood_label")

        self.form_grid.addWidget(self.likelihood_label, 6, 0, 1, 1)

        self.likelihood_combo = QComboBox(self.form_fields)
        self.likelihood_combo.setObjectName(u"likelihood_combo")

        self.form_grid.addWidget(self.likelihood_combo, 6, 1, 1, 1)

        self.area_label = QLabel(self.form_fields)
        self.area_label.setObjectName(u"area_label")

        self.form_grid.addWidget(self.area_label, 6, 2, 1, 1)

        self.area_combo = QComboBox(self.form_fields)
        self.area_combo.setObjectName(u"area_combo")

        self.form_grid.addWidget(self.area_combo, 6, 3, 1, 1)

        self.processes_label = QLabel(self.form_fields)
        self.processes_label.setObjectName(u"processes_label")

        self.form_grid.addWidget(self.processes_label, 7, 0, 1, 1)

        self.processes_panel = QWidget(self.form_fields)
        self.processes_panel.setObjectName(u"processes_panel")
        self.processes_grid = QGridLayout(self.processes_panel)
        self.processes_grid.setObjectName(u"processes_grid")
        self.processes_grid.setHorizontalSpacing(16)
        self.processes_grid.setVerticalSpacing(4)
        self.processes_grid.setContentsMargins(0, 0, 0, 0)

        self.form_grid.addWidget(self.processes_panel, 7, 1, 1, 3)

        self.owner_label = QLabel(self.form_fields)
        self.owner_label.setObjectName(u"owner_label")

        self.form_grid.addWidget(self.owner_label, 8, 0, 1, 1)

        self.owner_edit = CommittingLineEdit(self.form_fields)
        self.owner_edit.setObjectName(u"owner_edit")

        self.form_grid.addWidget(self.owner_edit, 8, 1, 1, 1)

        self.strategy_label = QLabel(self.form_fields)
        self.strategy_label.setObjectName(u"strategy_label")

        self.form_grid.addWidget(self.strategy_label, 8, 2, 1, 1)

        self.strategy_combo = QComboBox(self.form_fields)
        self.strategy_combo.setObjectName(u"strategy_combo")

        self.form_grid.addWidget(self.strategy_combo, 8, 3, 1, 1)

        self.mitigation_label = QLabel(self.form_fields)
        self.mitigation_label.setObjectName(u"mitigation_label")

        self.form_grid.addWidget(self.mitigation_label, 9, 0, 1, 1)

        self.mitigation_edit = CommittingTextEdit(self.form_fields)
        self.mitigation_edit.setObjectName(u"mitigation_edit")
        self.mitigation_edit.setMaximumSize(QSize(16777215, 72))

        self.form_grid.addWidget(self.mitigation_edit, 9, 1, 1, 3)

        self.votes_label = QLabel(self.form_fields)
        self.votes_label.setObjectName(u"votes_label")

        self.form_grid.addWidget(self.votes_label, 10, 0, 1, 1)

        self.votes_row = QHBoxLayout()
        self.votes_row.setSpacing(8)
        self.votes_row.setObjectName(u"votes_row")
        self.votes_spin = QSpinBox(self.form_fields)
        self.votes_spin.setObjectName(u"votes_spin")
        self.votes_spin.setKeyboardTracking(False)
        self.votes_spin.setMaximum(999)

        self.votes_row.addWidget(self.votes_spin)

        self.remove_vote_button = QPushButton(self.form_fields)
        self.remove_vote_button.setObjectName(u"remove_vote_button")

        self.votes_row.addWidget(self.remove_vote_button)

        self.add_vote_button = QPushButton(self.form_fields)
        self.add_vote_button.setObjectName(u"add_vote_button")

        self.votes_row.addWidget(self.add_vote_button)

        self.votes_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votes_row.addItem(self.votes_spacer)


        self.form_grid.addLayout(self.votes_row, 10, 1, 1, 1)

        self.priority_caption_label = QLabel(self.form_fields)
        self.priority_caption_label.setObjectName(u"priority_caption_label")

        self.form_grid.addWidget(self.priority_caption_label, 10, 2, 1, 1)

        self.priority_value_label = QLabel(self.form_fields)
        self.priority_value_label.setObjectName(u"priority_value_label")
        self.priority_value_label.setWordWrap(True)

        self.form_grid.addWidget(self.priority_value_label, 10, 3, 1, 1)

        self.priority_override_label = QLabel(self.form_fields)
        self.priority_override_label.setObjectName(u"priority_override_label")

        self.form_grid.addWidget(self.priority_override_label, 11, 2, 1, 1)

        self.priority_override_combo = QComboBox(self.form_fields)
        self.priority_override_combo.setObjectName(u"priority_override_combo")

        self.form_grid.addWidget(self.priority_override_combo, 11, 3, 1, 1)


        self.form_layout.addWidget(self.form_fields)

        self.form_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_layout.addItem(self.form_spacer)

        self.form_scroll.setWidget(self.form_contents)
        self.main_splitter.addWidget(self.form_scroll)

        self.page_layout.addWidget(self.main_splitter)

#if QT_CONFIG(shortcut)
        self.category_label.setBuddy(self.category_combo)
        self.status_label.setBuddy(self.status_combo)
        self.title_label.setBuddy(self.title_edit)
        self.description_label.setBuddy(self.description_edit)
        self.location_label.setBuddy(self.location_combo)
        self.horizon_label.setBuddy(self.horizon_combo)
        self.impact_label.setBuddy(self.impact_combo)
        self.influence_label.setBuddy(self.influence_combo)
        self.likelihood_label.setBuddy(self.likelihood_combo)
        self.area_label.setBuddy(self.area_combo)
        self.owner_label.setBuddy(self.owner_edit)
        self.strategy_label.setBuddy(self.strategy_combo)
        self.mitigation_label.setBuddy(self.mitigation_edit)
        self.votes_label.setBuddy(self.votes_spin)
        self.priority_override_label.setBuddy(self.priority_override_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DependenciesPage)

        self.add_button.setDefault(True)


        QMetaObject.connectSlotsByName(DependenciesPage)
    # setupUi

    def retranslateUi(self, DependenciesPage):
        self.heading_label.setText(QCoreApplication.translate("DependenciesPage", u"Beroenden", None))
        self.filter_label.setText(QCoreApplication.translate("DependenciesPage", u"Visa:", None))
        self.filter_all_button.setText(QCoreApplication.translate("DependenciesPage", u"Alla", None))
        self.filter_decision_button.setText(QCoreApplication.translate("DependenciesPage", u"Beslut", None))
        self.filter_person_button.setText(QCoreApplication.translate("DependenciesPage", u"Person", None))
        self.filter_endurance_button.setText(QCoreApplication.translate("DependenciesPage", u"Uth\u00e5llighet", None))
        self.filter_other_button.setText(QCoreApplication.translate("DependenciesPage", u"Annat", None))
        self.remove_button.setText(QCoreApplication.translate("DependenciesPage", u"Ta &bort beroende", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("DependenciesPage", u"Tar bort det valda beroendet. Du kan \u00e5ngra med Ctrl+Z.", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("DependenciesPage", u"&L\u00e4gg till beroende", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("DependenciesPage", u"L\u00e4gger till ett nytt beroende (Ctrl+Enter) av den typ som visas", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText(QCoreApplication.translate("DependenciesPage", u"Inga beroenden \u00e4nnu. L\u00e4gg till det f\u00f6rsta med Ctrl+Enter eller l\u00e5t deltagarna skriva i inmatningsl\u00e4get (F6).", None))
#if QT_CONFIG(accessibility)
        self.dependency_table.setAccessibleDescription(QCoreApplication.translate("DependenciesPage", u"En rad per beroende. Det markerade beroendet visas i formul\u00e4ret och \u00e4r markerat i matrisen.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dependency_table.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Beroenden", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("DependenciesPage", u"&Typ av beroende", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Typ av beroende", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("DependenciesPage", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("DependenciesPage", u"Rubri&k", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Rubrik", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("DependenciesPage", u"Kort rubrik, h\u00f6gst 100 tecken", None))
        self.description_label.setText(QCoreApplication.translate("DependenciesPage", u"B&eskrivning", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Beskrivning", None))
#endif // QT_CONFIG(accessibility)
        self.description_edit.setPlaceholderText(QCoreApplication.translate("DependenciesPage", u"Vad best\u00e5r beroendet av, och varf\u00f6r spelar det roll?", None))
        self.description_hint_label.setText(QCoreApplication.translate("DependenciesPage", u"Beskriv roller, inte personer.", None))
        self.location_label.setText(QCoreApplication.translate("DependenciesPage", u"Var &finns beroendet?", None))
#if QT_CONFIG(accessibility)
        self.location_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Var finns beroendet?", None))
#endif // QT_CONFIG(accessibility)
        self.horizon_label.setText(QCoreApplication.translate("DependenciesPage", u"Ti&dshorisont", None))
#if QT_CONFIG(accessibility)
        self.horizon_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Tidshorisont", None))
#endif // QT_CONFIG(accessibility)
        self.impact_label.setText(QCoreApplication.translate("DependenciesPage", u"&P\u00e5verkan om det inte hanteras", None))
#if QT_CONFIG(accessibility)
        self.impact_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"P\u00e5verkan om det inte hanteras", None))
#endif // QT_CONFIG(accessibility)
        self.influence_label.setText(QCoreApplication.translate("DependenciesPage", u"P\u00e5verkbarhet / r\u00e5di&ghet", None))
#if QT_CONFIG(accessibility)
        self.influence_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"P\u00e5verkbarhet och r\u00e5dighet", None))
#endif // QT_CONFIG(accessibility)
        self.likelihood_label.setText(QCoreApplication.translate("DependenciesPage", u"&Sannolikhet", None))
#if QT_CONFIG(accessibility)
        self.likelihood_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Sannolikhet", None))
#endif // QT_CONFIG(accessibility)
        self.area_label.setText(QCoreApplication.translate("DependenciesPage", u"Ber\u00f6rt f\u00f6ruts\u00e4ttnings&omr\u00e5de", None))
#if QT_CONFIG(accessibility)
        self.area_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Ber\u00f6rt f\u00f6ruts\u00e4ttningsomr\u00e5de", None))
#endif // QT_CONFIG(accessibility)
        self.processes_label.setText(QCoreApplication.translate("DependenciesPage", u"Ber\u00f6rda processer", None))
#if QT_CONFIG(accessibility)
        self.processes_panel.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Ber\u00f6rda processer", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("DependenciesPage", u"Bevakas av", None))
#if QT_CONFIG(accessibility)
        self.owner_edit.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Bevakas av", None))
#endif // QT_CONFIG(accessibility)
        self.owner_edit.setPlaceholderText(QCoreApplication.translate("DependenciesPage", u"Roll, till exempel enhetschef", None))
        self.strategy_label.setText(QCoreApplication.translate("DependenciesPage", u"Hanteri&ng", None))
#if QT_CONFIG(accessibility)
        self.strategy_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Hantering", None))
#endif // QT_CONFIG(accessibility)
        self.mitigation_label.setText(QCoreApplication.translate("DependenciesPage", u"Hur hanterar &vi det?", None))
#if QT_CONFIG(accessibility)
        self.mitigation_edit.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Hur hanterar vi det?", None))
#endif // QT_CONFIG(accessibility)
        self.mitigation_edit.setPlaceholderText(QCoreApplication.translate("DependenciesPage", u"Vad g\u00f6r vi f\u00f6r att minska eller bevaka beroendet?", None))
        self.votes_label.setText(QCoreApplication.translate("DependenciesPage", u"Pri&ckar", None))
#if QT_CONFIG(accessibility)
        self.votes_spin.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Prickar", None))
#endif // QT_CONFIG(accessibility)
        self.remove_vote_button.setText(QCoreApplication.translate("DependenciesPage", u"\u22121 prick", None))
#if QT_CONFIG(accessibility)
        self.remove_vote_button.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"Ta bort en prick", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remove_vote_button.setToolTip(QCoreApplication.translate("DependenciesPage", u"Minskar antalet prickar med en", None))
#endif // QT_CONFIG(tooltip)
        self.add_vote_button.setText(QCoreApplication.translate("DependenciesPage", u"+1 prick", None))
#if QT_CONFIG(accessibility)
        self.add_vote_button.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"L\u00e4gg till en prick", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_vote_button.setToolTip(QCoreApplication.translate("DependenciesPage", u"\u00d6kar antalet prickar med en, medan gruppen r\u00f6star", None))
#endif // QT_CONFIG(tooltip)
        self.priority_caption_label.setText(QCoreApplication.translate("DependenciesPage", u"Prioritet", None))
        self.priority_value_label.setText("")
        self.priority_override_label.setText(QCoreApplication.translate("DependenciesPage", u"\u00c4ndra pr&ioritet", None))
#if QT_CONFIG(accessibility)
        self.priority_override_combo.setAccessibleName(QCoreApplication.translate("DependenciesPage", u"\u00c4ndra prioritet", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

