"""Why the database cannot be opened, in plain words, with the way forward as buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from hallbar_desktop.domain.errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    HallbarError,
    NotFoundError,
)
from hallbar_desktop.ui.error_reporting import error_text


class DatabaseProblemDialog(QMessageBox):
    """Shown before any window opens. ``offer_restore`` adds "Återställ från säkerhetskopia…",
    for a file that is damaged or gone when there are backups of it; a file in use by another
    window or program, or on a disk that does not answer, gets "Försök igen"."""

    def __init__(
        self, error: HallbarError, *, offer_restore: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        if isinstance(error, DatabaseInUseError):
            self.setIcon(QMessageBox.Icon.Information)  # nothing is wrong: it is just busy
            title = self.tr("Databasen är redan öppen")
        elif isinstance(error, NotFoundError):
            title = self.tr("Workshoppen finns inte")
        else:
            title = self.tr("Databasen kunde inte öppnas")
        self.setWindowTitle(title)
        self.setText(error_text(error))
        if isinstance(error, DatabaseDamagedError) and error.detail:
            self.setDetailedText(error.detail)  # SQLite's own findings, for IT support
        self.restore_button: QPushButton | None = None
        self.retry_button: QPushButton | None = None
        if isinstance(error, DatabaseInUseError) or error.retryable:
            # Busy or out of reach, not broken: once the other window or program is closed, or
            # the USB stick is back, try again here.
            self.retry_button = self.addButton(
                self.tr("Försök igen"), QMessageBox.ButtonRole.AcceptRole
            )
        if offer_restore:
            self.setInformativeText(
                self.tr(
                    "Det finns säkerhetskopior av databasen. Du kan välja en av dem och "
                    "fortsätta därifrån; filen som den är nu sparas först."
                )
            )
            self.restore_button = self.addButton(
                self.tr("Återställ från säkerhetskopia…"), QMessageBox.ButtonRole.AcceptRole
            )
        close = self.addButton(self.tr("Avsluta"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.retry_button or close)
        self.setEscapeButton(close)

    def restore_chosen(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button

    def retry_chosen(self) -> bool:
        return self.retry_button is not None and self.clickedButton() is self.retry_button
