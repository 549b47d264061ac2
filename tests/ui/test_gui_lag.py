"""What keeps the window answering while a step is shown for the first time (issue 16)."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from hallbar_desktop.ui.application_setup import install_input_helpers


def _python_filters_reached(target: QWidget) -> list[str]:
    """The Python event filters an event sent to ``target`` calls, by their class."""
    entered: list[str] = []

    def note_calls(frame: FrameType, what: str, _arg: Any) -> None:
        if what == "call" and frame.f_code.co_name == "eventFilter":
            entered.append(frame.f_code.co_qualname)

    sys.setprofile(note_calls)
    try:
        QApplication.sendEvent(target, QEvent(QEvent.Type.User))
    finally:
        sys.setprofile(None)
    return entered


def test_events_pass_python_filters_only_at_the_focused_field_and_the_guarded_fields(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    app = QApplication.instance()
    install_input_helpers(app)  # type: ignore[arg-type]
    form = QWidget()
    layout = QVBoxLayout(form)
    label, field, other_field, combo = QLabel("Rubrik"), QLineEdit(), QLineEdit(), QComboBox()
    for widget in (label, field, other_field, combo):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    # Building a page sends thousands of events, a step change hundreds: a filter on the
    # whole application made each one a call into Python.
    assert _python_filters_reached(label) == []
    assert _python_filters_reached(other_field) == []
    assert _python_filters_reached(field) == ["WindowKeysInFields.eventFilter"]
    assert _python_filters_reached(combo) == ["WheelGuard.eventFilter"]
    other_field.setFocus()  # the window's keys move with the focus
    qtbot.waitUntil(other_field.hasFocus)
    assert _python_filters_reached(field) == []
    assert _python_filters_reached(other_field) == ["WindowKeysInFields.eventFilter"]


def test_the_next_steps_page_is_built_while_the_window_is_idle(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    from hallbar_desktop.ui import workshop_view

    window, contents = window_with_workshop
    window.show()
    qtbot.waitExposed(window)
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    following = view.steps[1]
    qtbot.waitUntil(lambda: following in view.pages, timeout=3000)
    built: list[object] = []
    create_page = workshop_view.create_page
    monkeypatch.setattr(
        workshop_view, "create_page", lambda step, w: built.append(step) or create_page(step, w)
    )
    view.next_step()
    # Shown, not built, when chosen: a page built then kept the window from answering.
    assert view.current_step is following and built == []
    assert view.current_page().isVisible()
    # Then the one after it, and no further; a step never shown is still "not started".
    qtbot.waitUntil(lambda: view.steps[2] in view.pages, timeout=3000)
    qtbot.wait(300)
    assert set(view.pages) == set(view.steps[:3])
    assert view.visited == {view.steps[0], following}


def test_the_matrix_measures_its_layout_once_for_a_size_and_its_marks(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from hallbar_desktop.domain.dependency import Influence, numbered_dependencies
    from hallbar_desktop.ui.charts.impact_matrix import ImpactMatrix

    matrix = ImpactMatrix()
    qtbot.addWidget(matrix)
    numbered = tuple(numbered_dependencies(demo.dependencies))
    matrix.set_dependencies(numbered)
    matrix.resize(600, 500)
    matrix.show()
    qtbot.waitExposed(matrix)
    smallest = matrix.minimumSizeHint()
    cell = matrix.cell_rect(5, Influence.CONTROL)
    measured: list[int] = []
    fonts = matrix._fonts
    matrix._fonts = lambda: measured.append(1) or fonts()  # type: ignore[method-assign]
    # A layout asks this dozens of times when a step is shown; each answer measured text.
    for _ in range(10):
        assert matrix.minimumSizeHint() == smallest
        assert matrix.cell_rect(5, Influence.CONTROL) == cell
    assert measured == []
    # Another size, or other marks, are measured anew.
    matrix.resize(800, 500)
    assert matrix.cell_rect(5, Influence.CONTROL).width() > cell.width()
    matrix.resize(600, 500)
    assert matrix.cell_rect(5, Influence.CONTROL) == cell
    unplaced = tuple(
        (number, replace(d, impact=None, title=f"Ett beroende med en lång titel {number}"))
        for number, d in numbered
    )
    matrix.set_dependencies(unplaced)
    assert matrix.minimumSizeHint().height() > smallest.height()  # their titles below


def test_a_page_built_ahead_gets_its_contents_right_after_its_widgets(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    from hallbar_desktop.ui import workshop_view

    # No building on its own after a step is shown, for the length of the test.
    monkeypatch.setattr(workshop_view, "BUILD_PAUSE_MS", 60_000)
    window, contents = window_with_workshop
    window.show()
    qtbot.waitExposed(window)
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    following = view.steps[1]
    view._build_one_more_page()  # the first half, as the idle window makes it
    assert following not in view.pages
    # The second half comes as soon as the events meanwhile are handled, not a step's pause
    # later: a facilitator who moved on quickly met a page still to be filled.
    qtbot.waitUntil(lambda: following in view.pages, timeout=5000)


def test_the_checklist_of_a_page_built_ahead_is_made_an_area_at_a_time_then_laid_out(  # type: ignore[no-untyped-def]
    qtbot, window_with_workshop, monkeypatch
) -> None:
    from hallbar_desktop.domain.choices import Area
    from hallbar_desktop.domain.prerequisites import PrerequisiteCheck
    from hallbar_desktop.domain.workflow import WorkshopStep
    from hallbar_desktop.ui import workshop_view
    from tests.ui.conftest import open_in_active_window

    # Each part only when the test asks for it.
    monkeypatch.setattr(workshop_view, "BUILD_PAUSE_MS", 60_000)
    monkeypatch.setattr(workshop_view, "HALF_PAUSE_MS", 60_000)
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    view = window.workshop_view
    for position, area in enumerate(Area, start=10):  # a line in every area
        check = PrerequisiteCheck(area=area, prompt=f"Punkt {position}", position=position)
        view.workshop.save_part(check, "Lägg till punkt")
    step = WorkshopStep.PREREQUISITES
    before = view.steps[view.steps.index(step) - 1]
    view.page(before)
    view.go_to(before)
    view._build_one_more_page()  # the page's widgets, without its checklist rows
    page = view._made[step]
    assert all(not group.rows for group in page.groups.values())
    areas_with_rows = []
    for _ in Area:
        view._build_one_more_page()
        areas_with_rows.append([a for a, g in page.groups.items() if g.rows])
    assert areas_with_rows == [list(Area)[:1], list(Area)[:2], list(Area)]
    assert step not in view.pages
    view._build_one_more_page()  # filled and placed in the stack
    assert view.pages[step] is page
    stack = view.ui.page_stack
    assert page.size() != stack.contentsRect().size()
    view._build_one_more_page()  # laid out at the size it will be shown at
    assert page.geometry() == stack.contentsRect()
    assert not page.isVisible()
    view.go_to(step)
    stored = view.workshop.contents.prerequisite_checks
    for area, group in page.groups.items():
        wanted = sorted((c for c in stored if c.area is area), key=lambda c: c.position)
        assert list(group.rows) == [c.id for c in wanted]
        assert [r.prompt_label.text() for r in group.rows.values()] == [c.prompt for c in wanted]
