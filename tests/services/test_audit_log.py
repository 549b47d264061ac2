"""The audit log after the workshop day: who changed what, when and where, in a hash chain."""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import socket
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.audit import ADDED, REMOVED, first_break
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.retention import PurgeKind
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY
from tests.workshop_with_every_part import workshop_with_every_part


@pytest.fixture
def logged(
    database: Path | ServerAddress, template: ReadinessTemplate
) -> Iterator[WorkshopService]:
    """A service whose clock moves a minute per edit and whose user and computer are known."""
    ticks = iter(range(10_000))
    engine = open_database(database, create_if_missing=True)
    store = SqlWorkshopStore(engine, database)
    yield WorkshopService(
        store,
        template,
        clock=lambda: NOW + timedelta(minutes=next(ticks)),
        today=lambda: TODAY,
        editor=lambda: ("anna", "kontorsdatorn"),
    )
    store.close()


def _held(service: WorkshopService, template: ReadinessTemplate) -> WorkshopContents:
    contents = service.add_workshop(workshop_with_every_part(template))
    workshop = contents.workshop
    service.update_workshop(dataclasses.replace(workshop, status=WorkshopStatus.HELD), workshop)
    return service.contents(workshop.id)


def test_edits_before_the_workshop_is_held_are_not_logged(
    logged: WorkshopService, template: ReadinessTemplate
) -> None:
    contents = logged.add_workshop(workshop_with_every_part(template))
    dependency = contents.dependencies[0]
    logged.save_dependency(
        contents.workshop.id, dataclasses.replace(dependency, impact=2), dependency
    )
    assert logged.audit_log(contents.workshop.id).entries == ()


def test_marking_it_held_and_each_edit_after_are_logged_with_who_when_what_and_where(
    logged: WorkshopService, template: ReadinessTemplate
) -> None:
    contents = _held(logged, template)
    wid = contents.workshop.id
    dependency = contents.dependencies[0]
    impact = 2 if dependency.impact != 2 else 3
    logged.save_dependency(
        wid, dataclasses.replace(dependency, impact=impact, title="Nytt namn"), dependency
    )
    new = Dependency(category=DependencyCategory.PERSON, title="Ny", position=99)
    logged.save_dependency(wid, new)
    logged.remove_dependency(wid, new.id)

    log = logged.audit_log(wid)
    assert log.broken is None
    marked, edited, added, removed = log.entries
    assert (marked.kind, marked.fields) == ("workshops", ("status",))
    assert marked.change == "status: planned→held"
    assert (edited.kind, edited.record_id) == ("dependencies", str(dependency.id))
    assert edited.fields == ("impact", "title")
    # Codes and values, never the text itself: a title may hold a name.
    assert edited.change == f"impact: {dependency.impact}→{impact}, title: …→…"
    assert "Nytt namn" not in repr(log.entries)
    assert (added.record_id, added.change) == (str(new.id), ADDED)
    assert (removed.record_id, removed.change) == (str(new.id), REMOVED)
    assert {(e.user, e.computer) for e in log.entries} == {("anna", "kontorsdatorn")}
    assert [e.seq for e in log.entries] == [1, 2, 3, 4]
    assert [e.at for e in log.entries] == sorted(e.at for e in log.entries)
    assert len({e.chain for e in log.entries}) == 1


def test_an_undo_after_the_workshop_day_is_logged_too(
    logged: WorkshopService, template: ReadinessTemplate
) -> None:
    contents = _held(logged, template)
    wid = contents.workshop.id
    removed = logged.remove_participant(wid, contents.participants[0].id)
    logged.restore_participant(wid, removed)  # what the window's undo calls

    changes = [(e.kind, e.change) for e in logged.audit_log(wid).entries[1:]]
    assert changes == [("participants", REMOVED), ("participants", ADDED)]


def test_taking_the_mark_away_is_logged_and_edits_after_it_are_not(
    logged: WorkshopService, template: ReadinessTemplate
) -> None:
    contents = _held(logged, template)
    held = contents.workshop
    logged.update_workshop(dataclasses.replace(held, status=WorkshopStatus.PLANNED), held)
    logged.save_note(held.id, dataclasses.replace(contents.notes[0], votes=9), contents.notes[0])
    changes = [e.change for e in logged.audit_log(held.id).entries]
    assert changes == ["status: planned→held", "status: held→planned"]


