# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timer_controls.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSpinBox, QToolButton)

class Ui_TimerControls(object):
    def setupUi(self, TimerControls):
        if not TimerControls.objectName():
            TimerControls.setObjectName(u"TimerControls")
        TimerControls.resize(760, 32)
        self.timer_layout = QHBoxLayout(TimerControls)
        self.timer_layout.setSpacing(8)
        self.timer_layout.setObjectName(u"timer_layout")
        self.timer_layout.setContentsMargins(0, 0, 0, 0)
        self.elsewhere_button = QPushButton(TimerControls)
        self.elsewhere_button.setObjectName(u"elsewhere_button")

        self.timer_layout.addWidget(self.elsewhere_button)

        self.timer_label = QLabel(TimerControls)
        self.timer_label.setObjectName(u"timer_label")

        self.timer_layout.addWidget(self.timer_label)

        self.start_button = QPushButton(TimerControls)
        self.start_button.setObjectName(u"start_button")

        self.timer_layout.addWidget(self.start_button)

        self.reset_button = QPushButton(TimerControls)
        self.reset_button.setObjectName(u"reset_button")

        self.timer_layout.addWidget(self.reset_button)

        self.shorter_button = QToolButton(TimerControls)
        self.shorter_button.setObjectName(u"shorter_button")

        self.timer_layout.addWidget(self.shorter_button)

        self.length_spin = QSpinBox(TimerControls)
        self.length_spin.setObjectName(u"length_spin")
        self.length_spin.setKeyboardTracking(False)
        self.length_spin.setMinimum(0)
        self.length_spin.setMaximum(480)

        self.timer_layout.addWidget(self.length_spin)

        self.longer_button = QToolButton(TimerControls)
        self.longer_button.setObjectName(u"longer_button")

        self.timer_layout.addWidget(self.longer_button)


        self.retranslateUi(TimerControls)

        QMetaObject.connectSlotsByName(TimerControls)
    # setupUi

    def retranslateUi(self, TimerControls):
#if QT_CONFIG(accessibility)
        TimerControls.setAccessibleName(QCoreApplication.translate("TimerControls", u"Timer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.elsewhere_button.setToolTip(QCoreApplication.translate("TimerControls", u"Timern f\u00f6r steget som p\u00e5g\u00e5r g\u00e5r vidare medan du tittar p\u00e5 ett annat steg. Klicka f\u00f6r att g\u00e5 tillbaka dit.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.timer_label.setToolTip(QCoreApplication.translate("TimerControls", u"Tid kvar av den tid som \u00e4r planerad f\u00f6r steget", None))
#endif // QT_CONFIG(tooltip)
        self.start_button.setText(QCoreApplication.translate("TimerControls", u"Starta timer", None))
        self.reset_button.setText(QCoreApplication.translate("TimerControls", u"Nollst\u00e4ll", None))
#if QT_CONFIG(tooltip)
        self.reset_button.setToolTip(QCoreApplication.translate("TimerControls", u"Timern b\u00f6rjar om fr\u00e5n noll, med samma l\u00e4ngd", None))
#endif // QT_CONFIG(tooltip)
        self.shorter_button.setText(QCoreApplication.translate("TimerControls", u"\u22125 min", None))
#if QT_CONFIG(accessibility)
        self.shorter_button.setAccessibleName(QCoreApplication.translate("TimerControls", u"Fem minuter kortare", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.shorter_button.setToolTip(QCoreApplication.translate("TimerControls", u"Kortar tiden med fem minuter, n\u00e4r gruppen beh\u00f6ver g\u00e5 vidare", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.length_spin.setAccessibleName(QCoreApplication.translate("TimerControls", u"L\u00e4ngd i minuter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.length_spin.setToolTip(QCoreApplication.translate("TimerControls", u"Skriv hur m\u00e5nga minuter steget ska f\u00e5 och tryck Enter", None))
#endif // QT_CONFIG(tooltip)
        self.length_spin.setSuffix(QCoreApplication.translate("TimerControls", u" min", None))
        self.longer_button.setText(QCoreApplication.translate("TimerControls", u"+5 min", None))
#if QT_CONFIG(accessibility)
        self.longer_button.setAccessibleName(QCoreApplication.translate("TimerControls", u"Fem minuter l\u00e4ngre", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.longer_button.setToolTip(QCoreApplication.translate("TimerControls", u"Ger steget fem minuter till, n\u00e4r samtalet beh\u00f6ver det", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

