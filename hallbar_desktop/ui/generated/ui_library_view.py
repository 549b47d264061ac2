# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library_view.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_LibraryView(object):
    def setupUi(self, LibraryView):
        if not LibraryView.objectName():
            LibraryView.setObjectName(u"LibraryView")
        LibraryView.resize(1200, 700)
        self.library_layout = QVBoxLayout(LibraryView)
        self.library_layout.setSpacing(8)
        self.library_layout.setObjectName(u"library_layout")
        self.library_layout.setContentsMargins(16, 16, 16, 8)
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.heading_label = QLabel(LibraryView)
        self.heading_label.setObjectName(u"heading_label")

        self.heading_row.addWidget(self.heading_label)

        self.heading_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_row.addItem(self.heading_spacer)

        self.new_workshop_button = QPushButton(LibraryView)
        self.new_workshop_button.setObjectName(u"new_workshop_button")

        self.heading_row.addWidget(self.new_workshop_button)


        self.library_layout.addLayout(self.heading_row)

        self.problem_banner = QFrame(LibraryView)
        self.problem_banner.setObjectName(u"problem_banner")
        self.problem_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.problem_banner_layout = QHBoxLayout(self.problem_banner)
        self.problem_banner_layout.setObjectName(u"problem_banner_layout")
        self.problem_banner_label = QLabel(self.problem_banner)
        self.problem_banner_label.setObjectName(u"problem_banner_label")
        self.problem_banner_label.setWordWrap(True)

        self.problem_banner_layout.addWidget(self.problem_banner_label)

        self.show_problems_button = QPushButton(self.problem_banner)
        self.show_problems_button.setObjectName(u"show_problems_button")

        self.problem_banner_layout.addWidget(self.show_problems_button)

        self.problem_banner_layout.setStretch(0, 1)

        self.library_layout.addWidget(self.problem_banner)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.search_edit = QLineEdit(LibraryView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.search_edit)

        self.organisation_filter = QComboBox(LibraryView)
        self.organisation_filter.setObjectName(u"organisation_filter")

        self.filter_row.addWidget(self.organisation_filter)

        self.period_filter = QComboBox(LibraryView)
        self.period_filter.setObjectName(u"period_filter")

        self.filter_row.addWidget(self.period_filter)

        self.status_filter = QComboBox(LibraryView)
        self.status_filter.setObjectName(u"status_filter")

        self.filter_row.addWidget(self.status_filter)

        self.origin_label = QLabel(LibraryView)
        self.origin_label.setObjectName(u"origin_label")

        self.filter_row.addWidget(self.origin_label)

        self.origin_filter = QComboBox(LibraryView)
        self.origin_filter.setObjectName(u"origin_filter")
        self.origin_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.origin_filter.setMinimumContentsLength(16)

        self.filter_row.addWidget(self.origin_filter)


        self.library_layout.addLayout(self.filter_row)

        self.content_stack = QStackedWidget(LibraryView)
        self.content_stack.setObjectName(u"content_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_top_spacer)

        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.empty_buttons = QHBoxLayout()
        self.empty_buttons.setObjectName(u"empty_buttons")
        self.empty_left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_buttons.addItem(self.empty_left_spacer)

        self.empty_new_button = QPushButton(self.empty_page)
        self.empty_new_button.setObjectName(u"empty_new_button")

        self.empty_buttons.addWidget(self.empty_new_button)

        self.open_demo_button = QPushButton(self.empty_page)
        self.open_demo_button.setObjectName(u"open_demo_button")

        self.empty_buttons.addWidget(self.open_demo_button)

        self.empty_import_button = QPushButton(self.empty_page)
        self.empty_import_button.setObjectName(u"empty_import_button")

        self.empty_buttons.addWidget(self.empty_import_button)

        self.empty_right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_buttons.addItem(self.empty_right_spacer)


        self.empty_layout.addLayout(self.empty_buttons)

        self.empty_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom_spacer)

        self.content_stack.addWidget(self.empty_page)
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.library_splitter = QSplitter(self.list_page)
        self.library_splitter.setObjectName(u"library_splitter")
        self.library_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.library_splitter.setChildrenCollapsible(False)
        self.workshop_table = QTableView(self.library_splitter)
        self.workshop_table.setObjectName(u"workshop_table")
        self.workshop_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workshop_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workshop_table.setSortingEnabled(True)
        self.workshop_table.setAlternatingRowColors(True)
        self.workshop_table.setWordWrap(False)
        self.library_splitter.addWidget(self.workshop_table)
        self.detail_panel = QWidget(self.library_splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title_label = QLabel(self.detail_panel)
        self.detail_title_label.setObjectName(u"detail_title_label")
        self.detail_title_label.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_title_label)

        self.detail_facts_label = QLabel(self.detail_panel)
        self.detail_facts_label.setObjectName(u"detail_facts_label")
        self.detail_facts_label.setWordWrap(True)
        self.detail_facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_layout.addWidget(self.detail_facts_label)

        self.detail_buttons = QGridLayout()
        self.detail_buttons.setObjectName(u"detail_buttons")
        self.open_button = QPushButton(self.detail_panel)
        self.open_button.setObjectName(u"open_button")

        self.detail_buttons.addWidget(self.open_button, 0, 0, 1, 1)

        self.export_button = QPushButton(self.detail_panel)
        self.export_button.setObjectName(u"export_button")

        self.detail_buttons.addWidget(self.export_button, 0, 1, 1, 1)

        self.duplicate_button = QPushButton(self.detail_panel)
        self.duplicate_button.setObjectName(u"duplicate_button")

        self.detail_buttons.addWidget(self.duplicate_button, 1, 0, 1, 1)

        self.delete_button = QPushButton(self.detail_panel)
        self.delete_button.setObjectName(u"delete_button")

        self.detail_buttons.addWidget(self.delete_button, 1, 1, 1, 1)

        self.purge_button = QPushButton(self.detail_panel)
        self.purge_button.setObjectName(u"purge_button")

        self.detail_buttons.addWidget(self.purge_button, 2, 0, 1, 1)


        self.detail_layout.addLayout(self.detail_buttons)

        self.recent_label = QLabel(self.detail_panel)
        self.recent_label.setObjectName(u"recent_label")

        self.detail_layout.addWidget(self.recent_label)

        self.recent_list = QListWidget(self.detail_panel)
        self.recent_list.setObjectName(u"recent_list")

        self.detail_layout.addWidget(self.recent_list)

        self.detail_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detail_layout.addItem(self.detail_bottom_spacer)

        self.library_splitter.addWidget(self.detail_panel)

        self.list_layout.addWidget(self.library_splitter)

        self.content_stack.addWidget(self.list_page)

        self.library_layout.addWidget(self.content_stack)

