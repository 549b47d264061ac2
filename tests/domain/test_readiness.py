"""Statistics per statement and dimension, traffic lights and the template format."""

from __future__ import annotations

import json
from uuid import uuid4

import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.errors import TemplateError, ValidationError
from hallbar_desktop.domain.readiness import (
    Rating,
    ReadinessTemplate,
    dimension_results,
    score_statistics,
    statement_results,
    traffic_light,
)
from hallbar_desktop.error_messages import message
from tests.anchor_templates import with_exposure_anchors, without_own_anchors


def test_statistics_leave_dont_know_out_of_every_measure() -> None:
    stats = score_statistics([4, 2, None, 5, 4, None])
    assert stats.n == 4
    assert stats.dont_know == 2
    assert stats.counts == (0, 1, 0, 2, 1)
    assert stats.median == 4.0
    assert stats.mean == pytest.approx(3.75)
    assert (stats.minimum, stats.maximum, stats.spread) == (2.0, 5.0, 3.0)
    assert stats.large_spread is True
    assert stats.light is TrafficLight.GREEN


def test_statistics_of_nothing_have_no_measures_and_no_light() -> None:
    stats = score_statistics([None, None])
    assert stats.n == 0 and stats.dont_know == 2
    assert stats.median is None and stats.mean is None and stats.spread is None
    assert stats.large_spread is False and stats.light is None


def test_even_count_median_is_the_middle_of_the_two() -> None:
    assert score_statistics([2, 3, 3, 4]).median == 3.0
    assert score_statistics([2, 3]).median == 2.5


@pytest.mark.parametrize(
    ("values", "large"),
    [
        ([3, 3, 3, 3], False),
        ([3, 4, 3, 4], False),  # spread 1, sd 0,58
        ([3, 5, 4, 4], True),  # spread 2
        ([1, 2], False),  # spread 1, sd 0,71
    ],
)
def test_large_spread_flag_at_spread_two_or_sd_one(values: list[int], large: bool) -> None:
    assert score_statistics(values).large_spread is large


def test_large_spread_flag_from_standard_deviation_alone() -> None:
    # Whole answers with spread 1 never reach sd 1, but participants' dimension means can.
    stats = score_statistics([1.0, 2.9])
    assert stats.spread is not None and stats.spread < 2
    assert stats.sd is not None and stats.sd >= 1
    assert stats.large_spread


@pytest.mark.parametrize(
    ("median", "light"),
    [
        (1, TrafficLight.RED),
        (2, TrafficLight.RED),
        (2.5, TrafficLight.YELLOW),
        (3, TrafficLight.YELLOW),
        (3.5, TrafficLight.YELLOW),
        (4, TrafficLight.GREEN),
        (5, TrafficLight.GREEN),
        (None, None),
    ],
)
def test_traffic_light_on_the_median(median: float | None, light: TrafficLight | None) -> None:
    assert traffic_light(median) is light


def test_traffic_light_is_reversed_where_a_high_value_is_a_risk() -> None:
    assert traffic_light(5, higher_is_worse=True) is TrafficLight.RED
    assert traffic_light(1, higher_is_worse=True) is TrafficLight.GREEN
    assert traffic_light(3, higher_is_worse=True) is TrafficLight.YELLOW


def test_rating_value_must_be_on_the_scale() -> None:
    pid = uuid4()
    Rating(participant_id=pid, statement_code="A1", value=None)
    for bad in (0, 6, True):
        with pytest.raises(ValidationError) as caught:
            Rating(participant_id=pid, statement_code="A1", value=bad)  # type: ignore[arg-type]
        assert caught.value.field == "value"


def test_statement_results_follow_the_template_order(template: ReadinessTemplate) -> None:
    results = statement_results(template, [])
    assert [r.statement.code for r in results] == [s.code for s in template.statements]
    assert all(r.stats.n == 0 for r in results)


def test_dimension_mean_is_the_mean_of_its_statement_means(template: ReadinessTemplate) -> None:
    p1, p2, p3 = uuid4(), uuid4(), uuid4()
    ratings = [
        Rating(participant_id=p1, statement_code="C1", value=5),
        Rating(participant_id=p2, statement_code="C1", value=3),
        Rating(participant_id=p1, statement_code="C2", value=2),
        Rating(participant_id=p2, statement_code="C2", value=2),
        Rating(participant_id=p3, statement_code="C2", value=2),
        Rating(participant_id=p3, statement_code="C3", value=None),
    ]
    leadership = next(d for d in dimension_results(template, ratings) if d.dimension.code == "C")
    # item means 4,0 and 2,0 (C3 has only "Vet ej") -> 3,0, not the pooled mean 2,8
    assert leadership.mean == pytest.approx(3.0)
    # participant means: p1 3,5, p2 2,5, p3 2,0
    assert leadership.stats.n == 3
    assert leadership.stats.median == 2.5
    assert (leadership.stats.minimum, leadership.stats.maximum) == (2.0, 3.5)
    assert leadership.stats.counts == (0, 3, 1, 0, 1)
    assert leadership.stats.dont_know == 1


