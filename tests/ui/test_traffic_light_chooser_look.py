"""A traffic-light chooser: its lights in every theme, and words that fit after a theme change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.theme import apply_choice, apply_theme
from hallbar_desktop.ui.widgets.traffic_light_chooser import AROUND_TEXT, TrafficLightChooser


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    configure_application(qapp)
    yield qapp
    apply_choice(qapp, "light")


def _on_a_page(qtbot) -> tuple[QWidget, TrafficLightChooser]:  # type: ignore[no-untyped-def]
    """A chooser made on its own and then put on a page, as the prerequisites page does."""
    chooser = TrafficLightChooser()
    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page).addWidget(chooser)
    page.show()
    qtbot.waitExposed(page)
    return page, chooser


def _bold_width(text: str, font: QFont) -> int:
    bold = QFont(font)
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(text)


@pytest.mark.parametrize("theme", list(palette.THEMES.values()), ids=list(palette.THEMES))
def test_the_chosen_light_is_filled_with_its_colour_in_every_theme(
    app: QApplication,
    qtbot,  # type: ignore[no-untyped-def]
    theme: palette.Theme,
) -> None:
    apply_theme(app, theme)
    page, chooser = _on_a_page(qtbot)
    for light in (*TrafficLight, None):
        chooser.show_stored(light)
        button = chooser.buttons[light]
        app.processEvents()
        picture = button.grab().toImage()
        fill = theme.traffic_light[light] if light is not None else theme.not_rated
        # Inside the border, left of the word.
        assert picture.pixelColor(6, picture.height() // 2) == QColor(fill.fill), light
        other = next(b for other, b in chooser.buttons.items() if other != light)
        assert other.grab().toImage().pixelColor(6, other.height() // 2) == QColor(theme.page)
    del page


def test_each_word_fits_in_bold_after_a_change_of_theme(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, chooser = _on_a_page(qtbot)
    for theme in (palette.DARK, palette.LIGHT):
        apply_theme(app, theme)
        app.processEvents()
        for button in chooser.buttons.values():
            needed = _bold_width(button.text(), button.font()) + AROUND_TEXT
            assert button.minimumWidth() >= needed, (theme.code, button.text())
