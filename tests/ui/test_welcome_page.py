"""Välkommen och syfte: the room sees the title, the change, today's agenda, the model, the
ground rules and the rating scale from the workshop's own template."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QGridLayout, QLabel

from hallbar_desktop.domain.workflow import STEPS, WorkshopStep
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.welcome_page import WelcomePage
from tests.ui.conftest import everyone_answers_one


def _page(qtbot, workshop: OpenWorkshop) -> WelcomePage:  # type: ignore[no-untyped-def]
    page = WelcomePage(workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _grid_rows(grid: QGridLayout) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in range(grid.rowCount()):
        cells = []
        for column in range(grid.columnCount()):
            item = grid.itemAtPosition(row, column)
            if item is not None and isinstance(item.widget(), QLabel):
                cells.append(item.widget().text())
        if cells:
            rows.append(cells)
    return rows


def test_shows_the_title_the_change_and_the_templates_scale_anchors(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    w = demo_workshop.contents.workshop
    assert page.ui.title_label.text() == w.title
    assert page.ui.change_label.text() == w.change_focus
    assert w.organisation in page.ui.details_label.text()
    template = demo_workshop.contents.template
    rows = _grid_rows(page.ui.scale_grid)
    (exposure,) = template.dimensions_with_own_scale
    assert rows[0] == ["Förändringsberedskap", exposure.label]
    assert rows[1:6] == [
        [str(a.value), a.label, a.description, own.description]
        for a, own in zip(template.scale, exposure.scale, strict=True)
    ]
    assert rows[1][1] == "Stämmer inte alls"
    assert rows[6][1] == template.dont_know_label
    assert rows[6][0] == "0 / V"  # the keys that answer "Vet ej", not a dash


def test_the_agenda_follows_the_variants_steps_and_minutes(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    rows = _grid_rows(page.ui.agenda_grid)
    expected = [(s, m) for s, m in STEPS[Variant.HALF_DAY] if s is not WorkshopStep.PREPARATION]
    assert len(rows) == len(expected)
    assert rows[0] == ["1.", "Välkommen och syfte (nu)", "10 min"]
    assert rows[5] == ["6.", "Förutsättningar och framgångsfaktorer", "15 min"]
    assert "Sammanlagt 3 h (180 min)" in page.ui.agenda_total_label.text()

    short = dataclasses.replace(empty_workshop.contents.workshop, variant=Variant.SHORT)
    empty_workshop.update_workshop(short, "Ändra variant")  # refresh() follows the change
    rows = _grid_rows(page.ui.agenda_grid)
    assert [r[1] for r in rows][-2:] == ["Åtgärder", "Sammanfattning och nästa steg"]
    assert "Förutsättningar och framgångsfaktorer" not in [r[1] for r in rows]
    assert "(90 min)" in page.ui.agenda_total_label.text()


def test_explains_the_model_and_the_ground_rules_and_teaches_a_missing_change(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    for term in (
        "Ledning och styrning",
        "Genomförande",
        "Lärande",
        "Beslutsberoende",
        "Personberoende",
        "Uthållighetsberoende",
        "inga rätta eller felaktiga svar",
        "stannar i rummet",
        "anonyma",
    ):
        assert term in shown
    assert "inte beskriven än" in page.ui.change_label.text()


def test_the_rooms_answers_leave_the_agenda_and_the_scale_as_they_are(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    """Made again at every refresh, they cost going back to this step 40-60 ms each time the
    phones' answers had come in meanwhile."""
    page = _page(qtbot, demo_workshop)
    grids = (page.ui.agenda_grid, page.ui.scale_grid)
    before = [[grid.itemAt(i).widget() for i in range(grid.count())] for grid in grids]
    rows_before = [_grid_rows(grid) for grid in grids]
    everyone_answers_one(demo_workshop)

    after = [[grid.itemAt(i).widget() for i in range(grid.count())] for grid in grids]
    for labels, old in zip(after, before, strict=True):
        assert all(a is b for a, b in zip(labels, old, strict=True))
    assert [_grid_rows(grid) for grid in grids] == rows_before
