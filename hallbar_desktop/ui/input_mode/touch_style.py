"""The input mode's look: large type and finger-sized buttons that grow with the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from hallbar_desktop.domain import palette

ACCENT = palette.ACCENT  # the primary action and a chosen answer
ACCENT_DARK = palette.ACCENT_EDGE
BACKGROUND = palette.TOUCH_BACKGROUND
TEXT = palette.TEXT
QUIET_TEXT = palette.SECONDARY_TEXT
ON_ACCENT = palette.TEXT_ON_DARK
PAGE = palette.PAGE
BORDER = palette.CONTROL_BORDER
PRESSED = palette.ACCENT_TINT
# The keyboard's ring on a button filled with the accent, where the accent ring would vanish.
FOCUS_ON_ACCENT = palette.SELECTION_RING
DISABLED = (
    f"color: {palette.DISABLED_TEXT}; background: {palette.DISABLED_FILL};"
    f" border-color: {palette.DISABLED_BORDER};"
)

# Widgets name the part they play with the dynamic property "role"; the sheet sizes each part.
HEADING = "heading"
STATEMENT = "statement"  # the text a participant answers to
BIG = "big"  # a line to read from arm's length: what a dot goes on
HINT = "hint"
COUNT = "count"  # "7 av 12 klara"
PRIMARY = "primary"  # the one way forward
ANSWER = "answer"
SIGN = "sign"  # + and −


def base_pixels(height: int) -> int:
    """Body text size for a screen ``height`` pixels high: 18 px at 768, 26 px at 1080."""
    return max(14, min(34, round(height / 42)))


def touch_style_sheet(height: int) -> str:
    b = base_pixels(height)

    def px(factor: float) -> str:
        return f"{round(b * factor)}px"

    return f"""
QLabel {{ font-size: {px(1)}; color: {TEXT}; }}
QLabel[role="{HEADING}"] {{ font-size: {px(1.6)}; font-weight: bold; }}
QLabel[role="{STATEMENT}"] {{ font-size: {px(1.55)}; }}
QLabel[role="{BIG}"] {{ font-size: {px(1.25)}; }}
QLabel[role="{HINT}"] {{ font-size: {px(1)}; color: {QUIET_TEXT}; }}
QLabel[role="{COUNT}"] {{ font-size: {px(4)}; font-weight: bold; }}
QPushButton {{
    font-size: {px(1.1)}; min-height: {px(2.8)}; padding: {px(0.3)} {px(1)};
    color: {TEXT}; background: {PAGE}; border: 2px solid {BORDER}; border-radius: 8px;
}}
QPushButton:focus {{ border: 3px solid {ACCENT}; }}
QPushButton:pressed {{ background: {PRESSED}; }}
QPushButton:checked {{ color: {ON_ACCENT}; background: {ACCENT}; border-color: {ACCENT_DARK}; }}
QPushButton:disabled {{ {DISABLED} }}
QPushButton[role="{PRIMARY}"] {{
    color: {ON_ACCENT}; background: {ACCENT}; border-color: {ACCENT_DARK}; font-weight: bold;
    padding: {px(0.4)} {px(1.6)};
}}
QPushButton[role="{PRIMARY}"]:disabled {{ {DISABLED} }}
QPushButton:checked:focus, QPushButton[role="{PRIMARY}"]:focus {{
    border: 4px solid {FOCUS_ON_ACCENT};
}}
QPushButton[role="{SIGN}"] {{
    font-size: {px(1.9)}; font-weight: bold; min-width: {px(3.2)}; padding: 0px;
}}
QPushButton[role="{ANSWER}"] {{ min-height: {px(4.6)}; padding: {px(0.3)}; }}
QPushButton[role="{ANSWER}"] QLabel {{ font-size: {px(0.95)}; background: transparent; }}
QPushButton[role="{ANSWER}"] QLabel[role="{HEADING}"] {{ font-size: {px(1.9)}; }}
QPlainTextEdit {{
    font-size: {px(1.25)}; color: {TEXT}; background: {PAGE};
    border: 2px solid {BORDER}; border-radius: 8px; padding: {px(0.3)};
    min-height: {px(6)}; max-height: {px(10)};
}}
QPlainTextEdit:focus {{ border: 3px solid {ACCENT}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: {px(1.1)}; }}
"""


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
        colour = f"color: {ON_ACCENT if checked else TEXT};"
        for part in (self.value_label, self.meaning_label):
            part.setStyleSheet(colour)
