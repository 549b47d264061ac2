"""`hallbar export` end to end: files written, and every expected error in one Swedish line."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from hallbar_desktop import cli
from hallbar_desktop.services.export_service import ExportService
from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def two_workshops(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    home = tmp_path_factory.mktemp("home")
    db = home / "db.sqlite3"
    ids = [run("--db", db, "demo", home=home).stdout.strip() for _ in range(2)]
    return home, db, ids


def test_one_workshop_and_all_workshops(
    two_workshops: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    home, db, ids = two_workshops
    one = run(
        "export",
        "--db",
        db,
        "--workshop",
        ids[0],
        "--xlsx",
        tmp_path / "en.xlsx",
        "--pdf",
        tmp_path / "en.pdf",
        home=home,
    )
    assert one.returncode == 0, one.stderr
    assert one.stdout.splitlines() == [str(tmp_path / "en.xlsx"), str(tmp_path / "en.pdf")]
    assert "Skattning" in openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames
    assert (tmp_path / "en.pdf").read_bytes().startswith(b"%PDF")

    everything = run(
        "export",
        "--db",
        db,
        "--all",
        "--organisation",
        "region exempelland",
        "--xlsx",
        tmp_path / "alla.xlsx",
        home=home,
    )
    assert everything.returncode == 0, everything.stderr
    rows = list(openpyxl.load_workbook(tmp_path / "alla.xlsx")["Jämförelse"].iter_rows())
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--workshop", "inte-ett-id", "--pdf", "{out}/x.pdf"], "inget giltigt workshop-id"),
        (
            ["--workshop", "00000000-0000-0000-0000-000000000000", "--pdf", "{out}/x.pdf"],
            "finns inte",
        ),
        (["--workshop", "{id}"], "ange --xlsx"),
        (["--all", "--pdf", "{out}/saknas/x.pdf"], "Mappen"),
        (["--all", "--xlsx", "{out}"], "är en mapp"),
        (["--all", "--from", "2026-13-01", "--pdf", "{out}/x.pdf"], "ÅÅÅÅ-MM-DD"),
        (["--workshop", "{id}", "--organisation", "X", "--pdf", "{out}/x.pdf"], "bara"),
        (["--all", "--organisation", "Ingen sådan", "--pdf", "{out}/x.pdf"], "inga workshoppar"),
        (["--pdf", "{out}/x.pdf"], "--workshop"),
    ],
)
def test_errors_are_one_swedish_line_and_write_nothing(
    two_workshops: tuple[Path, Path, list[str]],
    tmp_path: Path,
    arguments: list[str],
    expected: str,
) -> None:
    home, db, ids = two_workshops
    filled = [a.format(out=tmp_path, id=ids[0]) for a in arguments]
    line = assert_one_line_error(run("export", "--db", db, *filled, home=home))
    assert expected in line
    assert list(tmp_path.iterdir()) == []


def test_the_one_shot_export_pauses_the_cycle_collector_and_always_resumes(
    two_workshops: tuple[Path, Path, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`hallbar export` runs nothing else meanwhile, so it may stop the collector walking the
    export's many objects; an export that fails turns it back on too."""
    _, db, _ = two_workshops
    collector_on: list[bool] = []
    real_export = ExportService.export

    def export(self: ExportService, *args: Any, **options: Any) -> Any:
        collector_on.append(gc.isenabled())
        if options["xlsx"].name == "fel.xlsx":
            raise OSError("the disk is gone")
        return real_export(self, *args, **options)

    monkeypatch.setattr(ExportService, "export", export)
    assert gc.isenabled()
    assert cli.main(["export", "--db", str(db), "--all", "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    assert (tmp_path / "a.xlsx").exists()
    assert gc.isenabled()
    cli.main(["export", "--db", str(db), "--all", "--xlsx", str(tmp_path / "fel.xlsx")])
    assert collector_on == [False, False]
    assert gc.isenabled()
