"""Application-wide Qt settings: names, style, Swedish locale and Qt's own Swedish texts."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hallbar_desktop import paths
from hallbar_desktop.ui.keyboard_focus import install_keyboard_focus
from hallbar_desktop.ui.wheel_guard import WheelGuard, install_wheel_guard

ORGANISATION = "hallbar"
APPLICATION = "hallbar-desktop"
OWN_TRANSLATION = "hallbar_translation"


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Hållbar förändring")
    # Fusion, with a focus ring in tables that can be seen (see keyboard_focus).
    install_keyboard_focus(app)
    if app.findChild(WheelGuard) is None:  # configured again after a restore: one guard
        install_wheel_guard(app)
    # The task bar and window title show the app's own icon (drawn by Qt's SVG icon engine).
    app.setWindowIcon(QIcon(str(paths.app_icon_path())))
    # Decimal comma, ISO dates and Monday-first calendars come from the Swedish locale.
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Swedish), "qtbase", "_", folder):
        app.installTranslator(translator)
    install_own_translation(app)


def install_own_translation(app: QApplication) -> None:
    """The app's own Swedish .qm: the singular and plural of every text with a count (%n).

    Without it Qt fills in the number and keeps the source's plural ("1 beroenden")."""
    if app.findChild(QTranslator, OWN_TRANSLATION) is not None:
        return  # configured again after a restore: one translator
    own = QTranslator(app)
    own.setObjectName(OWN_TRANSLATION)
    if own.load("hallbar_sv", str(paths.translations_dir())):
        app.installTranslator(own)
