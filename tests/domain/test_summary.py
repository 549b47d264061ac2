"""The summary read model that the summary page and both exports render."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import DependencyCategory, DependencyStatus, Quadrant
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Workshop

TODAY = date(2026, 11, 26)


def test_counts_of_the_demo(demo: WorkshopContents) -> None:
    summary = summarize(demo, TODAY)
    assert summary.participant_count == 12
    assert summary.rated_participant_count == 12
    assert summary.complete_participant_count == 12
    assert dict(summary.dependencies_per_category) == {
        DependencyCategory.DECISION: 4,
        DependencyCategory.PERSON: 4,
        DependencyCategory.ENDURANCE: 3,
        DependencyCategory.OTHER: 1,
    }
    assert sum(n for _, n in summary.dependencies_per_quadrant) == 12
    statuses = dict(summary.actions_per_status)
    assert sum(statuses.values()) == 10
    assert statuses[ActionStatus.DONE] == 1


def test_readiness_mean_leaves_the_exposure_block_out(demo: WorkshopContents) -> None:
    summary = summarize(demo, TODAY)
    readiness = [d.mean for d in summary.dimensions if d.dimension.in_readiness]
    assert summary.readiness_mean == pytest.approx(sum(readiness) / len(readiness))  # type: ignore[arg-type]
    exposure = next(d for d in summary.dimensions if d.dimension.code == "S")
    assert exposure.stats.light is TrafficLight.RED  # high exposure is a risk


def test_strengths_are_the_highest_rated_statements(demo: WorkshopContents) -> None:
    summary = summarize(demo, TODAY)
    means = [s.stats.mean for s in summary.strengths]
    assert len(summary.strengths) == 3
    assert means == sorted(means, reverse=True)
    assert summary.strengths[0].statement.code == "A1"
    assert summary.weaknesses[0].statement.code == "D1"
    assert all(not s.statement.code.startswith("S") for s in summary.strengths + summary.weaknesses)


def test_critical_dependencies_are_the_three_most_urgent(demo: WorkshopContents) -> None:
    summary = summarize(demo, TODAY)
    critical = summary.critical_dependencies
    assert len(critical) == 3
    assert all(line.priority is Quadrant.ACT_NOW for line in critical)
    assert critical[0].dependency.votes >= critical[1].dependency.votes or (
        critical[0].dependency.impact or 0
    ) > (critical[1].dependency.impact or 0)
    assert [line.dependency.title for line in summary.dependencies][:1] == [
        critical[0].dependency.title
    ]


def test_top_actions_are_open_and_in_priority_order(demo: WorkshopContents) -> None:
    summary = summarize(demo, TODAY)
    assert len(summary.top_actions) == 5
    assert all(not line.action.status.is_closed for line in summary.top_actions)
    ranks = [line.action.priority.rank for line in summary.top_actions]
    assert ranks == sorted(ranks)
    overdue = [line for line in summary.actions if line.overdue]
    assert all(line.status_label == line.action.status.label for line in overdue)
    first = summary.actions[0]
    assert first.dependency_titles  # linked dependencies are named, not only counted


def test_summary_of_an_empty_workshop_has_no_numbers_but_does_not_fail(
    demo: WorkshopContents,
) -> None:
    empty = WorkshopContents(workshop=demo.workshop, template=demo.template)
    summary = summarize(empty, TODAY)
    assert summary.readiness_mean is None
    assert summary.strengths == () and summary.critical_dependencies == ()
    assert all(not (a.green or a.yellow or a.red) for a in summary.area_light_counts)
    assert summary.unhandled_high_priority == ()


def test_handled_dependencies_are_not_among_the_most_critical(demo: WorkshopContents) -> None:
    most_urgent = summarize(demo, TODAY).critical_dependencies[0].dependency
    handled = dataclasses.replace(most_urgent, status=DependencyStatus.HANDLED)
    summary = summarize(demo.with_part(handled), TODAY)
    assert most_urgent.id not in {line.dependency.id for line in summary.critical_dependencies}
    high_and_handled = [
        d
        for d in demo.with_part(handled).dependencies
        if d.is_high_priority and d.status is DependencyStatus.HANDLED
    ]
    assert summary.handled_high_priority_count == len(high_and_handled) >= 1


def test_every_note_is_in_the_summary_in_step_order(demo: WorkshopContents) -> None:
    unvoted = Note(step=WorkshopStep.WELCOME, text="Ingen röstade på mig", votes=0)
    summary = summarize(dataclasses.replace(demo, notes=(*demo.notes, unvoted)), TODAY)
    assert set(summary.notes) == {*demo.notes, unvoted}
    assert summary.notes[0] == unvoted  # Välkommen comes before every other step with notes
    steps = list(WorkshopStep)
    order = [steps.index(n.step) for n in summary.notes]
    assert order == sorted(order)


def test_status_and_overdue_are_two_facts(template: ReadinessTemplate) -> None:
    """A paused action past its deadline is Pausad and overdue, and is counted as Pausad."""
    workshop = Workshop(title="W", held_on=TODAY)
    late = date.fromordinal(TODAY.toordinal() - 12)
    actions = (
        Action(title="Pausad och sen", status=ActionStatus.PAUSED, due_on=late),
        Action(title="Pågår och sen", status=ActionStatus.IN_PROGRESS, due_on=late, position=1),
        Action(title="Klar fast sen", status=ActionStatus.DONE, due_on=late, position=2),
        Action(title="Pausad i tid", status=ActionStatus.PAUSED, due_on=TODAY, position=3),
    )
    summary = summarize(
        WorkshopContents(workshop=workshop, template=template, actions=actions), TODAY
    )
    statuses = dict(summary.actions_per_status)
    assert statuses == {
        ActionStatus.NOT_STARTED: 0,
        ActionStatus.IN_PROGRESS: 1,
        ActionStatus.DONE: 1,
        ActionStatus.PAUSED: 2,
        ActionStatus.CANCELLED: 0,
    }  # keyed by the status itself, not its words, and no "Försenad" among them
    assert summary.overdue_count == 2
    by_title = {line.action.title: line for line in summary.actions}
    assert by_title["Pausad och sen"].status_label == "Pausad"
    assert (by_title["Pausad och sen"].overdue, by_title["Pausad och sen"].days_overdue) == (
        True,
        12,
    )
    assert (by_title["Klar fast sen"].overdue, by_title["Klar fast sen"].days_overdue) == (False, 0)
    assert by_title["Pausad i tid"].days_overdue == 0


def test_each_area_counts_its_lines_per_light(demo: WorkshopContents) -> None:
    counts = {a.area: a for a in summarize(demo, TODAY).area_light_counts}
    assert set(counts) == set(Area)
    for area, lights in counts.items():
        lines = [c for c in demo.prerequisite_checks if c.area is area]
        assert dict(lights.counts) == {
            light: sum(1 for c in lines if c.light is light) for light in TrafficLight
        }
        assert lights.unrated == sum(1 for c in lines if c.light is None)
