"""A step change costs one walk along the window's focus chain, not one per part of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.keyboard_focus import tab_stops, tab_stops_of
from tests.ui.conftest import settle


def _view_with_every_page(qtbot, window_with_workshop):  # type: ignore[no-untyped-def]
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window, contents = window_with_workshop
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    for step in view.steps:
        view.go_to(step)
    settle()
    return window, view


def test_the_tab_stops_of_all_parts_are_each_parts_own_in_turn(qtbot, window_with_workshop) -> None:  # type: ignore[no-untyped-def]
    _window, view = _view_with_every_page(qtbot, window_with_workshop)
    parts = [view.ui.step_list, *view.pages.values(), view.ui.guidance_browser]
    assert tab_stops_of(parts) == [stop for part in parts for stop in tab_stops(part)]


def test_changing_the_step_walks_the_focus_chain_once(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    window, view = _view_with_every_page(qtbot, window_with_workshop)
    widgets = len(window.findChildren(QWidget)) + 1
    walked = 0
    next_in_chain = QWidget.nextInFocusChain

    def counted(widget: QWidget) -> QWidget:
        nonlocal walked
        walked += 1
        return next_in_chain(widget)

    monkeypatch.setattr(QWidget, "nextInFocusChain", counted)
    view.go_to(view.steps[1])
    # One walk is one call per widget; a walk for each of the 15 parts was 15 times that.
    assert walked <= 2 * widgets


def _view_before_results(qtbot, window_with_workshop):  # type: ignore[no-untyped-def]
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window, contents = window_with_workshop
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    view.go_to(view.steps[view.steps.index(WorkshopStep.RESULTS) - 1])
    return view


def test_a_page_filled_ahead_is_not_filled_again_when_shown(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    view = _view_before_results(qtbot, window_with_workshop)
    page = view.page(WorkshopStep.RESULTS)  # as the window builds the next page while idle
    fills: list[str] = []
    monkeypatch.setattr(page, "refresh", lambda: fills.append("filled"))
    view.go_to(WorkshopStep.RESULTS)
    assert view.current_page() is page
    assert fills == []


def test_a_page_filled_ahead_is_filled_again_after_a_change(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    view = _view_before_results(qtbot, window_with_workshop)
    page = view.page(WorkshopStep.RESULTS)
    fills: list[str] = []
    monkeypatch.setattr(page, "refresh", lambda: fills.append("filled"))
    view.workshop.changed.emit()  # an edit on the page in view
    assert fills == []  # the page out of view waits until it is shown
    view.go_to(WorkshopStep.RESULTS)
    assert fills == ["filled"]


def test_a_scroll_area_around_fields_is_no_tab_stop_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QScrollArea, QVBoxLayout

    from hallbar_desktop.ui.keyboard_focus import skip_scroll_frames

    part = QWidget()
    qtbot.addWidget(part)
    layout = QVBoxLayout(part)
    areas = []
    for inside in ("field", "text", "dialog"):
        area = QScrollArea()
        content = QWidget()
        if inside == "field":
            QLineEdit(content)
        elif inside == "text":
            QLabel("Bara text att läsa", content)
        else:
            QLineEdit(QDialog(content))  # a window of its own: its field is not the area's
        area.setWidget(content)
        layout.addWidget(area)
        areas.append(area)
    skip_scroll_frames(part)
    assert [a.focusPolicy() for a in areas] == [
        Qt.FocusPolicy.NoFocus,
        Qt.FocusPolicy.StrongFocus,
        Qt.FocusPolicy.StrongFocus,
    ]


def test_every_pages_scroll_frames_are_the_ones_tab_passes_over(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop
) -> None:
    from PySide6.QtWidgets import QScrollArea

    from hallbar_desktop.ui.keyboard_focus import skip_scroll_frames
    from hallbar_desktop.ui.pages.page_registry import create_page

    _window, view = _view_with_every_page(qtbot, window_with_workshop)
    for step in view.steps:
        # Two copies of the page in the window: one as skip_scroll_frames leaves it, one by
        # the rule itself, each area judged by the Tab stops the window's chain gives it.
        pages = [create_page(step, view.workshop) for _ in range(2)]
        for page in pages:
            page.setParent(view.ui.page_stack)
        skip_scroll_frames(pages[0])
        for area in pages[1].findChildren(QScrollArea):
            if any(stop is not area for stop in tab_stops(area)):
                area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policies = [[a.focusPolicy() for a in p.findChildren(QScrollArea)] for p in pages]
        assert policies[0] == policies[1], step
        for page in pages:
            page.deleteLater()


def test_the_tab_order_is_set_again_only_when_the_focus_chain_changed(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    from PySide6.QtWidgets import QLineEdit

    _window, view = _view_with_every_page(qtbot, window_with_workshop)
    orders = []
    set_order = QWidget.setTabOrder
    monkeypatch.setattr(
        QWidget, "setTabOrder", lambda a, b: orders.append((a, b)) or set_order(a, b)
    )
    view.go_to(view.steps[2])
    view.go_to(view.steps[3])
    assert orders == []  # nothing changed since the last time: the order stands

    # A field a page adds changes the window's chain: the next step change orders it again.
    page = view.page(view.steps[3])
    added = QLineEdit(page)
    added.setObjectName("added_field")
    view.go_to(view.steps[2])
    assert orders and added in tab_stops(page)
    orders.clear()
    view.go_to(view.steps[3])
    assert orders == []


def test_answers_read_from_the_phones_leave_the_pages_that_do_not_show_them_as_they_are(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    import dataclasses

    _window, view = _view_with_every_page(qtbot, window_with_workshop)
    view.go_to(WorkshopStep.RATING)
    fills: dict[WorkshopStep, int] = {}
    for step in (WorkshopStep.DEPENDENCIES, WorkshopStep.ACTIONS, WorkshopStep.RESULTS):
        page = view.page(step)
        monkeypatch.setattr(page, "refresh", lambda step=step: fills.update({step: 1}))
    workshop = view.workshop
    contents = workshop.contents
    # As the phones' answers come: the same workshop read again, one answer changed.
    first = contents.ratings[0]
    answered = dataclasses.replace(
        contents, ratings=(dataclasses.replace(first, value=None), *contents.ratings[1:])
    )
    workshop.show_read(answered)
    assert workshop.changed_parts == {"ratings"}
    for step in (WorkshopStep.DEPENDENCIES, WorkshopStep.ACTIONS, WorkshopStep.RESULTS):
        view.go_to(step)
    assert fills == {WorkshopStep.RESULTS: 1}  # the results show the answers; the others not

    # A note from a phone is shown on Beroenden's and Åtgärder's pages: both are filled again.
    fills.clear()
    view.go_to(WorkshopStep.RATING)
    workshop.show_read(dataclasses.replace(answered, notes=answered.notes[1:]))
    assert workshop.changed_parts == {"notes"}
    for step in (WorkshopStep.DEPENDENCIES, WorkshopStep.ACTIONS):
        view.go_to(step)
    assert fills == {WorkshopStep.DEPENDENCIES: 1, WorkshopStep.ACTIONS: 1}
    # An edit made here may touch anything: every page out of view is filled again.
    workshop.refresh()
    assert workshop.changed_parts is None
