"""Hand counts and dot votes are edits like any other: stored at once, undone and redone."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.readiness import RatingTally
from hallbar_desktop.ui.open_workshop import OpenWorkshop


def _stored(workshop: OpenWorkshop):  # type: ignore[no-untyped-def]
    return workshop.service.contents(workshop.workshop_id)


def test_hand_counts_are_stored_and_undone(empty_workshop: OpenWorkshop) -> None:
    workshop = empty_workshop
    workshop.set_statement_tallies("A1", {4: 3, 5: 2, None: 0}, "Handuppräckning A1")
    expected = {
        RatingTally(statement_code="A1", value=4, count=3),
        RatingTally(statement_code="A1", value=5, count=2),
    }
    assert set(_stored(workshop).tallies) == expected
    assert workshop.contents.tallies_for("A1") == {4: 3, 5: 2}
    workshop.set_statement_tallies("A1", {4: 1}, "Handuppräckning A1")
    workshop.undo_stack.undo()
    assert set(_stored(workshop).tallies) == expected
    workshop.undo_stack.undo()
    assert _stored(workshop).tallies == ()
    workshop.undo_stack.redo()
    assert set(workshop.contents.tallies) == expected


def test_a_participants_dots_are_added_and_taken_back(demo_workshop: OpenWorkshop) -> None:
    workshop = demo_workshop
    dependency, action = workshop.contents.dependencies[0], workshop.contents.actions[0]
    before = (dependency.votes, action.votes)
    workshop.add_votes({dependency.id: 2, action.id: 1}, 3, "Prickröstning")
    stored = _stored(workshop)
    assert (stored.dependency(dependency.id).votes, stored.actions[0].votes) == (
        before[0] + 2,
        before[1] + 1,
    )
    workshop.undo_stack.undo()
    stored = _stored(workshop)
    assert (stored.dependency(dependency.id).votes, stored.actions[0].votes) == before


def test_dots_over_the_budget_are_refused_and_not_pushed(demo_workshop: OpenWorkshop) -> None:
    workshop = demo_workshop
    dependency = workshop.contents.dependencies[0]
    with pytest.raises(ValidationError):
        workshop.add_votes({dependency.id: 4}, 3, "Prickröstning")
    assert workshop.undo_stack.count() == 0
    assert _stored(workshop).dependency(dependency.id).votes == dependency.votes
