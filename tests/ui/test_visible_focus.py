"""Focus shows: every Tab stop of the workshop window and the input mode looks different with
the keyboard in it, whatever style sheet its buttons have (Fusion's, the traffic lights', the
touch buttons', the note cards')."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from shiboken6 import isValid

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound
from hallbar_desktop.ui.keyboard_focus import FocusRingStyle, tab_stops
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import settle


@pytest.fixture(autouse=True)
def the_apps_style(qapp) -> None:  # type: ignore[no-untyped-def]
    """The style the app runs with (application_setup installs it at start)."""
    if not isinstance(qapp.style(), FocusRingStyle):
        qapp.setStyle(FocusRingStyle("Fusion"))


def _unchanged_by_focus(qtbot, root: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    """The buttons among ``root``'s Tab stops that look the same with and without focus."""
    found = []
    for stop in tab_stops(root):
        # A page may build its cards anew while the walk goes on (a reveal settles late): a
        # button deleted meanwhile is not a button the keys can reach.
        if not isValid(stop):
            continue
        if not (isinstance(stop, QAbstractButton) and stop.isVisible() and stop.isEnabled()):
            continue
        stop.clearFocus()
        settle()
        if not isValid(stop):
            continue
        without = stop.grab().toImage()
        # As the keyboard moves it: Fusion draws focus only after a key moved it (a Tab, a
        # shortcut); setFocus with TabFocusReason outside a Tab key event counts as a click.
        stop.setFocus(Qt.FocusReason.ShortcutFocusReason)
        qtbot.waitUntil(lambda b=stop: not isValid(b) or b.hasFocus(), timeout=2000)
        settle()
        if isValid(stop) and stop.grab().toImage() == without:
            found.append(f"{type(stop).__name__} {stop.objectName() or stop.text()!r}")
    return found


def _window(qtbot, window_with_workshop) -> tuple[MainWindow, WorkshopContents]:  # type: ignore[no-untyped-def]
    window, contents = window_with_workshop
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.open_workshop(contents.workshop.id)
    settle()
    return window, contents


def test_every_button_of_every_step_shows_focus(qtbot, window_with_workshop) -> None:  # type: ignore[no-untyped-def]
    window, _contents = _window(qtbot, window_with_workshop)
    view = window.workshop_view
    assert view is not None
    found = {}
    for step in view.steps:
        view.go_to(step)
        view.room.reveal(step)
        settle()
        found[step.code] = _unchanged_by_focus(qtbot, window)
    assert {step: names for step, names in found.items() if names} == {}


def test_the_input_modes_buttons_show_focus(qtbot, window_with_workshop) -> None:  # type: ignore[no-untyped-def]
    window, _contents = _window(qtbot, window_with_workshop)
    view = window.workshop_view
    assert view is not None
    found = {}
    for input_round in (
        InputRound(InputActivity.RATING),
        InputRound(InputActivity.DOT_VOTES, view.steps[-4], budget=3),
    ):
        mode = view.input_mode.start(input_round)
        mode.activateWindow()
        qtbot.waitUntil(mode.isActiveWindow, timeout=2000)
        settle()
        found[f"{input_round.activity.value}, aliases"] = _unchanged_by_focus(qtbot, mode)
        next(iter(mode.alias_buttons.values())).click()
        settle()
        found[f"{input_round.activity.value}, turn"] = _unchanged_by_focus(qtbot, mode)
        mode.leave()
        settle()
    assert {place: names for place, names in found.items() if names} == {}
