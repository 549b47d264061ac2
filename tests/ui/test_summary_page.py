"""Sammanfattning och nästa steg: the page shows the numbers summarize() gives the exports, and
the follow-up date and next steps are stored at once and can be undone."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from html import unescape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel

from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.prerequisites import SuccessFactor
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService, new_workshop_contents
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.summary_page import SummaryPage, decimal
from tests.ui.conftest import everyone_answers_one
from tests.ui.keyboard import type_text


def _page(qtbot, workshop: OpenWorkshop) -> SummaryPage:  # type: ignore[no-untyped-def]
    page = SummaryPage(workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _texts(page: SummaryPage) -> list[str]:
    # Labels of a refilled grid are shown, and the old ones deleted, through the event queue.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return [label.text() for label in page.findChildren(QLabel) if not label.isHidden()]


def test_shows_the_demos_numbers_as_summarize_gives_them(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    summary = summarize(demo_workshop.contents, date.today())
    shown = _texts(page)
    joined = "\n".join(shown)
    assert summary.readiness_mean is not None
    assert f"{decimal(summary.readiness_mean)} av 5" in shown
    assert "," in decimal(summary.readiness_mean)  # decimal comma
    for result in summary.dimensions:
        assert result.dimension.label in joined
        assert decimal(result.mean) in shown
    assert any(_plain(label).endswith("Gul") for label in shown)  # the light carries its word
    for strength in summary.strengths:
        assert strength.statement.text in shown
    for line in summary.critical_dependencies:
        assert line.dependency.title in shown
        assert line.priority is not None
        kind = (
            f"{line.dependency.category.label} · {line.priority.label} · nr {line.number} · "
            f"påverkan {line.dependency.impact} · prickar: {line.dependency.votes} · "
            f"{line.dependency.status.label}"
        )
        assert kind in shown
    for line in summary.top_actions:
        assert line.action.title in shown
    late = next(line for line in summary.top_actions if line.overdue)
    assert any(
        text.startswith(late.action.status.label) and "⚠ försenad" in text for text in shown
    )  # the stored status, and beside it how late
    assert [d.title for d in summary.unhandled_high_priority] == [
        "Hållbarhetsfrågan konkurrerar med andra prioriteringar efter valet"
    ]
    assert (
        "Hållbarhetsfrågan konkurrerar med andra prioriteringar efter valet"
        in page.ui.unhandled_label.text()
    )
    assert str(summary.participant_count) in shown
    for category, count in summary.dependencies_per_category:
        assert category.label in shown
        assert str(count) in shown


def test_all_high_priority_dependencies_handled_is_said_plainly(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    assert page.ui.unhandled_label.text() == (
        "✓ Alla högt prioriterade beroenden har en åtgärd med ansvarig och datum."
    )
    assert "Inga skattningar ännu." in _texts(page)
    assert "Inga öppna åtgärder ännu. Lägg till dem i steget Åtgärder." in _texts(page)


def test_follow_up_date_and_next_steps_are_stored_and_undone(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    before = demo_workshop.contents.workshop
    stored = lambda: demo_workshop.service.contents(demo_workshop.workshop_id).workshop  # noqa: E731

    page.ui.follow_up_field.set_value(date(2027, 3, 4))
    page.ui.follow_up_field.commit()
    assert stored().follow_up_on == date(2027, 3, 4)
    assert page.ui.follow_up_field.week_label.text() == "v. 9"

    edit = page.ui.next_steps_edit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "Åsa skickar ut planen – före jul.")
    edit.commit()
    assert stored().next_steps == "Åsa skickar ut planen – före jul."
    assert demo_workshop.undo_stack.undoText() == "Ändra nästa steg"

    demo_workshop.undo_stack.undo()
    assert stored().next_steps == before.next_steps
    assert edit.toPlainText() == before.next_steps
    demo_workshop.undo_stack.undo()
    assert stored().follow_up_on == before.follow_up_on
    assert page.ui.follow_up_field.value() == before.follow_up_on
    demo_workshop.undo_stack.redo()
    assert stored().follow_up_on == date(2027, 3, 4)


def test_a_follow_up_before_the_workshop_is_refused_with_the_domains_message(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    held_on = demo_workshop.contents.workshop.held_on
    assert held_on is not None
    page.ui.follow_up_field.set_value(date(held_on.year - 1, 1, 1))
    page.ui.follow_up_field.commit()
    assert page.ui.follow_up_problem_label.text() == (
        "Uppföljningen kan inte ligga före själva workshoppen."
    )
    assert demo_workshop.undo_stack.count() == 0


def _plain(html: str) -> str:
    """The words a reader sees: no tags, and the spaces around a light's word as one."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def _prerequisite_rows(page: SummaryPage) -> dict[str, str]:
    """Each area's row: the spread over the lights, as the room reads it."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    grid = page.ui.prerequisites_grid
    rows = {}
    for row in range(grid.rowCount()):
        cells = [grid.itemAtPosition(row, column) for column in range(2)]
        if all(cells):
            name, spread = (_plain(c.widget().text()) for c in cells)
            rows[name] = spread
    return rows


def test_success_factors_and_the_prerequisite_lights_are_on_the_page(
    qtbot,
    service: WorkshopService,
    template: ReadinessTemplate,  # type: ignore[no-untyped-def]
) -> None:
    start = new_workshop_contents(Workshop(title="Förutsättningar"), template, 3)
    given = {
        Area.LEADERSHIP: (TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED),
        Area.IMPLEMENTATION: (TrafficLight.GREEN, TrafficLight.GREEN),
        Area.LEARNING: (),
    }
    checks = []
    for area, lights in given.items():
        lines = [c for c in start.prerequisite_checks if c.area is area]
        assert len(lines) > len(lights)  # some left unrated in every area
        for number, line in enumerate(lines):
            light = lights[number] if number < len(lights) else None
            checks.append(dataclasses.replace(line, light=light))
    factors = (
        SuccessFactor(text="Politiken frågar efter hållbarhetsbedömningen", area=Area.LEADERSHIP),
        SuccessFactor(text="<b>Nätverket</b> & kollegorna i andra regioner", position=1),
    )
    contents = service.add_workshop(
        dataclasses.replace(start, prerequisite_checks=tuple(checks), success_factors=factors)
    )
    page = _page(qtbot, OpenWorkshop(service, contents.workshop.id))
    shown = _texts(page)
    for factor in factors:
        assert factor.text in shown
    for area in Area:
        assert area.label in shown

    rows = _prerequisite_rows(page)
    unrated = {area: sum(1 for c in checks if c.area is area) - len(given[area]) for area in Area}
    # The spread, not one verdict: one red line among others does not make the area red.
    assert rows[Area.LEADERSHIP.label] == (
        f"Grön 1 · Gul 1 · Röd 1 · inte bedömda: {unrated[Area.LEADERSHIP]}"
    )
    assert rows[Area.IMPLEMENTATION.label] == (
        f"Grön 2 · Gul 0 · Röd 0 · inte bedömda: {unrated[Area.IMPLEMENTATION]}"
    )
    assert rows[Area.LEARNING.label] == (
        f"Grön 0 · Gul 0 · Röd 0 · inte bedömda: {unrated[Area.LEARNING]}"
    )
    # The same counts as the exports, which take them from the summary.
    summary = summarize(page.workshop.contents, date.today())
    for lights in summary.area_light_counts:
        counted = " · ".join(f"{light.label} {n}" for light, n in lights.counts)
        assert rows[lights.area.label].startswith(counted)

    grid = page.ui.success_factors_grid
    assert [grid.itemAtPosition(row, 1).widget().text() for row in range(2)] == [
        f.text for f in factors
    ]
    assert [grid.itemAtPosition(row, 2).widget().text() for row in range(2)] == [
        Area.LEADERSHIP.label,
        "–",
    ]
    assert grid.itemAtPosition(1, 1).widget().textFormat() == Qt.TextFormat.PlainText


def test_without_success_factors_or_lights_the_page_says_so(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    assert (
        "Inga framgångsfaktorer ännu. Lägg till dem i steget Förutsättningar och "
        "framgångsfaktorer." in _texts(page)
    )
    assert all(
        spread.startswith("Grön 0 · Gul 0 · Röd 0 · inte bedömda:")
        for spread in _prerequisite_rows(page).values()
    )


def test_overdue_is_counted_from_the_services_today_not_the_computers_clock(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    template: ReadinessTemplate,
) -> None:
    from hallbar_desktop.domain.action import ActionStatus
    from tests.conftest import TODAY
    from tests.workshop_with_every_part import workshop_with_every_part

    contents = workshop_with_every_part(template)
    # Due the day after the service's today, long before this test is run.
    action = dataclasses.replace(
        contents.actions[0],
        start_on=TODAY,
        due_on=TODAY + timedelta(days=1),
        status=ActionStatus.IN_PROGRESS,
    )
    stored = service.add_workshop(dataclasses.replace(contents, actions=(action,)))
    page = _page(qtbot, OpenWorkshop(service, stored.workshop.id))
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "varav 0 försenade" in texts


GRIDS = (
    "figures_grid",
    "dimension_grid",
    "strengths_grid",
    "critical_grid",
    "prerequisites_grid",
    "success_factors_grid",
    "actions_grid",
    "counts_grid",
)


def _grid_labels(page: SummaryPage) -> dict[tuple[str, int, int], QLabel]:
    """The labels in the page's grids, by grid and place."""
    found = {}
    for name in GRIDS:
        grid = getattr(page.ui, name)
        for index in range(grid.count()):
            row, column, _rows, _columns = grid.getItemPosition(index)
            found[name, row, column] = grid.itemAt(index).widget()
    return found


