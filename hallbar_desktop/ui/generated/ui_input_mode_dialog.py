# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'input_mode_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_InputModeDialog(object):
    def setupUi(self, InputModeDialog):
        if not InputModeDialog.objectName():
            InputModeDialog.setObjectName(u"InputModeDialog")
        InputModeDialog.resize(560, 340)
        self.dialog_layout = QVBoxLayout(InputModeDialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(InputModeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.projector_hint_label = QLabel(InputModeDialog)
        self.projector_hint_label.setObjectName(u"projector_hint_label")
        self.projector_hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.projector_hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.activity_label = QLabel(InputModeDialog)
        self.activity_label.setObjectName(u"activity_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activity_label)

        self.activity_combo = QComboBox(InputModeDialog)
        self.activity_combo.setObjectName(u"activity_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.activity_combo)

        self.budget_label = QLabel(InputModeDialog)
        self.budget_label.setObjectName(u"budget_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.budget_label)

        self.budget_spin = QSpinBox(InputModeDialog)
        self.budget_spin.setObjectName(u"budget_spin")
        self.budget_spin.setMinimum(1)
        self.budget_spin.setMaximum(20)
        self.budget_spin.setValue(3)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.budget_spin)

        self.pin_label = QLabel(InputModeDialog)
        self.pin_label.setObjectName(u"pin_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pin_label)

        self.pin_edit = QLineEdit(InputModeDialog)
        self.pin_edit.setObjectName(u"pin_edit")
        self.pin_edit.setMaxLength(12)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pin_edit)

        self.pin_again_label = QLabel(InputModeDialog)
        self.pin_again_label.setObjectName(u"pin_again_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pin_again_label)

        self.pin_again_edit = QLineEdit(InputModeDialog)
        self.pin_again_edit.setObjectName(u"pin_again_edit")
        self.pin_again_edit.setMaxLength(12)
        self.pin_again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pin_again_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.continue_check = QCheckBox(InputModeDialog)
        self.continue_check.setObjectName(u"continue_check")

        self.dialog_layout.addWidget(self.continue_check)

        self.chord_label = QLabel(InputModeDialog)
        self.chord_label.setObjectName(u"chord_label")
        self.chord_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.chord_label)

        self.problem_label = QLabel(InputModeDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.problem_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(InputModeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.activity_label.setBuddy(self.activity_combo)
        self.budget_label.setBuddy(self.budget_spin)
        self.pin_label.setBuddy(self.pin_edit)
        self.pin_again_label.setBuddy(self.pin_again_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.activity_combo, self.budget_spin)
        QWidget.setTabOrder(self.budget_spin, self.pin_edit)
        QWidget.setTabOrder(self.pin_edit, self.pin_again_edit)
        QWidget.setTabOrder(self.pin_again_edit, self.continue_check)

        self.retranslateUi(InputModeDialog)

        QMetaObject.connectSlotsByName(InputModeDialog)
    # setupUi

    def retranslateUi(self, InputModeDialog):
        InputModeDialog.setWindowTitle(QCoreApplication.translate("InputModeDialog", u"Starta inmatningsl\u00e4get", None))
        self.intro_label.setText(QCoreApplication.translate("InputModeDialog", u"Deltagarna turas om vid den h\u00e4r datorn. Var och en ser bara sina egna svar, och sk\u00e4rmen t\u00f6ms innan n\u00e4sta tar \u00f6ver.", None))
        self.projector_hint_label.setText(QCoreApplication.translate("InputModeDialog", u"Kontrollera f\u00f6rst att projektorn visar deltagarvyn och inte en kopia av din sk\u00e4rm (ut\u00f6kat skrivbord, inte dubblerad sk\u00e4rm). Annars ser hela rummet vad var och en svarar.", None))
        self.activity_label.setText(QCoreApplication.translate("InputModeDialog", u"&Vad ska deltagarna g\u00f6ra?", None))
#if QT_CONFIG(accessibility)
        self.activity_combo.setAccessibleName(QCoreApplication.translate("InputModeDialog", u"Vad ska deltagarna g\u00f6ra?", None))
#endif // QT_CONFIG(accessibility)
        self.budget_label.setText(QCoreApplication.translate("InputModeDialog", u"&Prickar per deltagare", None))
#if QT_CONFIG(accessibility)
        self.budget_spin.setAccessibleName(QCoreApplication.translate("InputModeDialog", u"Prickar per deltagare", None))
#endif // QT_CONFIG(accessibility)
        self.pin_label.setText(QCoreApplication.translate("InputModeDialog", u"P&IN-kod f\u00f6r att l\u00e4mna (valfri)", None))
#if QT_CONFIG(accessibility)
        self.pin_edit.setAccessibleName(QCoreApplication.translate("InputModeDialog", u"PIN-kod f\u00f6r att l\u00e4mna", None))
#endif // QT_CONFIG(accessibility)
        self.pin_edit.setPlaceholderText(QCoreApplication.translate("InputModeDialog", u"Ingen PIN-kod", None))
        self.pin_again_label.setText(QCoreApplication.translate("InputModeDialog", u"Skriv PIN-koden i&gen", None))
#if QT_CONFIG(accessibility)
        self.pin_again_edit.setAccessibleName(QCoreApplication.translate("InputModeDialog", u"Skriv PIN-koden igen", None))
#endif // QT_CONFIG(accessibility)
        self.continue_check.setText(QCoreApplication.translate("InputModeDialog", u"&Forts\u00e4tt omg\u00e5ngen", None))
    # retranslateUi

