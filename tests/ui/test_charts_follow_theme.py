"""Every chart paints in the theme in use: a theme switch and a repaint give readable charts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from uuid import uuid4

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.coordinator import ReadinessPoint, ReadinessSeries
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.ui.charts.dimension_bars_chart import DimensionBarsChart
from hallbar_desktop.ui.charts.impact_matrix import ImpactMatrix
from hallbar_desktop.ui.charts.ranked_votes_chart import RankedVotesChart, VotedItem
from hallbar_desktop.ui.charts.readiness_over_time_chart import ReadinessOverTimeChart
from hallbar_desktop.ui.charts.statement_distribution_chart import StatementDistributionChart
from hallbar_desktop.ui.theme import apply_theme
from tests.conftest import TODAY
from tests.ui.conftest import settle

SIZE = (900, 520)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    yield qapp
    apply_theme(qapp, palette.LIGHT)
    qapp.setPalette(before)


def _dimension_bars(demo: WorkshopContents) -> QWidget:
    chart = DimensionBarsChart()
    chart.set_results(summarize(demo, TODAY).dimensions)
    return chart


def _statement_distribution(demo: WorkshopContents) -> QWidget:
    chart = StatementDistributionChart()
    results = summarize(demo, TODAY).dimensions[0]
    chart.set_results(results.statements, demo.template)
    return chart


def _impact_matrix(demo: WorkshopContents) -> QWidget:
    chart = ImpactMatrix()
    numbered = tuple(enumerate(demo.dependencies, start=1))
    chart.set_dependencies(numbered)
    chart.set_selected(numbered[0][1].id)
    return chart


def _ranked_votes(demo: WorkshopContents) -> QWidget:
    chart = RankedVotesChart()
    chart.set_items(
        tuple(VotedItem(n, d.title, d.votes) for n, d in enumerate(demo.dependencies, start=1))
    )
    return chart


def _readiness_over_time(demo: WorkshopContents) -> QWidget:
    chart = ReadinessOverTimeChart()
    first, follow_up = uuid4(), uuid4()
    chart.set_series(
        (
            ReadinessSeries(
                "Region Exempel",
                (
                    ReadinessPoint(first, "Start", date(2025, 3, 4), 2.4),
                    ReadinessPoint(follow_up, "Uppföljning", date(2025, 11, 12), 3.6),
                ),
                ((first, follow_up),),
            ),
            ReadinessSeries(
                "Kommun Exempel", (ReadinessPoint(uuid4(), "Start", date(2025, 6, 2), 4.1),), ()
            ),
        ),
        "A Förändringsvilja",
    )
    return chart


CHARTS: dict[str, Callable[[WorkshopContents], QWidget]] = {
    "dimension_bars": _dimension_bars,
    "statement_distribution": _statement_distribution,
    "impact_matrix": _impact_matrix,
    "ranked_votes": _ranked_votes,
    "readiness_over_time": _readiness_over_time,
}


def _painted(qtbot, chart: QWidget) -> QImage:  # type: ignore[no-untyped-def]
    """The chart as it paints now, on the window's surface where it draws none of its own."""
    qtbot.addWidget(chart)
    chart.resize(*SIZE)
    chart.show()
    qtbot.waitExposed(chart)
    settle()
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    chart.render(image)
    return image


def _colours(image: QImage) -> Counter[str]:
    return Counter(
        image.pixelColor(x, y).name().upper()
        for y in range(0, image.height(), 2)
        for x in range(image.width())
    )


