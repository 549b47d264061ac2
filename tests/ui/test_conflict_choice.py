"""Ändrad av någon annan: two clients edit the same field; the window shows both values and the
user chooses which stays, on a database file and on PostgreSQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import NOW, TODAY
from tests.database_backends import database
from tests.ui.conftest import export_service_for

__all__ = ["database"]


@pytest.fixture
def other_user(
    database: Path | ServerAddress, template: ReadinessTemplate, service: WorkshopService
) -> Iterator[WorkshopService]:
    """Another computer on the same database: an engine and connections of its own."""
    store = SqlWorkshopStore(open_database(database), database)
    yield WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    store.close()


def _window(qtbot, service: WorkshopService, settings: UiSettings, workshop_id) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(service, export_service_for(service), settings, "delad")
    qtbot.addWidget(window)
    window.open_workshop(workshop_id)
    return window


def _answer(window: MainWindow, button: str, seen: list[str]) -> None:
    """Click ``button`` in the conflict's dialog once it is shown (it runs its own loop)."""

    def click() -> None:
        box = window.conflict_box
        if box is None:
            QTimer.singleShot(10, click)
            return
        seen.append(box.windowTitle())
        seen.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)


def test_the_user_keeps_their_own_value_over_the_other_users(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    other_user: WorkshopService,
    ui_settings: UiSettings,
) -> None:
    workshop = service.create_workshop(Workshop(title="Gemensam", place="Kommunhuset")).workshop
    window = _window(qtbot, service, ui_settings, workshop.id)
    open_workshop = window.workshop
    assert open_workshop is not None
    other_user.update_workshop(dataclasses.replace(workshop, place="Regionhuset"), workshop)
    seen: list[str] = []
    _answer(window, "Spara min ändring", seen)

    open_workshop.update_workshop(
        dataclasses.replace(open_workshop.contents.workshop, place="Stadshuset"), "Ändra plats"
    )

    title, text = seen
    assert title == "Ändrad av någon annan"
    assert "Platsen är nu ”Regionhuset”; du ville spara ”Stadshuset”." in text
    assert other_user.contents(workshop.id).workshop.place == "Stadshuset"
    assert open_workshop.contents.workshop.place == "Stadshuset"
    open_workshop.undo_stack.undo()  # gives back the other user's value, not the first one
    assert other_user.contents(workshop.id).workshop.place == "Regionhuset"


def test_the_user_keeps_what_the_other_user_stored(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    other_user: WorkshopService,
    ui_settings: UiSettings,
) -> None:
    workshop = service.create_workshop(Workshop(title="Gemensam"), participant_count=1).workshop
    action = service.save_action(workshop.id, Action(title="Fråga nämnden"))
    window = _window(qtbot, service, ui_settings, workshop.id)
    open_workshop = window.workshop
    assert open_workshop is not None
    other_user.save_action(
        workshop.id, dataclasses.replace(action, title="Fråga styrelsen"), action
    )
    seen: list[str] = []
    _answer(window, "Behåll det som är sparat", seen)

    open_workshop.save_part(dataclasses.replace(action, title="Fråga rådet"), "Ändra åtgärd")

    assert "Åtgärden är nu ”Fråga styrelsen”; du ville spara ”Fråga rådet”." in seen[1]
    assert other_user.contents(workshop.id).actions[0].title == "Fråga styrelsen"
    assert open_workshop.contents.actions[0].title == "Fråga styrelsen"  # shown as stored
    assert open_workshop.undo_stack.count() == 0  # nothing of the edit to undo
