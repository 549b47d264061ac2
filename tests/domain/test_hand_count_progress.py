"""The step list's note on Individuell skattning when the answers are counted by hand."""

from __future__ import annotations

from dataclasses import replace

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.readiness import RatingTally
from hallbar_desktop.domain.workflow import Missing, WorkshopStep, missing_for
from hallbar_desktop.domain.workshop import InputMode, Participant, Workshop


def test_hand_counts_are_missing_per_statement_not_per_participant(template) -> None:  # type: ignore[no-untyped-def]
    contents = WorkshopContents(
        workshop=Workshop(title="Räknat", input_mode=InputMode.HAND_COUNT),
        template=template,
        participants=(Participant(alias="Deltagare 1"),),
    )
    codes = [s.code for s in template.statements]
    assert missing_for(WorkshopStep.RATING, contents) == (
        Missing("uncounted_statements", len(codes)),
    )
    counted = replace(
        contents,
        tallies=tuple(RatingTally(statement_code=c, value=4, count=3) for c in codes[1:]),
    )
    assert missing_for(WorkshopStep.RATING, counted) == (Missing("uncounted_statements", 1),)
    everything = replace(
        counted,
        tallies=(*counted.tallies, RatingTally(statement_code=codes[0], value=None, count=2)),
    )
    assert missing_for(WorkshopStep.RATING, everything) == ()
    # Taken in turn, the same workshop still waits for its participant.
    assert missing_for(
        WorkshopStep.RATING,
        replace(
            everything, workshop=replace(everything.workshop, input_mode=InputMode.TURN_TAKING)
        ),
    ) == (Missing("not_rated", 1, 1),)