def test_the_rooms_new_answers_change_the_texts_not_the_labels(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    """Made anew at every refresh, the labels cost a step change to this page 40-60 ms of
    Qt's work each time the phones' answers had come in meanwhile."""
    page = _page(qtbot, demo_workshop)
    before = _grid_labels(page)
    shown_before = _texts(page)
    everyone_answers_one(demo_workshop)

    after = _grid_labels(page)
    assert after.keys() == before.keys()
    assert all(after[place] is before[place] for place in before)
    summary = summarize(demo_workshop.contents, date.today())
    mean = f"{decimal(summary.readiness_mean)} av 5"
    assert mean not in shown_before
    assert mean in _texts(page)
    # What a page made now shows, place by place, and with the same look.
    fresh = _grid_labels(_page(qtbot, demo_workshop))
    assert {place: label.text() for place, label in after.items()} == {
        place: label.text() for place, label in fresh.items()
    }
    assert {place: _look(label) for place, label in after.items()} == {
        place: _look(label) for place, label in fresh.items()
    }


def _look(label: QLabel) -> tuple[object, ...]:
    return (
        label.font().pointSizeF(),
        label.font().bold(),
        label.wordWrap(),
        label.textFormat(),
        label.alignment(),
        label.styleSheet(),
        label.toolTip(),
    )


def test_a_label_whose_look_changes_is_made_again_with_it(
    qtbot,
    service: WorkshopService,
    template: ReadinessTemplate,  # type: ignore[no-untyped-def]
) -> None:
    from hallbar_desktop.domain.action import ActionStatus
    from tests.conftest import TODAY
    from tests.workshop_with_every_part import workshop_with_every_part

    contents = workshop_with_every_part(template)
    action = dataclasses.replace(
        contents.actions[0],
        start_on=TODAY - timedelta(days=30),
        due_on=TODAY + timedelta(days=1),
        status=ActionStatus.IN_PROGRESS,
    )
    stored = service.add_workshop(dataclasses.replace(contents, actions=(action,)))
    workshop = OpenWorkshop(service, stored.workshop.id)
    page = _page(qtbot, workshop)
    status = page.ui.actions_grid.itemAtPosition(1, 3).widget()
    assert "försenad" not in status.text()
    on_time = status.styleSheet()
    workshop.save_part(dataclasses.replace(action, due_on=TODAY - timedelta(days=2)), "Datum")

    late = page.ui.actions_grid.itemAtPosition(1, 3).widget()
    assert "⚠ försenad 2 dagar" in late.text()
    fresh = _page(qtbot, workshop).ui.actions_grid.itemAtPosition(1, 3).widget()
    assert late.styleSheet() != on_time  # the problem's colour
    assert _look(late) == _look(fresh)
