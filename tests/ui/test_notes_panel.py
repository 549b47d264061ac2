"""Lappar från deltagarna on the facilitator's pages: hidden until revealed, made into parts."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTabWidget

from hallbar_desktop.domain.action import ActionType
from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.actions_page import ActionsPage
from hallbar_desktop.ui.pages.dependencies_page import DependenciesPage
from hallbar_desktop.ui.pages.prerequisites_page import PrerequisitesPage
from hallbar_desktop.ui.room_state import RoomState

PAGES = {
    WorkshopStep.DEPENDENCIES: DependenciesPage,
    WorkshopStep.PREREQUISITES: PrerequisitesPage,
    WorkshopStep.ACTIONS: ActionsPage,
}
SECRET = "Chefen lyssnar aldrig på oss"
LONG_NOTE = (
    "Beslutet om kriterierna har skjutits upp tre gånger eftersom nämnden vill se hur andra "
    "regioner gör, och under tiden bedömer varje handläggare på sitt eget sätt, vilket gör att "
    "sökande får olika besked beroende på vem som råkar handlägga ärendet just den veckan."
)


def _add_note(workshop: OpenWorkshop, step: WorkshopStep, text: str, **fields) -> Note:  # type: ignore[no-untyped-def]
    note = Note(step=step, text=text, position=len(workshop.contents.notes) + 1, **fields)
    workshop.service.save_note(workshop.workshop_id, note)
    workshop.refresh()
    return note


def _page(qtbot, workshop: OpenWorkshop, step: WorkshopStep, room: RoomState | None = None):  # type: ignore[no-untyped-def]
    page = PAGES[step](workshop)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    if room is not None:
        page.follow_room(room)
    page.show()
    page.refresh()
    if isinstance(tabs := getattr(page, "board_tabs", None), QTabWidget):
        tabs.setCurrentWidget(page.notes_panel)
    return page


def _all_texts(widget) -> str:  # type: ignore[no-untyped-def]
    """Every text any widget of the page holds, shown or not."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(object)]:
        for getter in ("text", "toolTip", "accessibleName", "toPlainText", "windowTitle"):
            method = getattr(child, getter, None)
            if callable(method) and not isinstance(child, QApplication):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
    return "\n".join(texts)


def _stored(workshop: OpenWorkshop):  # type: ignore[no-untyped-def]
    return workshop.service.contents(workshop.workshop_id)


# --- hidden until revealed ---------------------------------------------------------------------


@pytest.mark.parametrize("step", list(PAGES))
def test_only_the_count_shows_before_reveal_and_the_notes_follow_reveal_and_hide(
    qtbot, empty_workshop: OpenWorkshop, step: WorkshopStep
) -> None:
    _add_note(empty_workshop, step, SECRET, cluster="Annat")
    _add_note(empty_workshop, step, "En andra lapp", cluster="Annat")
    _add_note(empty_workshop, step, "En tredje lapp")
    room = RoomState(empty_workshop)
    page = _page(qtbot, empty_workshop, step, room)
    panel = page.notes_panel

    assert panel.ui.status_label.text() == ("3 lappar väntar. De visas när du visar resultatet.")
    assert panel.ui.reveal_button.isVisible()
    everything = _all_texts(page)
    assert SECRET not in everything and "En tredje lapp" not in everything
    assert not panel.findChildren(QLabel, "note_text_label")

    room.reveal(step)
    cards = panel.findChildren(QLabel, "note_text_label")
    assert sorted(c.text() for c in cards) == sorted([SECRET, "En andra lapp", "En tredje lapp"])
    assert all(c.isVisible() for c in cards)
    headings = [h.text() for h in panel.findChildren(QLabel, "note_group_label")]
    assert headings == ["Annat (2)", "Utan grupp (1)"]
    assert not panel.ui.reveal_button.isVisible()

    room.hide(step)
    assert SECRET not in _all_texts(page)


