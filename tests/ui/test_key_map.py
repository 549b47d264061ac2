"""Hjälp › Kortkommandon lists every shortcut from the menus and the key map themselves, so it
names what the keys really do, and the keys it names work."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.ui.conftest import export_service_for


def _rows(window: MainWindow) -> list[tuple[str, str, str]]:
    window.key_map_action.trigger()
    model = window.key_map_dialog.model
    return [
        tuple(model.index(r, c).data() for c in range(3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_the_key_map_lists_the_menus_the_bound_keys_and_the_answer_keys(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
) -> None:
    window = MainWindow(service, export_service_for(service), ui_settings, "test.sqlite3")
    qtbot.addWidget(window)
    rows = _rows(window)
    assert ("Arkiv", "Ctrl+N", "Ny workshop…") in rows
    assert ("Workshop", "F1", "Visa handledning") in rows
    # Keys as this system writes them ("Skift" with Qt's Swedish texts loaded).
    assert ("I en workshop", key_map.ADD_ITEM.shown_keys(), key_map.ADD_ITEM.does) in rows
    leave = key_map.LEAVE_INPUT_MODE
    assert ("I inmatningsläget", leave.shown_keys(), leave.does) in rows
    assert "L" in leave.shown_keys() and "Ctrl" in leave.shown_keys()
    assert ("Individuell skattning", "0 / V", "Svara Vet ej") in rows
    assert ("Individuell skattning", "3", "Svara 3") in rows

    # A new menu item with a shortcut is listed without anyone writing it down.
    extra = QAction("&Prova", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.ui.help_menu.addAction(extra)
    window.key_map_dialog.close()
    shown = QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Hjälp", shown, "Prova") in _rows(window)
    window.key_map_dialog.close()


def test_the_keys_the_map_names_are_the_ones_bound_in_the_workshop(
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    window, contents = window_with_workshop
    window.open_workshop(contents.workshop.id)
    bound = {s.key().toString() for s in window.workshop_view.findChildren(QShortcut)}  # type: ignore[union-attr]
    for binding in (key_map.ADD_ITEM, key_map.INPUT_MODE, key_map.PARTICIPANT_VIEW):
        assert {s.toString() for s in binding.sequences()} <= bound


def test_back_in_the_library_the_keys_go_to_the_list_on_the_workshop_just_left(
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    window, contents = window_with_workshop
    window.show()
    window.open_workshop(contents.workshop.id)
    window.ui.open_library_action.trigger()  # Ctrl+O
    table = window.library.ui.workshop_table
    assert window.focusWidget() is table
    selected = window.library.selected_overview()
    assert selected is not None and selected.workshop.id == contents.workshop.id
