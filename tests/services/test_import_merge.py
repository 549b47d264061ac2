"""Importing packages: a workshop arrives whole, the same package twice changes nothing, the
newer edit wins record by record, a record changed on both sides is a conflict someone
chooses, a deletion travels, and a refused package leaves the database as it was."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.backup import BackupKind
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import DatabaseFullError, PackageError
from hallbar_desktop.domain.package import NEW, UNCHANGED, UPDATED
from hallbar_desktop.domain.readiness import RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workshop import Variant, Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.storage.workshop_store import SqlWorkshopRepository
from tests.conftest import NOW
from tests.services.installations import DATA_TABLES, Clock, Installation, installation
from tests.workshop_with_every_part import workshop_with_every_part


@pytest.fixture
def laptop(tmp_path: Path, template: ReadinessTemplate) -> Iterator[Installation]:
    with installation(tmp_path, "laptop-åsa", template) as made:
        yield made


@pytest.fixture
def coordinator(tmp_path: Path, template: ReadinessTemplate) -> Iterator[Installation]:
    # The coordinator's clock runs a day behind, so that "newer" is decided by the records'
    # own times and not by which side happened to edit last in the test.
    clock = Clock(now=Clock().now.replace(day=20))
    with installation(tmp_path, "samordnare", template, clock) as made:
        yield made


def _workshop_on(place: Installation, template: ReadinessTemplate, title: str) -> WorkshopContents:
    contents = workshop_with_every_part(template)
    # Made a month before the tests' clocks start, like a workshop that was held earlier.
    made = NOW - timedelta(days=30)
    contents = dataclasses.replace(
        contents,
        workshop=dataclasses.replace(contents.workshop, title=title),
        dependencies=tuple(
            dataclasses.replace(d, created_at=made, updated_at=made) for d in contents.dependencies
        ),
        actions=tuple(
            dataclasses.replace(a, created_at=made, updated_at=made) for a in contents.actions
        ),
    )
    stored = place.workshops.add_workshop(contents)
    code = template.statements[0].code
    tallies = [RatingTally(statement_code=code, value=v, count=n) for v, n in ((2, 3), (None, 1))]
    place.workshops.set_statement_tallies(stored.workshop.id, code, tallies)
    return place.workshops.contents(stored.workshop.id)


def _imported_once(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, folder: Path
) -> WorkshopContents:
    """A workshop made on the laptop and imported once by the coordinator (the common copy)."""
    contents = _workshop_on(laptop, template, "Workshop")
    coordinator.import_files(laptop.pack(folder / "1.hallbar", contents.workshop.id))
    return contents


def _package_workshops(path: Path) -> list[dict[str, object]]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("package.json"))["workshops"]  # type: ignore[no-any-return]


def test_a_packed_database_imports_into_another_with_every_row_equal_and_packs_back_the_same(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    first = _workshop_on(laptop, template, "Vårens workshop")
    follow_up = laptop.workshops.add_workshop(
        dataclasses.replace(
            workshop_with_every_part(template),
            workshop=Workshop(
                title="Uppföljning", variant=Variant.FOLLOW_UP, follows_up_id=first.workshop.id
            ),
        )
    )
    # The follow-up comes first in the package: its link is made once both are in.
    package = laptop.pack(tmp_path / "ut.hallbar", follow_up.workshop.id, first.workshop.id)

    summary = coordinator.import_files(package)

    assert summary.written
    assert [w.outcome for w in summary.workshops] == [NEW, NEW]
    assert coordinator.rows(DATA_TABLES) == laptop.rows(DATA_TABLES)
    ids = follow_up.workshop.id, first.workshop.id
    again = coordinator.pack(tmp_path / "tillbaka.hallbar", *ids)
    assert _package_workshops(again) == _package_workshops(package)


def test_importing_the_same_package_twice_changes_nothing(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    workshop = _workshop_on(laptop, template, "Höstens workshop").workshop
    package = laptop.pack(tmp_path / "ut.hallbar", workshop.id)
    coordinator.import_files(package)
    before = coordinator.rows()

    again = coordinator.import_files(package)

    assert not again.written
    assert [w.outcome for w in again.workshops] == [UNCHANGED]
    assert coordinator.rows() == before
    assert len(coordinator.backups_made) == 1  # only the first import needed one


def test_the_newer_edit_wins_record_by_record(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = _imported_once(laptop, coordinator, template, tmp_path)
    wid = contents.workshop.id
    dependency, action = contents.dependencies[0], contents.actions[0]
    laptop.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Ny rubrik"))
    coordinator.workshops.save_action(wid, dataclasses.replace(action, owner="Samordnaren"))

    summary = coordinator.import_files(laptop.pack(tmp_path / "2.hallbar", wid))

    assert [(w.outcome, w.conflicts) for w in summary.workshops] == [(UPDATED, 0)]
    merged = coordinator.workshops.contents(wid)
    assert merged.dependencies[0].title == "Ny rubrik"
    assert merged.actions[0].owner == "Samordnaren"
    assert coordinator.imports.conflicts() == ()


def test_a_record_changed_on_both_sides_is_a_conflict_kept_until_someone_chooses(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = _imported_once(laptop, coordinator, template, tmp_path)
    wid = contents.workshop.id
    dependency, action = contents.dependencies[0], contents.actions[0]
    # The dependency: its title changed on both sides, its owner there, its description here.
    there = dataclasses.replace(dependency, title="Från laptop", owner="Åsa")
    laptop.workshops.save_dependency(wid, there)
    here_version = dataclasses.replace(dependency, title="Härifrån", description="Ny här")
    coordinator.workshops.save_dependency(wid, here_version)
    laptop.workshops.save_action(wid, dataclasses.replace(action, owner="Åsa"))
    coordinator.workshops.save_action(wid, dataclasses.replace(action, owner="Östen"))
    second = laptop.pack(tmp_path / "2.hallbar", wid)

    summary = coordinator.import_files(second)

    assert summary.conflicts == 2
    assert [w.outcome for w in summary.workshops] == [UPDATED]  # the owner came over
    merged = coordinator.workshops.contents(wid)
    kept = merged.dependencies[0]
    assert (kept.title, kept.owner, kept.description) == ("Härifrån", "Åsa", "Ny här")
    assert merged.actions[0].owner == "Östen"
    found = {c.conflict.kind: c for c in coordinator.imports.conflicts()}
    assert found["dependency"].conflict.fields == ("title",)
    assert found["action"].conflict.fields == ("owner",)
    assert found["dependency"].here.title == "Härifrån"  # type: ignore[attr-defined]
    assert found["dependency"].theirs.title == "Från laptop"  # type: ignore[attr-defined]
    assert found["dependency"].origin.computer == "laptop-åsa"
    # The same package again finds nothing new.
    assert coordinator.import_files(second).conflicts == 0
    assert len(coordinator.imports.conflicts()) == 2

    coordinator.imports.resolve(found["dependency"].conflict, take_theirs=True)
    coordinator.imports.resolve(found["action"].conflict, take_theirs=False)

    resolved = coordinator.workshops.contents(wid)
    chosen = resolved.dependencies[0]
    # Only the field in conflict changes: the description written here stays.
    assert (chosen.title, chosen.owner, chosen.description) == ("Från laptop", "Åsa", "Ny här")
    assert resolved.actions[0].owner == "Östen"
    assert coordinator.imports.conflicts() == ()


def test_a_deletion_travels_unless_the_record_changed_here(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = _imported_once(laptop, coordinator, template, tmp_path)
    wid = contents.workshop.id
    laptop.workshops.remove_note(wid, contents.notes[0].id)
    laptop.workshops.remove_action(wid, contents.actions[0].id)
    laptop.workshops.remove_success_factor(wid, contents.success_factors[0].id)
    edited = dataclasses.replace(contents.success_factors[0], text="Ändrad här")
    coordinator.workshops.save_success_factor(wid, edited)

    summary = coordinator.import_files(laptop.pack(tmp_path / "2.hallbar", wid))

    merged = coordinator.workshops.contents(wid)
    assert merged.notes == () and merged.actions == ()
    assert merged.success_factors == (edited,)
    assert summary.conflicts == 1
    (conflict,) = coordinator.imports.conflicts()
    assert conflict.theirs is None  # deleted there
    coordinator.imports.resolve(conflict.conflict, take_theirs=True)
    assert coordinator.workshops.contents(wid).success_factors == ()


def test_without_an_earlier_import_the_newer_version_wins_and_nothing_is_removed(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    # The coordinator's own workshop goes out to a laptop and comes back changed.
    contents = _workshop_on(coordinator, template, "Planerad här")
    wid = contents.workshop.id
    laptop.import_files(coordinator.pack(tmp_path / "ut.hallbar", wid))
    dependency = contents.dependencies[0]
    laptop.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Genomförd"))
    laptop.workshops.remove_note(wid, contents.notes[0].id)
    added = laptop.workshops.add_participant(wid)

    summary = coordinator.import_files(laptop.pack(tmp_path / "in.hallbar", wid))

    merged = coordinator.workshops.contents(wid)
    assert [w.outcome for w in summary.workshops] == [UPDATED]
    assert merged.dependencies[0].title == "Genomförd"
    assert added.id in {p.id for p in merged.participants}
    assert len(merged.notes) == 1  # no earlier copy from there: a deletion cannot be told


def test_a_package_without_names_leaves_the_names_here(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = _workshop_on(laptop, template, "Workshop")
    wid = contents.workshop.id
    coordinator.import_files(laptop.pack(tmp_path / "1.hallbar", wid, names=True))
    person = contents.participants[0]
    laptop.workshops.save_participant(wid, dataclasses.replace(person, alias="Ny alias"))

    package = laptop.pack(tmp_path / "2.hallbar", wid, names=False, personal_data=True)
    coordinator.import_files(package)

    (merged,) = coordinator.workshops.contents(wid).participants
    assert (merged.alias, merged.name, merged.role) == ("Ny alias", person.name, person.role)
    assert coordinator.imports.conflicts() == ()


def test_two_laptops_merge_into_one_database_with_their_origins(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    with installation(tmp_path, "laptop-björn", template) as other:
        a = _workshop_on(laptop, template, "Från Åsa").workshop.id
        b = _workshop_on(other, template, "Från Björn").workshop.id
        files = laptop.pack(tmp_path / "a.hallbar", a), other.pack(tmp_path / "b.hallbar", b)

        summary = coordinator.import_files(*files)

    assert [w.outcome for w in summary.workshops] == [NEW, NEW]
    origins = {o.workshop.id: o.origin_computer for o in coordinator.workshops.list_workshops()}
    assert origins == {a: "laptop-åsa", b: "laptop-björn"}
    listed = {o.workshop.id: o for o in coordinator.workshops.list_workshops()}
    assert listed[a].imported_at is not None


def test_a_refused_package_leaves_the_database_byte_identical(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    good = laptop.pack(tmp_path / "bra.hallbar", _workshop_on(laptop, template, "W").workshop.id)
    coordinator.import_files(good)
    document = json.loads(zipfile.ZipFile(good).read("package.json"))
    document["workshops"][0]["actions"][0]["due_on"] = "2026-13-01"
    bad = tmp_path / "trasig.hallbar"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("package.json", json.dumps(document))
    before = coordinator.path.read_bytes()

    with pytest.raises(PackageError) as refused:
        coordinator.import_files(good, bad)

    assert error_message(refused.value).startswith("trasig.hallbar, workshop 1, action 1, due_on")
    assert coordinator.path.read_bytes() == before


def test_a_record_whose_id_belongs_to_another_workshop_here_is_refused(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    mine = _workshop_on(coordinator, template, "Min")
    theirs = _workshop_on(laptop, template, "Deras")
    # A package whose dependency has the id of one of the coordinator's own.
    laptop.workshops.remove_action(theirs.workshop.id, theirs.actions[0].id)
    path = laptop.pack(tmp_path / "p.hallbar", theirs.workshop.id)
    document = json.loads(zipfile.ZipFile(path).read("package.json"))
    document["workshops"][0]["dependencies"][0]["id"] = str(mine.dependencies[0].id)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("package.json", json.dumps(document))
    before = coordinator.path.read_bytes()

    with pytest.raises(PackageError) as refused:
        coordinator.import_files(path)
    assert "används redan av en annan workshop" in error_message(refused.value)

    assert coordinator.path.read_bytes() == before


def test_an_import_that_fails_while_writing_leaves_the_database_as_it_was(
    laptop: Installation,
    coordinator: Installation,
    template: ReadinessTemplate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _workshop_on(laptop, template, "Första").workshop.id
    second = _workshop_on(laptop, template, "Andra").workshop.id
    package = laptop.pack(tmp_path / "två.hallbar", first, second)
    coordinator.import_files(laptop.pack(tmp_path / "en.hallbar", first))
    before = coordinator.path.read_bytes()
    real = SqlWorkshopRepository.put_imported_copy
    calls: list[object] = []

    def fail_on_the_second(self: SqlWorkshopRepository, copy: object) -> None:
        calls.append(copy)
        if len(calls) == 2:
            raise DatabaseFullError(coordinator.path)
        real(self, copy)  # type: ignore[arg-type]

    monkeypatch.setattr(SqlWorkshopRepository, "put_imported_copy", fail_on_the_second)

    with pytest.raises(DatabaseFullError):
        coordinator.import_files(package)

    assert coordinator.path.read_bytes() == before
    assert len(coordinator.backups_made) == 2  # taken before the write that failed


def test_the_app_backs_up_before_an_import_that_writes_and_only_then(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    with installation(tmp_path, "laptop", template) as laptop:
        package = laptop.pack(
            tmp_path / "p.hallbar", _workshop_on(laptop, template, "W").workshop.id
        )
    with open_services(tmp_path / "samordnare.sqlite3", create_if_missing=True) as services:
        packages = services.imports.read([package])
        done = services.imports.import_packages(packages)
        kinds = [b.kind for b in services.backups.backups()]
        assert kinds.count(BackupKind.BEFORE_IMPORT) == 1
        assert done.backup == services.backups.backups()[0].path
        assert not services.imports.import_packages(packages).written
        assert [b.kind for b in services.backups.backups()] == kinds


def test_a_conflict_ends_by_itself_when_the_laptop_comes_round_to_the_version_here(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = _imported_once(laptop, coordinator, template, tmp_path)
    wid = contents.workshop.id
    dependency = contents.dependencies[0]
    laptop.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Där"))
    coordinator.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Här"))
    coordinator.import_files(laptop.pack(tmp_path / "2.hallbar", wid))
    assert len(coordinator.imports.conflicts()) == 1
    stored = laptop.workshops.contents(wid).dependencies[0]
    laptop.workshops.save_dependency(wid, dataclasses.replace(stored, title="Här"))

    coordinator.import_files(laptop.pack(tmp_path / "3.hallbar", wid))

    assert coordinator.imports.conflicts() == ()
    assert [o.conflicts for o in coordinator.workshops.list_workshops()] == [0]
