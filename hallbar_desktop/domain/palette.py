"""The program's one set of colours, for the screen, the projector, the workbook and the PDF."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.dependency import DependencyCategory, Quadrant

# Every colour is "#RRGGBB". The coloured fills are Okabe & Ito's colours (told apart with the
# common kinds of colour blindness) or deeper shades of them; a word or symbol always goes with
# them, so colour is never the only signal.


@dataclass(frozen=True, slots=True)
class Swatch:
    """A fill and the text colour that reads on it with a contrast of at least 4.5:1."""

    fill: str
    ink: str


# --- text ---------------------------------------------------------------------------------

TEXT = "#1A1A1A"  # body text on a light background: 17:1 on white
SECONDARY_TEXT = "#505050"  # hints, notes and axis labels: 8:1 on white
PROBLEM_TEXT = "#B34700"  # what is missing or late, dark orange: 5.5:1 on white
DONE_TEXT = "#00694D"  # "klart" and ✓, dark green: 6.7:1 on white
TEXT_ON_COLOUR = "#000000"  # on the light fills: traffic lights, answers, dependency types
TEXT_ON_DARK = "#FFFFFF"  # on the dark fills: the accent, the ends of the answer scale

# --- surfaces -----------------------------------------------------------------------------

PAGE = "#FFFFFF"  # pages, charts, the projector and the buttons on them
BLANK_SCREEN = "#000000"  # the projector when the facilitator blanks it
TOUCH_BACKGROUND = "#F7F7F4"  # the input mode, a little warmer than paper
CONTROL_BORDER = "#8A8A8A"  # edges of large buttons, fields and key caps: 3.4:1 on white
DISABLED_FILL = "#E6E6E3"
DISABLED_TEXT = "#5E5E5E"
DISABLED_BORDER = "#C4C4C0"

# The one accent: the primary action, a chosen answer, keyboard focus, where a drag lands.
ACCENT = "#0072B2"
ACCENT_EDGE = "#00466E"  # the edge of a button filled with the accent
ACCENT_TINT = "#E6F1F8"  # a notice or a drop target: the accent lightened for a background

# Participants' notes look like paper notes, the same on both screens.
NOTE_CARD = "#FFF4C2"
NOTE_CARD_EDGE = "#D9C77A"
NOTE_CARD_DROP_TARGET = "#FFE680"

# Light tints behind dark text in the actions table; the words say it too.
OVERDUE_ROW = "#F9D9C4"
MISSING_ROW = "#FCEBC7"

# --- judgements: traffic lights and the answer scale --------------------------------------

_RED = Swatch("#D55E00", TEXT_ON_COLOUR)  # Okabe–Ito vermillion
_YELLOW = Swatch("#F0E442", TEXT_ON_COLOUR)  # Okabe–Ito yellow
_GREEN = Swatch("#009E73", TEXT_ON_COLOUR)  # Okabe–Ito bluish green

TRAFFIC_LIGHT: Mapping[TrafficLight, Swatch] = MappingProxyType(
    {TrafficLight.RED: _RED, TrafficLight.YELLOW: _YELLOW, TrafficLight.GREEN: _GREEN}
)
NOT_RATED = Swatch("#BBBBBB", TEXT_ON_COLOUR)  # a traffic light "Inte bedömd"

# An answer has the colour of the traffic light that a median of that answer gets (red at most
# 2, green at least 4: domain.readiness), so Gul and 3 are one yellow on every screen and page.
# The two ends are deeper shades of the same red and green.
ANSWER: Mapping[int, Swatch] = MappingProxyType(
    {
        1: Swatch("#8C2D04", TEXT_ON_DARK),
        2: _RED,
        3: _YELLOW,
        4: _GREEN,
        5: Swatch(DONE_TEXT, TEXT_ON_DARK),
    }
)
DONT_KNOW = NOT_RATED  # "Vet ej": neither end of the scale, the grey of no judgement

TIME_UP = _RED  # "Tiden är slut" on the timers

# --- dependencies and actions -------------------------------------------------------------

# Not the judgement colours: a type of dependency is neither good nor bad. The matrix on screen
# gives each type a shape too.
DEPENDENCY_CATEGORY: Mapping[DependencyCategory, Swatch] = MappingProxyType(
    {
        DependencyCategory.DECISION: Swatch(ACCENT, TEXT_ON_DARK),
        DependencyCategory.PERSON: Swatch("#CC79A7", TEXT_ON_COLOUR),
        DependencyCategory.ENDURANCE: Swatch("#E69F00", TEXT_ON_COLOUR),
        DependencyCategory.OTHER: Swatch("#56B4E9", TEXT_ON_COLOUR),
    }
)
# Light tints of the judgement colours behind the matrix cells: dark text and marks read on them.
QUADRANT: Mapping[Quadrant, str] = MappingProxyType(
    {
        Quadrant.ACT_NOW: "#FBE3D6",
        Quadrant.ESCALATE: "#FFF0D1",
        Quadrant.HANDLE_ONGOING: "#DDF1EA",
        Quadrant.MONITOR: "#ECECEC",
    }
)
MATRIX_GRID = "#9A9A9A"  # dotted lines between the matrix cells, on the tints
MARK_OUTLINE = "#222222"  # the edge of a dependency mark or a coloured dot
SELECTION_RING = "#000000"  # around the chosen mark, with a ring of PAGE inside it
# A QR code is dark on light with a light quiet zone round it in every theme: many phone
# cameras read neither inverted codes nor codes without the margin.
QR_DARK = "#000000"
QR_LIGHT = "#FFFFFF"
CHART_GRID = "#C8C8C8"  # lines of the scale behind the readiness bars
DOT_VOTES = ACCENT  # the dots themselves, not a judgement

ACTION_STATUS: Mapping[ActionStatus, str] = MappingProxyType(
    {
        ActionStatus.NOT_STARTED: NOT_RATED.fill,
        ActionStatus.IN_PROGRESS: "#56B4E9",
        ActionStatus.DONE: _GREEN.fill,
        ActionStatus.PAUSED: "#999999",
        ActionStatus.CANCELLED: "#777777",
    }
)
OVERDUE = _RED.fill  # an open action past its due date

# One line per organisation in the coordinator's readiness chart: Okabe–Ito's colours, in an
# order that keeps neighbours apart; each organisation also gets a shape and its name in the
# legend. The yellow, faint on white, gets a MARK_OUTLINE edge like every dot.
ORGANISATION_SERIES: tuple[str, ...] = (
    ACCENT,
    _RED.fill,
    _GREEN.fill,
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    _YELLOW.fill,
)

# --- the PDF report -----------------------------------------------------------------------

REPORT_HEADING = "#1F3A5F"  # headings, the table header band and the readiness bars
REPORT_RULE = "#C9D1DB"  # lines between table rows and the scale's lines in charts
REPORT_STRIPE = "#F2F4F7"  # every other table row and the key figure boxes
SPREAD = "#E69F00"  # the lowest-to-highest whisker on the dark readiness bars


def hex_digits(colour: str) -> str:
    """The colour as openpyxl takes it: "RRGGBB", without the "#"."""
    return colour.removeprefix("#")


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    digits = hex_digits(colour)
    red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 to 21."""
    darker, lighter = sorted((_luminance(first), _luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def text_on(fill: str) -> str:
    """TEXT_ON_COLOUR or TEXT_ON_DARK, whichever contrasts more with ``fill``."""
    if contrast_ratio(fill, TEXT_ON_DARK) > contrast_ratio(fill, TEXT_ON_COLOUR):
        return TEXT_ON_DARK
    return TEXT_ON_COLOUR


# --- themes: the same roles for the light, dark and high-contrast screen --------------------

# The names above are the light theme's, which the workbook and the PDF always print. A theme
# gathers every role the screen uses, so a window can be drawn in any of them; each pair of
# text and background in a theme reads at 4.5:1 or more (tests/test_themes.py).


@dataclass(frozen=True, slots=True)
class Theme:
    """Every colour the screen uses, by what it is for."""

    code: str  # "light", "dark" or "high_contrast": how the setting stores it
    # Qt's surfaces: the window behind the pages, fields and lists, buttons.
    window: str
    base: str
    alternate_base: str
    button: str
    page: str
    text: str
    secondary_text: str
    problem_text: str
    done_text: str
    link: str
    selection: str
    selection_text: str
    focus_ring: str
    touch_background: str
    blank_screen: str
    control_border: str
    disabled_fill: str
    disabled_text: str
    disabled_border: str
    # Text of a control that cannot be used now (WCAG asks no contrast of it; it should look off).
    inactive_text: str
    tool_tip: str
    accent: str
    accent_ink: str  # text on a button filled with the accent
    accent_edge: str
    accent_tint: str
    note_card: str
    note_card_ink: str
    note_card_edge: str
    note_card_drop_target: str
    overdue_row: str
    missing_row: str
    traffic_light: Mapping[TrafficLight, Swatch]
    not_rated: Swatch
    answer: Mapping[int, Swatch]
    dont_know: Swatch
    time_up: Swatch
    dependency_category: Mapping[DependencyCategory, Swatch]
    quadrant: Mapping[Quadrant, str]
    matrix_grid: str
    mark_outline: str
    selection_ring: str
    chart_grid: str
    dot_votes: str
    action_status: Mapping[ActionStatus, str]
    overdue: str
    organisation_series: tuple[str, ...]

    @property
    def is_dark(self) -> bool:
        return _luminance(self.window) < 0.2


LIGHT = Theme(
    code="light",
    # Fusion's own light surfaces, so the light theme looks as the program always has.
    window="#EFEFEF",
    base=PAGE,
    alternate_base="#F7F7F7",
    button="#EFEFEF",
    page=PAGE,
    text=TEXT,
    secondary_text=SECONDARY_TEXT,
    problem_text=PROBLEM_TEXT,
    done_text=DONE_TEXT,
    link=ACCENT_EDGE,
    # The accent rather than Fusion's lighter blue, on which white text reads at only 3.6:1.
    selection=ACCENT,
    selection_text=TEXT_ON_DARK,
    focus_ring=ACCENT,
    touch_background=TOUCH_BACKGROUND,
    blank_screen=BLANK_SCREEN,
    control_border=CONTROL_BORDER,
    disabled_fill=DISABLED_FILL,
    disabled_text=DISABLED_TEXT,
    disabled_border=DISABLED_BORDER,
    inactive_text="#BEBEBE",
    tool_tip="#FFFFDC",
    accent=ACCENT,
    accent_ink=TEXT_ON_DARK,
    accent_edge=ACCENT_EDGE,
    accent_tint=ACCENT_TINT,
    note_card=NOTE_CARD,
    note_card_ink=TEXT,
    note_card_edge=NOTE_CARD_EDGE,
    note_card_drop_target=NOTE_CARD_DROP_TARGET,
    overdue_row=OVERDUE_ROW,
    missing_row=MISSING_ROW,
    traffic_light=TRAFFIC_LIGHT,
    not_rated=NOT_RATED,
    answer=ANSWER,
    dont_know=DONT_KNOW,
    time_up=TIME_UP,
    dependency_category=DEPENDENCY_CATEGORY,
    quadrant=QUADRANT,
    matrix_grid=MATRIX_GRID,
    mark_outline=MARK_OUTLINE,
    selection_ring=SELECTION_RING,
    chart_grid=CHART_GRID,
    dot_votes=DOT_VOTES,
    action_status=ACTION_STATUS,
    overdue=OVERDUE,
    organisation_series=ORGANISATION_SERIES,
)

# Dark: light text on near-black greys. The judgement and type fills keep their colours (each
# carries its own ink); what is drawn on the page itself becomes light.
_DARK_TEXT = "#EDEDED"
_DARK_ACCENT = "#56B4E9"  # Okabe–Ito sky blue: reads on the dark page, takes dark text
DARK = Theme(
    code="dark",
    window="#2B2B2B",
    base="#1E1E1E",
    alternate_base="#262626",
    button="#3A3A3A",
    page="#1E1E1E",
    text=_DARK_TEXT,
    secondary_text="#B8B8B8",
    problem_text="#FFA06A",
    done_text="#4FD1A5",
    link="#8CCBF2",
    selection="#1F5F8F",
    selection_text="#FFFFFF",
    focus_ring="#8CCBF2",
    touch_background="#242422",
    blank_screen=BLANK_SCREEN,
    control_border="#8A8A8A",
    disabled_fill="#333333",
    disabled_text="#9A9A9A",
    disabled_border="#555555",
    inactive_text="#828282",
    tool_tip="#3A3A3A",
    accent=_DARK_ACCENT,
    accent_ink=TEXT_ON_COLOUR,
    accent_edge="#A8D8F5",
    accent_tint="#13344C",
    # Paper notes stay paper: the same yellow card with dark writing as on the light screen.
    note_card=NOTE_CARD,
    note_card_ink=TEXT,
    note_card_edge=NOTE_CARD_EDGE,
    note_card_drop_target=NOTE_CARD_DROP_TARGET,
    overdue_row="#5C2A0E",
    missing_row="#4A3A0C",
    traffic_light=TRAFFIC_LIGHT,
    not_rated=NOT_RATED,
    answer=ANSWER,
    dont_know=DONT_KNOW,
    time_up=TIME_UP,
    dependency_category=DEPENDENCY_CATEGORY,
    quadrant=MappingProxyType(
        {
            Quadrant.ACT_NOW: "#4A2817",
            Quadrant.ESCALATE: "#45380F",
            Quadrant.HANDLE_ONGOING: "#173D31",
            Quadrant.MONITOR: "#333333",
        }
    ),
    matrix_grid="#7A7A7A",
    mark_outline="#F0F0F0",
    selection_ring="#FFFFFF",
    chart_grid="#555555",
    dot_votes=_DARK_ACCENT,
    action_status=ACTION_STATUS,
    overdue=OVERDUE,
    organisation_series=(*ORGANISATION_SERIES[:6], "#FFFFFF", ORGANISATION_SERIES[7]),
)

# High contrast: white on black, yellow for what is chosen or has the keyboard, white edges on
# every control (as Windows' and GNOME's high-contrast themes do).
_HC_TEXT = "#FFFFFF"
_HC_YELLOW = "#FFFF00"
HIGH_CONTRAST = Theme(
    code="high_contrast",
    window="#000000",
    base="#000000",
    alternate_base="#141414",
    button="#000000",
    page="#000000",
    text=_HC_TEXT,
    secondary_text="#E6E6E6",
    problem_text="#FFB380",
    done_text="#66F0B8",
    link=_HC_YELLOW,
    selection=_HC_YELLOW,
    selection_text="#000000",
    focus_ring=_HC_YELLOW,
    touch_background="#000000",
    blank_screen=BLANK_SCREEN,
    control_border=_HC_TEXT,
    disabled_fill="#000000",
    disabled_text="#B0B0B0",
    disabled_border="#B0B0B0",
    inactive_text="#A0A0A0",
    tool_tip="#000000",
    accent=_HC_YELLOW,
    accent_ink="#000000",
    accent_edge=_HC_TEXT,
    accent_tint="#00304A",
    note_card=NOTE_CARD,
    note_card_ink="#000000",
    note_card_edge=_HC_TEXT,
    note_card_drop_target=_HC_YELLOW,
    overdue_row="#4D1F00",
    missing_row="#3D3000",
    traffic_light=TRAFFIC_LIGHT,
    not_rated=NOT_RATED,
    answer=ANSWER,
    dont_know=DONT_KNOW,
    time_up=TIME_UP,
    dependency_category=DEPENDENCY_CATEGORY,
    quadrant=MappingProxyType(
        {
            Quadrant.ACT_NOW: "#3A1500",
            Quadrant.ESCALATE: "#332600",
            Quadrant.HANDLE_ONGOING: "#00261B",
            Quadrant.MONITOR: "#1A1A1A",
        }
    ),
    matrix_grid="#BBBBBB",
    mark_outline=_HC_TEXT,
    selection_ring=_HC_YELLOW,
    chart_grid="#8A8A8A",
    dot_votes=_HC_YELLOW,
    action_status=ACTION_STATUS,
    overdue=OVERDUE,
    organisation_series=(*ORGANISATION_SERIES[:6], _HC_TEXT, ORGANISATION_SERIES[7]),
)

THEMES: Mapping[str, Theme] = MappingProxyType(
    {theme.code: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}
)


def theme_named(code: str) -> Theme:
    """The theme stored as ``code``; the light one for an unknown code."""
    return THEMES.get(code, LIGHT)
