"""The guidance panel gives way first in a narrow window (1366×768) and comes back with room;
F1 still shows it there, and the facilitator's own choice is kept."""

from __future__ import annotations

import dataclasses

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.ui.conftest import settle


def test_the_guidance_gives_way_in_a_narrow_window_and_comes_back(
    window_with_workshop: tuple[MainWindow, WorkshopContents], ui_settings: UiSettings
) -> None:
    window, contents = window_with_workshop
    window.resize(1366, 768)
    window.show()
    window.open_workshop(contents.workshop.id)
    settle()
    view = window.workshop_view
    assert view is not None
    guidance, action = view.ui.guidance_browser, window.ui.toggle_guidance_action

    assert not guidance.isVisible() and not action.isChecked()
    assert ui_settings.guidance_visible()  # hidden for room, not by choice

    window.resize(1920, 1080)
    settle()
    assert guidance.isVisible() and action.isChecked()

    window.resize(1366, 768)
    settle()
    action.trigger()  # F1 in the narrow window
    settle()
    assert guidance.isVisible() and action.isChecked()

    window.resize(1920, 1080)
    settle()
    action.trigger()  # hidden by choice
    window.resize(1366, 768)
    settle()
    window.resize(1920, 1080)
    settle()
    assert not guidance.isVisible() and not action.isChecked()
    assert not ui_settings.guidance_visible()
    window.close()


def test_a_long_title_in_the_header_ends_in_an_ellipsis_and_is_whole_in_the_tooltip(
    window_with_workshop: tuple[MainWindow, WorkshopContents], service: WorkshopService
) -> None:
    window, contents = window_with_workshop
    long_title = "Hållbarhetsbedömning i regionala projektmedel och i nämndernas beslut"
    service.update_workshop(dataclasses.replace(contents.workshop, title=long_title))
    window.resize(1366, 768)
    window.show()
    window.open_workshop(contents.workshop.id)
    settle()
    view = window.workshop_view
    assert view is not None
    label = view.ui.workshop_title_label
    assert label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert label.toolTip().startswith(long_title)
    window.resize(1920, 1080)
    settle()
    assert label.text() == label.toolTip()
