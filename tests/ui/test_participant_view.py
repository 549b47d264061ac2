"""Deltagarvyn: follows the step, hides results until revealed, names only when turned on."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.charts.answer_colours import decimal_text
from hallbar_desktop.ui.charts.dimension_bars_chart import DimensionBarsChart
from hallbar_desktop.ui.charts.impact_matrix import ImpactMatrix
from hallbar_desktop.ui.charts.ranked_votes_chart import RankedVotesChart
from hallbar_desktop.ui.charts.statement_distribution_chart import StatementDistributionChart
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.presenter.revealed_content import RevealedContent
from hallbar_desktop.ui.presenter.room_views import NOTES, VOTES, dimension_key
from hallbar_desktop.ui.room_state import RoomState, ScreenMode
from hallbar_desktop.ui.step_timer import StepTimer
from hallbar_desktop.ui.style_sheet import TEXT_ROLE, TIME_UP_LARGE

CHARTS = (StatementDistributionChart, DimensionBarsChart, ImpactMatrix, RankedVotesChart)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def open_view(qtbot, workshop: OpenWorkshop, clock: FakeClock | None = None):  # type: ignore[no-untyped-def]
    room = RoomState(workshop)
    timer = StepTimer(clock=clock or FakeClock())
    view = ParticipantView(room, timer)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    return room, timer, view


def texts(view: ParticipantView) -> str:
    """Everything the view's labels say, visible or not."""
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def in_progress(workshop: OpenWorkshop) -> None:
    w = workshop.contents.workshop
    workshop.update_workshop(dataclasses.replace(w, status=WorkshopStatus.IN_PROGRESS), "Status")


def charts_in(view: ParticipantView) -> list[object]:
    return [chart for kind in CHARTS for chart in view.findChildren(kind)]


def test_waits_then_follows_the_facilitators_step(qtbot, empty_workshop: OpenWorkshop) -> None:
    room, _timer, view = open_view(qtbot, empty_workshop)
    assert view.ui.step_title_label.text() == "Snart börjar vi"
    assert view.ui.prompt_label.text() == "Ny workshop"
    room.set_step(WorkshopStep.PREPARATION)
    assert view.ui.step_title_label.text() == "Snart börjar vi"
    room.set_step(WorkshopStep.RATING)
    assert view.ui.step_title_label.text() == "Individuell skattning"
    assert "inte hur det borde vara" in view.ui.prompt_label.text()
    room.set_step(WorkshopStep.DEPENDENCIES)
    assert view.ui.step_title_label.text() == "Beroenden"
    assert view.ui.workshop_title_label.text() == "Ny workshop"


def test_collecting_shows_only_the_count(qtbot, empty_workshop: OpenWorkshop) -> None:
    room, _timer, view = open_view(qtbot, empty_workshop)
    room.set_step(WorkshopStep.RATING)
    room.set_collecting(7, 12)
    assert view.findChild(QLabel, "collecting_label").text() == "7 av 12 klara"
    room.set_collecting(8, 12)
    assert view.findChild(QLabel, "collecting_label").text() == "8 av 12 klara"
    room.clear_collecting()
    assert view.findChild(QLabel, "collecting_label") is None


def test_results_are_not_built_before_reveal(qtbot, demo_workshop: OpenWorkshop) -> None:
    in_progress(demo_workshop)
    room, _timer, view = open_view(qtbot, demo_workshop)
    for step in (WorkshopStep.RATING, WorkshopStep.RESULTS, WorkshopStep.DEPENDENCIES):
        room.set_step(step)
        assert charts_in(view) == []
        assert view.findChild(RevealedContent) is None
        assert view.findChild(QLabel, "hidden_label").isVisible()
    # Not even the demo's numbers or dependency titles are written anywhere.
    shown = texts(view)
    assert "Median" not in shown
    assert not any(d.title in shown for d in demo_workshop.contents.dependencies)


