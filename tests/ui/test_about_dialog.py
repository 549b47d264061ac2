"""Hjälp › Om programmet: version, where the data and backups are, and each licence readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from hallbar_desktop import __version__, paths
from hallbar_desktop.app import open_services
from hallbar_desktop.ui.dialogs.about_dialog import AboutDialog
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings


@pytest.fixture
def about(qtbot, tmp_path: Path, ui_settings: UiSettings):  # type: ignore[no-untyped-def]
    """Hjälp › Om programmet opened from a window on a database of the test's own."""
    db = tmp_path / "workshoppar.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        window = MainWindow(None, None, ui_settings)
        qtbot.addWidget(window)
        window.attach(services.workshops, services.exports, str(db), services.backups)
        window.ui.about_action.trigger()
        dialog = window.findChild(AboutDialog)
        assert dialog is not None and dialog.isVisible()
        yield dialog, services
        dialog.close()


def _shown_text(dialog: AboutDialog) -> str:
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    fields = [edit.text() for edit in dialog.findChildren(QLineEdit)]
    model = dialog.ui.component_table.model()
    items = [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    return "\n".join([*labels, *fields, *items])


def test_the_dialog_shows_the_version_and_where_the_data_and_backups_are(about) -> None:  # type: ignore[no-untyped-def]
    dialog, services = about
    shown = _shown_text(dialog)
    assert __version__ in dialog.ui.version_label.text()
    assert dialog.ui.database_edit.text() == str(services.database_path)
    assert dialog.ui.backups_edit.text() == str(services.backups.folder)
    assert dialog.ui.data_folder_edit.text() == str(paths.data_dir())
    # Selectable and copyable, not editable.
    for edit in (dialog.ui.database_edit, dialog.ui.backups_edit, dialog.ui.data_folder_edit):
        assert edit.isReadOnly()
        edit.selectAll()
        edit.copy()
        assert QApplication.clipboard().text() == edit.text()
    assert str(services.database_path) in shown


@pytest.mark.parametrize(
    ("component", "licence"),
    [
        ("DejaVu Sans", "Bitstream Vera"),
        ("Noto Sans Ethiopic", "SIL Open Font License"),
        ("Qt", "LGPL-3.0"),
        ("PySide6", "LGPL-3.0"),
        ("SQLAlchemy", "MIT"),
        ("openpyxl", "MIT"),
        ("ReportLab", "BSD"),
        ("arabic-reshaper", "MIT"),
        ("python-bidi", "LGPL"),
    ],
)
def test_each_font_and_library_shows_its_licence_and_its_text(  # type: ignore[no-untyped-def]
    about, component: str, licence: str
) -> None:
    dialog, _services = about
    table = dialog.ui.component_table
    model = table.model()
    rows = [row for row in range(model.rowCount()) if component in model.index(row, 0).data()]
    assert rows, component
    assert licence in model.index(rows[0], 2).data()
    table.selectRow(rows[0])
    text = dialog.ui.licence_text.toPlainText()
    assert len(text) > 100, (component, text)


def test_the_font_licences_are_the_bundled_files(about) -> None:  # type: ignore[no-untyped-def]
    dialog, _services = about
    dejavu = (paths.fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    table = dialog.ui.component_table
    model = table.model()
    table.selectRow(model.rowCount() - 1)  # another row first: the text follows the choice
    row = next(r for r in range(model.rowCount()) if "DejaVu" in model.index(r, 0).data())
    table.selectRow(row)
    assert dialog.ui.licence_text.toPlainText() == dejavu


def test_open_the_folder_shows_the_data_folder(  # type: ignore[no-untyped-def]
    about, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _services = about
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or True
    )
    dialog.ui.open_folder_button.click()
    assert opened == [str(paths.data_dir())]


def test_before_a_database_is_open_the_dialog_says_so(qtbot, ui_settings: UiSettings) -> None:  # type: ignore[no-untyped-def]
    shell = MainWindow(None, None, ui_settings)
    qtbot.addWidget(shell)
    shell.ui.about_action.trigger()
    dialog = shell.findChild(AboutDialog)
    assert dialog is not None
    assert "ingen databas" in dialog.ui.database_edit.text()
    dialog.close()
