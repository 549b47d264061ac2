"""The chosen theme and text size: Qt's palette, the one style sheet and the font, app-wide."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.palette import Theme
from hallbar_desktop.ui.control_edges import show_edges_of
from hallbar_desktop.ui.style_sheet import (
    LOOK,
    PARTICIPANT_VIEW,
    apply_application_style,
    polish_fonts_again,
)
from hallbar_desktop.ui.ui_settings import SYSTEM_THEME as SYSTEM
from hallbar_desktop.ui.ui_settings import TEXT_SIZES, THEME_CHOICES

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup
# The application property that names the theme in use, for windows made later.
_THEME_PROPERTY = "hallbar_theme"
# The application font's size before any text size was chosen, in points.
_BASE_POINTS = "hallbar_base_points"
_TEXT_SIZE = "hallbar_text_size"


def qt_palette(theme: Theme) -> QPalette:
    """Qt's palette in ``theme``'s colours; the bevels' shades are derived from the window
    colour the way Fusion derives its own, so the light theme looks as Fusion always has."""
    window = QColor(theme.window)
    text = QColor(theme.text)
    dark = window.darker(150)
    mid = window.darker(130)
    found = QPalette(text, window, window.lighter(150), dark, mid, text, QColor(theme.base))
    found.setColor(_Role.Midlight, mid.lighter(110))
    found.setColor(_Role.Shadow, dark.darker(135))
    found.setColor(_Role.Button, QColor(theme.button))
    found.setColor(_Role.ButtonText, text)
    found.setColor(_Role.AlternateBase, QColor(theme.alternate_base))
    found.setColor(_Role.ToolTipBase, QColor(theme.tool_tip))
    found.setColor(_Role.ToolTipText, text)
    found.setColor(_Role.PlaceholderText, QColor(theme.secondary_text))
    found.setColor(_Role.Link, QColor(theme.link))
    found.setColor(_Role.LinkVisited, QColor(theme.link))
    found.setColor(_Role.BrightText, QColor(theme.page))
    for group in (_Group.Active, _Group.Inactive):
        found.setColor(group, _Role.Highlight, QColor(theme.selection))
        found.setColor(group, _Role.HighlightedText, QColor(theme.selection_text))
        found.setColor(group, _Role.Accent, QColor(theme.accent))
    inactive = QColor(theme.inactive_text)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        found.setColor(_Group.Disabled, role, inactive)
    found.setColor(_Group.Disabled, _Role.Base, window)
    found.setColor(_Group.Disabled, _Role.Highlight, QColor(theme.disabled_fill))
    found.setColor(_Group.Disabled, _Role.HighlightedText, inactive)
    return found


class ThemeChanges(QObject):
    """The application's one notice of a new theme, for what draws colours itself (a model's
    row colour, a rich text, the input mode's sheet); and the system's light or dark, followed
    while the setting says "Följ systemet"."""

    changed = Signal(object)  # the Theme now shown

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("hallbar_theme_changes")
        self.choice = palette.LIGHT.code
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        app = QGuiApplication.instance()
        if self.choice == SYSTEM and isinstance(app, QGuiApplication):
            apply_theme(app, palette.DARK if scheme == Qt.ColorScheme.Dark else palette.LIGHT)


def theme_changes(app: QGuiApplication | None = None) -> ThemeChanges:
    """The application's ThemeChanges, made on first use."""
    app = app or QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    found = app.findChild(ThemeChanges, "hallbar_theme_changes")
    return found if found is not None else ThemeChanges(app)


def system_theme(app: QGuiApplication) -> Theme:
    """Dark when the system says it is dark (Qt 6.5+), else light."""
    scheme = app.styleHints().colorScheme()
    return palette.DARK if scheme == Qt.ColorScheme.Dark else palette.LIGHT


def chosen_theme(app: QGuiApplication, choice: str) -> Theme:
    """The theme a setting of ``choice`` shows now (an unknown choice follows the system)."""
    named = palette.THEMES.get(choice)
    return named if named is not None else system_theme(app)


def apply_choice(app: QGuiApplication, choice: str) -> Theme:
    """Show the theme ``choice`` names, and follow the system's changes if it is SYSTEM."""
    changes = theme_changes(app)
    changes.choice = choice if choice in THEME_CHOICES else SYSTEM
    theme = chosen_theme(app, changes.choice)
    apply_theme(app, theme)
    return theme


def apply_theme(app: QGuiApplication, theme: Theme) -> None:
    """Draw every window, open or made later, in ``theme``: Qt's palette, the one style sheet,
    and a notice to what draws colours itself. Set even for the light theme: since Qt 6.5 Fusion
    turns dark by itself when the system does."""
    shown = current_theme(app)
    show_edges_of(theme)
    app.setPalette(qt_palette(theme))
    app.setProperty(_THEME_PROPERTY, theme.code)
    if shown is theme:
        return
    if isinstance(app, QApplication):
        apply_application_style(app, theme)
    theme_changes(app).changed.emit(theme)


def current_theme(app: QGuiApplication | None = None) -> Theme:
    """The theme the application draws in (light until one is applied)."""
    app = app or QGuiApplication.instance()
    code = app.property(_THEME_PROPERTY) if app is not None else None
    return palette.theme_named(code) if isinstance(code, str) else palette.LIGHT


def apply_text_size(app: QGuiApplication, percent: int) -> None:
    """The application's font at ``percent`` of its normal size (one of TEXT_SIZES), in every
    window at once; sizes a window set relative to it follow."""
    if percent not in TEXT_SIZES:
        percent = TEXT_SIZES[0]
    font = app.font()
    base = app.property(_BASE_POINTS)
    if not isinstance(base, float):
        base = font.pointSizeF()
        app.setProperty(_BASE_POINTS, base)
    before = text_size(app)
    if app.property(_TEXT_SIZE) == percent:
        return
    app.setProperty(_TEXT_SIZE, percent)
    own = _own_sizes(app) if isinstance(app, QApplication) else []
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)
    for widget, points in own:
        if not isValid(widget):  # deleted by Qt meanwhile (see style_sheet.restyle)
            continue
        grown = widget.font()
        grown.setPointSizeF(points * percent / before)
        widget.setFont(grown)
    if isinstance(app, QApplication):
        polish_fonts_again(app)


def _own_sizes(app: QApplication) -> list[tuple[QWidget, float]]:
    """The widgets whose text is a size of their own (a heading, a larger line: made from the
    font they had), which grow and shrink with the application's font. The participant view
    sizes its text to the projector's screen and is left as it is."""
    found = []
    for widget in app.allWidgets():
        points = widget.font().pointSizeF()
        parent = widget.parentWidget()
        around = parent.font().pointSizeF() if parent is not None else app.font().pointSizeF()
        if points > 0 and points != around and widget.window().property(LOOK) != PARTICIPANT_VIEW:
            found.append((widget, points))
    return found


def text_size(app: QGuiApplication | None = None) -> int:
    """The text size in use, in percent of normal."""
    app = app or QGuiApplication.instance()
    size = app.property(_TEXT_SIZE) if app is not None else None
    return size if isinstance(size, int) else TEXT_SIZES[0]
