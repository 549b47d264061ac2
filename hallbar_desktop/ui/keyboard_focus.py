"""Where the keyboard is: a ring on the current cell, the focused field in view, window keys."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

from hallbar_desktop.ui import control_edges

# Room kept around the field, so its label and frame show too.
_MARGIN = 24
_TAB = Qt.FocusPolicy.TabFocus.value
RING_ROOM = 3  # pixels a list row grows by above and below, where its focus ring goes


class FocusRingStyle(QProxyStyle):
    """Fusion, except that the current cell of a focused table or list gets a ring that shows
    on a selected row as well as on a plain one (Fusion's own is a faint line in the selection
    colour, drawn only after a key press, and cannot be seen on a selected row); and that the
    edges of controls are drawn in the theme's control edge (control_edges). Tables and lists
    get ItemViewStyle, which gives the ring room in their rows.

    ``widget_hooks`` are called with each widget as it is polished, once before it is first
    shown: the place to give one kind of widget a behaviour (the wheel guard), where an
    event filter on the whole application saw every event of every widget."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.widget_hooks: list[Callable[[QWidget], None]] = []

    def polish(self, target: object) -> object:  # a QWidget, a QPalette or the application
        found = super().polish(target)  # type: ignore[call-overload]
        if isinstance(target, QWidget):
            for hook in self.widget_hooks:
                hook(target)
        return found

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect and _in_item_view(widget):
            draw_focus_ring(painter, option.rect)
            return
        if element in control_edges.PRIMITIVES:
            option = control_edges.with_visible_edges(option, element)
        super().drawPrimitive(element, option, painter, widget)
        # Fusion draws a focused push button exactly as the dialog's or page's default one
        # (Lägg till beroende), so the keyboard's place could not be seen there: a ring inside,
        # over the button's panel and under its text. (Drawn here rather than after the whole
        # button, in drawControl: overriding that made each control a Python call more.)
        if (
            element is QStyle.PrimitiveElement.PE_PanelButtonCommand
            and isinstance(widget, QPushButton)
            and option.state & QStyle.StateFlag.State_HasFocus
            and option.state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            draw_focus_ring(painter, option.rect.adjusted(2, 2, -2, -2))

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control in control_edges.COMPLEX_CONTROLS:
            option = control_edges.with_visible_edges(option)
        super().drawComplexControl(control, option, painter, widget)


class ItemViewStyle(FocusRingStyle):
    """The style of every table, list and header (set on each as the application's style
    polishes it): the application's, room above and below a row's text for the focus ring,
    and a header's sections drawn with the theme's control edge.

    Only item views have it: every other widget's size and parts asked the style's Python
    code too, some 400 and 130 times a step change, for the few that needed it."""

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        found = super().sizeFromContents(contents, option, size, widget)
        if contents is QStyle.ContentsType.CT_ItemViewItem:
            # Room above and below a list row's text for the ring, which otherwise ran
            # through the tops of the letters (the step list, the linked dependencies).
            return found.grownBy(QMargins(0, RING_ROOM, 0, RING_ROOM))
        return found

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in control_edges.CONTROLS:  # a header's sections
            option = control_edges.with_visible_edges(option)
        super().drawControl(element, option, painter, widget)


def draw_focus_ring(painter: QPainter, rect: QRect) -> None:
    """A dark ring with a light one inside it, like the chosen mark in the matrix: it shows
    on white, on the selection colour and on the answer colours."""
    # Here, not at the top: the theme brings the domain's enums, which the window shell
    # would otherwise wait for at every start.
    from hallbar_desktop.ui.theme import current_theme

    theme = current_theme()
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(theme.selection_ring), 2))
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.setPen(QPen(QColor(theme.page), 1))
    painter.drawRect(rect.adjusted(2, 2, -3, -3))
    painter.restore()


