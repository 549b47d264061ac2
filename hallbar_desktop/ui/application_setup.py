"""Application-wide Qt settings: names, style, Swedish locale and Qt's own Swedish texts."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hallbar_desktop import paths

ORGANISATION = "hallbar"
APPLICATION = "hallbar-desktop"
OWN_TRANSLATION = "hallbar_translation"
# Set once the focus ring style and the event filters are in place.
_INPUT_HELPERS = "hallbar_input_helpers"


def configure_application(app: QApplication) -> None:
    install_input_helpers(app)
    configure_for_window_shell(app)


def window_application_arguments(argv: list[str]) -> list[str]:
    """``argv`` for a new QApplication, with Fusion as its style from the first window on
    (as an argument, since setStyle() hands the style back and PySide then builds QStyle's
    enums: 4 ms of every start)."""
    return [*argv[:1], "-style", "Fusion", *argv[1:]]


def install_input_helpers(app: QApplication) -> None:
    """Fusion with a focus ring in tables that can be seen (see keyboard_focus), the scrolling
    to the field the keys reach, and the wheel guard. Once per application.

    The window shell has no field, table or combo box, so the start shows it first and adds
    these right after: every event that passes a Python event filter or style makes PySide
    look up its classes, which cost the first shown window some 20 ms."""
    if app.property(_INPUT_HELPERS):
        return
    from hallbar_desktop.ui.keyboard_focus import install_keyboard_focus
    from hallbar_desktop.ui.wheel_guard import WheelGuard, install_wheel_guard

    install_keyboard_focus(app)
    if app.findChild(WheelGuard) is None:
        install_wheel_guard(app)
    app.setProperty(_INPUT_HELPERS, True)


def configure_for_window_shell(app: QApplication) -> None:
    """What even the first window needs: names, icon, locale and Swedish texts. Its style,
    Fusion, is an argument of the application (see window_application_arguments)."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Hållbar förändring")
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
