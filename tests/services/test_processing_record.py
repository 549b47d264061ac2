"""The record of processing counts what the database holds: names, roles, aliases, authors."""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.processing_record import PersonalDataCounts, StorageKind
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant, WorkshopStatus
from hallbar_desktop.services.processing_record_service import ProcessingRecordService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import tables as t
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.personal_data import SqlPersonalData
from hallbar_desktop.storage.processing_facts import SqlProcessingFacts
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.database_backends import login_role
from tests.workshop_with_every_part import workshop_with_every_part

MADE_AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _workshop(
    template: ReadinessTemplate,
    *,
    title: str,
    organisation: str,
    held_on: date,
    facilitator: str,
    people: tuple[tuple[str, str, str], ...],
    authored: int,
    owner: str = "",
    decision_by: str = "",
) -> WorkshopContents:
    """A workshop with ``people`` (alias, name, role), ``authored`` notes that name their
    writer and one that does not, and one action with ``owner``."""
    contents = workshop_with_every_part(template)
    participants = tuple(
        Participant(alias=alias, name=name, role=role, position=n)
        for n, (alias, name, role) in enumerate(people, start=1)
    )
    writer = participants[0].id
    notes = [
        Note(step=WorkshopStep.DEPENDENCIES, text=f"lapp {n}", author_id=writer, position=n)
        for n in range(authored)
    ]
    notes.append(Note(step=WorkshopStep.DEPENDENCIES, text="utan skribent", position=authored))
    (action,) = contents.actions
    (dependency,) = contents.dependencies
    return dataclasses.replace(
        contents,
        workshop=dataclasses.replace(
            contents.workshop,
            title=title,
            organisation=organisation,
            held_on=held_on,
            facilitator=facilitator,
            retention_until=None,
        ),
        participants=participants,
        ratings=(),
        notes=tuple(notes),
        actions=(
            dataclasses.replace(action, owner=owner, contributors="", decision_by=decision_by),
        ),
        dependencies=(dataclasses.replace(dependency, owner=""),),
    )


@pytest.fixture
def record_service(
    database: Path | ServerAddress, template: ReadinessTemplate
) -> Iterator[ProcessingRecordService]:
    with _record_service(database, template) as made:
        yield made


@contextmanager
def _record_service(
    database: Path | ServerAddress, template: ReadinessTemplate, **options: Any
) -> Iterator[ProcessingRecordService]:
    engine = open_database(database, create_if_missing=True)
    store = SqlWorkshopStore(engine, database)
    workshops = WorkshopService(store, template, editor=lambda: ("anna", "kontorsdatorn"))
    recent = workshops.add_workshop(
        _workshop(
            template,
            title="Nyss",
            organisation="Region Norr",
            held_on=date(2026, 11, 12),
            facilitator="Kim Processledare",
            people=(
                ("Deltagare 1", "Ada Namnsson", "Chef"),
                ("Deltagare 2", "", "Handläggare"),
                ("Bosse", "", ""),  # typed: may be a name
                ("Deltagare 4", "", ""),
            ),
            authored=2,
            owner="Enhetschef",
            decision_by="Nämnden",
        )
    ).workshop
    # Marked held: the audit log names who marked it, and on which computer.
    workshops.update_workshop(dataclasses.replace(recent, status=WorkshopStatus.HELD), recent)
    workshops.add_workshop(
        _workshop(
            template,
            title="Gammal med namn",
            organisation="Region Norr",
            held_on=date(2023, 5, 2),
            facilitator="",
            people=(("Deltagare 1", "Cilla Gammal", ""),),
            authored=0,
        )
    )
    workshops.add_workshop(
        _workshop(
            template,
            title="Gammal utan namn",
            organisation="",
            held_on=date(2023, 6, 1),
            facilitator="",
            people=(("Deltagare 1", "", ""),),
            authored=0,
            owner="Ansvarig Person",
        )
    )
    yield ProcessingRecordService(
        store,
        SqlProcessingFacts(engine, database),
        SqlPersonalData(engine, database),
        location=str(database),
        **{
            "backup_folders": lambda: (Path("/backups/here"),),
            "clock": lambda: MADE_AT,
            "app_version": "test",
            **options,
        },
    )
    store.close()


