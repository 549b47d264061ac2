"""Every released schema version, as a file full of data (tests/fixtures/db_v<N>.sqlite3),
upgrades to today's schema with every value intact; a migration that fails half way leaves the
file exactly as it was."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import MigrationFailedError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import migrations
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import TODAY
from tests.fixtures.make_schema_fixtures import ROWS, Rows, fixture_path, stored

VERSIONS = [m.version for m in MIGRATIONS]

# Which collection of WorkshopContents each table's rows become, and the key that finds one.
_PARTS = {
    "participants": "participants",
    "dependencies": "dependencies",
    "actions": "actions",
    "prerequisite_checks": "prerequisite_checks",
    "success_factors": "success_factors",
    "notes": "notes",
}
_KEYED = {
    "ratings": ("ratings", ("participant_id", "statement_code")),
    "group_scores": ("group_scores", ("dimension_code",)),
    "rating_tallies": ("tallies", ("statement_code", "value")),
}
# Tables that hold no collection of their own: the marker rows, and the action links (which
# are Action.dependency_ids).
_NOT_COLLECTIONS = {"hallbar_meta", "workshops", "action_dependencies"}
# Tables read through their own repository calls, compared row by row below.
_IMPORT_TABLES = {"imported_copies", "merge_conflicts", "audit_entries"}


def _raw_rows(path: Path) -> Rows:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        connection.row_factory = sqlite3.Row
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: [dict(r) for r in connection.execute(f"SELECT * FROM {t}")] for t in tables}


def _as_stored(value: Any) -> Any:
    """A domain value in the form a row holds it (see make_schema_fixtures.stored)."""
    if isinstance(value, LabelledChoice):
        return value.code
    if isinstance(value, frozenset):
        return ",".join(sorted(member.code for member in value))
    return stored(value)


def _key(row: dict[str, Any], names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(stored(row[n]) for n in names)


@contextlib.contextmanager
def _service_on(path: Path, template: ReadinessTemplate) -> Iterator[WorkshopService]:
    store = SqlWorkshopStore(open_database(path), path)
    try:
        yield WorkshopService(store, template, today=lambda: TODAY)
    finally:
        store.close()


@pytest.fixture(params=VERSIONS, ids=lambda v: f"v{v}")
def old_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[int, Path]:
    """A copy of the version's fixture: the committed file itself is never opened for writing."""
    version: int = request.param
    copy = tmp_path / f"db_v{version}.sqlite3"
    shutil.copyfile(fixture_path(version), copy)
    return version, copy


def test_every_migration_version_has_a_fixture_with_data_in_every_table() -> None:
    """Releasing a migration means adding its fixture (tests/fixtures/make_schema_fixtures.py)."""
    assert VERSIONS[-1] == LATEST_VERSION
    for version in VERSIONS:
        path = fixture_path(version)
        assert path.exists(), f"{path.name} is missing: run tests/fixtures/make_schema_fixtures.py"
        rows = _raw_rows(path)
        meta = {r["key"]: r["value"] for r in rows["hallbar_meta"]}
        assert meta == {"application": "hallbar-desktop", "schema_version": str(version)}
        assert [t for t, found in rows.items() if not found] == [], path.name
        assert version in ROWS


def test_each_fixture_holds_exactly_the_rows_its_generator_describes(
    old_file: tuple[int, Path],
) -> None:
    version, path = old_file
    expected = {
        table: sorted((sorted((c, stored(v)) for c, v in row.items()) for row in rows), key=str)
        for table, rows in ROWS[version]().items()
    }
    found = {
        table: sorted((sorted(row.items()) for row in rows), key=str)
        for table, rows in _raw_rows(path).items()
    }
    assert found == expected


