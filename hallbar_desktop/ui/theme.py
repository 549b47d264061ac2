"""The chosen theme's colours as Qt's palette for the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.palette import Theme

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup
# The application property that names the theme in use, for windows made later.
_THEME_PROPERTY = "hallbar_theme"


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


def apply_theme(app: QGuiApplication, theme: Theme) -> None:
    """Draw every window from now on in ``theme``. Set even for the light theme: since Qt 6.5
    Fusion turns dark by itself when the system does, under text the program colours dark."""
    app.setPalette(qt_palette(theme))
    app.setProperty(_THEME_PROPERTY, theme.code)


def current_theme(app: QGuiApplication | None = None) -> Theme:
    """The theme the application draws in (light until one is applied)."""
    app = app or QGuiApplication.instance()
    code = app.property(_THEME_PROPERTY) if app is not None else None
    return palette.theme_named(code) if isinstance(code, str) else palette.LIGHT
