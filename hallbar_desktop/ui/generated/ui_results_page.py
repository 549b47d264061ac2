# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from hallbar_desktop.ui.charts.dimension_bars_chart import DimensionBarsChart

class Ui_ResultsPage(object):
    def setupUi(self, ResultsPage):
        if not ResultsPage.objectName():
            ResultsPage.setObjectName(u"ResultsPage")
        ResultsPage.resize(1000, 680)
        self.page_layout = QVBoxLayout(ResultsPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_label = QLabel(ResultsPage)
        self.heading_label.setObjectName(u"heading_label")

        self.page_layout.addWidget(self.heading_label)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.status_label = QLabel(ResultsPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.status_row.addWidget(self.status_label)

        self.hide_results_button = QPushButton(ResultsPage)
        self.hide_results_button.setObjectName(u"hide_results_button")

        self.status_row.addWidget(self.hide_results_button)


        self.page_layout.addLayout(self.status_row)

        self.empty_label = QLabel(ResultsPage)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.empty_label.sizePolicy().hasHeightForWidth())
        self.empty_label.setSizePolicy(sizePolicy1)

        self.page_layout.addWidget(self.empty_label)

        self.hidden_panel = QWidget(ResultsPage)
        self.hidden_panel.setObjectName(u"hidden_panel")
        self.hidden_layout = QVBoxLayout(self.hidden_panel)
        self.hidden_layout.setSpacing(16)
        self.hidden_layout.setObjectName(u"hidden_layout")
        self.hidden_layout.setContentsMargins(0, 16, -1, -1)
        self.hidden_label = QLabel(self.hidden_panel)
        self.hidden_label.setObjectName(u"hidden_label")
        self.hidden_label.setWordWrap(True)

        self.hidden_layout.addWidget(self.hidden_label)

        self.reveal_row = QHBoxLayout()
        self.reveal_row.setObjectName(u"reveal_row")
        self.reveal_results_button = QPushButton(self.hidden_panel)
        self.reveal_results_button.setObjectName(u"reveal_results_button")

        self.reveal_row.addWidget(self.reveal_results_button)

        self.reveal_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reveal_row.addItem(self.reveal_spacer)


        self.hidden_layout.addLayout(self.reveal_row)

        self.hidden_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hidden_layout.addItem(self.hidden_spacer)


        self.page_layout.addWidget(self.hidden_panel)

        self.results_scroll = QScrollArea(ResultsPage)
        self.results_scroll.setObjectName(u"results_scroll")
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.NoFrame)
        self.results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.results_layout = QVBoxLayout(self.scroll_contents)
        self.results_layout.setSpacing(8)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setContentsMargins(0, -1, 8, -1)
        self.readiness_heading = QLabel(self.scroll_contents)
        self.readiness_heading.setObjectName(u"readiness_heading")

        self.results_layout.addWidget(self.readiness_heading)

        self.readiness_chart = DimensionBarsChart(self.scroll_contents)
        self.readiness_chart.setObjectName(u"readiness_chart")

        self.results_layout.addWidget(self.readiness_chart)

        self.readiness_caption = QLabel(self.scroll_contents)
        self.readiness_caption.setObjectName(u"readiness_caption")
        self.readiness_caption.setWordWrap(True)

        self.results_layout.addWidget(self.readiness_caption)

        self.exposure_heading = QLabel(self.scroll_contents)
        self.exposure_heading.setObjectName(u"exposure_heading")

        self.results_layout.addWidget(self.exposure_heading)

        self.exposure_caption = QLabel(self.scroll_contents)
        self.exposure_caption.setObjectName(u"exposure_caption")
        self.exposure_caption.setWordWrap(True)

        self.results_layout.addWidget(self.exposure_caption)

        self.exposure_chart = DimensionBarsChart(self.scroll_contents)
        self.exposure_chart.setObjectName(u"exposure_chart")

        self.results_layout.addWidget(self.exposure_chart)

        self.statements_heading = QLabel(self.scroll_contents)
        self.statements_heading.setObjectName(u"statements_heading")

        self.results_layout.addWidget(self.statements_heading)

        self.legend_label = QLabel(self.scroll_contents)
        self.legend_label.setObjectName(u"legend_label")
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.RichText)

        self.results_layout.addWidget(self.legend_label)

        self.dimension_sections_layout = QVBoxLayout()
        self.dimension_sections_layout.setSpacing(16)
        self.dimension_sections_layout.setObjectName(u"dimension_sections_layout")

        self.results_layout.addLayout(self.dimension_sections_layout)

        self.problem_label = QLabel(self.scroll_contents)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.results_layout.addWidget(self.problem_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.results_layout.addItem(self.bottom_spacer)

        self.results_scroll.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.results_scroll)

        self.page_layout.setStretch(3, 1)
        self.page_layout.setStretch(4, 1)

        self.retranslateUi(ResultsPage)

        QMetaObject.connectSlotsByName(ResultsPage)
    # setupUi

    def retranslateUi(self, ResultsPage):
        self.heading_label.setText(QCoreApplication.translate("ResultsPage", u"Resultat och samtal", None))
        self.hide_results_button.setText(QCoreApplication.translate("ResultsPage", u"D\u00f6lj resultat", None))
