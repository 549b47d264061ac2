"""Arkiv › Dela workshop…: one workshop packed into a .hallbar file for a coordinator."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.ui.background_job import BackgroundJob
from hallbar_desktop.ui.dialogs.export_dialog import safe_file_stem
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from hallbar_desktop.services.package_service import PackageService

PACKAGE_SUFFIX = ".hallbar"
_FOLDER_PURPOSE = "share"


def package_file_stem(workshop: Workshop) -> str:
    """ "Region Exempelland – Hållbarhet i projektmedel – 2026-11-20": the coordinator sees
    whose workshop a file holds before opening it."""
    parts = (
        workshop.organisation,
        workshop.title,
        workshop.held_on.isoformat() if workshop.held_on else "",
    )
    return safe_file_stem(" – ".join(p.strip() for p in parts if p.strip())) or "Workshop"


class ShareWorkshop(QObject):
    """Asks where to save (proposing a name) and whether the personal data go along (no by
    default: a package is "utan personuppgifter", issue 19), then packs on a pool thread.
    ``shared`` carries the file written, ``refused`` the sentence that says why not."""

    shared = Signal(Path)
    refused = Signal(str)

    def __init__(self, packages: PackageService, settings: UiSettings, window: QWidget) -> None:
        super().__init__(window)
        self._packages = packages
        self._settings = settings
        self._window = window

    @property
    def busy(self) -> bool:
        return BackgroundJob.running(self)

    def share(self, workshop: Workshop) -> None:
        folder = self._settings.start_folder(_FOLDER_PURPOSE)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Dela workshop"),
            str(folder / (package_file_stem(workshop) + PACKAGE_SUFFIX)),
            self.tr("Workshoppaket (*.hallbar)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != PACKAGE_SUFFIX:
            target = target.with_name(target.name + PACKAGE_SUFFIX)
        answer = QMessageBox.question(
            self._window,
            self.tr("Ta med personuppgifterna?"),
            self.tr(
                "Ska personuppgifterna följa med i paketet: deltagarnas namn, roller och alias, "
                "processledarens namn och vem som skrev vad? Svarar du nej står deltagarna som "
                "Deltagare 1, 2 … och allt annat i workshoppen följer med. Där paketet läses in "
                "tas inga namn bort."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        names = answer == QMessageBox.StandardButton.Yes
        self._settings.set_last_folder(_FOLDER_PURPOSE, str(target.parent))
        packages, workshop_id = self._packages, workshop.id
        job = BackgroundJob(lambda: packages.pack([workshop_id], target, names=names), self)
        job.succeeded.connect(self._done)
        job.refused.connect(self._refused)
        job.crashed.connect(self._crashed)
        job.start()

    def _done(self, target: object) -> None:
        self.shared.emit(target)

    def _refused(self, error: HallbarError) -> None:
        self.refused.emit(error_text(error))

    def _crashed(self, error: BaseException) -> None:
        # A fault of the program, not of the file or the folder: the crash report.
        sys.excepthook(type(error), error, error.__traceback__)
