"""GUI fixtures: an open demo workshop and an empty one, on a real database file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from hallbar_desktop import paths
from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.application_setup import install_own_translation
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import TODAY


@pytest.fixture(autouse=True, scope="session")
def swedish_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    """Numbers, dates and counted texts as the app writes them: it sets these up at start."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    install_own_translation(qapp)


@pytest.fixture
def demo_workshop(qtbot, service: WorkshopService, demo) -> OpenWorkshop:  # type: ignore[no-untyped-def]
    """The demo workshop, opened as the window would open it."""
    service.add_workshop(demo)
    return OpenWorkshop(service, demo.workshop.id)


@pytest.fixture
def empty_workshop(qtbot, service: WorkshopService) -> OpenWorkshop:  # type: ignore[no-untyped-def]
    """A new half-day workshop with three participants and nothing recorded."""
    contents = service.create_workshop(Workshop(title="Ny workshop"), participant_count=3)
    return OpenWorkshop(service, contents.workshop.id)


def export_service_for(service: WorkshopService) -> ExportService:
    """The ExportService the composition root would build on the same database."""
    return ExportService(
        service._store,
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
    )


@pytest.fixture
def exports(service: WorkshopService) -> ExportService:
    return export_service_for(service)


@pytest.fixture
def ui_settings(tmp_path: Path) -> Iterator[UiSettings]:
    """Settings in a file of the test's own, never the user's real preferences."""
    yield UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


__all__ = ["TODAY"]


@pytest.fixture
def window_with_workshop(qtbot, service: WorkshopService, template, ui_settings: UiSettings):  # type: ignore[no-untyped-def]
    """A main window on the test's database, and a stored workshop with one of every part
    (not yet open); the test decides the size and what to open."""
    from hallbar_desktop.ui.main_window import MainWindow
    from tests.workshop_with_every_part import workshop_with_every_part

    contents = service.add_workshop(workshop_with_every_part(template))
    window = MainWindow(service, export_service_for(service), ui_settings, "test.sqlite3")
    qtbot.addWidget(window)
    return window, contents


def settle() -> None:
    """Let layouts and deferred deletes finish before looking at sizes."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def open_in_active_window(qtbot, window_with_workshop, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """The window as the app sets it up, shown at ``size``, active (so keys reach it) and
    on the fixture's workshop; returns (window, contents)."""
    from PySide6.QtWidgets import QApplication

    from hallbar_desktop.ui.application_setup import configure_application

    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window, contents = window_with_workshop
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.open_workshop(contents.workshop.id)
    return window, contents


def everyone_answers_one(workshop: OpenWorkshop) -> None:
    """Every participant answers 1 to every statement, stored and read into the window as the
    phones' answers are: the room's answers coming in while a page is filled ahead."""
    contents = workshop.contents
    ratings = [
        Rating(participant_id=person.id, statement_code=statement.code, value=1)
        for person in contents.participants
        for dimension in contents.template.dimensions
        for statement in dimension.statements
    ]
    workshop.service.record_ratings(workshop.workshop_id, ratings)
    workshop.show_read(workshop.service.contents(workshop.workshop_id))
