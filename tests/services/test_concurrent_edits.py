"""Two windows on one file: an edit never overwrites a change it has not seen."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory, DependencyStatus
from hallbar_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY


@pytest.fixture
def other(
    database: Path | ServerAddress, template: ReadinessTemplate, service: WorkshopService
) -> Iterator[WorkshopService]:
    """A second service on the same database, as another window or computer would have."""
    store = SqlWorkshopStore(open_database(database), database)
    yield WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    store.close()


def _workshop_with_dependency(service: WorkshopService) -> tuple[Workshop, Dependency]:
    contents = service.create_workshop(Workshop(title="Workshop"), participant_count=2)
    dependency = service.save_dependency(
        contents.workshop.id,
        Dependency(category=DependencyCategory.DECISION, title="Beslut saknas"),
    )
    return contents.workshop, dependency


def test_a_change_to_the_same_field_since_it_was_read_is_refused_showing_both(
    service: WorkshopService, other: WorkshopService
) -> None:
    workshop, read = _workshop_with_dependency(service)
    other.save_dependency(workshop.id, dataclasses.replace(read, title="Deras rubrik"))

    with pytest.raises(ConflictError) as refused:
        service.save_dependency(
            workshop.id, dataclasses.replace(read, title="Min rubrik"), expected=read
        )

    assert refused.value.clashes == (("title", "Deras rubrik", "Min rubrik"),)
    message = error_message(refused.value)
    assert message.startswith("Någon annan har ändrat beroendet")
    assert "”Deras rubrik”" in message and "”Min rubrik”" in message
    assert [d.title for d in service.contents(workshop.id).dependencies] == ["Deras rubrik"]


def test_changes_to_different_fields_are_both_kept(
    service: WorkshopService, other: WorkshopService
) -> None:
    workshop, read = _workshop_with_dependency(service)
    other.save_dependency(workshop.id, dataclasses.replace(read, title="Deras rubrik"))

    stored = service.save_dependency(
        workshop.id,
        dataclasses.replace(read, status=DependencyStatus.HANDLED, owner="Eva"),
        expected=read,
    )

    fresh = other.contents(workshop.id).dependencies[0]
    assert (fresh.title, fresh.status, fresh.owner) == (
        "Deras rubrik",
        DependencyStatus.HANDLED,
        "Eva",
    )
    assert stored == fresh


def test_the_same_change_made_twice_is_no_conflict(
    service: WorkshopService, other: WorkshopService
) -> None:
    workshop, read = _workshop_with_dependency(service)
    other.save_dependency(workshop.id, dataclasses.replace(read, title="Samma"))
    service.save_dependency(workshop.id, dataclasses.replace(read, title="Samma"), expected=read)
    assert service.contents(workshop.id).dependencies[0].title == "Samma"


def test_the_workshops_facts_are_checked_the_same_way(
    service: WorkshopService, other: WorkshopService
) -> None:
    workshop, _ = _workshop_with_dependency(service)
    other.update_workshop(dataclasses.replace(workshop, title="Deras titel"))

    with pytest.raises(ConflictError) as refused:
        service.update_workshop(dataclasses.replace(workshop, title="Min titel"), workshop)
    assert "workshoppens uppgifter" in error_message(refused.value)
    assert service.contents(workshop.id).workshop.title == "Deras titel"

    service.update_workshop(dataclasses.replace(workshop, place="Umeå"), workshop)
    both = other.contents(workshop.id).workshop
    assert (both.title, both.place) == ("Deras titel", "Umeå")


def test_an_edit_of_a_part_someone_removed_is_refused(
    service: WorkshopService, other: WorkshopService
) -> None:
    workshop, read = _workshop_with_dependency(service)
    other.remove_dependency(workshop.id, read.id)
    with pytest.raises(NotFoundError):
        service.save_dependency(workshop.id, dataclasses.replace(read, title="Ny"), expected=read)
    assert service.contents(workshop.id).dependencies == ()


@pytest.mark.sqlite_only  # bytes that are no UTF-8 text: SQLite keeps them, a server refuses
def test_an_edit_writes_only_the_columns_it_changes(
    service: WorkshopService, db_path: Path
) -> None:
    workshop, read = _workshop_with_dependency(service)
    engine = open_database(db_path)
    # A value this version would never write: kept byte for byte while the title is edited.
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE dependencies SET description = CAST(x'6f6c647e' AS TEXT) WHERE title = ?",
            (read.title,),
        )
    engine.dispose()
    fresh = service.contents(workshop.id).dependencies[0]
    service.save_dependency(workshop.id, dataclasses.replace(fresh, title="Ny"), expected=fresh)

    engine = open_database(db_path)
    with engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT title, hex(CAST(description AS BLOB)) FROM dependencies"
        ).one()
    engine.dispose()
    assert tuple(row) == ("Ny", "6F6C647E")


def test_calls_in_one_batch_commit_together_or_not_at_all(
    service: WorkshopService, other: WorkshopService
) -> None:
    workshop, read = _workshop_with_dependency(service)
    with pytest.raises(ValidationError), service.batch():
        service.save_dependency(workshop.id, dataclasses.replace(read, title="Första"))
        service.save_dependency(workshop.id, dataclasses.replace(read, title=""))
    assert other.contents(workshop.id).dependencies[0].title == "Beslut saknas"

    with service.batch():
        service.save_dependency(workshop.id, dataclasses.replace(read, title="Första"))
        service.save_dependency(workshop.id, dataclasses.replace(read, owner="Eva"), expected=read)
        # Inside the batch the service sees its own uncommitted writes; another does not.
        assert other.contents(workshop.id).dependencies[0].title == "Beslut saknas"
    fresh = other.contents(workshop.id).dependencies[0]
    assert (fresh.title, fresh.owner) == ("Första", "Eva")


@pytest.mark.sqlite_only  # another program holding the file
@pytest.mark.parametrize("held", ["BEGIN EXCLUSIVE", "BEGIN; SELECT count(*) FROM workshops"])
def test_a_write_that_finds_the_file_busy_gives_up_after_the_wait_asked_for(
    service: WorkshopService, db_path: Path, held: str
) -> None:
    """Another program holds the file: a write lock, or a read (a sync client, an antivirus),
    which lets our write begin but not commit. Either way nothing is stored."""
    import sqlite3
    import time

    from hallbar_desktop.domain.errors import DatabaseLockedError

    workshop, read = _workshop_with_dependency(service)
    holder = sqlite3.connect(db_path, isolation_level=None)
    for statement in held.split("; "):
        holder.execute(statement).fetchall()
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseLockedError), service.batch(wait_seconds=0.2):
            service.save_dependency(workshop.id, dataclasses.replace(read, title="Ny"))
        assert time.monotonic() - started < 3
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert service.contents(workshop.id).dependencies[0].title == "Beslut saknas"