def test_the_record_counts_names_roles_aliases_authors_and_owners(
    record_service: ProcessingRecordService,
) -> None:
    record = record_service.record()
    assert record.made_at == MADE_AT
    assert record.totals == PersonalDataCounts(
        participants=6,
        named=2,
        with_role=2,
        typed_alias=1,
        notes=5,
        authored_notes=2,
        facilitators=1,
        actions=3,
        action_owners=2,
        action_contributors=0,
        action_deciders=1,
        dependencies=3,
        dependency_watchers=0,
        audit_entries=1,
        audit_entries_named=1,
    )
    by_title = {w.title: w for w in record.workshops}
    assert by_title["Nyss"].counts.named == 1 and by_title["Nyss"].counts.typed_alias == 1
    assert by_title["Nyss"].counts.facilitators == 1
    assert record.organisations == (("", 1), ("Region Norr", 2))


def test_the_record_names_the_workshops_past_their_date_that_still_hold_personal_data(
    record_service: ProcessingRecordService,
) -> None:
    record = record_service.record()
    assert record.retention_months == 24
    by_title = {w.title: w for w in record.workshops}
    assert by_title["Gammal med namn"].retention_date == date(2025, 5, 2)
    assert [(w.past_retention, w.holds_personal_data) for w in record.workshops] == [
        (w.title != "Nyss", w.title != "Gammal utan namn") for w in record.workshops
    ]
    assert [w.title for w in record.past_retention_holding] == ["Gammal med namn"]


def test_the_record_says_where_the_data_is_and_who_may_read_it(
    record_service: ProcessingRecordService, database: Path | ServerAddress
) -> None:
    record = record_service.record()
    assert record.location == str(database)
    assert record.backup_folders == ((Path("/backups/here"), 0),)
    if isinstance(database, ServerAddress):
        assert record.storage is StorageKind.SERVER and record.file_access is None
        owner = next(r for r in record.server_roles if r.owns_tables)
        # The role the tests log in as made the tables, so it owns them with every right.
        assert owner.role == database.user
        assert {"SELECT", "INSERT", "UPDATE", "DELETE"} <= set(owner.privileges)
    else:
        assert record.storage is StorageKind.FILE and record.server_roles == ()
        access = record.file_access
        assert access is not None
        mode = database.stat().st_mode
        assert access.mode == stat.filemode(mode)
        assert access.others_may_read == bool(mode & stat.S_IROTH)
        if hasattr(os, "getuid"):
            import pwd

            assert access.owner == pwd.getpwuid(os.getuid()).pw_name


def test_on_a_server_the_record_names_each_role_with_rights_and_its_members(
    record_service: ProcessingRecordService, database: Path | ServerAddress
) -> None:
    if not isinstance(database, ServerAddress):
        pytest.skip("roles are a server's")
    grant = "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}"
    with login_role(database, grant) as (role, _password):
        roles = {r.role: r for r in record_service.record().server_roles}
    assert roles[role].privileges == ("SELECT",)
    assert roles[role].tables == len(t.metadata.sorted_tables)
    assert not roles[role].owns_tables


def test_the_record_counts_the_backups_in_each_folder_the_backup_service_names(
    database: Path | ServerAddress, template: ReadinessTemplate
) -> None:
    in_use, older = Path("/beside/.hallbar-backups/a"), Path("/home/backups/a-1234")
    made = [SimpleNamespace(path=in_use / f"a-{n}.sqlite3") for n in range(2)]
    with _record_service(
        database,
        template,
        backups=SimpleNamespace(backups=lambda: made),
        backup_folders=lambda: (in_use, older),
    ) as service:
        record = service.record()
    assert record.backup_folders == ((in_use, 2), (older, 0))
    assert record.backups == 2
