"""Hjälp › Handledning för processledare (PDF): the handbook written and opened in a PDF reader."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from hallbar_desktop import __version__
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.ui.background_job import BackgroundJob
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.handbook_text import facilitator_handbook

if TYPE_CHECKING:
    from hallbar_desktop.services.export_service import ExportService, WrittenFiles


def handbook_folder() -> Path:
    """Where the handbook is written to be opened: the system's folder for temporary files."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))


class OpenHandbook(QObject):
    """Writes the handbook on a pool thread, with a busy cursor and a word in the status bar,
    then asks the system to open it; the reader's own Save and Print take it from there."""

    def __init__(self, exports: ExportService, window: QMainWindow) -> None:
        super().__init__(window)
        self._exports = exports
        self._window = window

    @property
    def busy(self) -> bool:
        return BackgroundJob.running(self)

    def open(self) -> None:
        if self.busy:
            return
        # The texts are translated here, on the GUI thread; the worker only lays them out.
        book = facilitator_handbook(__version__)
        target = handbook_folder() / self.tr("Handledning för processledare {0}.pdf").format(
            __version__
        )
        exports = self._exports
        job = BackgroundJob(lambda: exports.write_handbook(book, target), self)
        job.succeeded.connect(self._written)
        job.refused.connect(self._refused)
        job.crashed.connect(self._crashed)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._window.statusBar().showMessage(self.tr("Skapar handledningen…"))
        job.start()

    def _finished(self) -> None:
        QApplication.restoreOverrideCursor()
        self._window.statusBar().clearMessage()

    def _written(self, written: WrittenFiles) -> None:
        self._finished()
        target = written[0]
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self._warn(
                self.tr(
                    "Handledningen sparades som {0}, men inget program på datorn kunde öppna "
                    "den. Öppna filen i ett program för PDF-filer."
                ).format(target)
            )

    def _refused(self, error: HallbarError) -> None:
        self._finished()
        self._warn(error_text(error))

    def _crashed(self, error: BaseException) -> None:
        self._finished()
        # A fault of the program, not of the folder: the crash report.
        sys.excepthook(type(error), error, error.__traceback__)

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Handledningen kunde inte öppnas"),
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
