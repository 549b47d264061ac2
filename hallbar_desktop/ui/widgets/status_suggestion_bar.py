"""A quiet bar in the workshop window that suggests the next status as the day moves on."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import QFrame, QMainWindow, QMessageBox, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_status_suggestion_bar import Ui_StatusSuggestionBar
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.style_sheet import LOOK, STATUS_SUGGESTION, set_look
from hallbar_desktop.ui.ui_settings import UiSettings

# Steps a facilitator also opens while preparing; the work with the group starts after them.
BEFORE_THE_WORK = frozenset({WorkshopStep.PREPARATION, WorkshopStep.WELCOME})
SHOWN_IN_STATUS_BAR_MS = 15_000


def suggested_status(
    status: WorkshopStatus,
    held_on: date | None,
    today: date,
    *,
    started: bool,
    reached_summary: bool,
    declined: set[str],
) -> WorkshopStatus | None:
    """Pågår once the work with the group has started, Genomförd once the summary is reached;
    never for a workshop dated after today (it is being prepared), nor one said no to."""
    if held_on is not None and held_on > today:
        return None
    wanted: WorkshopStatus | None = None
    if reached_summary:
        if status in (WorkshopStatus.PLANNED, WorkshopStatus.IN_PROGRESS):
            wanted = WorkshopStatus.HELD
    elif started and status is WorkshopStatus.PLANNED:
        wanted = WorkshopStatus.IN_PROGRESS
    return None if wanted is None or wanted.code in declined else wanted


class StatusSuggestionBar(QFrame):
    """Shown only while it has something to suggest. Accepting is an ordinary edit of the
    workshop (stored at once, undone with Ctrl+Z); "Nej tack" is remembered for the workshop
    in the UI settings, so the question does not come back."""

    def __init__(
        self,
        workshop: OpenWorkshop,
        room: RoomState,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusSuggestionBar()
        self.ui.setupUi(self)
        set_look(self, LOOK, STATUS_SUGGESTION)
        self.workshop = workshop
        self.room = room
        self._settings = settings
        # What this session has seen of the day: they only ever turn on.
        self._started = False
        self._reached_summary = False
        self.suggested: WorkshopStatus | None = None
        self.ui.accept_button.clicked.connect(self.accept)
        self.ui.decline_button.clicked.connect(self.decline)
        room.changed.connect(self._follow_room)
        workshop.changed.connect(self.refresh)
        self._follow_room()

    def _follow_room(self) -> None:
        step = self.room.step
        if self.room.collecting is not None or (step is not None and step not in BEFORE_THE_WORK):
            self._started = True
        if step is WorkshopStep.SUMMARY:
            self._reached_summary = True
        self.refresh()

    def refresh(self) -> None:
        w = self.workshop.contents.workshop
        self.suggested = suggested_status(
            w.status,
            w.held_on,
            self.workshop.service.today(),
            started=self._started,
            reached_summary=self._reached_summary,
            declined=self._settings.declined_statuses(w.id),
        )
        ui = self.ui
        if self.suggested is WorkshopStatus.IN_PROGRESS:
            ui.message_label.setText(
                self.tr("Workshoppen har börjat men har fortfarande status {0}.").format(
                    choice_text(w.status)
                )
            )
            ui.accept_button.setText(self.tr("Markera som pågående"))
            ui.accept_button.setToolTip(
                self.tr("Då syns det i biblioteket att workshoppen pågår. Du kan ångra med Ctrl+Z.")
            )
        elif self.suggested is WorkshopStatus.HELD:
            ui.message_label.setText(
                self.tr(
                    "Det här är sista steget. Markera workshoppen som genomförd när ni är klara."
                )
            )
            ui.accept_button.setText(self.tr("Markera som genomförd"))
            # Why it matters in the room: a held workshop has nothing left to hide.
            ui.accept_button.setToolTip(
                self.tr(
                    "En genomförd workshop visar alla resultat i deltagarvyn utan att du visar "
                    "dem, och syns som genomförd i biblioteket. Du kan ångra med Ctrl+Z."
                )
            )
        self.setVisible(self.suggested is not None)

    def accept(self) -> None:
        status = self.suggested
        if status is None:
            return
        text = (
            self.tr("Markera som genomförd")
            if status is WorkshopStatus.HELD
            else self.tr("Markera som pågående")
        )
        w = self.workshop.contents.workshop
        try:
            self.workshop.update_workshop(dataclasses.replace(w, status=status), text)
        except HallbarError as error:
            QMessageBox.warning(self, self.tr("Det gick inte"), error_text(error))
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Status: {0}. Du kan ångra med Ctrl+Z.").format(choice_text(status)),
                SHOWN_IN_STATUS_BAR_MS,
            )

    def decline(self) -> None:
        if self.suggested is not None:
            self._settings.decline_status(self.workshop.workshop_id, self.suggested.code)
        self.refresh()
