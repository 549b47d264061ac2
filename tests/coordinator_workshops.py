"""A small region for the coordinator's overview: several organisations, a follow-up pair,
overdue actions with different stored statuses, and dependencies of every kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Influence,
)
from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.workshop import Variant, Workshop, WorkshopStatus
from hallbar_desktop.services.coordinator_service import CoordinatorService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore


@dataclass(frozen=True, slots=True)
class Region:
    first: UUID  # Zeta kommun's first workshop
    follow_up: UUID  # ... and its follow-up
    other: UUID  # Åre kommun's only workshop
    third: UUID  # Alfa region's only workshop
    paused_overdue: Action
    in_progress_overdue: Action
    done_past_deadline: Action
    not_due_yet: Action


def rate(service: WorkshopService, workshop_id: UUID, answers: dict[str, list[int]]) -> None:
    """Each statement's answers, one per participant in list order."""
    participants = service.contents(workshop_id).participants
    service.record_ratings(
        workshop_id,
        [
            Rating(participant_id=participants[i].id, statement_code=code, value=value)
            for code, values in answers.items()
            for i, value in enumerate(values)
        ],
    )


def make_region(service: WorkshopService, today: date) -> Region:
    def workshop(title: str, organisation: str, held_on: date, **fields: object) -> UUID:
        made = service.create_workshop(
            Workshop(title=title, organisation=organisation, held_on=held_on, **fields),  # type: ignore[arg-type]
            participant_count=2,
        )
        return made.workshop.id

    first = workshop(
        "Start", "Zeta kommun", today - timedelta(days=200), status=WorkshopStatus.HELD
    )
    follow_up = workshop(
        "Uppföljning",
        "Zeta kommun",
        today - timedelta(days=20),
        variant=Variant.FOLLOW_UP,
        follows_up_id=first,
        status=WorkshopStatus.HELD,
    )
    other = workshop("Åres dag", "Åre kommun", today - timedelta(days=100))
    third = workshop("Alfas dag", "Alfa region", today + timedelta(days=30))
    rate(service, first, {"A1": [2, 2], "A2": [2, 2]})  # A: 2,0
    rate(service, follow_up, {"A1": [4, 4], "A2": [3, 3]})  # A: 3,5
    rate(service, other, {"A1": [5, 5], "A2": [5, 5]})  # A: 5,0

    def action(workshop_id: UUID, title: str, status: ActionStatus, due: int) -> Action:
        return service.save_action(
            workshop_id,
            Action(
                title=title,
                owner="Kim",
                status=status,
                due_on=today + timedelta(days=due),
            ),
        )

    paused = action(first, "Pausad och sen", ActionStatus.PAUSED, -12)
    in_progress = action(other, "Pågår och sen", ActionStatus.IN_PROGRESS, -3)
    done = action(other, "Klar efter sista dag", ActionStatus.DONE, -40)
    not_due = action(third, "Inte dags än", ActionStatus.NOT_STARTED, 10)

    def dependency(
        workshop_id: UUID, title: str, category: DependencyCategory, **fields: object
    ) -> None:
        service.save_dependency(
            workshop_id,
            Dependency(title=title, category=category, **fields),  # type: ignore[arg-type]
        )

    dependency(
        first,
        "Beslut i nämnden",
        DependencyCategory.DECISION,
        impact=5,
        influence=Influence.OUTSIDE,
        votes=2,
    )
    dependency(
        first,
        "Redan löst",
        DependencyCategory.DECISION,
        impact=5,
        influence=Influence.CONTROL,
        status=DependencyStatus.HANDLED,
        votes=9,
    )
    dependency(
        follow_up,
        "En nyckelperson",
        DependencyCategory.PERSON,
        impact=4,
        influence=Influence.CONTROL,
        votes=1,
    )
    dependency(
        other,
        "Bara Anna kan",
        DependencyCategory.PERSON,
        impact=5,
        influence=Influence.CONTROL,
        votes=3,
    )
    dependency(
        other,
        "Orken räcker inte",
        DependencyCategory.ENDURANCE,
        impact=2,
        influence=Influence.CONTROL,
    )
    return Region(first, follow_up, other, third, paused, in_progress, done, not_due)


def coordinator_on(database: Path | ServerAddress, today: date) -> CoordinatorService:
    """A coordinator service on the test's file (its own connection, as the app's would be)."""
    return CoordinatorService(
        SqlWorkshopStore(open_database(database), database), today=lambda: today
    )
