"""Optional dates by keyboard: typed ISO dates, the calendar on Alt+↓, Tab to the next field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain import palette
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.preparation_page import PreparationPage
from hallbar_desktop.ui.theme import apply_theme
from hallbar_desktop.ui.widgets.optional_date_field import OptionalDateField

TODAY = date(2026, 11, 26)


class _Form(QWidget):
    """A date field between two ordinary fields, the way the pages place it."""

    def __init__(self) -> None:
        super().__init__()
        self.before = QLineEdit(self)
        self.field = OptionalDateField(self)
        self.field.today = lambda: TODAY
        self.field.setAccessibleName("Klart senast")
        self.after = QLineEdit(self)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.field, self.after):
            layout.addWidget(widget)
        self.committed: list[date | None] = []
        self.field.committed.connect(self.committed.append)


@pytest.fixture
def form(qtbot) -> _Form:  # type: ignore[no-untyped-def]
    shown = _Form()
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.before.setFocus()
    qtbot.keyClick(shown.before, Qt.Key.Key_Tab)
    assert shown.field.date_edit.hasFocus()
    return shown


def _open_popup_calendar() -> QCalendarWidget:
    popup = QApplication.activePopupWidget()
    assert popup is not None, "no calendar opened"
    calendar = popup if isinstance(popup, QCalendarWidget) else popup.findChild(QCalendarWidget)
    assert calendar is not None
    return calendar


def test_an_iso_date_typed_into_an_empty_field_is_stored_and_tab_goes_on(
    form: _Form, qtbot
) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    qtbot.keyClicks(field.date_edit, "2027-03-31")
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Tab)
    assert form.committed == [date(2027, 3, 31)]
    assert field.value() == date(2027, 3, 31)
    assert field.week_label.text() == "v. 13"
    assert not field.date_edit.hasFocus()
    assert QApplication.focusWidget() is field.clear_button  # the next control, then the next field
    qtbot.keyClick(field.clear_button, Qt.Key.Key_Tab)
    assert form.after.hasFocus()


def test_tab_in_a_field_with_a_date_moves_to_the_next_field(form: _Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    field.show_stored(date(2026, 11, 26))
    field.clear_button.setEnabled(False)  # the same chain as an empty field's: straight on
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Tab)
    assert form.after.hasFocus()
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab)
    assert field.date_edit.hasFocus()
    assert form.committed == []


def test_a_day_that_does_not_exist_stays_in_view_with_a_message_and_is_not_stored(
    form: _Form, qtbot
) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    field.show_stored(date(2027, 1, 15))
    field.date_edit.selectAll()
    qtbot.keyClicks(field.date_edit, "2027-02-31")
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Return)
    assert form.committed == []
    assert field.date_edit.text() == "2027-02-31"
    assert field.problem_label.isVisible()
    assert field.problem_label.text() == (
        "Datumet 2027-02-31 finns inte och har inte sparats. Skriv ett annat."
    )
    assert field.week_label.text() == ""
    field.show_stored(date(2027, 1, 15))  # the refresh after an edit in another field
    assert field.date_edit.text() == "2027-02-31"
    assert field.problem_label.isVisible()
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Escape)  # back to what is stored
    assert field.date_edit.text() == "2027-01-15"
    assert not field.problem_label.isVisible()
    assert form.committed == []


def test_a_refused_text_gives_way_to_a_date_changed_elsewhere(form: _Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    qtbot.keyClicks(field.date_edit, "2027-13-01")
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Tab)
    assert field.problem_label.isVisible()
    field.show_stored(date(2027, 4, 1))  # an undo, or another record in the form
    assert field.date_edit.text() == "2027-04-01"
    assert not field.problem_label.isVisible()
    assert form.committed == []


def test_text_that_is_no_date_gets_a_message_that_shows_the_format(form: _Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    qtbot.keyClicks(field.date_edit, "31/3")
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Tab)
    assert form.committed == []
    assert field.date_edit.text() == "31/3"
    assert field.problem_label.isVisible()
    assert "ÅÅÅÅ-MM-DD, till exempel 2026-11-26" in field.problem_label.text()
    assert field.date_edit.accessibleDescription() == field.problem_label.text()
    field.date_edit.setFocus()
    qtbot.keyClick(field.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.date_edit, "2027-3-5")
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Return)
    assert form.committed == [date(2027, 3, 5)]
    assert field.date_edit.text() == "2027-03-05"
    assert not field.problem_label.isVisible()


def test_alt_down_opens_the_calendar_and_sets_nothing_until_a_day_is_picked(
    form: _Form, qtbot
) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.value() is None
    assert field.date_edit.text() == ""
    calendar = _open_popup_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (TODAY.year, TODAY.month)
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    assert field.value() is None
    assert form.committed == []

    qtbot.keyClick(field.date_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = _open_popup_calendar()
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Right)  # the day after today
    assert form.committed == []
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.activePopupWidget() is None
    assert form.committed == [date(2026, 11, 27)]
    assert field.date_edit.text() == "2026-11-27"
    assert field.date_edit.hasFocus()


def test_the_calendar_is_made_when_first_opened_and_named_after_its_field(
    form: _Form, qtbot
) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    # A form with several dates paid for a calendar each when its step was first shown.
    assert field.findChildren(QCalendarWidget) == []
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = _open_popup_calendar()
    assert field.findChildren(QCalendarWidget) == [calendar]
    assert QApplication.activePopupWidget().accessibleName() == "Kalender: Klart senast"
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(field.date_edit, Qt.Key.Key_F4)
    assert _open_popup_calendar() is calendar  # made once
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Escape)


def test_the_calendar_shows_iso_weeks_headed_v_and_whole_monday_first_day_names(
    form: _Form, qtbot
) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    qtbot.keyClick(field.date_edit, Qt.Key.Key_F4)
    calendar = _open_popup_calendar()
    view = calendar.findChild(QTableView)
    assert view is not None
    model = view.model()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    # Row 1 is the week holding 2026-11-26 once the week of 1 November is row 1: week 44.
    assert int(model.index(1, 0).data()) == date(2026, 11, 1).isocalendar().week
    metrics = view.fontMetrics()
    day_names = [model.index(0, column).data() for column in range(1, 8)]
    short = QLocale.FormatType.ShortFormat
    locale = calendar.locale()
    assert day_names[0] in {locale.dayName(1, short), locale.standaloneDayName(1, short)}
    for column, name in enumerate(day_names, start=1):
        assert view.columnWidth(column) >= metrics.horizontalAdvance(name) + 4, name
    corner = view.grab(view.visualRect(model.index(0, 0))).toImage()
    background = QColor(corner.pixel(0, 0))
    assert any(
        QColor(corner.pixel(x, y)) != background
        for x in range(corner.width())
        for y in range(corner.height())
    ), "the week column has no heading"


def test_arrow_keys_step_from_today_and_store_after_a_pause(form: _Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Up)
    assert field.value() == TODAY
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Up)
    qtbot.keyClick(field.date_edit, Qt.Key.Key_PageUp)
    assert field.value() == date(2026, 12, 27)
    assert form.committed == []
    qtbot.waitUntil(lambda: form.committed == [date(2026, 12, 27)])


def test_deleting_the_text_clears_the_date(form: _Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    field.show_stored(date(2027, 3, 31))
    assert field.clear_button.isEnabled()
    qtbot.keyClick(field.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Tab)
    assert form.committed == [None]
    assert field.week_label.text() == ""
    assert not field.clear_button.isEnabled()
    assert not field.problem_label.isVisible()


def test_a_typed_date_is_stored_in_the_workshop_and_undone_with_ctrl_z(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = PreparationPage(empty_workshop)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    page.activateWindow()
    field = page.ui.held_on_field
    field.setFocus()
    qtbot.keyClicks(field.date_edit, "2026-11-26")
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Return)
    assert empty_workshop.service.contents(empty_workshop.workshop_id).workshop.held_on == (
        date(2026, 11, 26)
    )
    assert field.week_label.text() == "v. 48"
    empty_workshop.undo_stack.undo()
    assert field.date_edit.text() == ""


def _arrow_colour(field: OptionalDateField) -> str:
    """The colour of the calendar arrow's middle, where its triangle is solid."""
    picture = field.calendar_action.icon().pixmap(16, 16).toImage()
    return picture.pixelColor(8, 8).name()


