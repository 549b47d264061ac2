"""A date field that may be left empty: typed as ÅÅÅÅ-MM-DD or picked in a calendar with weeks."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.widgets.committing_text_edit import leaves_undo_to_the_workshop

IDLE_MS = 700
# Beside the date's text: the calendar arrow (a small icon, whatever the text size) and the frame.
ARROW_ROOM_PX = 48
# The week number's room at the normal text size; more where week 53 needs it.
WEEK_ROOM_PX = 44
# "2027-03-31", also with one-digit month or day, or the eight digits without hyphens.
_DATE_PATTERN = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})(\d{2})(\d{2})")
_OPEN_KEYS = {Qt.Key.Key_F4}
_ALT_OPEN_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_Up}
_DAY_STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
_MONTH_STEPS = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}


def week_text(value: date | None) -> str:
    """The ISO week number as planners write it, "v. 48", or nothing without a date."""
    if value is None:
        return ""
    return QCoreApplication.translate("OptionalDateField", "v. {0}").format(
        value.isocalendar().week
    )


def parse_date(text: str) -> date | None:
    """The date written as ÅÅÅÅ-MM-DD (or ÅÅÅÅMMDD); ValueError for anything else."""
    match = _DATE_PATTERN.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups() if part is not None)
    return date(year, month, day)


def _add_months(value: date, months: int) -> date:
    """The same day some months on; the 31st becomes the month's last day."""
    year, month_index = divmod(value.year * 12 + value.month - 1 + months, 12)
    return date(year, month_index + 1, min(value.day, monthrange(year, month_index + 1)[1]))


