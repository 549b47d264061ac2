"""Ny workshop's date by keyboard: Alt+↓ opens the calendar, a typed ISO date is the one stored."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialogButtonBox

from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from tests.conftest import TODAY
from tests.ui.keyboard import type_text


def _dialog(qtbot, service: WorkshopService) -> NewWorkshopDialog:  # type: ignore[no-untyped-def]
    dialog = NewWorkshopDialog(service, ())
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_alt_down_opens_the_calendar_and_leaves_the_date_as_it_was(
    qtbot,
    service: WorkshopService,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _dialog(qtbot, service)
    dialog.ui.organisation_edit.setFocus()
    qtbot.keyClick(dialog.ui.organisation_edit, Qt.Key.Key_Tab)
    field = dialog.ui.date_field
    assert field.date_edit.hasFocus()
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None, "Alt+↓ opened no calendar"
    calendar = popup.findChild(QCalendarWidget)
    assert calendar is not None and calendar.selectedDate().toPython() == TODAY
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert field.value() == TODAY  # not a day (or a year) earlier
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert field.value() == TODAY


def test_a_typed_date_is_the_workshops_date(qtbot, service: WorkshopService) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, service)
    dialog.ui.title_edit.setFocus()
    type_text(dialog.ui.title_edit, "Uppföljning – våren")
    edit = dialog.ui.date_field.date_edit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "2027-03-31")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()  # Tab leaves the date instead of moving between its parts
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created is not None
    assert service.contents(dialog.created.workshop.id).workshop.held_on == date(2027, 3, 31)


def test_a_date_that_is_no_date_is_said_and_nothing_is_created(
    qtbot,
    service: WorkshopService,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _dialog(qtbot, service)
    dialog.ui.title_edit.setFocus()
    type_text(dialog.ui.title_edit, "Workshop")
    edit = dialog.ui.date_field.date_edit
    edit.selectAll()
    type_text(edit, "31 mars")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created is None
    assert dialog.ui.date_field.problem_label.isVisibleTo(dialog)
    assert service.list_workshops() == ()
