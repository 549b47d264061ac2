# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phone_answers_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtSvgWidgets import (QSvgWidget)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_PhoneAnswersWindow(object):
    def setupUi(self, PhoneAnswersWindow):
        if not PhoneAnswersWindow.objectName():
            PhoneAnswersWindow.setObjectName(u"PhoneAnswersWindow")
        PhoneAnswersWindow.resize(620, 560)
        self.window_layout = QVBoxLayout(PhoneAnswersWindow)
        self.window_layout.setSpacing(12)
        self.window_layout.setObjectName(u"window_layout")
        self.intro_label = QLabel(PhoneAnswersWindow)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.window_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.address_label = QLabel(PhoneAnswersWindow)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_combo = QComboBox(PhoneAnswersWindow)
        self.address_combo.setObjectName(u"address_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address_combo)

        self.activity_label = QLabel(PhoneAnswersWindow)
        self.activity_label.setObjectName(u"activity_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activity_label)

        self.activity_combo = QComboBox(PhoneAnswersWindow)
        self.activity_combo.setObjectName(u"activity_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activity_combo)


        self.window_layout.addLayout(self.form_layout)

        self.join_layout = QHBoxLayout()
        self.join_layout.setObjectName(u"join_layout")
        self.qr_widget = QSvgWidget(PhoneAnswersWindow)
        self.qr_widget.setObjectName(u"qr_widget")
        self.qr_widget.setMinimumSize(QSize(180, 180))
        self.qr_widget.setMaximumSize(QSize(180, 180))

        self.join_layout.addWidget(self.qr_widget)

        self.join_text_layout = QVBoxLayout()
        self.join_text_layout.setObjectName(u"join_text_layout")
        self.join_label = QLabel(PhoneAnswersWindow)
        self.join_label.setObjectName(u"join_label")
        self.join_label.setWordWrap(True)
        self.join_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.join_text_layout.addWidget(self.join_label)

        self.counts_label = QLabel(PhoneAnswersWindow)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setWordWrap(True)

        self.join_text_layout.addWidget(self.counts_label)

        self.join_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.join_text_layout.addItem(self.join_spacer)


        self.join_layout.addLayout(self.join_text_layout)


        self.window_layout.addLayout(self.join_layout)

        self.devices_label = QLabel(PhoneAnswersWindow)
        self.devices_label.setObjectName(u"devices_label")

        self.window_layout.addWidget(self.devices_label)

        self.devices_list = QListWidget(PhoneAnswersWindow)
        self.devices_list.setObjectName(u"devices_list")

        self.window_layout.addWidget(self.devices_list)

        self.problem_label = QLabel(PhoneAnswersWindow)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.window_layout.addWidget(self.problem_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.remove_button = QPushButton(PhoneAnswersWindow)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_layout.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.start_button = QPushButton(PhoneAnswersWindow)
        self.start_button.setObjectName(u"start_button")

        self.buttons_layout.addWidget(self.start_button)

        self.stop_button = QPushButton(PhoneAnswersWindow)
        self.stop_button.setObjectName(u"stop_button")

        self.buttons_layout.addWidget(self.stop_button)


        self.window_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.address_label.setBuddy(self.address_combo)
        self.activity_label.setBuddy(self.activity_combo)
        self.devices_label.setBuddy(self.devices_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PhoneAnswersWindow)

        QMetaObject.connectSlotsByName(PhoneAnswersWindow)
    # setupUi

    def retranslateUi(self, PhoneAnswersWindow):
        PhoneAnswersWindow.setWindowTitle(QCoreApplication.translate("PhoneAnswersWindow", u"L\u00e5t deltagarna svara i mobilen", None))
        self.intro_label.setText(QCoreApplication.translate("PhoneAnswersWindow", u"Deltagarna svarar i sina egna mobiler via rummets n\u00e4tverk, utan internet. Mobilerna och datorn ska vara anslutna till samma wifi, till exempel datorns egen surfzon eller en reserouter.", None))
        self.address_label.setText(QCoreApplication.translate("PhoneAnswersWindow", u"&N\u00e4tverk", None))
#if QT_CONFIG(accessibility)
        self.address_combo.setAccessibleName(QCoreApplication.translate("PhoneAnswersWindow", u"N\u00e4tverk", None))
#endif // QT_CONFIG(accessibility)
        self.activity_label.setText(QCoreApplication.translate("PhoneAnswersWindow", u"&Vad deltagarna g\u00f6r", None))
#if QT_CONFIG(accessibility)
        self.activity_combo.setAccessibleName(QCoreApplication.translate("PhoneAnswersWindow", u"Vad deltagarna g\u00f6r", None))
#endif // QT_CONFIG(accessibility)
        self.devices_label.setText(QCoreApplication.translate("PhoneAnswersWindow", u"&Anslutna mobiler", None))
#if QT_CONFIG(accessibility)
        self.devices_list.setAccessibleName(QCoreApplication.translate("PhoneAnswersWindow", u"Anslutna mobiler", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("PhoneAnswersWindow", u"&Ta bort mobilen", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("PhoneAnswersWindow", u"Mobilen kopplas bort och m\u00e5ste g\u00e5 med igen med koden. Det den har skickat finns kvar.", None))
#endif // QT_CONFIG(tooltip)
        self.start_button.setText(QCoreApplication.translate("PhoneAnswersWindow", u"&Starta", None))
        self.stop_button.setText(QCoreApplication.translate("PhoneAnswersWindow", u"&Stoppa", None))
#if QT_CONFIG(tooltip)
        self.stop_button.setToolTip(QCoreApplication.translate("PhoneAnswersWindow", u"Deltagarsidan st\u00e4ngs och alla mobiler kopplas bort", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

