"""The one style sheet of the application, made from the current theme, and the roles it styles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.palette import Swatch, Theme, contrast_ratio

# A widget takes a look by a dynamic property the sheet selects on. The application's sheet is
# not set on the application: any sheet there turns every widget over to Qt's style-sheet style,
# which draws spin boxes and date fields in other sizes than Fusion (77x23 became 93x19 pixels)
# and dropped the heading fonts of pages moved into a splitter. So a widget with a look is
# handed the rules of the one sheet that select it, and handed them again in a new theme.

MIN_TEXT_CONTRAST = 4.5  # WCAG AA for text
TEXT_ROLE = "textRole"
PROBLEM = "problem"  # what is missing or late: never the only signal, the words say it
PROBLEM_STRONG = "problem_strong"  # the same in bold: a date that has passed
SECONDARY = "secondary"  # hints, notes, what is hidden from the room
DONE = "done"  # "klart", with a ✓ or the word
DONE_STRONG = "done_strong"
TIME_UP = "time_up"  # "Tiden är slut" on its colour
TIME_UP_LARGE = "time_up_large"  # the same on the projector, with more room around it
ON_ACCENT = "on_accent"  # a label on a button filled with the accent (a chosen answer)
ON_NOTE = "on_note"  # quiet text on a paper note: votes and author
TEXT_ROLES = (
    PROBLEM,
    PROBLEM_STRONG,
    SECONDARY,
    DONE,
    DONE_STRONG,
    TIME_UP,
    TIME_UP_LARGE,
    ON_ACCENT,
    ON_NOTE,
)

# The traffic light a badge or a chooser's button stands for: "red", "yellow", "green" or
# NOT_RATED.
TRAFFIC_LIGHT = "trafficLight"
NOT_RATED = "not_rated"
NOTE_CARD = "noteCard"  # "panel": a note on the facilitator's board; "room": on the projector
KEY_CAP = "keyCap"  # "true": a key's name in a frame, as on the key
FOCUS_FRAME = "focusFrame"  # "true": a scroll area that is a Tab stop, framed while focused
# A part that is the only one of its kind: the notes panel's groups and their headers, the
# status suggestion, the participant view's window.
LOOK = "look"
NOTE_GROUP = "note_group"
NOTE_GROUP_HEADER = "note_group_header"
STATUS_SUGGESTION = "status_suggestion"
PARTICIPANT_VIEW = "participant_view"
LOOK_PROPERTIES = (TEXT_ROLE, TRAFFIC_LIGHT, NOTE_CARD, KEY_CAP, FOCUS_FRAME, LOOK)

# The input mode's parts, by the dynamic property "role"; its sheet sizes each part.
ROLE = "role"
HEADING = "heading"
STATEMENT = "statement"  # the text a participant answers to
BIG = "big"  # a line to read from arm's length: what a dot goes on
HINT = "hint"
COUNT = "count"  # "7 av 12 klara"
PRIMARY = "primary"  # the one way forward
ANSWER = "answer"
SIGN = "sign"  # + and −


def set_text_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` the look of ``role`` (PROBLEM, SECONDARY, ...; "" for plain text) in
    whichever theme is shown, now and after a change of theme."""
    set_look(widget, TEXT_ROLE, role)


def set_look(widget: QWidget, name: str, value: str) -> None:
    """Set the look property ``name`` (one of LOOK_PROPERTIES) to ``value`` ("" for none) and
    hand ``widget`` the rules that select it, in the theme shown now."""
    if (widget.property(name) or "") == value:
        return
    widget.setProperty(name, value or None)
    widget.setStyleSheet(sheet_for(widget, _theme_shown()))


def sheet_for(widget: QWidget, theme: Theme) -> str:
    """The rules of the application's sheet in ``theme`` that select ``widget`` by its look
    properties; "" for a widget without one."""
    fragments = _fragments(theme)
    found = []
    for name in LOOK_PROPERTIES:
        value = widget.property(name)
        if value:
            found.append(fragments.get((name, str(value)), ""))
    return "".join(found)