def test_the_calendar_arrow_takes_the_colour_of_each_new_theme(form: _Form, qapp) -> None:  # type: ignore[no-untyped-def]
    field = form.field
    try:
        for theme in (palette.DARK, palette.HIGH_CONTRAST, palette.LIGHT):
            apply_theme(qapp, theme)
            qapp.processEvents()  # the new palette reaches the widgets by events
            assert _arrow_colour(field) == QColor(theme.text).name(), theme.code
    finally:
        apply_theme(qapp, palette.LIGHT)


def test_the_field_follows_a_text_size_chosen_while_it_is_shown(qapp, form: _Form) -> None:  # type: ignore[no-untyped-def]
    """Arkiv › Textstorlek in the open window: the field gets the room a field made at that
    size has, so a whole date still shows beside the calendar arrow."""
    from hallbar_desktop.ui.theme import apply_text_size
    from hallbar_desktop.ui.ui_settings import TEXT_SIZES

    normal = form.field.date_edit.width()
    try:
        apply_text_size(qapp, TEXT_SIZES[-1])
        QApplication.processEvents()
        grown = form.field.date_edit.width()
        made_large = OptionalDateField()
        assert grown == made_large.date_edit.width() > normal
        assert form.field.week_label.minimumWidth() == made_large.week_label.minimumWidth()
        made_large.deleteLater()
    finally:
        apply_text_size(qapp, TEXT_SIZES[0])
    QApplication.processEvents()
    assert form.field.date_edit.width() == normal