def _check_entity(entity: Any, row: dict[str, Any], where: str) -> None:
    """Every column of the old row is the entity's field of that name; a field the old version
    had no column for holds the domain's default (what a migration must give it)."""
    for column, value in row.items():
        if column in ("workshop_id", "template_json", "owner"):
            # Not the entity's: its template is compared below, the owner in the raw file.
            continue
        field = "value" if column == "scale_value" else column
        found = _as_stored(getattr(entity, field))
        want = None if column == "scale_value" and value == 0 else stored(value)
        assert found == want, f"{where}.{column}: {found!r} != {want!r}"
    for f in dataclasses.fields(entity):
        if f.name in row or f.name in ("dependency_ids", "value"):
            continue
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
        assert getattr(entity, f.name) == default, f"{where}.{f.name} is not the default"


def _check_contents(rows: Rows, contents: WorkshopContents) -> None:
    workshop_id = contents.workshop.id
    (row,) = [r for r in rows["workshops"] if r["id"] == workshop_id]
    _check_entity(contents.workshop, row, "workshops")
    assert contents.template == ReadinessTemplate.from_dict(json.loads(row["template_json"]))
    for table, collection in _PARTS.items():
        own = [r for r in rows.get(table, []) if r["workshop_id"] == workshop_id]
        parts = {p.id: p for p in getattr(contents, collection)}
        assert sorted(parts, key=str) == sorted((r["id"] for r in own), key=str), table
        for part_row in own:
            _check_entity(parts[part_row["id"]], part_row, f"{table}[{part_row['id']}]")
    for table, (collection, key) in _KEYED.items():
        own = [r for r in rows.get(table, []) if r["workshop_id"] == workshop_id]
        items = {
            tuple(_as_stored(getattr(i, "value" if k == "value" else k)) for k in key): i
            for i in getattr(contents, collection)
        }
        field_key = tuple("scale_value" if k == "value" else k for k in key)
        expected = {
            tuple(None if n == "scale_value" and r[n] == 0 else stored(r[n]) for n in field_key): r
            for r in own
        }
        assert set(items) == set(expected), table
        for k, item_row in expected.items():
            _check_entity(items[k], item_row, f"{table}{k}")
    links = {(r["action_id"], r["dependency_id"]) for r in rows["action_dependencies"]}
    for action in contents.actions:
        assert action.dependency_ids == {d for a, d in links if a == action.id}, action.title
    covered = set(_PARTS) | set(_KEYED) | _NOT_COLLECTIONS | _IMPORT_TABLES
    unknown = set(rows) - covered
    assert not unknown, f"the test does not know how to compare {unknown}"


def _check_import_tables(rows: Rows, path: Path) -> None:
    """Imported copies and merge conflicts (version 3 on) read back field by field."""
    store = SqlWorkshopStore(open_database(path), path)
    try:
        with store.transaction(write=False) as repo:
            copies = repo.imported_copies()
            conflicts = repo.conflicts()
    finally:
        store.close()
    expected_copies = rows.get("imported_copies", [])
    assert len(copies) == len(expected_copies)
    for copy, row in zip(copies, expected_copies, strict=True):
        assert (copy.workshop_id, copy.origin.installation_id) == (
            row["workshop_id"],
            row["origin_id"],
        )
        assert copy.origin.computer == row["computer"]
        assert copy.origin.app_version == row["app_version"]
        assert copy.origin.packed_at == row["packed_at"]
        assert copy.imported_at == row["imported_at"]
        assert copy.names_included == row["names_included"]
        assert copy.document == row["document"]
    found = [
        (c.workshop_id, c.origin_id, c.kind, c.key, ",".join(c.fields), c.found_at)
        for c in conflicts
    ]
    assert found == [
        (r["workshop_id"], r["origin_id"], r["kind"], r["record_key"], r["fields"], r["found_at"])
        for r in rows.get("merge_conflicts", [])
    ]


def _check_audit_log(rows: Rows, service: WorkshopService) -> None:
    """The audit log (version 6 on) reads back entry by entry, its chains whole."""
    expected = rows.get("audit_entries", [])
    for workshop_id in {r["workshop_id"] for r in expected}:
        log = service.audit_log(workshop_id)
        assert log.broken is None
        found = [
            (e.chain, e.seq, e.at, e.user, e.computer, e.kind, ",".join(e.fields), e.change)
            for e in log.entries
        ]
        assert found == [
            tuple(
                r[c]
                for c in ("chain", "seq", "at", "user_name", "computer", "kind", "fields", "change")
            )
            for r in expected
            if r["workshop_id"] == workshop_id
        ]


