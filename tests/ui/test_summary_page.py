"""Sammanfattning och nästa steg: the page shows the numbers summarize() gives the exports, and
the follow-up date and next steps are stored at once and can be undone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel

from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.summary_page import SummaryPage, decimal
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
    assert any(label.endswith("Gul") for label in shown)  # the traffic light carries its word
    for strength in summary.strengths:
        assert strength.statement.text in shown
    for line in summary.critical_dependencies:
        assert line.dependency.title in shown
        assert line.priority is not None
        kind = f"{line.dependency.category.label} · {line.priority.label} · nr {line.number}"
        assert kind in shown
    for line in summary.top_actions:
        assert line.action.title in shown
    assert "⚠ Försenad" in shown
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
