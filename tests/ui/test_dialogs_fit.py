"""Every dialog shows its whole text, in Swedish and English, at each text size: Ny workshop,
Exportera, Om programmet, Kortkommandon, Mallar, Återställ, and the import's preview and
conflicts, each at the size it asks for on a 1366×768 screen."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QTabWidget

from hallbar_desktop.app import Services, open_services
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.ui.application_setup import set_language
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.theme import apply_text_size
from hallbar_desktop.ui.ui_settings import TEXT_SIZES, UiSettings
from tests.ui.conftest import settle
from tests.ui.test_labels_fit import cut_widgets
from tests.workshop_with_every_part import workshop_with_every_part

SCREEN = QSize(1366, 768)


@pytest.fixture(params=["sv", "en"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    set_language(qapp, request.param)
    yield request.param
    set_language(qapp, "sv")


@pytest.fixture(params=TEXT_SIZES, ids=lambda p: f"{p}%")
def text_size(request, qapp) -> Iterator[int]:  # type: ignore[no-untyped-def]
    apply_text_size(qapp, request.param)
    yield request.param
    apply_text_size(qapp, TEXT_SIZES[0])


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    with open_services(tmp_path / "samordnare.sqlite3", create_if_missing=True) as opened:
        yield opened


@pytest.fixture
def window(
    qtbot, services: Services, ui_settings: UiSettings, template: ReadinessTemplate
) -> MainWindow:  # type: ignore[no-untyped-def]
    services.workshops.add_workshop(workshop_with_every_part(template))
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
    shown.resize(SCREEN)
    shown.show()
    settle()
    return shown


def _as_opened(dialog: QDialog) -> QDialog:
    """``dialog`` at the size it asks for, as far as the screen allows."""
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()).boundedTo(SCREEN))
    settle()
    return dialog


def _columns_past_the_edge(dialog: QDialog) -> list[str]:
    """Tables whose last column stretches to the edge, but whose columns go past it."""
    found = []
    for table in dialog.findChildren(QTableView):
        header = table.horizontalHeader()
        room = table.viewport().width()
        if table.isVisible() and header.stretchLastSection() and header.length() > room:
            found.append(f"{table.objectName()}: columns need {header.length()} px, has {room}")
    return found


def _problems(name: str, dialog: QDialog) -> list[str]:
    _as_opened(dialog)
    found = [f"{name}: {p}" for p in cut_widgets(dialog) + _columns_past_the_edge(dialog)]
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            where = f"{name}, {tabs.tabText(index)}"
            found += [f"{where}: {p}" for p in cut_widgets(dialog) + _columns_past_the_edge(dialog)]
    return found


def _opened_dialog(qtbot) -> QDialog:  # type: ignore[no-untyped-def]
    """The dialog an action has just opened (open(), not exec())."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    settle()
    return dialog


def test_the_dialogs_show_every_text_whole(
    qtbot,  # type: ignore[no-untyped-def]
    language: str,
    text_size: int,
    window: MainWindow,
    services: Services,
) -> None:
    problems = []
    new = NewWorkshopDialog(services.workshops, window.library.overviews, window)
    qtbot.addWidget(new)
    new.show()
    problems += _problems("Ny workshop", new)
    new.close()
    for name, action in (
        ("Exportera", window.ui.export_action),
        ("Mallar", window.templates_action),
        ("Kortkommandon", window.key_map_action),
        ("Återställ", window.ui.restore_action),
    ):
        action.trigger()
        dialog = _opened_dialog(qtbot)
        problems += _problems(name, dialog)
        dialog.reject()
        settle()
    window.ui.about_action.trigger()
    about = window.about_dialog
    assert about is not None
    problems += _problems("Om programmet", about)
    about.close()
    window.close()
    assert not problems, "\n".join(problems)


def _import(qtbot, window: MainWindow, package: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Imports ``package`` through its preview; what the preview did not show whole."""
    importing = window.importing
    assert importing is not None
    window.import_workshops([package])
    qtbot.waitUntil(lambda: importing.preview_dialog is not None, timeout=10_000)
    preview = importing.preview_dialog
    assert preview is not None
    problems = _problems("Importera", preview)
    preview.import_button.click()
    qtbot.waitUntil(lambda: not importing.busy, timeout=10_000)
    window.message_box.close()
    return problems


def test_the_import_dialogs_show_every_text_whole(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    language: str,
    text_size: int,
    window: MainWindow,
    services: Services,
    template: ReadinessTemplate,
) -> None:
    """The preview of a package with a conflict, and the conflict to choose."""
    with open_services(tmp_path / "laptop.sqlite3", create_if_missing=True) as laptop:
        contents = laptop.workshops.add_workshop(workshop_with_every_part(template))
        wid = contents.workshop.id
        first = laptop.packages.pack([wid], tmp_path / "a.hallbar")
        _import(qtbot, window, first)
        dependency = contents.dependencies[0]
        laptop.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Laptop"))
        services.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Här"))
        second = laptop.packages.pack([wid], tmp_path / "b.hallbar")
    problems = _import(qtbot, window, second)
    window.conflicts_action.trigger()
    conflicts = window.conflicts_dialog
    assert conflicts is not None
    conflicts.ui.conflict_table.selectRow(0)
    problems += _problems("Konflikter från import", conflicts)
    conflicts.close()
    window.close()
    assert not problems, "\n".join(problems)
