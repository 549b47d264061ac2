"""A packed workshop reads back equal in every field; names only when asked; the origin's id."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from hallbar_desktop import __version__, paths
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import NotFoundError, ValidationError
from hallbar_desktop.domain.readiness import RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workshop import Variant, Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.exchange.json_schema import SchemaValidator
from hallbar_desktop.exchange.package_format import load_schema, read_package, write_package
from hallbar_desktop.services.package_service import PackageService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.installation import SqlInstallation
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY
from tests.hostile_text import ACCEPTED, HostileText
from tests.workshop_with_every_part import workshop_with_every_part

SCHEMA = paths.package_schema_path()


@dataclasses.dataclass
class Installed:
    workshops: WorkshopService
    packages: PackageService
    installation: SqlInstallation


def _installed(db: Path, template: ReadinessTemplate) -> Iterator[Installed]:
    engine = open_database(db, create_if_missing=True)
    store = SqlWorkshopStore(engine, db)
    installation = SqlInstallation(engine, db)
    yield Installed(
        WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY),
        PackageService(
            store,
            installation,
            write_package,
            app_version=__version__,
            computer=lambda: "laptop-7",
            clock=lambda: NOW,
        ),
        installation,
    )
    store.close()


@pytest.fixture
def installed(tmp_path: Path, template: ReadinessTemplate) -> Iterator[Installed]:
    yield from _installed(tmp_path / "a.sqlite3", template)


def _stored(installed: Installed, contents: WorkshopContents) -> WorkshopContents:
    """The workshop as the database gives it back, with hand counts and a follow-up link."""
    stored = installed.workshops.add_workshop(contents)
    code = contents.template.statements[0].code
    tallies = [RatingTally(statement_code=code, value=v, count=n) for v, n in ((1, 2), (None, 1))]
    installed.workshops.set_statement_tallies(stored.workshop.id, code, tallies)
    return installed.workshops.contents(stored.workshop.id)


def _every_part(template: ReadinessTemplate, text_for=None) -> WorkshopContents:  # type: ignore[no-untyped-def]
    contents = (
        workshop_with_every_part(template)
        if text_for is None
        else workshop_with_every_part(template, text_for)
    )
    return contents


def test_every_field_of_every_record_reads_back_equal(
    installed: Installed, template: ReadinessTemplate, tmp_path: Path
) -> None:
    earlier = installed.workshops.add_workshop(_every_part(template))
    later = _every_part(template)
    later = dataclasses.replace(
        later,
        workshop=dataclasses.replace(
            later.workshop, variant=Variant.FOLLOW_UP, follows_up_id=earlier.workshop.id
        ),
    )
    stored = _stored(installed, later)
    assert stored.tallies and stored.workshop.follows_up_id == earlier.workshop.id
    target = tmp_path / "delat.hallbar"
    installed.packages.pack([stored.workshop.id, earlier.workshop.id], target, names=True)

    package = read_package(target, SCHEMA)

    assert package.workshops == (stored, installed.workshops.contents(earlier.workshop.id))
    assert package.names_included is True
    assert package.origin.computer == "laptop-7"
    assert package.origin.app_version == __version__
    assert package.origin.packed_at == NOW
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["package.json"]


def test_names_and_roles_stay_out_unless_asked(
    installed: Installed, template: ReadinessTemplate, tmp_path: Path
) -> None:
    stored = _stored(installed, _every_part(template))
    person = stored.participants[0]
    assert person.name and person.role
    installed.packages.pack([stored.workshop.id], tmp_path / "utan.hallbar")
    installed.packages.pack([stored.workshop.id], tmp_path / "med.hallbar", names=True)

    without = read_package(tmp_path / "utan.hallbar", SCHEMA)
    named = read_package(tmp_path / "med.hallbar", SCHEMA)

    kept = without.workshops[0].participants[0]
    assert (kept.name, kept.role) == ("", "")
    # Without names the package is "utan personuppgifter" and says so (issue 19).
    assert (without.names_included, without.redacted) == (False, True)
    assert (named.names_included, named.redacted) == (True, False)
    assert named.workshops[0].participants[0] == person
    raw = (tmp_path / "utan.hallbar").read_bytes()
    assert person.name.encode() not in raw


@pytest.mark.parametrize("hostile", ACCEPTED, ids=str)
def test_the_package_keeps_hostile_text(
    installed: Installed, template: ReadinessTemplate, tmp_path: Path, hostile: HostileText
) -> None:
    stored = _stored(installed, _every_part(template, lambda cls, field: hostile.text))
    target = tmp_path / "fientlig.hallbar"
    installed.packages.pack([stored.workshop.id], target, names=True)
    assert read_package(target, SCHEMA).workshops == (stored,)


def test_the_installation_id_is_kept_per_database(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    origins = []
    for name in ("a", "a", "b"):
        for installed in _installed(tmp_path / f"{name}.sqlite3", template):
            stored = installed.workshops.add_workshop(_every_part(template))
            target = tmp_path / f"{name}-{len(origins)}.hallbar"
            installed.packages.pack([stored.workshop.id], target)
            origins.append(read_package(target, SCHEMA).origin.installation_id)
    assert origins[0] == origins[1] != origins[2]


def test_a_file_made_before_installation_ids_gets_one_once(
    installed: Installed, tmp_path: Path
) -> None:
    import sqlite3

    connection = sqlite3.connect(tmp_path / "a.sqlite3")
    with connection:
        connection.execute("DELETE FROM hallbar_meta WHERE key = 'installation_id'")
    connection.close()
    first = installed.installation.installation_id()
    assert isinstance(first, UUID)
    assert installed.installation.installation_id() == first


def test_the_schema_validates_what_the_writer_writes(
    installed: Installed, template: ReadinessTemplate, tmp_path: Path
) -> None:
    stored = _stored(installed, _every_part(template))
    target = tmp_path / "p.hallbar"
    installed.packages.pack([stored.workshop.id], target, names=True)
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("package.json"))
    schema = load_schema(SCHEMA)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    SchemaValidator(schema).validate(document)
    assert document["format"] == "hallbar-package" and document["version"] == 1


def test_the_schema_names_every_code_the_domain_has() -> None:
    from hallbar_desktop.domain.action import ActionStatus
    from hallbar_desktop.domain.dependency import Process
    from hallbar_desktop.domain.workflow import WorkshopStep

    defs = load_schema(SCHEMA)["$defs"]
    assert defs["note"]["properties"]["step"]["enum"] == [s.code for s in WorkshopStep]
    assert defs["action"]["properties"]["status"]["enum"] == [s.code for s in ActionStatus]
    processes = defs["dependency"]["properties"]["processes"]["items"]["enum"]
    assert processes == [p.code for p in Process]


def test_a_tally_and_a_plain_workshop_pack_without_parts(
    installed: Installed, template: ReadinessTemplate, tmp_path: Path
) -> None:
    bare = installed.workshops.add_workshop(
        WorkshopContents(workshop=Workshop(title="Tom"), template=template)
    )
    target = tmp_path / "tom.hallbar"
    installed.packages.pack([bare.workshop.id], target)
    assert read_package(target, SCHEMA).workshops == (bare,)


def test_nothing_to_pack_and_an_unknown_workshop_are_said_in_either_language(
    installed: Installed, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as nothing:
        installed.packages.pack([], tmp_path / "a.hallbar")
    assert error_message(nothing.value) == "Det finns inga workshoppar att packa."
    assert error_message(nothing.value, "en") == "There are no workshops to pack."
    unknown = uuid4()
    with pytest.raises(NotFoundError) as missing:
        installed.packages.pack([unknown], tmp_path / "a.hallbar")
    assert error_message(missing.value) == f"Workshoppen {unknown} finns inte i databasen."
    assert error_message(missing.value, "en") == f"The workshop {unknown} is not in the database."
    assert not (tmp_path / "a.hallbar").exists()