def _indexes(path: Path) -> set[tuple[str, str]]:
    """Every index the file holds, by name and the statement that made it."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        query = "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'index'"
        return set(connection.execute(query))


def test_each_fixture_upgrades_to_todays_schema_with_every_value_intact(
    old_file: tuple[int, Path], template: ReadinessTemplate
) -> None:
    version, path = old_file
    rows = ROWS[version]()
    with _service_on(path, template) as service:
        listed = service.list_workshops()
        assert {o.workshop.id for o in listed} == {r["id"] for r in rows["workshops"]}
        for overview in listed:
            _check_contents(rows, service.contents(overview.workshop.id))
        _check_audit_log(rows, service)
        # The upgraded file takes new edits like any other.
        first: UUID = rows["workshops"][0]["id"]
        added = service.save_dependency(
            first,
            dataclasses.replace(
                service.contents(first).dependencies[0],
                id=UUID(int=version),
                title="Ny efter uppgraderingen – åäö",
                position=99,
            ),
        )
        assert isinstance(added, Dependency)
    _check_import_tables(rows, path)
    owners = {r["id"].hex: r.get("owner") for r in rows["workshops"]}
    assert {r["id"]: r["owner"] for r in _raw_rows(path)["workshops"]} == owners
    fresh = path.with_name("ny.sqlite3")
    open_database(fresh, create_if_missing=True).dispose()
    assert _indexes(path) == _indexes(fresh)
    with contextlib.closing(sqlite3.connect(path)) as raw:
        meta = dict(raw.execute("SELECT key, value FROM hallbar_meta"))
        assert meta["schema_version"] == str(LATEST_VERSION)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


def _breaking_halfway(step: Migration) -> Migration:
    """The real step, which then fails as if the disk went away after its DDL."""

    def upgrade(connection: sa.Connection) -> None:
        step.upgrade(connection)
        connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        connection.exec_driver_sql("INSERT INTO half_done VALUES (1)")
        raise OSError("the USB stick was pulled out")

    return Migration(step.version, step.description, upgrade)


def _failing_future_step(connection: sa.Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE workshops ADD COLUMN extra TEXT")
    connection.exec_driver_sql("UPDATE workshops SET title = 'ändrad', extra = 'x'")
    connection.exec_driver_sql("DELETE FROM ratings")
    raise RuntimeError("a bug in a future migration")


def _steps_failing_at_the_end(version: int) -> tuple[Migration, ...]:
    """Today's steps, the last pending one failing after it ran; for the newest file, a future
    step that changes data and then fails."""
    if version == LATEST_VERSION:
        future = Migration(LATEST_VERSION + 1, "future", _failing_future_step)
        return (*MIGRATIONS, future)
    return (*MIGRATIONS[:-1], _breaking_halfway(MIGRATIONS[-1]))


def test_a_migration_failing_halfway_leaves_each_fixture_byte_identical(
    old_file: tuple[int, Path], template: ReadinessTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    version, path = old_file
    before = path.read_bytes()
    real_migrate = migrations.migrate
    steps = _steps_failing_at_the_end(version)
    monkeypatch.setattr(
        migrations,
        "migrate",
        lambda engine, target, **options: real_migrate(engine, target, steps, **options),
    )
    with pytest.raises(MigrationFailedError) as caught:
        open_database(path)
    assert caught.value.version == steps[-1].version
    assert "Filen är oförändrad" in error_message(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no journal left

    # Nothing was half applied: without the failure the same file upgrades in full.
    monkeypatch.undo()
    with _service_on(path, template) as service:
        for overview in service.list_workshops():
            _check_contents(ROWS[version](), service.contents(overview.workshop.id))
