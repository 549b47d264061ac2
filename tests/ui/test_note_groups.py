"""Grouping the participants' notes: by drag or the Gruppera menu, named in place, merged."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.dependencies_page import DependenciesPage
from hallbar_desktop.ui.presenter.room_views import NOTES
from hallbar_desktop.ui.widgets.notes_panel import NotesPanel, note_mime
from tests.hostile_text import CORPUS
from tests.ui.test_participant_view import open_view, texts

STEP = WorkshopStep.DEPENDENCIES


def _add(workshop: OpenWorkshop, text: str, cluster: str = "", votes: int = 0) -> Note:
    note = Note(
        step=STEP,
        text=text,
        cluster=cluster,
        votes=votes,
        position=len(workshop.contents.notes) + 1,
    )
    workshop.service.save_note(workshop.workshop_id, note)
    workshop.refresh()
    return note


def _panel(qtbot, workshop: OpenWorkshop) -> NotesPanel:  # type: ignore[no-untyped-def]
    page = DependenciesPage(workshop)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.board_tabs.setCurrentWidget(page.notes_panel)
    return page.notes_panel


def _stored(workshop: OpenWorkshop) -> dict[str, Note]:
    return {n.text: n for n in workshop.service.contents(workshop.workshop_id).notes}


def _groups(workshop: OpenWorkshop) -> dict[str, str]:
    return {text: note.cluster for text, note in _stored(workshop).items()}


def _headings(panel: NotesPanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, "note_group_label")]


def _drop(target: QWidget, note: Note) -> bool:
    """Drag ``note`` over ``target`` and let go, as Qt delivers it: whether it was taken."""
    mime = note_mime(note.id)
    centre = target.rect().center()
    action, button = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, action, mime, button, modifiers)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), action, mime, button, modifiers)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def _type(widget: QWidget, text: str) -> None:
    # One key event per character: QTest.keyClicks aborts on ä and ö (engineering notes).
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


# --- by drag -----------------------------------------------------------------------------------


def test_a_note_dropped_on_a_note_without_a_group_makes_a_new_group_of_both(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    first = _add(empty_workshop, "Bara Anna kan mallen")
    second = _add(empty_workshop, "Mallen finns bara hos Anna")
    _add(empty_workshop, "Tredje lappen")
    panel = _panel(qtbot, empty_workshop)
    depth = empty_workshop.undo_stack.count()

    assert _drop(panel.cards[second.id], first)

    assert _groups(empty_workshop) == {
        "Bara Anna kan mallen": "Grupp 1",
        "Mallen finns bara hos Anna": "Grupp 1",
        "Tredje lappen": "",
    }
    assert _headings(panel) == ["Grupp 1 (2)", "Utan grupp (1)"]
    assert empty_workshop.undo_stack.count() == depth + 1
    assert empty_workshop.undo_stack.undoText() == "Lägg lappar i ny grupp"

    empty_workshop.undo_stack.undo()
    assert set(_groups(empty_workshop).values()) == {""}
    assert _headings(panel) == ["Utan grupp (3)"]


def test_a_new_group_takes_the_first_free_number(qtbot, empty_workshop: OpenWorkshop) -> None:
    _add(empty_workshop, "Redan grupperad", cluster="Grupp 1")
    first = _add(empty_workshop, "Första")
    second = _add(empty_workshop, "Andra")
    panel = _panel(qtbot, empty_workshop)
    assert _drop(panel.cards[first.id], second)
    assert _groups(empty_workshop)["Första"] == _groups(empty_workshop)["Andra"] == "Grupp 2"


def test_a_note_dropped_on_a_grouped_note_or_a_group_joins_that_group(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    person = _add(empty_workshop, "En person bär allt", cluster="Personberoende", votes=2)
    decision = _add(empty_workshop, "Nämnden väntar", cluster="Beslutsberoende", votes=1)
    loose = _add(empty_workshop, "Lös lapp", votes=4)
    panel = _panel(qtbot, empty_workshop)

    assert _drop(panel.cards[person.id], decision)
    assert _groups(empty_workshop)["Nämnden väntar"] == "Personberoende"
    assert empty_workshop.undo_stack.undoText() == "Lägg lapp i grupp"

    assert _drop(panel.groups["Personberoende"].header, loose)
    assert _groups(empty_workshop)["Lös lapp"] == "Personberoende"
    assert _headings(panel) == ["Personberoende (3) · prickar: 7", "Utan grupp (0)"]


def test_a_note_dropped_on_utan_grupp_leaves_its_group(qtbot, empty_workshop: OpenWorkshop) -> None:
    grouped = _add(empty_workshop, "I en grupp", cluster="Mallen")
    _add(empty_workshop, "Också i gruppen", cluster="Mallen")
    panel = _panel(qtbot, empty_workshop)
    assert _headings(panel) == ["Mallen (2)", "Utan grupp (0)"]  # a place to drop on

    assert _drop(panel.groups[""], grouped)

    assert _groups(empty_workshop) == {"I en grupp": "", "Också i gruppen": "Mallen"}
    assert empty_workshop.undo_stack.undoText() == "Ta lapp ur grupp"
    empty_workshop.undo_stack.undo()
    assert _groups(empty_workshop)["I en grupp"] == "Mallen"


def test_a_drop_that_would_change_nothing_is_refused(qtbot, empty_workshop: OpenWorkshop) -> None:
    first = _add(empty_workshop, "Första", cluster="Mallen")
    second = _add(empty_workshop, "Andra", cluster="Mallen")
    alone = _add(empty_workshop, "Ensam")
    panel = _panel(qtbot, empty_workshop)
    depth = empty_workshop.undo_stack.count()
    another_steps = Note(step=WorkshopStep.ACTIONS, text="Annat steg")
    empty_workshop.service.save_note(empty_workshop.workshop_id, another_steps)
    empty_workshop.refresh()

    assert not _drop(panel.cards[first.id], first)  # on itself
    assert not _drop(panel.cards[second.id], first)  # its own group, through the card
    assert not _drop(panel.groups["Mallen"], first)
    assert not _drop(panel.cards[alone.id], alone)
    assert not _drop(panel.groups[""], alone)
    assert not _drop(panel.cards[alone.id], another_steps)  # not one of this step's notes

    assert empty_workshop.undo_stack.count() == depth
    assert _groups(empty_workshop)["Ensam"] == ""


def test_a_dropped_note_is_scrolled_into_view_in_its_new_place(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    _add(empty_workshop, "Först i listan", cluster="A-gruppen")
    for number in range(1, 13):
        _add(empty_workshop, f"Lös lapp {number}")
    last = _stored(empty_workshop)["Lös lapp 12"]
    panel = _panel(qtbot, empty_workshop)
    scroll = panel.ui.notes_scroll
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    assert scroll.verticalScrollBar().value() > 0  # the list is longer than the panel

    assert _drop(panel.groups["A-gruppen"].header, last)

    def in_view() -> bool:
        card = panel.cards[last.id]
        top = card.mapTo(scroll.viewport(), card.rect().topLeft()).y()
        return top >= 0 and top + card.height() <= scroll.viewport().height()

    qtbot.waitUntil(in_view)
    assert scroll.verticalScrollBar().value() < scroll.verticalScrollBar().maximum()


# --- naming a group ----------------------------------------------------------------------------


def test_f2_on_a_groups_heading_renames_the_group_in_one_undo_step(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    _add(empty_workshop, "Första", cluster="Grupp 1")
    _add(empty_workshop, "Andra", cluster="Grupp 1")
    _add(empty_workshop, "Tredje", cluster="Annat")
    panel = _panel(qtbot, empty_workshop)
    header = panel.groups["Grupp 1"].header
    assert header.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "F2" in header.accessibleDescription()
    header.setFocus()

    qtbot.keyClick(header, Qt.Key.Key_F2)
    assert header.name_edit.isVisible() and header.name_edit.selectedText() == "Grupp 1"
    _type(header.name_edit, "Kunskap hos få")
    qtbot.keyClick(header.name_edit, Qt.Key.Key_Return)

    assert _groups(empty_workshop) == {
        "Första": "Kunskap hos få",
        "Andra": "Kunskap hos få",
        "Tredje": "Annat",
    }
    assert _headings(panel) == ["Annat (1)", "Kunskap hos få (2)", "Utan grupp (0)"]
    assert panel.window().focusWidget() is panel.groups["Kunskap hos få"].header
    assert empty_workshop.undo_stack.undoText() == "Byt namn på grupp"
    empty_workshop.undo_stack.undo()
    assert _groups(empty_workshop)["Första"] == _groups(empty_workshop)["Andra"] == "Grupp 1"


def test_a_double_click_renames_and_escape_keeps_the_name(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    _add(empty_workshop, "Första", cluster="Grupp 1")
    panel = _panel(qtbot, empty_workshop)
    depth = empty_workshop.undo_stack.count()
    header = panel.groups["Grupp 1"].header

    qtbot.mouseDClick(header.label, Qt.MouseButton.LeftButton)
    assert header.name_edit.isVisible()
    _type(header.name_edit, "Något annat")
    qtbot.keyClick(header.name_edit, Qt.Key.Key_Escape)

    assert not header.name_edit.isVisible() and header.label.isVisible()
    assert _groups(empty_workshop) == {"Första": "Grupp 1"}
    assert empty_workshop.undo_stack.count() == depth
    assert panel.window().focusWidget() is header


def test_utan_grupp_has_no_name_to_change(qtbot, empty_workshop: OpenWorkshop) -> None:
    _add(empty_workshop, "Första")
    panel = _panel(qtbot, empty_workshop)
    header = panel.groups[""].header
    qtbot.mouseDClick(header.label, Qt.MouseButton.LeftButton)
    assert not header.name_edit.isVisible()
    assert not header.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_group_name_is_stored_as_typed_or_refused_with_a_message(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    """The hostile-text corpus as group names: stored trimmed of the spaces around it, or
    refused next to the notes with nothing changed. The field holds at most a name's 100
    characters, so the long text is cut there, not refused."""
    note = _add(empty_workshop, "Lappen", cluster="Start")
    panel = _panel(qtbot, empty_workshop)
    current = "Start"
    for entry in CORPUS:
        panel.ui.problem_label.clear()
        header = panel.groups[current].header
        header.start_rename()
        header.name_edit.setText(entry.text)
        held = header.name_edit.text()
        qtbot.keyClick(header.name_edit, Qt.Key.Key_Return)
        stored = _stored(empty_workshop)["Lappen"].cluster
        if entry.key == "long":
            assert len(held) == 100 and stored == held.strip()
        elif entry.accepted or entry.key == "lone_surrogate":  # Qt drops a lone surrogate
            assert stored == held.strip(), entry.key
            assert panel.ui.problem_label.isHidden(), entry.key
        else:
            assert stored == current, entry.key
            assert "som inte kan sparas" in panel.ui.problem_label.text(), entry.key
            assert not panel.ui.problem_label.isHidden()
        current = stored.strip()
    assert list(panel.cards) == [note.id]


# --- the Gruppera menu: the keyboard's way -----------------------------------------------------


def _menu(panel: NotesPanel, note: Note) -> QMenu:
    menu = panel.cards[note.id].group_button.menu()
    menu.aboutToShow.emit()  # what opening it does
    return menu


def _item(menu: QMenu, *path: str):  # type: ignore[no-untyped-def]
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text() == text)
        menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.text() == path[-1])


def test_the_gruppera_menu_puts_a_note_in_a_group_a_new_group_or_none(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    note = _add(empty_workshop, "Lappen")
    _add(empty_workshop, "I Mallen", cluster="Mallen")
    _add(empty_workshop, "I Tid & pengar", cluster="Tid & pengar")
    panel = _panel(qtbot, empty_workshop)

    into = [a.text() for a in _item(_menu(panel, note), "Lägg i grupp").menu().actions()]
    assert into == ["Mallen", "Tid && pengar", "", "Ny grupp…"]  # & shown, not a shortcut

    _item(_menu(panel, note), "Lägg i grupp", "Mallen").trigger()
    assert _groups(empty_workshop)["Lappen"] == "Mallen"
    assert panel.window().focusWidget() is panel.cards[note.id].group_button

    _item(_menu(panel, note), "Ta ur gruppen Mallen").trigger()
    assert _groups(empty_workshop)["Lappen"] == ""

    _item(_menu(panel, note), "Lägg i grupp", "Ny grupp…").trigger()
    assert _groups(empty_workshop)["Lappen"] == "Grupp 1"
    edit = panel.groups["Grupp 1"].header.name_edit
    assert edit.isVisible() and panel.window().focusWidget() is edit  # ready to be named
    _type(edit, "Egen grupp")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _groups(empty_workshop)["Lappen"] == "Egen grupp"


def test_the_menu_is_reached_and_used_with_keys_alone(qtbot, empty_workshop: OpenWorkshop) -> None:
    note = _add(empty_workshop, "Lappen")
    _add(empty_workshop, "I Mallen", cluster="Mallen")
    panel = _panel(qtbot, empty_workshop)
    button = panel.cards[note.id].group_button
    button.setFocus()
    pressed: list[str] = []

    def press(key: Qt.Key) -> None:
        popup = QApplication.activePopupWidget()
        assert popup is not None
        pressed.append(popup.activeAction().text() if popup.activeAction() else "")
        qtbot.keyClick(popup, key)

    # Menu: Lägg i grupp ▸ (Mallen, Ny grupp…). Right opens the submenu, Return takes Mallen.
    keys = [Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Return]
    for step, key in enumerate(keys):
        QTimer.singleShot(50 * (step + 1), lambda k=key: press(k))
    qtbot.keyClick(button, Qt.Key.Key_Space)  # opens the menu; returns once it closed
    qtbot.waitUntil(lambda: _groups(empty_workshop)["Lappen"] == "Mallen")


def test_merging_a_duplicate_adds_its_dots_and_undo_brings_both_back(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    kept = _add(empty_workshop, "Bara Anna kan mallen", cluster="Personberoende", votes=3)
    duplicate = _add(empty_workshop, "Allt hänger på Anna", votes=2)
    panel = _panel(qtbot, empty_workshop)
    depth = empty_workshop.undo_stack.count()

    merge = _item(_menu(panel, duplicate), "Slå ihop med").menu()
    assert [a.text() for a in merge.actions() if not a.isSeparator()] == [
        "Bara Anna kan mallen (prickar: 3)"
    ]
    _item(merge, "Bara Anna kan mallen (prickar: 3)").trigger()

    stored = _stored(empty_workshop)
    assert list(stored) == ["Bara Anna kan mallen"]
    assert stored["Bara Anna kan mallen"].votes == 5
    assert list(panel.cards) == [kept.id]
    assert panel.cards[kept.id].facts_label.text() == "5 prickar"
    assert _headings(panel) == ["Personberoende (1) · prickar: 5", "Utan grupp (0)"]
    assert empty_workshop.undo_stack.count() == depth + 1
    assert empty_workshop.undo_stack.undoText() == "Slå ihop lappar"

    empty_workshop.undo_stack.undo()
    stored = _stored(empty_workshop)
    assert stored["Bara Anna kan mallen"] == kept
    assert stored["Allt hänger på Anna"] == duplicate
    assert set(panel.cards) == {kept.id, duplicate.id}

    empty_workshop.undo_stack.redo()
    assert [n.votes for n in _stored(empty_workshop).values()] == [5]


def test_a_note_in_a_group_converts_with_the_groups_type(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    person = _add(empty_workshop, "En person bär allt", cluster="Personberoende")
    moved = _add(empty_workshop, "Nämnden väntar", cluster="Beslutsberoende")
    panel = _panel(qtbot, empty_workshop)
    assert _drop(panel.cards[person.id], moved)
    panel.convert(_stored(empty_workshop)["Nämnden väntar"])
    (dependency,) = empty_workshop.contents.dependencies
    assert dependency.category.label == "Personberoende"


# --- on the projector --------------------------------------------------------------------------


def test_the_projector_shows_the_notes_under_their_groups_with_their_dots(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    _add(empty_workshop, "Bara Anna kan mallen", cluster="Kunskap hos få", votes=3)
    _add(empty_workshop, "Ingen ersättare", cluster="Kunskap hos få", votes=1)
    _add(empty_workshop, "Lös lapp")
    room, _timer, view = open_view(qtbot, empty_workshop)
    room.set_step(STEP)
    room.reveal(STEP)
    room.show_view(STEP, NOTES)

    headings = [label.text() for label in view.findChildren(QLabel, "note_group_heading")]
    assert headings == ["Kunskap hos få (2)\nprickar: 4", "Utan grupp (1)"]
    cards = sorted(label.text() for label in view.findChildren(QLabel, "note_card"))
    assert cards == ["Bara Anna kan mallen\n●●● 3", "Ingen ersättare\n● 1", "Lös lapp"]

    # Grouped on the laptop, grouped in the room.
    panel = _panel(qtbot, empty_workshop)
    panel.follow_room(room)
    loose = _stored(empty_workshop)["Lös lapp"]
    assert _drop(panel.groups["Kunskap hos få"].header, loose)
    headings = [label.text() for label in view.findChildren(QLabel, "note_group_heading")]
    assert headings == ["Kunskap hos få (3)\nprickar: 4"]
    assert "Lös lapp" in texts(view)


def test_many_dots_are_drawn_up_to_ten_and_said_in_full(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    _add(empty_workshop, "Populär", votes=12)
    room, _timer, view = open_view(qtbot, empty_workshop)
    room.set_step(STEP)
    room.reveal(STEP)
    room.show_view(STEP, NOTES)
    (card,) = view.findChildren(QLabel, "note_card")
    assert card.text() == "Populär\n" + "●" * 10 + " 12"
