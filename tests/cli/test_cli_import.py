"""`hallbar import`: packages merged into a database, said one line per workshop; the same
package again changes nothing; a bad package is one line, exit 2, and the file untouched."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A laptop's database with one workshop, and its package."""
    home = tmp_path_factory.mktemp("home")
    laptop = home / "laptop.sqlite3"
    workshop_id = run("--db", laptop, "demo", home=home).stdout.strip()
    package = home / "workshop.hallbar"
    assert run("--db", laptop, "pack", "--all", package, home=home).returncode == 0
    return home, package, workshop_id


def test_import_adds_the_workshop_with_its_origin_and_twice_changes_nothing(
    packed: tuple[Path, Path, str], tmp_path: Path
) -> None:
    home, package, workshop_id = packed
    db = tmp_path / "samordnare.sqlite3"

    first = run("--db", db, "import", package, home=home)

    assert first.returncode == 0, first.stderr
    (line,) = first.stdout.splitlines()
    assert line.startswith(f"ny          {workshop_id}")
    listed = json.loads(run("--db", db, "list", "--json", home=home).stdout)
    assert [w["id"] for w in listed] == [workshop_id]
    assert listed[0]["origin"]["installation_id"]
    assert listed[0]["imported_at"] is not None
    before = listed

    again = run("--db", db, "import", package, home=home)

    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"oförändrad  {workshop_id}")
    assert "Inget att ändra" in again.stderr
    assert json.loads(run("--db", db, "list", "--json", home=home).stdout) == before


def test_a_workshop_made_here_lists_no_origin(packed: tuple[Path, Path, str]) -> None:
    home, _package, _id = packed
    listed = json.loads(run("--db", home / "laptop.sqlite3", "list", "--json", home=home).stdout)
    assert (listed[0]["origin"], listed[0]["imported_at"]) == (None, None)


def _broken(source: Path, target: Path) -> Path:
    document = json.loads(zipfile.ZipFile(source).read("package.json"))
    document["workshops"][0]["actions"][1]["due_on"] = "2026-13-01"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("package.json", json.dumps(document))
    return target


def test_a_bad_package_is_one_line_exit_2_and_leaves_the_database_as_it_was(
    packed: tuple[Path, Path, str], tmp_path: Path
) -> None:
    home, package, _id = packed
    db = tmp_path / "samordnare.sqlite3"
    assert run("--db", db, "import", package, home=home).returncode == 0
    before = db.read_bytes()
    bad = _broken(package, tmp_path / "trasig.hallbar")

    result = run("--db", db, "import", package, bad, home=home)

    line = assert_one_line_error(result)
    assert line.startswith("hallbar: trasig.hallbar, workshop 1, action 2, due_on"), line
    assert '"2026-13-01"' in line
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "said"),
    [("saknas.hallbar", "saknas.hallbar"), ("paket.zip", ".hallbar")],
)
def test_a_missing_or_misnamed_file_is_refused_before_a_database_is_made(
    packed: tuple[Path, Path, str], tmp_path: Path, name: str, said: str
) -> None:
    home, _package, _id = packed
    db = tmp_path / "ny.sqlite3"

    result = run("--db", db, "import", tmp_path / name, home=home)

    assert said in assert_one_line_error(result)
    assert not db.exists()
