"""The readiness template (dimensions, statements, scale), ratings, group scores, statistics."""

from __future__ import annotations

import math
import statistics
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, cast
from uuid import UUID

from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.errors import N_, TemplateError, ValidationError
from hallbar_desktop.domain.validation import check_length, check_range

SCALE_MIN = 1
SCALE_MAX = 5
SCALE_VALUES = tuple(range(SCALE_MIN, SCALE_MAX + 1))
LARGE_SPREAD = 2
LARGE_SD = 1.0
RED_AT_MOST = 2
GREEN_AT_LEAST = 4


@dataclass(frozen=True, slots=True)
class ScaleAnchor:
    value: int
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class Statement:
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Dimension:
    code: str
    label: str
    description: str
    statements: tuple[Statement, ...]
    # The exposure block is rated on the same scale but is a risk profile, not readiness.
    in_readiness: bool = True
    higher_is_worse: bool = False
    # Anchors of its own where the template's would mislead: an exposure statement is not
    # "etablerat i ordinarie verksamhet". Empty: the template's scale.
    scale: tuple[ScaleAnchor, ...] = ()


@dataclass(frozen=True, slots=True)
class PrerequisitePrompt:
    area: Area
    text: str


@dataclass(frozen=True, slots=True)
class ReadinessTemplate:
    """A versioned set of statements; each workshop keeps the snapshot it was run with."""

    key: str
    version: int
    name: str
    scale: tuple[ScaleAnchor, ...]
    dont_know_label: str
    dimensions: tuple[Dimension, ...]
    prerequisite_prompts: tuple[PrerequisitePrompt, ...]
    sources: tuple[str, ...] = ()

    @property
    def statements(self) -> tuple[Statement, ...]:
        return tuple(s for d in self.dimensions for s in d.statements)

    @property
    def statement_codes(self) -> frozenset[str]:
        return frozenset(s.code for s in self.statements)

    def dimension(self, code: str) -> Dimension:
        for dimension in self.dimensions:
            if dimension.code == code:
                return dimension
        raise KeyError(code)

    def dimension_of(self, statement_code: str) -> Dimension:
        for dimension in self.dimensions:
            if any(s.code == statement_code for s in dimension.statements):
                return dimension
        raise KeyError(statement_code)

    def scale_of(self, dimension: Dimension) -> tuple[ScaleAnchor, ...]:
        """The anchors shown with the dimension's statements."""
        return dimension.scale or self.scale

    def statement_scale(self, statement_code: str) -> tuple[ScaleAnchor, ...]:
        """The anchors shown with the statement: its dimension's own, else the template's."""
        return self.scale_of(self.dimension_of(statement_code))

    def anchor(self, value: int, statement_code: str | None = None) -> ScaleAnchor:
        """The anchor of ``value`` as shown with ``statement_code``; without one, the
        template's general anchor."""
        scale = self.scale if statement_code is None else self.statement_scale(statement_code)
        return next(a for a in scale if a.value == value)

    @property
    def dimensions_with_own_scale(self) -> tuple[Dimension, ...]:
        return tuple(d for d in self.dimensions if d.scale)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "version": self.version,
            "name": self.name,
            "scale": _scale_json(self.scale),
            "dont_know_label": self.dont_know_label,
            "dimensions": [
                {
                    "code": d.code,
                    "label": d.label,
                    "description": d.description,
                    "in_readiness": d.in_readiness,
                    "higher_is_worse": d.higher_is_worse,
                    # Only where the dimension has its own, so a template without them
                    # writes the same document as before they existed.
                    **({"scale": _scale_json(d.scale)} if d.scale else {}),
                    "statements": [{"code": s.code, "text": s.text} for s in d.statements],
                }
                for d in self.dimensions
            ],
            "prerequisite_prompts": [
                {"area": p.area.code, "text": p.text} for p in self.prerequisite_prompts
            ],
            "sources": list(self.sources),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReadinessTemplate:
        try:
            template = cls(
                key=str(data["key"]),
                version=int(data["version"]),
                name=str(data["name"]),
                scale=_scale_from(data["scale"]),
                dont_know_label=str(data["dont_know_label"]),
                dimensions=tuple(
                    Dimension(
                        code=str(d["code"]),
                        label=str(d["label"]),
                        description=str(d.get("description", "")),
                        in_readiness=bool(d.get("in_readiness", True)),
                        higher_is_worse=bool(d.get("higher_is_worse", False)),
                        scale=_scale_from(d.get("scale", ())),
                        statements=tuple(
                            Statement(str(s["code"]), str(s["text"])) for s in d["statements"]
                        ),
                    )
                    for d in data["dimensions"]
                ),
                prerequisite_prompts=tuple(
                    PrerequisitePrompt(Area.from_code(p["area"]), str(p["text"]))
                    for p in data.get("prerequisite_prompts", ())
                ),
                sources=tuple(str(s) for s in data.get("sources", ())),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise TemplateError("template_malformed", reason=repr(error)) from error
        template.check()
        return template

    def check(self) -> None:
        """Raise TemplateError unless the scale is 1–5 and every code is unique."""
        if tuple(a.value for a in self.scale) != SCALE_VALUES:
            raise TemplateError("template_scale_not_1_to_5")
        for dimension in self.dimensions_with_own_scale:
            if tuple(a.value for a in dimension.scale) != SCALE_VALUES:
                raise TemplateError("template_own_scale_not_1_to_5", dimension=dimension.code)
        codes = [d.code for d in self.dimensions] + [s.code for s in self.statements]
        if len(codes) != len(set(codes)) or not self.statements:
            raise TemplateError("template_codes_not_unique")


def _scale_json(scale: tuple[ScaleAnchor, ...]) -> list[dict[str, Any]]:
    return [{"value": a.value, "label": a.label, "description": a.description} for a in scale]


def _scale_from(anchors: Iterable[Mapping[str, Any]]) -> tuple[ScaleAnchor, ...]:
    return tuple(
        ScaleAnchor(int(a["value"]), str(a["label"]), str(a.get("description", "")))
        for a in anchors
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Rating:
    """One participant's answer to one statement; value None means "Vet ej"."""

    participant_id: UUID
    statement_code: str
    value: int | None

    def __post_init__(self) -> None:
        check_range("value", N_("Skattningen"), self.value, SCALE_MIN, SCALE_MAX)


_new_rating = object.__new__
_set_participant = cast(Any, Rating).participant_id.__set__
_set_statement = cast(Any, Rating).statement_code.__set__
_set_value = cast(Any, Rating).value.__set__


def rating_on_scale(participant_id: UUID, statement_code: str, value: int | None) -> Rating:
    """The Rating, for a reader that has made sure ``value`` is None or a whole number on the
    scale (what the constructor checks): a national roll-up reads 600 000 ratings, and the
    frozen class's own constructor took twice as long (it sets each field through
    object.__setattr__, then checks the value again)."""
    rating = _new_rating(Rating)
    _set_participant(rating, participant_id)
    _set_statement(rating, statement_code)
    _set_value(rating, value)
    return rating


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupScore:
    """The score the group agreed on for a dimension after the discussion."""

    dimension_code: str
    score: int | None
    comment: str = ""

    def __post_init__(self) -> None:
        check_range("score", N_("Gruppens skattning"), self.score, SCALE_MIN, SCALE_MAX)
        check_length("comment", N_("Kommentaren"), self.comment, 2000)


TALLY_MAX = 10_000


@dataclass(frozen=True, slots=True, kw_only=True)
class RatingTally:
    """How many gave one value to one statement, counted by hand or from paper forms; value None
    is "Vet ej". The statistics count each of them exactly like one participant's rating."""

    statement_code: str
    value: int | None
    count: int

    def __post_init__(self) -> None:
        check_range("value", N_("Skattningen"), self.value, SCALE_MIN, SCALE_MAX)
        check_range("count", N_("Antalet"), self.count, 0, TALLY_MAX)


def check_tallies_fit(template: ReadinessTemplate, tallies: Iterable[RatingTally]) -> None:
    """Raise ValidationError for an unknown statement or a value counted twice."""
    known = template.statement_codes
    seen: set[tuple[str, int | None]] = set()
    for tally in tallies:
        if tally.statement_code not in known:
            raise ValidationError(
                "statement_code", "unknown_statement", statement=tally.statement_code
            )
        key = (tally.statement_code, tally.value)
        if key in seen:
            raise ValidationError("value", "counted_twice")
        seen.add(key)


def check_ratings_fit(template: ReadinessTemplate, ratings: Iterable[Rating]) -> None:
    known = template.statement_codes
    for rating in ratings:
        if rating.statement_code not in known:
            raise ValidationError(
                "statement_code", "unknown_statement", statement=rating.statement_code
            )


@dataclass(frozen=True, slots=True)
class ScoreStatistics:
    """Numbers for one statement or dimension; the measures are None when nobody gave a value."""

    n: int
    dont_know: int
    counts: tuple[int, ...]  # how many gave 1, 2, 3, 4, 5
    median: float | None
    mean: float | None
    minimum: float | None
    maximum: float | None
    spread: float | None
    sd: float | None
    large_spread: bool
    light: TrafficLight | None


def traffic_light(median: float | None, *, higher_is_worse: bool = False) -> TrafficLight | None:
    """Red at most 2, green at least 4, yellow between; reversed where a high value is a risk."""
    if median is None:
        return None
    if median <= RED_AT_MOST:
        return TrafficLight.GREEN if higher_is_worse else TrafficLight.RED
    if median >= GREEN_AT_LEAST:
        return TrafficLight.RED if higher_is_worse else TrafficLight.GREEN
    return TrafficLight.YELLOW


def score_statistics(
    values: Iterable[float | None], *, higher_is_worse: bool = False
) -> ScoreStatistics:
    """Statistics of answers where None is "Vet ej" and is left out of every measure."""
    given: list[float] = []
    dont_know = 0
    for value in values:
        if value is None:
            dont_know += 1
        else:
            given.append(value)
    counts = tuple(given.count(scale_value) for scale_value in SCALE_VALUES)
    if sum(counts) == len(given) and all(type(v) is int for v in given):
        # Whole answers on the scale: every measure depends only on how many gave each value
        # (they are all independent of order), so each such set is computed once.
        return _scale_statistics(counts, dont_know, higher_is_worse)
    return _statistics(given, counts, dont_know, higher_is_worse)


@lru_cache(maxsize=4096)
def _scale_statistics(
    counts: tuple[int, ...], dont_know: int, higher_is_worse: bool
) -> ScoreStatistics:
    """_statistics of the whole answers that ``counts`` counts, worked out from the counts
    alone: a national roll-up has some 13 000 statements, each answered by a set of its own,
    and listing every answer to sort and sum it was a third of summarising them."""
    n = sum(counts)
    if not n:
        return _statistics([], counts, dont_know, higher_is_worse)
    present = [v for v, c in zip(SCALE_VALUES, counts, strict=True) if c]
    minimum, maximum = float(present[0]), float(present[-1])
    total = sum(v * c for v, c in zip(SCALE_VALUES, counts, strict=True))
    squares = sum(v * v * c for v, c in zip(SCALE_VALUES, counts, strict=True))
    # statistics.median: the middle answer, or the mean of the two middle ones.
    middle = _answer_at(counts, n // 2)
    median = float(middle) if n % 2 else (_answer_at(counts, n // 2 - 1) + middle) / 2
    sd = _sd_of_sums(n, total, squares, 1) if n > 1 else 0.0
    # statistics.fmean of whole numbers: their exact sum, divided once.
    mean = total / n
    return _measured(n, dont_know, counts, median, mean, minimum, maximum, sd, higher_is_worse)


def _answer_at(counts: tuple[int, ...], index: int) -> int:
    """The answer at ``index`` (from 0) among the counted answers in order."""
    for value, count in zip(SCALE_VALUES, counts, strict=True):
        if index < count:
            return value
        index -= count
    raise IndexError(index)


def _statistics(
    given: list[float], counts: tuple[int, ...], dont_know: int, higher_is_worse: bool
) -> ScoreStatistics:
    if not given:
        return ScoreStatistics(
            0, dont_know, counts, None, None, None, None, None, None, False, None
        )
    median = float(statistics.median(given))
    minimum, maximum = float(min(given)), float(max(given))
    sd = sample_sd(given) if len(given) > 1 else 0.0
    mean = statistics.fmean(given)
    return _measured(
        len(given), dont_know, counts, median, mean, minimum, maximum, sd, higher_is_worse
    )


def _measured(
    n: int,
    dont_know: int,
    counts: tuple[int, ...],
    median: float,
    mean: float,
    minimum: float,
    maximum: float,
    sd: float,
    higher_is_worse: bool,
) -> ScoreStatistics:
    """The statistics of ``n`` answers from their measures, with the spread and the light."""
    spread = maximum - minimum
    return ScoreStatistics(
        n=n,
        dont_know=dont_know,
        counts=counts,
        median=median,
        mean=mean,
        minimum=minimum,
        maximum=maximum,
        spread=spread,
        sd=sd,
        large_spread=spread >= LARGE_SPREAD or sd >= LARGE_SD,
        light=traffic_light(median, higher_is_worse=higher_is_worse),
    )


# Bits of the square root's integer part before its conversion to float: as statistics uses.
_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def sample_sd(values: list[float]) -> float:
    """statistics.stdev(values), the exact sample deviation correctly rounded, in integers.

    statistics.stdev sums every value as a Fraction, which was a third of summarising a
    workshop. A float's denominator is a power of two, so all values are whole multiples of
    the largest one; the sums are exact integers and the square root is rounded as
    statistics rounds it, so the result is the same to the last bit."""
    try:
        ratios = [v.as_integer_ratio() for v in values]
    except (OverflowError, ValueError):  # an infinity or NaN: statistics says what it is
        return statistics.stdev(values)
    unit = max(d for _, d in ratios)
    scaled = [n * (unit // d) for n, d in ratios]
    return _sd_of_sums(len(scaled), sum(scaled), sum(x * x for x in scaled), unit)


def _sd_of_sums(count: int, total: int, squares: int, unit: int) -> float:
    """The sample deviation of ``count`` values that are whole multiples of 1 / ``unit``,
    from the sum and the sum of squares of those multiples, rounded as statistics rounds."""
    numerator = count * squares - total * total
    denominator = count * (count - 1) * unit * unit
    # sqrt(numerator / denominator), rounded once (statistics._float_sqrt_of_frac).
    q = (numerator.bit_length() - denominator.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return float(_sqrt_rounded_to_odd(numerator, denominator << 2 * q) << q)
    return _sqrt_rounded_to_odd(numerator << -2 * q, denominator) / (1 << -q)


def _sqrt_rounded_to_odd(n: int, m: int) -> int:
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


@dataclass(frozen=True, slots=True)
class StatementResult:
    statement: Statement
    dimension_code: str
    stats: ScoreStatistics


@dataclass(frozen=True, slots=True)
class DimensionResult:
    """A dimension's mean is the mean of its statement means (domain §3.3). Median, min, max and
    spread are taken over each participant's own mean for the dimension, since the spread is
    between people (a hand-counted answer stands for itself); counts and "Vet ej" are pooled
    over the dimension's statements."""

    dimension: Dimension
    statements: tuple[StatementResult, ...]
    mean: float | None
    stats: ScoreStatistics
    group_score: GroupScore | None


def statement_results(
    template: ReadinessTemplate, ratings: Iterable[Rating], tallies: Iterable[RatingTally] = ()
) -> tuple[StatementResult, ...]:
    by_statement: dict[str, list[int | None]] = {s.code: [] for s in template.statements}
    for rating in ratings:
        if rating.statement_code in by_statement:
            by_statement[rating.statement_code].append(rating.value)
    for tally in tallies:
        if tally.statement_code in by_statement:
            by_statement[tally.statement_code].extend([tally.value] * tally.count)
    return tuple(
        StatementResult(
            statement,
            dimension.code,
            score_statistics(
                by_statement[statement.code], higher_is_worse=dimension.higher_is_worse
            ),
        )
        for dimension in template.dimensions
        for statement in dimension.statements
    )


def dimension_results(
    template: ReadinessTemplate,
    ratings: Iterable[Rating],
    group_scores: Iterable[GroupScore] = (),
    tallies: Iterable[RatingTally] = (),
) -> tuple[DimensionResult, ...]:
    """Results per dimension; hand-counted answers join every measure (see DimensionResult)."""
    ratings = tuple(ratings)
    tallies = tuple(tallies)
    per_statement = statement_results(template, ratings, tallies)
    scores = {g.dimension_code: g for g in group_scores}
    # One pass over the ratings, sorted into dimensions (in rating order, as the means expect).
    dimension_of = {s.code: d.code for d in template.dimensions for s in d.statements}
    answers: dict[str, list[Rating]] = {d.code: [] for d in template.dimensions}
    for rating in ratings:
        code = dimension_of.get(rating.statement_code)
        if code is not None:
            answers[code].append(rating)
    counted: dict[str, list[int | None]] = {d.code: [] for d in template.dimensions}
    for tally in tallies:
        code = dimension_of.get(tally.statement_code)
        if code is not None:
            counted[code].extend([tally.value] * tally.count)
    results = []
    for dimension in template.dimensions:
        own = tuple(r for r in per_statement if r.dimension_code == dimension.code)
        item_means = [r.stats.mean for r in own if r.stats.mean is not None]
        # By the id's number: a UUID's hash is a Python method, called for every rating.
        per_participant: dict[int, list[int]] = {}
        pooled = [r.value for r in answers[dimension.code]] + counted[dimension.code]
        for rating in answers[dimension.code]:
            if rating.value is not None:
                per_participant.setdefault(rating.participant_id.int, []).append(rating.value)
        # statistics.fmean of whole numbers: their exact sum, divided once.
        participant_means: list[float | None] = [sum(v) / len(v) for v in per_participant.values()]
        # A hand count does not say who raised which hand, so each counted answer stands as a
        # value of its own between the people's means.
        participant_means += [v for v in counted[dimension.code] if v is not None]
        stats = score_statistics(participant_means, higher_is_worse=dimension.higher_is_worse)
        # Counts and "Vet ej" are pooled over every answer in the dimension.
        stats = replace(
            stats,
            counts=tuple(pooled.count(v) for v in SCALE_VALUES),
            dont_know=pooled.count(None),
        )
        results.append(
            DimensionResult(
                dimension=dimension,
                statements=own,
                mean=statistics.fmean(item_means) if item_means else None,
                stats=stats,
                group_score=scores.get(dimension.code),
            )
        )
    return tuple(results)
