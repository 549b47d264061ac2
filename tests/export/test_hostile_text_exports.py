"""The hostile-text corpus in every free-text field, through both exports: no cell is ever a
formula, and each text reads back as it was stored, less only what the format cannot hold.

Refused texts reach an export only from a file written before the rule existed; they are
exported too, as an earlier version may have stored them (the 100,000 characters in one
long text, the others in every field)."""

from __future__ import annotations

import csv
import dataclasses
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.entered_text import FREE_TEXT_FIELDS
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import GroupScore, ReadinessTemplate
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.export.workbook import write_workshop_workbook
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.storage.template_files import newest_template
from tests.conftest import TODAY
from tests.export.conftest import SETTINGS, convert_with_libreoffice, pdf_fonts, pdf_text
from tests.hostile_text import CORPUS, HostileText
from tests.workshop_with_every_part import longest_allowed, workshop_with_every_part

# XML 1.0 cannot hold C0 controls other than tab, LF and CR, nor lone surrogates or U+FFFE and
# U+FFFF; DEL and the C1 controls are dropped with them. PDF text is written from the same.
_FORMAT_CANNOT_HOLD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
EXCEL_CELL_MAX = 32_767

# Brainstorm notes are not part of the coordinator's summary.
NOT_EXPORTED = {(Note, "text"), (Note, "cluster")}
# Name and role share one cell ("Eva Åberg, Strateg") in the participant list.
SHARED_CELL = {(Participant, "name"), (Participant, "role")}
# The report's action plan shows title and owner; the rest is in the workbook.
NOT_IN_REPORT = {
    (Action, field)
    for field in (
        "description",
        "contributors",
        "decision_by",
        "success_indicator",
        "resources",
        "last_update_comment",
    )
}
# pdftotext may give right-to-left runs in visual order, so for these only the characters count,
# and joined Arabic letters are presentation forms: compared as the letters they stand for.
REORDERED_IN_PDF = {"arabic", "hebrew", "bidi_override"}
# Texts a spreadsheet program could take for a formula, shown by LibreOffice as typed.
FORMULA_LIKE = tuple(h for h in CORPUS if h.key.startswith("formula_") or h.key.endswith("_start"))


@dataclass(frozen=True)
class Exported:
    contents: WorkshopContents
    xlsx: Path
    pdf: Path
    pdf_text: str


def _template() -> ReadinessTemplate:
    return newest_template(paths.templates_dir(), "hallbar-beredskap")


def _entity(contents: WorkshopContents, cls: type) -> Any:
    if cls is Workshop:
        return contents.workshop
    if cls is GroupScore:
        return contents.group_scores[0]
    return contents.parts_of(cls)[0]


def _contents_with(hostile: HostileText, template: ReadinessTemplate) -> WorkshopContents:
    plain = workshop_with_every_part(template)
    limits = {
        (cls, field): longest_allowed(_entity(plain, cls), field)
        for cls, fields in FREE_TEXT_FIELDS.items()
        for field in fields
    }

    def text_for(cls: type, field: str) -> str:
        if hostile.key == "long":  # too long for anything but an unlimited, older long text
            return hostile.text if (cls, field) == (Workshop, "current_state") else field
        return hostile.text[: limits[cls, field]]

    return workshop_with_every_part(template, text_for)


def _export(contents: WorkshopContents, folder: Path, name: str) -> tuple[Path, Path]:
    summary = summarize(contents, TODAY)
    settings = dataclasses.replace(SETTINGS, include_names=True)
    xlsx, pdf = folder / f"{name}.xlsx", folder / f"{name}.pdf"
    write_workshop_workbook(summary, xlsx, settings)
    write_workshop_report(summary, pdf, settings, paths.fonts_dir())
    return xlsx, pdf


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    """Every corpus text exported once to a workbook and a report (names included)."""
    folder = tmp_path_factory.mktemp("hostile")
    template = _template()
    result = {}
    for hostile in CORPUS:
        contents = _contents_with(hostile, template)
        xlsx, pdf = _export(contents, folder, hostile.key)
        result[hostile.key] = Exported(contents, xlsx, pdf, pdf_text(pdf))
    return result


def in_workbook(text: str) -> str:
    """What a cell holds of ``text``: XML turns a CR into a line feed on reading, and a cell
    holds at most 32,767 characters."""
    held = _FORMAT_CANNOT_HOLD.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return held[:EXCEL_CELL_MAX]


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def _extractable(text: str) -> str:
    """The characters pdftotext gives back: emoji and other symbols are drawn but not extracted,
    nor are joiners and direction marks; the rest without spaces (lines wrap anywhere)."""
    kept = (c for c in _squash(text) if unicodedata.category(c) not in ("So", "Sk", "Cf"))
    return "".join(c for c in kept if ord(c) <= 0xFFFF)


