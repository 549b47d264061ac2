"""Edges of fields, boxes and buttons that show on a dark window, where Fusion's own do not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOption

if TYPE_CHECKING:
    from hallbar_desktop.domain.palette import Theme

# Fusion draws the edge of a field, a check box, a button, a frame or a scroll bar's handle in
# the window colour darkened by Fusion's factor (QFusionStylePrivate::outline), whatever the
# palette's Dark, Mid and Shadow say. On a dark window that is nearly the window itself, on black
# it is black: the check boxes of the high-contrast theme could not be seen at all. These parts
# are handed a palette whose window colour darkens to the theme's control edge; nothing else in
# them takes the window colour. The light theme keeps Fusion's own edges, pixel for pixel.
_FUSION_DARKER = 140

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
COMPLEX_CONTROLS = frozenset({_CC.CC_SpinBox, _CC.CC_ComboBox, _CC.CC_ScrollBar, _CC.CC_Slider})
# Not a tab's shape: Fusion fills the chosen tab with the window colour.
CONTROLS = frozenset({_CE.CE_HeaderSection})

_Group = QPalette.ColorGroup
# The window colour each group is handed, empty while Fusion's own edges are drawn.
_window_for_edges: dict[QPalette.ColorGroup, QColor] = {}
# The palettes handed out, by the cache key and colour group of the palette they were made from:
# the same one each time, so that Fusion's pixmap cache (keyed on the palette) keeps its pixmaps.
# The key leaves out the group a control is drawn in (disabled, inactive), which it shares.
_handed: dict[tuple[int, QPalette.ColorGroup], QPalette] = {}
_MOST_HANDED = 64


def show_edges_of(theme: Theme) -> None:
    """Draw the controls' edges in ``theme``'s control_border (disabled_border on a control that
    cannot be used) from now on, where the theme's window is dark; Fusion's own on a light one."""
    _handed.clear()
    _window_for_edges.clear()
    if not theme.is_dark:
        return
    enabled = window_drawing_edge(QColor(theme.control_border))
    _window_for_edges[_Group.Active] = enabled
    _window_for_edges[_Group.Inactive] = enabled
    _window_for_edges[_Group.Disabled] = window_drawing_edge(QColor(theme.disabled_border))


def window_drawing_edge(edge: QColor) -> QColor:
    """The window colour from which Fusion derives ``edge`` (as near as it can: white darkened
    is light grey, 10:1 on black)."""
    return edge.lighter(_FUSION_DARKER)


def with_visible_edges(option: QStyleOption) -> QStyleOption:
    """``option``, or a copy of it whose palette makes Fusion draw the theme's edges."""
    if not _window_for_edges:
        return option
    source = option.palette
    group = source.currentColorGroup()
    key = (source.cacheKey(), group)
    handed = _handed.get(key)
    if handed is None:
        if len(_handed) >= _MOST_HANDED:
            _handed.clear()
        handed = QPalette(source)
        for group, window in _window_for_edges.items():
            handed.setColor(group, QPalette.ColorRole.Window, window)
        _handed[key] = handed
        _handed[handed.cacheKey(), group] = handed  # Fusion hands the copy on to its parts
    copy = type(option)(option)
    copy.palette = handed
    return copy