#if QT_CONFIG(tooltip)
        self.hide_results_button.setToolTip(QCoreApplication.translate("ResultsPage", u"D\u00f6lj resultaten h\u00e4r och p\u00e5 deltagarvyn, till exempel innan datorn g\u00e5r runt igen", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText(QCoreApplication.translate("ResultsPage", u"Ingen har skattat \u00e4nnu. Skriv in deltagarnas svar i steget Individuell skattning, s\u00e5 visas f\u00f6rdelningen h\u00e4r.", None))
        self.hidden_label.setText(QCoreApplication.translate("ResultsPage", u"Resultaten \u00e4r dolda, h\u00e4r och p\u00e5 deltagarvyn, s\u00e5 att ingen ser de andras svar medan datorn g\u00e5r runt. Visa dem n\u00e4r alla \u00e4r klara.", None))
        self.reveal_results_button.setText(QCoreApplication.translate("ResultsPage", u"Visa resultat", None))
#if QT_CONFIG(tooltip)
        self.reveal_results_button.setToolTip(QCoreApplication.translate("ResultsPage", u"Visa f\u00f6rdelningarna h\u00e4r och p\u00e5 deltagarvyn", None))
#endif // QT_CONFIG(tooltip)
        self.readiness_heading.setText(QCoreApplication.translate("ResultsPage", u"F\u00f6r\u00e4ndringsberedskap per dimension", None))
#if QT_CONFIG(accessibility)
        self.readiness_chart.setAccessibleName(QCoreApplication.translate("ResultsPage", u"F\u00f6r\u00e4ndringsberedskap per dimension", None))
#endif // QT_CONFIG(accessibility)
        self.readiness_caption.setText(QCoreApplication.translate("ResultsPage", u"Stapeln \u00e4r dimensionens medelv\u00e4rde p\u00e5 skalan 1\u20135. Linjen g\u00e5r fr\u00e5n den l\u00e4gsta till den h\u00f6gsta deltagarens medelv\u00e4rde. Vet ej r\u00e4knas inte med. R\u00f6d: median h\u00f6gst 2, Gul: 3, Gr\u00f6n: minst 4.", None))
        self.exposure_heading.setText(QCoreApplication.translate("ResultsPage", u"Riskprofil: s\u00e5rbarhet f\u00f6r beroenden", None))
        self.exposure_caption.setText(QCoreApplication.translate("ResultsPage", u"H\u00e4r betyder ett h\u00f6gt v\u00e4rde att arbetet \u00e4r mer s\u00e5rbart, s\u00e5 f\u00e4rgerna \u00e4r omv\u00e4nda: h\u00f6gt \u00e4r r\u00f6tt. Riskprofilen ing\u00e5r inte i f\u00f6r\u00e4ndringsberedskapen.", None))
#if QT_CONFIG(accessibility)
        self.exposure_chart.setAccessibleName(QCoreApplication.translate("ResultsPage", u"Riskprofil: s\u00e5rbarhet f\u00f6r beroenden", None))
#endif // QT_CONFIG(accessibility)
        self.statements_heading.setText(QCoreApplication.translate("ResultsPage", u"P\u00e5st\u00e5enden och gruppens skattning", None))
        pass
    # retranslateUi