def _letters(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _report_text(files: Exported) -> str:
    """The PDF's text without the page headers and footers a long text runs through."""
    w = files.contents.workshop
    header = _squash(" · ".join(x for x in (w.organisation.strip(), w.title) if x))
    lines = [
        line
        for line in files.pdf_text.splitlines()
        if not re.fullmatch(r"Sida \d+ av \d+", line.strip()) and _squash(line) != header
    ]
    return _extractable("".join(lines))


def _cells(book: Any) -> list[Any]:
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("hostile", CORPUS, ids=str)
def test_no_cell_of_the_workbook_is_a_formula(
    exported: dict[str, Exported], hostile: HostileText
) -> None:
    files = exported[hostile.key]
    book = openpyxl.load_workbook(files.xlsx)
    assert [c.coordinate for c in _cells(book) if c.data_type == "f"] == []
    with zipfile.ZipFile(files.xlsx) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


@pytest.mark.parametrize("hostile", CORPUS, ids=str)
def test_every_exported_field_reads_back_from_the_workbook(
    exported: dict[str, Exported], hostile: HostileText
) -> None:
    files = exported[hostile.key]
    values = [c.value for c in _cells(openpyxl.load_workbook(files.xlsx)) if c.value is not None]
    texts = [v for v in values if isinstance(v, str)]
    missing = []
    for cls, fields in FREE_TEXT_FIELDS.items():
        for field in fields:
            if (cls, field) in NOT_EXPORTED:
                continue
            expected = in_workbook(getattr(_entity(files.contents, cls), field))
            if (cls, field) in SHARED_CELL:
                found = any(expected in text for text in texts)
            else:
                found = expected in texts
            if not found:
                missing.append(f"{cls.__name__}.{field}")
    assert missing == []


@pytest.mark.parametrize("hostile", CORPUS, ids=str)
def test_every_reported_field_reads_back_from_the_pdf(
    exported: dict[str, Exported], hostile: HostileText
) -> None:
    files = exported[hostile.key]
    text = _report_text(files)
    missing = []
    for cls, fields in FREE_TEXT_FIELDS.items():
        for field in fields:
            if (cls, field) in NOT_EXPORTED | NOT_IN_REPORT:
                continue
            stored = getattr(_entity(files.contents, cls), field)
            expected = _extractable(_FORMAT_CANNOT_HOLD.sub("", stored))
            if hostile.key in REORDERED_IN_PDF:
                found = not Counter(_letters(expected)) - Counter(_letters(text))
            else:
                found = expected in text
            if not found:
                missing.append(f"{cls.__name__}.{field}")
    assert missing == []
    # Markup is shown as the characters typed, never obeyed.
    if hostile.key == "markup":
        assert "<b>fet</b>&<i>kursiv</i><br/>ä" in text
    assert all(row[-4] == "yes" for row in pdf_fonts(files.pdf)), "a font is not embedded"


def test_libreoffice_shows_formula_like_texts_as_the_text_typed(tmp_path: Path) -> None:
    """A real spreadsheet program: the workshop's facts each start like a formula (=, +, -, @,
    a tab, a carriage return), and LibreOffice shows each as text, never a computed value."""
    facts = [f for f in FREE_TEXT_FIELDS[Workshop] if f != "title"]
    texts = dict(zip(facts, (h.text for h in FORMULA_LIKE), strict=False))
    assert len(texts) == len(FORMULA_LIKE)  # every formula-like text has a field of its own
    contents = workshop_with_every_part(_template())
    workshop = dataclasses.replace(contents.workshop, title="=SUMMA(1;2)", **texts)
    xlsx, _pdf = _export(dataclasses.replace(contents, workshop=workshop), tmp_path, "formler")
    convert_with_libreoffice([xlsx], tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76,1")
    csv_file = tmp_path / "formler.csv"  # the first sheet, Översikt, holds the facts
    assert csv_file.exists(), "LibreOffice could not read the workbook"
    with csv_file.open(encoding="utf-8", newline="") as handle:
        cells = {cell for row in csv.reader(handle) for cell in row}
    for text in ("=SUMMA(1;2)", *texts.values()):
        assert in_workbook(text) in cells, repr(text)
