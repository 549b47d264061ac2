"""The line under the page that says what is left (and which steps were skipped) wraps at
1366×768 instead of being cut ("… Förutsättnir")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import settle


def test_a_long_step_note_wraps_within_the_window(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window, contents = window_with_workshop
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    assert view is not None
    label = view.ui.step_note_label
    long_note = "Kvar i det här steget: 1 högt prioriterat beroende saknar åtgärd. " * 4
    view.go_to(WorkshopStep.SUMMARY)  # any step: the note line is the window's, not a page's
    label.setText(long_note.strip())
    settle()
    metrics = QFontMetrics(label.font())
    wrapped = metrics.boundingRect(
        0, 0, label.width(), 10_000, int(Qt.TextFlag.TextWordWrap), label.text()
    )
    assert wrapped.width() <= label.width()
    assert label.height() >= wrapped.height()
