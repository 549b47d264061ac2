"""What every turn of the input mode has: whose turn it is, where answers go, and "Klar"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.ui.input_mode.input_round import InputRound
from hallbar_desktop.ui.open_workshop import OpenWorkshop


class InputTurn(QWidget):
    """One participant's turn at the round's activity, made anew for each turn and thrown away
    after it. ``finished`` fires on "Klar – lämna över" once what the turn asks for is stored.
    Each kind of turn sets up its form and its answers in ``build``."""

    finished = Signal()

    def __init__(
        self,
        workshop: OpenWorkshop,
        participant: Participant,
        input_round: InputRound,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.participant = participant
        # Whether the facilitator turned names on for the workshop: who answers, who wrote a
        # note, who owns an action.
        self.show_names = workshop.contents.workshop.show_names
        self.build(input_round)

    def build(self, input_round: InputRound) -> None:
        raise NotImplementedError(f"{type(self).__name__} does not say how its turn looks")
