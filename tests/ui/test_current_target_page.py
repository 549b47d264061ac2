"""Nuläge och målbild: typed text is stored when the field is left, and can be undone."""

from __future__ import annotations

from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.current_target_page import CurrentTargetPage
from tests.ui.keyboard import type_text


def test_typed_text_is_stored_on_leaving_the_field_and_undo_restores_it(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = CurrentTargetPage(empty_workshop)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.ui.current_edit.setFocus()
    type_text(page.ui.current_edit, "Vi gör olika – ärenden på två sätt")
    page.ui.current_edit.commit()  # what leaving the field does
    stored = empty_workshop.service.contents(empty_workshop.workshop_id).workshop
    assert stored.current_state == "Vi gör olika – ärenden på två sätt"
    empty_workshop.undo_stack.undo()
    assert empty_workshop.service.contents(empty_workshop.workshop_id).workshop.current_state == ""
    assert page.ui.current_edit.toPlainText() == ""
    empty_workshop.undo_stack.redo()
    assert page.ui.current_edit.toPlainText() == "Vi gör olika – ärenden på två sätt"


def test_the_page_shows_what_is_stored(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = CurrentTargetPage(demo_workshop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.ui.target_edit.toPlainText() == demo_workshop.contents.workshop.target_picture
