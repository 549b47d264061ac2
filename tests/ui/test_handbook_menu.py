"""Hjälp › Handledning för processledare (PDF): the handbook written and handed to a reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui import open_handbook
from hallbar_desktop.ui.application_setup import set_language
from hallbar_desktop.ui.handbook_text import facilitator_handbook
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.step_guidance import guidance_for
from tests.export.conftest import pdf_text


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The files the window asks the system to open; they are written under tmp_path."""
    urls: list[Path] = []

    def open_url(url: QUrl) -> bool:
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(open_handbook, "handbook_folder", lambda: tmp_path)
    return urls


def test_the_help_menu_writes_the_handbook_and_opens_it(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, object],
    opened: list[Path],
    tmp_path: Path,
) -> None:
    window, _contents = window_with_workshop
    assert window.handbook_action in window.ui.help_menu.actions()
    assert window.handbook_action.isEnabled()
    window.handbook_action.trigger()
    # Written off the GUI thread: the window says so and shows a busy cursor meanwhile.
    assert QApplication.overrideCursor() is not None
    assert "handledningen" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened[0].parent == tmp_path
    assert opened[0].suffix == ".pdf"
    text = " ".join(pdf_text(opened[0]).split())
    for step in WorkshopStep:
        assert " ".join(guidance_for(step).purpose.split()) in text
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_a_folder_that_cannot_be_written_is_told_in_a_message(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, object],
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, _contents = window_with_workshop
    monkeypatch.setattr(open_handbook, "handbook_folder", lambda: tmp_path / "borta")
    window.handbook_action.trigger()

    def told() -> QMessageBox:
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        assert boxes
        return boxes[0]

    qtbot.waitUntil(lambda: bool(told()), timeout=20_000)
    assert "finns inte" in told().text()
    assert opened == []
    assert QApplication.overrideCursor() is None
    told().close()


def test_the_handbook_needs_no_workshop_but_waits_for_the_services(
    qtbot,  # type: ignore[no-untyped-def]
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    shell = MainWindow(None, None, ui_settings)
    qtbot.addWidget(shell)
    assert not shell.handbook_action.isEnabled()


def test_the_handbook_is_in_the_language_the_window_speaks(qapp: QApplication) -> None:
    """Its words through the window's translation, and its page numbers from the language."""
    set_language(qapp, "en")
    try:
        book = facilitator_handbook("1.0")
    finally:
        set_language(qapp, "sv")
    assert book.language == "en"
    assert book.title == "Facilitator's handbook"
    assert facilitator_handbook("1.0").language == "sv"
