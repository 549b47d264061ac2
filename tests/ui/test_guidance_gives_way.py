"""The guidance panel gives way first in a narrow window (1366×768) and comes back with room;
F1 still shows it there, and the facilitator's own choice is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.ui.conftest import export_service_for
from tests.workshop_with_every_part import workshop_with_every_part


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_guidance_gives_way_in_a_narrow_window_and_comes_back(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
) -> None:
    contents = service.add_workshop(workshop_with_every_part(template))
    window = MainWindow(service, export_service_for(service), ui_settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_workshop(contents.workshop.id)
    _settle()
    view = window.workshop_view
    assert view is not None
    guidance, action = view.ui.guidance_browser, window.ui.toggle_guidance_action

    assert not guidance.isVisible() and not action.isChecked()
    assert ui_settings.guidance_visible()  # hidden for room, not by choice

    window.resize(1920, 1080)
    _settle()
    assert guidance.isVisible() and action.isChecked()

    window.resize(1366, 768)
    _settle()
    action.trigger()  # F1 in the narrow window
    _settle()
    assert guidance.isVisible() and action.isChecked()

    window.resize(1920, 1080)
    _settle()
    action.trigger()  # hidden by choice
    window.resize(1366, 768)
    _settle()
    window.resize(1920, 1080)
    _settle()
    assert not guidance.isVisible() and not action.isChecked()
    assert not ui_settings.guidance_visible()
    window.close()
