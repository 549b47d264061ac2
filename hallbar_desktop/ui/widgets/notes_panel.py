"""Lappar från deltagarna: a step's notes in groups, hidden until revealed, made into parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Any
from uuid import UUID

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QCursor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
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
from hallbar_desktop.ui.choice_words import word_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_notes_panel import Ui_NotesPanel
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.style_sheet import (
    LOOK,
    NOTE_CARD,
    NOTE_GROUP,
    NOTE_GROUP_HEADER,
    ON_NOTE,
    PROBLEM,
    SECONDARY,
    set_look,
    set_text_role,
)

UNLIMITED = 16777215  # QWIDGETSIZE_MAX
NAME_IN_LABEL = 60  # characters of a note repeated in a button's accessible name
NAME_IN_MENU = 50  # characters of a note in the Slå ihop med menu
GROUP_NAME_MAX = 100  # as Note.cluster
DRAG_WIDTH = 320  # pixels of the picture that follows the pointer while a note is dragged
DRAG_OFFSET = 12
DRAG_SCROLL_EDGE = 32  # pixels from the list's top or bottom where a drag scrolls it
DRAG_SCROLL_INTERVAL_MS = 40
# What a dragged note carries: its id, understood only by this panel.
NOTE_MIME = "application/x-hallbar-note"

# Turns a note into the part it becomes, at the given list position.
PartFromNote = Callable[[Note, int], Any]


def note_mime(note_id: UUID) -> QMimeData:
    mime = QMimeData()
    mime.setData(NOTE_MIME, QByteArray(str(note_id).encode("ascii")))
    return mime


def dragged_note_id(mime: QMimeData) -> UUID | None:
    if not mime.hasFormat(NOTE_MIME):
        return None
    try:
        return UUID(bytes(mime.data(NOTE_MIME).data()).decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None


def _menu_text(text: str) -> str:
    """Text for a menu item as written: an ampersand would otherwise mark a shortcut."""
    return text.replace("&", "&&")


def _mark_drop_target(widget: QWidget, on: bool) -> None:
    if widget.property("dropTarget") == on:
        return
    widget.setProperty("dropTarget", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class DropsNotes:
    """Takes a note dragged within the panel: ``wants(note_id)`` says whether dropping it here
    would change anything (if not, the drop goes on to the widget around), ``take(note_id)``
    makes the change. The panel sets both."""

    wants: Callable[[UUID], bool]
    take: Callable[[UUID], None]

    def _wanted(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> UUID | None:
        note_id = dragged_note_id(event.mimeData())
        return note_id if note_id is not None and self.wants(note_id) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        _mark_drop_target(self, True)  # type: ignore[arg-type]

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._wanted(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        _mark_drop_target(self, False)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        _mark_drop_target(self, False)  # type: ignore[arg-type]
        note_id = self._wanted(event)
        if note_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.take(note_id)


class NoteCard(DropsNotes, QFrame):
    """One note: its text, its dots (and author when names are on), and what can be done with
    it. It can be dragged onto another note or a group, and takes a note dropped on it."""

    drag_started = Signal()
    drag_ended = Signal()

    def __init__(self, note: Note, author: str, convert_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.note = note
        self.wants = lambda _note_id: False
        self.take = lambda _note_id: None
        self.setObjectName("note_card")
        set_look(self, NOTE_CARD, "panel")
        self.setAcceptDrops(True)
        self._pressed_at: QPoint | None = None
        self.text_label = QLabel(note.text, self)
        self.text_label.setObjectName("note_text_label")
        # A participant's text is shown as written, never read as HTML.
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        # A pasted link has no word boundary: its width must not widen the panel (fit() gives
        # the height); what does not fit is cut at the card's edge, and kept whole when made
        # into a part.
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        facts = [self.tr("%n prickar", "", note.votes)]
        if author:
            facts.append(author)
        self.facts_label = QLabel(" · ".join(facts), self)
        self.facts_label.setObjectName("note_facts_label")
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        set_text_role(self.facts_label, ON_NOTE)
        short = shortened(note.text, NAME_IN_LABEL)
        self.convert_button = QPushButton(convert_text, self)
        self.convert_button.setAccessibleName(f"{convert_text}: {short}")
        self.group_button = QPushButton(self.tr("Gruppera"), self)
        self.group_button.setAccessibleName(self.tr("Gruppera: {0}").format(short))
        self.group_button.setToolTip(
            self.tr(
                "Lägg lappen i en grupp eller slå ihop den med en likadan lapp. "
                "Du kan också dra lappen till en annan lapp eller grupp."
            )
        )
        self.group_button.setMenu(QMenu(self.group_button))
        self.remove_button = QPushButton(self.tr("Ta bort lapp"), self)
        self.remove_button.setAccessibleName(self.tr("Ta bort lappen: {0}").format(short))
        self.remove_button.setToolTip(
            self.tr("För en lapp som inte hör hit eller som redan finns. Ångra med Ctrl+Z.")
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.group_button)
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

    # --- dragging the card -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pressed_at = self._pressed_at
        if pressed_at is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        moved = (event.position().toPoint() - pressed_at).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._pressed_at = None
        drag = QDrag(self)
        drag.setMimeData(note_mime(self.note.id))
        drag.setPixmap(self._drag_picture())
        # Beside the pointer, not under it: where the note would land stays in sight.
        drag.setHotSpot(QPoint(-DRAG_OFFSET, -DRAG_OFFSET))
        self.drag_started.emit()
        # The drop changes the workshop and the panel is rebuilt meanwhile; the panel keeps
        # this card until drag_ended, and deletes it then.
        drag.exec(Qt.DropAction.MoveAction)
        self.drag_ended.emit()

    def _drag_picture(self) -> QPixmap:
        """The card small and see-through, as it follows the pointer."""
        card = self.grab()
        if card.width() > DRAG_WIDTH:
            card = card.scaledToWidth(DRAG_WIDTH, Qt.TransformationMode.SmoothTransformation)
        picture = QPixmap(card.size())
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setOpacity(0.8)
        painter.drawPixmap(0, 0, card)
        painter.end()
        return picture

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = None
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.group_button.menu().exec(event.globalPos())


class GroupHeader(QFrame):
    """A group's name, how many notes it has and their dots. F2 or a double click renames it in
    place: Enter keeps the new name, Esc goes back. The notes without a group have no name."""

    renamed = Signal(str)

    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("note_group_header")
        set_look(self, LOOK, NOTE_GROUP_HEADER)
        self.label = QLabel(text, self)
        self.label.setObjectName("note_group_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("group_name_edit")
        self.name_edit.setMaxLength(GROUP_NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Gruppens namn"))
        self.name_edit.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.name_edit, 1)
        self._editing = False
        if name:
            hint = self.tr("Dubbelklicka eller tryck F2 för att byta namn på gruppen.")
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(hint)
            self.setAccessibleName(text)
            self.setAccessibleDescription(hint)
            self.name_edit.installEventFilter(self)
            self.name_edit.editingFinished.connect(self._finish)

    @property
    def renamable(self) -> bool:
        return bool(self.name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.renamable and event.key() == Qt.Key.Key_F2:
            self.start_rename()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.renamable:
            self.start_rename()
            return
        super().mouseDoubleClickEvent(event)

    def start_rename(self) -> None:
        if not self.renamable:
            return
        self._editing = True
        self.name_edit.setText(self.name)
        self.label.hide()
        self.name_edit.show()
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._stop(keep_focus=True)
            return True
        return super().eventFilter(watched, event)

    def _finish(self) -> None:
        if not self._editing:
            return
        name = self.name_edit.text().strip()
        self._stop(keep_focus=self.name_edit.hasFocus())
        if name and name != self.name:
            self.renamed.emit(name)

    def _stop(self, *, keep_focus: bool) -> None:
        self._editing = False
        if keep_focus:
            self.setFocus()  # before the field hides, or the focus would jump to the next stop
        self.name_edit.hide()
        self.label.show()


class NoteGroup(DropsNotes, QFrame):
    """A group's heading and its notes; a note dropped on it, not on one of its notes, joins it."""

    def __init__(self, header: GroupHeader, parent: QWidget) -> None:
        super().__init__(parent)
        self.header = header
        self.wants = lambda _note_id: False
        self.take = lambda _note_id: None
        self.setObjectName("note_group")
        set_look(self, LOOK, NOTE_GROUP)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 4)
        layout.setSpacing(6)
        header.setParent(self)
        layout.addWidget(header)

    def add(self, widget: QWidget) -> None:
        self.layout().addWidget(widget)

    def card_width(self, width: int) -> int:
        """The width of a card in this group when the group is ``width`` wide."""
        margins = self.layout().contentsMargins()
        return width - margins.left() - margins.right() - 2 * self.frameWidth()


