"""The theme's colours reach every widget through Qt's palette, readable in each theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from hallbar_desktop.domain import palette
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.theme import apply_theme, current_theme, qt_palette

Role = QPalette.ColorRole


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    yield qapp
    apply_theme(qapp, palette.LIGHT)
    qapp.setPalette(before)


def _system_gone_dark() -> QPalette:
    """What Fusion gives since Qt 6.5 when the system turns dark."""
    dark = QPalette(QColor(240, 240, 240), QColor(50, 50, 50))
    dark.setColor(Role.Base, QColor(36, 36, 36))
    dark.setColor(Role.Text, QColor(240, 240, 240))
    return dark


def test_the_start_draws_in_the_light_theme_even_when_the_system_is_dark(
    app: QApplication, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app.setPalette(_system_gone_dark())
    configure_application(app)
    label, field = QLabel("Nuläge"), QLineEdit("text")
    qtbot.addWidget(label)
    qtbot.addWidget(field)
    assert label.palette().color(Role.Window).name().upper() == palette.LIGHT.window
    assert label.palette().color(Role.WindowText).name().upper() == palette.TEXT
    assert field.palette().color(Role.Base).name().upper() == palette.PAGE
    assert current_theme(app) is palette.LIGHT


@pytest.mark.parametrize("theme", palette.THEMES.values(), ids=lambda theme: theme.code)
@pytest.mark.parametrize(
    ("text", "background"),
    [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.PlaceholderText, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
    ],
    ids=lambda role: role.name,
)
def test_every_text_role_of_the_qt_palette_reads_at_4_5_to_1(
    theme: palette.Theme, text: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    found = qt_palette(theme)
    ratio = palette.contrast_ratio(found.color(text).name(), found.color(background).name())
    assert ratio >= 4.5
    assert found.color(text).alpha() == 255


def test_the_applied_theme_is_the_current_one(app: QApplication) -> None:
    apply_theme(app, palette.HIGH_CONTRAST)
    assert current_theme(app) is palette.HIGH_CONTRAST
    assert app.palette().color(Role.Window).name().upper() == palette.HIGH_CONTRAST.window
