"""A chosen traffic light is written in bold: its button is wide enough for the bold word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.widgets.traffic_light_chooser import TrafficLightChooser

# The chooser's style: 12 px padding and a border of up to 3 px (with focus) on each side.
AROUND_TEXT = 2 * 12 + 2 * 3


def test_the_chosen_button_fits_its_bold_word_in_a_squeezed_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    row = QWidget()
    qtbot.addWidget(row)
    chooser = TrafficLightChooser(row)
    layout = QHBoxLayout(row)
    layout.addWidget(chooser)
    row.resize(200, 60)  # narrower than the four buttons: each gets its minimum
    row.show()
    qtbot.waitExposed(row)
    for button in chooser.buttons.values():
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert button.isChecked()
        bold = QFont(button.font())
        bold.setBold(True)
        needed = QFontMetrics(bold).horizontalAdvance(button.text()) + AROUND_TEXT
        assert button.width() >= needed, f"{button.text()}: {button.width()} < {needed}"
