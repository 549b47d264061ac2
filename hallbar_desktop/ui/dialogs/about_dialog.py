"""Hjälp › Om programmet: the version, where every copy of the data is kept, and the licences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QObject,
    Qt,
    QUrl,
    qVersion,
)
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from hallbar_desktop import __version__
from hallbar_desktop.domain.backup import BackupPlace, BackupPlaces
from hallbar_desktop.ui.generated.ui_about_dialog import Ui_AboutDialog
from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel


@dataclass(frozen=True, slots=True)
class Licensed:
    """A bundled font or library: what it is called, its version, its licence and the text."""

    name: str
    version: str
    licence: str
    text: str


# The fonts the PDF exports embed, with their licence files in resources/fonts.
_FONTS = (
    (
        "DejaVu Sans",
        "LICENSE-DejaVu.txt",
        "Bitstream Vera License (DejaVus ändringar: public domain)",
    ),
    ("Noto Sans Ethiopic", "LICENSE-Noto.txt", "SIL Open Font License 1.1"),
)
# The libraries the program is built on: the distribution, its name, and the licence and where
# its text is, for an installation that carries no package metadata (the metadata says first).
_LIBRARIES = (
    (
        "PySide6-Essentials",
        "Qt for Python (PySide6)",
        "LGPL-3.0-only",
        "https://www.gnu.org/licenses/lgpl-3.0.html",
    ),
    ("SQLAlchemy", "SQLAlchemy", "MIT", "https://opensource.org/license/mit"),
    ("openpyxl", "openpyxl", "MIT", "https://opensource.org/license/mit"),
    ("reportlab", "ReportLab", "BSD License", "https://www.reportlab.com/dev/opensource/"),
    ("arabic-reshaper", "arabic-reshaper", "MIT", "https://opensource.org/license/mit"),
    (
        "python-bidi",
        "python-bidi",
        "LGPL-3.0",
        "https://www.gnu.org/licenses/lgpl-3.0.html",
    ),
    ("platformdirs", "platformdirs", "MIT", "https://opensource.org/license/mit"),
)
_LICENCE_FILE = re.compile(r"LICEN[CS]E|COPYING", re.IGNORECASE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def bundled_fonts(fonts_dir: Path) -> list[Licensed]:
    found = []
    for name, file_name, licence in _FONTS:
        try:
            text = (fonts_dir / file_name).read_text(encoding="utf-8")
        except OSError:
            text = _tr("Licensfilen {0} saknas i den här installationen.").format(file_name)
        found.append(Licensed(name, "", licence, text))
    return found


def libraries() -> list[Licensed]:
    found = [Licensed("Qt", qVersion(), "LGPL-3.0-only", _qt_text())]
    for distribution, name, fallback, url in _LIBRARIES:
        try:
            dist = metadata.distribution(distribution)
        except metadata.PackageNotFoundError:
            text = _tr("Licenstexten följer inte med i den här installationen. Den finns på {0}.")
            found.append(Licensed(name, "", fallback, text.format(url)))
            continue
        licence = _licence_name(dist) or fallback
        text = _licence_files(dist) or _tr(
            "Paketet har ingen licensfil med sig. Licensen är {0}; texten finns på {1}."
        ).format(licence, url)
        found.append(Licensed(name, dist.version, licence, text))
    return found


def _qt_text() -> str:
    return _tr(
        "Qt är ett ramverk för program med grafiskt gränssnitt från The Qt Company. Det följer "
        "med PySide6 och används här under GNU Lesser General Public License, version 3. "
        "Licenstexten finns på https://www.gnu.org/licenses/lgpl-3.0.html, och källkoden på "
        "https://download.qt.io."
    )


def _licence_name(dist: metadata.Distribution) -> str:
    """The licence as the package itself states it: its SPDX expression, a short License
    field, or the trove classifier."""
    fields = dist.metadata
    expression = fields.get("License-Expression")
    if expression:
        return str(expression)
    short = str(fields.get("License") or "").strip()
    if short and "\n" not in short and len(short) <= 60:
        return short
    for classifier in fields.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return str(classifier).split(" :: ")[-1]
    return short.split("(")[0].strip()


def _licence_files(dist: metadata.Distribution) -> str:
    parts = []
    for file in dist.files or ():
        if ".dist-info" not in str(file.parent) or not _LICENCE_FILE.search(file.name):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        parts.append(f"── {file.name} ──\n\n{text.strip()}")
    return "\n\n".join(parts)


class ComponentTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Typsnitt eller bibliotek"),
        QT_TRANSLATE_NOOP("Header", "Version"),
        QT_TRANSLATE_NOOP("Header", "Licens"),
    )

    def __init__(self, components: list[Licensed], parent: QObject) -> None:
        super().__init__(parent)
        self._rows = tuple(components)

    def component(self, row: int) -> Licensed:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        c = self._rows[index.row()]
        return (c.name, c.version, c.licence)[index.column()]


class AboutDialog(QDialog):
    """Non-modal; the paths are read-only fields, so they can be selected and copied."""

    def __init__(
        self,
        *,
        database: Path | str | None,
        backups_folder: Path | None,
        data_folder: Path,
        fonts_dir: Path,
        backup_places: BackupPlaces | None = None,
        on_server: bool = False,
        settings_file: str = "",
        crash_reports: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        title_font = QFont(ui.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        ui.title_label.setFont(title_font)
        heading_font = QFont(ui.storage_heading.font())
        heading_font.setBold(True)
        ui.storage_heading.setFont(heading_font)
        ui.version_label.setText(self.tr("Version {0}").format(__version__))
        not_known = self.tr("Okänd: ingen databas är öppen")
        ui.database_edit.setText(str(database) if database else not_known)
        if backup_places is not None:
            backups_folder = backup_places.folder
        if on_server:
            backups = self.tr("Servern: dess säkerhetskopior sköts av den som ansvarar för servern")
        else:
            backups = str(backups_folder) if backups_folder else not_known
        ui.backups_edit.setText(backups)
        ui.backups_note_label.setText(self._backups_note(backup_places))
        ui.backups_note_label.setVisible(bool(ui.backups_note_label.text()))
        ui.data_folder_edit.setText(str(data_folder))
        ui.settings_file_edit.setText(settings_file)
        ui.settings_file_title.setVisible(bool(settings_file))
        ui.settings_file_edit.setVisible(bool(settings_file))
        # Only once there is one: a folder that does not exist is not a copy of anything.
        ui.crash_reports_edit.setText(str(crash_reports) if crash_reports else "")
        ui.crash_reports_title.setVisible(crash_reports is not None)
        ui.crash_reports_edit.setVisible(crash_reports is not None)
        for edit in (
            ui.database_edit,
            ui.backups_edit,
            ui.data_folder_edit,
            ui.settings_file_edit,
            ui.crash_reports_edit,
        ):
            edit.setCursorPosition(0)
            edit.setToolTip(edit.text())
        self._data_folder = data_folder
        ui.open_folder_button.clicked.connect(self.open_data_folder)
        ui.button_box.rejected.connect(self.reject)

        self.components = ComponentTableModel([*bundled_fonts(fonts_dir), *libraries()], self)
        table = ui.component_table
        table.setModel(self.components)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._show_licence)
        table.selectRow(0)
        ui.licences_splitter.setSizes([220, 260])

    def _backups_note(self, places: BackupPlaces | None) -> str:
        """Why the backups are where they are, and the other place if it is in use too."""
        if places is None:
            return ""
        if places.fell_back:
            text = self.tr(
                "Mappen bredvid databasen går inte att skriva i, så säkerhetskopiorna sparas i "
                "din användarmapp."
            )
        elif places.place is BackupPlace.BESIDE:
            text = self.tr("Säkerhetskopiorna sparas bredvid databasen.")
        else:
            text = self.tr("Säkerhetskopiorna sparas i din användarmapp.")
        other = places.folders[1]
        if other.is_dir() and any(other.iterdir()):
            text += " " + self.tr("Äldre säkerhetskopior finns också i {0}.").format(other)
        return text + " " + self.tr("Välj plats under Arkiv › Inställningar för databasen…")

    def _show_licence(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.ui.licence_text.setPlainText(self.components.component(rows[0].row()).text)

    def open_data_folder(self) -> None:
        # The folder is made on the first start; a missing one is made so that there is
        # something to show rather than an error from the file manager.
        self._data_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))
