"""Dependency numbers: the stored position, kept through removals, never shared."""

from __future__ import annotations

from uuid import UUID

from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    dependency_numbers,
    next_dependency_number,
    numbered_dependencies,
)


def _dependency(position: int, title: str, id_: int = 0) -> Dependency:
    return Dependency(
        id=UUID(int=id_ or position + 1000),
        category=DependencyCategory.DECISION,
        title=title,
        position=position,
    )


def test_the_number_is_the_stored_position_gaps_and_all() -> None:
    kept = [_dependency(5, "femte"), _dependency(2, "andra")]
    assert [(n, d.title) for n, d in numbered_dependencies(kept)] == [(2, "andra"), (5, "femte")]
    assert next_dependency_number(kept) == 6


def test_a_removed_highest_number_is_not_given_again_once_shown() -> None:
    kept = [_dependency(1, "första"), _dependency(2, "andra")]
    assert next_dependency_number(kept) == 3
    assert next_dependency_number(kept, highest_shown=3) == 4
    assert next_dependency_number([], highest_shown=3) == 4
    assert next_dependency_number([]) == 1


def test_clashing_positions_never_share_a_number() -> None:
    # Two copies merged that each added a dependency as number 3; positions of 0 (the default).
    merged = [
        _dependency(3, "här", id_=2),
        _dependency(3, "där", id_=1),
        _dependency(1, "ett"),
        _dependency(2, "två"),
    ]
    assert [(n, d.title) for n, d in numbered_dependencies(merged)] == [
        (1, "ett"),
        (2, "två"),
        (3, "där"),
        (4, "här"),
    ]
    assert next_dependency_number(merged) == 5
    unnumbered = [_dependency(0, "a", id_=1), _dependency(0, "b", id_=2)]
    assert sorted(dependency_numbers(unnumbered).values()) == [1, 2]
