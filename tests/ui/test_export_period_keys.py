"""Export period by keyboard: Alt+↓ opens a calendar, a typed date chooses the period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.dialogs.export_dialog import ExportDialog, Scope
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import TODAY
from tests.ui.keyboard import type_text

SPRING = date(2026, 3, 12)
AUTUMN = date(2026, 10, 8)


def _library_dialog(qtbot, service: WorkshopService, exports: ExportService, settings: UiSettings):  # type: ignore[no-untyped-def]
    for title, held_on in (("Vårens workshop", SPRING), ("Höstens workshop", AUTUMN)):
        service.create_workshop(Workshop(title=title, held_on=held_on))
    library = service.list_workshops()
    dialog = ExportDialog(
        exports, settings, workshop=library[0].workshop, library=library, today=TODAY
    )
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_alt_down_in_the_period_opens_a_calendar_and_leaves_the_date(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    exports: ExportService,
    ui_settings: UiSettings,
) -> None:
    dialog = _library_dialog(qtbot, service, exports, ui_settings)
    dialog.ui.period_radio.setFocus()
    qtbot.keyClick(dialog.ui.period_radio, Qt.Key.Key_Space)
    assert dialog.scope() is Scope.PERIOD
    qtbot.keyClick(dialog.ui.period_radio, Qt.Key.Key_Tab)
    first = QApplication.focusWidget()
    assert first.accessibleName() == "Från och med"
    assert first.text() == SPRING.isoformat()  # type: ignore[attr-defined]

    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None, "Alt+↓ opened no calendar"
    calendar = popup.findChild(QCalendarWidget)
    assert calendar is not None and calendar.selectedDate().toPython() == SPRING
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert first.text() == SPRING.isoformat()  # type: ignore[attr-defined]  # not a day earlier
    assert dialog.ui.selection_label.text().startswith("2 workshoppar")


def test_a_typed_start_date_narrows_the_period_and_tab_goes_on_to_the_end_date(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    exports: ExportService,
    ui_settings: UiSettings,
) -> None:
    dialog = _library_dialog(qtbot, service, exports, ui_settings)
    dialog.ui.period_radio.setFocus()
    qtbot.keyClick(dialog.ui.period_radio, Qt.Key.Key_Tab)
    first = QApplication.focusWidget()
    first.selectAll()  # type: ignore[attr-defined]
    type_text(first, "2026-06-01")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().accessibleName() == "Till och med"
    assert dialog.scope() is Scope.PERIOD
    assert dialog.ui.selection_label.text() == "1 workshop ingår i sammanställningen."
    assert dialog.ui.name_edit.text() == f"Sammanställning 2026-06-01–{AUTUMN.isoformat()}"
    assert dialog.request().workshop_ids == (
        next(o.workshop.id for o in service.list_workshops() if o.workshop.held_on == AUTUMN),
    )
