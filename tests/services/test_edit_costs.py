"""An edit costs what it changes: the same few SQL statements on a small and a large workshop."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant, WorkshopStatus, default_alias
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY
from tests.workshop_with_every_part import workshop_with_every_part

# The most statements any one edit may issue, its BEGIN included: reading the whole workshop
# alone takes more (one query per table). Two are the audit log's: reading the workshop's
# status and the chain's last entry, and (after the workshop day) adding the entries.
MOST_STATEMENTS = 13
# Edits whose work grows with the workshop though their statements do not: a new participant
# gets the first alias no one has. (Removing a dependency or a participant looked through every
# action link or note in the file until schema 4 indexed them.)
LOOK_ACROSS = {"add_participant"}


class StatementCounter:
    """Every statement the engine sends, with the SQLite instructions they ran (in hundreds):
    the work a query does, which grows with the rows it looks at."""

    def __init__(self, engine: sa.Engine) -> None:
        self.statements: list[str] = []
        self.steps = 0
        sa.event.listen(engine, "before_cursor_execute", self._sent)

    def _sent(self, connection: sa.Connection, *args: Any) -> None:
        self.statements.append(args[1])
        driver = connection.connection.driver_connection
        driver.set_progress_handler(self._step, 100)  # type: ignore[union-attr]

    def _step(self) -> int:
        self.steps += 1
        return 0

    def cost(self, edit: Callable[[], object]) -> tuple[int, int]:
        """The statements ``edit`` sent and its SQLite instructions (in hundreds)."""
        self.statements, self.steps = [], 0
        edit()
        return len(self.statements), self.steps


@pytest.fixture
def counted(
    tmp_path: Path, template: ReadinessTemplate
) -> Iterator[tuple[WorkshopService, StatementCounter]]:
    path = tmp_path / "costs.sqlite3"
    engine = open_database(path, create_if_missing=True)
    store = SqlWorkshopStore(engine, path)
    service = WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    yield service, StatementCounter(engine)
    store.close()


def _grown(contents: WorkshopContents) -> WorkshopContents:
    """The workshop with 39 more participants who answered everything, 299 more dependencies
    and actions and 100 more notes: the size of a large workshop."""
    template = contents.template
    people = tuple(Participant(alias=default_alias(n), position=n) for n in range(2, 41))
    dependencies = tuple(
        Dependency(category=DependencyCategory.DECISION, title=f"Beroende {n}", position=n)
        for n in range(2, 301)
    )
    actions = tuple(
        Action(title=f"Åtgärd {n}", dependency_ids=frozenset({d.id}), position=n)
        for n, d in enumerate(dependencies, start=2)
    )
    notes = tuple(
        Note(step=WorkshopStep.DEPENDENCIES, text=f"Lapp {n}", author_id=people[n % 39].id)
        for n in range(100)
    )
    ratings = tuple(
        Rating(participant_id=p.id, statement_code=s.code, value=1 + n % 5)
        for p in people
        for n, s in enumerate(template.statements)
    )
    return dataclasses.replace(
        contents,
        participants=contents.participants + people,
        ratings=contents.ratings + ratings,
        dependencies=contents.dependencies + dependencies,
        actions=contents.actions + actions,
        notes=contents.notes + notes,
    )


def _edits(service: WorkshopService, contents: WorkshopContents) -> dict[str, Callable[[], Any]]:
    """Every kind of edit the window, its undo and the input mode make, on the parts of the
    small workshop (which the large one holds too), in an order where each can follow the last."""
    wid = contents.workshop.id
    workshop = contents.workshop
    (participant, *_) = contents.participants
    (dependency, *_) = contents.dependencies
    (action, *_) = contents.actions
    (check,) = contents.prerequisite_checks
    (factor,) = contents.success_factors
    (note, *_) = contents.notes
    (score,) = contents.group_scores
    template = contents.template
    code = template.statements[0].code
    answers = tuple(
        Rating(participant_id=participant.id, statement_code=s.code, value=1 + n % 3)
        for n, s in enumerate(template.statements)
    )
    new_dependency = Dependency(category=DependencyCategory.PERSON, title="Nytt", position=999)
    new_action = Action(title="Ny åtgärd", dependency_ids=frozenset({dependency.id}), position=999)
    twin = Note(step=note.step, text="Samma lapp igen", author_id=participant.id, position=999)
    factor_of_twin = SuccessFactor(text=twin.text, position=999)
    kept: dict[str, Any] = {}

    def keep(name: str, value: Any) -> Any:
        kept[name] = value
        return value

    return {
        "update_workshop": lambda: service.update_workshop(
            dataclasses.replace(workshop, title="Ny titel"), workshop
        ),
        "save_dependency": lambda: service.save_dependency(
            wid, dataclasses.replace(dependency, title="Ändrad"), dependency
        ),
        "save_dependency (new)": lambda: service.save_dependency(wid, new_dependency),
        "save_action": lambda: service.save_action(
            wid, dataclasses.replace(action, owner="Ny ägare"), action
        ),
        "save_action (links)": lambda: service.save_action(
            wid,
            dataclasses.replace(action, dependency_ids=action.dependency_ids | {new_dependency.id}),
            action,
        ),
        "save_action (new)": lambda: service.save_action(wid, new_action),
        "remove_action": lambda: service.remove_action(wid, new_action.id),
        "remove_dependency": lambda: keep(
            "dependency", service.remove_dependency(wid, dependency.id)
        ),
        "restore_dependency": lambda: service.restore_dependency(wid, kept["dependency"]),
        "save_participant": lambda: service.save_participant(
            wid, dataclasses.replace(participant, name="Kim"), participant
        ),
        "add_participant": lambda: keep("added", service.add_participant(wid)),
        "remove_participant": lambda: keep(
            "removed", service.remove_participant(wid, participant.id)
        ),
        "restore_participant": lambda: service.restore_participant(wid, kept["removed"]),
        "record_ratings (a turn)": lambda: service.record_ratings(wid, answers),
        "record_rating": lambda: service.record_rating(wid, answers[0]),
        "clear_rating": lambda: service.clear_rating(wid, participant.id, code),
        "set_statement_tallies": lambda: service.set_statement_tallies(
            wid, code, (RatingTally(statement_code=code, value=3, count=4),)
        ),
        "set_group_score": lambda: service.set_group_score(
            wid, GroupScore(dimension_code=score.dimension_code, score=4)
        ),
        "add_votes": lambda: service.add_votes(
            wid, {dependency.id: 1, action.id: 1, note.id: 1}, budget=3
        ),
        "add_votes (undo)": lambda: service.add_votes(
            wid, {dependency.id: -1, action.id: -1, note.id: -1}
        ),
        "save_prerequisite_check": lambda: service.save_prerequisite_check(
            wid, dataclasses.replace(check, note="Ny anteckning"), check
        ),
        "save_success_factor": lambda: service.save_success_factor(
            wid, dataclasses.replace(factor, text="Ny text"), factor
        ),
        "save_note (new)": lambda: service.save_note(wid, twin),
        "save_note": lambda: service.save_note(
            wid, dataclasses.replace(twin, text="Ändrad lapp"), twin
        ),
        "exchange_parts": lambda: service.exchange_parts(
            wid, dataclasses.replace(twin, text="Ändrad lapp"), factor_of_twin
        ),
        "exchange_parts (undo)": lambda: service.exchange_parts(wid, factor_of_twin, twin),
        "merge_notes": lambda: keep("merged", service.merge_notes(wid, note.id, twin.id)),
        "unmerge_notes": lambda: service.unmerge_notes(wid, kept["merged"]),
        "remove_note": lambda: service.remove_note(wid, twin.id),
        "remove_success_factor": lambda: service.remove_success_factor(wid, factor.id),
    }


@pytest.mark.parametrize("status", [WorkshopStatus.PLANNED, WorkshopStatus.HELD])
def test_an_edit_sends_a_few_statements_however_large_the_workshop(
    counted: tuple[WorkshopService, StatementCounter],
    template: ReadinessTemplate,
    status: WorkshopStatus,
) -> None:
    """Also a workshop marked Genomförd, whose every edit is logged (domain/audit.py)."""
    service, counter = counted

    def made(contents: WorkshopContents) -> WorkshopContents:
        held = dataclasses.replace(contents.workshop, status=status)
        return service.add_workshop(dataclasses.replace(contents, workshop=held))

    small = made(workshop_with_every_part(template))
    large = made(_grown(workshop_with_every_part(template)))
    assert len(large.ratings) == 40 * len(template.statements)

    costs = {}
    for name, edits in (("small", _edits(service, small)), ("large", _edits(service, large))):
        costs[name] = {kind: counter.cost(edit) for kind, edit in edits.items()}

    sent = {kind: (costs["small"][kind][0], costs["large"][kind][0]) for kind in costs["small"]}
    assert {k: n for k, n in sent.items() if n[0] != n[1]} == {}
    assert {k: n for k, (n, _) in sent.items() if n > MOST_STATEMENTS} == {}
    # The whole workshop is never read: what SQLite does for an edit stays about the same.
    grows = {
        kind: (costs["small"][kind][1], steps)
        for kind, (_, steps) in costs["large"].items()
        if steps > 2 * costs["small"][kind][1] + 5 and kind not in LOOK_ACROSS
    }
    assert grows == {}
    after = service.contents(large.workshop.id)
    assert len(after.dependencies) == 301 and len(after.actions) == 300
    assert after.participants[0].name == "Kim" and len(after.participants) == 41
    assert len(after.ratings) == 40 * len(template.statements) - 1
    assert {a.id for a in after.actions_for(large.dependencies[0].id)} == {large.actions[0].id}
    logged = service.audit_log(large.workshop.id)
    assert len(logged.entries) >= (len(costs["large"]) if status is WorkshopStatus.HELD else 0)
    assert logged.broken is None


@pytest.mark.parametrize("removal", ["remove_dependency", "remove_participant"])
def test_a_removal_does_not_look_through_the_other_workshops_in_the_file(
    tmp_path: Path, template: ReadinessTemplate, removal: str
) -> None:
    """The cascade to a dependency's action links and the SET NULL on a participant's notes
    find their rows by index (schema 4), not by going through every link or note in the file."""
    steps = {}
    for beside in (0, 3):
        path = tmp_path / f"beside-{beside}.sqlite3"
        engine = open_database(path, create_if_missing=True)
        store = SqlWorkshopStore(engine, path)
        service = WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
        for _ in range(beside):
            service.add_workshop(_grown(workshop_with_every_part(template)))
        small = service.add_workshop(workshop_with_every_part(template))
        _, steps[beside] = StatementCounter(engine).cost(_edits(service, small)[removal])
        store.close()
    assert steps[3] <= 2 * steps[0] + 5, steps
