"""The export dialog's choice of personal data: kept for one workshop, left out of a roll-up
unless ticked, names only with the rest (issue 19, item 3)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.dialogs.export_dialog import ExportDialog
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import TODAY

EXPORT_TIMEOUT_MS = 60_000


def _library_dialog(  # type: ignore[no-untyped-def]
    qtbot, service: WorkshopService, exports: ExportService, settings: UiSettings, template
) -> ExportDialog:
    for organisation in ("Region Exempelland", "Region Östra"):
        contents = demo_contents(template, TODAY)
        workshop = dataclasses.replace(contents.workshop, organisation=organisation)
        service.add_workshop(dataclasses.replace(contents, workshop=workshop))
    library = service.list_workshops()
    dialog = ExportDialog(
        exports, settings, workshop=library[0].workshop, library=library, today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _first_fact(path: Path) -> tuple[object, ...]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    return next(sheet.iter_rows(values_only=True))[:2]


def test_a_rollup_is_exported_without_personal_data_unless_the_box_is_ticked(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    exports: ExportService,
    ui_settings: UiSettings,
    template: ReadinessTemplate,
    tmp_path: Path,
) -> None:
    dialog = _library_dialog(qtbot, service, exports, ui_settings, template)
    personal, names = dialog.ui.personal_data_check, dialog.ui.names_check
    # One workshop: its own files keep the facilitator and aliases; names are a choice.
    assert personal.isChecked() and not names.isChecked() and names.isEnabled()
    names.setChecked(True)

    dialog.ui.all_radio.setChecked(True)
    assert not personal.isChecked() and not names.isChecked() and not names.isEnabled()
    assert dialog.request().without_personal_data
    dialog.ui.pdf_check.setChecked(False)
    dialog.ui.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as done:
        dialog.ui.export_button.click()
    (stripped,) = done.args[0]
    label, said = _first_fact(stripped)
    assert label == "Personuppgifter i filen" and "Exporterad utan personuppgifter" in said
    assert names.isEnabled() is False  # still without personal data after the export

    # Ticked by the user, the choice stays when the scope changes, and names can be added.
    personal.click()
    assert personal.isChecked() and names.isEnabled()
    dialog.ui.selected_radio.setChecked(True)
    dialog.ui.all_radio.setChecked(True)
    assert personal.isChecked()
    assert not dialog.request().without_personal_data
    dialog.ui.name_edit.setText("med")
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as done:
        dialog.ui.export_button.click()
    (kept,) = done.args[0]
    assert "Exporterad utan personuppgifter" not in str(_first_fact(kept)[1])
