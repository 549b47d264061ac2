"""The keyboard in the workshop window: where focus goes, that it shows, and that it is seen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.workshop_view import WorkshopView
from tests.ui.conftest import settle

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, window_with_workshop, width: int = 1366, height: int = 768) -> WorkshopView:  # type: ignore[no-untyped-def]
    """The window as the app runs it (its style and focus handling), active, on a workshop."""
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window, contents = window_with_workshop
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.open_workshop(contents.workshop.id)
    settle()
    view = window.workshop_view
    assert isinstance(window, MainWindow) and view is not None
    return view


def _focused() -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def _tab(qtbot, backwards: bool = False) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.keyClick(_focused(), K.Key_Backtab if backwards else K.Key_Tab)
    settle()
    return _focused()


def _tab_to(qtbot, target: QWidget, limit: int = 80) -> None:  # type: ignore[no-untyped-def]
    for _ in range(limit):
        if _focused() is target:
            return
        _tab(qtbot)
    raise AssertionError(f"Tab never reached {target.objectName() or type(target).__name__}")


def test_ctrl_pgdown_and_pgup_put_the_keyboard_in_the_new_pages_first_field(
    qtbot,
    window_with_workshop,  # type: ignore[no-untyped-def]
) -> None:
    view = _open(qtbot, window_with_workshop)
    assert _focused() is view.ui.step_list  # an opened workshop starts in the step list
    qtbot.keyClick(_focused(), K.Key_PageDown, CTRL)
    qtbot.keyClick(_focused(), K.Key_PageDown, CTRL)
    settle()
    assert view.current_step is view.steps[2]
    page = view.current_page()
    assert page.isAncestorOf(_focused())
    assert _focused() is page.first_field()
    qtbot.keyClick(_focused(), K.Key_PageUp, CTRL)
    settle()
    assert view.current_step is view.steps[1]
    assert view.current_page().isAncestorOf(_focused())


def test_tab_goes_in_reading_order_and_never_stops_on_the_step_buttons(
    qtbot,
    window_with_workshop,  # type: ignore[no-untyped-def]
) -> None:
    view = _open(qtbot, window_with_workshop)
    page = view.current_page()
    first = _tab(qtbot)
    assert first is page.first_field()  # the step list is followed by its page
    assert _tab(qtbot, backwards=True) is view.ui.step_list
    # Around the whole window: header, the room's controls, steps, page, and back again.
    seen: list[QWidget] = []
    while (focused := _tab(qtbot)) is not view.ui.step_list:
        seen.append(focused)
        assert len(seen) < 200, "Tab never came back to the step list"
    assert view.ui.next_button not in seen and view.ui.previous_button not in seen
    header = view.timer_controls.ui.start_button
    room = view.room_controls
    at = {
        "page": seen.index(first),
        "header": seen.index(header),
        "input mode": seen.index(view.ui.input_mode_button),
        "room": next(i for i, w in enumerate(seen) if room.isAncestorOf(w)),
    }
    assert at["page"] < at["header"] < at["input mode"] < at["room"]


def _ring_around(view: QAbstractItemView) -> bool:
    """Whether the current cell is drawn with the focus ring's colour on its edge."""
    rect = view.visualRect(view.currentIndex())
    assert rect.isValid()
    image = view.viewport().grab().toImage()
    ring = QColor(palette.SELECTION_RING)
    edge = [QPoint(rect.center().x(), rect.top() + 1), QPoint(rect.left() + 1, rect.center().y())]
    return all(image.pixelColor(point) == ring for point in edge)


def test_the_participant_table_and_the_answers_show_where_the_keyboard_is(
    qtbot,
    window_with_workshop,  # type: ignore[no-untyped-def]
) -> None:
    view = _open(qtbot, window_with_workshop)
    table = view.current_page().ui.participant_table  # type: ignore[attr-defined]
    _tab_to(qtbot, table)
    assert table.currentIndex().isValid()
    assert _ring_around(table)

    view.go_to(WorkshopStep.RATING)
    settle()
    grid = view.current_page().answers.grid  # type: ignore[attr-defined]
    view.ui.step_list.setFocus()
    _tab_to(qtbot, grid)
    assert grid.currentIndex().isValid()
    assert _ring_around(grid)