class NotesPanel(QWidget):
    """The notes of ``step`` for the facilitator, in their groups. Until the step is revealed in
    the room only their number is shown: the laptop may be passed around while participants
    write, so the texts are not merely covered but not put in any widget. Once shown, a note
    dragged onto another joins its group (or starts a new one with it), dragged onto a group
    joins that, and the Gruppera menu does the same from the keyboard and merges duplicates.
    ``converted`` fires with the id of the part a note was made into, so the page can select
    it."""

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
        self.groups: dict[str, NoteGroup] = {}  # by name; "" holds the notes without a group
        self._stops: list[QWidget] = []  # the Tab stops of the shown notes, in order
        self._retired = QWidget()  # never shown: where replaced cards wait to be deleted
        self._dragged_from: NoteCard | None = None
        self._drag_scroll = QTimer(self)
        self._drag_scroll.setInterval(DRAG_SCROLL_INTERVAL_MS)
        self._drag_scroll.timeout.connect(self._scroll_while_dragging)
        heading = QFont(self.ui.heading_label.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        heading.setBold(True)
        self.ui.heading_label.setFont(heading)
        set_text_role(self.ui.problem_label, PROBLEM)
        self.ui.problem_label.hide()
        self.ui.reveal_button.clicked.connect(self._reveal)
        # The panel follows the workshop itself: a note written in the input mode must show up
        # (as a count) whichever page is in view. Unchanged notes cost a comparison, no rebuild.
        workshop.changed.connect(self.refresh)
        self.ui.notes_scroll.viewport().installEventFilter(self)
        # No Tab stop of its own: empty until the notes are shown, a stop there showed nowhere;
        # Tab to a card scrolls it into view.
        self.ui.notes_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_cards()
        return super().eventFilter(watched, event)

    def _fit_cards(self) -> None:
        margins = self.ui.notes_layout.contentsMargins()
        width = self.ui.notes_scroll.viewport().width() - margins.left() - margins.right()
        for group in self.groups.values():
            for card in group.findChildren(NoteCard):
                card.fit(group.card_width(width))

    # --- following the room ----------------------------------------------------------------

    def follow_room(self, room: RoomState) -> None:
        self._room = room
        room.changed.connect(self.refresh)
        self.refresh()

    def notes_revealed(self) -> bool:
        """Without a room (a page on its own) there is nobody to hide the notes from."""
        return self._room is None or self._room.is_revealed(self.step)

    def _reveal(self) -> None:
        if self._room is None:
            return
        keys_here = self.ui.reveal_button.hasFocus()
        self._room.reveal(self.step)
        # The button hides itself; the keys go on to the first note instead of falling to the
        # timer's Starta in the header, where the next Space started it.
        if keys_here:
            shown = [w for w in self._stops[1:] if w.isVisible() and w.isEnabled()]
            if shown:
                shown[0].setFocus(Qt.FocusReason.OtherFocusReason)

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
                self.tr("%n lappar väntar. De visas när du visar resultatet.", "", count)
            )
            self.ui.reveal_button.setVisible(
                self._room is not None and not self._room.reveal_is_fixed
            )
            return
        self.ui.reveal_button.hide()
        self.ui.status_label.setText(
            self.tr("%n lappar", "", count)
            + ". "
            + self.tr(
                "Dra en lapp till en annan lapp eller grupp för att gruppera, eller välj "
                "Gruppera. Ctrl+Z ångrar."
            )
        )
        self._build_cards(notes, names)

    def _clear_cards(self) -> None:
        self._stops = []
        layout = self.ui.notes_layout
        for group in self.groups.values():
            layout.removeWidget(group)
            group.hide()
            # Out of the panel at once, deleted once the event that rebuilt it is over: a drop
            # or a rename runs in one of its widgets. The card a drag started from waits for
            # the drag to end (see _drag_ended).
            group.setParent(self._retired)
            if self._dragged_from is None or not group.isAncestorOf(self._dragged_from):
                group.deleteLater()
        self.cards.clear()
        self.groups.clear()

    # --- while a note is dragged -----------------------------------------------------------

    def _drag_started(self, card: NoteCard) -> None:
        self._dragged_from = card
        self._drag_scroll.start()

    def _drag_ended(self, card: NoteCard) -> None:
        self._drag_scroll.stop()
        self._dragged_from = None
        group = card.parentWidget()
        if group is not None and group.parentWidget() is self._retired:
            group.deleteLater()

    def _scroll_while_dragging(self) -> None:
        """Scroll when the pointer is near the top or bottom of the list: a group out of sight
        can be reached in one drag."""
        viewport = self.ui.notes_scroll.viewport()
        at = viewport.mapFromGlobal(QCursor.pos())
        if not 0 <= at.x() < viewport.width():
            return
        bar = self.ui.notes_scroll.verticalScrollBar()
        if -DRAG_SCROLL_EDGE < at.y() < DRAG_SCROLL_EDGE:
            bar.setValue(bar.value() - bar.singleStep())
        elif viewport.height() - DRAG_SCROLL_EDGE < at.y() < viewport.height() + DRAG_SCROLL_EDGE:
            bar.setValue(bar.value() + bar.singleStep())

    def tab_stops(self) -> list[QWidget]:
        """The panel's Tab stops in order: Visa resultat, then each group's name and each
        card's buttons. A page that places the panel in its own Tab order places them all:
        moving Visa resultat alone left the cards where they were, first on Förutsättningar."""
        return list(self._stops) or [self.ui.reveal_button]

    def _build_cards(self, notes: tuple[Note, ...], names: dict[UUID, str]) -> None:
        layout = self.ui.notes_layout
        container = self.ui.notes_container
        groups = notes_by_group(notes)
        if not any(cluster == "" for cluster, _ in groups):
            # Always a place to drag a note to when it should leave its group.
            groups = (*groups, ("", ()))
        chain: list[QWidget] = [self.ui.reveal_button]
        for index, (cluster, members) in enumerate(groups):
            group = self._group(cluster, members, container)
            chain += [group.header] if group.header.renamable else []
            for note in members:
                author = names.get(note.author_id, "") if note.author_id else ""
                card = self._card(note, author, group)
                group.add(card)
                chain += [card.convert_button, card.group_button, card.remove_button]
            layout.insertWidget(index, group)
            group.show()  # a layout would only show it later, from the event loop
        # New widgets join the end of the window's focus chain; Tab should go card by card.
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._stops = chain
        # Wide enough for a card's buttons: the scroll area never scrolls sideways.
        scroll = self.ui.notes_scroll
        scroll.setMinimumWidth(
            self.ui.notes_container.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
        )
        self._fit_cards()

    def _group(self, cluster: str, members: tuple[Note, ...], parent: QWidget) -> NoteGroup:
        # A type a participant chose is kept in Swedish (the domain's label) and shown translated.
        shown = word_text(cluster) if cluster else self.tr("Utan grupp")
        text = self.tr("{0} ({1})").format(shown, len(members))
        votes = sum(note.votes for note in members)
        if votes:
            text += " · " + self.tr("prickar: {0}").format(votes)
        header = GroupHeader(cluster, text)
        header.renamed.connect(lambda name, old=cluster: self.rename_group(old, name))
        group = NoteGroup(header, parent)
        group.wants = lambda note_id: self._group_of(note_id) not in (None, cluster)
        # A drop leaves the focus where it is: the mouse did it.
        group.take = lambda note_id: self.put_in_group(note_id, cluster, focus=False)
        if not members:
            hint = QLabel(self.tr("Dra hit en lapp för att ta den ur sin grupp."), group)
            hint.setObjectName("note_group_hint")
            set_text_role(hint, SECONDARY)
            hint.setWordWrap(True)
            group.add(hint)
        self.groups[cluster] = group
        return group

    def _card(self, note: Note, author: str, group: NoteGroup) -> NoteCard:
        card = NoteCard(note, author, self._convert_text, group)
        card.convert_button.clicked.connect(lambda _=False: self.convert(note))
        card.remove_button.clicked.connect(lambda _=False: self.remove(note))
        menu = card.group_button.menu()
        menu.aboutToShow.connect(lambda: self._fill_menu(menu, note.id))
        card.wants = lambda note_id: self._joins(note_id, note)
        card.take = lambda note_id: self.group_with(note_id, note, focus=False)
        card.drag_started.connect(lambda: self._drag_started(card))
        card.drag_ended.connect(lambda: self._drag_ended(card))
        self.cards[note.id] = card
        return card

    def _fill_menu(self, menu: QMenu, note_id: UUID) -> None:
        """What can be done with a note's group, built when the menu opens: the keyboard's way
        to everything a drag does, and merging a duplicate."""
        menu.clear()
        note = self._step_note(note_id)
        if note is None:
            return
        own = note.cluster.strip()
        into = menu.addMenu(self.tr("Lägg i grupp"))
        for name in (c for c, _ in notes_by_group(self.step_notes()) if c and c != own):
            into.addAction(_menu_text(name), lambda n=name: self.put_in_group(note_id, n))
        if into.actions():
            into.addSeparator()
        into.addAction(self.tr("Ny grupp…"), lambda: self.new_group(note_id))
        if own:
            menu.addAction(
                _menu_text(self.tr("Ta ur gruppen {0}").format(own)),
                lambda: self.put_in_group(note_id, ""),
            )
            menu.addAction(
                _menu_text(self.tr("Byt namn på gruppen {0}…").format(own)),
                lambda: self.start_rename(own),
            )
        merge = menu.addMenu(self.tr("Slå ihop med"))
        merge.addSection(self.tr("Den du väljer blir kvar med prickarna från båda"))
        # In the panel's order, the note's own group first: a duplicate is most often there.
        shown = [n for _, members in notes_by_group(self.step_notes()) for n in members]
        others = sorted(
            (n for n in shown if n.id != note_id), key=lambda n: n.cluster.strip() != own
        )
        for other in others:
            text = shortened(other.text, NAME_IN_MENU)
            text += " (" + self.tr("prickar: {0}").format(other.votes) + ")"
            merge.addAction(_menu_text(text), lambda o=other.id: self.merge(note_id, o))
        merge.setEnabled(bool(others))

    def start_rename(self, group_name: str) -> None:
        group = self.groups.get(group_name)
        if group is not None:
            self.ui.notes_scroll.ensureWidgetVisible(group.header)
            group.header.start_rename()

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

    # --- grouping ------------------------------------------------------------------------

    def _step_note(self, note_id: UUID) -> Note | None:
        return next((n for n in self.step_notes() if n.id == note_id), None)

    def _group_of(self, note_id: UUID) -> str | None:
        """The group of one of this step's notes ("" for none), None for any other id."""
        note = self._step_note(note_id)
        return None if note is None else note.cluster.strip()

    def _joins(self, note_id: UUID, target: Note) -> bool:
        """Whether dropping ``note_id`` on ``target`` changes anything: not on itself, nor on
        a note of its own group (a note without a group starts one with another)."""
        group = self._group_of(note_id)
        if group is None or note_id == target.id:
            return False
        return group != target.cluster.strip() or group == ""

    def new_group_name(self) -> str:
        """The first "Grupp N" no note of the step is in."""
        taken = {n.cluster.strip().casefold() for n in self.step_notes()}
        number = 1
        while self.tr("Grupp {0}").format(number).casefold() in taken:
            number += 1
        return self.tr("Grupp {0}").format(number)

    def put_in_group(self, note_id: UUID, group_name: str, *, focus: bool = True) -> None:
        """Move a note into a group, or out of its group with ``""``."""
        note = self._step_note(note_id)
        if note is None or note.cluster.strip() == group_name:
            return
        text = self.tr("Lägg lapp i grupp") if group_name else self.tr("Ta lapp ur grupp")
        moved = replace(note, cluster=group_name)
        if self._try(lambda: self.workshop.save_part(moved, text)):
            self._show_note(note_id, focus=focus)

    def group_with(self, note_id: UUID, target: Note, *, focus: bool = True) -> None:
        """A note dropped on another joins its group; if that one has none, both go into a new
        group with a name of its own."""
        group_name = target.cluster.strip()
        if group_name:
            self.put_in_group(note_id, group_name, focus=focus)
            return
        note = self._step_note(note_id)
        if note is None or note.id == target.id:
            return
        group_name = self.new_group_name()
        both = [replace(target, cluster=group_name), replace(note, cluster=group_name)]
        if self._try(lambda: self.workshop.save_parts(both, self.tr("Lägg lappar i ny grupp"))):
            self._show_note(note_id, focus=focus)

    def new_group(self, note_id: UUID) -> None:
        """The note alone in a new group, its name ready to be typed over."""
        note = self._step_note(note_id)
        if note is None:
            return
        group_name = self.new_group_name()
        moved = replace(note, cluster=group_name)
        if self._try(lambda: self.workshop.save_part(moved, self.tr("Lägg lapp i ny grupp"))):
            self.start_rename(group_name)

    def rename_group(self, old: str, new: str) -> None:
        """Give every note of group ``old`` the name ``new``, as one undo step. A name another
        group has already puts the two groups together."""
        new = new.strip()
        members = [n for n in self.step_notes() if n.cluster.strip() == old]
        if not old or not new or new == old or not members:
            return

        def edit() -> None:
            renamed = [replace(n, cluster=new) for n in members]
            self.workshop.save_parts(renamed, self.tr("Byt namn på grupp"))

        if self._try(edit) and new in self.groups:
            self.groups[new].header.setFocus()
            QTimer.singleShot(0, self, lambda: self._scroll_to_group(new))

    def merge(self, note_id: UUID, into_id: UUID) -> None:
        """Merge a duplicate: ``into_id`` stays with the dots of both, ``note_id`` goes."""
        note, into = self._step_note(note_id), self._step_note(into_id)
        if note is None or into is None or note.id == into.id:
            return
        if self._try(lambda: self.workshop.merge_notes(into, note, self.tr("Slå ihop lappar"))):
            self._show_note(into_id)

    def _show_note(self, note_id: UUID, *, focus: bool = True) -> None:
        """After a change the cards are new and the note may have moved out of sight: scroll
        to it, and after a change from the keyboard keep the focus on it."""
        card = self.cards.get(note_id)
        if card is None:
            return
        if focus:
            card.group_button.setFocus()
        # Once the new cards are laid out; by then they may have been rebuilt again.
        QTimer.singleShot(0, self, lambda: self._scroll_to(note_id))

    def _scroll_to_group(self, group_name: str) -> None:
        group = self.groups.get(group_name)
        if group is not None:
            self.ui.notes_scroll.ensureWidgetVisible(group.header)

    def _scroll_to(self, note_id: UUID) -> None:
        card = self.cards.get(note_id)
        if card is not None:
            self.ui.notes_scroll.ensureWidgetVisible(card)

    def _try(self, edit: Callable[[], object]) -> bool:
        self.ui.problem_label.hide()
        try:
            edit()
        except HallbarError as error:
            self.ui.problem_label.setText(error_text(error))
            self.ui.problem_label.show()
            return False
        return True
