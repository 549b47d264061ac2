"""The roll-up report read back: the filter on the cover, the region page, counted nouns."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import date
from pathlib import Path
from uuid import uuid4

from hallbar_desktop import paths
from hallbar_desktop.domain.export_settings import Selection
from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.export.plain_text import decimal_comma
from hallbar_desktop.export.rollup_report import write_rollup_report
from tests.conftest import TODAY
from tests.export.conftest import SETTINGS, pdf_text, require_tool


def _squash(text: str) -> str:
    return " ".join(text.split())


def _layout_lines(pdf: Path) -> list[str]:
    tool = require_tool("pdftotext")
    out = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [_squash(line) for line in out.splitlines()]


def _write(summaries: list[WorkshopSummary], pdf: Path, selection: Selection | None) -> None:
    settings = dataclasses.replace(SETTINGS, selection=selection)
    write_rollup_report(summarize_rollup(summaries, TODAY), pdf, settings, paths.fonts_dir())


def test_the_cover_states_the_filter_used(
    rollup_summaries: list[WorkshopSummary], tmp_path: Path
) -> None:
    pdf = tmp_path / "r.pdf"
    chosen = Selection(organisation="Region Östra", date_from=date(2026, 1, 1), date_to=TODAY)
    _write(rollup_summaries, pdf, chosen)
    cover = _squash(pdf_text(pdf).split("\f")[0])
    assert (
        f"Urval: organisation Region Östra, från och med 2026-01-01, "
        f"till och med {TODAY.isoformat()}" in cover
    )
    _write(rollup_summaries, pdf, None)
    assert "Urval: workshoppar valda en och en" in _squash(pdf_text(pdf).split("\f")[0])
    _write(rollup_summaries, pdf, Selection())
    assert "Urval: alla workshoppar" in _squash(pdf_text(pdf).split("\f")[0])


def test_the_region_page_has_types_completion_lights_and_follow_ups(
    rollup_summaries: list[WorkshopSummary], tmp_path: Path
) -> None:
    pdf = tmp_path / "r.pdf"
    _write(rollup_summaries, pdf, None)
    rollup = summarize_rollup(rollup_summaries, TODAY)
    lines = _layout_lines(pdf)
    region = lines[lines.index("Hela regionen") :]
    for count in rollup.categories:
        row = f"{count.category.label} {count.dependencies} {count.open_high_priority} "
        assert any(line == row + str(count.organisations) for line in region), row
    for group in rollup.organisations:
        assert any(
            line.startswith(f"{group.organisation} {group.action_count} {group.done_count} ")
            and line.endswith(f" {group.overdue_count}")
            for line in region
        ), group.organisation
    for area in rollup.area_lights:
        words = " · ".join(f"{n} {light.label.lower()}" for light, n in area.counts if n)
        assert any(words in line for line in region), words
    whole = _squash(" ".join(region))
    assert "Före och efter: uppföljningarna" in whole
    (pair,) = [r for r in rollup.rows if r.earlier is not None]
    assert pair.earlier is not None
    assert decimal_comma(pair.earlier.readiness_mean) in whole
    assert decimal_comma(pair.summary.readiness_mean) in whole


def test_counts_on_the_cover_take_the_noun_in_the_right_number(
    rollup_summaries: list[WorkshopSummary], tmp_path: Path
) -> None:
    pdf = tmp_path / "r.pdf"
    _write(rollup_summaries[:1], pdf, None)
    cover = _squash(pdf_text(pdf).split("\f")[0])
    assert "1 workshop i 1 organisation" in cover
    _write(rollup_summaries, pdf, None)
    cover = _squash(pdf_text(pdf).split("\f")[0])
    assert "3 workshoppar i 2 organisationer" in cover


def test_a_region_with_many_follow_ups_gets_its_before_and_after_over_several_pages(
    rollup_summaries: list[WorkshopSummary], tmp_path: Path
) -> None:
    """A drawing cannot break across pages: 45 pairs (a region's worth) once made one chart
    taller than the page, and the whole roll-up report failed."""
    first, _other, follow = rollup_summaries
    summaries = []
    for n in range(45):
        earlier = dataclasses.replace(
            first.workshop, id=uuid4(), organisation=f"Kommun {n:02d}", title=f"Första {n}"
        )
        later = dataclasses.replace(
            follow.workshop, id=uuid4(), organisation=earlier.organisation, follows_up_id=earlier.id
        )
        summaries += [
            dataclasses.replace(first, workshop=earlier),
            dataclasses.replace(follow, workshop=later),
        ]
    pdf = tmp_path / "r.pdf"
    _write(summaries, pdf, None)
    whole = _squash(pdf_text(pdf))
    assert "Före och efter: uppföljningarna" in whole
    for n in (0, 19, 20, 44):  # the first and last of each chart
        assert f"Kommun {n:02d}, " in whole
