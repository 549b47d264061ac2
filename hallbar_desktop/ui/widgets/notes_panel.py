"""Lappar från deltagarna: a step's notes by type, hidden until revealed, each made into a part."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.note import Note, notes_by_group
from hallbar_desktop.domain.note_conversion import shortened
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.generated.ui_notes_panel import Ui_NotesPanel
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import PROBLEM_STYLE
from hallbar_desktop.ui.room_state import RoomState

# The same paper yellow as the cards on the participant view, so both screens read as one board.
CARD_STYLE = (
    "QFrame#note_card { background: #FFF4C2; border: 1px solid #D9C77A; border-radius: 3px; }"
)
HINT_STYLE = "color: #4D4D4D;"  # secondary text that still meets 4.5:1 on white
UNLIMITED = 16777215  # QWIDGETSIZE_MAX
NAME_IN_LABEL = 60  # characters of a note repeated in a button's accessible name

# Turns a note into the part it becomes, at the given list position.
PartFromNote = Callable[[Note, int], Any]


class NoteCard(QFrame):
    """One note: its text, its dots (and author when names are on), and what can be done with it."""

    def __init__(self, note: Note, author: str, convert_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.note = note
        self.setObjectName("note_card")
        self.setStyleSheet(CARD_STYLE)
        self.text_label = QLabel(note.text, self)
        self.text_label.setObjectName("note_text_label")
        # A participant's text is shown as written, never read as HTML.
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        # A pasted link has no word boundary: its width must not widen the panel (fit() gives
        # the height); what does not fit is cut at the card's edge, and kept whole when made
        # into a part.
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        facts = [
            self.tr("1 prick") if note.votes == 1 else self.tr("{0} prickar").format(note.votes)
        ]
        if author:
            facts.append(author)
        self.facts_label = QLabel(" · ".join(facts), self)
        self.facts_label.setObjectName("note_facts_label")
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setStyleSheet(HINT_STYLE)
        short = shortened(note.text, NAME_IN_LABEL)
        self.convert_button = QPushButton(convert_text, self)
        self.convert_button.setAccessibleName(f"{convert_text}: {short}")
        self.remove_button = QPushButton(self.tr("Ta bort lapp"), self)
        self.remove_button.setAccessibleName(self.tr("Ta bort lappen: {0}").format(short))
        self.remove_button.setToolTip(
            self.tr("För en lapp som inte hör hit eller som redan finns. Ångra med Ctrl+Z.")
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.text_label)
        layout.addWidget(self.facts_label)
        layout.addLayout(buttons)

    def fit(self, width: int) -> None:
        """Give the text the height it needs at ``width``. A scroll area lays out its contents
        by their size hints, which ignore word wrapping, and would cut long notes otherwise."""
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
        # A label's height for a width never goes below its minimum: free it before asking.
        self.text_label.setMinimumHeight(0)
        self.text_label.setMaximumHeight(UNLIMITED)
        self.text_label.setFixedHeight(self.text_label.heightForWidth(max(inner, 40)))


class NotesPanel(QWidget):
    """The notes of ``step`` for the facilitator. Until the step is revealed in the room only
    their number is shown: the laptop may be passed around while participants write, so the
    texts are not merely covered but not put in any widget. ``converted`` fires with the id of
    the part a note was made into, so the page can select it."""

    converted = Signal(object)
    counted = Signal(int)  # how many notes the step has, shown or not, after each change

    def __init__(
        self,
        workshop: OpenWorkshop,
        step: WorkshopStep,
        kind: type,
        part_from_note: PartFromNote,
        convert_text: str,
        undo_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NotesPanel()
        self.ui.setupUi(self)
        self.workshop = workshop
        self.step = step
        self._kind = kind
        self._part_from_note = part_from_note
        self._convert_text = convert_text
        self._undo_text = undo_text
        self._room: RoomState | None = None
        self._shown: tuple[Any, ...] | None = None
        self.cards: dict[UUID, NoteCard] = {}
        self._group_labels: list[QLabel] = []
        heading = QFont(self.ui.heading_label.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        heading.setBold(True)
        self.ui.heading_label.setFont(heading)
        self.ui.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.ui.problem_label.hide()
        self.ui.reveal_button.clicked.connect(self._reveal)
        # The panel follows the workshop itself: a note written in the input mode must show up
        # (as a count) whichever page is in view. Unchanged notes cost a comparison, no rebuild.
        workshop.changed.connect(self.refresh)
        self.ui.notes_scroll.viewport().installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_cards()
        return super().eventFilter(watched, event)

    def _fit_cards(self) -> None:
        margins = self.ui.notes_layout.contentsMargins()
        width = self.ui.notes_scroll.viewport().width() - margins.left() - margins.right()
        for card in self.cards.values():
            card.fit(width)

    # --- following the room ----------------------------------------------------------------

    def follow_room(self, room: RoomState) -> None:
        self._room = room
        room.changed.connect(self.refresh)
        self.refresh()

    def notes_revealed(self) -> bool:
        """Without a room (a page on its own) there is nobody to hide the notes from."""
        return self._room is None or self._room.is_revealed(self.step)

    def _reveal(self) -> None:
        if self._room is not None:
            self._room.reveal(self.step)

    # --- showing ---------------------------------------------------------------------------

    def step_notes(self) -> tuple[Note, ...]:
        notes = (n for n in self.workshop.contents.notes if n.step is self.step)
        return tuple(sorted(notes, key=lambda n: n.position))

    def refresh(self) -> None:
        contents = self.workshop.contents
        notes = self.step_notes()
        revealed = self.notes_revealed()
        show_names = contents.workshop.show_names
        names = (
            {p.id: p.shown_as(show_names=True) for p in contents.participants} if show_names else {}
        )
        shown = (revealed, notes, tuple(sorted(names.items(), key=lambda item: str(item[0]))))
        if shown == self._shown:
            return
        self._shown = shown
        self._clear_cards()
        count = len(notes)
        self.counted.emit(count)
        if not revealed:
            self.ui.status_label.setText(
                self.tr("1 lapp väntar. Den visas när du visar resultatet.")
                if count == 1
                else self.tr("{0} lappar väntar. De visas när du visar resultatet.").format(count)
            )
            self.ui.reveal_button.setVisible(
                self._room is not None and not self._room.reveal_is_fixed
            )
            return
        self.ui.reveal_button.hide()
        self.ui.status_label.setText(
            (self.tr("1 lapp") if count == 1 else self.tr("{0} lappar").format(count))
            + ". "
            + self.tr("En lapp du gör om eller tar bort försvinner härifrån; Ctrl+Z ångrar.")
        )
        self._build_cards(notes, names)

    def _clear_cards(self) -> None:
        layout = self.ui.notes_layout
        for widget in (*self.cards.values(), *self._group_labels):
            layout.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.cards.clear()
        self._group_labels.clear()

    def _build_cards(self, notes: tuple[Note, ...], names: dict[UUID, str]) -> None:
        layout = self.ui.notes_layout
        container = self.ui.notes_container
        index = 0
        for cluster, members in notes_by_group(notes):
            heading = QLabel(
                self.tr("{0} ({1})").format(cluster or self.tr("Utan typ"), len(members)),
                container,
            )
            heading.setObjectName("note_group_label")
            heading.setTextFormat(Qt.TextFormat.PlainText)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            layout.insertWidget(index, heading)
            heading.show()  # a layout would only show it later, from the event loop
            self._group_labels.append(heading)
            index += 1
            for note in members:
                author = names.get(note.author_id, "") if note.author_id else ""
                card = NoteCard(note, author, self._convert_text, container)
                card.convert_button.clicked.connect(lambda _=False, n=note: self.convert(n))
                card.remove_button.clicked.connect(lambda _=False, n=note: self.remove(n))
                layout.insertWidget(index, card)
                card.show()
                self.cards[note.id] = card
                index += 1
        # New widgets join the end of the window's focus chain; Tab should go card by card.
        chain: list[QWidget] = [self.ui.reveal_button]
        for card in self.cards.values():
            chain += [card.convert_button, card.remove_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Wide enough for a card's two buttons: the scroll area never scrolls sideways.
        scroll = self.ui.notes_scroll
        scroll.setMinimumWidth(
            self.ui.notes_container.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
        )
        self._fit_cards()

    # --- edits -----------------------------------------------------------------------------

    def convert(self, note: Note) -> None:
        """Store the part the note becomes and remove the note, as one undo step."""
        if self._kind is Dependency:
            # A dependency's position is its number: never one the room has seen on another.
            position = self.workshop.next_dependency_number()
        else:
            positions = [p.position for p in self.workshop.contents.parts_of(self._kind)]
            position = max(positions, default=0) + 1
        made: list[Any] = []

        def edit() -> None:
            made.append(self._part_from_note(note, position))
            self.workshop.exchange_parts(note, made[0], self._undo_text)

        if self._try(edit):
            self.converted.emit(made[0].id)

    def remove(self, note: Note) -> None:
        order = list(self.cards)
        following = order[order.index(note.id) + 1 :] if note.id in order else []
        if self._try(lambda: self.workshop.remove_part(note, self.tr("Ta bort lapp"))):
            # Keep the keyboard in the list: on to the next note, else back to the previous.
            remaining = [i for i in following if i in self.cards] or list(self.cards)[-1:]
            if remaining:
                self.cards[remaining[0]].convert_button.setFocus()

    def _try(self, edit: Callable[[], object]) -> bool:
        self.ui.problem_label.hide()
        try:
            edit()
        except HallbarError as error:
            self.ui.problem_label.setText(error.message)
            self.ui.problem_label.show()
            return False
        return True
