"""The coordinator's overview: every workshop's actions, readiness and dependencies at once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.coordinator import (
    critical_open_dependencies,
    dependency_types,
    readiness_dimensions,
    readiness_series,
)
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.coordinator_workshops import coordinator_on, make_region


def test_the_register_keeps_the_stored_status_and_counts_days_overdue_apart(
    service: WorkshopService, database: Path | ServerAddress
) -> None:
    region = make_region(service, TODAY)
    overview = coordinator_on(database, TODAY).overview()
    by_title = {r.action.title: r for r in overview.actions}
    paused = by_title[region.paused_overdue.title]
    assert paused.action.status is ActionStatus.PAUSED  # not replaced by "Försenad"
    assert paused.days_overdue == 12
    assert by_title[region.in_progress_overdue.title].days_overdue == 3
    assert by_title[region.in_progress_overdue.title].action.status is ActionStatus.IN_PROGRESS
    assert not by_title[region.done_past_deadline.title].overdue  # done is never late
    assert not by_title[region.not_due_yet.title].overdue
    # By organisation in Swedish order: Alfa, Zeta, Åre (å after z).
    assert [r.organisation for r in overview.actions] == [
        "Alfa region",
        "Zeta kommun",
        "Åre kommun",
        "Åre kommun",
    ]


def test_readiness_over_time_is_one_series_per_organisation_with_follow_ups_linked(
    service: WorkshopService, database: Path | ServerAddress
) -> None:
    region = make_region(service, TODAY)
    overview = coordinator_on(database, TODAY).overview()
    assert [d.code for d in readiness_dimensions(overview.summaries)][:1] == ["A"]
    series = readiness_series(overview.summaries, "A")
    # Alfa has no answers yet: no point, no series.
    assert [s.organisation for s in series] == ["Zeta kommun", "Åre kommun"]
    zeta = series[0]
    assert [(p.workshop_id, p.mean) for p in zeta.points] == [
        (region.first, 2.0),
        (region.follow_up, 3.5),
    ]
    assert zeta.links == ((region.first, region.follow_up),)
    assert series[1].links == ()
    # With the first workshop filtered out, the follow-up stands alone.
    alone = readiness_series(overview.chosen({region.follow_up, region.other}), "A")
    assert alone[0].links == ()


def test_dependencies_by_type_across_organisations(
    service: WorkshopService, database: Path | ServerAddress
) -> None:
    make_region(service, TODAY)
    overview = coordinator_on(database, TODAY).overview()
    counts = {c.category: c for c in dependency_types(overview.summaries)}
    person = counts[DependencyCategory.PERSON]
    assert (person.organisations, person.workshops, person.dependencies) == (2, 2, 2)
    decision = counts[DependencyCategory.DECISION]
    assert (decision.organisations, decision.dependencies, decision.open_dependencies) == (
        1,
        2,
        1,
    )
    assert dependency_types(overview.summaries)[0].category is DependencyCategory.PERSON

    critical = critical_open_dependencies(overview.summaries)
    titles = [c.line.dependency.title for c in critical]
    # The handled one is left out however many dots it got; low priority is not critical.
    assert "Redan löst" not in titles and "Orken räcker inte" not in titles
    # Act now before escalate, then higher impact: as a workshop's summary ranks them.
    assert titles == ["Bara Anna kan", "En nyckelperson", "Beslut i nämnden"]
    assert [c.organisation for c in critical] == ["Åre kommun", "Zeta kommun", "Zeta kommun"]


def test_the_overview_reads_today_from_the_injected_clock(
    service: WorkshopService, database: Path | ServerAddress
) -> None:
    region = make_region(service, TODAY)
    assert region.not_due_yet.due_on is not None
    later = coordinator_on(database, region.not_due_yet.due_on + timedelta(days=5)).overview()
    late = {r.action.title: r.days_overdue for r in later.actions}
    assert late[region.not_due_yet.title] == 5
