"""Application-wide Qt settings: names, style, and the chosen language's texts and locale."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hallbar_desktop import paths

ORGANISATION = "hallbar"
APPLICATION = "hallbar-desktop"
OWN_TRANSLATION = "hallbar_translation"
QT_TRANSLATION = "qt_translation"
# The languages the window speaks, each with its name in itself, as the language menu shows it.
# Swedish is the source language; its .qm holds the singular and plural of counted texts.
LANGUAGES = {"sv": "Svenska", "en": "English"}
SOURCE_LANGUAGE = "sv"
_LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
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
    """The chosen theme and text size (see theme; at every call), and once per application
    Fusion with a focus ring in tables that can be seen (see keyboard_focus), the scrolling to
    the field the keys reach, and the wheel guard.

    The window shell has no field, table or combo box, so the start shows it first and adds
    these right after: every event that passes a Python event filter or style makes PySide
    look up its classes, which cost the first shown window some 20 ms."""
    apply_theme_setting(app)
    if app.property(_INPUT_HELPERS):
        return
    from hallbar_desktop.ui.keyboard_focus import install_keyboard_focus
    from hallbar_desktop.ui.wheel_guard import install_wheel_guard

    install_wheel_guard(app, install_keyboard_focus(app))
    app.setProperty(_INPUT_HELPERS, True)


def apply_theme_setting(app: QApplication) -> None:
    """The theme and text size chosen in the settings (see theme)."""
    from hallbar_desktop.ui.theme import apply_choice, apply_text_size
    from hallbar_desktop.ui.ui_settings import stored_text_size, stored_theme

    apply_choice(app, stored_theme())
    apply_text_size(app, stored_text_size())


def configure_for_window_shell(app: QApplication, language: str | None = None) -> None:
    """What even the first window needs: names, icon, and the language (default: the one
    chosen in the settings) with its locale and texts. Its style, Fusion, is an argument of the
    application (see window_application_arguments)."""
    from hallbar_desktop.ui.ui_settings import stored_language

    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # The task bar and window title show the app's own icon (drawn by Qt's SVG icon engine).
    app.setWindowIcon(QIcon(str(paths.app_icon_path())))
    set_language(app, language if language is not None else stored_language())


# The application property that names the language in use, for windows made later.
_LANGUAGE_PROPERTY = "hallbar_language"


def set_language(app: QApplication, language: str) -> None:
    """Speak ``language`` (a key of LANGUAGES; another is Swedish) from the next text on:
    Qt's own texts ("Avbryt"), the app's .qm and the locale (decimal comma in Swedish, point
    in English; the app writes dates as ISO itself). Windows made before keep their texts."""
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    locale = QLocale(*_LOCALES[language])
    QLocale.setDefault(locale)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English is Qt's source language: it has no qtbase_en.
    _install(
        app,
        QT_TRANSLATION,
        language,
        lambda qt: language != "en" and qt.load(locale, "qtbase", "_", folder),
    )
    install_own_translation(app, language)
    app.setProperty(_LANGUAGE_PROPERTY, language)
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "Hållbar förändring"))


def current_language(app: QCoreApplication | None = None) -> str:
    """The code of the language the window speaks now ("sv", "en"): what exports made from
    the window and the texts outside Qt follow."""
    app = app or QCoreApplication.instance()
    language = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return language if isinstance(language, str) else SOURCE_LANGUAGE


def install_own_translation(app: QApplication, language: str = SOURCE_LANGUAGE) -> None:
    """The app's own .qm of ``language``: in Swedish the singular and plural of every text
    with a count (%n; without it Qt keeps the source's plural, "1 beroenden"), in another
    language every text."""
    folder = str(paths.translations_dir())
    _install(app, OWN_TRANSLATION, language, lambda own: own.load(f"hallbar_{language}", folder))


def _install(
    app: QApplication, name: str, language: str, load: Callable[[QTranslator], bool]
) -> None:
    """One translator called ``name`` for ``language``, in place of one for another language
    (configured again after a restore, the same one stays)."""
    current = app.findChild(QTranslator, name)
    if current is not None:
        if current.property("language") == language:
            return
        app.removeTranslator(current)
        current.setObjectName("")  # deleted later; not found again until then
        current.deleteLater()
    translator = QTranslator(app)
    translator.setObjectName(name)
    translator.setProperty("language", language)
    if load(translator):
        app.installTranslator(translator)
