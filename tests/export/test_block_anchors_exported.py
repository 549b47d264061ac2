"""Both exports' method text gives a block with anchors of its own its own scale table."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from hallbar_desktop import paths
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.export.workbook import write_workshop_workbook
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.services.demo_workshop import demo_contents
from tests.anchor_templates import EXPOSURE_ANCHORS, with_exposure_anchors, without_own_anchors
from tests.conftest import TODAY
from tests.export.conftest import SETTINGS, pdf_text


def _exported(template: ReadinessTemplate, folder: Path) -> tuple[list[tuple], str]:  # type: ignore[type-arg]
    summary = summarize(demo_contents(template, TODAY), TODAY)
    xlsx, pdf = folder / "w.xlsx", folder / "w.pdf"
    write_workshop_workbook(summary, xlsx, SETTINGS)
    write_workshop_report(summary, pdf, SETTINGS, paths.fonts_dir())
    about = list(openpyxl.load_workbook(xlsx)["Om underlaget"].iter_rows(values_only=True))
    return about, " ".join(pdf_text(pdf).split())


def test_the_exposure_blocks_anchors_have_their_own_table(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    shaped = with_exposure_anchors(template)
    exposure = next(d for d in shaped.dimensions if not d.in_readiness)
    title = f"Skala för {exposure.code} {exposure.label}"
    about, report = _exported(shaped, tmp_path)
    first = [row[0] for row in about]
    assert title in first
    own = about[first.index(title) + 1 : first.index(title) + 6]
    assert [row[:2] for row in own] == [
        (str(a.value), f"{a.label} – {a.description.lower()}") for a in EXPOSURE_ANCHORS
    ]
    assert title in report
    assert "Mycket stor risk – arbetet står still" in report
    # The general scale is still there, and still named for the whole template.
    general = template.scale[4]
    assert (str(general.value), f"{general.label} – {general.description.lower()}") in [
        row[:2] for row in about
    ]


def test_a_template_without_own_anchors_has_one_scale_table(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    about, report = _exported(without_own_anchors(template), tmp_path)
    assert not any(str(row[0]).startswith("Skala för") for row in about)
    assert "Skala för" not in report
