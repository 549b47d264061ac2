"""One whole workshop run from the keyboard alone: from the library through every step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.ui.conftest import export_service_for, open_in_active_window, settle

K = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
S = WorkshopStep


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard is nowhere"
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    """A key pressed and released, to the widget with the keyboard, as the user presses it."""
    QTest.keyClick(focused(), k, modifiers)
    settle()


def type_keys(text: str) -> None:
    """``text`` typed one key at a time into the widget with the keyboard (also å, ä, ö)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), K.Key_unknown, ch, NO)
    settle()


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    names = []
    while widget is not None and len(names) < 3:
        names.append(f"{type(widget).__name__}#{widget.objectName()}")
        widget = widget.parentWidget()
    return " < ".join(names)


def tab_to(found: Callable[[QWidget], bool], what: str, backwards: bool = False) -> QWidget:
    """Tab (or Shift+Tab) until the keyboard is where ``found`` says: the user looks, and
    presses Tab again. Fails after a lap of the window without getting there."""
    seen = []
    for _ in range(80):
        widget = focused()
        if found(widget):
            return widget
        seen.append(describe(widget))
        key(K.Key_Backtab if backwards else K.Key_Tab, SHIFT if backwards else NO)
    raise AssertionError(f"Tab never reached {what}; it went {seen}")


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def _window(qtbot, service: WorkshopService, settings: UiSettings, label: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as the app starts it, on an empty library, active so that keys reach it."""
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(service, export_service_for(service), settings, label)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    settle()
    return window


def _create_workshop_with_ctrl_n(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N; the modal dialog is filled in by keys from its own event loop, Enter creates."""
    filled: list[bool] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "Ctrl+N opened no dialog"
        try:
            dialog.activateWindow()  # the window manager's part: a new dialog gets the keyboard
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            assert focused().objectName() == "title_edit"
            type_keys(TITLE)
            key(K.Key_Tab)
            type_keys(ORGANISATION)
            tab_to(named("participants_spin"), "Antal deltagare")
            key(K.Key_A, CTRL)
            type_keys("3")
            key(K.Key_Return)
            filled.append(True)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting in exec()
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    key(K.Key_N, CTRL)
    assert filled, "the dialog was not filled in"
    # A window manager hands the keyboard back to the main window; offscreen, do its part.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    settle()


TITLE = "Tangentbordsprov – hela workshoppen"
ORGANISATION = "Region Östergötland"
CHANGE = "Alla krav i ett bibliotek – även vid små köp."
PLACE = "Storsalen, Östersund"
CURRENT = "Kraven skrivs olika från gång till gång."
TARGET = "Ett gemensamt kravbibliotek som alla följer upp."
FIRST_ANSWERS = (K.Key_4, K.Key_5, K.Key_3, K.Key_V, K.Key_2)  # V: Vet ej
SECOND_ANSWERS = (K.Key_2, K.Key_3)
COMMENT = "Vi är nästan överens – tempot skiljer."
DEPENDENCY = "Nämndens beslut om kravbiblioteket dröjer"
DEPENDENCY_OWNER = "Åsa Öberg"
FACTOR = "Chefernas stöd i vardagen"
ACTION = "Skriv kravbiblioteket"
ACTION_OWNER = "Örjan Ärlig"
DEADLINE = date(2027, 2, 26)
FOLLOW_UP = date(2027, 3, 15)
NEXT_STEPS = "Åsa bokar uppföljningen före påsk."


def test_one_whole_workshop_runs_from_the_keyboard_alone(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    ui_settings: UiSettings,
    db_path: Path,
) -> None:
    window = _window(qtbot, service, ui_settings, str(db_path))

    # The library: Ctrl+N, the dialog, Enter; the window opens the new workshop.
    _create_workshop_with_ctrl_n(qtbot, window)
    view = window.workshop_view
    assert view is not None
    (overview,) = service.list_workshops()
    workshop_id = overview.workshop.id

    def stored() -> WorkshopContents:
        return service.contents(workshop_id)

    steps = list(view.steps)
    assert view.current_step is S.PREPARATION
    visited = [view.current_step]

    def next_step() -> None:
        key(K.Key_PageDown, CTRL)
        visited.append(view.current_step)

    # Förberedelser: the change in focus and the place; leaving a field stores it.
    tab_to(named("change_edit"), "Förändringen i fokus")
    type_keys(CHANGE)
    tab_to(named("place_edit"), "Plats")
    type_keys(PLACE)
    key(K.Key_Tab)
    assert (stored().workshop.change_focus, stored().workshop.place) == (CHANGE, PLACE)

    # Välkommen: a text to read; the keyboard lands on it.
    next_step()
    assert view.current_step is S.WELCOME

    # Nuläge och målbild; the bar that suggests the status "Pågående" is taken up by keys.
    next_step()
    tab_to(named("current_edit"), "Nuläge")
    type_keys(CURRENT)
    key(K.Key_Tab)
    type_keys(TARGET)
    tab_to(named("accept_button"), "Markera som pågående")
    key(K.Key_Space)
    workshop = stored().workshop
    assert (workshop.current_state, workshop.target_picture) == (CURRENT, TARGET)
    assert workshop.status is WorkshopStatus.IN_PROGRESS

    # Individuell skattning: digits answer and move on; the list chooses the participant.
    next_step()
    tab_to(named("rating_grid"), "svaren")
    for answer in FIRST_ANSWERS:
        key(answer)
    tab_to(named("participant_list"), "deltagarna", backwards=True)
    key(K.Key_Down)
    tab_to(named("rating_grid"), "svaren")
    for answer in SECOND_ANSWERS:
        key(answer)
    ratings = stored().ratings
    participants = [p.id for p in stored().participants]
    by_participant = {
        p: [
            r.value
            for r in sorted(ratings, key=lambda r: r.statement_code)
            if r.participant_id == p
        ]
        for p in participants[:2]
    }
    assert by_participant[participants[0]] == [4, 5, 3, None, 2]
    assert by_participant[participants[1]] == [2, 3]

    # Resultat och samtal: Space shows the results, Alt+1 goes to the group's score.
    next_step()
    assert focused().objectName() == "reveal_results_button"
    key(K.Key_Space)
    key(K.Key_1, ALT)
    for _ in range(4):
        key(K.Key_Down)
    key(K.Key_Tab)
    type_keys(COMMENT)
    key(K.Key_Tab)
    (score,) = stored().group_scores
    assert (score.score, score.comment) == (4, COMMENT)

    # Beroenden: Ctrl+Enter adds one and puts the keyboard in its title.
    next_step()
    key(K.Key_Return, CTRL)
    type_keys(DEPENDENCY)
    tab_to(named("impact_combo"), "Påverkan")
    for _ in range(4):
        key(K.Key_Down)
    key(K.Key_Tab)
    key(K.Key_Down)
    tab_to(named("owner_edit"), "Ansvarig")
    type_keys(DEPENDENCY_OWNER)
    key(K.Key_Tab)
    (dependency,) = stored().dependencies
    assert (dependency.title, dependency.owner, dependency.impact) == (
        DEPENDENCY,
        DEPENDENCY_OWNER,
        4,
    )
    assert dependency.influence is not None

    # Förutsättningar: the keyboard starts on the first light; an arrow and Space choose Gul.
    next_step()
    key(K.Key_Right)
    key(K.Key_Space)
    first_check = min(stored().prerequisite_checks, key=lambda c: c.position)
    assert first_check.light is TrafficLight.YELLOW
    tab_to(named("new_factor_edit"), "ny framgångsfaktor")
    type_keys(FACTOR)
    key(K.Key_Return)
    assert [f.text for f in stored().success_factors] == [FACTOR]

    # Åtgärder: Ctrl+Enter, the title, the owner and the deadline.
    next_step()
    key(K.Key_Return, CTRL)
    type_keys(ACTION)
    tab_to(named("owner_edit"), "Ansvarig")
    type_keys(ACTION_OWNER)
    tab_to(lambda w: w.parentWidget().objectName() == "due_date", "Klart senast")
    type_keys(DEADLINE.isoformat())
    key(K.Key_Tab)
    (action,) = stored().actions
    assert (action.title, action.owner, action.due_on) == (ACTION, ACTION_OWNER, DEADLINE)

    # Sammanfattning: the follow-up date and the next steps.
    next_step()
    type_keys(FOLLOW_UP.isoformat())
    tab_to(named("next_steps_edit"), "Nästa steg")
    type_keys(NEXT_STEPS)
    key(K.Key_Tab)
    assert (stored().workshop.follow_up_on, stored().workshop.next_steps) == (
        FOLLOW_UP,
        NEXT_STEPS,
    )

    # Every step, in order, and nothing left for the mouse.
    assert visited == steps


def test_ctrl_pgdown_to_the_rating_lands_in_the_answers_where_a_digit_answers(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    # Found in the walk by hand: the keyboard went to the tab bar, which Fusion draws with no
    # focus at all, and a digit typed there answered nothing.
    window, contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    view = window.workshop_view
    assert view is not None
    view.ui.step_list.setFocus()
    while view.current_step is not S.RATING:
        key(K.Key_PageDown, CTRL)
    assert focused().objectName() == "rating_grid"

    def answers() -> set[tuple[object, str, int | None]]:
        stored = window.workshop.service.contents(contents.workshop.id)  # type: ignore[union-attr]
        return {(r.participant_id, r.statement_code, r.value) for r in stored.ratings}

    before = answers()
    key(K.Key_1)  # answers and moves on; back up and answer 2, so one of them is new
    key(K.Key_Up)
    key(K.Key_2)
    assert answers() != before


def test_ctrl_pgdown_to_actions_with_none_yet_lands_on_the_button_that_adds_one(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    ui_settings: UiSettings,
    db_path: Path,
) -> None:
    # Found in the walk by hand: the keyboard went to the empty table, which has no cell to
    # draw the ring on, so it showed nowhere.
    window = _window(qtbot, service, ui_settings, str(db_path))
    _create_workshop_with_ctrl_n(qtbot, window)
    view = window.workshop_view
    assert view is not None
    while view.current_step is not S.ACTIONS:
        key(K.Key_PageDown, CTRL)
    assert focused().objectName() == "add_action_button"
    key(K.Key_Space)
    assert focused().objectName() == "title_edit"
    (overview,) = service.list_workshops()
    assert len(service.contents(overview.workshop.id).actions) == 1
