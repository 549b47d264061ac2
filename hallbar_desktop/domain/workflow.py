"""The steps of a workshop and their order for each variant."""

from __future__ import annotations

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.workshop import Variant


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
