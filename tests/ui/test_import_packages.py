"""Arkiv › Importera workshoppar… and Konflikter från import, as a coordinator meets them: a
preview before anything is written, the workshop in the library at once, a conflict shown
side by side and chosen, and a refused package said in a dialog with the database untouched."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hallbar_desktop.app import Services, open_services
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.ui.application_setup import set_language
from hallbar_desktop.ui.dialogs.import_packages import differences
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.workshop_with_every_part import workshop_with_every_part


def _window(qtbot, services: Services, settings: UiSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(None, None, settings)
    qtbot.addWidget(window)
    window.attach(
        services.workshops,
        services.exports,
        services.database_path.name,
        services.backups,
        services.packages,
        services.imports,
    )
    return window


def _accept_preview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    importing = window.importing
    assert importing is not None
    qtbot.waitUntil(lambda: importing.preview_dialog is not None)
    dialog = importing.preview_dialog
    assert dialog is not None
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not importing.busy)


def test_a_shared_workshop_is_imported_and_a_conflict_chosen(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    ui_settings: UiSettings,
    template: ReadinessTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with (
        open_services(tmp_path / "laptop.sqlite3", create_if_missing=True) as laptop,
        open_services(tmp_path / "samordnare.sqlite3", create_if_missing=True) as here,
    ):
        contents = laptop.workshops.add_workshop(workshop_with_every_part(template))
        wid = contents.workshop.id
        first = laptop.packages.pack([wid], tmp_path / "första.hallbar")
        window = _window(qtbot, here, ui_settings)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(first)], ""))

        window.import_action.trigger()

        importing = window.importing
        assert importing is not None
        qtbot.waitUntil(lambda: importing.preview_dialog is not None)
        preview = importing.preview_dialog
        assert preview is not None
        assert preview.model.rowCount() == 1
        assert preview.model.index(0, 4).data() == "Läggs till"
        assert here.workshops.list_workshops() == ()  # nothing written before "Importera"
        _accept_preview(qtbot, window)
        assert [o.workshop.id for o in window.library.overviews] == [wid]
        assert "Nya workshoppar: 1" in window.message_box.text()
        window.message_box.close()

        # Both sides change the same dependency; the laptop's package comes back (dropped).
        dependency = contents.dependencies[0]
        laptop.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Laptop"))
        here.workshops.save_dependency(wid, dataclasses.replace(dependency, title="Här"))
        second = laptop.packages.pack([wid], tmp_path / "andra.hallbar")
        window.import_workshops([second])
        qtbot.waitUntil(lambda: importing.preview_dialog is not None)
        preview = importing.preview_dialog
        assert preview is not None
        assert "Konflikter: 1" in preview.ui.counts_label.text()
        assert preview.model.index(0, 4).data() == "Konflikter att välja: 1"
        _accept_preview(qtbot, window)
        result = window.message_box
        (show,) = [b for b in result.buttons() if "konflikter" in b.text()]
        show.click()

        dialog = window.conflicts_dialog
        assert dialog is not None
        assert dialog.model.rowCount() == 1
        assert dialog.model.index(0, 1).data() == "Beroende (titel)"
        # Return chooses nothing: neither version is the default button.
        assert not dialog.ui.keep_button.autoDefault() and not dialog.ui.take_button.autoDefault()
        qtbot.keyClick(dialog.ui.conflict_table, Qt.Key.Key_Return)
        assert len(here.imports.conflicts()) == 1
        qtbot.waitUntil(lambda: window.conflicts_dialog is None)  # Return closed it
        window.conflicts_action.trigger()
        dialog = window.conflicts_dialog
        assert dialog is not None
        rows = [
            tuple(dialog.differences.index(r, c).data() for c in range(3))
            for r in range(dialog.differences.rowCount())
        ]
        # Only the field in conflict, and when each side last changed the record.
        assert [r[0] for r in rows] == ["Titel", "Ändrad"]
        assert rows[0] == ("Titel", "Här", "Laptop")
        dialog.ui.take_button.click()

        assert here.workshops.contents(wid).dependencies[0].title == "Laptop"
        assert dialog.model.rowCount() == 0
        assert dialog.ui.empty_label.isVisibleTo(dialog)
        assert not dialog.ui.intro_label.isVisibleTo(dialog)
        assert not dialog.ui.take_button.isVisibleTo(dialog)
        assert dialog.ui.choice_label.text() == (
            "”Här”: versionen från paketet gäller nu. Konflikter kvar att välja: 0."
        )
        window.close()


def test_a_refused_package_is_said_in_a_dialog_and_nothing_changes(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    ui_settings: UiSettings,
    template: ReadinessTemplate,
) -> None:
    with (
        open_services(tmp_path / "laptop.sqlite3", create_if_missing=True) as laptop,
        open_services(tmp_path / "samordnare.sqlite3", create_if_missing=True) as here,
    ):
        wid = laptop.workshops.add_workshop(workshop_with_every_part(template)).workshop.id
        package = laptop.packages.pack([wid], tmp_path / "p.hallbar")
        document = json.loads(zipfile.ZipFile(package).read("package.json"))
        document["version"] = 99
        bad = tmp_path / "nyare.hallbar"
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("package.json", json.dumps(document))
        window = _window(qtbot, here, ui_settings)
        before = here.database_path.read_bytes()

        window.import_workshops([bad])

        qtbot.waitUntil(lambda: getattr(window, "message_box", None) is not None)
        box = window.message_box
        assert box.icon() == QMessageBox.Icon.Warning
        assert box.text().startswith("nyare.hallbar, version: paketet är gjort i formatversion 99")
        assert window.importing is not None and window.importing.preview_dialog is None
        assert here.database_path.read_bytes() == before
        box.close()
        window.close()


def test_a_dropped_package_is_previewed_and_cancelling_writes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    ui_settings: UiSettings,
    template: ReadinessTemplate,
) -> None:
    with (
        open_services(tmp_path / "laptop.sqlite3", create_if_missing=True) as laptop,
        open_services(tmp_path / "samordnare.sqlite3", create_if_missing=True) as here,
    ):
        wid = laptop.workshops.add_workshop(workshop_with_every_part(template)).workshop.id
        package = laptop.packages.pack([wid], tmp_path / "p.hallbar")
        window = _window(qtbot, here, ui_settings)
        before = here.database_path.read_bytes()
        window.library.packages_dropped.emit([package])  # dropped on the library
        importing = window.importing
        assert importing is not None
        qtbot.waitUntil(lambda: importing.preview_dialog is not None)

        qtbot.keyClick(importing.preview_dialog, Qt.Key.Key_Escape)

        qtbot.waitUntil(lambda: not importing.busy)
        assert here.database_path.read_bytes() == before
        assert here.workshops.list_workshops() == ()
        window.close()


def test_a_conflicts_fields_are_named_in_the_language_of_the_window(
    qapp,  # type: ignore[no-untyped-def]
    template: ReadinessTemplate,
) -> None:
    dependency = workshop_with_every_part(template).dependencies[0]
    theirs = dataclasses.replace(dependency, title="Laptop", owner="Eva")
    parent = QObject()
    swedish = differences(parent, dependency, theirs, ("title", "owner"))
    assert [row[0] for row in swedish] == ["Titel", "Ansvarig", "Ändrad"]
    set_language(qapp, "en")
    try:
        english = differences(parent, dependency, theirs, ("title", "owner"))
    finally:
        set_language(qapp, "sv")
    assert [row[0] for row in english] == ["Title", "Owner", "Changed"]
    assert english[0][1:] == (dependency.title, "Laptop")
