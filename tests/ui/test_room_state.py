"""The shared-screen state: mode, step, reveals and the turn-taking count."""

from __future__ import annotations

import dataclasses

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import RoomState, ScreenMode


def test_results_start_hidden_and_reveal_per_step(qtbot, empty_workshop: OpenWorkshop) -> None:
    room = RoomState(empty_workshop)
    assert not room.is_revealed(WorkshopStep.RESULTS)
    with qtbot.waitSignal(room.changed):
        room.reveal(WorkshopStep.RESULTS)
    assert room.is_revealed(WorkshopStep.RESULTS)
    assert not room.is_revealed(WorkshopStep.DEPENDENCIES)
    with qtbot.waitSignal(room.changed):
        room.hide(WorkshopStep.RESULTS)
    assert not room.is_revealed(WorkshopStep.RESULTS)


def test_mode_step_and_collecting_signal_only_on_change(qtbot, empty_workshop) -> None:  # type: ignore[no-untyped-def]
    room = RoomState(empty_workshop)
    seen: list[int] = []
    room.changed.connect(lambda: seen.append(1))
    room.set_mode(ScreenMode.PAUSE)
    room.set_mode(ScreenMode.PAUSE)
    room.set_step(WorkshopStep.RATING)
    room.set_step(WorkshopStep.RATING)
    room.set_collecting(7, 12)
    room.set_collecting(7, 12)
    assert room.mode is ScreenMode.PAUSE
    assert room.step is WorkshopStep.RATING
    assert room.collecting == (7, 12)
    room.clear_collecting()
    room.clear_collecting()
    assert room.collecting is None
    assert len(seen) == 4


def test_a_held_workshop_shows_everything(qtbot, empty_workshop: OpenWorkshop) -> None:
    room = RoomState(empty_workshop)
    assert not room.reveal_is_fixed
    held = dataclasses.replace(empty_workshop.contents.workshop, status=WorkshopStatus.HELD)
    with qtbot.waitSignal(room.changed):
        empty_workshop.update_workshop(held, "Ändra status")
    assert room.reveal_is_fixed
    assert room.is_revealed(WorkshopStep.RESULTS)
    assert room.is_revealed(WorkshopStep.DEPENDENCIES)
    with qtbot.waitSignal(room.changed):
        empty_workshop.undo_stack.undo()
    assert not room.is_revealed(WorkshopStep.RESULTS)
