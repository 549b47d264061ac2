"""The export dialog: files written off the GUI thread, Swedish messages, remembered choices."""

from __future__ import annotations

import dataclasses
import sys
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.dialogs.export_dialog import ExportDialog, Scope, safe_file_stem
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import TODAY
from tests.ui.keyboard import press, type_text

EXPORT_TIMEOUT_MS = 60_000


@pytest.fixture
def opened_folders(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Folders the dialog asked the desktop to open; none is really opened in a test."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def _dialog(qtbot, exports: ExportService, settings: UiSettings, **choice) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(exports, settings, today=TODAY, **choice)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export_and_wait(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=EXPORT_TIMEOUT_MS)


def test_the_demo_workshop_is_written_to_both_formats_on_a_worker_thread(
    qtbot,  # type: ignore[no-untyped-def]
    demo_workshop: OpenWorkshop,
    exports: ExportService,
    ui_settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_folders: list[QUrl],
) -> None:
    threads: list[int] = []
    export = ExportService.export

    def recording_export(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return export(self, *args, **kwargs)

    monkeypatch.setattr(ExportService, "export", recording_export)
    folder = tmp_path / "Exporter åt ledningen"
    folder.mkdir()
    workshop = demo_workshop.contents.workshop
    dialog = _dialog(qtbot, exports, ui_settings, workshop=workshop)
    assert dialog.ui.choice_panel.isHidden()
    assert workshop.title in dialog.ui.this_workshop_label.text()
    assert not dialog.ui.names_check.isChecked()  # names are personal data: off by default
    stem = dialog.ui.name_edit.text()
    assert stem == f"{workshop.held_on} {workshop.title}"
    dialog.ui.folder_edit.setText(str(folder))
    dialog.ui.open_after_check.setChecked(True)

    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as finished:
        dialog.ui.export_button.click()
        # The click returns at once; the files are written while the GUI thread goes on.
        assert dialog.is_busy() and dialog.ui.progress_bar.isVisible()
        assert not dialog.ui.export_button.isEnabled()

    assert threads and threads[0] != threading.get_ident()
    xlsx, pdf = folder / f"{stem}.xlsx", folder / f"{stem}.pdf"
    assert finished.args == [(xlsx, pdf)]
    assert "Skattning" in openpyxl.load_workbook(xlsx).sheetnames
    assert pdf.read_bytes().startswith(b"%PDF")
    shown = dialog.ui.message_label.text()
    assert "Klart" in shown and f"{stem}.xlsx" in shown and f"{stem}.pdf" in shown
    assert dialog.ui.progress_bar.isHidden() and dialog.ui.open_folder_button.isVisible()
    assert opened_folders == [QUrl.fromLocalFile(str(folder))]  # "Öppna mappen efteråt"
    dialog.ui.open_folder_button.click()
    assert opened_folders[-1] == QUrl.fromLocalFile(str(folder))

    # The next export starts in the same folder, with the same choice about opening it.
    again = _dialog(qtbot, exports, ui_settings, workshop=workshop)
    assert ui_settings.last_folder("export") == str(folder)
    assert again.ui.folder_edit.text() == str(folder)
    assert again.ui.open_after_check.isChecked()


def test_without_a_format_nothing_is_written_and_the_dialog_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    demo_workshop: OpenWorkshop,
    exports: ExportService,
    ui_settings: UiSettings,
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, exports, ui_settings, workshop=demo_workshop.contents.workshop)
    dialog.ui.folder_edit.setText(str(tmp_path))
    dialog.ui.xlsx_check.setChecked(False)
    dialog.ui.pdf_check.setChecked(False)
    dialog.ui.export_button.click()
    assert not dialog.is_busy()
    assert dialog.ui.message_label.text() == "Välj minst ett format: Excel, PDF eller båda."
    assert dialog.ui.message_label.isVisible()
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.pdf"))
    assert ui_settings.last_folder("export") == ""


def test_a_missing_folder_or_a_folder_in_the_files_place_gives_the_swedish_message(
    qtbot,  # type: ignore[no-untyped-def]
    demo_workshop: OpenWorkshop,
    exports: ExportService,
    ui_settings: UiSettings,
    tmp_path: Path,
    opened_folders: list[QUrl],
) -> None:
    dialog = _dialog(qtbot, exports, ui_settings, workshop=demo_workshop.contents.workshop)
    dialog.ui.open_after_check.setChecked(True)
    missing = tmp_path / "finns inte"
    dialog.ui.folder_edit.setText(str(missing))
    _export_and_wait(qtbot, dialog)
    message = dialog.ui.message_label.text()
    assert message.startswith(f"Mappen {missing} finns inte")
    assert not missing.exists()

    out = tmp_path / "ut"
    out.mkdir()
    (out / "Plan.xlsx").mkdir()  # a folder where the workbook should go
    dialog.ui.folder_edit.setText(str(out))
    dialog.ui.name_edit.setText("Plan")
    _export_and_wait(qtbot, dialog)
    assert dialog.ui.message_label.text() == f"{out / 'Plan.xlsx'} är en mapp. Ange ett filnamn."
    # Every target is checked before the first file is written: not even the PDF exists.
    assert sorted(p.name for p in out.iterdir()) == ["Plan.xlsx"]
    assert dialog.ui.open_folder_button.isHidden()
    assert ui_settings.last_folder("export") == "" and opened_folders == []
    assert dialog.ui.export_button.isEnabled()  # nothing else changed; the user can try again


def test_the_library_exports_a_rollup_of_one_organisation(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    exports: ExportService,
    ui_settings: UiSettings,
    template: ReadinessTemplate,
    tmp_path: Path,
) -> None:
    for organisation in ("Region Exempelland", "Region Exempelland", "Region Östra"):
        contents = demo_contents(template, TODAY)
        workshop = dataclasses.replace(contents.workshop, organisation=organisation)
        service.add_workshop(dataclasses.replace(contents, workshop=workshop))
    library = service.list_workshops()
    dialog = _dialog(qtbot, exports, ui_settings, workshop=library[0].workshop, library=library)
    assert dialog.scope() is Scope.WORKSHOP
    assert dialog.ui.organisation_combo.count() == 2

    dialog.ui.all_radio.setChecked(True)
    assert dialog.ui.selection_label.text().startswith("3 workshoppar sammanställs")
    assert dialog.ui.name_edit.text() == "Sammanställning alla workshoppar 2026-11-26"
    combo = dialog.ui.organisation_combo
    combo.setCurrentIndex(combo.findData("Region Östra"))
    assert dialog.scope() is Scope.ORGANISATION  # picking an organisation chooses that scope
    assert dialog.ui.selection_label.text() == "1 workshop ingår i sammanställningen."
    combo.setCurrentIndex(combo.findData("Region Exempelland"))
    assert dialog.ui.selection_label.text().startswith("2 workshoppar sammanställs")
    stem = dialog.ui.name_edit.text()
    assert stem == "Sammanställning Region Exempelland 2026-11-26"
    dialog.ui.pdf_check.setChecked(False)
    dialog.ui.folder_edit.setText(str(tmp_path))

    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS):
        dialog.ui.export_button.click()

    book = openpyxl.load_workbook(tmp_path / f"{stem}.xlsx")
    assert "Jämförelse" in book.sheetnames
    assert len(list(book["Jämförelse"].iter_rows(min_row=2))) >= 2
    assert not (tmp_path / f"{stem}.pdf").exists()


