"""Inmatningsläge: the locked full-screen window participants pass around to answer in turn."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QClipboard,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_input_mode_window import Ui_InputModeWindow
from hallbar_desktop.ui.input_mode.dot_vote_turn import DotVoteTurn
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.input_mode.input_turn import InputTurn
from hallbar_desktop.ui.input_mode.notes_turn import NotesTurn
from hallbar_desktop.ui.input_mode.rating_turn import RatingTurn
from hallbar_desktop.ui.input_mode.touch_style import touch_button
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.style_sheet import apply_touch_style, base_pixels
from hallbar_desktop.ui.theme import current_theme, text_size, theme_changes

LEAVE_CHORD = key_map.LEAVE_INPUT_MODE.sequences()[0]
TURN_FOR: dict[InputActivity, type[InputTurn]] = {
    InputActivity.RATING: RatingTurn,
    InputActivity.NOTES: NotesTurn,
    InputActivity.DOT_VOTES: DotVoteTurn,
}
ALIAS_COLUMNS = 4


def leave_chord_text() -> str:
    return LEAVE_CHORD.toString(QKeySequence.SequenceFormat.NativeText)


class InputModeWindow(QWidget):
    """Three screens: whose turn it is (the alias grid), the turn itself, and the handover that
    shows only how many are done. A turn's widgets are thrown away when it ends, so nothing a
    participant chose or wrote is left for the next one to find. There is no way back, no undo
    and no closing: only the facilitator's key chord (and PIN) ends the mode; ``left`` fires
    then."""

    left = Signal()

    def __init__(
        self,
        workshop: OpenWorkshop,
        input_round: InputRound,
        room: RoomState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.ui = Ui_InputModeWindow()
        # The form's top layout gives the window no minimum size: it is full screen anyway, and
        # a top-level minimum is a size hint not every platform takes (offscreen warns).
        self.ui.setupUi(self)
        self.workshop = workshop
        self.round = input_round
        self.room = room
        self.turn: InputTurn | None = None
        self.unlock_dialog: QInputDialog | None = None
        self.alias_buttons: dict[object, QPushButton] = {}
        self._alias_grid: QWidget | None = None
        self._alias_columns = 0
        self._leaving = False
        self._style_size = QSize()
        self._style_base = 0

        # The rest of the app does not take input while participants hold the computer.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.ui.new_participant_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.ui.next_participant_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The first Tab goes to the first alias: focus on the scroll area around them showed
        # nowhere.
        self.ui.alias_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.new_participant_button.clicked.connect(self.add_anonymous_participant)
        self.ui.next_participant_button.clicked.connect(self.show_aliases)
        key_map.bind(key_map.LEAVE_INPUT_MODE, self, self.request_leave)
        workshop.changed.connect(self._show_counts)
        # Long names (names on) take fewer columns, so nobody has to scroll sideways to theirs.
        self.ui.alias_scroll.viewport().installEventFilter(self)
        self._restyle(QSize(1366, 768))
        theme_changes().changed.connect(self._theme_changed)
        self.show_aliases()

    @staticmethod
    def _forget_clipboard() -> None:
        # A note field pastes what is on the clipboard (and, on X11, middle-click pastes the last
        # selection): a note copied in an earlier turn, or something the facilitator copied.
        clipboard = QApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    # --- the three screens -----------------------------------------------------------------

    def show_aliases(self) -> None:
        """The grid of aliases, made anew from what is stored: those done cannot be picked."""
        self._end_turn()
        contents = self.workshop.contents
        done = self.round.done_ids(contents)
        show_names = contents.workshop.show_names
        if self._alias_grid is not None:
            self.ui.alias_grid_layout.removeWidget(self._alias_grid)
            self._alias_grid.setParent(None)
            self._alias_grid.deleteLater()
        grid_holder = QWidget(self.ui.alias_grid_holder)
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.alias_buttons = {}
        for participant in in_turn_order(contents):
            name = participant.shown_as(show_names=show_names)
            is_done = participant.id in done
            shown = self.tr("✓ {0} – klar").format(name) if is_done else name
            button = touch_button(shown, grid_holder)
            button.setEnabled(not is_done)
            button.setAccessibleName(
                self.tr("{0}, klar").format(name) if is_done else self.tr("Jag är {0}").format(name)
            )
            button.clicked.connect(lambda _checked=False, p=participant: self.start_turn(p))
            self.alias_buttons[participant.id] = button
        self.ui.alias_grid_layout.addWidget(grid_holder)
        self._alias_grid = grid_holder
        self._alias_columns = 0
        self._arrange_aliases()
        # Tab in reading order: the aliases (made just now, so last in the chain), then the
        # button for a new anonymous participant below them. Qt moves a widget only after one
        # before it in the chain, so the aliases go after that button first, then it after them.
        new = self.ui.new_participant_button
        order = (new, *self.alias_buttons.values(), new)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.ui.alias_hint_label.setText(self._alias_hint(show_names))
        self._show_counts()
        self.ui.screen_stack.setCurrentWidget(self.ui.alias_page)
        self.setFocus()

    def _arrange_aliases(self) -> None:
        """Up to ALIAS_COLUMNS columns, as many as the widest alias leaves room for."""
        holder = self._alias_grid
        if holder is None:
            return
        grid = holder.layout()
        assert isinstance(grid, QGridLayout)
        buttons = list(self.alias_buttons.values())
        # A vertical scroll bar may come with more rows: counted in from the start, so that
        # the number of columns does not flip back and forth as it comes and goes.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.ui.alias_scroll.viewport().width() - bar
        widest = max((b.sizeHint().width() for b in buttons), default=0)
        spacing = grid.horizontalSpacing()
        fit = (width + spacing) // (widest + spacing) if widest else ALIAS_COLUMNS
        columns = max(1, min(ALIAS_COLUMNS, fit))
        if columns == self._alias_columns:
            return
        self._alias_columns = columns
        for button in buttons:
            grid.removeWidget(button)
        for number, button in enumerate(buttons):
            grid.addWidget(button, number // columns, number % columns)
        for column in range(ALIAS_COLUMNS):
            grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        grid.setRowStretch(grid.rowCount(), 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.alias_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange_aliases()
        return super().eventFilter(watched, event)

    def _alias_hint(self, show_names: bool) -> str:
        task = {
            InputActivity.RATING: self.tr("Du svarar på påståendena ett i taget."),
            InputActivity.NOTES: self.tr("Du skriver lappar som bara du ser tills du är klar."),
            InputActivity.DOT_VOTES: self.tr("Du fördelar dina prickar."),
        }[self.round.activity]
        pick = (
            self.tr("Tryck på ditt namn.")
            if show_names
            else self.tr("Tryck på ditt alias, eller på Ny anonym deltagare om du inte har något.")
        )
        nobody_else = self.tr("Ingen annan ser dina svar.")
        return f"{pick} {task} {nobody_else}"

    def add_anonymous_participant(self) -> None:
        before = {p.id for p in self.workshop.contents.participants}
        try:
            self.workshop.add_participant(self.tr("Ny anonym deltagare i inmatningsläget"))
        except HallbarError as error:
            self.ui.alias_count_label.setText(error_text(error))
            return
        added = [p for p in self.workshop.contents.participants if p.id not in before]
        if added:
            self.start_turn(added[0])

    def start_turn(self, participant: Participant) -> None:
        """Build a fresh turn for ``participant``; nothing of an earlier turn is reused."""
        self._end_turn()
        self._forget_clipboard()
        # One undo step per turn: the facilitator takes back a participant's turn, not each of
        # the answers in it one by one.
        self.workshop.begin_group(self.tr("Inmatning: {0}").format(participant.alias))
        page = self.ui.turn_page
        turn = TURN_FOR[self.round.activity](self.workshop, participant, self.round, page)
        turn.finished.connect(lambda p=participant: self.finish_turn(p))
        self.ui.turn_layout.addWidget(turn)
        self.turn = turn
        self.ui.screen_stack.setCurrentWidget(page)
        turn.setFocus()

    def finish_turn(self, participant: Participant) -> None:
        self.round.taken.add(participant.id)
        self._end_turn()
        self._show_counts()
        self.ui.screen_stack.setCurrentWidget(self.ui.handover_page)
        # Enter (or Space) goes on to the next participant, as the screen's only button does;
        # the keys on the window itself did nothing until a Tab.
        self.ui.next_participant_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _end_turn(self) -> None:
        # Unparented at once (not only at the next deferred delete), so that from here on no
        # widget of the window holds the turn's answers.
        turn, self.turn = self.turn, None
        self.workshop.end_group()
        if turn is not None:
            self._forget_clipboard()
            turn.hide()
            self.ui.turn_layout.removeWidget(turn)
            turn.setParent(None)
            turn.deleteLater()

    def _show_counts(self) -> None:
        if self._leaving:
            return
        done, total = self.round.counts(self.workshop.contents)
        count = self.tr("{0} av {1} klara").format(done, total)
        self.ui.done_count_label.setText(count)
        self.ui.alias_count_label.setText(count)
        self.ui.handover_label.setText(
            self.tr("Alla är klara. Lämna tillbaka datorn till processledaren.")
            if total and done >= total
            else self.tr("Tack! Lämna över datorn till nästa deltagare.")
        )
        if self.room is not None:
            self.room.set_collecting(done, total, self.round.key)

    # --- leaving is the facilitator's ------------------------------------------------------

    def request_leave(self) -> None:
        """The key chord: leave at once, or first ask for the PIN if one was set."""
        if not self.round.pin:
            self.leave()
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Lämna inmatningsläget"))
        dialog.setLabelText(self.tr("Skriv PIN-koden för att lämna inmatningsläget."))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Lämna"))
        dialog.setCancelButtonText(self.tr("Avbryt"))
        dialog.textValueSelected.connect(self._check_pin)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        self.unlock_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QInputDialog) -> None:
        if self.unlock_dialog is dialog:
            self.unlock_dialog = None
        dialog.deleteLater()

    def _check_pin(self, pin: str) -> None:
        self.unlock_dialog = None
        if pin == self.round.pin:
            self.leave()
            return
        self.request_leave()
        if self.unlock_dialog is not None:
            self.unlock_dialog.setLabelText(
                self.tr("Fel PIN-kod. Försök igen, eller välj Avbryt för att stanna kvar.")
            )

    def leave(self) -> None:
        self._leaving = True
        self._end_turn()
        if self.room is not None:
            self.room.clear_collecting()
        self.workshop.changed.disconnect(self._show_counts)
        self.close()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter presses the button the keyboard is on, as Space does: the touch buttons are
        # no dialog's default buttons, so Qt leaves Enter to them unused.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focused = QApplication.focusWidget()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            enter
            and plain == Qt.KeyboardModifier.NoModifier
            and isinstance(focused, QPushButton)
            and focused.isEnabled()
            and self.isAncestorOf(focused)
        ):
            focused.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 and the window manager's close are a participant's too: only leave() closes.
        if self._leaving:
            super().closeEvent(event)
        else:
            event.ignore()

    # --- size ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._restyle(event.size())
        super().resizeEvent(event)

    def _theme_changed(self) -> None:
        self._restyle(self._style_size, anew=True)

    def _restyle(self, size: QSize, *, anew: bool = False) -> None:
        """The sheet for a screen of ``size``, in the theme and text size shown now; made
        ``anew`` when the theme changed."""
        percent = text_size()
        base = base_pixels(size.height(), percent, size.width())
        if anew or base != self._style_base:
            self._style_size = size
            self._style_base = base
            apply_touch_style(self, size.height(), current_theme(), percent, size.width())
