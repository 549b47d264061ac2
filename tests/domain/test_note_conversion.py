"""A note made into a dependency, success factor or action: title at a word, type from the note."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.action import ActionType
from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.note_conversion import (
    action_from_note,
    dependency_from_note,
    shortened,
    success_factor_from_note,
    title_and_description,
)
from hallbar_desktop.domain.workflow import WorkshopStep


def test_a_text_that_fits_is_kept_on_one_line() -> None:
    assert shortened("  Två\nrader  ", 100) == "Två rader"
    assert title_and_description("Kort lapp", 100) == ("Kort lapp", "")


def test_a_long_text_is_cut_at_the_last_whole_word_with_an_ellipsis() -> None:
    text = "Nämnden vill se hur andra regioner gör, och under tiden bedömer var och en själv"
    title = shortened(text, 40)
    assert len(title) <= 40
    assert title == "Nämnden vill se hur andra regioner gör…"  # the comma is dropped too


def test_one_very_long_word_is_cut_inside_it() -> None:
    title = shortened("https://" + "x" * 200, 100)
    assert len(title) == 100 and title.endswith("…")


def test_the_description_keeps_the_whole_text_when_the_title_is_cut() -> None:
    text = "ord " * 40
    title, description = title_and_description(text, 100)
    assert len(title) <= 100 and description == text.strip()


@pytest.mark.parametrize(
    ("cluster", "category"),
    [
        ("Personberoende", DependencyCategory.PERSON),
        (" beslutsberoende ", DependencyCategory.DECISION),
        ("Frågor", DependencyCategory.OTHER),
        ("", DependencyCategory.OTHER),
    ],
)
def test_the_dependency_type_comes_from_the_note_type(
    cluster: str, category: DependencyCategory
) -> None:
    note = Note(step=WorkshopStep.DEPENDENCIES, text="Mallen", cluster=cluster, votes=4)
    dependency = dependency_from_note(note, position=7)
    assert dependency.category is category
    assert (dependency.votes, dependency.position, dependency.title) == (4, 7, "Mallen")


def test_success_factor_and_action_take_area_and_type_from_the_note() -> None:
    factor = success_factor_from_note(
        Note(step=WorkshopStep.PREREQUISITES, text="Stöd", cluster="Genomförande"), 2
    )
    assert factor.area is Area.IMPLEMENTATION and factor.text == "Stöd"
    assert (
        success_factor_from_note(
            Note(step=WorkshopStep.PREREQUISITES, text="Stöd", cluster="Annat"), 2
        ).area
        is None
    )
    action = action_from_note(
        Note(step=WorkshopStep.ACTIONS, text="Utbilda", cluster="Verktyg/metod", votes=1), 3
    )
    assert action.action_type is ActionType.TOOL and action.votes == 1
