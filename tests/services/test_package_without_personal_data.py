"""Packages "utan personuppgifter" (issue 19, item 3): the default; no name, role, typed alias,
facilitator or note's author in the package, which says it is redacted; and an import of one
erases nothing the receiving database has."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.package import NEW, UPDATED
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant, Workshop
from tests.services.installations import Clock, Installation, installation
from tests.workshop_with_every_part import plain_text_for, workshop_with_every_part

NAME = "Zelmira Hemligsdotter"
ROLE = "Överhemlig funktionär"
ALIAS = "Zelmiras alias"
FACILITATOR = "Fredrika Processledarsson"


def _text_for(cls: type, field: str) -> str:
    if cls is Participant:
        return {"name": NAME, "role": ROLE, "alias": ALIAS}[field]
    if cls is Workshop and field == "facilitator":
        return FACILITATOR
    return plain_text_for(cls, field)


@pytest.fixture
def laptop(tmp_path: Path, template: ReadinessTemplate) -> Iterator[Installation]:
    with installation(tmp_path, "laptop", template) as made:
        yield made


@pytest.fixture
def coordinator(tmp_path: Path, template: ReadinessTemplate) -> Iterator[Installation]:
    with installation(tmp_path, "samordnare", template, Clock(step=Clock().step * 2)) as made:
        yield made


def _made_on(place: Installation, template: ReadinessTemplate) -> WorkshopContents:
    stored = place.workshops.add_workshop(workshop_with_every_part(template, _text_for))
    return place.workshops.contents(stored.workshop.id)


def _document(path: Path) -> tuple[bytes, dict[str, Any]]:
    with zipfile.ZipFile(path) as archive:
        data = archive.read("package.json")
    return data, json.loads(data)


def _personal(contents: WorkshopContents) -> tuple[object, ...]:
    (person,) = contents.participants
    (note,) = contents.notes
    return (person.alias, person.name, person.role, contents.workshop.facilitator, note.author_id)


def test_a_package_is_without_personal_data_unless_they_are_chosen(
    laptop: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _made_on(laptop, template).workshop.id

    data, document = _document(laptop.packages.pack([wid], tmp_path / "utan.hallbar"))
    # The package is JSON with ASCII escapes: each text is searched as it is written there.
    for text in (NAME, ROLE, ALIAS, FACILITATOR):
        assert json.dumps(text).encode("ascii") not in data, text
    assert (document["redacted"], document["names_included"]) == (True, False)
    (workshop,) = document["workshops"]
    assert [p["alias"] for p in workshop["participants"]] == ["Deltagare 1"]
    assert [n["author_id"] for n in workshop["notes"]] == [None]

    data, document = _document(laptop.packages.pack([wid], tmp_path / "med.hallbar", names=True))
    for text in (NAME, ROLE, ALIAS, FACILITATOR):
        assert json.dumps(text).encode("ascii") in data, text
    assert (document["redacted"], document["names_included"]) == (False, True)


def test_a_redacted_package_erases_no_personal_data_where_it_is_imported_and_back(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    made = _made_on(laptop, template)
    wid = made.workshop.id
    coordinator.import_files(laptop.pack(tmp_path / "1.hallbar", wid, names=True))
    assert _personal(coordinator.workshops.contents(wid)) == _personal(made)

    # The laptop goes on working and sends the workshop "utan personuppgifter".
    (dependency,) = made.dependencies
    laptop.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Ny rubrik"))
    summary = coordinator.import_files(laptop.pack(tmp_path / "2.hallbar", wid, names=False))
    assert [w.outcome for w in summary.workshops] == [UPDATED]

    after = coordinator.workshops.contents(wid)
    assert after.dependencies[0].title == "Ny rubrik"
    assert _personal(after) == _personal(made)
    assert coordinator.imports.conflicts() == ()

    # And back: the coordinator's redacted package leaves the laptop's data as it is.
    coordinator.workshops.save_dependency(
        wid, dataclasses.replace(after.dependencies[0], title="Samordnarens rubrik")
    )
    laptop.import_files(coordinator.pack(tmp_path / "3.hallbar", wid, names=False))
    back = laptop.workshops.contents(wid)
    assert back.dependencies[0].title == "Samordnarens rubrik"
    assert _personal(back) == _personal(made)


def test_a_redacted_package_brings_a_new_workshop_without_personal_data(
    laptop: Installation, coordinator: Installation, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _made_on(laptop, template).workshop.id
    summary = coordinator.import_files(laptop.pack(tmp_path / "1.hallbar", wid, names=False))
    assert [w.outcome for w in summary.workshops] == [NEW]
    assert _personal(coordinator.workshops.contents(wid)) == ("Deltagare 1", "", "", "", None)
