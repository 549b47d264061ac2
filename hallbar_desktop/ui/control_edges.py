"""Edges of fields, boxes and buttons drawn in the theme's control edge, which Fusion's own miss."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOption

if TYPE_CHECKING:
    from hallbar_desktop.domain.palette import Theme

# Fusion draws the edge of a field, a check box, a button, a frame or a scroll bar's handle in
# the window colour darkened by Fusion's factor (QFusionStylePrivate::outline), whatever the
# palette's Dark, Mid and Shadow say. On a dark window that is nearly the window itself, on black
# it is black: the check boxes of the high-contrast theme could not be seen at all; on the light
# window it is #ABABAB, about 2:1, short of the 3:1 WCAG 2.1 1.4.11 asks of a field's edge. These
# parts are handed a palette whose window colour darkens to the theme's control edge; nothing else
# in them takes the window colour.
_FUSION_DARKER = 140
# A check box's or radio button's edge Fusion draws that much lighter again (outline.lighter(110)):
# on a light window it is handed an edge as much darker, so that the box meets 3:1 too.
_FUSION_INDICATOR_LIGHTER = 110

_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl
_CE = QStyle.ControlElement
PRIMITIVES = frozenset(
    {
        _PE.PE_FrameLineEdit,
        _PE.PE_PanelLineEdit,
        _PE.PE_Frame,
        _PE.PE_FrameTabWidget,
        _PE.PE_IndicatorCheckBox,
        _PE.PE_IndicatorRadioButton,
        _PE.PE_PanelButtonCommand,
        _PE.PE_PanelButtonTool,
    }
)
INDICATORS = frozenset({_PE.PE_IndicatorCheckBox, _PE.PE_IndicatorRadioButton})
COMPLEX_CONTROLS = frozenset({_CC.CC_SpinBox, _CC.CC_ComboBox, _CC.CC_ScrollBar, _CC.CC_Slider})
# Not a tab's shape: Fusion fills the chosen tab with the window colour.
CONTROLS = frozenset({_CE.CE_HeaderSection})

_Group = QPalette.ColorGroup
# The window colour each group is handed, empty while Fusion's own edges are drawn; and the one
# a check box's or radio button's indicator is handed.
_window_for_edges: dict[QPalette.ColorGroup, QColor] = {}
_window_for_indicators: dict[QPalette.ColorGroup, QColor] = {}
# The palettes handed out, by the cache key and colour group of the palette they were made from
# and whether for an indicator: the same one each time, so that Fusion's pixmap cache (keyed on
# the palette) keeps its pixmaps. The key leaves out the group a control is drawn in (disabled,
# inactive), which it shares.
_handed: dict[tuple[int, QPalette.ColorGroup, bool], QPalette] = {}
_MOST_HANDED = 64


def show_edges_of(theme: Theme) -> None:
    """Draw the controls' edges in ``theme``'s control_border (disabled_border on a control that
    cannot be used) from now on."""
    _handed.clear()
    for found, lighter in (
        (_window_for_edges, 100),
        # Lighter is less contrast only on a light window; on a dark one it is more.
        (_window_for_indicators, 100 if theme.is_dark else _FUSION_INDICATOR_LIGHTER),
    ):
        enabled = window_drawing_edge(QColor(theme.control_border).darker(lighter))
        found[_Group.Active] = enabled
        found[_Group.Inactive] = enabled
        found[_Group.Disabled] = window_drawing_edge(QColor(theme.disabled_border).darker(lighter))


def window_drawing_edge(edge: QColor) -> QColor:
    """The window colour from which Fusion derives ``edge`` (as near as it can: white darkened
    is light grey, 10:1 on black)."""
    return edge.lighter(_FUSION_DARKER)


def with_visible_edges(
    option: QStyleOption, element: QStyle.PrimitiveElement | None = None
) -> QStyleOption:
    """``option``, or a copy of it whose palette makes Fusion draw the theme's edges (for the
    primitive ``element``, if one is drawn)."""
    if not _window_for_edges:
        return option
    indicator = element in INDICATORS
    windows = _window_for_indicators if indicator else _window_for_edges
    source = option.palette
    group = source.currentColorGroup()
    key = (source.cacheKey(), group, indicator)
    handed = _handed.get(key)
    if handed is None:
        if len(_handed) >= _MOST_HANDED:
            _handed.clear()
        handed = QPalette(source)
        for each_group, window in windows.items():
            handed.setColor(each_group, QPalette.ColorRole.Window, window)
        _handed[key] = handed
        # Fusion hands the copy on to its parts.
        _handed[handed.cacheKey(), group, indicator] = handed
    copy = type(option)(option)
    copy.palette = handed
    return copy