def restyle(app: QApplication, theme: Theme) -> None:
    """Every widget with a look handed its rules in ``theme``."""
    # Found first, then changed: a new sheet can make Qt delete a widget's inner parts (a
    # combo box's list, say), and a walk that changes as it goes met one of those deleted,
    # which crashed (a theme change in the UI tests). Those found are the app's own, whose
    # deletion shiboken knows of, so each is checked before it is touched.
    found = [
        widget
        for widget in app.allWidgets()
        if widget.styleSheet() and any(widget.property(name) for name in LOOK_PROPERTIES)
    ]
    for widget in found:
        if isValid(widget):
            widget.setStyleSheet(sheet_for(widget, theme))


def polish_fonts_again(app: QApplication) -> None:
    """A widget with a style sheet of its own (a look: a hint, a problem, a traffic light)
    keeps the font it had when its sheet was applied, whatever the application's font becomes
    (Arkiv › Textstorlek); its sheet applied again gives it the new one. The participant view
    sizes its text to the projector and is left as it is."""
    found = [
        (widget, sheet)
        for widget in app.allWidgets()
        if (sheet := widget.styleSheet()) and widget.window().property(LOOK) != PARTICIPANT_VIEW
    ]
    for widget, sheet in found:  # found first, then changed: see restyle
        if isValid(widget):
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def _theme_shown() -> Theme:
    from hallbar_desktop.ui.theme import current_theme

    return current_theme()


def light_code(light: TrafficLight | None) -> str:
    """The value of TRAFFIC_LIGHT for ``light``; NOT_RATED for None."""
    return light.name.lower() if light is not None else NOT_RATED


def _lights(theme: Theme) -> list[tuple[str, Swatch]]:
    return [(light_code(light), theme.traffic_light[light]) for light in TrafficLight] + [
        (NOT_RATED, theme.not_rated)
    ]


def quiet_on_note(theme: Theme) -> str:
    """The quiet text on a paper note, which keeps its colour in every theme: the theme's
    secondary text where it reads on the note, else the note's own ink."""
    if contrast_ratio(theme.secondary_text, theme.note_card) >= MIN_TEXT_CONTRAST:
        return theme.secondary_text
    return theme.note_card_ink


_MADE: dict[str, tuple[Theme, dict[tuple[str, str], str]]] = {}


def _fragments(theme: Theme) -> dict[tuple[str, str], str]:
    made = _MADE.get(theme.code)
    if made is None or made[0] is not theme:
        made = _MADE[theme.code] = (theme, _rules(theme))
    return made[1]


