"""The facilitator's controls for the shared screen: step, paus or blank; reveal; names."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_room_controls import Ui_RoomControls
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.room_views import chosen_view, views_for
from hallbar_desktop.ui.room_state import RoomState, ScreenMode
from hallbar_desktop.ui.style_sheet import SECONDARY, set_text_role
from hallbar_desktop.ui.widgets.folding_row import FoldingRow


class RoomControls(QWidget):
    """A row under the workshop window's header. Everything here changes only what the room
    sees, except the names switch, which is the workshop's stored show_names (undoable)."""

    def __init__(self, room: RoomState, workshop: OpenWorkshop, parent: QWidget | None = None):
        super().__init__(parent)
        self.folding: FoldingRow | None = None  # made once the form is (see below)
        self.ui = Ui_RoomControls()
        self.ui.setupUi(self)
        self.room = room
        self.workshop = workshop
        ui = self.ui
        self.mode_buttons = QButtonGroup(self)
        for button, mode in (
            (ui.step_mode_button, ScreenMode.STEP),
            (ui.pause_mode_button, ScreenMode.PAUSE),
            (ui.blank_mode_button, ScreenMode.BLANK),
        ):
            self.mode_buttons.addButton(button)
            button.clicked.connect(lambda _checked=False, m=mode: room.set_mode(m))
        self.mode_buttons.setExclusive(True)
        ui.reveal_button.clicked.connect(self.toggle_reveal)
        ui.view_combo.activated.connect(self._view_chosen)
        ui.names_check.clicked.connect(self._store_names)
        room.changed.connect(self.refresh)
        workshop.changed.connect(self.refresh)
        self._status = ""
        ui.room_status_label.installEventFilter(self)
        # Takes the room the status leaves on the first row, rather than the buttons widening.
        ui.controls_layout.addStretch()
        # Where the row does not fit the window (English, a larger text size), the names switch
        # and the status go on a second row instead of widening the window.
        self.folding = FoldingRow(
            self,
            ui.controls_layout,
            ui.second_row_layout,
            (ui.names_check, ui.room_status_label),
        )
        self.refresh()

    def toggle_reveal(self) -> None:
        step = self.room.step
        if step is None or self.room.reveal_is_fixed:
            return
        if self.room.is_revealed(step):
            self.room.hide(step)
        else:
            self.room.reveal(step)

    def _view_chosen(self, row: int) -> None:
        step = self.room.step
        key = self.ui.view_combo.itemData(row)
        if step is not None and key:
            self.room.show_view(step, key)

    def _store_names(self, checked: bool) -> None:
        w = self.workshop.contents.workshop
        if w.show_names == checked:
            return
        text = self.tr("Visa namn på deltagarvyn") if checked else self.tr("Dölj namn")
        try:
            self.workshop.update_workshop(dataclasses.replace(w, show_names=checked), text)
        except HallbarError as error:
            # Shown where the facilitator looks; the box goes back to what is stored.
            self.ui.room_status_label.setText(error_text(error))
            self.ui.names_check.setChecked(w.show_names)

    def refresh(self) -> None:
        room, ui = self.room, self.ui
        contents = self.workshop.contents
        button = {
            ScreenMode.STEP: ui.step_mode_button,
            ScreenMode.PAUSE: ui.pause_mode_button,
            ScreenMode.BLANK: ui.blank_mode_button,
        }[room.mode]
        button.setChecked(True)
        ui.names_check.setChecked(contents.workshop.show_names)

        step = room.step
        views = views_for(step, contents) if step is not None else ()
        revealed = step is not None and room.is_revealed(step)
        ui.reveal_button.setEnabled(bool(views) and not room.reveal_is_fixed)
        ui.reveal_button.setText(self.tr("Dölj resultat") if revealed else self.tr("Visa resultat"))
        chosen = chosen_view(step, contents, room.shown_view(step)) if step else None
        combo = ui.view_combo
        combo.blockSignals(True)
        combo.clear()
        for view in views:
            combo.addItem(view.label, view.key)
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen.key))
        combo.blockSignals(False)
        for widget in (ui.view_label, combo):
            widget.setVisible(len(views) > 1)
        combo.setEnabled(revealed)

        if room.mode is ScreenMode.BLANK:
            status = self.tr("Deltagarvyn är släckt.")
        elif room.mode is ScreenMode.PAUSE:
            status = self.tr("Deltagarvyn visar paus.")
        elif room.collecting is not None:
            status = self.tr("Deltagarvyn visar {0} av {1} klara.").format(*room.collecting)
        elif not views:
            status = ""
        elif room.reveal_is_fixed:
            status = self.tr("Allt visas: workshoppen är {0}.").format(
                choice_text(contents.workshop.status).lower()
            )
        elif revealed:
            status = self.tr("Rummet ser: {0}.").format(chosen.label if chosen else "")
        else:
            status = self.tr("Resultaten är dolda för rummet.")
        self._status = status
        self._show_status()
        ui.room_status_label.setToolTip(status)
        ui.room_status_label.setAccessibleName(status)
        set_text_role(ui.room_status_label, "" if revealed else SECONDARY)

    def _show_status(self) -> None:
        """The status in the room the row leaves it, shortened with "…" where it does not fit
        (a larger text size); the tooltip and the screen reader have it whole."""
        label = self.ui.room_status_label
        label.setText(
            label.fontMetrics().elidedText(self._status, Qt.TextElideMode.ElideRight, label.width())
        )

    def minimumSizeHint(self) -> QSize:
        """Never wider than the two rows need, so that the row never widens the window."""
        found = super().minimumSizeHint()
        if self.folding is None:
            return found
        return QSize(min(found.width(), self.folding.two_rows_width()), found.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.room_status_label and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
        ):
            self._show_status()
        return False
