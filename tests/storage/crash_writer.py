"""The writer that tests/storage/test_crash_consistency.py kills: real service edits, numbered.

Each edit ``n`` goes through the WorkshopService that app.open_services builds, touches several
rows (often several tables) in one transaction, and is reported on stdout as ``done n`` once its
commit returned. ``state_after(k)`` says what the database holds after edits 1..k, so the test
can tell a lost edit or a half-applied one from a whole one.

Started as ``python -m tests.storage.crash_writer DATABASE``, the module imports everything
once and then waits: each line ``write FIRST`` on stdin forks a child that opens the services
and makes edits FIRST, FIRST+1, … until it is killed; the parent prints ``pid PID`` for it and
``reaped PID`` once it is gone. Forking skips Python's start-up and imports, so the test can
kill a writer dozens of times in a few seconds.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from uuid import NAMESPACE_URL, UUID, uuid5

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.readiness import GroupScore, Rating, ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant, Workshop

# The underscored modules are what open_services imports when first called: imported here once
# for every forked writer.
from hallbar_desktop.export import writers as _writers  # noqa: F401
from hallbar_desktop.services import export_service as _export_service  # noqa: F401
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import database as _database  # noqa: F401
from hallbar_desktop.storage import template_files as _template_files  # noqa: F401
from hallbar_desktop.storage import workshop_store as _workshop_store  # noqa: F401

BASE_PARTICIPANTS = 6
BASE_DEPENDENCIES = 3
LAST_EDIT = 100_000  # a writer nobody kills stops here


def ident(name: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"hallbar-crash-test/{name}")


BASE = ident("workshop")
PARTICIPANTS = tuple(ident(f"participant-{i}") for i in range(BASE_PARTICIPANTS))
DEPENDENCIES = tuple(ident(f"dependency-{i}") for i in range(BASE_DEPENDENCIES))


def base_workshop(template: ReadinessTemplate) -> WorkshopContents:
    """What the file holds before the first edit."""
    return WorkshopContents(
        workshop=Workshop(id=BASE, title="Krocktest – Region Östra"),
        template=template,
        participants=tuple(
            Participant(id=p, alias=f"Deltagare {i + 1}", position=i + 1)
            for i, p in enumerate(PARTICIPANTS)
        ),
        dependencies=tuple(
            Dependency(
                id=d, category=DependencyCategory.PERSON, title=f"Beroende {i + 1}", position=i
            )
            for i, d in enumerate(DEPENDENCIES)
        ),
    )


def _value(n: int) -> int:
    return 1 + n % 5


def _rated_participant(n: int) -> int:
    return (n // 4) % BASE_PARTICIPANTS


def _new_workshop(n: int, template: ReadinessTemplate) -> WorkshopContents:
    """Edit kind 0: a whole workshop with participants, answers, a dependency and its action."""
    people = tuple(
        Participant(id=ident(f"w{n}-p{i}"), alias=f"Deltagare {i}", position=i) for i in (1, 2)
    )
    dependency = Dependency(
        id=ident(f"w{n}-d"), category=DependencyCategory.DECISION, title=f"Beslut {n} – åäö"
    )
    return WorkshopContents(
        workshop=Workshop(id=ident(f"w{n}"), title=f"Redigering {n}"),
        template=template,
        participants=people,
        ratings=tuple(
            Rating(participant_id=p.id, statement_code=code, value=_value(n))
            for p in people
            for code in sorted(template.statement_codes)
        ),
        group_scores=(GroupScore(dimension_code=template.dimensions[0].code, score=_value(n)),),
        dependencies=(dependency,),
        actions=(
            Action(id=ident(f"w{n}-a"), title=f"Åtgärd för {n}", dependency_ids={dependency.id}),
        ),
    )


def edit(service: WorkshopService, n: int) -> None:
    """Edit number ``n``: one use case, one transaction, several rows."""
    kind = n % 4
    if kind == 0:
        service.add_workshop(_new_workshop(n, service.current_template))
    elif kind == 1:  # an action row and its three link rows
        service.save_action(
            BASE,
            Action(id=ident(f"a{n}"), title=f"Åtgärd {n}", dependency_ids=frozenset(DEPENDENCIES)),
        )
    elif kind == 2:  # one participant's whole set of answers
        participant = PARTICIPANTS[_rated_participant(n)]
        service.record_ratings(
            BASE,
            (
                Rating(participant_id=participant, statement_code=code, value=_value(n))
                for code in sorted(service.current_template.statement_codes)
            ),
        )
    else:  # a dot on every base dependency at once
        service.add_votes(BASE, dict.fromkeys(DEPENDENCIES, 1))


@dataclass(frozen=True, slots=True)
class State:
    """What the edits leave behind, in a form both the model and the file can give."""

    # Per "Redigering n" workshop: how many participants and ratings, which rating values, how
    # many dependencies, actions, links and group scores.
    new_workshops: dict[str, tuple[object, ...]]
    base_actions: dict[str, int]  # title -> number of linked dependencies
    base_answers: dict[str, tuple[tuple[str, int | None], ...]]  # alias -> answers
    base_votes: tuple[int, ...]


def state_after(k: int, template: ReadinessTemplate) -> State:
    """The state once edits 1..k have all been made, and no more."""
    codes = sorted(template.statement_codes)
    workshops: dict[str, tuple[object, ...]] = {}
    actions: dict[str, int] = {}
    answers: dict[str, tuple[tuple[str, int | None], ...]] = {
        f"Deltagare {i + 1}": () for i in range(BASE_PARTICIPANTS)
    }
    votes = 0
    for n in range(1, k + 1):
        kind = n % 4
        if kind == 0:
            workshops[f"Redigering {n}"] = (2, 2 * len(codes), {_value(n)}, 1, 1, 1, 1)
        elif kind == 1:
            actions[f"Åtgärd {n}"] = BASE_DEPENDENCIES
        elif kind == 2:
            alias = f"Deltagare {_rated_participant(n) + 1}"
            answers[alias] = tuple((code, _value(n)) for code in codes)
        else:
            votes += 1
    return State(workshops, actions, answers, (votes,) * BASE_DEPENDENCIES)


def state_of(contents: list[WorkshopContents]) -> State:
    """The same description of what the file holds, read through the services."""
    workshops: dict[str, tuple[object, ...]] = {}
    base: WorkshopContents | None = None
    for c in contents:
        if c.workshop.id == BASE:
            base = c
            continue
        workshops[c.workshop.title] = (
            len(c.participants),
            len(c.ratings),
            {r.value for r in c.ratings},
            len(c.dependencies),
            len(c.actions),
            sum(len(a.dependency_ids) for a in c.actions),
            len(c.group_scores),
        )
    assert base is not None, "the base workshop is gone"
    alias = {p.id: p.alias for p in base.participants}
    answers: dict[str, list[tuple[str, int | None]]] = {a: [] for a in alias.values()}
    for rating in base.ratings:
        answers[alias[rating.participant_id]].append((rating.statement_code, rating.value))
    return State(
        workshops,
        {a.title: len(a.dependency_ids) for a in base.actions},
        {a: tuple(sorted(v)) for a, v in answers.items()},
        tuple(d.votes for d in sorted(base.dependencies, key=lambda d: d.position)),
    )


def _say(line: str) -> None:
    # os.write: one unbuffered write per line, so nothing sits in a buffer a fork would copy.
    os.write(1, f"{line}\n".encode())


def _write_from(database: Path, first: int) -> None:
    with open_services(database, create_if_missing=False) as services:
        for n in range(first, LAST_EDIT):
            edit(services.workshops, n)
            _say(f"done {n}")


def main(argv: list[str]) -> int:
    database = Path(argv[0])
    _say("ready")
    for line in sys.stdin:
        command, first = line.split()
        assert command == "write"
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            try:
                _write_from(database, int(first))
            except BaseException as error:  # reported to the test, which then fails
                _say(f"error {type(error).__name__}: {error}")
            os._exit(0)
        _say(f"pid {pid}")
        os.waitpid(pid, 0)
        _say(f"reaped {pid}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