def _rules(theme: Theme) -> dict[tuple[str, str], str]:
    """The application's sheet in ``theme``, by the look property and value each part selects."""
    t = theme

    def role(name: str, declarations: str) -> tuple[tuple[str, str], str]:
        return (TEXT_ROLE, name), f'[{TEXT_ROLE}="{name}"] {{ {declarations} }}\n'

    time_up = f"color: {t.time_up.ink}; background: {t.time_up.fill};"
    rules = dict(
        [
            role(PROBLEM, f"color: {t.problem_text};"),
            role(PROBLEM_STRONG, f"color: {t.problem_text}; font-weight: bold;"),
            role(SECONDARY, f"color: {t.secondary_text};"),
            role(DONE, f"color: {t.done_text};"),
            role(DONE_STRONG, f"color: {t.done_text}; font-weight: bold;"),
            role(TIME_UP, f"{time_up} padding: 2px 8px; border-radius: 4px;"),
            role(TIME_UP_LARGE, f"{time_up} padding: 4px 16px; border-radius: 8px;"),
            role(ON_ACCENT, f"color: {t.accent_ink};"),
            role(ON_NOTE, f"color: {quiet_on_note(t)};"),
        ]
    )
    for code, swatch in _lights(t):
        # A count or verdict on its light's colour, the word written on it; in the chooser the
        # chosen button is filled with its light, the others keep its edge. No min-width: the
        # chooser sets its buttons' own (a sheet's replaces it when a button is polished again,
        # as after a change of theme).
        button = f'QPushButton[{TRAFFIC_LIGHT}="{code}"]'
        rules[TRAFFIC_LIGHT, code] = (
            f'QLabel[{TRAFFIC_LIGHT}="{code}"] {{ background: {swatch.fill}; color: {swatch.ink};'
            " padding: 2px 10px; border-radius: 4px; }\n"
            f"{button} {{ min-height: 30px; padding: 2px 12px;"
            f" border: 2px solid {swatch.fill}; border-radius: 4px; background: {t.page};"
            f" color: {t.text}; }}\n"
            f"{button}:checked {{ background: {swatch.fill}; color: {swatch.ink};"
            " font-weight: bold; }\n"
            f"{button}:focus {{ border: 3px solid {t.focus_ring}; }}\n"
        )
    # Participants' notes look like paper notes, the same on both screens and in every theme.
    # Where a dragged note would land gets an accent edge; the cursor says too whether it may.
    card = f'QFrame[{NOTE_CARD}="panel"]'
    rules[NOTE_CARD, "panel"] = f"""{card} {{
    background: {t.note_card}; border: 1px solid {t.note_card_edge}; border-radius: 3px;
}}
{card} QLabel {{ color: {t.note_card_ink}; }}
{card}[dropTarget="true"] {{ background: {t.note_card_drop_target}; border: 1px solid {t.accent}; }}
"""
    rules[NOTE_CARD, "room"] = (
        f'QLabel[{NOTE_CARD}="room"] {{ background: {t.note_card}; color: {t.note_card_ink};'
        f" border: 1px solid {t.note_card_edge}; }}\n"
    )
    rules[LOOK, NOTE_GROUP] = f"""QFrame#note_group {{
    border: 2px dashed transparent; border-radius: 4px;
}}
QFrame#note_group[dropTarget="true"] {{ border-color: {t.accent}; background: {t.accent_tint}; }}
"""
    rules[LOOK, NOTE_GROUP_HEADER] = f"""QFrame#note_group_header {{
    border: 2px solid transparent; border-radius: 3px;
}}
QFrame#note_group_header:focus {{ border-color: {t.focus_ring}; }}
"""
    # The accent, lightened for the background: a notice, not a warning.
    rules[LOOK, STATUS_SUGGESTION] = f"""#StatusSuggestionBar {{
    background: {t.accent_tint}; border: 1px solid {t.accent}; border-radius: 4px;
}}
#message_label {{ color: {t.text}; }}
"""
    rules[KEY_CAP, "true"] = (
        f"QLabel {{ border: 1px solid {t.control_border}; border-radius: 4px;"
        " padding: 0px 6px; }\n"
    )
    rules[FOCUS_FRAME, "true"] = (
        f'QScrollArea[{FOCUS_FRAME}="true"] {{ border: 2px solid transparent; }}\n'
        f'QScrollArea[{FOCUS_FRAME}="true"]:focus {{ border: 2px solid {t.focus_ring}; }}\n'
    )
    rules[LOOK, PARTICIPANT_VIEW] = f"""ParticipantView, #step_screen, #pause_screen {{
    background: {t.page};
}}
#blank_screen {{ background: {t.blank_screen}; }}
QLabel {{ color: {t.text}; background: transparent; }}
"""
    return rules


def application_style_sheet(theme: Theme) -> str:
    """The application's one sheet in ``theme``: every rule a look selects, as each widget with
    that look is handed it."""
    return "".join(_fragments(theme).values())


# The input mode's widest screens (a statement's answers, the note types and the footer's
# buttons) need about this many body-text sizes across.
TOUCH_WIDTH_IN_TEXT_SIZES = 62


