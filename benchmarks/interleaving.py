"""Medians of two measurements taken in turn (A B A B …), so a noisy machine hits both alike."""

from __future__ import annotations

import statistics
from collections.abc import Callable


def interleaved(
    ours: Callable[[], float], bare: Callable[[], float], runs: int, *, warm_up: bool = True
) -> tuple[float, float]:
    """The median of ``runs`` results of each; with ``warm_up`` one untimed run of each first
    (files read into the disk cache, bytecode compiled)."""
    if warm_up:
        ours()
        bare()
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        mine.append(ours())
        theirs.append(bare())
    return statistics.median(mine), statistics.median(theirs)