def test_demo_dimensions_carry_their_group_scores(demo) -> None:  # type: ignore[no-untyped-def]
    results = dimension_results(demo.template, demo.ratings, demo.group_scores)
    assert {r.dimension.code: r.group_score.score for r in results if r.group_score} == {
        "A": 4,
        "B": 2,
        "C": 3,
        "D": 2,
        "E": 2,
        "S": 4,
    }


def test_shipped_template_has_twelve_readiness_statements_and_three_on_exposure(
    template: ReadinessTemplate,
) -> None:
    readiness = [s for d in template.dimensions if d.in_readiness for s in d.statements]
    exposure = [s for d in template.dimensions if not d.in_readiness for s in d.statements]
    assert len(readiness) == 12 and len(exposure) == 3
    assert [a.value for a in template.scale] == [1, 2, 3, 4, 5]
    assert template.anchor(3).label == "Stämmer delvis"


def test_template_survives_a_round_trip_through_its_dict(template: ReadinessTemplate) -> None:
    assert ReadinessTemplate.from_dict(json.loads(json.dumps(template.to_dict()))) == template


def test_template_file_name_carries_its_version() -> None:
    data = json.loads((paths.templates_dir() / "readiness-v1.json").read_text(encoding="utf-8"))
    template = ReadinessTemplate.from_dict(data)
    assert template.version == 1
    assert all(s.text.strip().endswith(".") for s in template.statements)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d.pop("scale"),
        lambda d: d["scale"].pop(),
        lambda d: d["dimensions"][1]["statements"].append({"code": "A1", "text": "dubblett"}),
        lambda d: d["prerequisite_prompts"].append({"area": "nowhere", "text": "x"}),
    ],
)
def test_broken_template_is_refused_with_a_template_error(
    template: ReadinessTemplate, spoil
) -> None:  # type: ignore[no-untyped-def]
    data = template.to_dict()
    spoil(data)
    with pytest.raises(TemplateError):
        ReadinessTemplate.from_dict(data)


def test_shipped_exposure_statements_have_their_own_anchors(template: ReadinessTemplate) -> None:
    exposure = next(d for d in template.dimensions if not d.in_readiness)
    readiness = next(d for d in template.dimensions if d.in_readiness)
    general = template.scale
    own = template.statement_scale(exposure.statements[-1].code)
    assert [a.value for a in own] == [1, 2, 3, 4, 5]
    # Same question ("i vilken grad stämmer det"), but no readiness wording in the meanings.
    assert [a.label for a in own] == [a.label for a in general]
    assert not {a.description for a in own} & {a.description for a in general}
    assert all("ordinarie verksamhet" not in a.description for a in own)
    assert template.statement_scale(readiness.statements[0].code) == general
    assert template.anchor(5, exposure.statements[0].code) == own[4]
    assert template.anchor(5, readiness.statements[0].code) == template.anchor(5) == general[4]


def test_a_template_without_own_anchors_uses_the_general_ones_and_writes_no_more(
    template: ReadinessTemplate,
) -> None:
    data = template.to_dict()
    for dimension in data["dimensions"]:
        dimension.pop("scale", None)
    old = ReadinessTemplate.from_dict(data)
    assert old == without_own_anchors(template)
    assert all(old.statement_scale(s.code) == old.scale for s in old.statements)
    assert old.to_dict() == data


def test_own_anchors_survive_the_round_trip_and_must_cover_1_to_5(
    template: ReadinessTemplate,
) -> None:
    shaped = with_exposure_anchors(template)
    assert ReadinessTemplate.from_dict(json.loads(json.dumps(shaped.to_dict()))) == shaped
    data = shaped.to_dict()
    next(d for d in data["dimensions"] if "scale" in d)["scale"].pop()
    with pytest.raises(TemplateError) as refused:
        ReadinessTemplate.from_dict(data)
    assert "måste ha förankringar för värdena 1–5" in message(refused.value)
