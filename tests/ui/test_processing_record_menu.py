"""Arkiv › Registerförteckning för dataskyddsombudet…: the record saved where the user chose."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.export.conftest import pdf_text


def test_the_menu_saves_the_record_as_pdf_or_workbook_off_the_gui_thread(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "region.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        created = services.workshops.create_workshop(
            Workshop(title="Hösten", organisation="Region Nord", held_on=date(2026, 10, 1)),
            participant_count=3,
        )
        first = created.participants[0]
        services.workshops.save_participant(
            created.workshop.id, dataclasses.replace(first, name="Eva Ek", role="Chef")
        )
        window = MainWindow(None, None, ui_settings)
        qtbot.addWidget(window)
        assert not window.record_action.isEnabled()
        window.attach(
            services.workshops,
            services.exports,
            db.name,
            services.backups,
            records=services.records,
        )
        assert window.record_action in window.ui.file_menu.actions()
        assert window.record_action.isEnabled()
        chosen: list[Path] = []
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            lambda _parent, _title, suggestion, filters: (str(chosen[-1]), filters.split(";;")[1]),
        )

        # Without an ending, the filter chosen (here Excel) decides it.
        chosen.append(tmp_path / "förteckning")
        window.record_action.trigger()
        workbook_path = tmp_path / "förteckning.xlsx"
        qtbot.waitUntil(lambda: "sparad" in window.ui.status_bar.currentMessage())
        sheet = openpyxl.load_workbook(workbook_path, read_only=True).worksheets[0]
        facts = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if len(row) > 1}
        assert facts["Deltagare"] == 3 and facts["Deltagare med namn"] == 1
        assert str(workbook_path) in window.ui.status_bar.currentMessage()

        chosen.append(tmp_path / "förteckning.pdf")
        window.ui.status_bar.clearMessage()
        window.record_action.trigger()
        qtbot.waitUntil(lambda: "sparad" in window.ui.status_bar.currentMessage())
        text = " ".join(pdf_text(tmp_path / "förteckning.pdf").split())
        assert "Registerförteckning" in text and "Region Nord" in text
