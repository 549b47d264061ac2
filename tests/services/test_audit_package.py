"""The audit log travels in packages: packed, kept once per chain and place on import, and
checked, a broken chain said in the import's report (issue 19, item 5)."""

from __future__ import annotations

import dataclasses
import json
import socket
import zipfile
from pathlib import Path
from uuid import UUID

import pytest

from hallbar_desktop.domain.audit import ADDED
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from tests.services.installations import Installation, installation
from tests.workshop_with_every_part import workshop_with_every_part


def _held_and_edited(place: Installation, template: ReadinessTemplate) -> UUID:
    contents = place.workshops.add_workshop(workshop_with_every_part(template))
    workshop = contents.workshop
    place.workshops.update_workshop(
        dataclasses.replace(workshop, status=WorkshopStatus.HELD), workshop
    )
    _edit(place, workshop.id)
    return workshop.id


def _edit(place: Installation, workshop_id: UUID) -> None:
    dependency = place.workshops.contents(workshop_id).dependencies[0]
    impact = 2 if dependency.impact != 2 else 3
    place.workshops.save_dependency(
        workshop_id, dataclasses.replace(dependency, impact=impact), dependency
    )


def _comparable(place: Installation, workshop_id: UUID) -> list[tuple]:  # type: ignore[type-arg]
    return [
        (e.chain, e.seq, e.at, e.user, e.computer, e.kind, e.change, e.hash)
        for e in place.workshops.audit_log(workshop_id).entries
    ]


def test_entries_travel_are_kept_once_and_the_chains_of_two_computers_side_by_side(
    tmp_path: Path, template: ReadinessTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (
        installation(tmp_path, "laptop", template) as laptop,
        installation(tmp_path, "office", template) as office,
    ):
        monkeypatch.setattr(socket, "gethostname", lambda: "laptop")
        wid = _held_and_edited(laptop, template)
        package = laptop.pack(tmp_path / "laptop.hallbar", wid)

        first = office.import_files(package)
        assert first.workshops[0].audit_entries == 2
        assert first.workshops[0].audit_broken is None
        assert _comparable(office, wid) == _comparable(laptop, wid)
        again = office.import_files(package)
        assert again.workshops[0].audit_entries == 0 and not again.written
        assert len(office.workshops.audit_log(wid).entries) == 2

        # The office edits the workshop too: its entries make a chain of its own.
        monkeypatch.setattr(socket, "gethostname", lambda: "office")
        _edit(office, wid)
        back = laptop.import_files(office.pack(tmp_path / "office.hallbar", wid))
        assert back.workshops[0].audit_entries == 1
        log = laptop.workshops.audit_log(wid)
        assert log.broken is None
        by_chain: dict[str, list[tuple[int, str]]] = {}
        for entry in log.entries:
            by_chain.setdefault(entry.chain, []).append((entry.seq, entry.computer))
        assert sorted(by_chain.values()) == [
            [(1, "laptop"), (2, "laptop")],
            [(1, "office")],
        ]
        # The laptop's own chain goes on where it was.
        _edit(laptop, wid)
        assert laptop.workshops.audit_log(wid).broken is None
        assert max(e.seq for e in laptop.workshops.audit_log(wid).entries) == 3


def test_a_package_without_personal_data_carries_the_log_without_who_and_where(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    with (
        installation(tmp_path, "laptop", template) as laptop,
        installation(tmp_path, "office", template) as office,
    ):
        wid = _held_and_edited(laptop, template)
        office.import_files(laptop.pack(tmp_path / "p.hallbar", wid, names=False))
        log = office.workshops.audit_log(wid)
        assert log.broken is None and len(log.entries) == 2
        assert {(e.user, e.computer, e.salt) for e in log.entries} == {("", "", "")}


def test_a_package_whose_log_was_edited_by_hand_is_imported_and_the_break_said(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    with (
        installation(tmp_path, "laptop", template) as laptop,
        installation(tmp_path, "office", template) as office,
    ):
        wid = _held_and_edited(laptop, template)
        package = laptop.pack(tmp_path / "p.hallbar", wid)
        with zipfile.ZipFile(package) as archive:
            document = json.loads(archive.read("package.json"))
        document["workshops"][0]["audit_log"][1]["change"] = "impact: 1→5"
        with zipfile.ZipFile(package, "w") as archive:
            archive.writestr("package.json", json.dumps(document))

        summary = office.import_files(package)

        (item,) = summary.workshops
        assert item.audit_broken is not None
        assert (item.audit_broken.position, item.audit_broken.reason) == (2, "changed")
        assert office.workshops.audit_log(wid).broken == item.audit_broken


def test_an_import_that_changes_a_held_workshop_is_logged_here_as_an_edit_made_here(
    tmp_path: Path, template: ReadinessTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The office holds the laptop's workshop, marked Genomförd. The laptop changes a
    dependency, adds a note and an answer and sends it again: the import changes the
    office's copy, and the office's own chain says so, with who imported and what changed in
    codes and values (the package's entries say what was done on the laptop). Importing the
    same package again, or a workshop new to the office, logs nothing of the office's."""
    with (
        installation(tmp_path, "laptop", template) as laptop,
        installation(tmp_path, "office", template) as office,
    ):
        monkeypatch.setattr(socket, "gethostname", lambda: "laptop")
        wid = _held_and_edited(laptop, template)
        office.import_files(laptop.pack(tmp_path / "first.hallbar", wid))
        assert {e.computer for e in office.workshops.audit_log(wid).entries} == {"laptop"}

        contents = laptop.workshops.contents(wid)
        dependency = contents.dependencies[0]
        impact = 4 if dependency.impact != 4 else 1
        laptop.workshops.save_dependency(
            wid, dataclasses.replace(dependency, impact=impact, title="Hemligt namn"), dependency
        )
        note = laptop.workshops.save_note(
            wid, Note(step=WorkshopStep.DEPENDENCIES, text="Ny lapp", position=99)
        )
        person = contents.participants[0]
        code = template.statements[0].code
        answered = {(r.participant_id, r.statement_code): r.value for r in contents.ratings}
        value = 5 if answered.get((person.id, code)) != 5 else 1
        laptop.workshops.record_rating(
            wid, Rating(participant_id=person.id, statement_code=code, value=value)
        )
        package = laptop.pack(tmp_path / "second.hallbar", wid)

        monkeypatch.setattr(socket, "gethostname", lambda: "office")
        office.import_files(package)

        own = [e for e in office.workshops.audit_log(wid).entries if e.computer == "office"]
        assert office.workshops.audit_log(wid).broken is None
        changes = {(e.kind, e.record_id): (e.fields, e.change) for e in own}
        assert changes == {
            ("dependencies", str(dependency.id)): (
                ("impact", "title"),
                f"impact: {dependency.impact}→{impact}, title: …→…",
            ),
            ("notes", str(note.id)): ((), ADDED),
            ("ratings", str(person.id)): ((code,), f"{code}={value}"),
        }
        assert "Hemligt namn" not in repr(own)
        assert len({e.chain for e in own}) == 1

        office.import_files(package)
        again = [e for e in office.workshops.audit_log(wid).entries if e.computer == "office"]
        assert again == own

        other = laptop.workshops.add_workshop(workshop_with_every_part(template))
        office.import_files(laptop.pack(tmp_path / "other.hallbar", other.workshop.id))
        assert office.workshops.audit_log(other.workshop.id).entries == ()
