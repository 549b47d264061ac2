"""The input mode's look: large type and finger-sized buttons that grow with the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from hallbar_desktop.ui.style_sheet import ANSWER, HEADING, ON_ACCENT, set_text_role

# The input mode's sheet (its sizes and the theme's colours) is style_sheet.touch_style_sheet;
# widgets name the part they play there with the dynamic property "role".


def label(text: str, role: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    shown = QLabel(text, parent)
    shown.setProperty("role", role)
    shown.setWordWrap(wrap)
    shown.setTextFormat(Qt.TextFormat.PlainText)  # participants' and facilitator's text as is
    return shown


def touch_button(text: str, parent: QWidget, role: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    if role:
        button.setProperty("role", role)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setAutoDefault(False)
    # A tap leaves the keyboard where it was, so the answer keys and arrows keep working.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class TwoLineButton(QPushButton):
    """A toggle with a large first line (the value) and a wrapped second line (what it means);
    a chosen one shows ✓ as well as its colour."""

    def __init__(self, value_text: str, meaning: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", ANSWER)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._value_text = value_text
        # A word ("Don't know" in English) may take two lines; a number never breaks.
        self.value_label = label(value_text, HEADING, self, wrap=not value_text.isdigit())
        self.meaning_label = label(meaning, "", self)
        for part in (self.value_label, self.meaning_label):
            part.setAlignment(Qt.AlignmentFlag.AlignCenter)
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.meaning_label, 1)
        self.setAccessibleName(f"{value_text} {meaning}")
        self.toggled.connect(self._show_mark)
        self._show_mark(False)

    def set_meaning(self, meaning: str) -> None:
        self.meaning_label.setText(meaning)
        self.setAccessibleName(f"{self._value_text} {meaning}")

    def _show_mark(self, checked: bool) -> None:
        self.value_label.setText(f"✓ {self._value_text}" if checked else self._value_text)
        # A style sheet cannot select a label by its button's checked state, so it is set here.
        for part in (self.value_label, self.meaning_label):
            set_text_role(part, ON_ACCENT if checked else "")