def test_the_welcome_text_is_scrolled_with_the_keyboard(
    qtbot,
    window_with_workshop,  # type: ignore[no-untyped-def]
) -> None:
    view = _open(qtbot, window_with_workshop, 1366, 600)
    qtbot.keyClick(view.ui.step_list, K.Key_Down)  # the arrows choose a step in the list
    settle()
    assert view.current_step is WorkshopStep.WELCOME
    area = view.current_page().ui.scroll_area  # type: ignore[attr-defined]
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    assert _tab(qtbot) is area
    qtbot.keyClick(area, K.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(area, K.Key_Home, CTRL)
    qtbot.keyClick(area, K.Key_Down)
    assert bar.value() > 0


def test_a_field_reached_by_the_keyboard_is_scrolled_into_view(
    qtbot,
    window_with_workshop,  # type: ignore[no-untyped-def]
) -> None:
    view = _open(qtbot, window_with_workshop, 1366, 600)
    view.room.reveal(WorkshopStep.RESULTS)
    view.go_to(WorkshopStep.RESULTS)
    settle()
    page = view.current_page()
    area = page.ui.results_scroll  # type: ignore[attr-defined]
    combos = [section.score_combo for section in page.sections.values()]  # type: ignore[attr-defined]
    assert area.verticalScrollBar().maximum() > 0

    def seen(field: QWidget, area: QScrollArea = area) -> bool:
        top = field.mapTo(area.viewport(), QPoint(0, 0)).y()
        return top >= 0 and top + field.height() <= area.viewport().height()

    # Alt+1, Alt+2 … (Gruppens skattning) go to each dimension's combo box.
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    view.ui.step_list.setFocus()
    for number, combo in enumerate(combos, start=1):
        qtbot.keyClick(_focused(), K(K.Key_0 + number), Qt.KeyboardModifier.AltModifier)
        settle()
        assert _focused() is combo
        assert seen(combo)
    # Tab from the step list into a page scrolled away from its first field.
    view.go_to(WorkshopStep.PREPARATION)
    settle()
    preparation = view.current_page()
    scroll = preparation.ui.scroll_area  # type: ignore[attr-defined]
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    view.ui.step_list.setFocus()
    first = _tab(qtbot)
    assert first is preparation.first_field()
    assert seen(first, scroll)


def _form_in_scroll_area(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    area = QScrollArea()
    form = QWidget()
    layout = QVBoxLayout(form)
    fields = [QLineEdit(f"Fält {n}") for n in range(14)]
    for field in fields:
        layout.addWidget(field)
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.resize(300, 160)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow, timeout=2000)
    fields[0].setFocus()
    qtbot.waitUntil(fields[0].hasFocus)
    return area, fields


def test_a_field_clicked_is_not_scrolled_and_one_tabbed_to_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    area, fields = _form_in_scroll_area(qtbot)
    bar = area.verticalScrollBar()
    bar.setValue(0)
    # The lowest field that shows at least in part, cut off by the area's lower edge.
    viewport = area.viewport()
    cut = next(
        f for f in fields if f.mapTo(viewport, QPoint(0, 0)).y() + f.height() > viewport.height()
    )
    assert cut.mapTo(viewport, QPoint(0, 0)).y() < viewport.height()
    qtbot.mouseClick(cut, Qt.MouseButton.LeftButton, pos=QPoint(10, 3))
    settle()
    assert cut.hasFocus()
    assert bar.value() == 0  # a form never moves under the mouse
    below = fields[fields.index(cut) + 1]
    qtbot.keyClick(cut, K.Key_Tab)
    settle()
    assert below.hasFocus()
    top = below.mapTo(viewport, QPoint(0, 0)).y()
    assert bar.value() > 0 and top >= 0 and top + below.height() <= viewport.height()


def test_list_rows_have_room_for_the_ring_and_other_widgets_keep_fusions_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget, QPushButton, QStyleFactory

    from hallbar_desktop.ui.keyboard_focus import RING_ROOM, ItemViewStyle

    configure_application(QApplication.instance())  # type: ignore[arg-type]
    fusion = QStyleFactory.create("Fusion")
    lists = [QListWidget(), QListWidget()]
    button = QPushButton("Lägg till beroende")
    lists[1].setStyle(fusion)
    for widget in [*lists, button]:
        qtbot.addWidget(widget)
        widget.show()
    lists[0].addItems(["Förberedelser", "Välkommen"])
    lists[1].addItems(["Förberedelser", "Välkommen"])
    settle()
    assert isinstance(lists[0].style(), ItemViewStyle)  # given as it was polished
    assert lists[0].sizeHintForRow(0) == lists[1].sizeHintForRow(0) + 2 * RING_ROOM
    plain = QPushButton("Lägg till beroende")
    plain.setStyle(fusion)
    qtbot.addWidget(plain)
    assert not isinstance(button.style(), ItemViewStyle)
    assert button.sizeHint() == plain.sizeHint()


def test_a_default_button_with_the_keyboard_in_it_has_the_ring(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    from hallbar_desktop.ui.theme import current_theme

    configure_application(QApplication.instance())  # type: ignore[arg-type]
    form = QWidget()
    layout = QVBoxLayout(form)
    field, button = QLineEdit(), QPushButton("Lägg till beroende")
    button.setDefault(True)  # Fusion draws the default button as it draws the focused one
    layout.addWidget(field)
    layout.addWidget(button)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(field.hasFocus)
    settle()
    without = button.grab().toImage()
    qtbot.keyClick(field, K.Key_Tab)  # the keyboard moves to the button
    qtbot.waitUntil(button.hasFocus)
    settle()
    with_keys = button.grab().toImage()
    ring = QColor(current_theme().selection_ring)
    scale = with_keys.width() // button.width()
    middle_left = (3 * scale, with_keys.height() // 2)
    assert with_keys.pixelColor(*middle_left) == ring
    assert without.pixelColor(*middle_left) != ring


def test_a_field_the_program_focuses_after_clearing_the_focus_is_scrolled_to(qtbot) -> None:  # type: ignore[no-untyped-def]
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    area, fields = _form_in_scroll_area(qtbot)
    area.verticalScrollBar().setValue(0)
    # As Lägg till åtgärd does after Ctrl+Enter: the focus cleared, then the new field's.
    fields[0].clearFocus()
    fields[-1].setFocus(Qt.FocusReason.OtherFocusReason)
    settle()
    viewport = area.viewport()
    top = fields[-1].mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + fields[-1].height() <= viewport.height()


def test_focus_given_back_to_a_window_leaves_its_form_where_the_user_scrolled_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    configure_application(QApplication.instance())  # type: ignore[arg-type]
    area, fields = _form_in_scroll_area(qtbot)
    fields[-1].setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    bar = area.verticalScrollBar()
    assert bar.value() > 0
    bar.setValue(0)  # the user scrolls up with the wheel; the field keeps the focus
    other = QWidget()
    QVBoxLayout(other).addWidget(QLineEdit("Ett annat fönster"))
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=2000)
    assert not fields[-1].hasFocus()
    area.activateWindow()  # back: Qt gives the field its focus again
    qtbot.waitUntil(fields[-1].hasFocus, timeout=2000)
    settle()
    assert bar.value() == 0
