"""`hallbar` on a PostgreSQL server as on a file: demo, list, export, pack, import and push
(a facilitator's local workshops moved in, twice changing nothing); a password in the address
and a backup of a server are refused in plain words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hallbar_desktop.domain.database_address import ServerAddress
from tests.cli.test_cli import assert_one_line_error, run


def test_demo_list_export_and_pack_work_on_the_database(
    database: Path | ServerAddress, tmp_path: Path
) -> None:
    workshop_id = run("--db", database, "demo", home=tmp_path).stdout.strip()

    listed = run("--db", database, "list", "--json", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [w["id"] for w in json.loads(listed.stdout)] == [workshop_id]
    exported = run(
        "--db", database, "export", "--workshop", workshop_id, "--xlsx", "ut.xlsx", home=tmp_path
    )
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "ut.xlsx").stat().st_size > 0
    packed = run("--db", database, "pack", "--all", "paket.hallbar", home=tmp_path)
    assert packed.returncode == 0, packed.stderr
    assert (tmp_path / "paket.hallbar").stat().st_size > 0


def test_push_moves_a_local_files_workshops_with_their_origin_and_twice_changes_nothing(
    database: Path | ServerAddress, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    workshop_id = run("--db", laptop, "demo", home=tmp_path).stdout.strip()
    laptop_before = laptop.read_bytes()

    first = run("--db", database, "push", "--from", laptop, home=tmp_path)

    assert first.returncode == 0, first.stderr
    (line,) = first.stdout.splitlines()
    assert line.startswith(f"ny          {workshop_id}")
    assert "laptop.hallbar]" in line
    listed = json.loads(run("--db", database, "list", "--json", home=tmp_path).stdout)
    assert [w["id"] for w in listed] == [workshop_id]
    assert listed[0]["origin"]["installation_id"]
    assert listed[0]["imported_at"] is not None
    assert laptop.read_bytes() == laptop_before

    again = run("--db", database, "push", "--from", laptop, home=tmp_path)

    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"oförändrad  {workshop_id}")
    # Only the time of the latest import moves: each push packs anew.
    relisted = json.loads(run("--db", database, "list", "--json", home=tmp_path).stdout)
    assert [{**w, "imported_at": None} for w in relisted] == [
        {**w, "imported_at": None} for w in listed
    ]


def test_import_of_a_package_into_the_database(
    database: Path | ServerAddress, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    workshop_id = run("--db", laptop, "demo", home=tmp_path).stdout.strip()
    assert run("--db", laptop, "pack", "--all", "w.hallbar", home=tmp_path).returncode == 0

    imported = run("--db", database, "import", "w.hallbar", home=tmp_path)

    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"ny          {workshop_id}")
    again = run("--db", database, "import", "w.hallbar", home=tmp_path)
    assert again.stdout.startswith(f"oförändrad  {workshop_id}")


def test_a_server_is_not_backed_up_by_hallbar_and_says_whose_business_it_is(
    database: Path | ServerAddress, tmp_path: Path
) -> None:
    if not isinstance(database, ServerAddress):
        pytest.skip("a file's backups: tests/cli/test_cli.py")
    line = assert_one_line_error(run("--db", database, "backup", home=tmp_path))
    assert "tas av servern" in line and "pg_dump" in line


def test_a_password_in_the_address_is_refused_without_repeating_it(tmp_path: Path) -> None:
    result = run("--db", "postgresql://anna:hemligt@127.0.0.1/hallbar", "list", home=tmp_path)

    line = assert_one_line_error(result)
    assert "PGPASSWORD" in line
    assert "hemligt" not in result.stderr


def test_owner_of_a_workshop_in_a_file_is_refused_in_one_line(tmp_path: Path) -> None:
    workshop_id = run("--db", tmp_path / "a.sqlite3", "demo", home=tmp_path).stdout.strip()

    refused = run(
        "--db",
        tmp_path / "a.sqlite3",
        "owner",
        "--workshop",
        workshop_id,
        "--to",
        "anna",
        home=tmp_path,
    )

    assert "Bara en databas på en server har ägare" in assert_one_line_error(refused)
