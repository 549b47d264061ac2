"""Starting and ending the input mode from the workshop window (F6)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.dialogs.input_mode_dialog import InputModeDialog, RoundKey
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputRound
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import RoomState


class InputModeControl(QObject):
    """Asks the facilitator what to collect, then hands the screen to the participants: the
    facilitator's window is hidden (it shows the answers being typed in) until they leave."""

    def __init__(self, workshop: OpenWorkshop, room: RoomState, owner: QWidget) -> None:
        super().__init__(owner)
        self.workshop = workshop
        self.room = room
        self._owner = owner
        # Who took a turn in each round this session; a round taken up again continues.
        self.rounds: dict[RoundKey, set[UUID]] = {}
        self.dialog: InputModeDialog | None = None
        self.window: InputModeWindow | None = None

    @property
    def active(self) -> bool:
        return self.window is not None

    def ask(self, current_step: WorkshopStep) -> None:
        """The start dialog; window-modal without a nested event loop, like the export."""
        if self.active or self.dialog is not None:
            return
        dialog = InputModeDialog(self.workshop.contents, current_step, self.rounds, self._owner)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _accepted(self, dialog: InputModeDialog) -> None:
        if dialog.input_round is not None:
            self.start(dialog.input_round)

    def _dialog_closed(self, dialog: InputModeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def start(self, input_round: InputRound) -> InputModeWindow:
        """Full screen on the facilitator's own screen (the projector shows the count)."""
        # A field being typed in on the page is stored before the page goes out of sight.
        focused = QApplication.focusWidget()
        if focused is not None and hasattr(focused, "commit"):
            focused.commit()
        self.rounds[input_round.key] = input_round.taken
        facilitator_window = self._owner.window()
        window = InputModeWindow(self.workshop, input_round, self.room)
        window.left.connect(self._left)
        self.window = window
        window.setScreen(facilitator_window.screen())
        window.setGeometry(facilitator_window.screen().geometry())
        window.showFullScreen()
        window.activateWindow()
        facilitator_window.hide()
        return window

    def _left(self) -> None:
        window, self.window = self.window, None
        facilitator_window = self._owner.window()
        facilitator_window.show()
        facilitator_window.activateWindow()
        if window is not None:
            window.deleteLater()
