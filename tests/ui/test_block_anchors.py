"""Each statement is shown with its own block's anchors: exposure statements with the exposure
anchors, readiness statements with the general ones, wherever anchors are shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel

from hallbar_desktop import paths
from hallbar_desktop.domain.readiness import ReadinessTemplate, ScaleAnchor, Statement
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.storage.template_files import newest_template
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.input_mode.rating_turn import RatingTurn
from hallbar_desktop.ui.models.rating_table_model import ANSWER_COLUMN
from hallbar_desktop.ui.models.tally_table_model import FIRST_COUNT_COLUMN, TallyTableModel
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.rating_page import RatingPage
from hallbar_desktop.ui.pages.results_page import DimensionDiscussion, ResultsPage
from hallbar_desktop.ui.pages.welcome_page import WelcomePage
from hallbar_desktop.ui.presenter.revealed_content import RevealedContent
from hallbar_desktop.ui.presenter.room_views import RoomView, dimension_key
from tests.anchor_templates import EXPOSURE_ANCHORS, with_exposure_anchors
from tests.conftest import TODAY
from tests.ui.keyboard import press


@pytest.fixture
def template() -> ReadinessTemplate:
    """The shipped template with exposure anchors whose labels differ too, so that every place,
    also those that show only the label, can be told apart."""
    return with_exposure_anchors(newest_template(paths.templates_dir(), "hallbar-beredskap"))


def _statements(template: ReadinessTemplate) -> tuple[Statement, Statement]:
    """An exposure statement and a readiness one."""
    exposure = next(d for d in template.dimensions if not d.in_readiness).statements[-1]
    readiness = next(d for d in template.dimensions if d.in_readiness).statements[0]
    return exposure, readiness


def _grid_rows(grid: QGridLayout) -> list[list[str]]:
    rows = []
    for row in range(grid.rowCount()):
        items = (grid.itemAtPosition(row, column) for column in range(grid.columnCount()))
        cells = [i.widget().text() for i in items if i and isinstance(i.widget(), QLabel)]
        if cells:
            rows.append(cells)
    return rows


def _meaning(anchor: ScaleAnchor) -> str:
    return f"{anchor.value} – {anchor.label} ({anchor.description.lower()})"


def test_the_rating_page_names_the_statements_own_anchors(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    template = empty_workshop.contents.template
    page = RatingPage(empty_workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    answers = page.answers
    codes = [s.code for s in template.statements]
    for statement, scale in zip(
        _statements(template), (EXPOSURE_ANCHORS, template.scale), strict=True
    ):
        row = codes.index(statement.code)
        answers.set_current_row(row)
        for anchor in scale:
            button = answers.answer_buttons[anchor.value]
            assert button.text() == f"{anchor.value}  {anchor.label}"
            assert button.toolTip() == anchor.description
        press(answers.grid, Qt.Key.Key_5)
        assert answers.model.index(row, ANSWER_COLUMN).data() == f"5 – {scale[4].label}"
        answers.set_current_row(row)
        assert answers.current_label.text().endswith(f"Svar: {_meaning(scale[4])}")
    exposure, readiness = _statements(template)
    assert "ordinarie verksamhet" not in _meaning(template.anchor(5, exposure.code))
    assert _meaning(template.anchor(5, readiness.code)) == _meaning(template.scale[4])


def test_the_input_mode_names_the_statements_own_anchors(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    template = empty_workshop.contents.template
    window = InputModeWindow(empty_workshop, InputRound(InputActivity.RATING), None)
    # Only leave() closes the window; one left open would keep the app modal for later tests.
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.resize(1366, 768)
    window.show()
    first = in_turn_order(empty_workshop.contents)[0]
    qtbot.mouseClick(window.alias_buttons[first.id], Qt.MouseButton.LeftButton)
    turn = window.turn
    assert isinstance(turn, RatingTurn)
    codes = [s.code for s in template.statements]
    for statement, scale in zip(
        _statements(template), (EXPOSURE_ANCHORS, template.scale), strict=True
    ):
        turn.go_to(codes.index(statement.code))
        for anchor in scale:
            button = turn.answer_group.button(anchor.value)
            assert button.meaning_label.text() == anchor.label
            assert button.toolTip() == anchor.description
            assert button.accessibleName() == f"{anchor.value} {anchor.label}"


def test_hand_count_cells_name_the_statements_own_anchors(
    empty_workshop: OpenWorkshop,
) -> None:
    template = empty_workshop.contents.template
    model = TallyTableModel(empty_workshop)
    model.show_contents(empty_workshop.contents)
    codes = [s.code for s in template.statements]
    for statement, scale in zip(
        _statements(template), (EXPOSURE_ANCHORS, template.scale), strict=True
    ):
        cell = model.index(codes.index(statement.code), FIRST_COUNT_COLUMN + 4)
        said = cell.data(Qt.ItemDataRole.AccessibleTextRole)
        assert said == f"{statement.code}, 5 – {scale[4].label}: 0"


def test_the_results_page_offers_each_blocks_own_anchors(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    template = empty_workshop.contents.template
    exposure, readiness = _statements(template)
    for statement, scale in zip(
        (exposure, readiness), (EXPOSURE_ANCHORS, template.scale), strict=True
    ):
        section = DimensionDiscussion(template, template.dimension_of(statement.code).code)
        qtbot.addWidget(section)
        combo = section.score_combo
        offered = [combo.itemText(i) for i in range(1, combo.count())]
        assert offered == [f"{a.value} – {a.label}" for a in scale]
        tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(1, combo.count())]
        assert tips == [a.description for a in scale]
    page = ResultsPage(empty_workshop)
    qtbot.addWidget(page)
    legend = page.ui.legend_label.text()
    assert all(a.label in legend for a in (*template.scale, *EXPOSURE_ANCHORS))


def test_the_rooms_view_of_a_block_shows_its_own_anchors(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    contents = empty_workshop.contents
    template = contents.template
    for statement, scale, other in zip(
        _statements(template),
        (EXPOSURE_ANCHORS, template.scale),
        (template.scale, EXPOSURE_ANCHORS),
        strict=True,
    ):
        code = template.dimension_of(statement.code).code
        content = RevealedContent(
            WorkshopStep.RESULTS,
            RoomView(dimension_key(code), code),
            contents,
            body_points=20,
            names_shown=False,
            available=QSize(1800, 800),
            today=TODAY,
        )
        qtbot.addWidget(content)
        shown = "\n".join(label.text() for label in content.findChildren(QLabel))
        assert all(a.label in shown for a in scale)
        assert not any(a.label in shown for a in other)


def test_the_welcome_page_shows_the_exposure_anchors_beside_the_general_ones(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    template = empty_workshop.contents.template
    page = WelcomePage(empty_workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    rows = _grid_rows(page.ui.scale_grid)
    exposure = next(d for d in template.dimensions if not d.in_readiness)
    assert rows[0] == ["Förändringsberedskap", exposure.label]
    assert rows[1:6] == [
        [str(a.value), a.label, a.description, f"{own.label} – {own.description}"]
        for a, own in zip(template.scale, EXPOSURE_ANCHORS, strict=True)
    ]
