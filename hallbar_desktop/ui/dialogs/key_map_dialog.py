"""Hjälp › Kortkommandon: every shortcut, read from the menus and the key map themselves."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QMenu, QWidget

from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.generated.ui_key_map_dialog import Ui_KeyMapDialog
from hallbar_desktop.ui.models.rating_table_model import DONT_KNOW
from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel
from hallbar_desktop.ui.widgets.participant_rating_widget import ANSWER_KEYS, CLEAR_KEYS

Row = tuple[str, str, str]
# The widest the keys' column gets, and the room what happens is given beside it, in characters.
KEYS_CHARACTERS = 26
WHAT_CHARACTERS = 40


def _plain(text: str) -> str:
    # "&Ny workshop…" as a list shows it: without the mnemonic mark.
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _native(sequences: Iterable[QKeySequence]) -> str:
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def menu_rows(window: QMainWindow) -> list[Row]:
    """(where, keys, what) of every menu item with a shortcut, in menu order."""
    rows = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        where = _plain(top.text())
        for action in menu.actions():
            if action.shortcuts():
                rows.append((where, _native(action.shortcuts()), _plain(action.text())))
    return rows


def rating_rows(context: QObject) -> list[Row]:
    """The answer keys of Individuell skattning and the input mode, from the keys themselves."""
    by_value: dict[Any, list[str]] = {}
    for key, value in ANSWER_KEYS.items():
        by_value.setdefault(value, []).append(QKeySequence(key).toString())
    where = QCoreApplication.translate("KeyMapDialog", "Individuell skattning")
    rows = []
    for value, keys in by_value.items():
        answer = (
            QCoreApplication.translate("KeyMapDialog", "Vet ej")
            if value == DONT_KNOW
            else str(value)
        )
        rows.append(
            (
                where,
                " / ".join(keys),
                QCoreApplication.translate("KeyMapDialog", "Svara {0}").format(answer),
            )
        )
    clear = " / ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in CLEAR_KEYS
    )
    rows.append((where, clear, QCoreApplication.translate("KeyMapDialog", "Ta bort svaret")))
    return rows


def key_rows(window: QMainWindow) -> list[Row]:
    rows = menu_rows(window)
    rows += [
        (key_map.translated(b.where), b.shown_keys(), key_map.translated(b.does))
        for b in key_map.ALL
    ]
    return rows + rating_rows(window)


class KeyTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Var"),
        QT_TRANSLATE_NOOP("Header", "Tangenter"),
        QT_TRANSLATE_NOOP("Header", "Vad som händer"),
    )

    def __init__(self, rows: list[Row], parent: QObject) -> None:
        super().__init__(parent)
        self._rows = tuple(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]


class KeyMapDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.ui = Ui_KeyMapDialog()
        self.ui.setupUi(self)
        self.model = KeyTableModel(key_rows(window), self)
        table = self.ui.key_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Where and the keys as wide as they need, but the keys at most KEYS_CHARACTERS wide
        # (Alt+1 / Alt+2 … / Alt+9 goes on three lines): what happens keeps its room beside them
        # at a larger text size, instead of being pushed past the dialog's edge.
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        characters = table.fontMetrics().averageCharWidth()
        header.resizeSection(1, min(header.sectionSize(1), characters * KEYS_CHARACTERS))
        # The dialog grows with the text size, as far as the screen allows.
        wanted = header.sectionSize(0) + header.sectionSize(1) + characters * WHAT_CHARACTERS
        room = self.screen().availableGeometry().width() - 2 * characters
        self.resize(max(self.width(), min(wanted + 4 * characters, room)), self.height())
        self.ui.button_box.rejected.connect(self.reject)