def _raw(database: Path | ServerAddress) -> contextlib.closing[sqlite3.Connection]:
    assert isinstance(database, Path)
    return contextlib.closing(sqlite3.connect(database, isolation_level=None))


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("by_hand", "broken_at", "reason"),
    [
        ("UPDATE audit_entries SET change = 'impact: 1→2' WHERE seq = 2", 2, "changed"),
        ("UPDATE audit_entries SET user_name = 'berit' WHERE seq = 3", 3, "changed"),
        ("UPDATE audit_entries SET at = '2026-01-01 00:00:00.000000' WHERE seq = 2", 2, "changed"),
        ("DELETE FROM audit_entries WHERE seq = 2", 2, "missing"),
        (
            "UPDATE audit_entries SET seq = -1 WHERE seq = 2;"
            " UPDATE audit_entries SET seq = 2 WHERE seq = 3;"
            " UPDATE audit_entries SET seq = 3 WHERE seq = -1",
            2,
            "changed",
        ),
        (
            "INSERT INTO audit_entries SELECT workshop_id, chain, 5, at, user_name, computer,"
            " salt, person_digest, kind, record_id, fields, change, hash"
            " FROM audit_entries WHERE seq = 4",
            5,
            "changed",
        ),
    ],
)
def test_a_log_edited_by_hand_is_found_and_the_first_broken_entry_named(
    logged: WorkshopService,
    template: ReadinessTemplate,
    database: Path,
    by_hand: str,
    broken_at: int,
    reason: str,
) -> None:
    contents = _held(logged, template)
    wid = contents.workshop.id
    for impact in (1, 2, 3):
        stored = logged.contents(wid).dependencies[0]
        logged.save_dependency(wid, dataclasses.replace(stored, impact=impact), stored)
    assert logged.audit_log(wid).broken is None

    with _raw(database) as raw:
        raw.executescript(by_hand)

    broken = logged.audit_log(wid).broken
    assert broken is not None
    assert (broken.position, broken.after, broken.reason) == (broken_at, broken_at - 1, reason)


def test_names_blanked_by_a_purge_leave_the_chain_whole(
    logged: WorkshopService, template: ReadinessTemplate
) -> None:
    contents = _held(logged, template)
    entries = logged.audit_log(contents.workshop.id).entries
    purged = [dataclasses.replace(e, user="", computer="", salt="") for e in entries]
    assert first_break(purged) is None
    renamed = [dataclasses.replace(entries[0], user="berit")]
    assert first_break(renamed) is not None


@pytest.mark.sqlite_only
def test_a_purge_of_names_blanks_who_and_where_in_the_log_and_its_chain_still_holds(
    db_path: Path, template: ReadinessTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "zelmira_login")
    monkeypatch.setattr(socket, "gethostname", lambda: "zelmiras-laptop")
    with open_services(db_path, create_if_missing=True, backups=db_path.parent / "b") as services:
        contents = _held(services.workshops, template)
        wid = contents.workshop.id
        assert services.workshops.audit_log(wid).entries[0].user == "zelmira_login"
        assert b"zelmiras-laptop" in db_path.read_bytes()

        services.retention.purge([wid], PurgeKind.NAMES)
        log = services.workshops.audit_log(wid)

    assert log.broken is None
    assert [(e.user, e.computer, e.change) for e in log.entries] == [
        ("", "", "status: planned→held")
    ]
    data = db_path.read_bytes()
    assert b"zelmira_login" not in data and b"zelmiras-laptop" not in data


@pytest.mark.sqlite_only
def test_a_workshop_whose_log_names_someone_holds_personal_data_until_purged(
    db_path: Path, template: ReadinessTemplate
) -> None:
    with open_services(db_path, create_if_missing=True, backups=db_path.parent / "b") as services:
        contents = services.workshops.add_workshop(workshop_with_every_part(template))
        wid = contents.workshop.id
        services.retention.purge([wid], PurgeKind.NAMES)
        assert wid not in services.retention.holding_personal_data()

        workshop = services.workshops.contents(wid).workshop
        held = dataclasses.replace(workshop, status=WorkshopStatus.HELD)
        services.workshops.update_workshop(held, workshop)
        assert wid in services.retention.holding_personal_data()
        services.retention.purge([wid], PurgeKind.NAMES)
        assert wid not in services.retention.holding_personal_data()
