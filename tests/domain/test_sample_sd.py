"""The sample standard deviation in integers is statistics.stdev's to the last bit."""

from __future__ import annotations

import random
import statistics

import pytest

from hallbar_desktop.domain.readiness import sample_sd, score_statistics


def test_sample_sd_is_statistics_stdev_to_the_last_bit() -> None:
    """Answers, participants' means (what a dimension's spread is taken over), and floats far
    from the scale, where rounding would show first."""
    rng = random.Random(16)
    samples: list[list[float]] = [[3.0, 3.0], [1, 5], [1e-300, 3e300, 0.1], [1 / 3, 2.5, 0.1]]
    for _ in range(3000):
        n = rng.randint(2, 40)
        samples += [
            [rng.randint(1, 5) for _ in range(n)],
            [statistics.fmean(rng.choices(range(1, 6), k=rng.randint(1, 9))) for _ in range(n)],
            [rng.uniform(-1e6, 1e6) for _ in range(n)],
        ]
    for values in samples:
        assert sample_sd(values) == statistics.stdev(values), values


def test_statistics_of_answers_do_not_sum_fractions(monkeypatch: pytest.MonkeyPatch) -> None:
    """statistics.stdev sums every value as a Fraction, a third of summarising a workshop;
    the same deviation comes from integer sums."""
    expected = statistics.stdev([1.0, 2.9, 4.25])
    monkeypatch.setattr(statistics, "stdev", lambda values: pytest.fail("stdev called"))
    stats = score_statistics([1.0, 2.9, 4.25, None])
    assert stats.sd == expected
    assert stats.large_spread


def test_whole_answers_give_from_their_counts_what_statistics_gives_from_the_list() -> None:
    """Answers on the scale are summed up from how many gave each value (a national roll-up
    has 13 000 statements, each with answers of its own): every measure is the one the
    statistics module gives from the list of answers, to the last bit."""
    rng = random.Random(5)
    lists: list[list[int | None]] = [[], [None, None], [3], [1, 5], [5, 5, 1, None]]
    lists += [
        [rng.choice((1, 2, 3, 4, 5, None)) for _ in range(rng.randint(1, 120))] for _ in range(3000)
    ]
    for values in lists:
        given = [v for v in values if v is not None]
        stats = score_statistics(values)
        assert (stats.n, stats.dont_know) == (len(given), len(values) - len(given))
        assert stats.counts == tuple(given.count(v) for v in range(1, 6))
        if not given:
            assert stats.mean is None and stats.median is None
            continue
        assert stats.median == float(statistics.median(given)), values
        assert stats.mean == statistics.fmean(given), values
        assert (stats.minimum, stats.maximum) == (float(min(given)), float(max(given)))
        assert stats.sd == (statistics.stdev(given) if len(given) > 1 else 0.0), values
        assert stats.spread == max(given) - min(given)
