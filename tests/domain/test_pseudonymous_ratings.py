"""Anonymous answers held as three columns (PseudonymousRatings) behave as their tuple."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import PseudonymousRating, PseudonymousRatings, summarize
from hallbar_desktop.services.demo_workshop import demo_contents
from tests.conftest import TODAY

ANSWERS = (
    PseudonymousRating(1, "L1", 4),
    PseudonymousRating(1, "L2", None),
    PseudonymousRating(2, "L1", 1),
)


def test_the_columns_give_back_the_answers_in_order() -> None:
    ratings = PseudonymousRatings.of(ANSWERS)
    assert len(ratings) == 3
    assert tuple(ratings) == ANSWERS
    assert ratings == ANSWERS and ratings == list(ANSWERS)
    assert ratings[1] == ANSWERS[1] and ratings[-1] == ANSWERS[-1]
    assert ratings[1:] == ANSWERS[1:] and isinstance(ratings[1:], PseudonymousRatings)
    assert list(ratings.rows()) == [(1, "L1", 4), (1, "L2", None), (2, "L1", 1)]
    assert PseudonymousRatings.of(ratings) is ratings
    assert PseudonymousRatings.of(()) == () and len(PseudonymousRatings()) == 0


def test_equal_columns_are_equal_and_hash_alike_and_others_are_not() -> None:
    ratings = PseudonymousRatings.of(ANSWERS)
    same = PseudonymousRatings([1, 1, 2], ["L1", "L2", "L1"], [4, None, 1])
    assert ratings == same and hash(ratings) == hash(same)
    assert ratings != PseudonymousRatings.of(ANSWERS[:2])
    assert ratings != PseudonymousRatings([1, 1, 2], ["L1", "L2", "L1"], [4, 5, 1])
    assert ratings != "not answers"


def test_columns_hash_as_the_equal_tuple_of_answers() -> None:
    ratings = PseudonymousRatings.of(ANSWERS)
    assert ratings == ANSWERS and hash(ratings) == hash(ANSWERS)
    assert {ANSWERS: "found"}[ratings] == "found"


def test_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        PseudonymousRatings([1, 2], ["L1"], [3, 4])


def test_a_summary_keeps_its_answers_as_columns_however_given_and_pickles_whole(
    template: ReadinessTemplate,
) -> None:
    summary = summarize(demo_contents(template, TODAY), TODAY)
    assert isinstance(summary.pseudonymous_ratings, PseudonymousRatings)
    assert len(summary.pseudonymous_ratings) > 0
    given = dataclasses.replace(summary, pseudonymous_ratings=tuple(summary.pseudonymous_ratings))
    assert isinstance(given.pseudonymous_ratings, PseudonymousRatings)
    assert given == summary
    assert pickle.loads(pickle.dumps(summary)) == summary
