"""Deltagarvyn: what was typed shows as text, never as markup; the pointer only where needed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.presenter.room_views import NOTES
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_timer import StepTimer

LOUD_NOTE = "<p style='font-size:120pt;background:black;color:white'>STOR</p>"
TITLE = "<i>Workshop</i> & <b>mer</b>"
CURRENT = "<h1>Nuläget</h1>"


def _labels_showing(view: ParticipantView, text: str) -> list[QLabel]:
    return [
        label
        for label in view.findChildren(QLabel)
        if label.isVisibleTo(view) and text in label.text()
    ]


def test_notes_and_the_groups_texts_show_as_typed(qtbot, empty_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    workshop = empty_workshop
    workshop.save_part(
        Note(step=WorkshopStep.DEPENDENCIES, text=LOUD_NOTE, cluster="<b>Typ</b>", position=1),
        "Lapp",
    )
    w = workshop.contents.workshop
    workshop.update_workshop(dataclasses.replace(w, title=TITLE, current_state=CURRENT), "Text")
    room = RoomState(workshop)
    view = ParticipantView(room, StepTimer())
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()

    shown = {}
    room.set_step(WorkshopStep.PREPARATION)  # the waiting screen shows the title large
    shown["title"] = _labels_showing(view, TITLE)
    room.set_step(WorkshopStep.CURRENT_AND_TARGET)
    shown["current"] = _labels_showing(view, CURRENT)
    room.set_step(WorkshopStep.DEPENDENCIES)
    room.reveal(WorkshopStep.DEPENDENCIES)
    room.show_view(WorkshopStep.DEPENDENCIES, NOTES)
    shown["note"] = _labels_showing(view, LOUD_NOTE)
    shown["group"] = _labels_showing(view, "<b>Typ</b>")

    for what, labels in shown.items():
        assert labels, what
        for label in labels:
            assert label.textFormat() is Qt.TextFormat.PlainText, what
    # As plain text the note is as wide as its characters at body size, not 120 pt letters.
    card = shown["note"][0]
    assert card.sizeHint().height() < 4 * card.fontMetrics().height()


def test_the_pointer_is_hidden_only_on_the_projector(qtbot, demo_workshop, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """As a normal window on the facilitator's own screen the view keeps the mouse pointer;
    full screen on the projector it has none."""
    from PySide6.QtGui import QGuiApplication

    from hallbar_desktop.ui.presenter import participant_view

    view = ParticipantView(RoomState(demo_workshop), StepTimer())
    qtbot.addWidget(view)
    view.open()
    assert view.full_screen_on is None
    assert view.cursor().shape() is not Qt.CursorShape.BlankCursor

    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(participant_view, "projector_screen", lambda _facilitator: screen)
    view.place()
    assert view.full_screen_on is screen
    assert view.cursor().shape() is Qt.CursorShape.BlankCursor

    monkeypatch.setattr(participant_view, "projector_screen", lambda _facilitator: None)
    view.place()
    assert view.full_screen_on is None
    assert view.cursor().shape() is not Qt.CursorShape.BlankCursor
