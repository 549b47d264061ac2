"""Arkiv › Öppna databas…: a database file, or a shared database on a PostgreSQL server.

The dialog only chooses (``chosen``); the window asks for a server's password and the
composition root opens the database, since only it owns the open services. No password is
ever part of what is chosen or remembered: a ServerAddress cannot hold one."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from hallbar_desktop.domain.database_address import (
    ServerAddress,
    database_location,
    is_server_address,
)
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.ui.error_words import error_text
from hallbar_desktop.ui.generated.ui_open_database_dialog import Ui_OpenDatabaseDialog
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.ui_settings import UiSettings

DEFAULT_PORT = 5432
# libpq's sslmode values the dialog offers, with what each means; "prefer" is libpq's default
# and is left out of the address.
SSL_MODES = (
    ("prefer", QT_TRANSLATE_NOOP("OpenDatabaseDialog", "Om servern erbjuder det")),
    ("require", QT_TRANSLATE_NOOP("OpenDatabaseDialog", "Alltid")),
    (
        "verify-full",
        QT_TRANSLATE_NOOP("OpenDatabaseDialog", "Alltid, och serverns certifikat kontrolleras"),
    ),
    ("disable", QT_TRANSLATE_NOOP("OpenDatabaseDialog", "Aldrig")),
)
FILE_TAB, SERVER_TAB = 0, 1


def server_address(host: str, port: int, database: str, user: str, sslmode: str) -> ServerAddress:
    """The libpq URI of the Server tab's fields (no password: the prompt gives it)."""
    shown_host = f"[{host}]" if ":" in host else host
    address = f"postgresql://{quote(user, safe='')}@{shown_host}"
    if port != DEFAULT_PORT:
        address += f":{port}"
    address += f"/{quote(database, safe='')}"
    if sslmode != "prefer":
        address += f"?sslmode={sslmode}"
    return ServerAddress(address)


class OpenDatabaseDialog(QDialog):
    def __init__(
        self, settings: UiSettings, current: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OpenDatabaseDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self.chosen: Path | ServerAddress | None = None
        # A recent database chosen as it is: its address may hold more than the fields show
        # (a service, options), so it is opened as remembered until a field is changed.
        self._recent_chosen = ""
        if current:
            self.ui.current_label.setText(self.tr("Nu öppen: {0}").format(current))
        else:
            self.ui.current_label.hide()
        for value, label in SSL_MODES:
            self.ui.sslmode_combo.addItem(
                QCoreApplication.translate("OpenDatabaseDialog", label), value
            )
        self.open_button: QPushButton = self.ui.button_box.addButton(
            self.tr("Öppna"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.choose)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.recent_list.currentItemChanged.connect(self._recent_picked)
        self.ui.recent_list.itemActivated.connect(lambda _item: self.choose())
        for edit in (ui := self.ui).file_edit, ui.host_edit, ui.database_edit, ui.user_edit:
            edit.textEdited.connect(self._forget_recent)
        ui.port_spin.valueChanged.connect(self._forget_recent)
        ui.sslmode_combo.activated.connect(self._forget_recent)
        ui.place_tabs.currentChanged.connect(self._forget_recent)
        ui.place_tabs.currentChanged.connect(self._first_field_of_tab)
        set_text_role(ui.problem_label, PROBLEM)
        ui.problem_label.hide()
        for text in settings.recent_databases():
            item = QListWidgetItem(text, self.ui.recent_list)
            item.setData(Qt.ItemDataRole.UserRole, text)
        has_recent = self.ui.recent_list.count() > 0
        self.ui.recent_list.setVisible(has_recent)
        self.ui.recent_label.setVisible(has_recent)

    def choose(self) -> None:
        """Check the chosen tab's fields; accept with ``chosen`` set, or say what is missing."""
        try:
            chosen = self._chosen_place()
        except HallbarError as error:
            self._say(error_text(error))
            return
        if isinstance(chosen, str):
            self._say(chosen)
            return
        self.chosen = chosen
        self.accept()

    def _chosen_place(self) -> Path | ServerAddress | str:
        """The place the fields name, or a sentence on what is missing."""
        ui = self.ui
        if self._recent_chosen:
            return database_location(self._recent_chosen)
        if ui.place_tabs.currentIndex() == FILE_TAB:
            text = ui.file_edit.text().strip()
            if not text:
                return self.tr("Skriv vilken databasfil du vill öppna, eller välj den.")
            if is_server_address(text):
                return database_location(text)
            path = Path(text).expanduser()
            if not path.is_file():
                return self.tr("Filen {0} finns inte. Kontrollera namnet och mappen.").format(path)
            return path
        missing = [
            label
            for label, edit in (
                (self.tr("serverns namn"), ui.host_edit),
                (self.tr("databas"), ui.database_edit),
                (self.tr("användarnamn"), ui.user_edit),
            )
            if not edit.text().strip()
        ]
        if missing:
            return self.tr("Fyll i det som saknas: {0}.").format(", ".join(missing))
        return server_address(
            ui.host_edit.text().strip(),
            ui.port_spin.value(),
            ui.database_edit.text().strip(),
            ui.user_edit.text().strip(),
            str(ui.sslmode_combo.currentData()),
        )

    def _say(self, text: str) -> None:
        self.ui.problem_label.setText(text)
        self.ui.problem_label.show()

    def _browse(self) -> None:
        start = self._settings.start_folder("database")
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj databasfil"),
            str(start),
            self.tr("Databasfiler (*.sqlite3 *.sqlite *.db);;Alla filer (*)"),
        )
        if chosen:
            self._settings.set_last_folder("database", str(Path(chosen).parent))
            self.ui.file_edit.setText(chosen)
            self._forget_recent()

    def _recent_picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.fill_from(str(item.data(Qt.ItemDataRole.UserRole)))

    def fill_from(self, text: str) -> None:
        """A recent database chosen in the list (or one tried just now) fills its tab."""
        ui = self.ui
        if not is_server_address(text):
            ui.place_tabs.setCurrentIndex(FILE_TAB)
            ui.file_edit.setText(text)
            self._recent_chosen = text
            return
        parts = urlsplit(text)
        query = dict(parse_qsl(parts.query))
        ui.place_tabs.setCurrentIndex(SERVER_TAB)
        ui.host_edit.setText(parts.hostname or query.get("host", ""))
        ui.port_spin.setValue(parts.port or int(query.get("port", DEFAULT_PORT)))
        ui.database_edit.setText(unquote(parts.path.lstrip("/")) or query.get("dbname", ""))
        ui.user_edit.setText(unquote(parts.username or "") or query.get("user", ""))
        found = ui.sslmode_combo.findData(query.get("sslmode", "prefer"))
        ui.sslmode_combo.setCurrentIndex(max(found, 0))
        self._recent_chosen = text

    def _first_field_of_tab(self, tab: int) -> None:
        (self.ui.file_edit if tab == FILE_TAB else self.ui.host_edit).setFocus()

    def _forget_recent(self) -> None:
        self._recent_chosen = ""
