"""The workshop report read back: notes, follow-ups, status beside overdue, the critical list,
counted nouns and the prerequisite lights (issue 13, the report's half)."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import DependencyStatus
from hallbar_desktop.domain.follow_up_comparison import compare_follow_up
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.export.plain_text import counted, signed_decimal_comma
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.services.demo_workshop import demo_contents
from tests.conftest import TODAY
from tests.export.conftest import SETTINGS, pdf_text, require_tool


def _squash(text: str) -> str:
    return " ".join(text.split())


def _pages(pdf: Path) -> list[str]:
    return [_squash(page) for page in pdf_text(pdf).split("\f") if page.strip()]


def _layout_lines(pdf: Path) -> list[str]:
    """pdftotext -layout keeps a table row on one line: the cells of a row read together."""
    tool = require_tool("pdftotext")
    out = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [_squash(line) for line in out.splitlines()]


def _after(lines: list[str], heading: str) -> list[str]:
    """The lines from the first one that is ``heading`` on."""
    return lines[lines.index(heading) :]


def _report(summary: WorkshopSummary, folder: Path, earlier: WorkshopSummary | None = None) -> Path:
    pdf = folder / "r.pdf"
    comparison = compare_follow_up(earlier, summary) if earlier else None
    write_workshop_report(summary, pdf, SETTINGS, paths.fonts_dir(), follow_up=comparison)
    return pdf


@pytest.fixture
def demo(template: ReadinessTemplate) -> WorkshopContents:
    return demo_contents(template, TODAY)


def test_every_note_is_in_the_report_with_its_group_and_dots(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    unvoted = Note(step=WorkshopStep.ACTIONS, text="Ingen röstade på den här lappen", votes=0)
    contents = dataclasses.replace(demo, notes=(*demo.notes, unvoted))
    lines = _after(
        _layout_lines(_report(summarize(contents, TODAY), tmp_path)), "Lappar från deltagarna"
    )
    for note in contents.notes:
        first_words = " ".join(note.text.split()[:3])
        row = next((line for line in lines if first_words in line), None)
        assert row is not None, note.text
        assert note.cluster.strip() or "Utan grupp" in row
        assert row.endswith(f" {note.votes}"), row


def _follow_up(demo: WorkshopContents) -> tuple[WorkshopSummary, WorkshopSummary]:
    """The demo as the earlier workshop and a follow-up a quarter later where everyone rates
    one step higher (up to 5) and the first action is done."""
    held = demo.workshop.held_on
    assert held is not None
    later = dataclasses.replace(
        demo,
        workshop=dataclasses.replace(
            demo.workshop,
            id=uuid4(),
            title="Uppföljning efter ett kvartal",
            held_on=held + timedelta(days=91),
            variant=Variant.FOLLOW_UP,
            follows_up_id=demo.workshop.id,
        ),
        ratings=tuple(
            dataclasses.replace(r, value=None if r.value is None else min(5, r.value + 1))
            for r in demo.ratings
        ),
    )
    first = dataclasses.replace(demo.actions[0], status=ActionStatus.DONE)
    return summarize(demo.with_part(first), TODAY), summarize(later, TODAY)


def test_a_follow_up_names_the_workshop_it_follows_up_and_shows_the_change(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    earlier, later = _follow_up(demo)
    pages = _pages(_report(later, tmp_path, earlier=earlier))
    named = f"{earlier.workshop.title} ({earlier.workshop.held_on})"
    assert f"Uppföljning av {named}" in pages[0]
    whole = " ".join(pages)
    comparison = compare_follow_up(earlier, later)
    assert "Uppföljning: före och efter" in whole
    for change in comparison.dimensions:
        assert f"{change.code} {change.label}" in whole
    lines = _after(
        _layout_lines(_report(later, tmp_path, earlier=earlier)), "Uppföljning: före och efter"
    )
    lines = _after(lines, "Per påstående")
    for change in comparison.statements:
        row = next(line for line in lines if line.startswith(f"{change.code} "))
        assert row.endswith(signed_decimal_comma(change.change)), row
    done = comparison.earlier_done_count
    assert done >= 1
    total = counted(comparison.earlier_action_count, "åtgärd", "åtgärder")
    assert f"Klara: {done} av {total}" in whole


def test_a_follow_up_without_its_earlier_workshop_still_says_it_is_one(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    _, later = _follow_up(demo)
    pages = _pages(_report(later, tmp_path))
    assert "Följer upp" in pages[0]
    assert "Uppföljning: före och efter" not in " ".join(pages)


def test_an_overdue_action_shows_its_stored_status_and_days_overdue(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    open_ones = [a for a in demo.actions if not a.status.is_closed]
    late = dataclasses.replace(
        open_ones[0], status=ActionStatus.PAUSED, due_on=TODAY - timedelta(days=9)
    )
    summary = summarize(demo.with_part(late), TODAY)
    lines = _layout_lines(_report(summary, tmp_path))
    start = " ".join(late.title.split()[:3])
    rows = [line for line in lines if line.startswith(start)]
    assert rows and all("Pausad" in row and "9 dagar" in row for row in rows), rows
    paused = dict(summary.actions_per_status)[ActionStatus.PAUSED]
    assert paused >= 1
    # The status chart counts the stored status: the bar reads Pausad with its count.
    assert any(line == f"Pausad {paused}" for line in lines), [
        line for line in lines if "Pausad" in line
    ]


def test_the_critical_list_leaves_handled_out_shows_its_ranking_and_names_those_without_action(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    first = summarize(demo, TODAY).critical_dependencies[0].dependency
    handled = dataclasses.replace(first, status=DependencyStatus.HANDLED)
    summary = summarize(demo.with_part(handled), TODAY)
    page = _pages(_report(summary, tmp_path))[1]
    critical = page.split("De mest kritiska beroendena")[1].split("De viktigaste åtgärderna")[0]
    assert "Påverkan" in critical and "Prickar" in critical and "Status" in critical
    assert _squash(handled.title) not in critical.split("Saknar ännu")[0]
    for line in summary.critical_dependencies:
        assert _squash(line.dependency.title)[:20] in critical
    assert summary.unhandled_high_priority
    for dependency in summary.unhandled_high_priority:
        assert _squash(dependency.title) in critical.split("Saknar ännu")[1]


def test_counts_in_sentences_take_the_noun_in_the_right_number(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    high = [d for d in demo.dependencies if d.is_high_priority]
    lowered = [dataclasses.replace(d, impact=1) for d in high[1:]]
    contents = demo
    for dependency in lowered:
        contents = contents.with_part(dependency)
    late = [a for a in contents.actions if not a.status.is_closed and a.due_on]
    contents = contents.with_part(dataclasses.replace(late[0], due_on=TODAY - timedelta(days=1)))
    for action in late[1:]:
        contents = contents.with_part(
            dataclasses.replace(action, due_on=TODAY + timedelta(days=30))
        )
    summary = summarize(contents, TODAY)
    assert summary.overdue_count == 1
    page = _pages(_report(summary, tmp_path))[1]
    assert "varav 1 högprioriterat" in page
    assert "varav 1 försenad" in page
    assert "1 högprioriterade" not in page and "1 försenade" not in page


def test_the_demo_report_has_no_near_empty_page_and_shows_every_areas_lights(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    summary = summarize(demo, TODAY)
    pdf = _report(summary, tmp_path)
    pages = pdf_text(pdf).split("\f")
    pages = [p for p in pages if p.strip()]
    assert 5 <= len(pages) <= 12  # domain §3.7
    # Every page between the cover and the last holds more than a heading and a few rows.
    for number, page in enumerate(pages[1:-1], start=2):
        lines = [line for line in page.splitlines() if line.strip()]
        assert len(lines) >= 15, f"page {number} is nearly empty: {lines}"
    whole = _squash(" ".join(pages))
    assert "svagaste ljuset" not in whole
    for area in summary.area_light_counts:
        words = [f"{n} {light.label.lower()}" for light, n in area.counts if n]
        assert " · ".join(words) in whole


def test_the_new_columns_headers_are_not_broken_inside_a_word(
    demo: WorkshopContents, tmp_path: Path
) -> None:
    lines = _layout_lines(_report(summarize(demo, TODAY), tmp_path))
    assert "Nr Beroende Typ Prioritet Påverkan Prickar Status" in lines
    assert any(
        line.startswith("Åtgärd Ansvarig Klart Status Försenad Prioritet Beroende")
        for line in lines
    )