def test_the_reveal_button_reveals_the_step_to_the_room(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.DEPENDENCIES
    _add_note(empty_workshop, step, SECRET)
    room = RoomState(empty_workshop)
    page = _page(qtbot, empty_workshop, step, room)
    qtbot.mouseClick(page.notes_panel.ui.reveal_button, Qt.MouseButton.LeftButton)
    assert room.is_revealed(step)
    assert SECRET in [c.text() for c in page.notes_panel.findChildren(QLabel, "note_text_label")]


def test_a_note_written_while_the_page_is_open_shows_up_as_a_count(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.ACTIONS
    room = RoomState(empty_workshop)
    page = _page(qtbot, empty_workshop, step, room)
    assert not page.notes_panel.isVisible()  # no notes: the panel takes no room
    _add_note(empty_workshop, step, SECRET)
    assert page.notes_panel.isVisible()
    assert page.notes_panel.ui.status_label.text() == (
        "1 lapp väntar. Den visas när du visar resultatet."
    )
    assert SECRET not in _all_texts(page)


def test_notes_of_other_steps_are_not_shown(qtbot, empty_workshop: OpenWorkshop) -> None:
    _add_note(empty_workshop, WorkshopStep.ACTIONS, SECRET)
    page = _page(qtbot, empty_workshop, WorkshopStep.DEPENDENCIES)
    tab = page.board_tabs.indexOf(page.notes_panel)
    assert not page.board_tabs.isTabVisible(tab)
    assert SECRET not in _all_texts(page)


# --- making notes into parts -------------------------------------------------------------------


def _card(page, note: Note):  # type: ignore[no-untyped-def]
    return page.notes_panel.cards[note.id]


def test_a_note_becomes_a_dependency_in_one_undo_step(qtbot, empty_workshop: OpenWorkshop) -> None:
    step = WorkshopStep.DEPENDENCIES
    note = _add_note(empty_workshop, step, "Bara en person kan mallen", cluster="Personberoende")
    note = dataclasses.replace(note, votes=3)
    empty_workshop.service.save_note(empty_workshop.workshop_id, note)
    empty_workshop.refresh()
    page = _page(qtbot, empty_workshop, step)
    depth = empty_workshop.undo_stack.count()

    qtbot.mouseClick(_card(page, note).convert_button, Qt.MouseButton.LeftButton)

    stored = _stored(empty_workshop)
    assert stored.notes == ()
    (dependency,) = stored.dependencies
    assert dependency.title == "Bara en person kan mallen"
    assert dependency.description == ""
    assert dependency.category is DependencyCategory.PERSON
    assert dependency.votes == 3
    assert page.current_dependency() == dependency  # selected, its fields ready to complete
    assert page.ui.title_edit.text() == "Bara en person kan mallen"
    assert empty_workshop.undo_stack.count() == depth + 1
    assert empty_workshop.undo_stack.undoText() == "Gör lapp till beroende"
    assert not page.notes_panel.cards

    empty_workshop.undo_stack.undo()
    stored = _stored(empty_workshop)
    assert stored.dependencies == ()
    assert [n.id for n in stored.notes] == [note.id]
    assert stored.notes[0].votes == 3
    assert note.id in page.notes_panel.cards

    empty_workshop.undo_stack.redo()
    stored = _stored(empty_workshop)
    assert stored.notes == () and [d.id for d in stored.dependencies] == [dependency.id]


def test_a_note_of_another_type_becomes_a_dependency_of_type_annat(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.DEPENDENCIES
    note = _add_note(empty_workshop, step, "Vi saknar en ägare", cluster="Frågor")
    page = _page(qtbot, empty_workshop, step)
    page.notes_panel.convert(note)
    (dependency,) = _stored(empty_workshop).dependencies
    assert dependency.category is DependencyCategory.OTHER


def test_a_long_note_gets_a_title_cut_at_a_word_and_keeps_its_text_as_description(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.DEPENDENCIES
    note = _add_note(empty_workshop, step, LONG_NOTE, cluster="Beslutsberoende")
    page = _page(qtbot, empty_workshop, step)
    page.notes_panel.convert(note)
    (dependency,) = _stored(empty_workshop).dependencies
    assert len(dependency.title) <= 100
    assert dependency.title.endswith("…")
    kept = dependency.title.removesuffix("…")
    assert LONG_NOTE.startswith(kept) and LONG_NOTE[len(kept)] == " "  # a whole word
    assert dependency.description == LONG_NOTE
    assert dependency.category is DependencyCategory.DECISION


def test_a_note_becomes_a_success_factor_in_one_undo_step(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.PREREQUISITES
    note = _add_note(empty_workshop, step, "Vi delar exempel varje månad", cluster="Lärande")
    page = _page(qtbot, empty_workshop, step)
    factors_before = _stored(empty_workshop).success_factors

    qtbot.mouseClick(_card(page, note).convert_button, Qt.MouseButton.LeftButton)

    stored = _stored(empty_workshop)
    assert stored.notes == ()
    (factor,) = set(stored.success_factors) - set(factors_before)
    assert factor.text == "Vi delar exempel varje månad"
    assert factor.area is Area.LEARNING
    assert page.focusWidget() is page.factor_rows[factor.id].text_edit
    assert empty_workshop.undo_stack.undoText() == "Gör lapp till framgångsfaktor"

    empty_workshop.undo_stack.undo()
    stored = _stored(empty_workshop)
    assert stored.success_factors == factors_before
    assert [n.id for n in stored.notes] == [note.id]


def test_a_note_longer_than_a_success_factor_is_cut_at_a_word(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.PREREQUISITES
    text = LONG_NOTE + " " + LONG_NOTE[:200]
    note = _add_note(empty_workshop, step, text.strip(), cluster="Genomförande")
    page = _page(qtbot, empty_workshop, step)
    page.notes_panel.convert(note)
    (factor,) = (f for f in _stored(empty_workshop).success_factors if f.text.endswith("…"))
    assert len(factor.text) <= 300
    assert text.startswith(factor.text.removesuffix("…"))
    assert factor.area is Area.IMPLEMENTATION


def test_a_note_becomes_an_action_in_one_undo_step(qtbot, empty_workshop: OpenWorkshop) -> None:
    step = WorkshopStep.ACTIONS
    note = _add_note(empty_workshop, step, LONG_NOTE, cluster="Kompetensutveckling", votes=2)
    page = _page(qtbot, empty_workshop, step)

    qtbot.mouseClick(_card(page, note).convert_button, Qt.MouseButton.LeftButton)

    stored = _stored(empty_workshop)
    assert stored.notes == ()
    (action,) = stored.actions
    assert len(action.title) <= 120 and action.title.endswith("…")
    assert action.description == LONG_NOTE
    assert action.action_type is ActionType.COMPETENCE
    assert action.votes == 2
    assert page.selected_action() == action
    assert page.ui.form_widget.isVisible()
    assert empty_workshop.undo_stack.undoText() == "Gör lapp till åtgärd"

    empty_workshop.undo_stack.undo()
    stored = _stored(empty_workshop)
    assert stored.actions == ()
    assert [n.id for n in stored.notes] == [note.id]


def test_removing_a_note_is_undone_in_one_step(qtbot, empty_workshop: OpenWorkshop) -> None:
    step = WorkshopStep.DEPENDENCIES
    offensive = _add_note(empty_workshop, step, SECRET)
    kept = _add_note(empty_workshop, step, "En lapp som får stå kvar")
    page = _page(qtbot, empty_workshop, step)

    qtbot.mouseClick(_card(page, offensive).remove_button, Qt.MouseButton.LeftButton)

    assert [n.id for n in _stored(empty_workshop).notes] == [kept.id]
    assert SECRET not in _all_texts(page)
    assert _stored(empty_workshop).dependencies == ()
    assert empty_workshop.undo_stack.undoText() == "Ta bort lapp"
    assert page.focusWidget() is page.notes_panel.cards[kept.id].convert_button

    empty_workshop.undo_stack.undo()
    assert {n.id for n in _stored(empty_workshop).notes} == {offensive.id, kept.id}
    assert offensive.id in page.notes_panel.cards


def test_the_actions_are_reachable_by_keyboard(qtbot, empty_workshop: OpenWorkshop) -> None:
    step = WorkshopStep.ACTIONS
    note = _add_note(empty_workshop, step, "Utbilda nya handläggare")
    page = _page(qtbot, empty_workshop, step)
    card = _card(page, note)
    for button in (card.convert_button, card.group_button, card.remove_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert "Utbilda nya handläggare" in button.accessibleName()
    card.convert_button.setFocus()
    qtbot.keyClick(card.convert_button, Qt.Key.Key_Tab)
    assert page.focusWidget() is card.group_button
    qtbot.keyClick(card.group_button, Qt.Key.Key_Tab)
    assert page.focusWidget() is card.remove_button
    qtbot.keyClick(card.remove_button, Qt.Key.Key_Space)
    assert _stored(empty_workshop).notes == ()


# --- names -------------------------------------------------------------------------------------


def test_the_author_is_shown_only_when_names_are_on(qtbot, empty_workshop: OpenWorkshop) -> None:
    step = WorkshopStep.DEPENDENCIES
    author = dataclasses.replace(empty_workshop.contents.participants[0], name="Ada Berg")
    empty_workshop.service.save_participant(empty_workshop.workshop_id, author)
    empty_workshop.refresh()
    note = _add_note(empty_workshop, step, "Mandatet är oklart", author_id=author.id)
    page = _page(qtbot, empty_workshop, step)
    facts = _card(page, note).facts_label
    assert facts.text() == "0 prickar"
    assert "Ada Berg" not in _all_texts(page.notes_panel)
    assert author.alias not in _all_texts(page.notes_panel)

    workshop = empty_workshop.contents.workshop
    empty_workshop.update_workshop(dataclasses.replace(workshop, show_names=True), "Visa namn")
    assert _card(page, note).facts_label.text() == "0 prickar · Ada Berg"


def test_the_note_text_is_shown_as_written_never_as_html(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.DEPENDENCIES
    note = _add_note(empty_workshop, step, "<b>fet</b> & <i>kursiv</i>")
    page = _page(qtbot, empty_workshop, step)
    label = _card(page, note).text_label
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.text() == "<b>fet</b> & <i>kursiv</i>"


def test_the_empty_states_teach_the_input_mode(qtbot, empty_workshop: OpenWorkshop) -> None:
    dependencies = _page(qtbot, empty_workshop, WorkshopStep.DEPENDENCIES)
    assert "inmatningsläget (F6)" in dependencies.ui.empty_label.text()
    actions = _page(qtbot, empty_workshop, WorkshopStep.ACTIONS)
    assert "inmatningsläget (F6)" in actions.ui.actions_empty_label.text()
    prerequisites = PrerequisitesPage(empty_workshop)
    qtbot.addWidget(prerequisites)
    for factor in empty_workshop.contents.success_factors:
        empty_workshop.remove_part(factor, "Ta bort")
    prerequisites.refresh()
    assert "inmatningsläget (F6)" in prerequisites.ui.factors_empty_label.text()
    assert isinstance(prerequisites.ui.new_factor_edit, QLineEdit)
    assert all(isinstance(b, QAbstractButton) for b in [prerequisites.ui.add_factor_button])


def test_each_note_gets_the_height_its_text_needs_at_the_panels_width(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    # Built while hidden from view, laid out narrow first, then shown wide: as on a held workshop.
    step = WorkshopStep.ACTIONS
    _add_note(empty_workshop, step, "Kort lapp")
    _add_note(empty_workshop, step, LONG_NOTE)
    page = _page(qtbot, empty_workshop, step)
    qtbot.waitUntil(lambda: page.notes_panel.ui.notes_scroll.viewport().width() > 200)
    for card in page.notes_panel.cards.values():
        label = card.text_label
        probe = QLabel(label.text())
        probe.setWordWrap(True)
        probe.setFont(label.font())
        assert label.height() == probe.heightForWidth(label.width())


def test_a_note_without_spaces_does_not_widen_the_panel(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    step = WorkshopStep.PREREQUISITES
    link = "https://exempel.se/" + "x" * 480
    note = _add_note(empty_workshop, step, link)
    page = _page(qtbot, empty_workshop, step)
    assert page.notes_panel.minimumSizeHint().width() < 400
    assert page.notes_panel.ui.notes_scroll.minimumWidth() < 400
    assert _card(page, note).text_label.text() == link  # shown cut at the edge, stored whole
    page.notes_panel.convert(note)
    (factor,) = (f for f in _stored(empty_workshop).success_factors if f.text.startswith("https"))
    assert len(factor.text) == 300 and factor.text.endswith("…")