def _in_item_view(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return True
        widget = widget.parentWidget()
    return False


class FocusInView(QObject):
    """Made once for the application: a field that the keyboard moves to is scrolled into
    view in every scroll area around it (Qt does it only for Tab from inside the area).

    It follows the application's focusChanged signal, not every event through a filter on
    the application (a step change passed some 900 events, a page made 2 000, through Python
    for the few focus changes among them). The signal does not say why the focus moved, so:
    a mouse button held down means a click, left alone so that a form never scrolls under
    the mouse; focus that comes from another window (a dialog closed, a popup, another
    window chosen) or comes back when the window is activated again was given back by Qt,
    not moved by the user, and is left alone too. Tab, a shortcut or the program after a key
    (Ctrl+Enter, Ctrl+PgDown) scroll, also after the program cleared the focus first (Lägg
    till åtgärd does)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # The window of the last focused widget, weakly: a strong reference kept a closed
        # window of Python's (and what it holds) alive after its last use.
        self._window: weakref.ref[QWidget] | None = None
        self._given_back = False  # the window was deactivated: its focus comes back
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # ``old`` is not asked which window it was in: the window last seen here is kept
        # instead, since a widget being deleted may hand on its focus from its destructor.
        if new is None:
            # No window active any more (not a field's focus cleared by the program).
            self._given_back = QApplication.activeWindow() is None
            return
        window = new.window()
        before = None if self._window is None else self._window()
        moved_here = window is before and not self._given_back
        self._window, self._given_back = weakref.ref(window), False
        if moved_here and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            show_in_scroll_areas(new)


def show_in_scroll_areas(widget: QWidget) -> None:
    """Scroll each scroll area that holds ``widget`` so that it can be seen, innermost first."""
    area = widget.parentWidget()
    while area is not None:
        inside = area.widget() if isinstance(area, QScrollArea) else None
        if inside is not None and inside.isAncestorOf(widget):
            area.ensureWidgetVisible(widget, _MARGIN, _MARGIN)
        area = area.parentWidget()


def tab_stops(part: QWidget) -> list[QWidget]:
    """``part`` and the widgets inside it that Tab stops at, in their present order."""
    return tab_stops_of([part])


def focus_chain(start: QWidget) -> list[QWidget]:
    """The window's focus chain from ``start`` round to it."""
    chain = [start]
    widget = start.nextInFocusChain()
    while widget is not start:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def tab_stops_of(parts: Sequence[QWidget], chain: list[QWidget] | None = None) -> list[QWidget]:
    """The Tab stops of each part in turn, each part's as tab_stops(part) gives them, from one
    walk along the window's focus chain (a walk per part cost a step change 70 ms);
    ``chain`` is that walk from ``parts[0]``, when the caller made it already."""
    if chain is None:
        chain = focus_chain(parts[0])
    position = {id(w): i for i, w in enumerate(chain)}
    # The enum's plain value: combining Python enum flags per widget cost more than the walk.
    takers = [(i, w) for i, w in enumerate(chain) if w.focusPolicy().value & _TAB == _TAB]
    stops = []
    for part in parts:
        start = position.get(id(part))
        if start is None:  # not in this window's chain: its own walk
            stops += tab_stops_of([part])
            continue
        # From the part on along the chain, and round to the start, as Tab would go.
        in_order = [w for i, w in takers if i >= start] + [w for i, w in takers if i < start]
        stops += [w for w in in_order if w is part or part.isAncestorOf(w)]
    return stops


def first_field(part: QWidget) -> QWidget | None:
    """The first field in ``part`` that Tab would reach now; a scroll area around fields is
    a frame, not a field, unless there is nothing else."""
    reachable = [w for w in tab_stops(part) if w.isVisible() and w.isEnabled()]
    fields = [w for w in reachable if not isinstance(w, QScrollArea)]
    return (fields or reachable or [None])[0]


def skip_scroll_frames(part: QWidget) -> None:
    """Scroll areas around fields are no Tab stop of their own: focus there showed nowhere,
    and Tab to a field scrolls it into view anyway.

    The fields are looked for among the area's own widgets (each is in its window's focus
    chain), not by a walk along the whole chain for each area: that grew with every page the
    window had made, up to 7 ms of making a page."""
    for area in part.findChildren(QScrollArea):
        if any(
            w.focusPolicy().value & _TAB == _TAB and area.isAncestorOf(w)
            for w in area.findChildren(QWidget)
        ):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def frame_when_focused(area: QScrollArea) -> None:
    """A scroll area that is itself the Tab stop (a text to read, scrolled with PgDown and the
    arrows) shows a frame in the accent colour while the keyboard is in it."""
    from hallbar_desktop.ui.style_sheet import FOCUS_FRAME, set_look

    if not area.objectName():
        area.setObjectName("read_only_text")
    set_look(area, FOCUS_FRAME, "true")
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


# Keys a field really needs for its text; a window's action with one of these keys waits.
_EDITING_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


class WindowKeysInFields(QObject):
    """Made once for the application. A key that is the shortcut of one of the window's
    menu actions does that action also while the cursor is in a field. On X11 a field takes
    Ctrl+E as "end of line" (Emacs keys), so Ctrl+E never exported from a field, which is
    where a facilitator is after Tab. The editing keys stay the field's (Ctrl+Z is handled
    by the fields themselves, see committing_text_edit).

    Only the field with the focus, which alone gets keys, has this filter, moved along with
    the focus (see FocusInView for why not a filter on the whole application)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not isinstance(event, QKeyEvent)  # first: a class test costs less than type()
            or event.type() != QEvent.Type.ShortcutOverride
            or not isinstance(watched, QLineEdit | QPlainTextEdit | QTextEdit)
            or not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            or any(event.matches(key) for key in _EDITING_KEYS)
        ):
            return False
        pressed = QKeySequence(event.keyCombination())
        window = watched.window()
        if any(
            action.isEnabled() and pressed in action.shortcuts()
            for action in window.findChildren(QAction)
        ):
            event.ignore()  # not taken by the field: the window's shortcut gets the key
            return True
        return False


def _give_style(widget: QWidget, item_views: ItemViewStyle) -> None:
    """A table, list or header, or the button in a table's corner (a header's section too),
    gets the item views' style."""
    if (
        isinstance(widget, QAbstractItemView) or widget.inherits("QTableCornerButton")
    ) and widget.style() is not item_views:
        widget.setStyle(item_views)


def install_keyboard_focus(app: QApplication) -> FocusRingStyle:
    """The focus ring style (Fusion underneath), the scrolling to the focused field and the
    window's keys in fields; the style is returned, for its widget_hooks."""
    style = app.style()
    if not isinstance(style, FocusRingStyle):
        style = FocusRingStyle("Fusion")
        app.setStyle(style)
    if not any(isinstance(s, ItemViewStyle) for s in style.findChildren(QStyle)):
        item_views = ItemViewStyle("Fusion")
        item_views.setParent(style)  # kept as long as the application's style
        style.widget_hooks.append(lambda widget: _give_style(widget, item_views))
    if app.findChild(FocusInView) is None:  # configured again after a restore: once
        FocusInView(app)
    if app.findChild(WindowKeysInFields) is None:
        WindowKeysInFields(app)
    return style
