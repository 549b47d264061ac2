# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(1000, 700)
        self.page_layout = QVBoxLayout(WelcomePage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(WelcomePage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setSpacing(16)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(24, 16, 24, 24)
        self.title_layout = QVBoxLayout()
        self.title_layout.setSpacing(4)
        self.title_layout.setObjectName(u"title_layout")
        self.welcome_label = QLabel(self.scroll_contents)
        self.welcome_label.setObjectName(u"welcome_label")

        self.title_layout.addWidget(self.welcome_label)

        self.title_label = QLabel(self.scroll_contents)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.title_layout.addWidget(self.title_label)

        self.details_label = QLabel(self.scroll_contents)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setWordWrap(True)

        self.title_layout.addWidget(self.details_label)

        self.change_label = QLabel(self.scroll_contents)
        self.change_label.setObjectName(u"change_label")
        self.change_label.setWordWrap(True)

        self.title_layout.addWidget(self.change_label)


        self.contents_layout.addLayout(self.title_layout)

        self.upper_row = QHBoxLayout()
        self.upper_row.setSpacing(40)
        self.upper_row.setObjectName(u"upper_row")
        self.agenda_column = QVBoxLayout()
        self.agenda_column.setSpacing(8)
        self.agenda_column.setObjectName(u"agenda_column")
        self.agenda_heading_label = QLabel(self.scroll_contents)
        self.agenda_heading_label.setObjectName(u"agenda_heading_label")

        self.agenda_column.addWidget(self.agenda_heading_label)

        self.agenda_grid = QGridLayout()
        self.agenda_grid.setObjectName(u"agenda_grid")
        self.agenda_grid.setHorizontalSpacing(16)
        self.agenda_grid.setVerticalSpacing(6)

        self.agenda_column.addLayout(self.agenda_grid)

        self.agenda_total_label = QLabel(self.scroll_contents)
        self.agenda_total_label.setObjectName(u"agenda_total_label")
        self.agenda_total_label.setWordWrap(True)

        self.agenda_column.addWidget(self.agenda_total_label)

        self.agenda_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.agenda_column.addItem(self.agenda_column_spacer)


        self.upper_row.addLayout(self.agenda_column)

        self.model_column = QVBoxLayout()
        self.model_column.setSpacing(8)
        self.model_column.setObjectName(u"model_column")
        self.model_heading_label = QLabel(self.scroll_contents)
        self.model_heading_label.setObjectName(u"model_heading_label")

        self.model_column.addWidget(self.model_heading_label)

        self.areas_heading_label = QLabel(self.scroll_contents)
        self.areas_heading_label.setObjectName(u"areas_heading_label")
        self.areas_heading_label.setWordWrap(True)

        self.model_column.addWidget(self.areas_heading_label)

        self.area_leadership_label = QLabel(self.scroll_contents)
        self.area_leadership_label.setObjectName(u"area_leadership_label")
        self.area_leadership_label.setWordWrap(True)
        self.area_leadership_label.setTextFormat(Qt.TextFormat.RichText)

        self.model_column.addWidget(self.area_leadership_label)

        self.area_implementation_label = QLabel(self.scroll_contents)
        self.area_implementation_label.setObjectName(u"area_implementation_label")
        self.area_implementation_label.setWordWrap(True)
        self.area_implementation_label.setTextFormat(Qt.TextFormat.RichText)

        self.model_column.addWidget(self.area_implementation_label)

        self.area_learning_label = QLabel(self.scroll_contents)
        self.area_learning_label.setObjectName(u"area_learning_label")
        self.area_learning_label.setWordWrap(True)
        self.area_learning_label.setTextFormat(Qt.TextFormat.RichText)

        self.model_column.addWidget(self.area_learning_label)

        self.dependencies_heading_label = QLabel(self.scroll_contents)
        self.dependencies_heading_label.setObjectName(u"dependencies_heading_label")
        self.dependencies_heading_label.setWordWrap(True)

        self.model_column.addWidget(self.dependencies_heading_label)

        self.dependency_decision_label = QLabel(self.scroll_contents)
        self.dependency_decision_label.setObjectName(u"dependency_decision_label")
        self.dependency_decision_label.setWordWrap(True)
        self.dependency_decision_label.setTextFormat(Qt.TextFormat.RichText)

        self.model_column.addWidget(self.dependency_decision_label)

        self.dependency_person_label = QLabel(self.scroll_contents)
        self.dependency_person_label.setObjectName(u"dependency_person_label")
        self.dependency_person_label.setWordWrap(True)
        self.dependency_person_label.setTextFormat(Qt.TextFormat.RichText)

        self.model_column.addWidget(self.dependency_person_label)

        self.dependency_endurance_label = QLabel(self.scroll_contents)
        self.dependency_endurance_label.setObjectName(u"dependency_endurance_label")
        self.dependency_endurance_label.setWordWrap(True)
        self.dependency_endurance_label.setTextFormat(Qt.TextFormat.RichText)

        self.model_column.addWidget(self.dependency_endurance_label)

        self.model_source_label = QLabel(self.scroll_contents)
        self.model_source_label.setObjectName(u"model_source_label")
        self.model_source_label.setWordWrap(True)

        self.model_column.addWidget(self.model_source_label)

        self.model_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.model_column.addItem(self.model_column_spacer)


        self.upper_row.addLayout(self.model_column)

        self.upper_row.setStretch(0, 1)
        self.upper_row.setStretch(1, 1)

        self.contents_layout.addLayout(self.upper_row)

        self.lower_row = QHBoxLayout()
        self.lower_row.setSpacing(40)
        self.lower_row.setObjectName(u"lower_row")
        self.rules_column = QVBoxLayout()
        self.rules_column.setSpacing(8)
        self.rules_column.setObjectName(u"rules_column")
        self.rules_heading_label = QLabel(self.scroll_contents)
        self.rules_heading_label.setObjectName(u"rules_heading_label")

        self.rules_column.addWidget(self.rules_heading_label)

        self.rules_label = QLabel(self.scroll_contents)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.RichText)

        self.rules_column.addWidget(self.rules_label)

        self.rules_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rules_column.addItem(self.rules_column_spacer)


        self.lower_row.addLayout(self.rules_column)

        self.scale_column = QVBoxLayout()
        self.scale_column.setSpacing(8)
        self.scale_column.setObjectName(u"scale_column")
        self.scale_heading_label = QLabel(self.scroll_contents)
        self.scale_heading_label.setObjectName(u"scale_heading_label")

        self.scale_column.addWidget(self.scale_heading_label)

        self.scale_intro_label = QLabel(self.scroll_contents)
        self.scale_intro_label.setObjectName(u"scale_intro_label")
        self.scale_intro_label.setWordWrap(True)

        self.scale_column.addWidget(self.scale_intro_label)

        self.scale_grid = QGridLayout()
        self.scale_grid.setObjectName(u"scale_grid")
        self.scale_grid.setHorizontalSpacing(16)
        self.scale_grid.setVerticalSpacing(6)

        self.scale_column.addLayout(self.scale_grid)

        self.scale_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scale_column.addItem(self.scale_column_spacer)


        self.lower_row.addLayout(self.scale_column)

        self.lower_row.setStretch(0, 1)
        self.lower_row.setStretch(1, 1)

        self.contents_layout.addLayout(self.lower_row)

        self.contents_end_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.contents_end_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
#if QT_CONFIG(accessibility)
        self.scroll_area.setAccessibleName(QCoreApplication.translate("WelcomePage", u"V\u00e4lkommen och syfte", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scroll_area.setAccessibleDescription(QCoreApplication.translate("WelcomePage", u"Stegets text att l\u00e4sa upp. PgDown och piltangenterna bl\u00e4ddrar.", None))
#endif // QT_CONFIG(accessibility)
        self.welcome_label.setText(QCoreApplication.translate("WelcomePage", u"V\u00e4lkommen!", None))
        self.agenda_heading_label.setText(QCoreApplication.translate("WelcomePage", u"Dagens program", None))
        self.model_heading_label.setText(QCoreApplication.translate("WelcomePage", u"Modellen i korthet", None))
        self.areas_heading_label.setText(QCoreApplication.translate("WelcomePage", u"Grundl\u00e4ggande f\u00f6ruts\u00e4ttningar", None))
        self.area_leadership_label.setText(QCoreApplication.translate("WelcomePage", u"<b>Ledning och styrning</b> \u2013 ledningen och politiken st\u00e5r bakom f\u00f6r\u00e4ndringen, den finns i styrdokumenten och n\u00e5gon har mandat och ansvar.", None))
        self.area_implementation_label.setText(QCoreApplication.translate("WelcomePage", u"<b>Genomf\u00f6rande</b> \u2013 det finns tid, resurser, verktyg och samverkan i det ordinarie arbetet, inte bara i projekt.", None))
        self.area_learning_label.setText(QCoreApplication.translate("WelcomePage", u"<b>L\u00e4rande</b> \u2013 vi har den kompetens som beh\u00f6vs, f\u00f6ljer upp och anv\u00e4nder det vi l\u00e4r oss.", None))
        self.dependencies_heading_label.setText(QCoreApplication.translate("WelcomePage", u"Beroenden \u2013 hinder f\u00f6r f\u00f6r\u00e4ndring", None))
        self.dependency_decision_label.setText(QCoreApplication.translate("WelcomePage", u"<b>Beslutsberoende</b> \u2013 arbetet v\u00e4ntar p\u00e5 ett beslut eller mandat som vi inte r\u00e5der \u00f6ver sj\u00e4lva.", None))
        self.dependency_person_label.setText(QCoreApplication.translate("WelcomePage", u"<b>Personberoende</b> \u2013 arbetet h\u00e4nger p\u00e5 enskilda personer och kunskap som bara de har.", None))
        self.dependency_endurance_label.setText(QCoreApplication.translate("WelcomePage", u"<b>Uth\u00e5llighetsberoende</b> \u2013 arbetet m\u00e5ste leva vidare n\u00e4r projektpengar, tid och uppm\u00e4rksamhet tar slut.", None))
        self.model_source_label.setText(QCoreApplication.translate("WelcomePage", u"Efter Tillv\u00e4xtverkets v\u00e4gledning f\u00f6r h\u00e5llbar regional utveckling.", None))
        self.rules_heading_label.setText(QCoreApplication.translate("WelcomePage", u"Spelregler", None))
        self.rules_label.setText(QCoreApplication.translate("WelcomePage", u"<ul style=\"margin-left: 0px;\"><li>Det finns inga r\u00e4tta eller felaktiga svar. Vi vill h\u00f6ra hur just du ser p\u00e5 det.</li><li>Det som s\u00e4gs i rummet stannar i rummet.</li><li>Svaren i skattningen \u00e4r anonyma. Ingen ser vem som har svarat vad.</li></ul>", None))
        self.scale_heading_label.setText(QCoreApplication.translate("WelcomePage", u"Skalan i skattningen", None))
        self.scale_intro_label.setText(QCoreApplication.translate("WelcomePage", u"I vilken grad st\u00e4mmer p\u00e5st\u00e5endet? Svara med en siffra fr\u00e5n 1 till 5.", None))
        pass
    # retranslateUi

