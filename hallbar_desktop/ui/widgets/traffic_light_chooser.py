"""A row of four large buttons for a traffic light: Röd, Gul, Grön or Inte bedömd."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.ui.choice_words import word_text
from hallbar_desktop.ui.style_sheet import TRAFFIC_LIGHT, light_code, set_look
from hallbar_desktop.ui.theme import current_theme

NOT_RATED_LABEL = "Inte bedömd"
# The padding on each side of the word and the widest border (with focus), from the style.
AROUND_TEXT = 2 * 12 + 2 * 3 + 2
# The narrowest button: 48 px for its word, the padding and the border.
NARROWEST = 48 + 2 * 12 + 2 * 2


def light_swatch(light: TrafficLight | None) -> palette.Swatch:
    """The light's fill and ink in the theme shown now."""
    theme = current_theme()
    return theme.traffic_light[light] if light is not None else theme.not_rated


def light_text(light: TrafficLight | None) -> str:
    """The light's word in the language the window speaks, or "Inte bedömd"."""
    return word_text(light.label if light is not None else NOT_RATED_LABEL)


class TrafficLightChooser(QWidget):
    """Emits ``chosen`` with a TrafficLight, or None for "Inte bedömd", when the user picks one.

    The four are one exclusive group: Tab reaches the row and goes on to the next field after
    one stop (not four per line); the arrow keys move within the row and Space chooses. (Qt's
    arrows also choose, but only once the button they leave is the chosen one.) The chosen one
    is filled with its colour and written in bold, so the choice shows without colour too."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[TrafficLight | None, QPushButton] = {}
        for light in (*TrafficLight, None):
            button = QPushButton(light_text(light), self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Trafikljus: {0}").format(light_text(light)))
            # The chosen button is filled with its light's colour, the others keep its edge. (One
            # sheet on the row instead was slower: the row is polished again when it is placed.)
            set_look(button, TRAFFIC_LIGHT, light_code(light))
            button.clicked.connect(lambda _checked=False, light=light: self._clicked(light))
            # Never narrower than the word on it, however tight the row gets; measured in bold,
            # as it is written when chosen ("Inte bedömd" showed as "nte bedömc").
            bold = QFont(button.font())
            bold.setBold(True)
            in_bold = QFontMetrics(bold).horizontalAdvance(button.text()) + AROUND_TEXT
            button.setMinimumWidth(max(button.sizeHint().width(), in_bold, NARROWEST))
            self._group.addButton(button)
            self.buttons[light] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._stored: TrafficLight | None = None
        self.buttons[None].setChecked(True)

    def show_stored(self, light: TrafficLight | None) -> None:
        self._stored = light
        self.buttons[light].setChecked(True)

    def light(self) -> TrafficLight | None:
        return next(light for light, button in self.buttons.items() if button.isChecked())

    def _clicked(self, light: TrafficLight | None) -> None:
        if light != self._stored:
            self._stored = light
            self.chosen.emit(light)
