"""The audit log on a shared PostgreSQL server: the roles of docs/postgresql-roles.sql add to it
and cannot change or remove what is there."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from urllib.parse import urlsplit

import psycopg
import pytest

from hallbar_desktop.app import Services, open_services
from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.workshop import Workshop, WorkshopStatus
from tests.database_backends import POSTGRESQL_URL, login_role
from tests.services.test_server_roles import server

__all__ = ["server"]
pytestmark = pytest.mark.skipif(not POSTGRESQL_URL, reason="HALLBAR_TEST_POSTGRESQL not set")
Person = tuple[Services, psycopg.Connection]


@pytest.fixture
def person(server: ServerAddress) -> Iterator[Callable[[str], Person]]:
    """``person(group)``: a new login role's services and a plain connection of its own."""
    owner = urlsplit(server.url).username
    with ExitStack() as stack:

        def made(group: str) -> Person:
            role, password = stack.enter_context(login_role(server, f"GRANT {group} TO {{role}}"))
            address = ServerAddress(server.url.replace(f"//{owner}@", f"//{role}@", 1))
            services = stack.enter_context(
                open_services(address, create_if_missing=False, password=password)
            )
            raw = stack.enter_context(psycopg.connect(address.url, password=password))
            return services, raw

        yield made


def test_a_facilitator_and_a_coordinator_add_entries_but_change_and_remove_none(
    person: Callable[[str], Person],
) -> None:
    (anna, annas_sql), (lars, _) = person("hallbar_facilitator"), person("hallbar_coordinator")
    annas = anna.workshops.create_workshop(Workshop(title="Annas")).workshop
    action = anna.workshops.save_action(annas.id, Action(title="Fråga nämnden"))
    anna.workshops.update_workshop(dataclasses.replace(annas, status=WorkshopStatus.HELD), annas)
    done = dataclasses.replace(action, status=ActionStatus.DONE)
    lars.workshops.save_action(annas.id, done, action)  # the coordinator's follow-up

    log = anna.workshops.audit_log(annas.id)
    assert [e.kind for e in log.entries] == ["workshops", "actions"]
    assert log.broken is None
    for by_hand in (
        "UPDATE audit_entries SET change = 'status: held→planned'",
        "DELETE FROM audit_entries",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            annas_sql.execute(by_hand)
        annas_sql.rollback()
    # What a purge of names does is allowed, and the chain still holds.
    annas_sql.execute("UPDATE audit_entries SET user_name = '', computer = '', salt = ''")
    annas_sql.commit()
    assert anna.workshops.audit_log(annas.id).broken is None
    # The workshop itself can still go, and its log with it.
    anna.workshops.delete_workshop(annas.id)
    assert not anna.workshops.list_workshops()
