"""The impact × influence quadrant, priority and the dependency's own checks."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    Influence,
    Quadrant,
    priority_order_key,
    quadrant_for,
)
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.error_messages import message as error_message


@pytest.mark.parametrize(
    ("impact", "influence", "quadrant"),
    [
        (5, Influence.CONTROL, Quadrant.ACT_NOW),
        (4, Influence.CAN_INFLUENCE, Quadrant.ACT_NOW),
        (4, Influence.OUTSIDE, Quadrant.ESCALATE),
        (5, Influence.OUTSIDE, Quadrant.ESCALATE),
        (3, Influence.CONTROL, Quadrant.HANDLE_ONGOING),
        (1, Influence.CAN_INFLUENCE, Quadrant.HANDLE_ONGOING),
        (3, Influence.OUTSIDE, Quadrant.MONITOR),
        (1, Influence.OUTSIDE, Quadrant.MONITOR),
        (None, Influence.OUTSIDE, None),
        (5, None, None),
    ],
)
def test_quadrant(
    impact: int | None, influence: Influence | None, quadrant: Quadrant | None
) -> None:
    assert quadrant_for(impact, influence) is quadrant


def test_quadrant_labels_are_the_facilitators_words() -> None:
    assert [q.label for q in Quadrant] == [
        "Agera nu",
        "Påverka och eskalera",
        "Hantera löpande",
        "Bevaka",
    ]


def test_influence_levels_are_three_two_one() -> None:
    assert [i.level for i in Influence] == [3, 2, 1]


def test_override_replaces_the_computed_priority() -> None:
    d = Dependency(
        category=DependencyCategory.PERSON,
        title="En person bär allt",
        impact=2,
        influence=Influence.CONTROL,
        priority_override=Quadrant.ACT_NOW,
    )
    assert d.quadrant is Quadrant.HANDLE_ONGOING
    assert d.priority is Quadrant.ACT_NOW
    assert d.is_high_priority


def test_priority_order_puts_urgent_high_impact_many_votes_first() -> None:
    def dep(title: str, impact: int, influence: Influence, votes: int) -> Dependency:
        return Dependency(
            category=DependencyCategory.DECISION,
            title=title,
            impact=impact,
            influence=influence,
            votes=votes,
        )

    deps = [
        dep("bevaka", 1, Influence.OUTSIDE, 9),
        dep("agera 4", 4, Influence.CONTROL, 0),
        dep("eskalera", 5, Influence.OUTSIDE, 0),
        dep("agera 5 få", 5, Influence.CONTROL, 1),
        dep("agera 5 många", 5, Influence.CONTROL, 3),
        Dependency(category=DependencyCategory.OTHER, title="oplacerad"),
    ]
    ordered = [d.title for d in sorted(deps, key=priority_order_key)]
    assert ordered == ["agera 5 många", "agera 5 få", "agera 4", "eskalera", "bevaka", "oplacerad"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"title": "x" * 101}, "title"),
        ({"impact": 6}, "impact"),
        ({"likelihood": 0}, "likelihood"),
        ({"votes": -1}, "votes"),
    ],
)
def test_invalid_dependency_names_the_field(changes: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"category": DependencyCategory.DECISION, "title": "Beslut saknas"}
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        Dependency(**values)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert error_message(caught.value)  # a sentence for the user
