"""The workshop window suggests Pågår and Genomförd as the day moves on; the facilitator decides."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Workshop, WorkshopStatus
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_view import WorkshopView
from tests.conftest import TODAY

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, workshop: OpenWorkshop, settings: UiSettings) -> WorkshopView:  # type: ignore[no-untyped-def]
    view = WorkshopView(workshop, settings)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def _stored_status(workshop: OpenWorkshop) -> WorkshopStatus:
    return workshop.service.contents(workshop.workshop_id).workshop.status


def _dated(workshop: OpenWorkshop, days_from_today: int) -> None:
    w = workshop.contents.workshop
    held_on = TODAY + timedelta(days=days_from_today)
    workshop.update_workshop(dataclasses.replace(w, held_on=held_on), "Ändra datum")


def test_the_first_working_step_suggests_pagar_and_accepting_is_stored_and_undoable(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    view = _window(qtbot, empty_workshop, ui_settings)
    bar = view.status_suggestion
    # Preparing, and the welcome a facilitator reads through beforehand, suggest nothing.
    view.go_to(WorkshopStep.WELCOME)
    assert not bar.isVisible()
    view.go_to(WorkshopStep.CURRENT_AND_TARGET)
    assert bar.isVisible()
    assert bar.ui.accept_button.text() == "Markera som pågående"
    assert "Planerad" in bar.ui.message_label.text()

    qtbot.mouseClick(bar.ui.accept_button, LEFT)
    assert _stored_status(empty_workshop) is WorkshopStatus.IN_PROGRESS
    assert not bar.isVisible()
    assert empty_workshop.undo_stack.undoText() == "Markera som pågående"
    empty_workshop.undo_stack.undo()
    assert _stored_status(empty_workshop) is WorkshopStatus.PLANNED


def test_starting_the_input_mode_suggests_pagar(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    view = _window(qtbot, empty_workshop, ui_settings)
    view.go_to(WorkshopStep.WELCOME)
    turns = view.input_mode.start(InputRound(InputActivity.RATING))
    qtbot.addWidget(turns, before_close_func=lambda w: w.isVisible() and w.leave())
    turns.leave()
    assert view.status_suggestion.isVisible()
    assert view.status_suggestion.suggested is WorkshopStatus.IN_PROGRESS


def test_the_summary_suggests_genomford(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    w = empty_workshop.contents.workshop
    empty_workshop.update_workshop(
        dataclasses.replace(w, status=WorkshopStatus.IN_PROGRESS), "Status"
    )
    view = _window(qtbot, empty_workshop, ui_settings)
    bar = view.status_suggestion
    view.go_to(WorkshopStep.ACTIONS)
    assert not bar.isVisible()
    view.go_to(WorkshopStep.SUMMARY)
    assert bar.isVisible()
    assert bar.ui.accept_button.text() == "Markera som genomförd"
    qtbot.mouseClick(bar.ui.accept_button, LEFT)
    assert _stored_status(empty_workshop) is WorkshopStatus.HELD
    assert not bar.isVisible()
    assert empty_workshop.undo_stack.undoText() == "Markera som genomförd"


def test_accepting_says_so_in_the_status_bar(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    view = WorkshopView(empty_workshop, ui_settings)
    main.setCentralWidget(view)
    main.show()
    view.go_to(WorkshopStep.RATING)
    qtbot.mouseClick(view.status_suggestion.ui.accept_button, LEFT)
    assert main.statusBar().currentMessage() == "Status: Pågår. Du kan ångra med Ctrl+Z."


def test_a_no_is_remembered_for_that_workshop_only(
    qtbot,
    service: WorkshopService,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    view = _window(qtbot, empty_workshop, ui_settings)
    view.go_to(WorkshopStep.RATING)
    qtbot.mouseClick(view.status_suggestion.ui.decline_button, LEFT)
    assert not view.status_suggestion.isVisible()
    assert _stored_status(empty_workshop) is WorkshopStatus.PLANNED
    view.go_to(WorkshopStep.DEPENDENCIES)
    assert not view.status_suggestion.isVisible()

    # Opened again another day: still not asked.
    again = _window(qtbot, OpenWorkshop(service, empty_workshop.workshop_id), ui_settings)
    again.go_to(WorkshopStep.RATING)
    assert not again.status_suggestion.isVisible()

    other = service.create_workshop(Workshop(title="En annan workshop"), participant_count=2)
    another = _window(qtbot, OpenWorkshop(service, other.workshop.id), ui_settings)
    another.go_to(WorkshopStep.RATING)
    assert another.status_suggestion.isVisible()


def test_nothing_is_suggested_while_a_later_workshop_is_prepared(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    _dated(empty_workshop, 7)
    view = _window(qtbot, empty_workshop, ui_settings)
    for step in (WorkshopStep.RATING, WorkshopStep.SUMMARY):
        view.go_to(step)
        QApplication.processEvents()
        assert not view.status_suggestion.isVisible()
    # On the day itself it is.
    _dated(empty_workshop, 0)
    assert view.status_suggestion.isVisible()
