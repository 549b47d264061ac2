"""Purging a workshop's personal data: gone from the database file's bytes and its backups'."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.app import open_services, package_reader
from hallbar_desktop.domain.backup import BackupKind
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import NotFoundError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.retention import PurgeKind, anonymous_aliases, retention_date
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.services.import_service import read_packages
from hallbar_desktop.storage import database
from tests.export.conftest import pdf_text, require_tool
from tests.workshop_with_every_part import plain_text_for, workshop_with_every_part

# The files themselves are searched; a server keeps its data (and backups) its own way.
pytestmark = pytest.mark.sqlite_only

NAME = "Zelmira Hemligsdotter"
ROLE = "Överhemlig funktionär"
ALIAS = "Zelmiras alias"
KEPT_NAME = "Kvarstående Karlsson"


def _people_text(name: str, role: str, alias: str):  # type: ignore[no-untyped-def]
    def text_for(cls: type, field: str) -> str:
        if cls is Participant:
            return {"name": name, "role": role, "alias": alias}.get(field, field)
        return plain_text_for(cls, field)

    return text_for


def _workshop(
    template: ReadinessTemplate, name: str, role: str, alias: str, title: str
) -> WorkshopContents:
    contents = workshop_with_every_part(template, _people_text(name, role, alias))
    return dataclasses.replace(
        contents, workshop=dataclasses.replace(contents.workshop, title=title)
    )


def _holds(path: Path, *texts: str) -> list[str]:
    data = path.read_bytes()
    return [text for text in texts if text.encode("utf-8") in data]


@pytest.fixture(autouse=True)
def deleted_text_stays_in_free_space(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's connections as Python's SQLite has them on Windows and macOS: without
    SQLITE_SECURE_DELETE (Debian's has it), so deleted text stays in the file's free space."""
    everyday = database._on_connect

    def connect(dbapi_connection: sqlite3.Connection, record: object) -> None:
        everyday(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA secure_delete=OFF")

    monkeypatch.setattr(database, "_on_connect", connect)


@pytest.fixture
def backups_root(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def filled(db_path: Path, backups_root: Path, template: ReadinessTemplate) -> tuple[Path, ...]:
    """Two workshops, one to purge and one to keep, and two backups holding both."""
    with open_services(db_path, create_if_missing=True, backups=backups_root) as services:
        purged = services.workshops.add_workshop(_workshop(template, NAME, ROLE, ALIAS, "Gallras"))
        services.workshops.add_workshop(
            _workshop(template, KEPT_NAME, "Kvarroll", "Kvaralias", "Behålls")
        )
        assert services.backups is not None
        services.backups.back_up(BackupKind.MANUAL)
        time.sleep(1.1)  # another second: another backup file
        services.backups.back_up(BackupKind.BEFORE_IMPORT)
        made = tuple(b.path for b in services.backups.backups())
    assert len(made) == 2
    assert all(_holds(p, NAME, ROLE, ALIAS) == [NAME, ROLE, ALIAS] for p in (db_path, *made))
    return (purged.workshop.id, *made)  # type: ignore[return-value]


def test_a_purge_of_names_leaves_no_name_role_or_typed_alias_in_the_file_or_its_backups(
    db_path: Path, backups_root: Path, filled: tuple
) -> None:
    workshop_id, *backups = filled
    with open_services(db_path, create_if_missing=False, backups=backups_root) as services:
        report = services.retention.purge([workshop_id], PurgeKind.NAMES)
        contents = services.workshops.contents(workshop_id)
    (purged,) = report.workshops
    assert (purged.participants_cleared, purged.notes_unauthored) == (1, 1)
    assert report.file_compacted
    assert set(report.backups_rewritten) == set(backups)
    assert report.backups_removed == () and report.copies_not_reached == ()
    # Free pages included: the bytes of the whole file are searched.
    for path in (db_path, *backups):
        assert _holds(path, NAME, ROLE, ALIAS) == [], path
        assert _holds(path, KEPT_NAME) == [KEPT_NAME], path
    # The anonymous rest stays: answers, notes (without author), the action plan.
    (person,) = contents.participants
    assert (person.name, person.role, person.alias) == ("", "", "Deltagare 1")
    assert len(contents.ratings) == len(contents.template.statements)
    assert [n.author_id for n in contents.notes] == [None]
    assert len(contents.actions) == 1 and len(contents.dependencies) == 1


def test_a_purge_of_the_whole_workshop_removes_it_from_the_file_and_its_backups(
    db_path: Path, backups_root: Path, filled: tuple
) -> None:
    workshop_id, *backups = filled
    with open_services(db_path, create_if_missing=False, backups=backups_root) as services:
        report = services.retention.purge([workshop_id], PurgeKind.WORKSHOP)
        left = [o.workshop.title for o in services.workshops.list_workshops()]
    assert left == ["Behålls"]
    assert set(report.backups_rewritten) == set(backups)
    for path in (db_path, *backups):
        assert _holds(path, NAME, ROLE, ALIAS, workshop_id.hex) == [], path
        assert _holds(path, KEPT_NAME) == [KEPT_NAME], path


def test_a_backup_that_cannot_be_purged_is_removed_and_a_kept_file_is_named(
    db_path: Path, backups_root: Path, filled: tuple
) -> None:
    workshop_id, first, second = filled
    # A backup damaged past reading, and a file a restore kept byte for byte.
    first.write_bytes(b"damaged " + first.read_bytes()[100:])
    kept = second.with_name("workshops-2026-11-01_120000-original.bin")
    kept.write_bytes(second.read_bytes())
    with open_services(db_path, create_if_missing=False, backups=backups_root) as services:
        report = services.retention.purge([workshop_id], PurgeKind.NAMES)
    assert report.backups_removed == (first,)
    assert not first.exists()
    assert report.backups_rewritten == (second,)
    assert report.copies_not_reached == (kept,)


def test_the_copy_an_import_keeps_is_purged_too(
    tmp_path: Path, db_path: Path, backups_root: Path, template: ReadinessTemplate
) -> None:
    source = tmp_path / "source.sqlite3"
    package = tmp_path / "med-namn.hallbar"
    with open_services(source, create_if_missing=True, backups=backups_root) as services:
        added = services.workshops.add_workshop(_workshop(template, NAME, ROLE, ALIAS, "Gallras"))
        services.packages.pack([added.workshop.id], package, names=True)
    with open_services(db_path, create_if_missing=True, backups=backups_root) as services:
        services.imports.import_packages(read_packages(package_reader(), [package]))
        assert _holds(db_path, NAME) == [NAME]
        report = services.retention.purge([added.workshop.id], PurgeKind.NAMES)
    assert report.workshops[0].imported_from
    assert _holds(db_path, NAME, ROLE, ALIAS) == []


def test_an_unknown_workshop_is_refused_before_anything_is_purged(
    db_path: Path, backups_root: Path, filled: tuple
) -> None:
    workshop_id, *_backups = filled
    with (
        open_services(db_path, create_if_missing=False, backups=backups_root) as services,
        pytest.raises(NotFoundError),
    ):
        services.retention.purge([workshop_id, Workshop(title="x").id], PurgeKind.NAMES)
    assert _holds(db_path, NAME) == [NAME]


def test_past_retention_uses_the_workshops_date_or_the_setting(
    db_path: Path, backups_root: Path, template: ReadinessTemplate
) -> None:
    with open_services(db_path, create_if_missing=True, backups=backups_root) as services:
        held = services.workshops.create_workshop(
            Workshop(title="Hölls", held_on=date(2000, 1, 31))
        )
        own = services.workshops.create_workshop(
            Workshop(title="Eget datum", held_on=date(2000, 1, 1), retention_until=date(2999, 1, 1))
        )
        services.workshops.add_participant(held.workshop.id, name=NAME)
        services.workshops.add_participant(own.workshop.id, name=NAME)
        assert services.retention.retention_months() == 24
        assert services.retention.retention_date(held.workshop) == date(2002, 1, 31)
        services.retention.set_retention_months(1)
        assert services.retention.retention_date(held.workshop) == date(2000, 2, 29)
        past = services.retention.past_retention(PurgeKind.NAMES)
        assert [w.title for w in past] == ["Hölls"]
        services.retention.purge([held.workshop.id], PurgeKind.NAMES)
        # Nothing left to purge of its names; the whole workshop is still past its date.
        assert services.retention.past_retention(PurgeKind.NAMES) == ()
        assert [w.title for w in services.retention.past_retention(PurgeKind.WORKSHOP)] == ["Hölls"]


def test_typed_aliases_become_free_made_ones() -> None:
    a, b, c = (Workshop(title="x").id for _ in range(3))
    assert anonymous_aliases([(a, "Deltagare 1", 1), (b, "Anna", 2), (c, "Bo", 3)]) == {
        b: "Deltagare 2",
        c: "Deltagare 3",
    }
    held = Workshop(title="x", held_on=date(2026, 8, 31))
    assert retention_date(held, 6) == date(2027, 2, 28)


def _file_texts(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` as text: a zip's (workbook, package) members, a PDF's text,
    anything else as it is."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
            # A package's JSON writes å as \u00e5: read it back to its characters.
            found[path.name] = "\n".join(
                json.dumps(json.loads(m), ensure_ascii=False) if m.lstrip().startswith("{") else m
                for m in members
            )
        elif path.suffix == ".pdf":
            found[path.name] = " ".join(pdf_text(path).split())
        else:
            found[path.name] = path.read_bytes().decode("utf-8", "replace")
    return found


def _everything_with_names(services, workshop_id, folder: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The workshop exported and packed with every piece of personal data asked for."""
    folder.mkdir()
    services.exports.export(
        [workshop_id],
        xlsx=folder / "a.xlsx",
        pdf=folder / "a.pdf",
        csv=folder / "csv",
        include_names=True,
        without_personal_data=False,
    )
    services.packages.pack([workshop_id], folder / "a.hallbar", names=True, personal_data=True)
    return _file_texts(folder)


def test_files_made_after_a_purge_of_names_hold_none_of_them_even_when_asked_for(
    db_path: Path, backups_root: Path, filled: tuple, tmp_path: Path
) -> None:
    require_tool("pdftotext")
    workshop_id, *_ = filled
    with open_services(db_path, create_if_missing=False, backups=backups_root) as services:
        overviews = services.workshops.list_workshops()
        kept_id = next(o.workshop.id for o in overviews if o.workshop.id != workshop_id)
        # The search finds a name where one is: the kept workshop's files hold its own.
        kept = _everything_with_names(services, kept_id, tmp_path / "kept")
        services.retention.purge([workshop_id], PurgeKind.NAMES)
        after = _everything_with_names(services, workshop_id, tmp_path / "after")
    assert {"a.xlsx", "a.pdf", "a.hallbar"} <= set(after) and len(after) > 4
    for name in ("a.xlsx", "a.pdf", "a.hallbar"):
        assert KEPT_NAME in kept[name], name
    for name, text in after.items():
        assert [t for t in (NAME, ROLE, ALIAS) if t in text] == [], name
