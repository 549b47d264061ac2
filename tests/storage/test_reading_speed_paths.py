"""Reading many rows takes the short way for ordinary values and still names every bad one."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from pathlib import Path

import pytest

from hallbar_desktop.domain.data_problems import OUT_OF_RANGE, UNKNOWN_CHOICE
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory, DependencyStatus
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.row_mapping import RowReader
from tests.workshop_with_every_part import workshop_with_every_part

COLUMNS = ("category", "title", "impact", "status")


def test_a_known_choice_is_read_without_calling_its_enum_and_bad_values_keep_their_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A roll-up reads a choice in every other field of some 100,000 rows: a stored code is
    looked up, not passed through the enum's constructor each time. An unknown code and a
    value the record refuses are still named with what the file holds."""
    read = RowReader(Dependency, COLUMNS)
    called: list[object] = []
    from_code = DependencyStatus.from_code.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        DependencyStatus,
        "from_code",
        classmethod(lambda cls, code: (called.append(code), from_code(cls, code))[1]),
    )

    made = read(("decision", "Kriterier", 3, "new"))
    assert (made.category, made.status, made.impact) == (
        DependencyCategory.DECISION,
        DependencyStatus.NEW,
        3,
    )
    assert read.faults == ()
    assert called == []

    made = read(("decision", "Kriterier", 9, "closed_for_good"))
    assert made.status is DependencyStatus.NEW and made.impact is None
    named = {f.field: (f.raw, f.reason) for f in read.faults}
    assert named == {
        "status": ("closed_for_good", UNKNOWN_CHOICE),
        "impact": (9, OUT_OF_RANGE),
    }
    assert called == ["closed_for_good"]


def _classes_read_by_the_general_reader(monkeypatch: pytest.MonkeyPatch) -> list[type]:
    """The class of each record the lenient general reader makes from now on, in order."""
    read: list[type] = []
    call = RowReader.__call__
    monkeypatch.setattr(
        RowReader,
        "__call__",
        lambda reader, *a, **k: (read.append(reader._cls), call(reader, *a, **k))[1],
    )
    return read


@pytest.mark.sqlite_only
def test_ratings_are_read_without_the_general_reader_and_a_bad_one_is_still_named(
    service: WorkshopService,
    template: ReadinessTemplate,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A national roll-up reads 600 000 ratings: an ordinary one becomes a Rating directly,
    while one the file holds out of range or as text still goes through the lenient reader,
    which names it and leaves it out of the numbers."""
    stored = service.add_workshop(workshop_with_every_part(template))
    with contextlib.closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute("UPDATE ratings SET value = 9 WHERE rowid = (SELECT min(rowid) FROM ratings)")
        raw.execute(
            "UPDATE ratings SET value = 'tre' WHERE rowid = (SELECT max(rowid) FROM ratings)"
        )
    read = _classes_read_by_the_general_reader(monkeypatch)

    contents = service.contents(stored.workshop.id)

    assert read.count(Rating) == 2
    assert len(contents.ratings) == len(stored.ratings) - 2
    assert set(contents.ratings) < set(stored.ratings)
    bad = [p for p in contents.problems if p.field == "value"]
    assert sorted(p.raw for p in bad) == ["9", "tre"]
    assert all(p.left_out for p in bad)


@pytest.mark.sqlite_only
def test_participants_are_read_without_the_general_reader_and_a_bad_one_is_still_named(
    service: WorkshopService,
    template: ReadinessTemplate,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A national roll-up reads 40 000 participants: an ordinary one is made directly, while
    one whose stored alias is empty or whose position is text goes through the lenient
    reader, which names it."""
    every_part = workshop_with_every_part(template)
    more = [Participant(alias=f"Deltagare {n}", position=n) for n in (2, 3)]
    stored = service.add_workshop(every_part.with_part(more[0]).with_part(more[1]))
    with contextlib.closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute(
            "UPDATE participants SET alias = '' WHERE rowid = (SELECT min(rowid) FROM participants)"
        )
        raw.execute("UPDATE participants SET position = 'två' WHERE alias = 'Deltagare 3'")
    read = _classes_read_by_the_general_reader(monkeypatch)

    contents = service.contents(stored.workshop.id)

    assert read.count(Participant) == 2  # of three
    assert {p.id for p in contents.participants} == {p.id for p in stored.participants}
    named = sorted((p.field, p.raw) for p in contents.problems if p.record == "participants")
    assert named == [("alias", ""), ("position", "två")]


def test_ratings_of_one_statement_share_one_text_of_its_code(
    service: WorkshopService, template: ReadinessTemplate
) -> None:
    """The driver makes a new text for every row read; a national roll-up's 600 000 ratings
    each kept their own, a seventh of its memory. Each code is read as one text."""
    every_part = workshop_with_every_part(template)
    second = Participant(alias="Deltagare 2", position=2)
    answers = tuple(
        Rating(participant_id=second.id, statement_code=s.code, value=3)
        for s in template.statements
    )
    contents = dataclasses.replace(
        every_part.with_part(second), ratings=every_part.ratings + answers
    )
    stored = service.add_workshop(contents)

    codes = [r.statement_code for r in service.contents(stored.workshop.id).ratings]
    assert len(codes) > len(set(codes))
    assert len({id(code) for code in codes}) == len(set(codes))
