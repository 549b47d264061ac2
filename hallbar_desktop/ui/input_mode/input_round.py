"""What one round of the input mode collects, and who has taken their turn in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from uuid import UUID

from hallbar_desktop.domain.action import Action, ActionType
from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant

DEFAULT_BUDGET = 3
MAX_BUDGET = 20
OTHER_TYPE = DependencyCategory.OTHER.label  # "Annat": where a note without a type goes


class InputActivity(Enum):
    RATING = "rating"  # the statements, one participant at a time
    NOTES = "notes"  # brainstorm notes for a step, grouped by type
    DOT_VOTES = "dot_votes"  # a budget of dots over the dependencies or the actions


# The steps whose brainstorm the participants can write notes for, and the types they choose
# between (a note's cluster): Tillväxtverket's dependency types, the three areas, action types.
NOTE_TYPES: dict[WorkshopStep, tuple[str, ...]] = {
    WorkshopStep.DEPENDENCIES: tuple(c.label for c in DependencyCategory),
    WorkshopStep.PREREQUISITES: (*(a.label for a in Area), OTHER_TYPE),
    WorkshopStep.ACTIONS: (*(t.label for t in ActionType), OTHER_TYPE),
}
VOTE_STEPS = (WorkshopStep.DEPENDENCIES, WorkshopStep.ACTIONS)


@dataclass(slots=True)
class InputRound:
    """A round the facilitator starts: what to collect, the dots each one has, the optional PIN
    that leaving needs, and (kept for the session only) who has taken a turn."""

    activity: InputActivity
    step: WorkshopStep = WorkshopStep.RATING
    budget: int = DEFAULT_BUDGET
    pin: str = ""
    taken: set[UUID] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.activity is InputActivity.NOTES and self.step not in NOTE_TYPES:
            raise ValueError(f"notes are not collected for {self.step}")
        if self.activity is InputActivity.DOT_VOTES and self.step not in VOTE_STEPS:
            raise ValueError(f"dots are not given for {self.step}")

    @property
    def key(self) -> tuple[InputActivity, WorkshopStep]:
        """Rounds of the same activity on the same step share who has taken a turn, so that
        leaving and coming back does not give anyone a second set of dots."""
        return self.activity, self.step

    @property
    def note_types(self) -> tuple[str, ...]:
        return NOTE_TYPES[self.step]

    def done_ids(self, contents: WorkshopContents) -> frozenset[UUID]:
        """Those who are done: for the rating, everyone with an answer to every statement,
        however it was entered; otherwise those who have taken their turn in this round."""
        if self.activity is InputActivity.RATING:
            return frozenset(p.id for p in contents.participants_done())
        present = {p.id for p in contents.participants}
        return frozenset(self.taken & present)

    def counts(self, contents: WorkshopContents) -> tuple[int, int]:
        """(done, total), as the room sees it: "7 av 12 klara"."""
        return len(self.done_ids(contents)), len(contents.participants)

    def vote_targets(self, contents: WorkshopContents) -> tuple[Dependency | Action, ...]:
        """What the dots go on, in the order the facilitator's list has them."""
        if self.step is WorkshopStep.DEPENDENCIES:
            return tuple(sorted(contents.dependencies, key=lambda d: d.position))
        return tuple(sorted(contents.actions, key=lambda a: a.position))


def in_turn_order(contents: WorkshopContents) -> tuple[Participant, ...]:
    return tuple(sorted(contents.participants, key=lambda p: p.position))
