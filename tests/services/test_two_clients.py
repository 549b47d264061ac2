"""Two clients (two engines, as two computers have) editing the same action at the same moment:
the second waits for the first's write, then gets a conflict naming both values; no edit is
lost. On SQLite the file's write lock orders them, on PostgreSQL the advisory write lock."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.errors import ConflictError, DatabaseError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY


@pytest.fixture
def second_client(
    database: Path | ServerAddress, template: ReadinessTemplate, service: WorkshopService
) -> Iterator[WorkshopService]:
    """Another computer's service: an engine and connections of its own."""
    store = SqlWorkshopStore(open_database(database), database)
    yield WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    store.close()


def _workshop_with_action(service: WorkshopService) -> tuple[Workshop, Action]:
    workshop = service.create_workshop(Workshop(title="Workshop"), participant_count=1).workshop
    return workshop, service.save_action(workshop.id, Action(title="Fråga nämnden"))


def _in_thread(work: object) -> tuple[threading.Thread, list[BaseException | object]]:
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(work())  # type: ignore[operator]
        except BaseException as error:  # handed to the test thread to assert on
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_the_second_of_two_edits_at_once_gets_a_conflict_and_the_first_is_kept(
    service: WorkshopService, second_client: WorkshopService
) -> None:
    workshop, read = _workshop_with_action(service)
    both_read = second_client.contents(workshop.id).actions[0]
    assert both_read == read

    with service.batch():
        service.save_action(workshop.id, dataclasses.replace(read, owner="Anna"), expected=read)
        # The first client's edit is written but not yet committed when the second's comes.
        thread, outcome = _in_thread(
            lambda: second_client.save_action(
                workshop.id, dataclasses.replace(both_read, owner="Bo"), expected=both_read
            )
        )
        thread.join(0.5)
        assert thread.is_alive(), "the second write must wait for the first, not read past it"
    thread.join(10)

    (refused,) = outcome
    assert isinstance(refused, ConflictError)
    assert refused.clashes == (("owner", "Anna", "Bo"),)
    assert [a.owner for a in second_client.contents(workshop.id).actions] == ["Anna"]
    assert [a.owner for a in service.contents(workshop.id).actions] == ["Anna"]


def test_edits_of_different_fields_at_once_are_both_kept(
    service: WorkshopService, second_client: WorkshopService
) -> None:
    workshop, read = _workshop_with_action(service)

    with service.batch():
        service.save_action(workshop.id, dataclasses.replace(read, owner="Anna"), expected=read)
        thread, outcome = _in_thread(
            lambda: second_client.save_action(
                workshop.id, dataclasses.replace(read, resources="Två dagar"), expected=read
            )
        )
        thread.join(0.5)
    thread.join(10)

    assert not isinstance(outcome[0], BaseException), outcome
    stored = service.contents(workshop.id).actions[0]
    assert (stored.owner, stored.resources) == ("Anna", "Två dagar")


def test_a_write_that_waits_longer_than_asked_gives_up_and_changes_nothing(
    service: WorkshopService, second_client: WorkshopService
) -> None:
    workshop, read = _workshop_with_action(service)

    with service.batch():
        service.save_action(workshop.id, dataclasses.replace(read, owner="Anna"), expected=read)
        started = time.monotonic()

        def wait_briefly() -> object:
            with second_client.batch(wait_seconds=0.2):
                return second_client.save_action(
                    workshop.id, dataclasses.replace(read, title="Ny rubrik"), expected=read
                )

        thread, outcome = _in_thread(wait_briefly)
        thread.join(10)
        waited = time.monotonic() - started

    (refused,) = outcome
    assert isinstance(refused, DatabaseError) and refused.retryable, refused
    assert waited < 3
    stored = service.contents(workshop.id).actions[0]
    assert (stored.title, stored.owner) == ("Fråga nämnden", "Anna")
