"""What the window does while the database file cannot be written: wait without freezing, or ask."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressDialog

from hallbar_desktop.domain.errors import DatabaseLockedError, HallbarError
from hallbar_desktop.ui.error_words import error_text

# Between two tries of a write that found the file busy: long enough not to spin, short enough
# that the edit is stored soon after the other program lets go.
RETRY_INTERVAL_MS = 500
# After this long the edit is refused, so that a program that never lets go (a stuck sync
# client) does not leave the user waiting without an end.
GIVE_UP_AFTER_SECONDS = 60.0


class FileWait(QObject):
    """OpenWorkshop.wait_for_file for a window: a busy file is waited for with the window
    drawing, "Väntar på att filen blir ledig…" in the status bar and a dialog that lets the
    user stop waiting; a disk that does not answer is put to the user, with "Försök igen".
    The edit is kept meanwhile and stored or refused when this returns."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None  # while it is shown, for tests
        # The last wait ended because it lasted too long, not because the user stopped it.
        self.gave_up = False

    def __call__(self, error: HallbarError, waited: float) -> bool:
        self.gave_up = False
        if isinstance(error, DatabaseLockedError):
            return self._wait(waited)
        self.finish()
        return self._ask(error)

    def finish(self) -> None:
        """The write was stored or refused: the waiting is over."""
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
            self._window.statusBar().clearMessage()

    def stop_waiting(self) -> None:
        """As the dialog's button does."""
        if self._progress is not None:
            self._progress.cancel()

    @property
    def waiting(self) -> bool:
        return self._progress is not None

    def _wait(self, waited: float) -> bool:
        if waited >= GIVE_UP_AFTER_SECONDS:
            self.finish()
            self.gave_up = True
            return False
        if self._progress is None:
            progress = QProgressDialog("", self.tr("Sluta vänta"), 0, 0, self._window)
            # A wrapped label: on one line the explanation makes the dialog about 870 px wide.
            label = QLabel(
                self.tr(
                    "Väntar på att filen blir ledig…\n"
                    "Ett annat program (till exempel en synkronisering eller ett antivirus) "
                    "använder databasfilen just nu. Din ändring sparas så snart filen är ledig."
                ),
                progress,
            )
            label.setWordWrap(True)
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 70)
            progress.setLabel(label)
            progress.setWindowTitle(self.tr("Väntar på filen"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.show()
            self._progress = progress
            self._window.statusBar().showMessage(self.tr("Väntar på att filen blir ledig…"))
        progress = self._progress
        loop = QEventLoop()
        QTimer.singleShot(RETRY_INTERVAL_MS, loop.quit)
        progress.canceled.connect(loop.quit)
        # The window keeps drawing and answering while we wait; the dialog is window-modal,
        # so no other edit starts meanwhile.
        loop.exec()
        progress.canceled.disconnect(loop.quit)
        if progress.wasCanceled():
            self.finish()
            return False
        return True

    def _ask(self, error: HallbarError) -> bool:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Ändringen kunde inte sparas"))
        box.setText(error_text(error))
        box.setInformativeText(
            self.tr("Din ändring finns kvar i fönstret tills du väljer vad som ska hända.")
        )
        retry = box.addButton(self.tr("Försök igen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        self.question = box
        try:
            box.exec()
        finally:
            self.question = None
        return box.clickedButton() is retry
