"""The shared screen's state: blank, paus or the step, what is revealed, how many are done."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Signal

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.input_mode.input_round import InputActivity
from hallbar_desktop.ui.open_workshop import OpenWorkshop

# A workshop that has been held is looked back on, not run: nobody in the room is still
# answering, so hiding results would only hide the record. Everything counts as revealed there.
LOOKED_BACK_ON = frozenset(
    {WorkshopStatus.HELD, WorkshopStatus.FOLLOWED_UP, WorkshopStatus.ARCHIVED}
)


class ScreenMode(Enum):
    """What the participant view shows over everything else."""

    STEP = "step"  # the facilitator's current step, with whatever has been revealed
    PAUSE = "pause"  # a calm "Paus" screen with the timer
    BLANK = "blank"  # nothing: an empty dark screen


@dataclass(frozen=True, slots=True)
class PhoneJoin:
    """How phones join while the participant server is on (F7): shown on the projector."""

    address: str  # what a participant types, e.g. http://192.168.43.1:8018/
    join_url: str  # the address with the code, for the QR code: a scan joins at once
    code: str
    qr_svg: str  # join_url as a QR code, drawn by the server's process (room_server.join_qr)


class RoomState(QObject):
    """The shared-screen state of one open workshop; ``changed`` fires after every change.

    Reveals are a session state, never stored: a facilitator reopening the workshop mid-day
    starts hidden again, which errs on the side of the participants' privacy."""

    changed = Signal()

    def __init__(self, workshop: OpenWorkshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workshop = workshop
        self._mode = ScreenMode.STEP
        self._step: WorkshopStep | None = None
        self._revealed: set[WorkshopStep] = set()
        self._views: dict[WorkshopStep, str] = {}
        self._collecting: tuple[int, int] | None = None
        self._collected = (InputActivity.RATING, WorkshopStep.RATING)
        self._looked_back_on = self._is_looked_back_on()
        self._phone_join: PhoneJoin | None = None
        workshop.changed.connect(self._follow_status)

    @property
    def workshop(self) -> OpenWorkshop:
        return self._workshop

    # --- screen mode -----------------------------------------------------------------------

    @property
    def mode(self) -> ScreenMode:
        return self._mode

    def set_mode(self, mode: ScreenMode) -> None:
        if mode is not self._mode:
            self._mode = mode
            self.changed.emit()

    # --- the facilitator's step ------------------------------------------------------------

    @property
    def step(self) -> WorkshopStep | None:
        """The step the facilitator is on; None before the workshop window has shown one."""
        return self._step

    def set_step(self, step: WorkshopStep) -> None:
        if step is not self._step:
            self._step = step
            self.changed.emit()

    # --- reveal ----------------------------------------------------------------------------

    def is_revealed(self, step: WorkshopStep) -> bool:
        return self._looked_back_on or step in self._revealed

    @property
    def reveal_is_fixed(self) -> bool:
        """True when the workshop's status shows everything and reveal cannot be undone."""
        return self._looked_back_on

    def reveal(self, step: WorkshopStep) -> None:
        if step not in self._revealed:
            self._revealed.add(step)
            self.changed.emit()

    def hide(self, step: WorkshopStep) -> None:
        if step in self._revealed:
            self._revealed.discard(step)
            self.changed.emit()

    def shown_view(self, step: WorkshopStep) -> str | None:
        """Which of the step's revealed views the room sees (presenter/room_views.py keys);
        None means the step's first one."""
        return self._views.get(step)

    def show_view(self, step: WorkshopStep, key: str) -> None:
        if self._views.get(step) != key:
            self._views[step] = key
            self.changed.emit()

    # --- participants taking turns ---------------------------------------------------------

    @property
    def collecting(self) -> tuple[int, int] | None:
        """(done, total) while participants take turns at the computer, else None."""
        return self._collecting

    @property
    def collected(self) -> tuple[InputActivity, WorkshopStep]:
        """What the participants are giving at the computer, and for which step: the room
        sees that step, whichever step the facilitator started the input mode from."""
        return self._collected

    def set_collecting(
        self,
        done: int,
        total: int,
        collected: tuple[InputActivity, WorkshopStep] = (InputActivity.RATING, WorkshopStep.RATING),
    ) -> None:
        counts = (max(done, 0), max(total, 0))
        if counts != self._collecting or collected != self._collected:
            self._collecting = counts
            self._collected = collected
            self.changed.emit()

    def clear_collecting(self) -> None:
        if self._collecting is not None:
            self._collecting = None
            self.changed.emit()

    # --- phones over the room's network ------------------------------------------------------

    @property
    def phone_join(self) -> PhoneJoin | None:
        """The address and code while the participant server is on, else None."""
        return self._phone_join

    def set_phone_join(self, join: PhoneJoin | None) -> None:
        if join != self._phone_join:
            self._phone_join = join
            self.changed.emit()

    # --- following the stored workshop -----------------------------------------------------

    def _is_looked_back_on(self) -> bool:
        return self._workshop.contents.workshop.status in LOOKED_BACK_ON

    def _follow_status(self) -> None:
        looked_back_on = self._is_looked_back_on()
        if looked_back_on != self._looked_back_on:
            self._looked_back_on = looked_back_on
            self.changed.emit()
