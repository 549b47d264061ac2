"""Export fixtures: the demo workshop and a roll-up exported once, and the outside checkers."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.export.rollup_report import write_rollup_report
from hallbar_desktop.export.workbook import write_rollup_workbook, write_workshop_workbook
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.services.demo_workshop import demo_contents
from tests.conftest import TODAY

SETTINGS = ExportSettings(exported_at=datetime(2026, 11, 26, 10, 30), app_version="0.1.0")


def require_tool(name: str) -> str:
    """The tool's path; a missing tool fails on CI (CI=true) and skips elsewhere."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} is needed for this check (apt-get install poppler-utils "
        message += "libreoffice-calc-nogui)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def pdf_text(pdf: Path) -> str:
    tool = require_tool("pdftotext")
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(pdf: Path) -> list[list[str]]:
    """pdffonts' table rows, split in columns (names have no spaces in our files)."""
    tool = require_tool("pdffonts")
    lines = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in lines.splitlines()[2:] if line.strip()]


def convert_with_libreoffice(files: list[Path], out: Path, target: str) -> None:
    tool = require_tool("soffice")
    subprocess.run(
        [
            tool,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{out}/profile",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            *map(str, files),
        ],
        capture_output=True,
        timeout=180,
        check=False,  # soffice exits 0 even when it fails; callers look for the output files
    )


@pytest.fixture(scope="session")
def demo_summary(template: ReadinessTemplate) -> WorkshopSummary:
    return summarize(demo_contents(template, TODAY), TODAY)


@pytest.fixture(scope="session")
def rollup_summaries(template: ReadinessTemplate) -> list[WorkshopSummary]:
    """Three workshops in two organisations; the third follows up the first."""
    first = demo_contents(template, TODAY)
    other = demo_contents(template, TODAY)
    other = dataclasses.replace(
        other, workshop=dataclasses.replace(other.workshop, organisation="Region Östra", title="Ö")
    )
    follow = demo_contents(template, TODAY)
    follow = dataclasses.replace(
        follow,
        workshop=dataclasses.replace(
            follow.workshop,
            title="Uppföljning",
            variant=Variant.FOLLOW_UP,
            follows_up_id=first.workshop.id,
        ),
    )
    return [summarize(c, TODAY) for c in (first, other, follow)]


@pytest.fixture(scope="session")
def exported(
    tmp_path_factory: pytest.TempPathFactory,
    demo_summary: WorkshopSummary,
    rollup_summaries: list[WorkshopSummary],
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    files = {name: folder / name for name in ("demo.xlsx", "demo.pdf", "all.xlsx", "all.pdf")}
    rollup = summarize_rollup(rollup_summaries, TODAY)
    write_workshop_workbook(demo_summary, files["demo.xlsx"], SETTINGS)
    write_workshop_report(demo_summary, files["demo.pdf"], SETTINGS, paths.fonts_dir())
    write_rollup_workbook(rollup, files["all.xlsx"], SETTINGS)
    write_rollup_report(rollup, files["all.pdf"], SETTINGS, paths.fonts_dir())
    return files


ExportBoth = Callable[[WorkshopSummary, Path], tuple[Path, Path]]


@pytest.fixture
def export_both(tmp_path: Path) -> ExportBoth:
    def run(summary: WorkshopSummary, folder: Path = tmp_path) -> tuple[Path, Path]:
        xlsx, pdf = folder / "w.xlsx", folder / "w.pdf"
        write_workshop_workbook(summary, xlsx, SETTINGS)
        write_workshop_report(summary, pdf, SETTINGS, paths.fonts_dir())
        return xlsx, pdf

    return run
