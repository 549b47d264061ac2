# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'room_controls.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout)

class Ui_RoomControls(object):
    def setupUi(self, RoomControls):
        if not RoomControls.objectName():
            RoomControls.setObjectName(u"RoomControls")
        RoomControls.resize(1280, 40)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(RoomControls.sizePolicy().hasHeightForWidth())
        RoomControls.setSizePolicy(sizePolicy)
        self.rows_layout = QVBoxLayout(RoomControls)
        self.rows_layout.setSpacing(4)
        self.rows_layout.setObjectName(u"rows_layout")
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.controls_layout = QHBoxLayout()
        self.controls_layout.setSpacing(8)
        self.controls_layout.setObjectName(u"controls_layout")
        self.room_label = QLabel(RoomControls)
        self.room_label.setObjectName(u"room_label")

        self.controls_layout.addWidget(self.room_label)

        self.step_mode_button = QPushButton(RoomControls)
        self.step_mode_button.setObjectName(u"step_mode_button")
        self.step_mode_button.setCheckable(True)
        self.step_mode_button.setChecked(True)

        self.controls_layout.addWidget(self.step_mode_button)

        self.pause_mode_button = QPushButton(RoomControls)
        self.pause_mode_button.setObjectName(u"pause_mode_button")
        self.pause_mode_button.setCheckable(True)

        self.controls_layout.addWidget(self.pause_mode_button)

        self.blank_mode_button = QPushButton(RoomControls)
        self.blank_mode_button.setObjectName(u"blank_mode_button")
        self.blank_mode_button.setCheckable(True)

        self.controls_layout.addWidget(self.blank_mode_button)

        self.separator_line = QFrame(RoomControls)
        self.separator_line.setObjectName(u"separator_line")
        self.separator_line.setFrameShape(QFrame.Shape.VLine)
        self.separator_line.setFrameShadow(QFrame.Shadow.Sunken)

        self.controls_layout.addWidget(self.separator_line)

        self.reveal_button = QPushButton(RoomControls)
        self.reveal_button.setObjectName(u"reveal_button")

        self.controls_layout.addWidget(self.reveal_button)

        self.view_label = QLabel(RoomControls)
        self.view_label.setObjectName(u"view_label")

        self.controls_layout.addWidget(self.view_label)

        self.view_combo = QComboBox(RoomControls)
        self.view_combo.setObjectName(u"view_combo")
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controls_layout.addWidget(self.view_combo)

        self.names_check = QCheckBox(RoomControls)
        self.names_check.setObjectName(u"names_check")

        self.controls_layout.addWidget(self.names_check)

        self.room_status_label = QLabel(RoomControls)
        self.room_status_label.setObjectName(u"room_status_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.room_status_label.sizePolicy().hasHeightForWidth())
        self.room_status_label.setSizePolicy(sizePolicy1)

        self.controls_layout.addWidget(self.room_status_label)


        self.rows_layout.addLayout(self.controls_layout)

        self.second_row_layout = QHBoxLayout()
        self.second_row_layout.setSpacing(8)
        self.second_row_layout.setObjectName(u"second_row_layout")

        self.rows_layout.addLayout(self.second_row_layout)

#if QT_CONFIG(shortcut)
        self.view_label.setBuddy(self.view_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoomControls)

        QMetaObject.connectSlotsByName(RoomControls)
    # setupUi

    def retranslateUi(self, RoomControls):
#if QT_CONFIG(accessibility)
        RoomControls.setAccessibleName(QCoreApplication.translate("RoomControls", u"Det rummet ser", None))
#endif // QT_CONFIG(accessibility)
        self.room_label.setText(QCoreApplication.translate("RoomControls", u"Deltagarvyn visar:", None))
        self.step_mode_button.setText(QCoreApplication.translate("RoomControls", u"Steget", None))
#if QT_CONFIG(tooltip)
        self.step_mode_button.setToolTip(QCoreApplication.translate("RoomControls", u"Deltagarvyn visar steget du \u00e4r p\u00e5 och det du har visat av resultaten", None))
#endif // QT_CONFIG(tooltip)
        self.pause_mode_button.setText(QCoreApplication.translate("RoomControls", u"Paus", None))
#if QT_CONFIG(tooltip)
        self.pause_mode_button.setToolTip(QCoreApplication.translate("RoomControls", u"En lugn pausbild med timern, medan du f\u00f6rbereder n\u00e4sta steg", None))
#endif // QT_CONFIG(tooltip)
        self.blank_mode_button.setText(QCoreApplication.translate("RoomControls", u"Sl\u00e4ckt", None))
#if QT_CONFIG(tooltip)
        self.blank_mode_button.setToolTip(QCoreApplication.translate("RoomControls", u"En svart sk\u00e4rm, s\u00e5 att rummet kan titta p\u00e5 varandra i st\u00e4llet", None))
#endif // QT_CONFIG(tooltip)
        self.reveal_button.setText(QCoreApplication.translate("RoomControls", u"Visa resultat", None))
#if QT_CONFIG(tooltip)
        self.reveal_button.setToolTip(QCoreApplication.translate("RoomControls", u"Resultat och lappar \u00e4r dolda, h\u00e4r och p\u00e5 deltagarvyn, tills du visar dem", None))
#endif // QT_CONFIG(tooltip)
        self.view_label.setText(QCoreApplication.translate("RoomControls", u"Visa del:", None))
#if QT_CONFIG(accessibility)
        self.view_combo.setAccessibleName(QCoreApplication.translate("RoomControls", u"Del av resultaten som visas p\u00e5 deltagarvyn", None))
#endif // QT_CONFIG(accessibility)
        self.names_check.setText(QCoreApplication.translate("RoomControls", u"Visa namn p\u00e5 deltagarvyn", None))
#if QT_CONFIG(tooltip)
        self.names_check.setToolTip(QCoreApplication.translate("RoomControls", u"Av: deltagarvyn visar inga namn, varken p\u00e5 lappar eller som ansvariga f\u00f6r \u00e5tg\u00e4rder. P\u00e5: namn visas d\u00e4r de \u00e4r ifyllda. Samma val som under F\u00f6rberedelser.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

