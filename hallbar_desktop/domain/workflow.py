"""The steps of a workshop and their order for each variant."""

from __future__ import annotations

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


def _n(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


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


def missing_for(step: WorkshopStep, contents: WorkshopContents) -> tuple[str, ...]:
    """What is still missing before ``step`` is complete, in words for the step list."""
    # Imported here because contents.py imports this module for WorkshopStep (via note.py).
    from hallbar_desktop.domain.contents import unhandled_high_priority

    w = contents.workshop
    missing: list[str] = []
    if step is WorkshopStep.PREPARATION:
        for value, text in (
            (w.organisation, "organisation"),
            (w.change_focus, "förändringen i fokus"),
            (w.held_on, "datum"),
        ):
            if not value:
                missing.append(f"Ange {text}")
        if not contents.participants:
            missing.append("Lägg till deltagare")
    elif step is WorkshopStep.CURRENT_AND_TARGET:
        if not w.current_state.strip():
            missing.append("Beskriv nuläget")
        if not w.target_picture.strip():
            missing.append("Beskriv målbilden")
    elif step is WorkshopStep.RATING and w.input_mode is InputMode.HAND_COUNT:
        # Hand counts say nothing about who answered, only which statements were counted.
        counted = {t.statement_code for t in contents.tallies if t.count}
        uncounted = contents.template.statement_codes - counted
        if uncounted:
            missing.append(
                f"{_n(len(uncounted), 'påstående', 'påståenden')} saknar handuppräckning"
            )
    elif step is WorkshopStep.RATING:
        left = len(contents.participants) - len(contents.participants_done())
        if not contents.participants:
            missing.append("Inga deltagare")
        elif left:
            missing.append(f"{left} av {len(contents.participants)} har inte skattat klart")
    elif step is WorkshopStep.RESULTS:
        scored = {g.dimension_code for g in contents.group_scores if g.score is not None}
        left = [d for d in contents.template.dimensions if d.in_readiness and d.code not in scored]
        if left:
            missing.append(f"Gruppens skattning saknas för {_n(len(left), 'område', 'områden')}")
    elif step is WorkshopStep.DEPENDENCIES:
        if not contents.dependencies:
            missing.append("Inga beroenden ännu")
        unplaced = [d for d in contents.dependencies if d.quadrant is None]
        if unplaced:
            missing.append(
                f"{_n(len(unplaced), 'beroende', 'beroenden')} saknar påverkan eller påverkbarhet"
            )
    elif step is WorkshopStep.PREREQUISITES:
        unrated = [c for c in contents.prerequisite_checks if c.light is None]
        if unrated:
            missing.append(f"{_n(len(unrated), 'punkt', 'punkter')} saknar trafikljus")
    elif step is WorkshopStep.ACTIONS:
        unhandled = unhandled_high_priority(contents)
        if unhandled:
            missing.append(
                f"{_n(len(unhandled), 'högt prioriterat beroende', 'högt prioriterade beroenden')}"
                " saknar åtgärd"
            )
        incomplete = [a for a in contents.actions if not a.has_owner_and_deadline]
        if incomplete:
            missing.append(
                f"{_n(len(incomplete), 'åtgärd', 'åtgärder')} saknar ansvarig eller datum"
            )
    elif step is WorkshopStep.SUMMARY:
        if w.follow_up_on is None:
            missing.append("Boka datum för uppföljning")
    elif step is WorkshopStep.FOLLOW_UP and w.follows_up_id is None:
        missing.append("Välj workshoppen som följs upp")
    return tuple(missing)
