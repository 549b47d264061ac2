"""The workshop library: listing, search and filters, new, duplicate, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from hallbar_desktop.domain.workshop import Variant, Workshop
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from hallbar_desktop.ui.library_view import LibraryView
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import TODAY
from tests.ui.keyboard import type_text
from tests.ui.message_box_answers import answer_message_boxes


def _titles(view: LibraryView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


@pytest.fixture
def library(qtbot, service: WorkshopService, ui_settings: UiSettings) -> LibraryView:  # type: ignore[no-untyped-def]
    for title, organisation, held in [
        ("Örebromodellen", "Region Örebro län", date(2026, 3, 1)),
        ("Zonindelning", "Region Gotland", date(2026, 3, 1)),
        ("Ängsmark", "Region Gotland", date(2026, 3, 1)),
        ("Äldre workshop", "Region Kalmar län", date(2025, 2, 1)),
    ]:
        service.create_workshop(Workshop(title=title, organisation=organisation, held_on=held))
    view = LibraryView(service, ui_settings)
    view.proxy.today = TODAY
    qtbot.addWidget(view)
    return view


def test_an_empty_library_teaches_and_offers_the_demo(qtbot, service, ui_settings) -> None:  # type: ignore[no-untyped-def]
    view = LibraryView(service, ui_settings)
    qtbot.addWidget(view)
    assert view.ui.content_stack.currentWidget() is view.ui.empty_page
    with qtbot.waitSignal(view.demo_requested):
        view.ui.open_demo_button.click()


def test_titles_sort_in_swedish_order(library: LibraryView) -> None:
    library.ui.workshop_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _titles(library) == ["Zonindelning", "Äldre workshop", "Ängsmark", "Örebromodellen"]
    library.ui.workshop_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _titles(library)[-1] == "Äldre workshop"  # oldest last


def test_search_filters_as_you_type_with_swedish_letters(library: LibraryView) -> None:
    library.ui.search_edit.setFocus()
    type_text(library.ui.search_edit, "äng")
    assert _titles(library) == ["Ängsmark"]
    library.ui.search_edit.clear()
    assert len(_titles(library)) == 4


def test_organisation_period_and_status_filters(library: LibraryView) -> None:
    combo = library.ui.organisation_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Alla organisationer",
        "Region Gotland",
        "Region Kalmar län",
        "Region Örebro län",
    ]
    combo.setCurrentIndex(1)
    assert sorted(_titles(library)) == ["Zonindelning", "Ängsmark"]
    combo.setCurrentIndex(0)
    library.ui.period_filter.setCurrentIndex(library.ui.period_filter.findText("Förra året"))
    assert _titles(library) == ["Äldre workshop"]
    library.ui.period_filter.setCurrentIndex(0)
    library.ui.status_filter.setCurrentIndex(library.ui.status_filter.findText("Genomförd"))
    assert _titles(library) == []


def test_details_show_the_selected_workshops_figures(qtbot, service, ui_settings) -> None:  # type: ignore[no-untyped-def]
    add_demo_workshop(service, TODAY)
    view = LibraryView(service, ui_settings)
    qtbot.addWidget(view)
    view.ui.workshop_table.selectRow(0)
    assert view.ui.detail_title_label.text() == "Hållbarhetsbedömning i regionala projektmedel"
    facts = view.ui.detail_facts_label.text()
    assert "Region Exempelland" in facts and ">12<" in facts and ">3<" in facts


def test_delete_asks_naming_the_workshop_and_removes_it(
    library: LibraryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_message_boxes(monkeypatch, "Ta bort")
    library._select(
        next(o.workshop.id for o in library._overviews if o.workshop.title == "Ängsmark")
    )
    library.ui.delete_button.click()
    assert "”Ängsmark”" in answers.texts[0]
    # The button says what it does (not "Ja").
    assert sorted(answers.buttons[0]) == ["Avbryt", "Ta bort"]
    assert "Ängsmark" not in _titles(library)


def test_delete_cancelled_keeps_the_workshop(
    library: LibraryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_message_boxes(monkeypatch, "Avbryt")
    library.ui.workshop_table.selectRow(0)
    library.ui.delete_button.click()
    assert len(_titles(library)) == 4


def test_duplicate_as_template(library: LibraryView, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ängsmark, omgång två", True))
    library._select(
        next(o.workshop.id for o in library._overviews if o.workshop.title == "Ängsmark")
    )
    library.ui.duplicate_button.click()
    assert "Ängsmark, omgång två" in _titles(library)


def test_new_workshop_dialog_creates_and_validates(qtbot, service: WorkshopService) -> None:  # type: ignore[no-untyped-def]
    dialog = NewWorkshopDialog(service, ())
    qtbot.addWidget(dialog)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no title yet
    assert dialog.ui.problem_label.isVisibleTo(dialog)
    assert "Titeln måste fyllas i" in dialog.ui.problem_label.text()
    assert service.list_workshops() == ()
    dialog.ui.title_edit.setFocus()
    type_text(dialog.ui.title_edit, "Hållbar upphandling – steg två")
    dialog.ui.variant_combo.setCurrentIndex(dialog.ui.variant_combo.findData(Variant.SHORT))
    dialog.ui.participants_spin.setValue(5)
    ok.click()
    assert dialog.created is not None
    stored = service.contents(dialog.created.workshop.id)
    assert stored.workshop.title == "Hållbar upphandling – steg två"
    assert stored.workshop.variant is Variant.SHORT
    assert len(stored.participants) == 5


@pytest.mark.parametrize("width", [1280, 1920])
def test_the_welcome_text_of_an_empty_library_is_whole(
    qtbot, service, exports, ui_settings, width
) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.ui.main_window import MainWindow

    window = MainWindow(service, exports, ui_settings)
    qtbot.addWidget(window)
    window.resize(width, 760 if width < 1920 else 1050)
    window.show()
    qtbot.waitExposed(window)
    label = window.library.ui.empty_label
    assert label.isVisible()
    # Cut at top and bottom before: the label was lower than its wrapped text needs.
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() <= 640
    page = window.library.ui.empty_page
    assert page.rect().contains(label.geometry())


def test_a_new_workshop_is_proposed_for_the_services_today_and_weeks_start_on_monday(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
) -> None:
    from PySide6.QtCore import Qt

    from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
    from tests.conftest import TODAY

    dialog = NewWorkshopDialog(service, ())
    qtbot.addWidget(dialog)
    assert dialog.ui.date_field.value() == TODAY
    assert dialog.ui.date_field.calendar_popup.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
