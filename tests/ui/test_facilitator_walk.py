"""End to end: a new facilitator walks the real main window from an empty library to the summary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from hallbar_desktop.domain.action import Priority
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Influence, Quadrant
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.pages.actions_page import DEPENDENCY_ROLE, ActionsPage
from hallbar_desktop.ui.pages.dependencies_page import DependenciesPage
from hallbar_desktop.ui.pages.summary_page import SummaryPage, decimal
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_view import WorkshopView
from tests.conftest import NOW, TODAY
from tests.ui.conftest import export_service_for
from tests.ui.keyboard import press, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
S = WorkshopStep

TITLE = "Hållbar upphandling – första träffen"
ORGANISATION = "Region Västernorrland"
UNIT = "Inköpsenheten – avtal och uppföljning"
CHANGE = "Miljö- och sociala krav i alla större upphandlingar – även de små."
CURRENT = "Kraven skrivs olika från gång till gång; få följer upp dem."
TARGET = "Alla upphandlare använder samma kravbibliotek och följer upp årligen."
COMMENT = "Vi är överens om riktningen – men tempot skiljer sig åt."
KEY_PERSON = "Nyckelperson på inköp slutar – kunskap om krav försvinner"
ELECTION = "Nämndens prioriteringar ändras efter valet i höst"
ACTION = "Dokumentera kravbiblioteket och lär upp två kollegor"
OWNER = "Åsa Öberg, inköpschef"
DEADLINE = date(2027, 2, 26)
HELD_ON = date(2026, 12, 3)
NEXT_STEPS = "Åsa bokar uppföljningen – före påsk."

# Three participants answer every statement; the fourth does not come to the rating.
ANSWER_KEYS = (
    (K.Key_4, K.Key_5, K.Key_3, K.Key_4, K.Key_0),
    (K.Key_2, K.Key_3, K.Key_V, K.Key_4, K.Key_3),
    (K.Key_5, K.Key_4, K.Key_4, K.Key_1, K.Key_2),
)


# --- driving the window ------------------------------------------------------------------------


def _window(qtbot, service: WorkshopService, settings: UiSettings, label: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as run_gui builds it, active so that its shortcuts reach it."""
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(service, export_service_for(service), settings, label)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _key(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A key chord as the user presses it: to the focused widget, shortcuts first."""
    press(QApplication.focusWidget() or window, key, modifiers)


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Move the keyboard to ``widget``, as Tab or a click does; the field left sees focus-out."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def _view(window: MainWindow) -> WorkshopView:
    assert window.workshop_view is not None
    assert window.ui.view_stack.currentWidget() is window.workshop_view
    return window.workshop_view


def _marks(view: WorkshopView) -> list[str]:
    """The first character of each row in the step list: ✓ done, ● current, ○ open."""
    return [view.ui.step_list.item(row).text()[0] for row in range(view.ui.step_list.count())]


def _row_text(view: WorkshopView, step: WorkshopStep) -> str:
    return view.ui.step_list.item(view.steps.index(step)).text()


def _note(view: WorkshopView) -> str:
    return view.ui.step_note_label.text()


def _click_step(qtbot, view: WorkshopView, step: WorkshopStep) -> None:  # type: ignore[no-untyped-def]
    steps = view.ui.step_list
    rect = steps.visualItemRect(steps.item(view.steps.index(step)))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_step is step


def _stored(window: MainWindow) -> WorkshopContents:
    """What the database holds now, read past the open workshop's own copy."""
    assert window.workshop is not None
    return window.workshop.service.contents(window.workshop.workshop_id)


def _shown_texts(page: QWidget) -> str:
    # Refilled grids delete their old labels through the event queue.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return "\n".join(label.text() for label in page.findChildren(QLabel) if not label.isHidden())


def _create_workshop_in_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Click "Ny workshop"; the real modal dialog runs, and is filled in from its event loop."""
    seen: list[NewWorkshopDialog] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewWorkshopDialog)
        seen.append(dialog)
        try:
            dialog.activateWindow()  # the window manager's part: a new dialog gets the keyboard
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            ui = dialog.ui
            ui.title_edit.setFocus()
            type_text(ui.title_edit, TITLE)
            ui.organisation_edit.setFocus()
            type_text(ui.organisation_edit, ORGANISATION)
            ui.participants_spin.setFocus()
            ui.participants_spin.selectAll()
            type_text(ui.participants_spin, "4")
            ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
            assert ok.text() == "Skapa workshop"
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting in exec()
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(window.library.ui.empty_new_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].created is not None, "the dialog did not create the workshop"
    # A window manager hands the keyboard back to the main window; the offscreen platform
    # leaves no window active, so do its part.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.fixture
def reopened_service(db_path: Path, template: ReadinessTemplate) -> Iterator[WorkshopService]:
    """A second, independent connection to the same database file: the app started again."""
    engine = open_database(db_path, create_if_missing=False)
    store = SqlWorkshopStore(engine, db_path)
    yield WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    store.close()


# --- the walk ----------------------------------------------------------------------------------


def test_a_new_facilitator_walks_from_an_empty_library_to_the_summary_and_back_again(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    ui_settings: UiSettings,
    db_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    window = _window(qtbot, service, ui_settings, str(db_path))

    # 1. The empty library teaches; the dialog creates the workshop and the window opens it.
    library = window.library
    assert library.ui.content_stack.currentWidget() is library.ui.empty_page
    assert "steg för steg" in library.ui.empty_label.text()
    _create_workshop_in_dialog(qtbot, window)
    view = _view(window)
    (overview,) = service.list_workshops()
    assert overview.workshop.title == TITLE
    assert overview.workshop.organisation == ORGANISATION
    assert overview.participants == 4
    assert window.windowTitle() == TITLE  # Qt adds the program's name itself
    assert view.ui.workshop_title_label.text() == f"{TITLE} · {ORGANISATION}"
    assert window.counts_label.text() == "4 deltagare · 0 beroenden · 0 åtgärder"
    half_day = list(view.steps)
    assert half_day[0] is S.PREPARATION and half_day[-1] is S.SUMMARY

    # 2–3. Förberedelser: the dialog gave organisation and date; the change in focus is left.
    assert view.current_step is S.PREPARATION
    assert _marks(view) == ["●"] + ["○"] * (len(half_day) - 1)
    assert _note(view) == "Kvar i det här steget: ange förändringen i fokus."
    prep = view.current_page().ui  # type: ignore[attr-defined]
    _focus(qtbot, prep.unit_edit)
    type_text(prep.unit_edit, UNIT)
    _focus(qtbot, prep.change_edit)  # leaving a field stores it
    type_text(prep.change_edit, CHANGE)
    _focus(qtbot, prep.held_on_field)
    prep.held_on_field.set_value(HELD_ON)
    _focus(qtbot, prep.place_edit)
    assert prep.held_on_field.week_label.text() == "v. 49"
    stored = _stored(window).workshop
    assert (stored.unit, stored.change_focus, stored.held_on) == (UNIT, CHANGE, HELD_ON)
    assert _note(view) == ""

    # Ctrl+PgDown (Workshop > Nästa steg) goes on; a finished step gets its ✓.
    _key(window, K.Key_PageDown)
    assert view.current_step is S.WELCOME
    assert _marks(view)[:3] == ["✓", "●", "○"]
    _key(window, K.Key_PageDown)
    assert view.current_step is S.CURRENT_AND_TARGET
    assert _note(view) == "Kvar i det här steget: beskriv nuläget; beskriv målbilden."

    # Nuläge och målbild: the change typed in Förberedelser is the same field here.
    current_target = view.current_page().ui  # type: ignore[attr-defined]
    assert current_target.change_edit.toPlainText() == CHANGE
    # No explicit commits here: moving to the next field, and then clicking "Nästa steg",
    # is what stores each text.
    current_target.current_edit.setFocus()
    type_text(current_target.current_edit, CURRENT)
    _focus(qtbot, current_target.target_edit)
    assert _stored(window).workshop.current_state == CURRENT
    assert _note(view) == "Kvar i det här steget: beskriv målbilden."
    type_text(current_target.target_edit, TARGET)
    assert _stored(window).workshop.target_picture == ""

    # The "Nästa steg" button goes on as the shortcut does.
    qtbot.mouseClick(view.ui.next_button, Qt.MouseButton.LeftButton)
    assert _stored(window).workshop.target_picture == TARGET
    assert view.current_step is S.RATING
    assert _marks(view)[:4] == ["✓", "✓", "✓", "●"]
    _key(window, K.Key_PageUp)  # Ctrl+PgUp: back one step, and on again
    assert view.current_step is S.CURRENT_AND_TARGET
    _key(window, K.Key_PageDown)
    assert view.current_step is S.RATING

    # 4. Individuell skattning: three of the four type every answer with the keys.
    rating = view.current_page()
    assert _note(view) == "Kvar i det här steget: 4 av 4 har inte skattat klart."
    statements = len(_stored(window).template.statements)
    grid = rating.answers.grid  # type: ignore[attr-defined]
    for keys in ANSWER_KEYS:
        for n in range(statements):
            press(grid, keys[n % len(keys)])
    assert rating.ui.done_label.text() == "3 av 4 klara"  # type: ignore[attr-defined]
    contents = _stored(window)
    assert len(contents.participants_done()) == 3
    assert len(contents.ratings) == 3 * statements
    assert _note(view) == "Kvar i det här steget: 1 av 4 har inte skattat klart."

    # 5. Resultat och samtal: the group agrees on a score and a comment for one dimension.
    _key(window, K.Key_PageDown)
    assert view.current_step is S.RESULTS
    rating_row = _row_text(view, S.RATING)
    assert rating_row.startswith("○") and "1 av 4 har inte skattat klart" in rating_row
    assert "Överhoppat med saker kvar: Individuell skattning." in _note(view)
    results = view.current_page()
    assert results.ui.status_label.text() == (  # type: ignore[attr-defined]
        "3 av 4 deltagare har svarat, 3 på alla påståenden."
    )
    # The results stay hidden, here and in the room, until the facilitator shows them.
    assert results.sections == {}  # type: ignore[attr-defined]
    assert results.ui.hidden_panel.isVisible()  # type: ignore[attr-defined]
    qtbot.mouseClick(results.ui.reveal_results_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert view.room.is_revealed(S.RESULTS)
    section = results.sections["A"]  # type: ignore[attr-defined]
    section.score_combo.setCurrentIndex(section.score_combo.findData(4))
    _focus(qtbot, section.comment_edit)
    type_text(section.comment_edit, COMMENT)
    assert _note(view).startswith("Kvar i det här steget: gruppens skattning saknas för 4 områden.")

    # 6. Beroenden: going on with Ctrl+PgDown stores the comment still being typed.
    _key(window, K.Key_PageDown)
    assert view.current_step is S.DEPENDENCIES
    (group_score,) = _stored(window).group_scores
    assert (group_score.dimension_code, group_score.score, group_score.comment) == (
        "A",
        4,
        COMMENT,
    )
    deps: DependenciesPage = view.current_page()  # type: ignore[assignment]
    assert deps.ui.empty_label.isVisible()
    for title, impact, influence in (
        (KEY_PERSON, 5, Influence.CONTROL),
        (ELECTION, 2, Influence.OUTSIDE),
    ):
        _key(window, K.Key_Return)
        assert QApplication.focusWidget() is deps.ui.title_edit
        type_text(deps.ui.title_edit, title)  # replaces the selected "Nytt beroende"
        _focus(qtbot, deps.ui.impact_combo)  # leaving the title stores it
        deps.ui.impact_combo.setCurrentIndex(impact)  # "Inte angiven" comes first
        deps.ui.influence_combo.setFocus()
        deps.ui.influence_combo.setCurrentIndex(deps.ui.influence_combo.findText(influence.label))
    contents = _stored(window)
    by_title = {d.title: d for d in contents.dependencies}
    assert set(by_title) == {KEY_PERSON, ELECTION}
    key_person = by_title[KEY_PERSON]
    assert key_person.priority is Quadrant.ACT_NOW and key_person.is_high_priority
    assert by_title[ELECTION].priority is Quadrant.MONITOR
    assert deps.ui.summary_label.text() == (
        "2 beroenden · 1 med hög prioritet, varav 1 utan åtgärd"
    )
    assert window.counts_label.text() == "4 deltagare · 2 beroenden · 0 åtgärder"
    assert window.saved_label.text().startswith("Sparat ")
    assert _note(view).startswith("Överhoppat med saker kvar:")  # nothing left here itself

    # 7. Åtgärder (past Förutsättningar): an action for the high-priority dependency.
    _key(window, K.Key_PageDown)
    assert view.current_step is S.PREREQUISITES
    _key(window, K.Key_PageDown)
    assert view.current_step is S.ACTIONS
    actions: ActionsPage = view.current_page()  # type: ignore[assignment]
    unhandled = actions.ui.unhandled_list
    assert [unhandled.item(r).text() for r in range(unhandled.count())] == [KEY_PERSON]
    assert "1 högt prioriterat beroende saknar åtgärd" in _note(view)
    unhandled.setCurrentRow(0)
    _key(window, K.Key_Return)  # Ctrl+Enter: a new action for the chosen dependency
    assert QApplication.focusWidget() is actions.ui.title_edit
    type_text(actions.ui.title_edit, ACTION)
    _focus(qtbot, actions.ui.owner_edit)  # leaving the title stores it
    type_text(actions.ui.owner_edit, OWNER)
    _focus(qtbot, actions.ui.due_date)
    actions.ui.due_date.set_value(DEADLINE)
    _focus(qtbot, actions.ui.action_table)
    (action,) = _stored(window).actions
    assert (action.title, action.owner, action.due_on) == (ACTION, OWNER, DEADLINE)
    assert action.dependency_ids == frozenset({key_person.id})
    assert action.priority is Priority.HIGH  # it handles a high-priority dependency
    assert unhandled.count() == 0
    assert actions.ui.all_handled_label.isVisibleTo(actions)
    assert "saknar åtgärd" not in _note(view)

    # 8. Back in Beroenden (a click in the step list): delete, undo, redo, undo.
    _click_step(qtbot, view, S.DEPENDENCIES)
    deps.select_dependency(key_person.id)
    _focus(qtbot, deps.ui.dependency_table)
    _key(window, K.Key_Delete, Qt.KeyboardModifier.NoModifier)  # the table's Delete shortcut
    contents = _stored(window)
    assert key_person.id not in {d.id for d in contents.dependencies}
    assert contents.actions[0].dependency_ids == frozenset()
    assert window.undo_action.text() == "&Ångra borttagning av beroende"
    _key(window, K.Key_Z)  # Ctrl+Z
    assert _stored(window).dependency(key_person.id).title == KEY_PERSON
    _key(window, K.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Ctrl+Shift+Z
    assert key_person.id not in {d.id for d in _stored(window).dependencies}
    _key(window, K.Key_Z)
    contents = _stored(window)
    assert contents.dependency(key_person.id).title == KEY_PERSON
    assert contents.actions[0].dependency_ids == frozenset({key_person.id})
    assert [a.id for a in contents.actions_for(key_person.id)] == [action.id]
    assert deps.proxy.rowCount() == 2
    assert deps.ui.summary_label.text() == "2 beroenden · 1 med hög prioritet"

    # 9. Sammanfattning shows what summarize() gives the exports.
    _key(window, K.Key_PageDown)
    _key(window, K.Key_PageDown)
    _key(window, K.Key_PageDown)
    assert view.current_step is S.SUMMARY
    _key(window, K.Key_PageDown)  # the last step stays the last
    assert view.current_step is S.SUMMARY
    assert not view.ui.next_button.isEnabled()
    summary_page: SummaryPage = view.current_page()  # type: ignore[assignment]
    summary = summarize(_stored(window), date.today())
    shown = _shown_texts(summary_page)
    assert summary.participant_count == 4 and summary.rated_participant_count == 3
    assert summary.readiness_mean is not None
    assert f"{decimal(summary.readiness_mean)} av 5" in shown
    assert "deltagare, 3 har skattat" in shown
    assert "beroenden, varav 1 högt prioriterat" in shown  # each count takes its own number
    assert "åtgärd, varav 0 försenade" in shown
    for result in summary.dimensions:
        assert f"{result.dimension.label}" in shown
        assert decimal(result.mean) in shown
    assert [line.dependency.title for line in summary.critical_dependencies] == [KEY_PERSON]
    assert KEY_PERSON in shown and ACTION in shown and OWNER in shown
    assert DEADLINE.isoformat() in shown
    assert summary.unhandled_high_priority == ()
    assert summary_page.ui.unhandled_label.text().startswith("✓ Alla högt prioriterade")
    assert _marks(view)[:3] == ["✓", "✓", "✓"]
    assert _marks(view)[-1] == "●"
    assert _note(view) == "Kvar i det här steget: boka datum för uppföljning. " + (
        "Överhoppat med saker kvar: Individuell skattning, Resultat och samtal, "
        "Förutsättningar och framgångsfaktorer."
    )

    # The next steps are typed and the window closed straight away: closing stores them.
    _focus(qtbot, summary_page.ui.next_steps_edit)
    type_text(summary_page.ui.next_steps_edit, NEXT_STEPS)

    # 10. Close, start again on the same database file, open the workshop from the library.
    window.close()
    reopened = request.getfixturevalue("reopened_service")
    window = _window(qtbot, reopened, ui_settings, str(db_path))
    library = window.library
    assert library.ui.content_stack.currentWidget() is library.ui.list_page
    assert library.ui.recent_list.count() == 1
    table = library.ui.workshop_table
    assert library.proxy.index(0, 0).data() == TITLE
    rect = table.visualRect(library.proxy.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    facts = library.ui.detail_facts_label.text()
    assert ">Deltagare</td><td>4<" in facts and ">Beroenden</td><td>2<" in facts
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = _view(window)
    assert window.workshop is not None and window.workshop.service is reopened

    again = _stored(window)
    assert again.workshop.title == TITLE
    assert (again.workshop.unit, again.workshop.change_focus) == (UNIT, CHANGE)
    assert (again.workshop.current_state, again.workshop.target_picture) == (CURRENT, TARGET)
    assert again.workshop.held_on == HELD_ON
    assert again.workshop.next_steps == NEXT_STEPS
    assert len(again.participants) == 4 and len(again.participants_done()) == 3
    assert len(again.ratings) == 3 * statements
    assert [(g.dimension_code, g.score, g.comment) for g in again.group_scores] == [
        ("A", 4, COMMENT)
    ]
    assert {d.title for d in again.dependencies} == {KEY_PERSON, ELECTION}
    (action_again,) = again.actions
    assert action_again.dependency_ids == frozenset({key_person.id})
    assert (action_again.owner, action_again.due_on) == (OWNER, DEADLINE)

    # …and the pages show it.
    prep = view.current_page().ui  # type: ignore[attr-defined]
    assert (prep.unit_edit.text(), prep.change_edit.toPlainText()) == (UNIT, CHANGE)
    view.go_to(S.RATING)
    assert view.current_page().ui.done_label.text() == "3 av 4 klara"  # type: ignore[attr-defined]
    view.go_to(S.RESULTS)
    # Reopened, the results are hidden again until shown: reveal is not stored.
    assert not view.room.is_revealed(S.RESULTS)
    view.room.reveal(S.RESULTS)
    section = view.current_page().sections["A"]  # type: ignore[attr-defined]
    assert section.score_combo.currentData() == 4
    assert section.comment_edit.toPlainText() == COMMENT
    view.go_to(S.DEPENDENCIES)
    deps = view.current_page()  # type: ignore[assignment]
    assert deps.proxy.rowCount() == 2
    view.go_to(S.ACTIONS)
    actions = view.current_page()  # type: ignore[assignment]
    actions.select_action(action.id)
    links = actions.ui.dependencies_list
    checked = [
        links.item(r).data(DEPENDENCY_ROLE)
        for r in range(links.count())
        if links.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert checked == [key_person.id]
    assert actions.ui.all_handled_label.isVisibleTo(actions)
    window.close()
