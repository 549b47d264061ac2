"""The steps of a workshop and their order for each variant."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.workshop import InputMode, Variant

if TYPE_CHECKING:
    from hallbar_desktop.domain.contents import WorkshopContents


class WorkshopStep(LabelledChoice):
    PREPARATION = ("preparation", "Förberedelser")
    WELCOME = ("welcome", "Välkommen och syfte")
    CURRENT_AND_TARGET = ("current_and_target", "Nuläge och målbild")
    RATING = ("rating", "Individuell skattning")
    RESULTS = ("results", "Resultat och samtal")
    DEPENDENCIES = ("dependencies", "Beroenden")
    PREREQUISITES = ("prerequisites", "Förutsättningar och framgångsfaktorer")
    ACTIONS = ("actions", "Åtgärder")
    SUMMARY = ("summary", "Sammanfattning och nästa steg")
    FOLLOW_UP = ("follow_up", "Uppföljning")


_S = WorkshopStep

# Suggested minutes per step (domain §3.2); the short variant folds rating and results together.
STEPS: dict[Variant, tuple[tuple[WorkshopStep, int], ...]] = {
    Variant.HALF_DAY: (
        (_S.PREPARATION, 0),
        (_S.WELCOME, 10),
        (_S.CURRENT_AND_TARGET, 20),
        (_S.RATING, 15),
        (_S.RESULTS, 25),
        (_S.DEPENDENCIES, 40),
        (_S.PREREQUISITES, 15),
        (_S.ACTIONS, 40),
        (_S.SUMMARY, 15),
    ),
    Variant.SHORT: (
        (_S.PREPARATION, 0),
        (_S.WELCOME, 5),
        (_S.CURRENT_AND_TARGET, 10),
        (_S.RATING, 10),
        (_S.RESULTS, 15),
        (_S.DEPENDENCIES, 25),
        (_S.ACTIONS, 20),
        (_S.SUMMARY, 5),
    ),
    Variant.FOLLOW_UP: (
        (_S.PREPARATION, 0),
        (_S.WELCOME, 5),
        (_S.FOLLOW_UP, 30),
        (_S.RATING, 10),
        (_S.RESULTS, 15),
        (_S.DEPENDENCIES, 15),
        (_S.ACTIONS, 15),
        (_S.SUMMARY, 10),
    ),
}


def steps_for(variant: Variant) -> tuple[WorkshopStep, ...]:
    return tuple(step for step, _ in STEPS[variant])


def suggested_minutes(variant: Variant, step: WorkshopStep) -> int | None:
    return dict(STEPS[variant]).get(step)


def started(step: WorkshopStep, contents: WorkshopContents) -> bool:
    """Whether the file holds work of ``step``, so a reopened workshop shows the progress it
    has made (not only the steps visited since it was opened)."""
    w = contents.workshop
    if step is WorkshopStep.PREPARATION:
        return bool(contents.participants or w.organisation or w.change_focus.strip())
    if step is WorkshopStep.WELCOME:
        # A talk that leaves nothing behind: it has been held once any later step has work.
        return any(
            started(later, contents)
            for later in WorkshopStep
            if later not in (WorkshopStep.PREPARATION, WorkshopStep.WELCOME)
        )
    if step is WorkshopStep.CURRENT_AND_TARGET:
        return bool(w.current_state.strip() or w.target_picture.strip())
    if step is WorkshopStep.RATING:
        return bool(contents.ratings or any(t.count for t in contents.tallies))
    if step is WorkshopStep.RESULTS:
        return any(g.score is not None or g.comment.strip() for g in contents.group_scores)
    if step is WorkshopStep.DEPENDENCIES:
        return bool(contents.dependencies)
    if step is WorkshopStep.PREREQUISITES:
        return bool(contents.success_factors) or any(
            c.light is not None for c in contents.prerequisite_checks
        )
    if step is WorkshopStep.ACTIONS:
        return bool(contents.actions)
    if step is WorkshopStep.SUMMARY:
        return bool(w.next_steps.strip())
    return step is WorkshopStep.FOLLOW_UP and w.follows_up_id is not None


@dataclass(frozen=True, slots=True)
class Missing:
    """Something a step still lacks, as a code (see MISSING_CODES) with its counts; the
    window puts it in words ("1 högt prioriterat beroende saknar åtgärd")."""

    code: str
    count: int = 0
    total: int = 0


MISSING_CODES = (
    "organisation",  # Förberedelser: the workshop's organisation
    "change_focus",  # the change in focus
    "held_on",  # the workshop's date
    "participants",  # no participant yet
    "current_state",  # Nuläge och målbild
    "target_picture",
    "uncounted_statements",  # hand counts: count statements without a count
    "no_participants",  # rating: nobody to rate
    "not_rated",  # count of total participants have not finished rating
    "group_scores",  # count dimensions without the group's rating
    "no_dependencies",
    "unplaced_dependencies",  # count dependencies without impact or influence
    "unlit_points",  # count prerequisite points without a traffic light
    "unhandled_high_priority",  # count high-priority dependencies without an action
    "incomplete_actions",  # count actions without owner or due date
    "follow_up_date",  # Sammanfattning: no follow-up date
    "followed_up_workshop",  # Uppföljning: no workshop chosen to follow up
)


def missing_for(step: WorkshopStep, contents: WorkshopContents) -> tuple[Missing, ...]:
    """What is still missing before ``step`` is complete, for the step list."""
    # Imported here because contents.py imports this module for WorkshopStep (via note.py).
    from hallbar_desktop.domain.contents import unhandled_high_priority

    w = contents.workshop
    missing: list[Missing] = []
    if step is WorkshopStep.PREPARATION:
        for value, code in (
            (w.organisation, "organisation"),
            (w.change_focus, "change_focus"),
            (w.held_on, "held_on"),
        ):
            if not value:
                missing.append(Missing(code))
        if not contents.participants:
            missing.append(Missing("participants"))
    elif step is WorkshopStep.CURRENT_AND_TARGET:
        if not w.current_state.strip():
            missing.append(Missing("current_state"))
        if not w.target_picture.strip():
            missing.append(Missing("target_picture"))
    elif step is WorkshopStep.RATING and w.input_mode is InputMode.HAND_COUNT:
        # Hand counts say nothing about who answered, only which statements were counted.
        counted = {t.statement_code for t in contents.tallies if t.count}
        uncounted = contents.template.statement_codes - counted
        if uncounted:
            missing.append(Missing("uncounted_statements", len(uncounted)))
    elif step is WorkshopStep.RATING:
        left = len(contents.participants) - len(contents.participants_done())
        if not contents.participants:
            missing.append(Missing("no_participants"))
        elif left:
            missing.append(Missing("not_rated", left, len(contents.participants)))
    elif step is WorkshopStep.RESULTS:
        scored = {g.dimension_code for g in contents.group_scores if g.score is not None}
        left = [d for d in contents.template.dimensions if d.in_readiness and d.code not in scored]
        if left:
            missing.append(Missing("group_scores", len(left)))
    elif step is WorkshopStep.DEPENDENCIES:
        if not contents.dependencies:
            missing.append(Missing("no_dependencies"))
        unplaced = [d for d in contents.dependencies if d.quadrant is None]
        if unplaced:
            missing.append(Missing("unplaced_dependencies", len(unplaced)))
    elif step is WorkshopStep.PREREQUISITES:
        unrated = [c for c in contents.prerequisite_checks if c.light is None]
        if unrated:
            missing.append(Missing("unlit_points", len(unrated)))
    elif step is WorkshopStep.ACTIONS:
        unhandled = unhandled_high_priority(contents)
        if unhandled:
            missing.append(Missing("unhandled_high_priority", len(unhandled)))
        incomplete = [a for a in contents.actions if not a.has_owner_and_deadline]
        if incomplete:
            missing.append(Missing("incomplete_actions", len(incomplete)))
    elif step is WorkshopStep.SUMMARY:
        if w.follow_up_on is None:
            missing.append(Missing("follow_up_date"))
    elif step is WorkshopStep.FOLLOW_UP and w.follows_up_id is None:
        missing.append(Missing("followed_up_workshop"))
    return tuple(missing)
