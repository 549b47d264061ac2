"""The facilitator's timer in the workshop header: time left, start, length, the break."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_timer_controls import Ui_TimerControls
from hallbar_desktop.ui.step_timer import MAX_MINUTES, StepTimer, clock_text
from hallbar_desktop.ui.style_sheet import TIME_UP, set_text_role
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_timers import WorkshopTimers

STEP_MINUTES = 5


class TimerControls(QWidget):
    """Shows and sets the timer the room sees: the step's, or the break's while the shared
    screen shows Paus. ``go_to_step`` asks for the step whose timer runs elsewhere."""

    go_to_step = Signal(object)

    def __init__(
        self,
        timers: WorkshopTimers,
        settings: UiSettings,
        parent: QWidget | None = None,
        beep: Callable[[], None] = QApplication.beep,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TimerControls()
        self.ui.setupUi(self)
        self.timers = timers
        self._settings = settings
        self._beep = beep
        self._spin_shows: StepTimer | None = None
        ui = self.ui
        font = QFont(ui.timer_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        ui.timer_label.setFont(font)
        ui.length_spin.setMaximum(MAX_MINUTES)
        ui.start_button.clicked.connect(timers.toggle)
        ui.reset_button.clicked.connect(timers.reset)
        # Shorter stops at a minute: no length at all (counting up) is only ever typed.
        ui.shorter_button.clicked.connect(
            lambda: self.set_length(max(1, self._length() - STEP_MINUTES))
        )
        ui.longer_button.clicked.connect(lambda: self.set_length(self._length() + STEP_MINUTES))
        ui.length_spin.valueChanged.connect(self.set_length)
        ui.elsewhere_button.clicked.connect(self._go_to_running_step)
        timers.ticked.connect(self.refresh)
        timers.ran_out.connect(self._ran_out)
        self.refresh()

    def _length(self) -> int:
        return self.timers.shown.length_minutes

    def set_length(self, minutes: int) -> None:
        minutes = max(0, min(minutes, MAX_MINUTES))
        if minutes == self._length():
            return
        self.timers.set_length(minutes)
        if self.timers.is_break:
            self._settings.set_break_minutes(minutes)  # the next break gets it too

    def _go_to_running_step(self) -> None:
        step = self.timers.step_being_run()
        if step is not None:
            self.go_to_step.emit(step)

    def _ran_out(self, _timer: StepTimer) -> None:
        if self._settings.timer_sound():
            self._beep()

    def refresh(self) -> None:
        ui, timers = self.ui, self.timers
        timer = timers.shown
        text, over = self.timer_text(timer, timers.is_break)
        ui.timer_label.setText(text)
        set_text_role(ui.timer_label, TIME_UP if over else "")
        ui.timer_label.setToolTip(
            self.tr("Pausens längd och tid kvar. Pausen börjar när deltagarvyn visar Paus.")
            if timers.is_break
            else self.tr("Tid kvar av den tid som är planerad för steget")
        )
        if timer.running:
            ui.start_button.setText(self.tr("Pausa timer"))
        elif timer.started:
            ui.start_button.setText(self.tr("Fortsätt"))
        else:
            ui.start_button.setText(self.tr("Starta timer"))
        ui.reset_button.setEnabled(timer.started)
        ui.shorter_button.setEnabled(timer.length_minutes > 1)
        ui.longer_button.setEnabled(timer.length_minutes < MAX_MINUTES)
        spin = ui.length_spin
        # Not while a length is being typed there, unless the timer itself is another one now.
        if timer is not self._spin_shows or (
            not spin.hasFocus() and spin.value() != timer.length_minutes
        ):
            self._spin_shows = timer
            spin.blockSignals(True)
            spin.setValue(timer.length_minutes)
            spin.blockSignals(False)
        ui.length_spin.setAccessibleName(
            self.tr("Pausens längd i minuter")
            if timers.is_break
            else self.tr("Stegets längd i minuter")
        )

        step = timers.step_being_run()
        running = timers.for_step(step) if step is not None else None
        elsewhere = running is not None and running is not timer
        ui.elsewhere_button.setVisible(elsewhere)
        if running is not None and elsewhere:
            assert step is not None
            label = choice_text(step)
            ui.elsewhere_button.setText(self.tr("{0}: {1}").format(label, self._left_text(running)))
            ui.elsewhere_button.setToolTip(
                self.tr(
                    "Timern för {0} går vidare medan du tittar på ett annat steg. Klicka för att "
                    "gå tillbaka dit."
                ).format(label)
                if running.running
                else self.tr(
                    "Timern för {0} står still under pausen och går vidare när deltagarvyn visar "
                    "steget igen. Klicka för att gå till steget."
                ).format(label)
            )

    def _left_text(self, timer: StepTimer) -> str:
        if timer.planned_seconds <= 0:
            return clock_text(timer.elapsed_seconds)
        if timer.is_over:
            return self.tr("tiden är slut")
        return self.tr("{0} kvar").format(clock_text(timer.remaining_seconds))

    def timer_text(self, timer: StepTimer, is_break: bool) -> tuple[str, bool]:
        """What the header says about ``timer``, and whether its time is up."""
        minutes = timer.length_minutes
        if timer.planned_seconds <= 0:
            if timer.started:
                text = self.tr("Tid: {0}").format(clock_text(timer.elapsed_seconds))
            else:
                text = self.tr("Ingen planerad tid")
            return (self.tr("Paus: {0}").format(text) if is_break else text), False
        if timer.is_over:
            over = clock_text(-timer.remaining_seconds)
            if is_break:
                return self.tr("Pausen är slut ({0} över {1} min)").format(over, minutes), True
            return self.tr("Tiden är slut ({0} över {1} min)").format(over, minutes), True
        left = clock_text(timer.remaining_seconds)
        if is_break:
            return self.tr("Paus: {0} kvar av {1} min").format(left, minutes), False
        if not timer.started:
            return self.tr("Planerad tid: {0} min").format(minutes), False
        if not timer.running:
            return self.tr("Stoppad: {0} kvar av {1} min").format(left, minutes), False
        return self.tr("{0} kvar av {1} min").format(left, minutes), False
