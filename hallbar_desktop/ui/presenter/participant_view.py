"""Deltagarvyn: the projector window that follows the facilitator's step in large type."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QShortcut,
)
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_participant_view import Ui_ParticipantView
from hallbar_desktop.ui.presenter.revealed_content import RevealedContent
from hallbar_desktop.ui.presenter.room_views import (
    chosen_view,
    collecting_prompt,
    prompt_for,
    views_for,
)
from hallbar_desktop.ui.room_state import PhoneJoin, RoomState, ScreenMode
from hallbar_desktop.ui.step_timer import StepTimer, clock_text
from hallbar_desktop.ui.style_sheet import (
    LOOK,
    PARTICIPANT_VIEW,
    SECONDARY,
    TIME_UP_LARGE,
    set_look,
    set_text_role,
)
from hallbar_desktop.ui.theme import theme_changes
from hallbar_desktop.ui.workshop_timers import WorkshopTimers

# Point sizes at a 1080-pixel-high window; every size scales with the window's height, so the
# same screen fits a 1366×768 projector (ui-guide.md: title ≥ 40, prompt ≥ 28, body ≥ 20 pt).
REFERENCE_HEIGHT = 1080
TITLE_POINTS = 44.0
PROMPT_POINTS = 30.0
BODY_POINTS = 22.0
TIMER_POINTS = 48.0
FOOTER_POINTS = 16.0
COUNT_POINTS = 72.0
# The QR code's side at 1080 pixels: a phone reads it from the back of a room of 40.
QR_SIDE = 300


def projector_screen(facilitator_screen: QScreen | None) -> QScreen | None:
    """The screen the room looks at: the largest screen other than the facilitator's, or None
    when there is only one."""
    others = [s for s in QGuiApplication.screens() if s is not facilitator_screen]
    if not others or (facilitator_screen is None and len(others) < 2):
        return None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


class ParticipantView(QWidget):
    """A top-level window of its own: full screen and frameless on a second screen when there
    is one, else a normal window beside the facilitator's. It only reads: the RoomState, the
    open workshop's contents and the timer the room sees. ``closed`` fires when it is closed."""

    closed = Signal()

    def __init__(
        self,
        room: RoomState,
        timer: StepTimer | WorkshopTimers,
        facilitator_window: QWidget | None = None,
    ) -> None:
        # No parent: a child window would stay above the facilitator's window on some systems,
        # and could not be full screen on another screen on its own.
        super().__init__(None)
        self.ui = Ui_ParticipantView()
        self.ui.setupUi(self)
        self.room = room
        self.timer = timer
        self._facilitator = facilitator_window
        self._scale = 1.0
        self._body: QWidget | None = None
        self._shown_key: tuple[object, ...] | None = None
        # Closing the facilitator's window ends the program even while this one is open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        # The facilitator keeps typing in their own window while the projector shows this one.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAutoFillBackground(True)
        set_look(self, LOOK, PARTICIPANT_VIEW)
        # The workshop's title and the group's texts are shown as typed, never as markup.
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        QShortcut(QKeySequence("F5"), self, self.close)
        self._build_join_panel()

        room.changed.connect(self.refresh)
        room.workshop.changed.connect(self.refresh)
        timer.ticked.connect(self._show_timer)
        # A result drawn as rich text or a chart is drawn anew in the new theme's colours.
        theme_changes().changed.connect(self._theme_changed)
        timer.ran_out.connect(self._show_timer)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Queued: when a screen goes, Qt first moves its windows, then lists the rest.
            app.screenAdded.connect(self._screens_changed, Qt.ConnectionType.QueuedConnection)
            app.screenRemoved.connect(self._screens_changed, Qt.ConnectionType.QueuedConnection)
        self._apply_fonts()
        self.refresh()

    # --- where the window goes -------------------------------------------------------------

    @property
    def full_screen_on(self) -> QScreen | None:
        """The screen the view fills, or None when it is a normal window."""
        return self.screen() if self.isFullScreen() else None

    def open(self) -> None:
        """Show the view where it belongs now; the facilitator's window keeps the keyboard."""
        self.place()
        self.refresh()
        if self._facilitator is not None:
            self._facilitator.activateWindow()

    def place(self) -> None:
        facilitator = self._facilitator.screen() if self._facilitator is not None else None
        if facilitator is None:
            facilitator = QGuiApplication.primaryScreen()
        target = projector_screen(facilitator)
        if target is not None:
            self._fill(target)
        else:
            self._as_window(facilitator)

    def _fill(self, screen: QScreen) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        # No pointer on the projector; as a window beside the facilitator's it keeps one.
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()

    def _as_window(self, screen: QScreen | None) -> None:
        was_full = self.isFullScreen()
        flags = Qt.WindowType.Window
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)
        self.unsetCursor()
        if was_full or not self.isVisible():
            self.showNormal()
            if screen is not None:
                area = screen.availableGeometry()
                size = QSize(int(area.width() * 0.6), int(area.height() * 0.6))
                self.setGeometry(
                    QRect(
                        area.right() - size.width() - 24,
                        area.top() + 48,
                        size.width(),
                        size.height(),
                    )
                )
        self.setWindowTitle(
            self.tr("Deltagarvy – {0}").format(self.room.workshop.contents.workshop.title)
        )
        self.show()

    def _screens_changed(self, _screen: QScreen) -> None:
        if self.isVisible():
            self.place()

    def close_for_good(self) -> None:
        """Close and delete, silently: the workshop window that listens to ``closed`` is the
        one closing it."""
        self.blockSignals(True)
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    # --- sizes -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale = max(event.size().height(), 300) / REFERENCE_HEIGHT
        if abs(scale - self._scale) > 0.01:
            self._scale = scale
            self._apply_fonts()
            self._shown_key = None
            # After the layout has taken the new size, so the body is built for it.
            QTimer.singleShot(0, self, self.refresh)

    def points(self, reference: float) -> float:
        """A point size given for 1080 pixels, at this window's height."""
        return reference * self._scale

    def _theme_changed(self) -> None:
        self._shown_key = None
        self.refresh()

    def _font(self, reference: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.points(reference))
        font.setBold(bold)
        return font

    def _apply_fonts(self) -> None:
        ui = self.ui
        ui.step_title_label.setFont(self._font(TITLE_POINTS, bold=True))
        ui.prompt_label.setFont(self._font(PROMPT_POINTS))
        ui.workshop_title_label.setFont(self._font(FOOTER_POINTS))
        set_text_role(ui.workshop_title_label, SECONDARY)
        timer_font = self._font(TIMER_POINTS, bold=True)
        timer_font.setStyleHint(QFont.StyleHint.Monospace)
        ui.timer_label.setFont(timer_font)
        ui.pause_timer_label.setFont(timer_font)
        ui.pause_title_label.setFont(self._font(TITLE_POINTS * 2, bold=True))
        ui.pause_text_label.setFont(self._font(PROMPT_POINTS))
        side = int(QR_SIDE * self._scale)
        self.join_qr.setFixedSize(side, side)
        self.join_panel.setMinimumWidth(side)
        self.join_title_label.setFont(self._font(BODY_POINTS, bold=True))
        self.join_address_label.setFont(self._font(BODY_POINTS))
        self.join_code_label.setFont(self._font(PROMPT_POINTS, bold=True))
        margin = int(48 * self._scale)
        ui.step_layout.setContentsMargins(margin, int(margin * 0.75), margin, int(margin * 0.5))
        ui.step_layout.setSpacing(int(24 * self._scale))

    # --- what is shown ---------------------------------------------------------------------

    def names_shown(self) -> bool:
        return self.room.workshop.contents.workshop.show_names

    def refresh(self) -> None:
        room = self.room
        ui = self.ui
        self._show_join(room.phone_join)
        if room.mode is ScreenMode.BLANK:
            ui.screen_stack.setCurrentWidget(ui.blank_screen)
            self._set_body(None, ("blank",))
            return
        if room.mode is ScreenMode.PAUSE:
            ui.screen_stack.setCurrentWidget(ui.pause_screen)
            self._set_body(None, ("pause",))
            self._show_timer()
            return
        ui.screen_stack.setCurrentWidget(ui.step_screen)
        contents = room.workshop.contents
        w = contents.workshop
        footer = f"{w.title} · {w.organisation}" if w.organisation.strip() else w.title
        ui.workshop_title_label.setText(footer)
        step = room.step
        if room.collecting is not None:
            self._show_collecting(*room.collecting)
        elif step is None or step is WorkshopStep.PREPARATION:
            self._show_waiting(contents)
        else:
            self._show_step(step, contents)
        self._show_timer()

    def _build_join_panel(self) -> None:
        """Beside the step's body: the QR code, the address and the code while phones may
        join (F7), so the room can join from any step."""
        panel = QWidget(self.ui.step_screen)
        panel.setObjectName("join_panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.join_title_label = QLabel(self.tr("Svara i mobilen"), panel)
        self.join_qr = QSvgWidget(panel)
        self.join_qr.setObjectName("join_qr")
        self.join_qr.setAccessibleName(self.tr("QR-kod till deltagarsidan"))
        self.join_address_label = QLabel(panel)
        self.join_code_label = QLabel(panel)
        for label in (self.join_title_label, self.join_address_label, self.join_code_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The address whole on one line, to be typed as it stands: the panel grows for it.
        self.join_title_label.setWordWrap(True)
        self.join_address_label.setObjectName("join_address_label")
        self.join_code_label.setObjectName("join_code_label")
        layout.addWidget(self.join_title_label)
        layout.addWidget(self.join_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.join_address_label)
        layout.addWidget(self.join_code_label)
        layout.addStretch(1)
        # The body and the panel side by side, where the form has the body alone.
        step_layout = self.ui.step_layout
        at = step_layout.indexOf(self.ui.body_area)
        step_layout.removeWidget(self.ui.body_area)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(self.ui.body_area, 1)
        row.addWidget(panel, 0)
        step_layout.insertLayout(at, row, 1)
        self.join_panel = panel
        self._shown_join: PhoneJoin | None = None
        panel.hide()

    def _show_join(self, join: PhoneJoin | None) -> None:
        if join != self._shown_join:
            self._shown_join = join
            if join is not None:
                self.join_qr.load(QByteArray(join.qr_svg.encode("utf-8")))
                self.join_address_label.setText(join.address)
                self.join_code_label.setText(self.tr("Kod: {0}").format(join.code))
        self.join_panel.setVisible(join is not None)

    def _show_waiting(self, contents: WorkshopContents) -> None:
        w = contents.workshop
        self.ui.step_title_label.setText(self.tr("Snart börjar vi"))
        self.ui.prompt_label.setText(w.title)
        self.ui.prompt_label.setVisible(True)
        lines = [w.change_focus.strip()]
        details = [w.held_on.isoformat() if w.held_on else "", w.place.strip()]
        lines.append(" · ".join(d for d in details if d))
        key = ("waiting", tuple(lines), self._scale)
        if key != self._shown_key:
            self._set_body(self._text_body([line for line in lines if line]), key)

    def _show_step(self, step: WorkshopStep, contents: WorkshopContents) -> None:
        room = self.room
        prompt = prompt_for(step)
        self.ui.step_title_label.setText(choice_text(step))
        self.ui.prompt_label.setText(prompt.question)
        self.ui.prompt_label.setVisible(bool(prompt.question))
        views = views_for(step, contents)
        if views and room.is_revealed(step):
            view = chosen_view(step, contents, room.shown_view(step))
            assert view is not None  # views is not empty
            available = self._body_size()
            # Rebuilt on every change of the stored contents: the charts show what is stored.
            # The key holds the contents themselves, not their id(): an id can be reused.
            key = (
                "revealed",
                step,
                view.key,
                contents,
                self._scale,
                self.names_shown(),
                (available.width(), available.height()),
            )
            if key != self._shown_key:
                self._set_body(
                    RevealedContent(
                        step,
                        view,
                        contents,
                        body_points=self.points(BODY_POINTS),
                        names_shown=self.names_shown(),
                        available=available,
                        today=room.workshop.today(),
                        parent=self.ui.body_area,
                    ),
                    key,
                )
            return
        lines = list(prompt.lines)
        texts = self._step_texts(step, contents)
        key = ("step", step, tuple(lines), texts, bool(views), self._scale)
        if key != self._shown_key:
            body = self._text_body(lines, texts)
            if views:
                hidden = QLabel(prompt.hidden or self.tr("Resultaten visas snart."), body)
                hidden.setObjectName("hidden_label")
                hidden.setWordWrap(True)
                hidden.setFont(self._font(BODY_POINTS))
                set_text_role(hidden, SECONDARY)
                body.layout().insertWidget(body.layout().count() - 1, hidden)
            self._set_body(body, key)

    def _step_texts(
        self, step: WorkshopStep, contents: WorkshopContents
    ) -> tuple[tuple[str, str], ...]:
        """What the group itself wrote for the step, under a heading each."""
        w = contents.workshop
        if step is WorkshopStep.CURRENT_AND_TARGET:
            return (
                (self.tr("Nuläge"), w.current_state.strip()),
                (self.tr("Målbild"), w.target_picture.strip()),
            )
        if step is WorkshopStep.WELCOME and w.change_focus.strip():
            return ((self.tr("Förändringen i fokus"), w.change_focus.strip()),)
        if step is WorkshopStep.SUMMARY and w.next_steps.strip():
            return ((self.tr("Nästa steg"), w.next_steps.strip()),)
        return ()

    def _body_size(self) -> QSize:
        size = self.ui.body_area.size()
        if size.height() < 100:
            # Not laid out yet: about what the title, prompt and footer leave of the window.
            return QSize(int(self.width() * 0.9), int(self.height() * 0.6))
        return size

    def _set_body(self, body: QWidget | None, key: tuple[object, ...]) -> None:
        if self._body is not None:
            self.ui.body_layout.removeWidget(self._body)
            # Hidden and deleted at once: nothing of a hidden result stays on screen or in the
            # widget tree until the event loop gets round to it.
            self._body.hide()
            self._body.setParent(None)
            self._body.deleteLater()
            self._body = None
        self._shown_key = key
        if body is not None:
            self.ui.body_layout.addWidget(body)
            body.show()  # at once, not when the layout gets round to it
            self._body = body

    def _text_body(self, lines: list[str], texts: tuple[tuple[str, str], ...] = ()) -> QWidget:
        body = QWidget(self.ui.body_area)
        body.setObjectName("text_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, int(8 * self._scale), 0, 0)
        layout.setSpacing(int(16 * self._scale))
        if texts:
            row = QHBoxLayout()
            row.setSpacing(int(48 * self._scale))
            for heading, text in texts:
                column = QVBoxLayout()
                column.setSpacing(int(8 * self._scale))
                title = QLabel(heading, body)
                title.setFont(self._font(BODY_POINTS * 1.1, bold=True))
                column.addWidget(title)
                shown = QLabel(text or self.tr("Inte skrivet ännu."), body)
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setWordWrap(True)
                shown.setFont(self._font(BODY_POINTS))
                shown.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if not text:
                    set_text_role(shown, SECONDARY)
                column.addWidget(shown)
                column.addStretch(1)
                row.addLayout(column, 1)
            layout.addLayout(row)
        if lines:
            label = QLabel(
                "".join(f"<p style='margin-bottom:12px'>{_line_html(line)}</p>" for line in lines),
                body,
            )
            label.setObjectName("body_label")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setFont(self._font(BODY_POINTS))
            layout.addWidget(label)
        layout.addStretch(1)
        return body

    def _show_collecting(self, done: int, total: int) -> None:
        """The step whose input the participants are giving, whichever step the facilitator
        started the input mode from: the summary's question above a count of ratings would
        tell the room two things at once."""
        activity, step = self.room.collected
        prompt = collecting_prompt(activity, step)
        self.ui.step_title_label.setText(choice_text(step))
        self.ui.prompt_label.setText(prompt.question)
        self.ui.prompt_label.setVisible(bool(prompt.question))
        # Once all are done, nothing waits for them any more.
        note = self.tr("Alla är klara.") if total and done >= total else prompt.hidden
        key: tuple[object, ...] = ("collecting", done, total, note, self._scale)
        if key != self._shown_key:
            self._set_body(self._collecting_body(done, total, note), key)

    def _collecting_body(self, done: int, total: int, note_text: str) -> QWidget:
        body = QWidget(self.ui.body_area)
        body.setObjectName("collecting_body")
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        count = QLabel(self.tr("{0} av {1} klara").format(done, total), body)
        count.setObjectName("collecting_label")
        count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        count.setFont(self._font(COUNT_POINTS, bold=True))
        layout.addWidget(count)
        note = QLabel(note_text, body)
        note.setObjectName("collecting_note_label")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setFont(self._font(PROMPT_POINTS))
        set_text_role(note, SECONDARY)
        layout.addWidget(note)
        layout.addStretch(2)
        return body

    # --- timer -----------------------------------------------------------------------------

    def timer_text(self) -> str:
        """What the timer says: time left, how far over, time elapsed, or nothing."""
        t = self.timer
        if t.planned_seconds > 0:
            if t.is_over:
                return self.tr("Tiden är slut")
            return clock_text(t.remaining_seconds)
        return clock_text(t.elapsed_seconds) if t.elapsed_seconds >= 1 else ""

    def _show_timer(self) -> None:
        text = self.timer_text()
        over = self.timer.is_over
        for label in (self.ui.timer_label, self.ui.pause_timer_label):
            label.setText(text)
            label.setVisible(bool(text))
            # The words "Tiden är slut" carry the signal too.
            set_text_role(label, TIME_UP_LARGE if over else "")
            label.setAccessibleDescription(
                self.tr("Tiden är slut") if over else self.tr("Tid kvar {0}").format(text)
            )


def _line_html(line: str) -> str:
    """A line of body text; a term before a colon ("Personberoende: …") in bold, to scan."""
    term, colon, rest = line.partition(": ")
    if colon and len(term) <= 30:
        return f"<b>{escape(term)}</b>: {escape(rest)}"
    return escape(line)