def base_pixels(height: int, text_size: int = 100, width: int | None = None) -> int:
    """The input mode's body text size for a screen ``height`` pixels high: 18 px at 768,
    26 px at 1080; larger by Arkiv › Textstorlek's ``text_size`` percent, as far as a screen
    ``width`` wide has room for (22 px at 1366, 30 px at 1920)."""
    found = round(max(14, min(34, round(height / 42))) * text_size / 100)
    if width is not None:
        found = min(found, max(14, width // TOUCH_WIDTH_IN_TEXT_SIZES))
    return found


def touch_style_sheet(
    height: int, theme: Theme, text_size: int = 100, width: int | None = None
) -> str:
    """The input mode's sheet: large type and finger-sized buttons that grow with the screen
    and the text size, in ``theme``."""
    b = base_pixels(height, text_size, width)
    t = theme

    def px(factor: float) -> str:
        return f"{round(b * factor)}px"

    disabled = (
        f"color: {t.disabled_text}; background: {t.disabled_fill};"
        f" border-color: {t.disabled_border};"
    )
    # The keyboard's ring on a button filled with the accent, where the accent ring would vanish.
    focus_on_accent = t.selection_ring
    return f"""
QLabel {{ font-size: {px(1)}; color: {t.text}; }}
QLabel[role="{HEADING}"] {{ font-size: {px(1.6)}; font-weight: bold; }}
QLabel[role="{STATEMENT}"] {{ font-size: {px(1.55)}; }}
QLabel[role="{BIG}"] {{ font-size: {px(1.25)}; }}
QLabel[role="{HINT}"] {{ font-size: {px(1)}; color: {t.secondary_text}; }}
QLabel[role="{COUNT}"] {{ font-size: {px(4)}; font-weight: bold; }}
QPushButton {{
    font-size: {px(1.1)}; min-height: {px(2.8)}; padding: {px(0.3)} {px(1)};
    color: {t.text}; background: {t.page}; border: 2px solid {t.control_border};
    border-radius: 8px;
}}
QPushButton:focus {{ border: 3px solid {t.focus_ring}; }}
QPushButton:pressed {{ background: {t.accent_tint}; }}
QPushButton:checked {{
    color: {t.accent_ink}; background: {t.accent}; border-color: {t.accent_edge};
}}
QPushButton:disabled {{ {disabled} }}
QPushButton[role="{PRIMARY}"] {{
    color: {t.accent_ink}; background: {t.accent}; border-color: {t.accent_edge};
    font-weight: bold; padding: {px(0.4)} {px(1.6)};
}}
QPushButton[role="{PRIMARY}"]:disabled {{ {disabled} }}
QPushButton:checked:focus, QPushButton[role="{PRIMARY}"]:focus {{
    border: 4px solid {focus_on_accent};
}}
QPushButton[role="{SIGN}"] {{
    font-size: {px(1.9)}; font-weight: bold; min-width: {px(3.2)}; padding: 0px;
}}
QPushButton[role="{ANSWER}"] {{ min-height: {px(4.6)}; padding: {px(0.3)}; }}
QPushButton[role="{ANSWER}"] QLabel {{ font-size: {px(0.95)}; background: transparent; }}
QPushButton[role="{ANSWER}"] QLabel[role="{HEADING}"] {{ font-size: {px(1.9)}; }}
QPlainTextEdit {{
    font-size: {px(1.25)}; color: {t.text}; background: {t.page};
    border: 2px solid {t.control_border}; border-radius: 8px; padding: {px(0.3)};
    min-height: {px(6)}; max-height: {px(10)};
}}
QPlainTextEdit:focus {{ border: 3px solid {t.focus_ring}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: {px(1.1)}; }}
"""


def apply_touch_style(
    window: QWidget, height: int, theme: Theme, text_size: int = 100, width: int | None = None
) -> None:
    """The input mode's look on ``window``, for a screen ``height`` high (and ``width`` wide),
    in ``theme``, at ``text_size`` percent."""
    shown = window.palette()
    shown.setColor(QPalette.ColorRole.Window, QColor(theme.touch_background))
    window.setPalette(shown)
    window.setStyleSheet(touch_style_sheet(height, theme, text_size, width))


def apply_application_style(app: QApplication, theme: Theme) -> None:
    """Every widget with a look, and every one made later, in ``theme``."""
    restyle(app, theme)
