"""The workshop window: step navigator, the step's page, guidance, timer and next/previous."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QRegion, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from hallbar_desktop.domain.workflow import (
    WorkshopStep,
    missing_for,
    started,
    steps_for,
    suggested_minutes,
)
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_workshop_view import Ui_WorkshopView
from hallbar_desktop.ui.input_mode.input_mode_control import InputModeControl
from hallbar_desktop.ui.keyboard_focus import focus_chain, skip_scroll_frames, tab_stops_of
from hallbar_desktop.ui.missing_words import MissingWords
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.page_registry import create_page
from hallbar_desktop.ui.pages.step_page import StepPage
from hallbar_desktop.ui.presenter.room_controls import RoomControls
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_guidance import guidance_for
from hallbar_desktop.ui.theme import current_theme, theme_changes
from hallbar_desktop.ui.timer_controls import TimerControls
from hallbar_desktop.ui.ui_settings import UiSettings, stored_language
from hallbar_desktop.ui.widgets.status_suggestion_bar import StatusSuggestionBar
from hallbar_desktop.ui.widgets.wrapped_list_items import WrappedListItems
from hallbar_desktop.ui.workshop_timers import TimerMemory, WorkshopTimers

if TYPE_CHECKING:
    from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers
    from hallbar_desktop.ui.phone_answers.phone_answers_window import PhoneAnswersWindow
    from hallbar_desktop.ui.presenter.participant_view import ParticipantView

DONE, CURRENT, OPEN = "✓", "●", "○"


# How long the window waits after a step is shown before it builds another step's page.
BUILD_PAUSE_MS = 50
# Between the parts of a page built ahead: events that came meanwhile are handled first,
# but the page is ready sooner for a facilitator who moves on quickly (a page not filled yet
# when its step is chosen is filled then, 10-30 ms more for that step change).
HALF_PAUSE_MS = 5

# Between the parts of F7's window made the first time it opens: its control (whose process
# starts on a thread then), each of its modules, the window itself. Made in one go it held
# the window 36-41 ms; events that came meanwhile, a paint say, are handled between parts.
PHONE_PART_PAUSE_MS = 1
# The window's modules, each loaded in a turn of its own (5-10 ms each).
PHONE_WINDOW_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtSvgWidgets",
    "hallbar_desktop.ui.phone_answers.phone_answers_window",
)

# The narrowest workshop view that keeps the guidance beside the page; below it the guidance
# gives way first (ui-guide: at 1366×768 it collapses and nothing is clipped).
GUIDANCE_ROOM = 1500


class WorkshopView(QWidget):
    """Shows one open workshop; ``step_changed`` carries the step now shown."""

    step_changed = Signal(object)
    # Whether the guidance panel is on screen now: it gives way by itself in a narrow window.
    guidance_shown = Signal(bool)

    def __init__(
        self,
        workshop: OpenWorkshop,
        settings: UiSettings,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        timer_memory: TimerMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopView()
        self.ui.setupUi(self)
        self.workshop = workshop
        self._settings = settings
        # What the shared screen shows; the participant view and the input mode read and set it.
        self.room = RoomState(workshop, self)
        self.steps = steps_for(workshop.contents.workshop.variant)
        self.visited: set[WorkshopStep] = set()
        # Pages are built on first visit, so opening a workshop costs one page, not nine.
        self.pages: dict[WorkshopStep, StepPage] = {}
        # Pages made while the window was idle, not yet filled and placed in the stack.
        self._made: dict[WorkshopStep, StepPage] = {}
        # Pages laid out at their size once: shown, or ahead (_lay_out_ahead).
        self._laid_out: set[WorkshopStep] = set()
        # The focus chain as _order_tab_stops left it (None: not ordered yet).
        self._ordered_chain: list[QWidget] | None = None
        for step in self.steps:
            item = QListWidgetItem(choice_text(step))
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.ui.step_list.addItem(item)

        title_font = QFont(self.ui.workshop_title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.ui.workshop_title_label.setFont(title_font)
        # The header shares its row with the timer: a long title ends in "…" (whole in the
        # tooltip and the window title) instead of being cut mid-word.
        self._full_title = ""
        self.ui.workshop_title_label.installEventFilter(self)
        steps = self.ui.step_list
        steps.setMinimumWidth(200)
        steps.setSpacing(2)
        steps.setItemDelegate(WrappedListItems(steps))
        steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.guidance_browser.setMinimumWidth(200)
        self.ui.main_splitter.setStretchFactor(0, 0)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setStretchFactor(2, 0)
        self.ui.main_splitter.setSizes([215, 880, 250])
        state = settings.geometry("workshop_splitter")
        if state is not None:
            self.ui.main_splitter.restoreState(state)
        self.ui.main_splitter.splitterMoved.connect(
            lambda *_: settings.set_geometry("workshop_splitter", self.ui.main_splitter.saveState())
        )
        # Shown while the facilitator wants it and the window has room for it, or when asked
        # for with F1 in a narrow window (until the window is resized).
        self._guidance_asked = False
        self.ui.guidance_browser.setVisible(settings.guidance_visible())

        # Each step's timer goes on while the facilitator looks at other steps.
        self.timers = WorkshopTimers(self.room, settings.break_minutes(), self, clock)
        if timer_memory is not None:  # as they were when the workshop was closed
            timer_memory.follow(workshop.workshop_id, self.timers)
        self.timer_controls = TimerControls(self.timers, settings, self)
        self.timer_controls.go_to_step.connect(self.go_to)
        self.ui.header_row.insertWidget(1, self.timer_controls)
        self.ui.step_list.currentRowChanged.connect(self._show_row)
        # The keyboard reaches the steps by the step list and Ctrl+PgDown/PgUp; as Tab stops
        # these buttons were a trap, where a Space meant for a field went back a step.
        for button in (self.ui.next_button, self.ui.previous_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.next_button.clicked.connect(lambda: self.next_step(Qt.FocusReason.MouseFocusReason))
        self.ui.previous_button.clicked.connect(
            lambda: self.previous_step(Qt.FocusReason.MouseFocusReason)
        )
        key_map.bind(key_map.ADD_ITEM, self, self._add_item)
        self.input_mode = InputModeControl(workshop, self.room, self)
        key_map.bind(key_map.INPUT_MODE, self, self.start_input_mode)
        self.ui.input_mode_button.clicked.connect(self.start_input_mode)
        # Phones over the room's network (F7): the server is made when first turned on.
        self.phone_answers: PhoneAnswers | None = None
        self.phone_window: PhoneAnswersWindow | None = None
        self._opening_phone_answers = False
        key_map.bind(key_map.PHONE_ANSWERS, self, self.open_phone_answers)
        self.ui.phone_answers_button.clicked.connect(self.open_phone_answers)
        # The room's screen: its controls under the header, the window itself with F5.
        self.room_controls = RoomControls(self.room, workshop, self)
        self.ui.workshop_layout.insertWidget(1, self.room_controls)
        # Pågår and Genomförd, suggested as the day moves on, for the facilitator to accept.
        self.status_suggestion = StatusSuggestionBar(workshop, self.room, settings, self)
        self.ui.workshop_layout.insertWidget(2, self.status_suggestion)
        self.participant_view: ParticipantView | None = None
        key_map.bind(key_map.PARTICIPANT_VIEW, self, self.toggle_participant_view)
        self.ui.participant_view_button.clicked.connect(self.toggle_participant_view)
        workshop.changed.connect(self._refresh_chrome)
        theme_changes().changed.connect(self._refresh_chrome)  # the step list's problem colour
        # The pages not shown yet are built one at a time once the window is idle, the next
        # step's first: a page built when its step is chosen kept the window from answering
        # for 50-200 ms.
        self._page_builder = QTimer(self)
        self._page_builder.setSingleShot(True)
        self._page_builder.setInterval(BUILD_PAUSE_MS)
        self._page_builder.timeout.connect(self._build_one_more_page)

        self.ui.step_list.setCurrentRow(0)
        self._refresh_chrome()
        self._focus_on_show = True

    # --- navigation ------------------------------------------------------------------------

    @property
    def current_step(self) -> WorkshopStep:
        return self.steps[max(self.ui.step_list.currentRow(), 0)]

    def current_page(self) -> StepPage:
        return self.page(self.current_step)

    def page(self, step: WorkshopStep) -> StepPage:
        """The page of ``step``, built and filled the first time it is asked for."""
        page = self.pages.get(step)
        if page is None:
            page = self._made.pop(step, None) or self._make_page(step)
            self.pages[step] = page
            self.ui.page_stack.addWidget(page)
            page.fill()
            skip_scroll_frames(page)  # once filled: the fields in its scroll areas are made
        return page

    def _make_page(self, step: WorkshopStep) -> StepPage:
        page = create_page(step, self.workshop)
        page.setParent(self.ui.page_stack)  # hidden until it joins the stack
        page.follow_room(self.room)
        return page

    def _build_one_more_page(self) -> None:
        """One part of the next step's page, if it is not ready yet: its widgets; a part of
        its contents, for a page filled in parts (prepare_ahead); its contents; its layout at
        the size it will be shown at. Each part is short enough not to be felt; the whole
        page was not. Only the next step's: pages made ahead of need changed widgets under
        other code's feet (lists of Tab stops, say) for steps that may never be shown."""
        if not self.isVisible():
            return  # the window is not in use: pages are built when shown
        row = self.steps.index(self.current_step)
        following = self.steps[row + 1 : row + 2]
        if following and following[0] in self.pages and following[0] not in self._laid_out:
            self._lay_out_ahead(following[0])
            return
        waiting = [s for s in following if s not in self.pages]
        if not waiting:
            # No gc.freeze() of the window's objects here, though a full collection over them
            # holds the interpreter 20-100 ms: frozen objects are collected only after the
            # unfreeze, by when Qt may have deleted the C++ side of wrappers among them, and
            # the collector's walk then crashed the process (the UI tests, twice in two runs).
            return
        step = waiting[0]
        if step in self._made:
            if self._made[step].prepare_ahead():
                self._page_builder.start(HALF_PAUSE_MS)
                return
            self.page(step)
            self._page_builder.start(HALF_PAUSE_MS)  # then laid out
        else:
            self._made[step] = self._make_page(step)
            self._page_builder.start(HALF_PAUSE_MS)

    def _lay_out_ahead(self, step: WorkshopStep) -> None:
        """The last part of a page built ahead: its widgets polished and laid out at the size
        it will be shown at. Drawing one pixel of the hidden page does that; a page shown for
        the first time did it in the step change, 5-8 ms more of it."""
        self._laid_out.add(step)
        page = self.pages[step]
        page.setGeometry(self.ui.page_stack.contentsRect())
        pixel = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        page.render(pixel, QPoint(), QRegion(0, 0, 1, 1))

    def go_to(self, step: WorkshopStep) -> None:
        self.ui.step_list.setCurrentRow(self.steps.index(step))

    def next_step(self, reason: Qt.FocusReason = Qt.FocusReason.ShortcutFocusReason) -> None:
        """Ctrl+PgDown: the next step, with the keyboard in its page's first field."""
        row = self.ui.step_list.currentRow()
        if row + 1 < len(self.steps):
            self.ui.step_list.setCurrentRow(row + 1)
            self.focus_page(reason)

    def previous_step(self, reason: Qt.FocusReason = Qt.FocusReason.ShortcutFocusReason) -> None:
        row = self.ui.step_list.currentRow()
        if row > 0:
            self.ui.step_list.setCurrentRow(row - 1)
            self.focus_page(reason)

    def focus_page(self, reason: Qt.FocusReason = Qt.FocusReason.ShortcutFocusReason) -> None:
        """The keyboard to the page shown: its first field, or its main control."""
        field = self.current_page().first_field()
        if field is not None:
            field.setFocus(reason)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        step = self.steps[row]
        self.visited.add(step)
        self._laid_out.add(step)  # by being shown
        self.ui.page_stack.setCurrentWidget(self.page(step))
        self._order_tab_stops()
        self._show_guidance(step)
        self._refresh_chrome()
        self.room.set_step(step)
        self.step_changed.emit(step)
        self._page_builder.start(BUILD_PAUSE_MS)

    def _order_tab_stops(self) -> None:
        """Tab goes in reading order: the header with the timer, the room's controls, the
        step list, then the page. Pages are made when first shown, after the rest, and a
        page may add fields, so the order is looked at again each time a page is shown; it is
        set again only when the focus chain is not the one it was left as (ordering every
        part's stops took a step change 6-8 ms, the walk to compare 1-2 ms)."""
        ui = self.ui
        parts: list[QWidget] = [
            self.timer_controls,
            ui.input_mode_button,
            ui.phone_answers_button,
            ui.participant_view_button,
            self.room_controls,
            self.status_suggestion,
            ui.step_list,
            *self.pages.values(),
            ui.guidance_browser,
        ]
        chain = focus_chain(parts[0])
        if self._ordered_chain == chain:
            return
        stops = tab_stops_of(parts, chain)
        for first, second in pairwise(stops):
            QWidget.setTabOrder(first, second)
        self._ordered_chain = focus_chain(parts[0])

    def _add_item(self) -> None:
        self.current_page().add_item()

    def start_input_mode(self) -> None:
        """F6: ask what to collect, then hand the computer to the participants."""
        self.input_mode.ask(self.current_step)

    def toggle_participant_view(self) -> None:
        """F5: open the participant view on the projector, or close it."""
        view = self.participant_view
        if view is not None and view.isVisible():
            view.close()
            return
        if view is None:
            # Loaded on first use: most of a workshop is prepared without a projector.
            from hallbar_desktop.ui.presenter.participant_view import ParticipantView

            view = ParticipantView(self.room, self.timers, self.window())
            view.closed.connect(lambda: self.ui.participant_view_button.setChecked(False))
            self.participant_view = view
        view.open()
        self.ui.participant_view_button.setChecked(True)

    def open_phone_answers(self) -> None:
        """F7: the window for participants answering on their own phones; the first time, made
        in parts over a few turns of the event loop (PHONE_PART_PAUSE_MS)."""
        if self.phone_window is not None:
            self.show_phone_answers()
            return
        if self._opening_phone_answers:
            return  # F7 pressed again while it opens
        self._opening_phone_answers = True
        self._make_phone_answers()
        QTimer.singleShot(PHONE_PART_PAUSE_MS, self, self._load_phone_window)

    def _load_phone_window(self, part: int = 0) -> None:
        """One more of the window's modules, or, once all are loaded, the window itself."""
        if not self._opening_phone_answers:
            return  # shown meanwhile, or the workshop closed
        if part < len(PHONE_WINDOW_MODULES):
            importlib.import_module(PHONE_WINDOW_MODULES[part])
            QTimer.singleShot(PHONE_PART_PAUSE_MS, self, lambda: self._load_phone_window(part + 1))
        else:
            self.show_phone_answers()

    def _make_phone_answers(self) -> None:
        if self.phone_answers is None:
            # Loaded on first use: the server's modules are nothing to the window until then.
            from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers

            self.phone_answers = PhoneAnswers(self.workshop, self, room_screen=self.room)

    def show_phone_answers(self) -> None:
        """The window for phones, made at once if it is not yet."""
        self._opening_phone_answers = False
        self._make_phone_answers()
        assert self.phone_answers is not None
        if self.phone_window is None:
            from hallbar_desktop.ui.phone_answers.phone_answers_window import PhoneAnswersWindow

            self.phone_window = PhoneAnswersWindow(
                self.phone_answers, self.current_step, stored_language(), self
            )
        assert self.phone_window is not None
        self.phone_window.show()
        self.phone_window.raise_()
        self.phone_window.activateWindow()

    def close_participant_view(self) -> None:
        """The workshop is being closed: its participant view goes with it."""
        self._opening_phone_answers = False
        if self.phone_answers is not None:
            self.phone_answers.stop()
        if self.participant_view is not None:
            self.participant_view.close_for_good()
            self.participant_view = None

    def set_guidance_visible(self, visible: bool) -> None:
        """The facilitator's own choice (F1): kept as the preference, and followed now even
        in a window too narrow to show the guidance by itself."""
        self._settings.set_guidance_visible(visible)
        self._guidance_asked = visible and not self._has_room_for_guidance()
        self._place_guidance()

    def _has_room_for_guidance(self) -> bool:
        return self.width() >= GUIDANCE_ROOM

    def _place_guidance(self) -> None:
        """At 1366×768 the guidance gives way first, before the step's page is cut."""
        shown = self._settings.guidance_visible() and (
            self._has_room_for_guidance() or self._guidance_asked
        )
        if shown != self.ui.guidance_browser.isVisibleTo(self):
            self.ui.guidance_browser.setVisible(shown)
        self.guidance_shown.emit(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.workshop_title_label and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._elide_title()
        return super().eventFilter(watched, event)

    def _elide_title(self) -> None:
        label = self.ui.workshop_title_label
        if not label.isVisible():  # not laid out yet: its width says nothing
            label.setText(self._full_title)
            return
        label.setText(
            label.fontMetrics().elidedText(
                self._full_title, Qt.TextElideMode.ElideRight, label.width()
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._page_builder.start(BUILD_PAUSE_MS)
        if self._focus_on_show:
            # An opened workshop starts in the step list: arrows choose a step, Tab goes on
            # to its page.
            self._focus_on_show = False
            self.ui.step_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._guidance_asked = False
            self._place_guidance()

    # --- step list, notes, guidance --------------------------------------------------------

    def _follow_variant(self) -> None:
        """Show the steps of the workshop's variant, which Förberedelser can change as long as
        nothing is recorded; pages already made are kept, new ones are made when visited."""
        steps = steps_for(self.workshop.contents.workshop.variant)
        if steps == self.steps:
            return
        current = self.current_step
        step_list = self.ui.step_list
        step_list.blockSignals(True)
        step_list.clear()
        for step in steps:
            item = QListWidgetItem(choice_text(step))
            item.setData(Qt.ItemDataRole.UserRole, step)
            step_list.addItem(item)
        self.steps = steps
        self.visited &= set(steps)
        step_list.setCurrentRow(steps.index(current) if current in steps else 0)
        step_list.blockSignals(False)
        if current not in steps:
            self._show_row(0)

    def _refresh_chrome(self) -> None:
        self._follow_variant()
        contents = self.workshop.contents
        w = contents.workshop
        where = f" · {w.organisation}" if w.organisation else ""
        self._full_title = f"{w.title}{where}"
        self.ui.workshop_title_label.setToolTip(self._full_title)
        self._elide_title()
        current = self.current_step
        words = MissingWords()
        skipped = []
        for row, step in enumerate(self.steps):
            item = self.ui.step_list.item(row)
            missing = [words.text(m) for m in missing_for(step, contents)]
            # Progress comes from what the file holds, and from the steps looked at now.
            reached = step in self.visited or started(step, contents)
            if step is current:
                mark = CURRENT
            elif reached and not missing:
                mark = DONE
            else:
                mark = OPEN
            text = f"{mark}  {choice_text(step)}"
            if missing and reached and step is not current:
                text += f"\n     {missing[0]}"
                skipped.append(step)
            item.setText(text)
            item.setToolTip("\n".join(missing) if missing else self.tr("Klart"))
            item.setForeground(
                QBrush(QColor(current_theme().problem_text)) if step in skipped else QBrush()
            )
        current_missing = [words.text(m) for m in missing_for(current, contents)]
        notes = []
        if current_missing:
            notes.append(
                self.tr("Kvar i det här steget: {0}.").format("; ".join(current_missing).lower())
            )
        if skipped:
            notes.append(
                self.tr("Överhoppat med saker kvar: {0}.").format(
                    ", ".join(choice_text(s) for s in skipped)
                )
            )
        self.ui.step_note_label.setText(" ".join(notes))
        row = self.ui.step_list.currentRow()
        self.ui.previous_button.setEnabled(row > 0)
        self.ui.next_button.setEnabled(row + 1 < len(self.steps))

    def _show_guidance(self, step: WorkshopStep) -> None:
        guidance = guidance_for(step)
        minutes = suggested_minutes(self.workshop.contents.workshop.variant, step)
        # Outside the f-strings, where lupdate does not look.
        purpose, actions = self.tr("Syfte"), self.tr("Gör så här")
        questions, suggested = self.tr("Frågor att ställa"), self.tr("Föreslagen tid")
        parts = [f"<h3>{escape(choice_text(step))}</h3>"]
        parts.append(f"<p><b>{purpose}</b><br>{escape(guidance.purpose)}</p>")
        parts.append(f"<p><b>{actions}</b></p><ul>")
        parts += [f"<li>{escape(a)}</li>" for a in guidance.actions]
        parts.append("</ul>")
        if guidance.questions:
            parts.append(f"<p><b>{questions}</b></p><ul>")
            parts += [f"<li>{escape(q)}</li>" for q in guidance.questions]
            parts.append("</ul>")
        if minutes:
            parts.append(f"<p><b>{suggested}</b><br>{minutes} min</p>")
        self.ui.guidance_browser.setHtml("".join(parts))

    # --- timer -----------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        """Ctrl+T: start or pause the timer shown, the step's or the break's."""
        self.timers.toggle()