@pytest.mark.parametrize("name", CHARTS)
@pytest.mark.parametrize("theme", [palette.DARK, palette.HIGH_CONTRAST], ids=lambda t: t.code)
def test_a_chart_repainted_after_a_theme_switch_draws_in_that_theme(
    app: QApplication, qtbot, demo: WorkshopContents, name: str, theme: palette.Theme
) -> None:  # type: ignore[no-untyped-def]
    chart = CHARTS[name](demo)
    _painted(qtbot, chart)  # first painted light, as the window starts
    apply_theme(app, theme)
    chart.update()
    image = _painted(qtbot, chart)
    colours = _colours(image)

    background = image.pixelColor(3, image.height() - 3).name().upper()
    # A chart fills its own page or lets the window behind it show; either is the theme's.
    assert background in (theme.page, theme.window), f"{name}: {background}"
    assert colours.most_common(1)[0][0] in (theme.page, theme.window)
    # Its words and numbers are in the theme's text colour, which reads on the background, and
    # not in the light page's dark ink (the odd pixel of it is a blend at a letter's edge).
    written = colours[theme.text]
    assert written > 40, f"{name}: almost no text in {theme.text}"
    if palette.TEXT not in theme.quadrant.values():  # high contrast's grey cell is that colour
        assert colours[palette.TEXT] * 10 < written, f"{name}: text left in {palette.TEXT}"
    assert palette.contrast_ratio(theme.text, background) >= 4.5


@pytest.mark.parametrize("name", CHARTS)
def test_back_in_the_light_theme_a_chart_is_drawn_in_the_light_colours(
    app: QApplication, qtbot, demo: WorkshopContents, name: str
) -> None:  # type: ignore[no-untyped-def]
    chart = CHARTS[name](demo)
    apply_theme(app, palette.DARK)
    dark = _painted(qtbot, chart)
    apply_theme(app, palette.LIGHT)
    chart.update()
    light = _painted(qtbot, chart)
    assert light != dark
    colours = _colours(light)
    assert colours[palette.TEXT] > 40
    assert colours[palette.DARK.text] * 10 < colours[palette.TEXT]


def test_the_dark_matrix_cells_are_the_dark_themes_tints(
    app: QApplication, qtbot, demo: WorkshopContents
) -> None:  # type: ignore[no-untyped-def]
    apply_theme(app, palette.DARK)
    colours = _colours(_painted(qtbot, _impact_matrix(demo)))
    for quadrant, tint in palette.DARK.quadrant.items():
        assert colours[tint] > 100, quadrant
        assert colours[palette.QUADRANT[quadrant]] * 100 < colours[tint], quadrant


def _bar_pixels(chart: DimensionBarsChart, image: QImage, row: int) -> Counter[str]:
    """The colours inside the bar of ``row``, where the whisker crosses it."""
    result = chart.results()[row]
    assert result.mean is not None
    centre = chart._row_height() * row + chart._row_height() // 2
    half = int(chart._bar_height() / 2) - 2
    left, right = int(chart._x(1)) + 2, int(chart._x(result.mean)) - 2
    return Counter(
        image.pixelColor(x, y).name().upper()
        for y in range(centre - half, centre + half)
        for x in range(left, right)
    )


@pytest.mark.parametrize("theme", [palette.DARK, palette.HIGH_CONTRAST], ids=lambda t: t.code)
def test_the_light_whisker_has_an_edge_where_it_crosses_a_light_bar(
    app: QApplication, qtbot, demo: WorkshopContents, theme: palette.Theme
) -> None:  # type: ignore[no-untyped-def]
    chart = _dimension_bars(demo)
    assert isinstance(chart, DimensionBarsChart)
    apply_theme(app, palette.LIGHT)
    light = _bar_pixels(chart, _painted(qtbot, chart), 0)
    apply_theme(app, theme)
    chart.update()
    dark = _bar_pixels(chart, _painted(qtbot, chart), 0)
    # The light whisker on the yellow or green bar runs between two lines of about the page's
    # colour (a line one and a half pixels wide is partly blended).
    assert dark[theme.text] > 20 and _near(dark, theme.page) > 20
    # On the light page the dark whisker needs no edge: nothing near white inside the bar.
    assert light[palette.TEXT] > 20 and _near(light, palette.PAGE) == 0


def _near(colours: Counter[str], target: str, within: int = 40) -> int:
    """How many pixels are within ``within`` of ``target`` in each of red, green and blue."""
    goal = QColor(target)
    return sum(
        count
        for name, count in colours.items()
        if all(
            abs(a - b) <= within
            for a, b in zip(QColor(name).getRgb()[:3], goal.getRgb()[:3], strict=True)
        )
    )
