"""Förutsättningar by keyboard with notes waiting: the keys start at the checklist, and the
notes come after the success factors, with no Tab stop that shows nowhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.keyboard_focus import tab_stops
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.widgets.traffic_light_chooser import TrafficLightChooser
from tests.ui.conftest import open_in_active_window, settle


def _view_with_a_note(qtbot, window_with_workshop, cluster: str):  # type: ignore[no-untyped-def]
    """The workshop window, active, with a participant's note on Förutsättningar."""
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    view = window.workshop_view
    assert view is not None
    note = Note(step=WorkshopStep.PREREQUISITES, text="Tid i linjen", cluster=cluster, position=9)
    view.workshop.save_part(note, "Ny lapp")
    return view, note


def test_ctrl_pgup_lands_on_the_checklist_and_the_notes_come_last(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    view, _note = _view_with_a_note(qtbot, window_with_workshop, cluster="Annat")
    view.go_to(WorkshopStep.ACTIONS)
    view.ui.step_list.setFocus()
    qtbot.keyClick(view.ui.step_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    settle()
    page = view.current_page()
    assert view.current_step is WorkshopStep.PREREQUISITES
    focused = QApplication.focusWidget()
    assert isinstance(focused.parentWidget(), TrafficLightChooser)
    assert focused.text() == "Röd"  # type: ignore[attr-defined]

    stops = [w for w in tab_stops(page) if w.isVisible()]
    assert not [w for w in stops if isinstance(w, QScrollArea)]
    add_factor = page.ui.add_factor_button  # type: ignore[attr-defined]
    add_factor.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(add_factor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.notes_panel.ui.reveal_button  # type: ignore[attr-defined]


def test_the_page_says_how_a_light_is_chosen_by_keyboard_and_arrows_and_space_do_it(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    view = window.workshop_view
    assert view is not None
    view.go_to(WorkshopStep.PREREQUISITES)
    settle()
    page = view.current_page()
    # Tab leaves the row after one stop, so the page says what does choose a light.
    assert "piltangenterna" in page.ui.intro_label.text()  # type: ignore[attr-defined]
    assert "Mellanslag" in page.ui.intro_label.text()  # type: ignore[attr-defined]
    unrated = page.first_field().parentWidget()  # type: ignore[union-attr]
    assert isinstance(unrated, TrafficLightChooser)
    not_rated = unrated.buttons[None]
    not_rated.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(not_rated, Qt.Key.Key_Space)
    assert unrated.light() is None
    before = [c.light for c in view.workshop.contents.prerequisite_checks].count(
        TrafficLight.YELLOW
    )
    red = unrated.buttons[TrafficLight.RED]
    red.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(red, Qt.Key.Key_Right)
    yellow = unrated.buttons[TrafficLight.YELLOW]
    assert QApplication.focusWidget() is yellow
    qtbot.keyClick(yellow, Qt.Key.Key_Space)
    assert unrated.light() is TrafficLight.YELLOW
    lights = [c.light for c in view.workshop.contents.prerequisite_checks]
    assert lights.count(TrafficLight.YELLOW) == before + 1


def test_space_on_the_notes_visa_resultat_leaves_the_keys_on_the_first_note(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    view, note = _view_with_a_note(qtbot, window_with_workshop, cluster="")
    view.go_to(WorkshopStep.PREREQUISITES)
    settle()
    panel = view.current_page().notes_panel  # type: ignore[attr-defined]
    reveal = panel.ui.reveal_button
    reveal.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(reveal, Qt.Key.Key_Space)
    settle()
    assert view.room.is_revealed(WorkshopStep.PREREQUISITES)
    card = panel.cards[note.id]
    assert QApplication.focusWidget() is card.convert_button


def test_tab_from_the_step_list_reaches_the_checklist_before_notes_shown_from_the_start(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    view, _note = _view_with_a_note(qtbot, window_with_workshop, cluster="Annat")
    # Shown before the page is made (a finished workshop shows everything): its cards are
    # made with the page, before the checklist's rows.
    view.room.reveal(WorkshopStep.PREREQUISITES)
    view.go_to(WorkshopStep.PREREQUISITES)
    settle()
    page = view.current_page()
    assert len(page.notes_panel.tab_stops()) > 1  # type: ignore[attr-defined]
    # As after a click on the step: Tab goes to the checklist, the notes come last.
    view.ui.step_list.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(view.ui.step_list, Qt.Key.Key_Tab)
    settle()
    assert isinstance(QApplication.focusWidget().parentWidget(), TrafficLightChooser)
