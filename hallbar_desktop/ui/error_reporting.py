"""Unexpected exceptions reach the GUI thread and become a dialog plus a crash log."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hallbar_desktop import __version__
from hallbar_desktop.ui.error_words import error_text

__all__ = ["ExceptionReporter", "error_text", "write_crash_log"]


def write_crash_log(folder: Path, details: str) -> Path | None:
    """Write the details to <folder>/crash-<time>.log; None if even that is impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        path.write_text(details, encoding="utf-8")
    except OSError:
        return None
    return path


class ExceptionReporter(QObject):
    """Installed as sys.excepthook; a queued signal carries the error to the GUI thread, since
    the hook may run on a worker thread where no widget may be touched (calibre's design)."""

    caught = Signal(str)

    def __init__(self, log_folder: Path, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._log_folder = log_folder
        self._parent = parent_widget
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.last_log: Path | None = None

    def install(self) -> None:
        sys.excepthook = self.hook

    def set_parent_widget(self, widget: QWidget) -> None:
        self._parent = widget

    def hook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        stamp = f"{datetime.now():%Y-%m-%d %H:%M:%S}"
        details = f"hallbar {__version__}, Python {sys.version.split()[0]}, {stamp}\n\n" + "".join(
            traceback.format_exception(kind, error, tb)
        )
        self.last_log = write_crash_log(self._log_folder, details)
        self.caught.emit(details)

    def _show(self, details: str) -> None:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Ett oväntat fel inträffade"))
        where = (
            self.tr("En felrapport sparades i {0}.").format(self.last_log)
            if self.last_log
            else self.tr("Felrapporten kunde inte sparas.")
        )
        box.setText(
            self.tr(
                "Något gick fel i programmet. Det som visades som sparat finns i databasen, "
                "men det du gjorde precis när felet inträffade kan saknas: kontrollera det. "
                "Du kan fortsätta arbeta, eller starta om programmet om något ser konstigt ut."
            )
        )
        box.setInformativeText(where)
        box.setDetailedText(details)
        copy = box.addButton(self.tr("Kopiera detaljer"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.open()
        self.dialog = box
