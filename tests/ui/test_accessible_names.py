"""Every control a screen reader reaches has a name: the library, the overview, each step, the
participant view, the input mode and the dialogs, walked with a workshop that has every part."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from hallbar_desktop.app import Services, open_services
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.ui.dialogs.input_mode_dialog import InputModeDialog
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from hallbar_desktop.ui.input_mode.input_round import VOTE_STEPS, InputActivity, InputRound
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.presenter.room_views import views_for
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_view import WorkshopView
from tests.ui.conftest import settle
from tests.ui.keyboard import type_text
from tests.workshop_with_every_part import workshop_with_every_part

# What a user operates; any other widget that takes focus counts too (charts, the matrix).
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its own name, its text or its label's. A
    combo box on Linux gives its chosen item as its name, which says nothing of what is
    chosen; only its own name or a label (a QLabel whose buddy it is) says that."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QComboBox):
        labels = interface.relations(QAccessible.Relation.Label)
        return widget.accessibleName() or " ".join(
            label.text(QAccessible.Text.Name) for label, _relation in labels
        )
    return interface.text(QAccessible.Text.Name)


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible, enabled controls in ``root`` that a screen reader would read without a
    name, as 'Class objectName (in parent)'."""
    found = []
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not (isinstance(widget, INTERACTIVE) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus):
            continue
        # The editor inside a spin box or combo box is read as part of it; a widget whose
        # focus goes to another (a tab widget to its tab bar) is read as that one; a table's
        # header is read through the table, section by section.
        inner_editor = isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        )
        if inner_editor or widget.focusProxy() is not None or isinstance(widget, QHeaderView):
            continue
        parent = widget.parentWidget()
        where = parent.objectName() or type(parent).__name__ if parent else "-"
        if not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} (in {where})")
        # A table's or list's name says what it is; what a row is and what the keys do there
        # needs a description.
        elif isinstance(widget, QAbstractItemView) and not widget.accessibleDescription():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: no description")
    return found


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    with open_services(tmp_path / "workshops.sqlite3", create_if_missing=True) as opened:
        yield opened


@pytest.fixture
def stored(services: Services, template: ReadinessTemplate, demo) -> WorkshopContents:  # type: ignore[no-untyped-def]
    """The demo workshop (many of everything) beside one with one of every part."""
    services.workshops.add_workshop(workshop_with_every_part(template))
    return services.workshops.add_workshop(demo)


@pytest.fixture
def window(qtbot, services: Services, ui_settings: UiSettings, stored) -> MainWindow:  # type: ignore[no-untyped-def]
    return _main_window(qtbot, services, ui_settings)


def _main_window(qtbot, services: Services, ui_settings: UiSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as the app builds it, on every service, showing the library."""
    shown = MainWindow(None, None, ui_settings)
    qtbot.addWidget(shown)
    shown.attach(
        services.workshops,
        services.exports,
        services.database_path.name,
        services.backups,
        services.packages,
        services.imports,
        services.coordinator,
    )
    shown.resize(1600, 900)
    shown.show()
    qtbot.waitExposed(shown)
    settle()
    return shown


def _open_dialog(qtbot) -> QDialog:  # type: ignore[no-untyped-def]
    """The dialog an action has just opened (open(), not exec())."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    settle()
    return dialog


def _view(window: MainWindow) -> WorkshopView:
    assert window.workshop_view is not None
    return window.workshop_view


def test_the_empty_library(qtbot, services: Services, ui_settings: UiSettings) -> None:  # type: ignore[no-untyped-def]
    empty = _main_window(qtbot, services, ui_settings)
    assert unnamed_controls(empty) == []


def test_the_library_and_the_coordinators_overview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    found = {"library": unnamed_controls(window)}
    # Text in the search field shows its clear button.
    library.ui.search_edit.setFocus()
    type_text(library.ui.search_edit, "a")
    settle()
    found["library, searching"] = unnamed_controls(window)

    window.coordinator_action.trigger()
    overview = window.coordinator_view
    assert overview is not None
    qtbot.waitUntil(lambda: overview.workshop_proxy.rowCount() > 0, timeout=10_000)
    tabs = overview.ui.section_tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        found[f"overview, {tabs.tabText(index)}"] = unnamed_controls(window)
    assert {place: names for place, names in found.items() if names} == {}


def test_every_step_of_the_workshop_window(window: MainWindow, stored: WorkshopContents) -> None:
    window.open_workshop(stored.workshop.id)
    view = _view(window)
    found = {}
    for step in view.steps:
        view.go_to(step)
        settle()
        found[step.code] = unnamed_controls(window)
        # Revealed to the room: the page may show the room's results and their choices.
        view.room.reveal(step)
        settle()
        found[f"{step.code}, revealed"] = unnamed_controls(window)
    assert {place: names for place, names in found.items() if names} == {}


def test_the_participant_view_in_every_step_and_view(
    window: MainWindow, stored: WorkshopContents
) -> None:
    window.open_workshop(stored.workshop.id)
    view = _view(window)
    view.toggle_participant_view()
    shown = view.participant_view
    assert shown is not None
    found = {}
    for step in view.steps:
        view.go_to(step)
        view.room.reveal(step)
        for room_view in views_for(step, view.workshop.contents):
            view.room.show_view(step, room_view.key)
            settle()
            found[f"{step.code}, {room_view.key}"] = unnamed_controls(shown)
    view.close_participant_view()
    assert {place: names for place, names in found.items() if names} == {}


ROUNDS = [
    InputRound(InputActivity.RATING),
    *(InputRound(InputActivity.NOTES, step) for step in VOTE_STEPS),
    *(InputRound(InputActivity.DOT_VOTES, step, budget=3) for step in VOTE_STEPS),
]


@pytest.mark.parametrize("input_round", ROUNDS, ids=lambda r: f"{r.activity.value}-{r.step.code}")
def test_the_input_mode(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    stored: WorkshopContents,
    input_round: InputRound,
) -> None:
    window.open_workshop(stored.workshop.id)
    control = _view(window).input_mode
    dialog = InputModeDialog(stored, input_round.step, {}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    found = {"dialog": unnamed_controls(dialog)}
    dialog.close()
    mode = control.start(input_round)
    settle()
    found["aliases"] = unnamed_controls(mode)
    next(iter(mode.alias_buttons.values())).click()
    settle()
    found["turn"] = unnamed_controls(mode)
    mode.leave()
    assert {place: names for place, names in found.items() if names} == {}


def test_the_dialogs(qtbot, window: MainWindow, services: Services, stored) -> None:  # type: ignore[no-untyped-def]
    found = {}
    new = NewWorkshopDialog(services.workshops, window.library.overviews, window)
    qtbot.addWidget(new)
    new.show()
    settle()
    found["Ny workshop"] = unnamed_controls(new)
    new.close()

    for name, action in (
        ("Exportera (biblioteket)", window.ui.export_action),
        ("Mallar", window.templates_action),
        ("Kortkommandon", window.key_map_action),
        ("Återställ", window.ui.restore_action),
        ("Problem i databasen", window.problems_action),
        ("Konflikter från import", window.conflicts_action),
    ):
        action.trigger()
        dialog = _open_dialog(qtbot)
        found[name] = unnamed_controls(dialog)
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                found[f"{name}, {tabs.tabText(index)}"] = unnamed_controls(dialog)
        dialog.reject()
        settle()

    window.open_workshop(stored.workshop.id)
    window.ui.export_action.trigger()
    dialog = _open_dialog(qtbot)
    found["Exportera (workshoppen)"] = unnamed_controls(dialog)
    dialog.reject()
    assert {place: names for place, names in found.items() if names} == {}
