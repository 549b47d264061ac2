"""A date picker that may be left empty, shows the ISO week ("v. 48") and stores itself."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

# The earliest date stands for "no date" and is shown as the special text instead.
NO_DATE = QDate(2000, 1, 1)
IDLE_MS = 700
_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def week_text(value: date | None) -> str:
    """The ISO week number as planners write it, "v. 48", or nothing without a date."""
    return f"v. {value.isocalendar().week}" if value is not None else ""


class OptionalDateField(QWidget):
    """Emits ``committed`` with a date or None when the user has picked or cleared a date.

    Arrow keys and the calendar change the date step by step, so the field waits for a short
    pause (or for the user to leave it) before it commits. Dates set by the program in
    ``show_stored`` are never emitted, so a refresh never writes back."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("Inget datum"))
        self.date_edit.setDate(NO_DATE)
        self.date_edit.setMinimumWidth(130)
        self.week_label = QLabel(self)
        self.week_label.setMinimumWidth(44)
        self.clear_button = QPushButton(self.tr("Ta bort datum"), self)
        self.clear_button.setToolTip(self.tr("Fältet lämnas tomt tills du väljer ett nytt datum."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.week_label)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)

        self._stored: date | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.commit)
        self.date_edit.dateChanged.connect(self._picked)
        self.date_edit.editingFinished.connect(self.commit)
        self.clear_button.clicked.connect(self.clear)
        self._calendar = self.date_edit.calendarWidget()
        self.date_edit.installEventFilter(self)
        self._calendar.installEventFilter(self)
        self._show_week()

    def setAccessibleName(self, name: str) -> None:
        """Name the parts too, so a screen reader says which date a button clears."""
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)
        self.clear_button.setAccessibleName(self.tr("Ta bort datum: {0}").format(name))

    def value(self) -> date | None:
        shown = self.date_edit.date()
        return None if shown == NO_DATE else shown.toPython()  # type: ignore[no-any-return]

    def set_value(self, value: date | None) -> None:
        """Set a date as if the user picked it; it is committed after the pause."""
        self.date_edit.setDate(QDate(value) if value is not None else NO_DATE)

    def show_stored(self, value: date | None) -> None:
        """Show what is stored, unless the user is in the middle of changing it."""
        self._stored = value
        if self._idle.isActive():
            return
        if self.value() != value:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(value) if value is not None else NO_DATE)
            self.date_edit.blockSignals(False)
        self._show_week()

    def clear(self) -> None:
        self.date_edit.setDate(NO_DATE)
        self.commit()

    def commit(self) -> None:
        self._idle.stop()
        value = self.value()
        if value != self._stored:
            self._stored = value
            self.committed.emit(value)

    def _picked(self) -> None:
        self._show_week()
        self._idle.start()

    def _show_week(self) -> None:
        value = self.value()
        self.week_label.setText(week_text(value))
        self.clear_button.setEnabled(value is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.Show) and self.value() is None:
            # Without a date, stepping or opening the calendar starts from today, not year 2000.
            if (
                watched is self.date_edit
                and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in _STEP_KEYS
            ):
                self.date_edit.setDate(QDate.currentDate())
                return True
            if watched is self._calendar and event.type() == QEvent.Type.Show:
                today = QDate.currentDate()
                self._calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
