"""One participant's turn at a brainstorm: notes of a chosen type, each stored when added."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QLabel, QScroller, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.note import TEXT_MAX as NOTE_MAX
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.choice_words import word_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_notes_turn import Ui_NotesTurn
from hallbar_desktop.ui.input_mode.input_round import OTHER_TYPE, InputRound
from hallbar_desktop.ui.input_mode.input_turn import InputTurn
from hallbar_desktop.ui.input_mode.touch_style import label, touch_button
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role

# Four types fit one row; the eight action types ("Kommunikation/förankring") go three to a
# row, or their buttons squeeze the participant's own notes to a sliver on a 1366 screen.
TYPE_COLUMNS_FOR_MANY = 3


class NotesTurn(InputTurn):
    """The participant sees only the notes written in this turn; ``finished`` fires on "Klar –
    lämna över", after a note still being written has been added too."""

    def build(self, input_round: InputRound) -> None:
        self.step = input_round.step
        # Anonymous unless the facilitator turned names on for the workshop.
        self.author_id = self.participant.id if self.show_names else None
        self.written: list[Note] = []

        self.ui = Ui_NotesTurn()
        self.ui.setupUi(self)
        # The parts the window, the screenshots and the tests reach.
        self.text_edit = self.ui.note_text_edit
        self.add_button = self.ui.add_button
        self.problem_label = self.ui.problem_label
        self.written_label = self.ui.written_label
        self.written_holder = self.ui.written_holder
        self.written_layout = self.ui.written_layout
        self.done_button = self.ui.done_button

        self.ui.heading_label.setText(self._question())
        who = self.participant.shown_as(show_names=self.show_names)
        privacy = (
            self.tr("Lapparna visas med ditt namn, {0}.").format(who)
            if self.show_names
            else self.tr("Lapparna är anonyma.")
        )
        hint = self.tr("Skriv en sak per lapp och välj vilken typ den är. {0}").format(privacy)
        if self.step is WorkshopStep.DEPENDENCIES:
            hint += " " + self.tr("Beskriv roller, inte personer.")
        self.ui.hint_label.setText(hint)

        self.type_group = QButtonGroup(self)
        columns = len(input_round.note_types)
        columns = columns if columns <= 4 else TYPE_COLUMNS_FOR_MANY
        for number, name in enumerate(input_round.note_types):
            button = touch_button(word_text(name), self)  # the type is kept in Swedish
            button.setCheckable(True)
            self.type_group.addButton(button, number)
            self.ui.type_grid.addWidget(button, number // columns, number % columns)
        self.type_names = input_round.note_types
        # The type buttons are made after the form, but come first: type, text, add, done.
        tab_order = (
            *self.type_group.buttons(),
            self.text_edit,
            self.add_button,
            self.ui.written_scroll,
            self.done_button,
        )
        for first, second in pairwise(tab_order):
            QWidget.setTabOrder(first, second)

        self.text_edit.textChanged.connect(self._text_changed)
        self.add_button.clicked.connect(self.add_note)
        # Enter makes a new line in the note; Ctrl+Enter adds it, as it adds an item in the
        # workshop window. Before, only Tab to the button and Space did.
        keys = key_map.ADD_NOTE.sequences()[-1].toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setText(self.tr("Lägg till lappen ({0})").format(keys))
        key_map.bind(
            key_map.ADD_NOTE, self, self.add_note, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        set_text_role(self.problem_label, PROBLEM)
        QScroller.grabGesture(
            self.ui.written_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        self.ui.written_scroll.viewport().installEventFilter(self)
        self.done_button.clicked.connect(self.finish)
        self.setFocusProxy(self.text_edit)
        self._text_changed()
        self._show_written()

    def _question(self) -> str:
        if self.step is WorkshopStep.DEPENDENCIES:
            return self.tr("Vad kan hindra förändringen? Vad är den beroende av?")
        if self.step is WorkshopStep.PREREQUISITES:
            return self.tr("Vilka förutsättningar och framgångsfaktorer finns, eller saknas?")
        return self.tr("Vilka åtgärder föreslår du?")

    # --- writing ---------------------------------------------------------------------------

    def _text_changed(self) -> None:
        text = self.text_edit.toPlainText()
        if len(text) > NOTE_MAX:
            # Cut at the limit the note has in the database, with the cursor kept at the end.
            self.text_edit.setPlainText(text[:NOTE_MAX])
            self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
            return
        self.add_button.setEnabled(bool(text.strip()))

    def chosen_type(self) -> str:
        button_id = self.type_group.checkedId()
        return self.type_names[button_id] if button_id >= 0 else OTHER_TYPE

    def add_note(self) -> bool:
        """Store the note being written at once; the text field empties for the next one."""
        text = self.text_edit.toPlainText().strip()
        if not text:
            return True
        position = max((n.position for n in self.workshop.contents.notes), default=0) + 1
        try:
            note = Note(
                step=self.step,
                text=text,
                author_id=self.author_id,
                cluster=self.chosen_type(),
                position=position,
            )
            self.workshop.save_part(note, self.tr("Ny lapp i inmatningsläget"))
        except HallbarError as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.show()
            return False
        self.problem_label.hide()
        self.written.append(note)
        self.text_edit.clear()
        self.text_edit.setFocus()
        self._show_written()
        return True

    def remove_note(self, note: Note) -> None:
        try:
            self.workshop.remove_part(note, self.tr("Ta bort lapp i inmatningsläget"))
        except HallbarError as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.show()
            return
        self.written = [n for n in self.written if n.id != note.id]
        self._show_written()

    def _show_written(self) -> None:
        while self.written_layout.count() > 1:
            item = self.written_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.written_label.setText(self.tr("Dina lappar: {0}").format(len(self.written)))
        for row, note in enumerate(self.written):
            self.written_layout.insertWidget(row, self._written_row(note))

    def _written_row(self, note: Note) -> QWidget:
        row = QWidget(self.written_holder)
        line = QBoxLayout(QBoxLayout.Direction.LeftToRight, row)
        line.setContentsMargins(0, 0, 0, 0)
        text = label(f"{word_text(note.cluster)}\n{note.text}", "", row)
        remove = touch_button(self.tr("Ta bort"), row)
        remove.setAccessibleName(self.tr("Ta bort lappen {0}").format(note.text[:40]))
        remove.clicked.connect(lambda _checked=False, n=note: self.remove_note(n))
        line.addWidget(text, 1)
        line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._place_remove_button(row)
        return row

    def _place_remove_button(self, row: QWidget) -> None:
        """Ta bort beside the note where the column has room for it and the note's longest
        word, else below the note (a narrow column, a larger text size)."""
        line = row.layout()
        if not isinstance(line, QBoxLayout) or line.count() < 2:
            return
        text, remove = line.itemAt(0).widget(), line.itemAt(1).widget()
        if not isinstance(text, QLabel) or remove is None:
            return
        metrics = text.fontMetrics()
        longest_word = max((metrics.horizontalAdvance(w) for w in text.text().split()), default=0)
        beside = longest_word + line.spacing() + remove.sizeHint().width()
        if self.ui.written_scroll.viewport().width() >= beside:
            line.setDirection(QBoxLayout.Direction.LeftToRight)
            line.setAlignment(remove, Qt.AlignmentFlag.AlignTop)
        else:
            line.setDirection(QBoxLayout.Direction.TopToBottom)
            line.setAlignment(remove, Qt.AlignmentFlag.AlignLeft)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.written_scroll.viewport() and event.type() == QEvent.Type.Resize:
            for index in range(self.written_layout.count()):
                row = self.written_layout.itemAt(index).widget()
                if row is not None:
                    self._place_remove_button(row)
        return super().eventFilter(watched, event)

    def finish(self) -> None:
        if self.add_note():
            self.finished.emit()
