"""What every step page shares: the open workshop, refreshing after edits, plain error messages."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.keyboard_focus import first_field
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role

# The answers to the statements, which the pages of dependencies, actions and prerequisites
# do not show: the phones change these many times a minute.
ANSWER_PARTS = frozenset({"ratings", "group_scores", "tallies"})


class StepPage(QWidget):
    """Subclasses set ``step``, build their form in __init__ and fill it in refresh().

    ``unshown_parts`` names the parts of the workshop's contents (WorkshopContents' fields)
    the page shows nothing of: a change known to touch only those leaves the page as it is
    (OpenWorkshop.changed_parts)."""

    step: WorkshopStep
    unshown_parts: frozenset[str] = frozenset()

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._stale = False
        workshop.changed.connect(self._contents_changed)

    def refresh(self) -> None:
        """Show the workshop's current contents; called after every stored change."""
        raise NotImplementedError

    def fill_when_shown(self) -> None:
        """Called at the end of __init__ by a page whose filling is long: it is filled when
        first shown, or by fill(), instead of in the constructor."""
        self._stale = True

    def prepare_ahead(self) -> bool:
        """One more part of the work of filling the page, done while the window is idle, a
        part per turn of the event loop; True when a part was done, False when nothing is
        left for fill() but the cheap rest. Pages filled in one short piece do nothing here."""
        return False

    def fill(self) -> None:
        """refresh() now, and not again when the page is shown unless the workshop changes
        meanwhile (a page filled ahead, out of view, was filled again on show: the results
        page's second refresh held the step change 10-25 ms)."""
        self._stale = False
        self.refresh()

    def _contents_changed(self) -> None:
        # Only the page in view redraws at once; the others catch up when shown, so an edit
        # costs one page's refresh, not nine.
        changed = self.workshop.changed_parts
        if changed is not None and changed <= self.unshown_parts:
            return
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is not self:
            self._stale = True
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def add_item(self) -> None:
        """Ctrl+Enter: add a new item where the page has a list (dependency, action, note)."""

    def first_field(self) -> QWidget | None:
        """Where the keyboard goes when the page is brought up with Ctrl+PgDown or PgUp."""
        return first_field(self)

    def follow_room(self, room: RoomState) -> None:
        """Called once by the workshop window. Pages that show results override this, so that
        they hide them until the facilitator reveals them to the room."""

    def store_workshop_field(
        self, field: str, value: Any, text: str, problem_label: QLabel | None = None
    ) -> None:
        """Store one fact of the workshop (an undoable edit named ``text``) unless unchanged."""
        current = self.workshop.contents.workshop
        if getattr(current, field) == value:
            if problem_label is not None:
                problem_label.hide()
            return
        # dataclasses.replace runs the Workshop's own checks, so it belongs inside try_edit.
        self.try_edit(
            lambda: self.workshop.update_workshop(
                dataclasses.replace(current, **{field: value}), text
            ),
            problem_label,
        )

    def try_edit(self, edit: Callable[[], object], problem_label: QLabel | None = None) -> bool:
        """Run an edit; an expected problem is shown as a sentence instead of raised."""
        if problem_label is not None:
            problem_label.clear()
            problem_label.hide()
        try:
            edit()
        except HallbarError as error:
            if problem_label is not None:
                set_text_role(problem_label, PROBLEM)
                problem_label.setText(error_text(error))
                problem_label.show()
            else:
                # Every page inherits this: self.tr would look in the page's own context.
                QMessageBox.warning(
                    self, QCoreApplication.translate("StepPage", "Det gick inte"), error_text(error)
                )
            return False
        return True


def style_heading(label: QLabel, scale: float = 1.4) -> None:
    """A page heading: larger and bold, so the room can see which step it is."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
