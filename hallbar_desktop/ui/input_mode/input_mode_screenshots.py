"""Renders the input mode's screens to PNG files, offscreen, for `hallbar screenshots`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.input_mode.dot_vote_turn import DotVoteTurn
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.input_mode.notes_turn import NotesTurn
from hallbar_desktop.ui.input_mode.rating_turn import RatingTurn
from hallbar_desktop.ui.main_window import MainWindow

DONE_BEFORE = 6  # participants done before the one shown: the handover then says "7 av 12"
NOTE_SHOWN = "Beslutet om kriterier för projektmedel väntar på nämndens sammanträde i mars"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def render_input_mode(window: MainWindow, workshop_id: UUID, out: Path, size: QSize) -> list[Path]:
    """The alias grid, a statement, the "7 av 12 klara" handover, a brainstorm and dot voting.

    The rating is shown in a copy of ``workshop_id`` where only some have answered; notes and
    dots go into the workshop itself. Call it on a throw-away database only."""
    window.open_workshop(workshop_id)
    assert window.workshop is not None
    service = window.workshop.service
    demo = service.contents(workshop_id)
    copy = service.duplicate_as_template(workshop_id, demo.workshop.title)
    # The copy's participants stand in for the demo's, in the same order; the first few have
    # already answered as they did in the demo.
    stand_in = dict(
        zip(
            (p.id for p in in_turn_order(demo)),
            (p.id for p in in_turn_order(copy)),
            strict=True,
        )
    )
    early = {p.id for p in in_turn_order(demo)[:DONE_BEFORE]}
    service.record_ratings(
        copy.workshop.id,
        (
            Rating(
                participant_id=stand_in[r.participant_id],
                statement_code=r.statement_code,
                value=r.value,
            )
            for r in demo.ratings
            if r.participant_id in early
        ),
    )
    written: list[Path] = []

    def shoot(
        workshop_id: UUID,
        input_round: InputRound,
        act: Callable[[InputModeWindow], None],
        name: str,
    ) -> None:
        window.open_workshop(workshop_id)
        view = window.workshop_view
        assert view is not None
        screen = InputModeWindow(view.workshop, input_round, view.room)
        screen.resize(size)
        screen.show()
        try:
            act(screen)
            _settle()
            path = out / f"input-{name}.png"
            screen.grab().save(str(path))
            written.append(path)
        finally:
            screen.leave()
            screen.deleteLater()

    rating = InputRound(InputActivity.RATING)
    shoot(copy.workshop.id, rating, lambda screen: None, "aliases")
    shoot(copy.workshop.id, rating, _rating_turn, "rating")
    shoot(copy.workshop.id, rating, _handed_over, "handover")
    notes = InputRound(InputActivity.NOTES, WorkshopStep.DEPENDENCIES)
    shoot(workshop_id, notes, _writing_notes, "notes")
    dots = InputRound(InputActivity.DOT_VOTES, WorkshopStep.DEPENDENCIES, budget=3)
    shoot(workshop_id, dots, _placing_dots, "dot-voting")
    return written


def _next_participant(screen: InputModeWindow) -> None:
    contents = screen.workshop.contents
    done = screen.round.done_ids(contents)
    upcoming = next(p for p in in_turn_order(contents) if p.id not in done)
    screen.start_turn(upcoming)


def _rating_turn(screen: InputModeWindow) -> None:
    """Three statements answered, the fourth shown with none chosen yet."""
    _next_participant(screen)
    turn = screen.turn
    assert isinstance(turn, RatingTurn)
    for value in (4, 3, 5):
        turn.answer(value)


def _handed_over(screen: InputModeWindow) -> None:
    _next_participant(screen)
    turn = screen.turn
    assert isinstance(turn, RatingTurn)
    for number in range(len(screen.workshop.contents.template.statements)):
        turn.answer(None if number == 7 else 2 + number % 3)
    turn.finish()


def _writing_notes(screen: InputModeWindow) -> None:
    screen.start_turn(in_turn_order(screen.workshop.contents)[0])
    turn = screen.turn
    assert isinstance(turn, NotesTurn)
    turn.type_group.button(2).setChecked(True)
    turn.text_edit.setPlainText("Arbetet står still när projektmedlen tar slut i december")
    turn.add_note()
    turn.type_group.button(0).setChecked(True)
    turn.text_edit.setPlainText(NOTE_SHOWN)


def _placing_dots(screen: InputModeWindow) -> None:
    screen.start_turn(in_turn_order(screen.workshop.contents)[0])
    turn = screen.turn
    assert isinstance(turn, DotVoteTurn)
    targets = turn.targets
    turn.add_dot(targets[0].id)
    turn.add_dot(targets[0].id)
