"""The purge on a database file and on a PostgreSQL server alike: every value the database
holds is searched after it (the file's own bytes are searched in test_purge.py), and on a
server the tables it changed are rewritten when the user owns them."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.app import open_services, package_reader
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.retention import PurgeKind
from hallbar_desktop.services.import_service import read_packages
from hallbar_desktop.storage import tables as t
from hallbar_desktop.storage.database import open_database
from tests.services.test_purge import ALIAS, KEPT_NAME, NAME, ROLE, _workshop


def _every_value(database: Path | ServerAddress) -> str:
    """Every row of every table of hallbar's, as text."""
    engine = open_database(database)
    try:
        with engine.connect() as connection:
            return "\n".join(
                repr(tuple(row))
                for table in t.metadata.sorted_tables
                for row in connection.execute(sa.select(table))
            )
    finally:
        engine.dispose()


def _server_files(database: Path | ServerAddress, *tables: str) -> dict[str, str] | None:
    """Each table's file on the server (VACUUM FULL gives it a new one); None for a file."""
    if not isinstance(database, ServerAddress):
        return None
    engine = open_database(database)
    try:
        with engine.connect() as connection:
            return {
                name: connection.execute(
                    sa.text("SELECT pg_relation_filepath(:table)"), {"table": name}
                ).scalar_one()
                for name in tables
            }
    finally:
        engine.dispose()


@pytest.fixture
def two_workshops(database: Path | ServerAddress, template: ReadinessTemplate, tmp_path: Path):  # type: ignore[no-untyped-def]
    """One workshop to purge, imported with names from another computer (so the copy its import
    keeps holds them too), and one to keep."""
    source = tmp_path / "source.sqlite3"
    package = tmp_path / "med-namn.hallbar"
    with open_services(source, create_if_missing=True) as services:
        added = services.workshops.add_workshop(_workshop(template, NAME, ROLE, ALIAS, "Gallras"))
        services.packages.pack([added.workshop.id], package, names=True)
    with open_services(database, create_if_missing=True) as services:
        services.imports.import_packages(read_packages(package_reader(), [package]))
        services.workshops.add_workshop(
            _workshop(template, KEPT_NAME, "Kvarroll", "Kvaralias", "Behålls")
        )
    held = _every_value(database)
    assert all(text in held for text in (NAME, ROLE, ALIAS, KEPT_NAME))
    return added.workshop.id


def test_a_purge_of_names_leaves_no_name_role_or_typed_alias_in_the_database(
    database: Path | ServerAddress, two_workshops
) -> None:  # type: ignore[no-untyped-def]
    before = _server_files(
        database, "participants", "notes", "imported_copies", "audit_entries", "ratings"
    )

    with open_services(database, create_if_missing=False) as services:
        report = services.retention.purge([two_workshops], PurgeKind.NAMES)
        contents = services.workshops.contents(two_workshops)

    held = _every_value(database)
    assert [text for text in (NAME, ROLE, ALIAS) if text in held] == []
    assert KEPT_NAME in held
    (person,) = contents.participants
    assert (person.name, person.role, person.alias) == ("", "", "Deltagare 1")
    assert [n.author_id for n in contents.notes] == [None]
    assert report.workshops[0].imported_from
    # The test role owns the tables: the server's are rewritten too, only those changed.
    assert report.file_compacted
    assert report.on_server is isinstance(database, ServerAddress)
    after = _server_files(
        database, "participants", "notes", "imported_copies", "audit_entries", "ratings"
    )
    if before is not None and after is not None:
        assert [n for n in before if before[n] != after[n]] == [
            "participants",
            "notes",
            "imported_copies",
            "audit_entries",
        ]


def test_a_purge_of_the_whole_workshop_leaves_none_of_its_rows(
    database: Path | ServerAddress, two_workshops
) -> None:  # type: ignore[no-untyped-def]
    before = _server_files(database, "workshops", "ratings", "action_dependencies")

    with open_services(database, create_if_missing=False) as services:
        report = services.retention.purge([two_workshops], PurgeKind.WORKSHOP)
        left = [o.workshop.title for o in services.workshops.list_workshops()]

    assert left == ["Behålls"]
    held = _every_value(database)
    assert [text for text in (NAME, ROLE, ALIAS, str(two_workshops)) if text in held] == []
    assert KEPT_NAME in held
    assert report.file_compacted
    after = _server_files(database, "workshops", "ratings", "action_dependencies")
    if before is not None and after is not None:
        assert all(before[n] != after[n] for n in before)
