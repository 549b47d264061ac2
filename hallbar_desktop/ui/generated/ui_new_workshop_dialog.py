# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_workshop_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

from hallbar_desktop.ui.widgets.optional_date_field import OptionalDateField

class Ui_NewWorkshopDialog(object):
    def setupUi(self, NewWorkshopDialog):
        if not NewWorkshopDialog.objectName():
            NewWorkshopDialog.setObjectName(u"NewWorkshopDialog")
        NewWorkshopDialog.resize(680, 300)
        self.dialog_layout = QVBoxLayout(NewWorkshopDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.title_label = QLabel(NewWorkshopDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(NewWorkshopDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(120)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.organisation_label = QLabel(NewWorkshopDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(NewWorkshopDialog)
        self.organisation_edit.setObjectName(u"organisation_edit")
        self.organisation_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.date_label = QLabel(NewWorkshopDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_field = OptionalDateField(NewWorkshopDialog)
        self.date_field.setObjectName(u"date_field")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_field)

        self.variant_label = QLabel(NewWorkshopDialog)
        self.variant_label.setObjectName(u"variant_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.variant_label)

        self.variant_combo = QComboBox(NewWorkshopDialog)
        self.variant_combo.setObjectName(u"variant_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.variant_combo)

        self.participants_label = QLabel(NewWorkshopDialog)
        self.participants_label.setObjectName(u"participants_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.participants_label)

        self.participants_spin = QSpinBox(NewWorkshopDialog)
        self.participants_spin.setObjectName(u"participants_spin")
        self.participants_spin.setMaximum(200)
        self.participants_spin.setValue(12)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.participants_spin)

        self.follows_up_label = QLabel(NewWorkshopDialog)
        self.follows_up_label.setObjectName(u"follows_up_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.follows_up_label)

        self.follows_up_combo = QComboBox(NewWorkshopDialog)
        self.follows_up_combo.setObjectName(u"follows_up_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.follows_up_combo)

        self.template_label = QLabel(NewWorkshopDialog)
        self.template_label.setObjectName(u"template_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template_combo = QComboBox(NewWorkshopDialog)
        self.template_combo.setObjectName(u"template_combo")
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.template_combo)


        self.dialog_layout.addLayout(self.form_layout)

        self.problem_label = QLabel(NewWorkshopDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.problem_label)

        self.button_box = QDialogButtonBox(NewWorkshopDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.date_label.setBuddy(self.date_field)
        self.variant_label.setBuddy(self.variant_combo)
        self.participants_label.setBuddy(self.participants_spin)
        self.follows_up_label.setBuddy(self.follows_up_combo)
        self.template_label.setBuddy(self.template_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewWorkshopDialog)

        QMetaObject.connectSlotsByName(NewWorkshopDialog)
    # setupUi

    def retranslateUi(self, NewWorkshopDialog):
        NewWorkshopDialog.setWindowTitle(QCoreApplication.translate("NewWorkshopDialog", u"Ny workshop", None))
        self.title_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Titel", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("NewWorkshopDialog", u"Till exempel: H\u00e5llbarhet i projektmedel", None))
        self.organisation_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Organisation", None))
        self.organisation_edit.setPlaceholderText(QCoreApplication.translate("NewWorkshopDialog", u"Till exempel: Region V\u00e4sternorrland", None))
        self.date_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Datum", None))
        self.variant_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Uppl\u00e4gg", None))
        self.participants_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"Antal de&ltagare", None))
        self.follows_up_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&F\u00f6ljer upp", None))
        self.template_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Mall f\u00f6r skattningen", None))
#if QT_CONFIG(tooltip)
        self.template_combo.setToolTip(QCoreApplication.translate("NewWorkshopDialog", u"P\u00e5st\u00e5endena och skalan som workshoppen anv\u00e4nder. Workshoppen beh\u00e5ller sin kopia av mallen, \u00e4ven om mallen \u00e4ndras senare. Egna mallar g\u00f6r du under Arkiv > Mallar f\u00f6r skattningen.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

