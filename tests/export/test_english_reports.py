"""The PDF reports in English: no Swedish but the user's data, decimal points, ISO dates."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from babel.messages.pofile import read_po

import build_installer
from hallbar_desktop import paths
from hallbar_desktop.domain.follow_up_comparison import compare_follow_up
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.export.rollup_report import write_rollup_report
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.coordinator_workshops import make_region
from tests.export.conftest import SETTINGS, pdf_text
from tests.workshop_with_every_part import workshop_with_every_part

ENGLISH = dataclasses.replace(SETTINGS, language="en", include_names=True)
# Shorter Swedish texts ("Klar", "Typ") are parts of English words or of names too often.
SHORTEST_CHECKED = 6
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _squashed(text: str) -> str:
    return " ".join(text.split())


def _swedish_texts() -> list[str]:
    """Every Swedish source text of the catalogue that English words differently, cut at its
    placeholders: the parts that would show if it were left untranslated."""
    with build_installer.gettext_po("en").open("rb") as stream:
        catalogue = read_po(stream, locale="en")
    english = " ".join(
        form
        for m in catalogue
        if m.id
        for form in (m.string if isinstance(m.string, tuple) else (m.string,))
    )
    found = set()
    for message in catalogue:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        for source in sources:
            found.update(
                part.strip()
                for part in PLACEHOLDER.split(_squashed(source))
                if len(part.strip()) >= SHORTEST_CHECKED and not any(part in f for f in forms)
            )
    # "Median", "version": words that English uses too
    return sorted(part for part in found if part not in english)


def _without(text: str, user_data: Iterable[str]) -> str:
    """The text with the user's and the template's own words taken out, longest first."""
    text = _squashed(text)
    for value in sorted({_squashed(v) for v in user_data if v.strip()}, key=len, reverse=True):
        text = text.replace(value, " ")
    return text


def _template_words(template: ReadinessTemplate) -> list[str]:
    """The template's own words: the built-in template is Swedish, as the app shows it."""
    words = [template.name, template.dont_know_label, *template.sources]
    for dimension in template.dimensions:
        words.append(dimension.label)
        for anchor in template.scale_of(dimension):
            words += [anchor.label, anchor.description.lower()]
    words += [s.text for s in template.statements]
    return words


def _summary_words(summary: WorkshopSummary) -> list[str]:
    c = summary.workshop
    words = [c.title, c.organisation, c.unit, c.place, c.facilitator, c.change_focus]
    words += [c.current_state, c.target_picture, c.next_steps]
    words += [p.alias for p in summary.participants]
    words += [d.dependency.title for d in summary.dependencies]
    words += [a.action.title for a in summary.actions]
    words += [a.action.owner for a in summary.actions]
    return [*words, *_template_words(summary.template)]


def _assert_english(text: str, user_data: Iterable[str]) -> None:
    rest = _without(text, user_data)
    left = [swedish for swedish in _swedish_texts() if swedish in rest]
    assert not left, left
    assert not re.search(r"\d,\d", rest), "a decimal comma in English"
    assert re.search(r"\d\.\d", rest), "no decimal point"


@pytest.fixture(scope="module")
def every_part(template: ReadinessTemplate) -> tuple[WorkshopSummary, WorkshopSummary]:
    """A workshop with one of every part, and a follow-up of it."""
    contents = workshop_with_every_part(template)
    later = dataclasses.replace(
        contents,
        workshop=dataclasses.replace(
            contents.workshop,
            id=uuid4(),
            variant=Variant.FOLLOW_UP,
            follows_up_id=contents.workshop.id,
            held_on=date(2027, 2, 12),
        ),
    )
    return summarize(contents, TODAY), summarize(later, TODAY)


def test_an_english_workshop_report_has_english_words_and_numbers(
    tmp_path: Path, every_part: tuple[WorkshopSummary, WorkshopSummary]
) -> None:
    earlier, later = every_part
    pdf = tmp_path / "report.pdf"
    write_workshop_report(later, pdf, ENGLISH, paths.fonts_dir(), compare_follow_up(earlier, later))
    text = _squashed(pdf_text(pdf))
    for heading in ("Summary", "Readiness for change", "Action plan", "Follow-up: before and"):
        assert heading in text
    assert "Page 2 of" in text
    assert "2027-02-12" in text and "2026-11-12" in text  # ISO dates
    _assert_english(text, _summary_words(later))


def test_the_swedish_report_keeps_its_swedish(
    tmp_path: Path, every_part: tuple[WorkshopSummary, WorkshopSummary]
) -> None:
    earlier, later = every_part
    pdf = tmp_path / "report.pdf"
    write_workshop_report(
        later, pdf, SETTINGS, paths.fonts_dir(), compare_follow_up(earlier, later)
    )
    text = _squashed(pdf_text(pdf))
    for heading in ("Sammanfattning", "Förändringsberedskap", "Handlingsplan", "Sida 2 av"):
        assert heading in text
    assert re.search(r"\d,\d", text)


def test_an_english_rollup_report_has_english_words_and_numbers(
    tmp_path: Path, service: WorkshopService
) -> None:
    make_region(service, TODAY)
    summaries = [
        summarize(service.contents(row.workshop.id), TODAY) for row in service.list_workshops()
    ]
    pdf = tmp_path / "rollup.pdf"
    write_rollup_report(summarize_rollup(summaries, TODAY), pdf, ENGLISH, paths.fonts_dir())
    text = _squashed(pdf_text(pdf))
    for heading in ("Compilation of workshops", "The whole region", "Before and after"):
        assert heading in text
    user_data = [word for s in summaries for word in _summary_words(s)]
    _assert_english(text, user_data)
