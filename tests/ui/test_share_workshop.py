"""Arkiv › Dela workshop…: a proposed file name, names only after a yes, the file written."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hallbar_desktop import paths
from hallbar_desktop.app import open_services
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.exchange.package_format import read_package
from hallbar_desktop.ui.dialogs.share_workshop import package_file_stem
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings


def test_the_proposed_name_says_whose_workshop_and_works_on_every_system() -> None:
    workshop = Workshop(
        title='Plan: "hållbar"/regional?', organisation="Region Väst", held_on=date(2026, 11, 20)
    )
    assert package_file_stem(workshop) == "Region Väst – Plan- -hållbar--regional- – 2026-11-20"
    assert package_file_stem(Workshop(title="Utan datum")) == "Utan datum"


def test_sharing_from_the_library_and_the_window_writes_the_package(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "laptop.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        created = services.workshops.create_workshop(
            Workshop(
                title="Hösten",
                organisation="Region Nord",
                held_on=date(2026, 10, 1),
                facilitator="Fredrika Processledarsson",
            ),
            participant_count=2,
        )
        first = created.participants[0]
        services.workshops.save_participant(
            created.workshop.id, dataclasses.replace(first, name="Eva Ek")
        )
        window = MainWindow(None, None, ui_settings)
        qtbot.addWidget(window)
        window.attach(
            services.workshops, services.exports, db.name, services.backups, services.packages
        )
        proposed: list[str] = []
        target = tmp_path / "ut" / "delad"
        target.parent.mkdir()

        def save_as(_parent, _title, suggestion, _filter):  # type: ignore[no-untyped-def]
            proposed.append(Path(suggestion).name)
            return str(target), ""

        answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
        written = target.with_name("delad.hallbar")

        # From the library, the selected workshop; the names stay out after "No".
        window.library._select(created.workshop.id)
        window.share_action.trigger()
        qtbot.waitUntil(
            lambda: written.exists() and window.sharing is not None and not window.sharing.busy
        )
        assert proposed == ["Region Nord – Hösten – 2026-10-01.hallbar"]
        package = read_package(written, paths.package_schema_path())
        (packed,) = package.workshops
        assert packed.workshop.id == created.workshop.id
        assert [p.name for p in packed.participants] == ["", ""]
        # "utan personuppgifter" (issue 19): no facilitator either, and the package says so.
        assert (packed.workshop.facilitator, package.redacted) == ("", True)
        assert "Workshoppen är delad" in window.message_box.windowTitle()
        window.message_box.close()

        # From the open workshop; the names go along after "Yes".
        written.unlink()
        window.open_workshop(created.workshop.id)
        window.share_action.trigger()
        qtbot.waitUntil(lambda: written.exists() and not window.sharing.busy)  # type: ignore[union-attr]
        package = read_package(written, paths.package_schema_path())
        (packed,) = package.workshops
        assert [p.name for p in packed.participants] == ["Eva Ek", ""]
        assert (packed.workshop.facilitator, package.redacted) == (
            "Fredrika Processledarsson",
            False,
        )
        window.close()
