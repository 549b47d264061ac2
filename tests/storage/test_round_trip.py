"""Every field of every part survives a trip through the database."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from hallbar_desktop.domain.action import Action, ActionStatus, ActionType, Priority
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Horizon,
    Influence,
    Location,
    Process,
    Quadrant,
    Strategy,
)
from hallbar_desktop.domain.errors import NotFoundError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import (
    InputMode,
    Participant,
    Variant,
    Workshop,
    WorkshopStatus,
)
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import workshop_store
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW

WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def _filled(template: ReadinessTemplate, follows_up: Workshop) -> WorkshopContents:
    """A workshop where no field keeps its default, with text that tests the encoding."""
    workshop = Workshop(
        title='Uppföljning: ŋ đ ŧ ä ö å – "citat" <b>fet</b>',
        organisation="Region Västerbotten",
        unit="Enheten för hållbar tillväxt",
        change_focus="Hållbarhetssäkring av företagsstöd",
        held_on=date(2026, 3, 4),
        place="Umeå, Väven",
        facilitator="Sámi Áilu",
        variant=Variant.FOLLOW_UP,
        status=WorkshopStatus.FOLLOWED_UP,
        input_mode=InputMode.PAPER,
        follows_up_id=follows_up.id,
        current_state="Nuläge\nmed radbrytning",
        target_picture="Målbild 😀",
        next_steps="Nästa steg",
        follow_up_on=date(2026, 6, 1),
        retention_until=date(2029, 3, 4),
        show_names=True,
    )
    p1 = Participant(alias="Deltagare 1", name="Eva Åberg", role="Strateg", position=3)
    dependency = Dependency(
        category=DependencyCategory.ENDURANCE,
        title="Projektmedlen tar slut",
        description="Beskrivning",
        location=Location.EU,
        impact=5,
        likelihood=4,
        influence=Influence.OUTSIDE,
        horizon=Horizon.LONG,
        area=Area.LEARNING,
        processes=frozenset({Process.RUS, Process.COHESION_POLICY}),
        owner="Ekonomichef",
        strategy=Strategy.ACCEPT,
        mitigation="Hantering",
        status=DependencyStatus.REMAINS,
        votes=7,
        priority_override=Quadrant.MONITOR,
        position=2,
        created_at=WHEN,
        updated_at=WHEN,
    )
    action = Action(
        title="Besluta om budget",
        description="Beskrivning",
        dependency_ids=frozenset({dependency.id}),
        area=Area.IMPLEMENTATION,
        dimension_code="D",
        action_type=ActionType.FUNDING,
        owner="Ekonomichef",
        contributors="Controller",
        decision_by="Regionstyrelsen",
        start_on=date(2026, 3, 5),
        due_on=date(2026, 9, 30),
        follow_up_on=date(2026, 10, 15),
        status=ActionStatus.PAUSED,
        priority=Priority.HIGH,
        success_indicator="Beslut finns",
        resources="40 timmar, 100 000 kr",
        last_update_at=WHEN,
        last_update_comment="Väntar på nämnden",
        votes=5,
        position=4,
        created_at=WHEN,
        updated_at=WHEN,
    )
    return WorkshopContents(
        workshop=workshop,
        template=template,
        participants=(p1,),
        ratings=(
            Rating(participant_id=p1.id, statement_code="A1", value=4),
            Rating(participant_id=p1.id, statement_code="B2", value=None),
        ),
        group_scores=(GroupScore(dimension_code="C", score=2, comment="Oenighet"),),
        tallies=(
            # In the order a load returns them: by statement, "Vet ej" before the values.
            RatingTally(statement_code="A1", value=None, count=1),
            RatingTally(statement_code="A1", value=3, count=2),
            RatingTally(statement_code="C2", value=5, count=4),
        ),
        dependencies=(dependency,),
        actions=(action,),
        prerequisite_checks=(
            PrerequisiteCheck(
                area=Area.LEADERSHIP,
                prompt="Mandat är tydligt",
                light=TrafficLight.YELLOW,
                note="Delvis",
                is_strength=True,
                position=5,
            ),
        ),
        success_factors=(
            SuccessFactor(text="Engagerad ledning", area=Area.LEADERSHIP, position=6),
        ),
        notes=(
            Note(
                step=WorkshopStep.ACTIONS,
                text="Idé",
                author_id=p1.id,
                cluster="Budget",
                votes=3,
                position=7,
                created_at=WHEN,
            ),
        ),
    )


def _defaults(obj: Any) -> list[str]:
    """Fields of ``obj`` that still hold their default, so the round trip would prove nothing."""
    same = []
    for f in dataclasses.fields(obj):
        if f.default is not dataclasses.MISSING and getattr(obj, f.name) == f.default:
            same.append(f.name)
    return same


def test_every_field_round_trips(service: WorkshopService, template: ReadinessTemplate) -> None:
    earlier = service.create_workshop(Workshop(title="Första workshoppen"))
    filled = _filled(template, earlier.workshop)
    for part in (
        filled.workshop,
        *filled.participants,
        *filled.dependencies,
        *filled.actions,
        *filled.prerequisite_checks,
        *filled.success_factors,
        *filled.notes,
    ):
        assert _defaults(part) == [], type(part).__name__

    service.add_workshop(filled)
    loaded = service.contents(filled.workshop.id)

    expected_workshop = dataclasses.replace(filled.workshop, created_at=NOW, updated_at=NOW)
    assert loaded == dataclasses.replace(filled, workshop=expected_workshop)


def test_the_template_snapshot_is_kept_with_the_workshop(
    service: WorkshopService, template: ReadinessTemplate
) -> None:
    changed = dataclasses.replace(template, version=99, name="En äldre mall")
    contents = WorkshopContents(workshop=Workshop(title="Gammal"), template=changed)
    service.add_workshop(contents)
    assert service.contents(contents.workshop.id).template == changed


@pytest.mark.sqlite_only  # counts the rows left in the file
def test_deleting_a_workshop_removes_all_its_parts(
    service: WorkshopService, demo: WorkshopContents, db_path: Path
) -> None:
    service.add_workshop(demo)
    service.delete_workshop(demo.workshop.id)
    with sqlite3.connect(db_path) as raw:
        for table in (
            "participants",
            "ratings",
            "dependencies",
            "actions",
            "action_dependencies",
            "prerequisite_checks",
            "success_factors",
            "notes",
            "group_scores",
        ):
            assert raw.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table


def test_removing_a_dependency_drops_only_its_links(
    service: WorkshopService, demo: WorkshopContents
) -> None:
    service.add_workshop(demo)
    target = demo.actions[3]  # linked to two dependencies
    gone = sorted(target.dependency_ids, key=str)[0]
    service.remove_dependency(demo.workshop.id, gone)
    after = next(a for a in service.contents(demo.workshop.id).actions if a.id == target.id)
    assert after.dependency_ids == target.dependency_ids - {gone}


def test_loading_an_unknown_workshop_is_not_found(service: WorkshopService) -> None:
    with pytest.raises(NotFoundError):
        service.contents(uuid4())


def test_reading_many_workshops_at_once_equals_reading_each_alone(
    service: WorkshopService,
    template: ReadinessTemplate,
    demo: WorkshopContents,
    database: Path | ServerAddress,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    earlier = service.create_workshop(Workshop(title="Första workshoppen"))
    filled = _filled(template, earlier.workshop)
    service.add_workshop(filled)
    service.add_workshop(demo)
    older_template = dataclasses.replace(template, version=99, name="En äldre mall")
    older = service.add_workshop(
        WorkshopContents(workshop=Workshop(title="Gammal"), template=older_template)
    )
    ids = (demo.workshop.id, older.workshop.id, filled.workshop.id, earlier.workshop.id)
    # Two workshops per query, so the reading is split into several IN lists.
    monkeypatch.setattr(workshop_store, "_IDS_PER_QUERY", 2)
    store = SqlWorkshopStore(open_database(database), database)
    try:
        with store.transaction(write=False) as repo:
            alone = tuple(repo.load(i) for i in ids)
            together = repo.load_many(ids)
            with pytest.raises(NotFoundError):
                repo.load_many((demo.workshop.id, uuid4()))
    finally:
        store.close()

    assert together == alone
    assert [c.workshop.id for c in together] == list(ids)

    def as_stored(contents: WorkshopContents) -> WorkshopContents:
        # The store hands ratings back per participant (by id), then per statement.
        stamped = dataclasses.replace(contents.workshop, created_at=NOW, updated_at=NOW)
        ratings = sorted(contents.ratings, key=lambda r: (str(r.participant_id), r.statement_code))
        return dataclasses.replace(contents, workshop=stamped, ratings=tuple(ratings))

    # Compared with what was stored, every part comes back: ratings, group scores, actions
    # with their links to dependencies (the demo has actions linked to two of them).
    by_id = {c.workshop.id: c for c in together}
    assert any(len(a.dependency_ids) > 1 for a in demo.actions)
    assert by_id[demo.workshop.id] == as_stored(demo)
    assert by_id[filled.workshop.id] == as_stored(filled)
    assert by_id[older.workshop.id].template == older_template
    assert by_id[earlier.workshop.id] == earlier
