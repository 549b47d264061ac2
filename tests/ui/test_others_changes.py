"""An open window on a shared PostgreSQL database shows what another user changed within 5 s,
in the open workshop and in the library, without an edit of its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import NOW, TODAY
from tests.database_backends import POSTGRESQL_URL, throwaway_schema
from tests.ui.conftest import export_service_for

pytestmark = pytest.mark.skipif(not POSTGRESQL_URL, reason="HALLBAR_TEST_POSTGRESQL not set")


@pytest.fixture
def database() -> Iterator[Path | ServerAddress]:
    with throwaway_schema() as address:
        yield address


@pytest.fixture
def other_user(
    database: ServerAddress, template: ReadinessTemplate, service: WorkshopService
) -> Iterator[WorkshopService]:
    """Another computer on the same server."""
    store = SqlWorkshopStore(open_database(database), database)
    yield WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    store.close()


def test_another_users_change_reaches_the_open_workshop_and_the_library(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    other_user: WorkshopService,
    ui_settings: UiSettings,
) -> None:
    from hallbar_desktop.ui.main_window import MainWindow

    workshop = service.create_workshop(Workshop(title="Gemensam")).workshop
    window = MainWindow(service, export_service_for(service), ui_settings, "server")
    qtbot.addWidget(window)
    window.open_workshop(workshop.id)
    assert window.workshop is not None
    qtbot.wait(500)  # the listener's connection is made

    other_user.update_workshop(dataclasses.replace(workshop, place="Regionhuset"), workshop)

    qtbot.waitUntil(lambda: window.workshop.contents.workshop.place == "Regionhuset", timeout=5000)

    window.show_library()
    other_user.create_workshop(Workshop(title="Någon annans"))
    qtbot.waitUntil(
        lambda: "Någon annans" in [o.workshop.title for o in window.library.overviews],
        timeout=5000,
    )
    window.close()


def test_what_is_being_typed_is_not_read_over_but_shown_once_the_field_is_left(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    other_user: WorkshopService,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QWidget

    from hallbar_desktop.ui.main_window import MainWindow

    class TypedIn(QWidget):
        def commit(self) -> None: ...

    workshop = service.create_workshop(Workshop(title="Gemensam")).workshop
    window = MainWindow(service, export_service_for(service), ui_settings, "server")
    qtbot.addWidget(window)
    window.open_workshop(workshop.id)
    qtbot.wait(500)
    field = TypedIn(window)
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    monkeypatch.setattr(window, "focusWidget", lambda: field)

    other_user.update_workshop(dataclasses.replace(workshop, place="Regionhuset"), workshop)
    qtbot.wait(2500)
    assert window.workshop.contents.workshop.place == ""  # not while the field is typed in

    monkeypatch.setattr(window, "focusWidget", lambda: None)
    qtbot.waitUntil(lambda: window.workshop.contents.workshop.place == "Regionhuset", timeout=3000)
    window.close()
