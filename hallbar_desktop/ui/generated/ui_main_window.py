# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        MainWindow.setMinimumSize(QSize(960, 600))
        self.new_workshop_action = QAction(MainWindow)
        self.new_workshop_action.setObjectName(u"new_workshop_action")
        self.open_library_action = QAction(MainWindow)
        self.open_library_action.setObjectName(u"open_library_action")
        self.export_action = QAction(MainWindow)
        self.export_action.setObjectName(u"export_action")
        self.restore_action = QAction(MainWindow)
        self.restore_action.setObjectName(u"restore_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.previous_step_action = QAction(MainWindow)
        self.previous_step_action.setObjectName(u"previous_step_action")
        self.next_step_action = QAction(MainWindow)
        self.next_step_action.setObjectName(u"next_step_action")
        self.timer_action = QAction(MainWindow)
        self.timer_action.setObjectName(u"timer_action")
        self.toggle_guidance_action = QAction(MainWindow)
        self.toggle_guidance_action.setObjectName(u"toggle_guidance_action")
        self.toggle_guidance_action.setCheckable(True)
        self.toggle_guidance_action.setChecked(True)
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.view_stack = QStackedWidget(self.central_widget)
        self.view_stack.setObjectName(u"view_stack")

        self.central_layout.addWidget(self.view_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.edit_menu = QMenu(self.menu_bar)
        self.edit_menu.setObjectName(u"edit_menu")
        self.workshop_menu = QMenu(self.menu_bar)
        self.workshop_menu.setObjectName(u"workshop_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.edit_menu.menuAction())
        self.menu_bar.addAction(self.workshop_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.new_workshop_action)
        self.file_menu.addAction(self.open_library_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.workshop_menu.addAction(self.previous_step_action)
        self.workshop_menu.addAction(self.next_step_action)
        self.workshop_menu.addSeparator()
        self.workshop_menu.addAction(self.timer_action)
        self.workshop_menu.addAction(self.toggle_guidance_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"H\u00e5llbar f\u00f6r\u00e4ndring", None))
        self.new_workshop_action.setText(QCoreApplication.translate("MainWindow", u"&Ny workshop\u2026", None))
#if QT_CONFIG(shortcut)
        self.new_workshop_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.open_library_action.setText(QCoreApplication.translate("MainWindow", u"&\u00d6ppna workshop\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_library_action.setToolTip(QCoreApplication.translate("MainWindow", u"G\u00e5 till listan med alla workshoppar", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.open_library_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.export_action.setText(QCoreApplication.translate("MainWindow", u"&Exportera\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_action.setToolTip(QCoreApplication.translate("MainWindow", u"Spara workshoppen, eller en sammanst\u00e4llning av flera, som Excel och PDF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.export_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.restore_action.setText(QCoreApplication.translate("MainWindow", u"\u00c5te&rst\u00e4ll fr\u00e5n s\u00e4kerhetskopia\u2026", None))
#if QT_CONFIG(tooltip)
        self.restore_action.setToolTip(QCoreApplication.translate("MainWindow", u"G\u00e5 tillbaka till en s\u00e4kerhetskopia av databasen; den nuvarande sparas f\u00f6rst, s\u00e5 du kan \u00e5ngra", None))
#endif // QT_CONFIG(tooltip)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Avsluta", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.previous_step_action.setText(QCoreApplication.translate("MainWindow", u"&F\u00f6reg\u00e5ende steg", None))
#if QT_CONFIG(shortcut)
        self.previous_step_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+PgUp", None))
#endif // QT_CONFIG(shortcut)
        self.next_step_action.setText(QCoreApplication.translate("MainWindow", u"&N\u00e4sta steg", None))
#if QT_CONFIG(shortcut)
        self.next_step_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(shortcut)
        self.timer_action.setText(QCoreApplication.translate("MainWindow", u"Starta eller pausa &timer", None))
#if QT_CONFIG(shortcut)
        self.timer_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.toggle_guidance_action.setText(QCoreApplication.translate("MainWindow", u"Visa &handledning", None))
#if QT_CONFIG(shortcut)
        self.toggle_guidance_action.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&Om programmet", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Arkiv", None))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Redigera", None))
        self.workshop_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Workshop", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Hj\u00e4lp", None))
    # retranslateUi

