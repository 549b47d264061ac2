"""Arkiv › Registerförteckning för dataskyddsombudet…: the record saved as a workbook or a PDF."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.ui.application_setup import current_language
from hallbar_desktop.ui.background_job import BackgroundJob
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from hallbar_desktop.services.processing_record_service import ProcessingRecordService

_FOLDER_PURPOSE = "record"
_SUFFIXES = (".xlsx", ".pdf")


class SaveProcessingRecord(QObject):
    """Asks where to save the record (the file's ending chooses Excel or PDF), then writes it
    on a pool thread. ``saved`` carries the file written, ``refused`` why not."""

    saved = Signal(Path)
    refused = Signal(str)

    def __init__(
        self, records: ProcessingRecordService, settings: UiSettings, window: QWidget
    ) -> None:
        super().__init__(window)
        self._records = records
        self._settings = settings
        self._window = window

    @property
    def busy(self) -> bool:
        return BackgroundJob.running(self)

    def save(self) -> None:
        folder = self._settings.start_folder(_FOLDER_PURPOSE)
        excel = self.tr("Excel-arbetsbok (*.xlsx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Spara registerförteckningen"),
            str(folder / (self.tr("Registerförteckning") + ".pdf")),
            ";;".join((self.tr("PDF (*.pdf)"), excel)),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in _SUFFIXES:
            target = target.with_name(target.name + (".xlsx" if chosen_filter == excel else ".pdf"))
        self._settings.set_last_folder(_FOLDER_PURPOSE, str(target.parent))
        self.write(target)

    def write(self, target: Path) -> None:
        """Write the record to ``target`` (.xlsx or .pdf) off the GUI thread."""
        records, language = self._records, current_language()
        is_pdf = target.suffix.lower() == ".pdf"

        def work() -> Path:
            if is_pdf:
                records.write(pdf=target, language=language)
            else:
                records.write(xlsx=target, language=language)
            return target

        job = BackgroundJob(work, self)
        job.succeeded.connect(self.saved.emit)
        job.refused.connect(self._refused)
        job.crashed.connect(self._crashed)
        job.start()

    def _refused(self, error: HallbarError) -> None:
        self.refused.emit(error_text(error))

    def _crashed(self, error: BaseException) -> None:
        sys.excepthook(type(error), error, error.__traceback__)