#if QT_CONFIG(shortcut)
        self.origin_label.setBuddy(self.origin_filter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LibraryView)

        self.new_workshop_button.setDefault(True)


        QMetaObject.connectSlotsByName(LibraryView)
    # setupUi

    def retranslateUi(self, LibraryView):
        self.heading_label.setText(QCoreApplication.translate("LibraryView", u"Workshoppar", None))
        self.new_workshop_button.setText(QCoreApplication.translate("LibraryView", u"Ny workshop", None))
        self.show_problems_button.setText(QCoreApplication.translate("LibraryView", u"Visa problemen\u2026", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("LibraryView", u"S\u00f6k workshoppar", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("LibraryView", u"S\u00f6k p\u00e5 titel, organisation eller enhet", None))
#if QT_CONFIG(accessibility)
        self.organisation_filter.setAccessibleName(QCoreApplication.translate("LibraryView", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.organisation_filter.setToolTip(QCoreApplication.translate("LibraryView", u"Visa bara workshoppar fr\u00e5n en organisation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.period_filter.setAccessibleName(QCoreApplication.translate("LibraryView", u"Period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.period_filter.setToolTip(QCoreApplication.translate("LibraryView", u"Visa bara workshoppar fr\u00e5n en viss period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status_filter.setAccessibleName(QCoreApplication.translate("LibraryView", u"Workshoppens status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.status_filter.setToolTip(QCoreApplication.translate("LibraryView", u"Visa bara workshoppar med en viss status", None))
#endif // QT_CONFIG(tooltip)
        self.origin_label.setText(QCoreApplication.translate("LibraryView", u"&Ursprung:", None))
#if QT_CONFIG(tooltip)
        self.origin_filter.setToolTip(QCoreApplication.translate("LibraryView", u"Visa bara workshoppar som gjorts h\u00e4r, som importerats fr\u00e5n en viss dator eller som har konflikter kvar att v\u00e4lja i", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText(QCoreApplication.translate("LibraryView", u"H\u00e4r samlar du dina workshoppar om f\u00f6r\u00e4ndringsberedskap. Programmet leder dig steg f\u00f6r steg fr\u00e5n f\u00f6rberedelser till en handlingsplan med ansvariga och datum. Samordnar du? Importera de workshoppar som processledarna har delat med dig.", None))
        self.empty_new_button.setText(QCoreApplication.translate("LibraryView", u"Ny workshop", None))
        self.open_demo_button.setText(QCoreApplication.translate("LibraryView", u"\u00d6ppna exempelworkshop", None))
        self.empty_import_button.setText(QCoreApplication.translate("LibraryView", u"Importera workshoppar\u2026", None))
#if QT_CONFIG(accessibility)
        self.workshop_table.setAccessibleName(QCoreApplication.translate("LibraryView", u"Workshoppar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workshop_table.setAccessibleDescription(QCoreApplication.translate("LibraryView", u"En rad per workshop. Den markerade visas i detaljerna bredvid; Enter \u00f6ppnar den.", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("LibraryView", u"\u00d6ppna", None))
        self.export_button.setText(QCoreApplication.translate("LibraryView", u"Exportera\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("LibraryView", u"Som Excel och PDF, f\u00f6r den valda workshoppen eller en sammanst\u00e4llning av flera", None))
#endif // QT_CONFIG(tooltip)
        self.duplicate_button.setText(QCoreApplication.translate("LibraryView", u"Duplicera som mall", None))
#if QT_CONFIG(tooltip)
        self.duplicate_button.setToolTip(QCoreApplication.translate("LibraryView", u"En ny workshop med samma uppgifter och deltagare, men utan svar och resultat", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("LibraryView", u"Ta bort\u2026", None))
        self.purge_button.setText(QCoreApplication.translate("LibraryView", u"Gallra\u2026", None))
#if QT_CONFIG(tooltip)
        self.purge_button.setToolTip(QCoreApplication.translate("LibraryView", u"Ta bort deltagarnas namn och roller, eller hela workshoppen, n\u00e4r uppgifterna inte ska sparas l\u00e4ngre", None))
#endif // QT_CONFIG(tooltip)
        self.recent_label.setText(QCoreApplication.translate("LibraryView", u"Senast \u00f6ppnade", None))
        pass
    # retranslateUi

