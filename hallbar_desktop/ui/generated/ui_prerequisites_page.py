# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prerequisites_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout, QWidget)

class Ui_PrerequisitesPage(object):
    def setupUi(self, PrerequisitesPage):
        if not PrerequisitesPage.objectName():
            PrerequisitesPage.setObjectName(u"PrerequisitesPage")
        PrerequisitesPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(PrerequisitesPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_label = QLabel(PrerequisitesPage)
        self.heading_label.setObjectName(u"heading_label")

        self.page_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(PrerequisitesPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.content_splitter = QSplitter(PrerequisitesPage)
        self.content_splitter.setObjectName(u"content_splitter")
        self.content_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.content_splitter.setChildrenCollapsible(False)
        self.checklist_scroll = QScrollArea(self.content_splitter)
        self.checklist_scroll.setObjectName(u"checklist_scroll")
        self.checklist_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checklist_scroll.setWidgetResizable(True)
        self.checklist_container = QWidget()
        self.checklist_container.setObjectName(u"checklist_container")
        self.checklist_layout = QVBoxLayout(self.checklist_container)
        self.checklist_layout.setSpacing(16)
        self.checklist_layout.setObjectName(u"checklist_layout")
        self.checklist_layout.setContentsMargins(0, 0, 8, 0)
        self.checklist_scroll.setWidget(self.checklist_container)
        self.content_splitter.addWidget(self.checklist_scroll)
        self.factors_panel = QWidget(self.content_splitter)
        self.factors_panel.setObjectName(u"factors_panel")
        self.factors_layout = QVBoxLayout(self.factors_panel)
        self.factors_layout.setSpacing(8)
        self.factors_layout.setObjectName(u"factors_layout")
        self.factors_layout.setContentsMargins(8, 0, 0, 0)
        self.factors_heading_label = QLabel(self.factors_panel)
        self.factors_heading_label.setObjectName(u"factors_heading_label")

        self.factors_layout.addWidget(self.factors_heading_label)

        self.factors_intro_label = QLabel(self.factors_panel)
        self.factors_intro_label.setObjectName(u"factors_intro_label")
        self.factors_intro_label.setWordWrap(True)

        self.factors_layout.addWidget(self.factors_intro_label)

        self.factors_scroll = QScrollArea(self.factors_panel)
        self.factors_scroll.setObjectName(u"factors_scroll")
        self.factors_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.factors_scroll.setWidgetResizable(True)
        self.factors_container = QWidget()
        self.factors_container.setObjectName(u"factors_container")
        self.factor_rows_layout = QVBoxLayout(self.factors_container)
        self.factor_rows_layout.setSpacing(8)
        self.factor_rows_layout.setObjectName(u"factor_rows_layout")
        self.factor_rows_layout.setContentsMargins(0, 0, 0, 0)
        self.factors_empty_label = QLabel(self.factors_container)
        self.factors_empty_label.setObjectName(u"factors_empty_label")
        self.factors_empty_label.setWordWrap(True)

        self.factor_rows_layout.addWidget(self.factors_empty_label)

        self.factor_rows_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.factor_rows_layout.addItem(self.factor_rows_spacer)

        self.factors_scroll.setWidget(self.factors_container)

        self.factors_layout.addWidget(self.factors_scroll)

        self.new_factor_label = QLabel(self.factors_panel)
        self.new_factor_label.setObjectName(u"new_factor_label")

        self.factors_layout.addWidget(self.new_factor_label)

        self.new_factor_edit = QLineEdit(self.factors_panel)
        self.new_factor_edit.setObjectName(u"new_factor_edit")

        self.factors_layout.addWidget(self.new_factor_edit)

        self.new_factor_row = QHBoxLayout()
        self.new_factor_row.setSpacing(8)
        self.new_factor_row.setObjectName(u"new_factor_row")
        self.new_factor_area_label = QLabel(self.factors_panel)
        self.new_factor_area_label.setObjectName(u"new_factor_area_label")

        self.new_factor_row.addWidget(self.new_factor_area_label)

        self.new_factor_area_combo = QComboBox(self.factors_panel)
        self.new_factor_area_combo.setObjectName(u"new_factor_area_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.new_factor_area_combo.sizePolicy().hasHeightForWidth())
        self.new_factor_area_combo.setSizePolicy(sizePolicy)

        self.new_factor_row.addWidget(self.new_factor_area_combo)


        self.factors_layout.addLayout(self.new_factor_row)

        self.add_factor_button = QPushButton(self.factors_panel)
        self.add_factor_button.setObjectName(u"add_factor_button")

        self.factors_layout.addWidget(self.add_factor_button, 0, Qt.AlignmentFlag.AlignRight)

        self.factors_problem_label = QLabel(self.factors_panel)
        self.factors_problem_label.setObjectName(u"factors_problem_label")
        self.factors_problem_label.setWordWrap(True)

        self.factors_layout.addWidget(self.factors_problem_label)

        self.factors_layout.setStretch(2, 1)
        self.content_splitter.addWidget(self.factors_panel)

        self.page_layout.addWidget(self.content_splitter)

        self.problem_label = QLabel(PrerequisitesPage)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.page_layout.addWidget(self.problem_label)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.new_factor_label.setBuddy(self.new_factor_edit)
        self.new_factor_area_label.setBuddy(self.new_factor_area_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checklist_scroll, self.new_factor_edit)
        QWidget.setTabOrder(self.new_factor_edit, self.new_factor_area_combo)
        QWidget.setTabOrder(self.new_factor_area_combo, self.add_factor_button)

        self.retranslateUi(PrerequisitesPage)

        QMetaObject.connectSlotsByName(PrerequisitesPage)
    # setupUi

    def retranslateUi(self, PrerequisitesPage):
        self.heading_label.setText(QCoreApplication.translate("PrerequisitesPage", u"F\u00f6ruts\u00e4ttningar och framg\u00e5ngsfaktorer", None))
        self.intro_label.setText(QCoreApplication.translate("PrerequisitesPage", u"Ge varje punkt ett trafikljus och skriv en kort anteckning. Med tangentbordet: Tab till punkten, piltangenterna till ljuset och Mellanslag f\u00f6r att v\u00e4lja det. Rubriken f\u00f6r varje omr\u00e5de visar hur punkterna f\u00f6rdelar sig p\u00e5 ljusen. Markera det som fungerar som en styrka att bygga vidare p\u00e5.", None))
#if QT_CONFIG(accessibility)
        self.checklist_scroll.setAccessibleName(QCoreApplication.translate("PrerequisitesPage", u"Checklista per omr\u00e5de", None))
#endif // QT_CONFIG(accessibility)
        self.factors_heading_label.setText(QCoreApplication.translate("PrerequisitesPage", u"Framg\u00e5ngsfaktorer", None))
        self.factors_intro_label.setText(QCoreApplication.translate("PrerequisitesPage", u"Drivkrafter som gruppen kan bygga vidare p\u00e5. I rapporten st\u00e5r de mot beroendena.", None))
#if QT_CONFIG(accessibility)
        self.factors_scroll.setAccessibleName(QCoreApplication.translate("PrerequisitesPage", u"Framg\u00e5ngsfaktorer", None))
#endif // QT_CONFIG(accessibility)
        self.factors_empty_label.setText(QCoreApplication.translate("PrerequisitesPage", u"Inga framg\u00e5ngsfaktorer \u00e4nnu. Skriv den f\u00f6rsta nedan och tryck Ctrl+Enter, eller l\u00e5t deltagarna skriva lappar i inmatningsl\u00e4get (F6).", None))
        self.new_factor_label.setText(QCoreApplication.translate("PrerequisitesPage", u"&Ny framg\u00e5ngsfaktor", None))
#if QT_CONFIG(accessibility)
        self.new_factor_edit.setAccessibleName(QCoreApplication.translate("PrerequisitesPage", u"Ny framg\u00e5ngsfaktor", None))
#endif // QT_CONFIG(accessibility)
        self.new_factor_edit.setPlaceholderText(QCoreApplication.translate("PrerequisitesPage", u"Vad fungerar redan och hj\u00e4lper f\u00f6r\u00e4ndringen fram\u00e5t?", None))
        self.new_factor_area_label.setText(QCoreApplication.translate("PrerequisitesPage", u"O&mr\u00e5de", None))
#if QT_CONFIG(accessibility)
        self.new_factor_area_combo.setAccessibleName(QCoreApplication.translate("PrerequisitesPage", u"Omr\u00e5de f\u00f6r den nya framg\u00e5ngsfaktorn", None))
#endif // QT_CONFIG(accessibility)
        self.add_factor_button.setText(QCoreApplication.translate("PrerequisitesPage", u"&L\u00e4gg till framg\u00e5ngsfaktor", None))
#if QT_CONFIG(tooltip)
        self.add_factor_button.setToolTip(QCoreApplication.translate("PrerequisitesPage", u"Ctrl+Enter eller Enter i textf\u00e4ltet g\u00f6r samma sak.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

