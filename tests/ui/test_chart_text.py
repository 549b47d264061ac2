"""Charts in words: each chart's figures are its accessible description, a screen reader reaches
the facilitator's charts with Tab, and a chart with the keyboard in it shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.charts.answer_colours import decimal_text
from hallbar_desktop.ui.charts.dimension_bars_chart import DimensionBarsChart
from hallbar_desktop.ui.charts.impact_matrix import ImpactMatrix
from hallbar_desktop.ui.charts.ranked_votes_chart import RankedVotesChart
from hallbar_desktop.ui.charts.statement_distribution_chart import StatementDistributionChart
from hallbar_desktop.ui.coordinator_view import CoordinatorView
from hallbar_desktop.ui.keyboard_focus import tab_stops
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.page_registry import create_page
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.presenter.room_views import views_for
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_timer import StepTimer
from tests.conftest import TODAY
from tests.coordinator_workshops import coordinator_on, make_region
from tests.ui.conftest import settle

PARTICIPANT_VIEW_CHARTS = (
    StatementDistributionChart,
    DimensionBarsChart,
    ImpactMatrix,
    RankedVotesChart,
)


def _shown(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    settle()


def _with_and_without_focus(qtbot, chart: QWidget) -> tuple[QImage, QImage]:  # type: ignore[no-untyped-def]
    chart.clearFocus()
    settle()
    without = chart.grab().toImage()
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus, timeout=2000)
    settle()
    return without, chart.grab().toImage()


def test_the_results_pages_bars_are_tab_stops_that_read_their_figures(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = create_page(WorkshopStep.RESULTS, demo_workshop)
    page.refresh()
    _shown(qtbot, page)
    charts = [c for c in page.findChildren(DimensionBarsChart) if c.isVisible()]
    assert charts
    stops = tab_stops(page)
    for chart in charts:
        assert chart in stops
        assert chart.accessibleName()
        description = chart.accessibleDescription()
        for result in chart.results():
            assert f"{result.dimension.code} {result.dimension.label}" in description
            assert decimal_text(result.mean) in description
        without, focused = _with_and_without_focus(qtbot, chart)
        assert focused != without, f"{chart.objectName()} looks the same with focus"


def test_the_coordinators_readiness_chart_shows_focus(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    db_path: Path,
) -> None:
    make_region(service, TODAY)
    coordinator = coordinator_on(db_path, TODAY)
    view = CoordinatorView(coordinator, service)
    view.show_overview(coordinator.overview())
    _shown(qtbot, view)
    chart = view.ui.readiness_chart
    view.ui.section_tabs.setCurrentWidget(view.ui.readiness_tab)
    settle()
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert chart.accessibleDescription() == "\n".join(chart.lines())
    without, focused = _with_and_without_focus(qtbot, chart)
    assert focused != without


def test_every_chart_on_the_participant_view_is_named_and_said_in_words(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    room = RoomState(demo_workshop)
    view = ParticipantView(room, StepTimer())
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    seen = set()
    for step in WorkshopStep:
        room.set_step(step)
        room.reveal(step)
        for room_view in views_for(step, demo_workshop.contents):
            room.show_view(step, room_view.key)
            settle()
            for kind in PARTICIPANT_VIEW_CHARTS:
                for chart in view.findChildren(kind):
                    if not chart.isVisible():
                        continue
                    seen.add(kind)
                    where = f"{step.code}, {room_view.key}: {kind.__name__}"
                    assert chart.accessibleName(), where
                    assert chart.accessibleDescription(), where
                    # The room's copy is shown, not used: the projector is no Tab stop.
                    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus, where
    assert seen == set(PARTICIPANT_VIEW_CHARTS)
