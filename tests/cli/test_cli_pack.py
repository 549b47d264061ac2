"""`hallbar pack`: one, several or all workshops into a .hallbar file; bad input: one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallbar_desktop import cli, paths, summary_process
from hallbar_desktop.exchange.package_format import read_package
from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def two_workshops(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    home = tmp_path_factory.mktemp("home")
    db = home / "db.sqlite3"
    ids = [run("--db", db, "demo", home=home).stdout.strip() for _ in range(2)]
    return home, db, ids


def _ids(path: Path) -> list[str]:
    package = read_package(path, paths.package_schema_path())
    return [str(c.workshop.id) for c in package.workshops]


def test_one_several_and_all(two_workshops: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    home, db, ids = two_workshops
    one = run("--db", db, "pack", "--workshop", ids[0], tmp_path / "en.hallbar", home=home)
    assert one.returncode == 0, one.stderr
    assert one.stdout.strip() == str(tmp_path / "en.hallbar")
    assert _ids(tmp_path / "en.hallbar") == [ids[0]]
    several = run(
        "pack", "--db", db, "--workshop", ids[1], "--workshop", ids[0], tmp_path / "två.hallbar",
        home=home,
    )  # fmt: skip
    assert several.returncode == 0, several.stderr
    assert _ids(tmp_path / "två.hallbar") == [ids[1], ids[0]]
    every = run("--db", db, "pack", "--all", "--names", tmp_path / "alla.hallbar", home=home)
    assert every.returncode == 0, every.stderr
    assert sorted(_ids(tmp_path / "alla.hallbar")) == sorted(ids)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--workshop", "00000000-0000-4000-8000-000000000001"],
            "00000000-0000-4000-8000-000000000001",
        ),
        (["--workshop", "inte-ett-id"], "inte-ett-id"),
        ([], "--workshop"),
        (["--all", "--workshop", "00000000-0000-4000-8000-000000000001"], "--workshop"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    two_workshops: tuple[Path, Path, list[str]], tmp_path: Path, args: list[str], said: str
) -> None:
    home, db, _ = two_workshops
    target = tmp_path / "x.hallbar"
    line = assert_one_line_error(run("--db", db, "pack", *args, target, home=home))
    assert said in line
    assert not target.exists()


def test_a_wrong_suffix_a_missing_folder_and_a_missing_database(
    two_workshops: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    home, db, _ = two_workshops
    assert ".hallbar" in assert_one_line_error(
        run("--db", db, "pack", "--all", tmp_path / "x.zip", home=home)
    )
    assert_one_line_error(
        run("--db", db, "pack", "--all", tmp_path / "nej" / "x.hallbar", home=home)
    )
    assert_one_line_error(
        run("--db", tmp_path / "saknas.sqlite3", "pack", "--all", tmp_path / "x.hallbar", home=home)
    )


def test_only_an_export_of_all_starts_the_roll_up_s_helper_ahead(
    two_workshops: tuple[Path, Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A package holds no summaries: a helper started for `pack --all` would only cost a
    # process's start and hold up the command's end.
    _home, db, _ids = two_workshops
    started: list[list[str]] = []
    real_part = summary_process.HelperPart

    def recorded(command: list[str]) -> summary_process.HelperPart:
        started.append(command)
        return real_part(command)

    monkeypatch.setattr(summary_process, "HelperPart", recorded)
    monkeypatch.setattr(summary_process, "helper_worth_starting", lambda: True)
    target = tmp_path / "alla.hallbar"
    assert cli.main(["--db", str(db), "pack", "--all", str(target)]) == 0
    assert target.exists()
    assert started == []
    assert cli.main(["--db", str(db), "export", "--all", "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    assert len(started) == 1
