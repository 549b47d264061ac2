"""The rules for entered text: the sentences a refusal shows, and what is never refused."""

from __future__ import annotations

import dataclasses

import pytest

from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.entered_text import check_entered_text
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.validation import swedish_count
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from tests.hostile_text import hostile


def test_a_text_longer_than_the_limit_is_refused_with_the_limit_in_swedish_digits() -> None:
    workshop = Workshop(title="Workshop", current_state=hostile("long").text)
    with pytest.raises(ValidationError) as caught:
        check_entered_text(workshop)
    assert caught.value.field == "current_state"
    assert (
        error_message(caught.value)
        == "Nuläget får vara högst 20\u00a0000 tecken (nu 100\u00a0000)."
    )


def test_a_shorter_field_names_its_own_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        Dependency(category=DependencyCategory.DECISION, title="x" * 101)
    assert error_message(caught.value) == "Rubriken får vara högst 100 tecken (nu 101)."


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("före\x00efter", "osynligt styrtecken som inte kan sparas (U+0000, tecken 5)"),
        ("klocka\x07", "osynligt styrtecken som inte kan sparas (U+0007, tecken 7)"),
        ("text\x85", "osynligt styrtecken som inte kan sparas (U+0085, tecken 5)"),
        ("halv \ud800", "ofullständigt tecken som inte kan sparas (U+D800, tecken 6)"),
        ("\ufffe", "osynligt styrtecken som inte kan sparas (U+FFFE, tecken 1)"),
    ],
)
def test_a_character_no_file_can_hold_is_named_with_where_it_is(text: str, named: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_entered_text(Workshop(title="Workshop", place=text))
    assert caught.value.field == "place"
    incomplete = "ofullständigt" in named
    assert caught.value.code == ("incomplete_character" if incomplete else "unstorable_character")
    assert error_message(caught.value).startswith(f"Platsen innehåller ett {named}.")
    assert "Ta bort det" in error_message(caught.value)


@pytest.mark.parametrize("text", ["\tindrag", "\rrad", "rad ett\r\nrad två", "\u202eå", "👍🏽"])
def test_tab_line_breaks_and_other_unicode_are_allowed(text: str) -> None:
    check_entered_text(Workshop(title=text, next_steps=text))


def test_only_changed_texts_are_checked_so_a_stored_one_is_never_refused() -> None:
    stored = Workshop(title="Workshop", current_state="gammal\x07text")
    check_entered_text(dataclasses.replace(stored, title="Ny titel"), stored)
    with pytest.raises(ValidationError):
        check_entered_text(dataclasses.replace(stored, current_state="ny\x07text"), stored)


def test_swedish_count_groups_thousands_with_a_non_breaking_space() -> None:
    assert [swedish_count(n) for n in (7, 999, 1000, 32767, 100_000)] == [
        "7",
        "999",
        "1\u00a0000",
        "32\u00a0767",
        "100\u00a0000",
    ]