class OptionalDateField(QWidget):
    """Emits ``committed`` with a date or None when the user has entered, picked or cleared a
    date. A typed date is stored on Enter or on leaving the field; one that is not a date is
    kept in view with a message and not stored. Arrow keys step the date and are stored after
    a short pause. Dates set by the program in ``show_stored`` are never emitted, so a refresh
    never writes back. ``today`` gives the date that stepping and the calendar start from when
    the field is empty."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], date] = date.today
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.date_edit.setToolTip(
            self.tr("Skriv datumet som ÅÅÅÅ-MM-DD, eller välj det i kalendern med Alt+↓.")
        )
        self._how_to_enter = self.tr("Datum som ÅÅÅÅ-MM-DD. Alt+pil ned öppnar kalendern.")
        self.date_edit.setAccessibleDescription(self._how_to_enter)
        self.calendar_action = QAction(self._arrow(), self.tr("Välj i kalendern"), self)
        self.calendar_action.setToolTip(self.tr("Välj datumet i kalendern (Alt+↓)"))
        self.date_edit.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.week_label = QLabel(self)
        self._fit_to_text_size()
        self.clear_button = QPushButton(self.tr("Ta bort datum"), self)
        self.clear_button.setToolTip(self.tr("Fältet lämnas tomt tills du väljer ett nytt datum."))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        set_text_role(self.problem_label, PROBLEM)
        self.problem_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.date_edit)
        row.addWidget(self.week_label)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        self.setFocusProxy(self.date_edit)

        # Made when first opened: a form shows several dates, and each calendar cost its
        # page ~10 ms to build when the step was first shown.
        self._calendar_popup: _CalendarPopup | None = None
        self._calendar_name = ""
        self._stored: date | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.commit)
        self.date_edit.textChanged.connect(self._show_week)
        self.date_edit.textEdited.connect(self._typed)
        self.date_edit.editingFinished.connect(self.commit)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.clear_button.clicked.connect(self.clear)
        self.date_edit.installEventFilter(self)
        self._show_week()

    def _arrow(self) -> QIcon:
        return _arrow_icon(self.palette().text().color())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The arrow is a picture in the text colour: drawn again in a new theme's.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.calendar_action.setIcon(self._arrow())

    def setAccessibleName(self, name: str) -> None:
        """Name the parts too, so a screen reader says which date a button clears."""
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)
        self.clear_button.setAccessibleName(self.tr("Ta bort datum: {0}").format(name))
        self._calendar_name = self.tr("Kalender: {0}").format(name)
        if self._calendar_popup is not None:
            self._calendar_popup.setAccessibleName(self._calendar_name)

    @property
    def calendar_popup(self) -> _CalendarPopup:
        """The month to pick a day in, made the first time it is needed."""
        if self._calendar_popup is None:
            self._calendar_popup = _CalendarPopup(self)
            self._calendar_popup.setAccessibleName(self._calendar_name)
            self._calendar_popup.picked.connect(self._picked_in_calendar)
        return self._calendar_popup

    def value(self) -> date | None:
        """The date in the field; None when it is empty or holds something that is no date."""
        try:
            return self._typed_date()
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        """Set a date as if the user picked it; it is committed after the pause."""
        self.date_edit.setText(value.isoformat() if value is not None else "")
        self._idle.start()

    def show_stored(self, value: date | None) -> None:
        """Show what is stored, unless the user is in the middle of changing it. A text that
        could not be stored stays in view with its message while the stored date is the same,
        so a refresh after an edit elsewhere does not wipe it."""
        before, self._stored = self._stored, value
        typing = self.date_edit.hasFocus() and self.date_edit.text() != _text(before)
        refused = not self.problem_label.isHidden() and value == before
        if self._idle.isActive() or typing or refused:
            return
        self._hide_problem()
        if self.date_edit.text() != _text(value):
            self.date_edit.setText(_text(value))

    def discard_unsaved(self) -> None:
        """Forget a text that could not be stored, when the form moves to another record."""
        self._restore_stored()

    def clear(self) -> None:
        self.date_edit.clear()
        self.commit()

    def commit(self) -> None:
        """Store the date in the field, or say why it cannot be stored."""
        self._idle.stop()
        try:
            value = self._typed_date()
        except ValueError:
            self._show_problem()
            return
        self._hide_problem()
        if self.date_edit.text() != _text(value):
            self.date_edit.setText(_text(value))  # "2027-3-5" is shown as 2027-03-05
        if value != self._stored:
            self._stored = value
            self.committed.emit(value)

    def open_calendar(self) -> None:
        """Show the month of the date in the field, or of today; nothing is set until a day
        is picked."""
        self.calendar_popup.show_below(self.date_edit, self.value() or self.today())

    def _typed_date(self) -> date | None:
        text = self.date_edit.text().strip()
        return parse_date(text) if text else None

    def _picked_in_calendar(self, value: date) -> None:
        self.date_edit.setText(value.isoformat())
        self.date_edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.commit()

    def _typed(self) -> None:
        self._idle.stop()  # a step with the arrow keys waits no longer: the user is typing
        self._hide_problem()

    def _step(self, days: int = 0, months: int = 0) -> None:
        try:
            current = self._typed_date()
        except ValueError:
            return  # the message says what to fix; stepping from it would guess
        if current is None:
            stepped = self.today()  # without a date, stepping starts from today
        else:
            stepped = _add_months(current, months) + timedelta(days=days)
        self.date_edit.setText(stepped.isoformat())
        self._hide_problem()
        self._idle.start()

    def _restore_stored(self) -> bool:
        if self.date_edit.text() == _text(self._stored) and self.problem_label.isHidden():
            return False
        self._idle.stop()
        self.date_edit.setText(_text(self._stored))
        self._hide_problem()
        return True

    def _show_week(self) -> None:
        value = self.value()
        self.week_label.setText(week_text(value))
        self.clear_button.setEnabled(bool(self.date_edit.text().strip()))

    def _show_problem(self) -> None:
        text = self.date_edit.text().strip()
        example = self.today().isoformat()
        if _DATE_PATTERN.fullmatch(text):
            message = self.tr("Datumet {0} finns inte och har inte sparats. Skriv ett annat.")
            message = message.format(text)
        else:
            message = self.tr(
                "Det här är inget datum och har inte sparats. Skriv det som ÅÅÅÅ-MM-DD, "
                "till exempel {0}, eller tryck Esc för att ångra."
            ).format(example)
        self.problem_label.setText(message)
        self.problem_label.show()
        self.date_edit.setAccessibleDescription(message)

    def _hide_problem(self) -> None:
        if self.problem_label.isHidden():
            return
        self.problem_label.hide()
        self.problem_label.clear()
        self.date_edit.setAccessibleDescription(self._how_to_enter)

    def _fit_to_text_size(self) -> None:
        """Room for the placeholder and the calendar arrow, no more (the week number sits
        beside, with room for week 53), in the field's font: again when the text size changes."""
        metrics = self.date_edit.fontMetrics()
        self.date_edit.setFixedWidth(
            metrics.horizontalAdvance(self.tr("ÅÅÅÅ-MM-DD")) + ARROW_ROOM_PX
        )
        widest_week = metrics.horizontalAdvance(week_text(date(2026, 12, 31)))
        self.week_label.setMinimumWidth(max(WEEK_ROOM_PX, widest_week))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.date_edit and event.type() == QEvent.Type.FontChange:
            self._fit_to_text_size()
        if watched is self.date_edit:
            if leaves_undo_to_the_workshop(event, self.commit):
                return True
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key_pressed(event)
        return super().eventFilter(watched, event)

    def _key_pressed(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt = modifiers == Qt.KeyboardModifier.AltModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if (alt and key in _ALT_OPEN_KEYS) or (plain and key in _OPEN_KEYS):
            self.open_calendar()
            return True
        if plain and key in _DAY_STEPS:
            self._step(days=_DAY_STEPS[key])
            return True
        if plain and key in _MONTH_STEPS:
            self._step(months=_MONTH_STEPS[key])
            return True
        if plain and key == Qt.Key.Key_Escape:
            return self._restore_stored()
        return False


def _text(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _arrow_icon(colour: QColor) -> QIcon:
    """The small down arrow a drop-down field has, for the calendar action in the field."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygon([QPoint(4, 6), QPoint(12, 6), QPoint(8, 11)]))
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QFrame):
    """A month with ISO week numbers (headed "v."), Monday first; a click or Enter picks a day,
    Esc closes without a change."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        )
        self.calendar.setGridVisible(False)
        view = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:
            self._corner = _WeekCornerDelegate(view.itemDelegate(), self.tr("v."), view)
            view.setItemDelegate(self._corner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def show_below(self, anchor: QWidget, month_of: date) -> None:
        self.calendar.setSelectedDate(QDate(month_of))
        self.calendar.setCurrentPage(month_of.year, month_of.month)
        self.resize(self.sizeHint().expandedTo(QSize(300, 0)))
        screen = anchor.screen().availableGeometry()
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        place = QRect(below, self.size())
        if place.bottom() > screen.bottom():
            place.moveBottom(anchor.mapToGlobal(QPoint(0, 0)).y() - 1)
        if place.right() > screen.right():
            place.moveRight(screen.right())
        self.move(place.topLeft())
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, picked: QDate) -> None:
        self.hide()
        self.picked.emit(picked.toPython())


class _WeekCornerDelegate(QStyledItemDelegate):
    """Draws "v." above the week numbers; every other cell is drawn by the calendar's own
    delegate (QCalendarWidget has no setting for that corner)."""

    def __init__(self, drawn_by: QAbstractItemDelegate, text: str, parent: QObject) -> None:
        super().__init__(parent)
        self._drawn_by = drawn_by
        self._text = text

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self._drawn_by.paint(painter, option, index)
        if index.row() == 0 and index.column() == 0:
            painter.save()
            painter.setPen(option.palette.text().color())
            painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, self._text)
            painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return self._drawn_by.sizeHint(option, index)
