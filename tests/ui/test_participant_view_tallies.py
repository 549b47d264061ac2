"""Deltagarvyn with hand-counted answers: the room is told how many were counted."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_timer import StepTimer


def _overview_caption(qtbot, workshop: OpenWorkshop) -> str:  # type: ignore[no-untyped-def]
    room = RoomState(workshop)
    view = ParticipantView(room, StepTimer())
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    room.set_step(WorkshopStep.RATING)
    room.reveal(WorkshopStep.RATING)
    (caption,) = [
        label.text()
        for label in view.findChildren(QLabel)
        if label.isVisibleTo(view) and label.text().startswith("Stapeln är medelvärdet")
    ]
    return caption


def test_counted_answers_are_not_reported_as_nobody_answering(qtbot, empty_workshop) -> None:  # type: ignore[no-untyped-def]
    workshop = empty_workshop
    statements = workshop.contents.template.statements
    for statement in statements:
        workshop.set_statement_tallies(statement.code, {3: 2, 4: 2}, "Handuppräckning")
    caption = _overview_caption(qtbot, workshop)
    assert f"{4 * len(statements)} handuppräknade svar." in caption
    assert "0 av 3 har svarat" not in caption
    assert "deltagarens eget medelvärde" not in caption

    first = workshop.contents.participants[0]
    workshop.record_ratings(
        [Rating(participant_id=first.id, statement_code=s.code, value=5) for s in statements],
        "Svar",
    )
    caption = _overview_caption(qtbot, workshop)
    assert caption.endswith(
        f"1 av 3 har svarat. Dessutom {4 * len(statements)} handuppräknade svar."
    )


def test_without_counted_answers_the_caption_counts_the_participants(qtbot, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    caption = _overview_caption(qtbot, demo_workshop)
    assert "deltagarens eget medelvärde" in caption
    assert caption.endswith("12 av 12 har svarat.")
    assert "handuppräknade" not in caption
