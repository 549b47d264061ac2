"""The benchmark harness's plumbing: one module's figures reach the table and the JSON file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.__main__ import TARGETS, main, table


def test_the_harness_writes_a_modules_figures_with_where_they_were_measured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.json"
    assert main(["--quick", "--only", "edit_speed", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["commit_ratio"] > 0 and figures["commit_ratio_demo"] > 0
    assert {"commit", "machine", "python", "pyside6"} <= set(figures)
    assert figures["quick"] is True and figures["failed"] == {}
    printed = capsys.readouterr().out
    assert "commit_ratio " in printed and "MISSING" in printed  # the modules not run


def test_the_table_says_met_missed_and_missing() -> None:
    limit = TARGETS["national_export_s"]
    assert limit is not None
    lines = table({"national_export_s": limit, "pdf_ratio": 2.0, "extra": 1.5}).splitlines()
    verdicts = {line.split()[0]: line.split()[-1] for line in lines if line.strip()}
    assert verdicts["national_export_s"] == "met"
    assert verdicts["pdf_ratio"] == "missed"
    assert verdicts["startup_ratio"] == "MISSING"
    assert verdicts["extra"] == "1,50"


def test_the_export_figures_are_made_with_the_exports_as_they_are_called_today(
    tmp_path: Path,
) -> None:
    # The benchmark calls the workbook's writer directly; a change of its arguments left
    # `--quick` without xlsx_ratio and pdf_ratio once, found only by CI's benchmark step.
    from benchmarks.export_speed import large_workshop_figures

    figures = large_workshop_figures(tmp_path, 1)
    assert figures["xlsx_ratio"] > 0 and figures["pdf_ratio"] > 0
