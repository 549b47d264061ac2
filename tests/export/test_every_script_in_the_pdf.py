"""Text in every script the bundled fonts hold reaches the PDF as typed: Arabic joined and read
from the right, Hebrew from the right, Ge'ez in its own font; what no font has shows as � and
the export says how many."""

from __future__ import annotations

import dataclasses
import html
import re
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from hallbar_desktop import paths
from hallbar_desktop.cli import unshown_summary
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.template_files import newest_template
from tests.conftest import TODAY
from tests.export.conftest import SETTINGS, pdf_fonts, pdf_text, require_tool
from tests.workshop_with_every_part import workshop_with_every_part

ARABIC = "التكامل المستدام"  # two words: the first read is the right one
HEBREW = "שרה כהן"
GEEZ = "ሰላም ዓለም"  # Tigrinya
CYRILLIC = "Устойчивое развитие"
NO_FONT = "\U0001f9ec"  # DNA, an emoji no bundled font has
PRIVATE = "\ue000"  # a private-use character: no font can mean anything by it


def _contents(template: ReadinessTemplate) -> WorkshopContents:
    contents = workshop_with_every_part(template)
    dependency = dataclasses.replace(contents.dependencies[0], title=ARABIC)
    participant = dataclasses.replace(contents.participants[0], name=HEBREW)
    action = dataclasses.replace(contents.actions[0], title=f"Möte {GEEZ}")
    workshop = dataclasses.replace(
        contents.workshop,
        organisation=CYRILLIC,
        change_focus=f"Arvsmassa {NO_FONT} och {PRIVATE}",
    )
    return dataclasses.replace(
        contents,
        workshop=workshop,
        dependencies=(dependency, *contents.dependencies[1:]),
        participants=(participant, *contents.participants[1:]),
        actions=(action, *contents.actions[1:]),
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    template = newest_template(paths.templates_dir(), "hallbar-beredskap")
    pdf = tmp_path_factory.mktemp("scripts") / "skript.pdf"
    settings = dataclasses.replace(SETTINGS, include_names=True)
    unshown = PdfWriter(paths.fonts_dir()).workshop(
        summarize(_contents(template), TODAY), pdf, settings
    )
    return pdf, dict(unshown or {})


def _drawn_words(pdf: Path) -> list[tuple[float, float, str]]:
    """Every word as drawn, with its page-relative top and left edge: pdftotext -bbox gives
    each word's glyphs in the order they stand on the page, from the left."""
    tool = require_tool("pdftotext")
    page = subprocess.run(
        [tool, "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>'
    return [(float(y), float(x), html.unescape(w)) for x, y, w in re.findall(pattern, page)]


def test_arabic_is_joined_and_read_from_the_right(report: tuple[Path, dict[str, int]]) -> None:
    pdf, _ = report
    first, second = ARABIC.split()
    words = _drawn_words(pdf)
    # Joined letters are contextual presentation forms; drawn from the left, a word's glyphs
    # are its letters backwards.
    drawn = {
        unicodedata.normalize("NFKC", w[::-1]): (top, left)
        for top, left, w in words
        if any("\ufe70" <= c <= "\ufeff" for c in w)
    }
    assert first in drawn and second in drawn, [w for _, _, w in words if not w.isascii()]
    (first_top, first_left), (second_top, second_left) = drawn[first], drawn[second]
    assert first_top == second_top
    assert first_left > second_left  # the first word stands to the right of the second


def test_hebrew_reads_from_the_right(report: tuple[Path, dict[str, int]]) -> None:
    pdf, _ = report
    first, second = HEBREW.split()
    words = {w[::-1]: (top, left) for top, left, w in _drawn_words(pdf)}
    assert first in words and second in words
    assert words[first][1] > words[second][1]


def test_geez_and_cyrillic_are_shown_in_a_font_that_has_them(
    report: tuple[Path, dict[str, int]],
) -> None:
    pdf, _ = report
    text = pdf_text(pdf)
    assert GEEZ.split()[0] in text and CYRILLIC in text
    fonts = [row[0] for row in pdf_fonts(pdf)]
    assert any(name.endswith("+NotoSansEthiopic-Regular") for name in fonts), fonts
    assert all(row[-4] == "yes" for row in pdf_fonts(pdf)), "a font is not embedded"


def test_a_character_no_font_has_is_replaced_and_counted(
    report: tuple[Path, dict[str, int]],
) -> None:
    pdf, unshown = report
    text = pdf_text(pdf)
    assert "Arvsmassa \ufffd och \ufffd" in text
    assert PRIVATE not in text
    # The running header repeats the organisation, never the change focus.
    assert unshown == {NO_FONT: 1, PRIVATE: 1}


def test_the_export_says_how_many_characters_it_could_not_show(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = _contents(template)
    workshop_id = service.add_workshop(contents).workshop.id
    exports = ExportService(
        service._store,
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
    )
    xlsx, pdf = tmp_path / "w.xlsx", tmp_path / "w.pdf"
    written = exports.export([workshop_id], xlsx=xlsx, pdf=pdf)
    assert written == (xlsx, pdf)
    assert written.unshown == {pdf: {NO_FONT: 1, PRIVATE: 1}}
    assert unshown_summary(written.unshown[pdf]) == "2 tecken (U+E000 \ue000, U+1F9EC \U0001f9ec)"
