"""The step list says in words what a step lacks: one sentence for each of the domain's codes."""

from __future__ import annotations

from hallbar_desktop.domain.workflow import MISSING_CODES, Missing
from hallbar_desktop.ui.missing_words import MissingWords


def test_every_code_the_domain_gives_has_its_words(qapp) -> None:  # type: ignore[no-untyped-def]
    words = MissingWords()
    assert all(words.text(Missing(code, 2, 3)) for code in MISSING_CODES)


def test_a_count_takes_its_own_number(qapp) -> None:  # type: ignore[no-untyped-def]
    words = MissingWords()
    assert words.text(Missing("unhandled_high_priority", 1)) == (
        "1 högt prioriterat beroende saknar åtgärd"
    )
    assert words.text(Missing("unhandled_high_priority", 2)) == (
        "2 högt prioriterade beroenden saknar åtgärd"
    )
    assert words.text(Missing("not_rated", 1, 4)) == "1 av 4 har inte skattat klart"
