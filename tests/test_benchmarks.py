"""The benchmark harness's plumbing: one module's figures reach the table and the JSON file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import benchmarks.__main__ as harness
from benchmarks import NOT_MEASURED
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


def test_a_figure_not_measured_here_is_said_with_why_and_is_not_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    why = "no server (HALLBAR_TEST_POSTGRESQL is not set)"
    server_figures = {"national_server_export_s", "national_server_rss_mb"}

    def everything_but_the_server(quick: bool) -> dict[str, object]:
        made: dict[str, object] = {name: 1.0 for name in TARGETS if name not in server_figures}
        made[NOT_MEASURED] = dict.fromkeys(server_figures, why)
        return made

    monkeypatch.setattr(harness, "MODULES", (("all", everything_but_the_server),))
    out = tmp_path / "figures.json"

    assert main(["--quick", "--json", str(out)]) == 0

    printed = capsys.readouterr().out
    assert f"not measured: {why}" in printed and "MISSING" not in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures[NOT_MEASURED] == dict.fromkeys(server_figures, why)
    assert not server_figures & set(figures)


def test_without_a_server_the_roll_up_from_one_is_not_measured_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.export_speed import national_server

    monkeypatch.delenv("HALLBAR_TEST_POSTGRESQL", raising=False)
    address, why = national_server(tmp_path / "bench.sqlite3", 21)
    assert address is None and "HALLBAR_TEST_POSTGRESQL" in why


def test_the_roll_ups_peak_memory_is_the_exports_own_not_the_benchmarks(tmp_path: Path) -> None:
    # ru_maxrss of a child keeps the peak of the process it was forked from: the quick roll-up
    # once reported the benchmark's own 110 MB for an export of some 60 MB.
    from benchmarks.export_speed import _national_export, national_database

    database = national_database(3)
    held = bytearray(200 * 1024 * 1024)  # the benchmark's own memory, made resident
    seconds, peak = _national_export(str(database), tmp_path)
    assert len(held) and seconds > 0
    assert 20 < peak < 200
