"""`hallbar pack` and `hallbar export` leave personal data out by default where the issue asks
(packages, roll-ups), and keep them when asked (issue 19, item 3)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.services.demo_workshop import demo_contents
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import TODAY

FACILITATOR = "Kim Lindqvist"


@pytest.fixture(scope="module")
def two_demos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    home = tmp_path_factory.mktemp("home")
    db = home / "db.sqlite3"
    ids = [run("--db", db, "demo", home=home).stdout.strip() for _ in range(2)]
    return home, db, ids


def _package(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("package.json").decode("ascii")


def _workbook(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return "".join(book.read(n).decode("utf-8") for n in book.namelist())


def test_the_demo_has_the_facilitator_the_tests_look_for(template: ReadinessTemplate) -> None:
    assert demo_contents(template, TODAY).workshop.facilitator.startswith(FACILITATOR)


@pytest.mark.parametrize(
    ("flags", "redacted"),
    [([], True), (["--with-personal-data"], False), (["--names"], False)],
)
def test_pack_is_without_personal_data_unless_asked(
    two_demos: tuple[Path, Path, list[str]], tmp_path: Path, flags: list[str], redacted: bool
) -> None:
    home, db, ids = two_demos
    target = tmp_path / "p.hallbar"
    done = run("--db", db, "pack", "--workshop", ids[0], *flags, target, home=home)
    assert done.returncode == 0, done.stderr
    text = _package(target)
    document = json.loads(text)
    assert (document["redacted"], document["names_included"]) == (redacted, not redacted)
    assert (json.dumps(FACILITATOR)[1:-1] in text) is not redacted


@pytest.mark.parametrize(
    ("choice", "flags", "stripped"),
    [
        ("all", [], True),
        ("all", ["--with-personal-data"], False),
        ("one", [], False),
        ("one", ["--without-personal-data"], True),
    ],
)
def test_export_strips_a_rollup_by_default_and_one_workshop_when_asked(
    two_demos: tuple[Path, Path, list[str]],
    tmp_path: Path,
    choice: str,
    flags: list[str],
    stripped: bool,
) -> None:
    home, db, ids = two_demos
    which = ["--all"] if choice == "all" else ["--workshop", ids[0]]
    target = tmp_path / "a.xlsx"
    done = run("--db", db, "export", *which, *flags, "--xlsx", target, home=home)
    assert done.returncode == 0, done.stderr
    text = _workbook(target)
    assert ("Exporterad utan personuppgifter" in text) is stripped
    if choice == "one":  # a roll-up shows no facilitator either way
        assert (FACILITATOR in text) is not stripped


def test_names_without_personal_data_is_one_line_and_exit_2(
    two_demos: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    home, db, ids = two_demos
    result = run(
        "--db", db, "export", "--workshop", ids[0], "--names", "--without-personal-data",
        "--xlsx", tmp_path / "a.xlsx", home=home,
    )  # fmt: skip
    assert "--without-personal-data" in assert_one_line_error(result)
    assert not (tmp_path / "a.xlsx").exists()
