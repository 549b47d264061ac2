"""The coordinator's overview: filters for every tab, the register edited in place (saved at
once, undone with Ctrl+Z), the readiness chart's series and the dependencies across workshops."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.coordinator_view import CoordinatorView
from hallbar_desktop.ui.models.action_register_model import NOTE, OVERDUE, STATUS, TITLE, WORKSHOP
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import TODAY
from tests.coordinator_workshops import Region, coordinator_on, make_region
from tests.ui.conftest import export_service_for, settle
from tests.ui.keyboard import press

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def region(service: WorkshopService) -> Region:
    return make_region(service, TODAY)


@pytest.fixture
def view(qtbot, service: WorkshopService, db_path: Path, region: Region) -> CoordinatorView:  # type: ignore[no-untyped-def]
    coordinator = coordinator_on(db_path, TODAY)
    shown = CoordinatorView(coordinator, service)
    qtbot.addWidget(shown)
    shown.show_overview(coordinator.overview())
    return shown


def _row_of(view: CoordinatorView, title: str) -> int:
    proxy = view.action_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 2).data() == title:
            return row
    raise AssertionError(f"{title} is not shown")


def _cell(view: CoordinatorView, title: str, column: int) -> QModelIndex:
    return view.action_proxy.index(_row_of(view, title), column)


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_the_filters_choose_the_workshops_for_every_tab(
    view: CoordinatorView, region: Region
) -> None:
    assert view.chosen_workshops() == {region.first, region.follow_up, region.other, region.third}
    _choose(view.ui.organisation_filter, "Zeta kommun")
    assert view.chosen_workshops() == {region.first, region.follow_up}
    assert view.workshop_proxy.rowCount() == 2
    titles = [view.action_proxy.index(r, 2).data() for r in range(view.action_proxy.rowCount())]
    assert titles == [region.paused_overdue.title]
    assert [s.organisation for s in view.ui.readiness_chart.series()] == ["Zeta kommun"]
    critical = view.critical_model
    assert {critical.critical(r).organisation for r in range(critical.rowCount())} == {
        "Zeta kommun"
    }
    _choose(view.ui.organisation_filter, "Alla organisationer")
    _choose(view.ui.period_filter, "Kommande")
    assert view.chosen_workshops() == {region.third}
    _choose(view.ui.period_filter, "Alla datum")
    _choose(view.ui.status_filter, "Genomförd")
    assert view.chosen_workshops() == {region.first, region.follow_up}


def test_status_and_days_overdue_are_two_columns(view: CoordinatorView, region: Region) -> None:
    title = region.paused_overdue.title
    assert _cell(view, title, STATUS).data() == "Pausad"
    assert _cell(view, title, OVERDUE).data() == "⚠ 12"
    assert _cell(view, title, OVERDUE).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Försenad, dagar: 12"
    )
    assert _cell(view, region.done_past_deadline.title, OVERDUE).data() == ""
    view.ui.overdue_only_check.setChecked(True)
    assert view.action_proxy.rowCount() == 2


def test_the_register_sorts_by_each_column_in_swedish_order(view: CoordinatorView) -> None:
    table = view.ui.action_table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    organisations = [view.action_proxy.index(r, 0).data() for r in range(4)]
    assert organisations == ["Alfa region", "Zeta kommun", "Åre kommun", "Åre kommun"]
    table.sortByColumn(OVERDUE, Qt.SortOrder.DescendingOrder)
    assert view.action_proxy.index(0, OVERDUE).data() == "⚠ 12"


def test_a_status_chosen_in_the_register_is_saved_at_once_and_undone(
    qtbot,  # type: ignore[no-untyped-def]
    view: CoordinatorView,
    service: WorkshopService,
    region: Region,
) -> None:
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.ui.section_tabs.setCurrentWidget(view.ui.actions_tab)
    table = view.ui.action_table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=1000)
    table.setCurrentIndex(_cell(view, region.paused_overdue.title, 2))
    press(table, Qt.Key.Key_F2)  # the status of the current row, from any cell
    editor = table.findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == "Åtgärdens status"
    editor.setCurrentIndex(editor.findData(ActionStatus.IN_PROGRESS))
    editor.activated.emit(editor.currentIndex())
    settle()
    # The choice is stored and the editor closes: the keys are back in the table.
    assert table.state() != QAbstractItemView.State.EditingState

    def stored() -> ActionStatus:
        actions = service.contents(region.first).actions
        return next(a for a in actions if a.id == region.paused_overdue.id).status

    assert stored() is ActionStatus.IN_PROGRESS
    assert _cell(view, region.paused_overdue.title, STATUS).data() == "Pågår"
    assert _cell(view, region.paused_overdue.title, OVERDUE).data() == "⚠ 12"
    assert view.undo_stack.undoText() == "Ändra status på åtgärd"
    view.undo_stack.undo()
    assert stored() is ActionStatus.PAUSED
    assert _cell(view, region.paused_overdue.title, STATUS).data() == "Pausad"
    view.undo_stack.redo()
    assert stored() is ActionStatus.IN_PROGRESS


def test_a_follow_up_note_typed_in_the_register_is_saved_with_its_time(
    view: CoordinatorView, service: WorkshopService, region: Region
) -> None:
    index = _cell(view, region.in_progress_overdue.title, NOTE)
    assert view.action_proxy.setData(index, "  Väntar på beslut i mars ")

    def stored():  # type: ignore[no-untyped-def]
        actions = service.contents(region.other).actions
        return next(a for a in actions if a.id == region.in_progress_overdue.id)

    assert stored().last_update_comment == "Väntar på beslut i mars"
    assert stored().last_update_at is not None
    assert _cell(view, region.in_progress_overdue.title, NOTE).data() == "Väntar på beslut i mars"
    view.undo_stack.undo()
    assert stored().last_update_comment == ""
    assert stored().last_update_at is None


def test_the_chart_draws_one_series_per_organisation_with_follow_ups_connected(
    view: CoordinatorView, region: Region
) -> None:
    view.ui.section_tabs.setCurrentWidget(view.ui.readiness_tab)
    assert view.ui.dimension_combo.currentData() == "A"
    series = view.ui.readiness_chart.series()
    assert [s.organisation for s in series] == ["Zeta kommun", "Åre kommun"]
    assert series[0].links == ((region.first, region.follow_up),)
    assert "Zeta kommun" in view.ui.readiness_chart.accessibleDescription()
    assert "3,5" in view.ui.readiness_chart.accessibleDescription()
    _choose(view.ui.dimension_combo, view.ui.dimension_combo.itemText(1))
    assert view.ui.readiness_chart.series() == ()  # nobody answered B
    image = view.ui.readiness_chart.grab()
    assert not image.isNull()


def test_the_overview_loads_off_the_gui_thread_and_says_so(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    db_path: Path,
    region: Region,
) -> None:
    view = CoordinatorView(coordinator_on(db_path, TODAY), service)
    qtbot.addWidget(view)
    view.show()
    assert view.ui.busy_label.isVisible() and view.ui.busy_bar.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    assert not view.ui.busy_bar.isVisible()
    assert view.workshop_proxy.rowCount() == 4


def test_ctrl_2_opens_the_overview_and_ctrl_z_undoes_an_edit_there(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    db_path: Path,
    region: Region,
    ui_settings: UiSettings,
) -> None:
    from hallbar_desktop.ui.main_window import MainWindow

    window = MainWindow(None, None, ui_settings)
    qtbot.addWidget(window)
    window.attach(
        service,
        export_service_for(service),
        "test.sqlite3",
        coordinator=coordinator_on(db_path, TODAY),
    )
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.library.focus_list()  # where the keys are when the library is shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
    press(QApplication.focusWidget() or window, Qt.Key.Key_2, CTRL)
    view = window.coordinator_view
    assert view is not None and window.ui.view_stack.currentWidget() is view
    assert window.view_tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: view.workshop_proxy.rowCount() == 4, timeout=10_000)
    view.action_proxy.setData(
        _cell(view, region.not_due_yet.title, STATUS), ActionStatus.DONE, Qt.ItemDataRole.EditRole
    )
    assert window.undo_action.isEnabled()
    press(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    actions = service.contents(region.third).actions
    assert actions[0].status is ActionStatus.NOT_STARTED
    press(QApplication.focusWidget() or window, Qt.Key.Key_1, CTRL)
    assert window.ui.view_stack.currentWidget() is window.library
    assert not window.undo_action.isEnabled()  # the library has nothing to undo


def test_the_key_map_names_the_overview_keys(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    ui_settings: UiSettings,
) -> None:
    from hallbar_desktop.ui.main_window import MainWindow

    window = MainWindow(service, export_service_for(service), ui_settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.key_map_action.trigger()
    model = window.key_map_dialog.model
    rows = {tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())}
    window.key_map_dialog.close()
    assert ("Arkiv", "Ctrl+1", "Biblioteket") in rows
    assert ("Arkiv", "Ctrl+2", "Översikt för samordnare") in rows
    assert any(r[1] == "F2" and r[0] == "I översikten för samordnare" for r in rows)


def test_the_most_frequent_type_of_dependency_comes_first(view: CoordinatorView) -> None:
    types = view.ui.types_table.model()
    assert types.index(0, 0).data() == "Personberoende"  # named by two organisations
    critical = view.ui.critical_table.model()
    assert critical.index(0, 3).data() == "Bara Anna kan"  # ranked as the summaries rank
    assert critical.index(2, 9).data() == "⚠ Ingen åtgärd"


def test_every_register_heading_is_read_whole(view: CoordinatorView) -> None:
    """At 1366×768 "Senaste uppföljning" lost its first letter once the note's column was
    current (the header writes the current column's title in bold)."""
    view.resize(1366, 700)
    view.show()
    settle()
    header = view.ui.action_table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    for column in range(view.action_proxy.columnCount()):
        title = str(view.action_proxy.headerData(column, Qt.Orientation.Horizontal))
        assert QFontMetrics(bold).horizontalAdvance(title) + 8 <= header.sectionSize(column), title


def test_a_refused_undo_stays_on_the_stack_to_be_tried_again(
    view: CoordinatorView, service: WorkshopService, region: Region
) -> None:
    """Someone else changed the status after the coordinator did: her undo is refused, said,
    and stays the next step, as in the workshop window; nothing is skipped past."""
    failures: list[str] = []
    view.failed.connect(failures.append)
    before = next(
        a for a in service.contents(region.first).actions if a.id == region.paused_overdue.id
    )
    after = dataclasses.replace(before, status=ActionStatus.IN_PROGRESS)
    view.save_action(region.first, before, after, "Ändra status på åtgärd")
    mine = next(a for a in service.contents(region.first).actions if a.id == before.id)
    service.save_action(region.first, dataclasses.replace(mine, status=ActionStatus.DONE), mine)

    view.undo_stack.undo()

    assert failures  # said in plain words
    stored = next(a for a in service.contents(region.first).actions if a.id == before.id)
    assert stored.status is ActionStatus.DONE  # the other person's change stays
    assert view.undo_stack.canUndo() and view.undo_stack.undoText() == "Ändra status på åtgärd"
    assert not view.undo_stack.canRedo()


def test_a_long_workshop_title_leaves_the_action_its_room(
    qtbot,
    service: WorkshopService,
    db_path: Path,
    region: Region,  # type: ignore[no-untyped-def]
) -> None:
    """At 1366 a workshop called 'Hållbarhetsbedömning i regionala projektmedel' took the
    register's room and cut every action to a dozen letters; it is whole in its tooltip."""
    long_title = "Hållbarhetsbedömning i regionala projektmedel och kommunala planer"
    workshop = service.contents(region.first).workshop
    service.update_workshop(dataclasses.replace(workshop, title=long_title), workshop)
    coordinator = coordinator_on(db_path, TODAY)
    view = CoordinatorView(coordinator, service)
    qtbot.addWidget(view)
    view.show_overview(coordinator.overview())
    view.resize(1366, 700)
    view.show()
    view.ui.section_tabs.setCurrentWidget(view.ui.actions_tab)
    settle()
    header = view.ui.action_table.horizontalHeader()
    assert header.sectionSize(TITLE) > header.sectionSize(WORKSHOP)
    cell = _cell(view, region.paused_overdue.title, WORKSHOP)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == long_title
