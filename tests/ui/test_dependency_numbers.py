"""A dependency keeps its number for the workshop's life: on the page, the projector and exports."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import openpyxl
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.dependency import Dependency, Influence
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.charts.impact_matrix import ImpactMatrix
from hallbar_desktop.ui.models.action_table_model import DEPENDENCIES
from hallbar_desktop.ui.models.dependency_table_model import Column
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.actions_page import ActionsPage
from hallbar_desktop.ui.pages.dependencies_page import DependenciesPage
from hallbar_desktop.ui.pages.summary_page import SummaryPage
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_timer import StepTimer
from tests.conftest import TODAY
from tests.export.conftest import pdf_text
from tests.ui.conftest import export_service_for
from tests.ui.keyboard import type_text

TITLES = ("Nämndens beslut dröjer", "Strategen slutar i vår", "Projektpengarna tar slut")


def _page(qtbot, workshop: OpenWorkshop) -> DependenciesPage:  # type: ignore[no-untyped-def]
    page = DependenciesPage(workshop)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _add(page: DependenciesPage, title: str) -> Dependency:
    """Add a dependency as the facilitator does: Ctrl+Enter, then type its title."""
    page.add_item()
    type_text(page.ui.title_edit, title)
    page.ui.title_edit.commit()
    added = page.current_dependency()
    assert added is not None and added.title == title
    # Placed in the matrix, so the room sees a numbered dot in a cell.
    placed = dataclasses.replace(added, impact=4, influence=Influence.CAN_INFLUENCE)
    page.workshop.save_part(placed, "Placera")
    return placed


def _table(page: DependenciesPage) -> list[tuple[str, str]]:
    """(Nr, Rubrik) of each row the facilitator's table shows, top to bottom."""
    model = page.proxy
    return [
        (model.index(row, Column.NUMBER).data(), model.index(row, Column.TITLE).data())
        for row in range(model.rowCount())
    ]


def _projector(qtbot, workshop: OpenWorkshop) -> ParticipantView:  # type: ignore[no-untyped-def]
    w = workshop.contents.workshop
    workshop.update_workshop(dataclasses.replace(w, status=WorkshopStatus.IN_PROGRESS), "Status")
    room = RoomState(workshop)
    view = ParticipantView(room, StepTimer(clock=lambda: 0.0))
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    room.set_step(WorkshopStep.DEPENDENCIES)
    room.reveal(WorkshopStep.DEPENDENCIES)
    return view


def _room_sees(view: ParticipantView) -> tuple[list[tuple[int, str]], str]:
    """The matrix's numbered dots and the legend beside it on the projector."""
    matrix = view.findChild(ImpactMatrix)
    assert matrix is not None
    dots = [(number, d.title) for number, d in matrix._items]
    return dots, view.findChild(QLabel, "dependency_legend").text()


def _critical_numbers(summary: SummaryPage) -> list[str]:
    """The dependency numbers beside "De mest kritiska beroendena" on the summary page."""
    summary.refresh()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    grid = summary.ui.critical_grid
    texts = [grid.itemAt(i).widget().text() for i in range(grid.count())]
    return [found for text in texts for found in re.findall(r"· nr (\d+)(?: ·|$)", text)]


def _exported(workshop: OpenWorkshop, folder: Path) -> tuple[dict[str, int], str, str]:
    """The workbook's Beroenden (Rubrik → Nr), the action's linked numbers, and the PDF's text."""
    xlsx, pdf = folder / "workshop.xlsx", folder / "workshop.pdf"
    export_service_for(workshop.service).export([workshop.workshop_id], xlsx=xlsx, pdf=pdf)
    book = openpyxl.load_workbook(xlsx)

    def rows(sheet: str) -> list[dict[str, object]]:
        header, *values = book[sheet].iter_rows(values_only=True)
        return [dict(zip(header, row, strict=True)) for row in values]

    numbers = {str(r["Rubrik"]): int(r["Nr"]) for r in rows("Beroenden")}  # type: ignore[call-overload]
    (action,) = rows("Åtgärder")
    return numbers, str(action["Kopplade beroenden (nr)"]), pdf_text(pdf)


def test_removing_the_first_leaves_the_others_their_numbers_everywhere_and_undo_brings_it_back(
    qtbot,
    empty_workshop: OpenWorkshop,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    workshop = empty_workshop
    page = _page(qtbot, workshop)
    first, second, third = (_add(page, title) for title in TITLES)
    workshop.save_part(
        Action(title="Ta fram en mall", dependency_ids=frozenset({second.id, third.id})),
        "Lägg till åtgärd",
    )
    view = _projector(qtbot, workshop)
    actions = ActionsPage(workshop, today=lambda: TODAY)
    qtbot.addWidget(actions)
    actions.refresh()
    summary = SummaryPage(workshop)
    qtbot.addWidget(summary)
    assert _table(page) == [("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2])]

    page.select_dependency(first.id)
    page.remove_current()

    assert _table(page) == [("2", TITLES[1]), ("3", TITLES[2])]
    assert [n for n, _ in page.ui.matrix._items] == [2, 3]
    page.select_dependency(third.id)
    assert page.ui.form_heading_label.text() == f"Valt beroende: 3. {TITLES[2]}"
    dots, legend = _room_sees(view)
    assert dots == [(2, TITLES[1]), (3, TITLES[2])]
    assert "<b>1</b>" not in legend and "<b>2</b>" in legend and "<b>3</b>" in legend
    assert legend.index("<b>3</b>") < legend.index(TITLES[2])
    linked = actions.model.index(0, DEPENDENCIES)
    assert linked.data() == "2, 3"
    assert linked.data(Qt.ItemDataRole.ToolTipRole) == f"2. {TITLES[1]}\n3. {TITLES[2]}"
    assert _critical_numbers(summary) == ["2", "3"]
    numbers, action_links, report = _exported(workshop, tmp_path)
    assert numbers == {TITLES[1]: 2, TITLES[2]: 3}
    assert action_links == "2, 3"
    assert re.search(rf"\b3\.\s+{re.escape(TITLES[2])}", report)
    assert not re.search(rf"\b2\.\s+{re.escape(TITLES[2])}", report)

    workshop.undo_stack.undo()

    assert _table(page) == [("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2])]
    dots, legend = _room_sees(view)
    assert dots == [(1, TITLES[0]), (2, TITLES[1]), (3, TITLES[2])]
    assert legend.index("<b>1</b>") < legend.index(TITLES[0])
    numbers, action_links, _report = _exported(workshop, tmp_path)
    assert numbers == {TITLES[0]: 1, TITLES[1]: 2, TITLES[2]: 3}
    assert action_links == "2, 3"


def test_a_dependency_added_after_a_removal_gets_a_number_never_shown_before(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    added = [_add(page, title) for title in TITLES]
    page.select_dependency(added[2].id)
    page.remove_current()  # the highest number, 3
    page.select_dependency(added[0].id)
    page.remove_current()

    _add(page, "Ny nyckelperson saknas")

    assert _table(page) == [("2", TITLES[1]), ("4", "Ny nyckelperson saknas")]


def test_a_note_made_into_a_dependency_after_a_removal_gets_a_new_number(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    added = [_add(page, title) for title in TITLES]
    page.select_dependency(added[2].id)
    page.remove_current()
    note = Note(step=WorkshopStep.DEPENDENCIES, text="Ingen äger mallen", position=1)
    empty_workshop.save_part(note, "Lapp")

    page.notes_panel.convert(note)

    assert _table(page)[-1] == ("4", "Ingen äger mallen")