def test_reveal_shows_the_stored_distribution_and_hide_removes_it(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    contents = empty_workshop.contents
    statements = contents.template.dimensions[0].statements
    answers = (5, 4, None)  # one participant answers "Vet ej"
    empty_workshop.record_ratings(
        [
            Rating(participant_id=p.id, statement_code=s.code, value=value)
            for p, value in zip(contents.participants, answers, strict=True)
            for s in statements
        ],
        "Skattning",
    )
    room, _timer, view = open_view(qtbot, empty_workshop)
    room.set_step(WorkshopStep.RESULTS)
    room.reveal(WorkshopStep.RESULTS)
    bars = view.findChild(DimensionBarsChart, "readiness_chart")
    assert bars is not None and bars.isVisible()
    assert bars.results()[0].mean == pytest.approx(4.5)

    room.show_view(WorkshopStep.RESULTS, dimension_key(contents.template.dimensions[0].code))
    chart = view.findChild(StatementDistributionChart)
    assert chart is not None and chart.isVisible()
    for line, statement in zip(chart.lines(), statements, strict=True):
        assert line.startswith(f"{statement.code}: Median {decimal_text(4.5)}")
    detail = chart.detail_text(chart._results[0])
    assert "4: 1 st, 5: 1 st" in detail and "Vet ej: 1 st" in detail

    room.hide(WorkshopStep.RESULTS)
    assert charts_in(view) == []
    assert view.findChild(QLabel, "hidden_label") is not None


def test_dependencies_reveal_the_matrix_and_ranked_votes(qtbot, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    in_progress(demo_workshop)
    room, _timer, view = open_view(qtbot, demo_workshop)
    room.set_step(WorkshopStep.DEPENDENCIES)
    room.reveal(WorkshopStep.DEPENDENCIES)
    assert view.findChild(ImpactMatrix) is not None
    legend = view.findChild(QLabel, "dependency_legend").text()
    first = min(demo_workshop.contents.dependencies, key=lambda d: d.position)
    assert "<b>1</b>" in legend and first.title in legend

    room.show_view(WorkshopStep.DEPENDENCIES, VOTES)
    ranking = view.findChild(RankedVotesChart)
    votes = [item.votes for item in ranking.items()]
    assert votes == sorted(votes, reverse=True)
    most = max(demo_workshop.contents.dependencies, key=lambda d: d.votes)
    assert ranking.items()[0].text == most.title
    assert ranking.items()[0].votes == most.votes


def test_names_only_when_turned_on(qtbot, empty_workshop: OpenWorkshop) -> None:
    anna = dataclasses.replace(empty_workshop.contents.participants[0], name="Anna Berg")
    empty_workshop.save_part(anna, "Namn")
    empty_workshop.save_part(
        Note(step=WorkshopStep.DEPENDENCIES, text="Ingen äger mallen", author_id=anna.id),
        "Lapp",
    )
    room, _timer, view = open_view(qtbot, empty_workshop)
    room.set_step(WorkshopStep.DEPENDENCIES)
    room.reveal(WorkshopStep.DEPENDENCIES)
    room.show_view(WorkshopStep.DEPENDENCIES, NOTES)
    assert "Ingen äger mallen" in texts(view)
    assert "Anna Berg" not in texts(view)

    w = empty_workshop.contents.workshop
    empty_workshop.update_workshop(dataclasses.replace(w, show_names=True), "Visa namn")
    assert "Anna Berg" in texts(view)


def test_blank_and_pause(qtbot, empty_workshop: OpenWorkshop) -> None:
    room, _timer, view = open_view(qtbot, empty_workshop)
    room.set_step(WorkshopStep.RESULTS)
    room.reveal(WorkshopStep.RESULTS)
    room.set_mode(ScreenMode.BLANK)
    assert view.ui.screen_stack.currentWidget() is view.ui.blank_screen
    assert charts_in(view) == []
    room.set_mode(ScreenMode.PAUSE)
    assert view.ui.screen_stack.currentWidget() is view.ui.pause_screen
    assert view.ui.pause_title_label.text() == "Paus"
    room.set_mode(ScreenMode.STEP)
    assert view.ui.screen_stack.currentWidget() is view.ui.step_screen
    assert view.findChild(DimensionBarsChart) is not None


def test_timer_counts_down_and_signals_time_up(qtbot, empty_workshop: OpenWorkshop) -> None:
    clock = FakeClock()
    room, timer, view = open_view(qtbot, empty_workshop, clock)
    room.set_step(WorkshopStep.RATING)
    timer.reset(15)
    assert view.ui.timer_label.text() == "15:00"
    timer.start()
    clock.now = 4 * 60 + 30
    timer.pause()
    assert view.ui.timer_label.text() == "10:30"
    assert view.ui.timer_label.property(TEXT_ROLE) != TIME_UP_LARGE
    timer.start()
    clock.now = 16 * 60
    timer.tick()
    assert view.ui.timer_label.text() == "Tiden är slut"
    assert view.ui.timer_label.property(TEXT_ROLE) == TIME_UP_LARGE
    room.set_mode(ScreenMode.PAUSE)
    assert view.ui.pause_timer_label.text() == "Tiden är slut"


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_type_scales_with_the_window_and_the_results_fit(qtbot, demo_workshop, size) -> None:  # type: ignore[no-untyped-def]
    in_progress(demo_workshop)
    room, _timer, view = open_view(qtbot, demo_workshop)
    view.resize(*size)
    room.set_step(WorkshopStep.RESULTS)
    room.reveal(WorkshopStep.RESULTS)
    for _ in range(3):
        QApplication.processEvents()
    scale = size[1] / 1080
    assert view.ui.step_title_label.font().pointSizeF() >= 40 * scale
    assert view.ui.prompt_label.font().pointSizeF() >= 28 * scale
    content = view.findChild(RevealedContent)
    assert content.font().pointSizeF() >= 20 * scale
    # Every chart lies inside the body, above the footer with the workshop title.
    for chart in charts_in(view):
        bottom = chart.mapTo(view, chart.rect().bottomLeft()).y()
        assert bottom <= view.ui.workshop_title_label.geometry().top()


def test_current_and_target_shows_what_the_group_wrote(qtbot, empty_workshop) -> None:  # type: ignore[no-untyped-def]
    room, _timer, view = open_view(qtbot, empty_workshop)
    room.set_step(WorkshopStep.CURRENT_AND_TARGET)
    assert "Inte skrivet ännu." in texts(view)
    w = empty_workshop.contents.workshop
    empty_workshop.update_workshop(
        dataclasses.replace(w, current_state="Var handläggare gör på sitt eget sätt."), "Nuläge"
    )
    shown = texts(view)
    assert "Nuläge" in shown and "Var handläggare gör på sitt eget sätt." in shown
    assert "Målbild" in shown


def test_actions_ranked_by_dots_owner_only_with_names(qtbot, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    in_progress(demo_workshop)
    actions = demo_workshop.contents.actions
    voted = dataclasses.replace(actions[-1], votes=5, owner="Kim Lund")
    demo_workshop.save_parts([voted, dataclasses.replace(actions[0], votes=2)], "Prickar")
    room, _timer, view = open_view(qtbot, demo_workshop)
    room.set_step(WorkshopStep.ACTIONS)
    assert view.findChild(RankedVotesChart) is None
    room.reveal(WorkshopStep.ACTIONS)
    ranking = view.findChild(RankedVotesChart)
    assert [(i.text, i.votes) for i in ranking.items()] == [
        (voted.title, 5),
        (actions[0].title, 2),
    ]
    assert "Kim Lund" not in "\n".join(ranking.lines()) + ranking.items()[0].detail
    w = demo_workshop.contents.workshop
    demo_workshop.update_workshop(dataclasses.replace(w, show_names=True), "Visa namn")
    ranking = view.findChild(RankedVotesChart)
    assert ranking.items()[0].detail == "Kim Lund"


def _projector_during_input_mode(qtbot, workshop: OpenWorkshop, step, input_round, ui_settings):  # type: ignore[no-untyped-def]
    """The workshop window on ``step``, its projector open, and the input mode started there."""
    from hallbar_desktop.ui.workshop_view import WorkshopView

    window = WorkshopView(workshop, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.go_to(step)
    projector = ParticipantView(window.room, window.timers)
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    projector.show()
    turns = window.input_mode.start(input_round)
    qtbot.addWidget(turns, before_close_func=lambda w: w.isVisible() and w.leave())
    return projector


def test_input_mode_from_the_summary_shows_what_the_room_is_doing(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound

    workshop = empty_workshop
    statements = workshop.contents.template.statements
    workshop.record_ratings(
        [
            Rating(participant_id=p.id, statement_code=s.code, value=3)
            for p in workshop.contents.participants
            for s in statements
        ],
        "Alla har skattat",
    )
    projector = _projector_during_input_mode(
        qtbot, workshop, WorkshopStep.SUMMARY, InputRound(InputActivity.RATING), ui_settings
    )
    # The room rates: the projector names the rating, not the summary's question...
    assert projector.ui.step_title_label.text() == "Individuell skattning"
    assert "Vad tar du med dig" not in texts(projector)
    assert projector.findChild(QLabel, "collecting_label").text() == "3 av 3 klara"
    # ...and with everyone done it does not say that the answers wait for everyone.
    assert "när alla är klara" not in texts(projector)
    assert "Alla är klara." in texts(projector)


@pytest.mark.parametrize("started_on", [WorkshopStep.SUMMARY, WorkshopStep.PREPARATION])
def test_input_mode_for_notes_says_what_waits_for_the_notes(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,
    started_on: WorkshopStep,  # type: ignore[no-untyped-def]
) -> None:
    from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound

    projector = _projector_during_input_mode(
        qtbot,
        empty_workshop,
        started_on,
        InputRound(InputActivity.NOTES, WorkshopStep.ACTIONS),
        ui_settings,
    )
    assert projector.ui.step_title_label.text() == "Åtgärder"
    assert projector.ui.prompt_label.text() == "Vad ska göras, av vem och när?"
    shown = texts(projector)
    assert "0 av 3 klara" in shown
    assert "Lapparna visas när alla har skrivit klart." in shown
    assert "Svaren" not in shown and "Vad tar du med dig" not in shown
    assert "Snart börjar vi" not in shown