def test_a_name_the_user_wrote_stays_and_bad_characters_are_refused(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    demo_workshop: OpenWorkshop,
    exports: ExportService,
    ui_settings: UiSettings,
    tmp_path: Path,
) -> None:
    library = service.list_workshops()
    dialog = _dialog(qtbot, exports, ui_settings, workshop=library[0].workshop, library=library)
    dialog.ui.name_edit.selectAll()
    type_text(dialog.ui.name_edit, "Till styrelsen")
    dialog.ui.period_radio.setChecked(True)
    assert dialog.ui.name_edit.text() == "Till styrelsen"
    dialog.ui.folder_edit.setText(str(tmp_path))
    dialog.ui.name_edit.setText("Plan: höst/vår")
    dialog.ui.export_button.click()
    assert "Filnamnet får inte innehålla" in dialog.ui.message_label.text()
    assert not list(tmp_path.glob("*.xlsx"))
    assert safe_file_stem("Plan: höst/vår?  ") == "Plan- höst-vår-"


def test_an_unexpected_error_in_the_worker_reaches_the_crash_handling_on_the_gui_thread(
    qtbot,  # type: ignore[no-untyped-def]
    demo_workshop: OpenWorkshop,
    exports: ExportService,
    ui_settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_export(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("trasig skrivare")

    reported: list[tuple[int, BaseException]] = []
    monkeypatch.setattr(ExportService, "export", broken_export)
    monkeypatch.setattr(
        sys, "excepthook", lambda kind, error, tb: reported.append((threading.get_ident(), error))
    )
    dialog = _dialog(qtbot, exports, ui_settings, workshop=demo_workshop.contents.workshop)
    dialog.ui.folder_edit.setText(str(tmp_path))
    _export_and_wait(qtbot, dialog)
    assert len(reported) == 1
    thread, error = reported[0]
    assert thread == threading.get_ident() and str(error) == "trasig skrivare"
    assert error.__traceback__ is not None
    assert dialog.ui.message_label.text() == "Exporten avbröts av ett oväntat fel."
    assert dialog.ui.export_button.isEnabled()


def _window(qtbot, service: WorkshopService, exports: ExportService, settings: UiSettings):  # type: ignore[no-untyped-def]
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(service, exports, settings, "test")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_ctrl_e_opens_the_dialog_for_the_open_workshop_and_the_library_button_for_its_choice(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    demo,  # type: ignore[no-untyped-def]
    exports: ExportService,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "open", lambda dialog: opened.append(dialog))
    service.add_workshop(demo)
    window = _window(qtbot, service, exports, ui_settings)
    window.open_workshop(demo.workshop.id)
    press(QApplication.focusWidget() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and window.export_dialog is opened[0]
    from_workshop = opened[0]
    assert from_workshop.ui.choice_panel.isHidden()
    assert demo.workshop.title in from_workshop.ui.this_workshop_label.text()
    assert window.ui.export_action.text() == "&Exportera…"
    from_workshop.done(0)

    window.show_library()
    window.library.reload(select=demo.workshop.id)
    window.library.ui.export_button.click()
    assert len(opened) == 2
    from_library = opened[1]
    assert not from_library.ui.choice_panel.isHidden()
    assert from_library.scope() is Scope.WORKSHOP
    assert demo.workshop.title in from_library.ui.selected_radio.text()


def test_the_dialog_says_which_characters_the_report_could_not_show(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    exports: ExportService,
    ui_settings: UiSettings,
    tmp_path: Path,
    opened_folders: list[QUrl],
) -> None:
    """A character no bundled font has is drawn as �; the person who exported is told so."""
    contents = service.create_workshop(Workshop(title="Gener \U0001f9ec och \ue000", held_on=TODAY))
    dialog = _dialog(qtbot, exports, ui_settings, workshop=contents.workshop)
    dialog.ui.folder_edit.setText(str(tmp_path))
    dialog.ui.xlsx_check.setChecked(False)
    _export_and_wait(qtbot, dialog)
    shown = dialog.ui.message_label.text()
    assert "Klart" in shown
    assert "tecken finns inte i programmets typsnitt och visas som �" in shown
    assert "\U0001f9ec" in shown


def test_the_files_speak_the_language_the_window_speaks(
    qtbot,  # type: ignore[no-untyped-def]
    qapp,  # type: ignore[no-untyped-def]
    demo_workshop: OpenWorkshop,
    exports: ExportService,
    ui_settings: UiSettings,
    tmp_path: Path,
) -> None:
    from hallbar_desktop.ui.application_setup import set_language

    workshop = demo_workshop.contents.workshop
    written = {}
    for language, overview in (("en", "Overview"), ("sv", "Översikt")):
        set_language(qapp, language)
        try:
            dialog = _dialog(qtbot, exports, ui_settings, workshop=workshop)
            dialog.ui.folder_edit.setText(str(tmp_path))
            dialog.ui.name_edit.setText(language)
            dialog.ui.pdf_check.setChecked(False)
            _export_and_wait(qtbot, dialog)
        finally:
            set_language(qapp, "sv")
        written[language] = openpyxl.load_workbook(tmp_path / f"{language}.xlsx").sheetnames
        assert written[language][0] == overview
    assert "Dependencies" in written["en"] and "Beroenden" in written["sv"]


def test_the_window_s_export_process_starts_with_the_dialog_writes_the_files_and_says_its_errors(
    qtbot,  # type: ignore[no-untyped-def]
    demo_workshop: OpenWorkshop,
    service: WorkshopService,
    ui_settings: UiSettings,
    tmp_path: Path,
    opened_folders: list[QUrl],
) -> None:
    from hallbar_desktop import paths
    from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
    from hallbar_desktop.export_process import ExportProcessService

    exports = ExportProcessService(
        service._store, XlsxWriter(), PdfWriter(paths.fonts_dir()), app_version="test"
    )
    workshop = demo_workshop.contents.workshop
    dialog = _dialog(qtbot, exports, ui_settings, workshop=workshop)
    ahead = exports._ahead
    assert ahead is not None and ahead.alive()  # importing while the user chooses
    dialog.ui.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as finished:
        dialog.ui.export_button.click()
    assert exports.why_here is None and not ahead.alive()
    xlsx, pdf = finished.args[0]
    assert "Skattning" in openpyxl.load_workbook(xlsx).sheetnames
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Klart" in dialog.ui.message_label.text()
    dialog.close()

    # An error in that process reads as it would from this one; closing ends the one ahead.
    again = _dialog(qtbot, exports, ui_settings, workshop=workshop)
    again.ui.folder_edit.setText(str(tmp_path / "finns-inte"))
    _export_and_wait(qtbot, again)
    assert "finns-inte" in again.ui.message_label.text() and "Klart" not in (
        again.ui.message_label.text()
    )
    third = _dialog(qtbot, exports, ui_settings, workshop=workshop)
    unused = exports._ahead
    assert unused is not None and unused.alive()
    third.reject()
    qtbot.waitUntil(lambda: not unused.alive(), timeout=10_000)
