"""Uppföljning: pick the earlier workshop, then update its actions and dependencies."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from hallbar_desktop.domain.action import (
    Action,
    ActionStatus,
    action_order_key,
    days_overdue,
    is_overdue,
)
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency, DependencyStatus
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_follow_up_page import Ui_FollowUpPage
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import (
    StepPage,
    style_heading,
)
from hallbar_desktop.ui.style_sheet import PROBLEM, PROBLEM_STRONG, SECONDARY, set_text_role
from hallbar_desktop.ui.widgets.committing_text_edit import CommittingLineEdit

ACTION_COLUMNS = (
    QT_TRANSLATE_NOOP("FollowUpPage", "Åtgärd"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Ansvarig"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Klart senast"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Status"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Senaste uppdatering"),
)
DEPENDENCY_COLUMNS = (
    QT_TRANSLATE_NOOP("FollowUpPage", "Beroende"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Typ"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Status"),
)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class FollowUpPage(StepPage):
    step = WorkshopStep.FOLLOW_UP

    def __init__(
        self,
        workshop: OpenWorkshop,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(workshop, parent)
        self.today = today
        self.ui = Ui_FollowUpPage()
        self.ui.setupUi(self)
        style_heading(self.ui.heading_label)
        style_heading(self.ui.completion_label, 1.2)
        style_heading(self.ui.actions_heading_label, 1.1)
        style_heading(self.ui.dependencies_heading_label, 1.1)
        set_text_role(self.ui.problem_label, PROBLEM)
        self.ui.problem_label.hide()
        set_text_role(self.ui.variant_note_label, SECONDARY)
        self.ui.earlier_combo.setMinimumWidth(320)
        self.ui.content_splitter.setSizes([370, 300])
        self.earlier: WorkshopContents | None = None
        # Widgets per action and dependency of the earlier workshop, rebuilt when the set changes.
        self.action_rows: dict[UUID, tuple[QLabel, QComboBox, CommittingLineEdit]] = {}
        self.dependency_rows: dict[UUID, QComboBox] = {}
        self._row_keys: tuple[Any, ...] = ()
        self.ui.earlier_combo.activated.connect(lambda _i: self._earlier_chosen())
        self.refresh()

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        w = self.workshop.contents.workshop
        is_follow_up = w.variant is Variant.FOLLOW_UP
        self._fill_earlier_combo(w.follows_up_id)
        self.ui.earlier_combo.setEnabled(is_follow_up)
        self.ui.variant_note_label.setVisible(not is_follow_up)
        self.ui.variant_note_label.setText(
            self.tr(
                "Bara en uppföljningsworkshop kan kopplas till en tidigare workshop. "
                "Välj varianten Uppföljning när du skapar workshoppen."
            )
        )
        self.earlier = None
        if w.follows_up_id is not None:
            try:
                self.earlier = self.workshop.service.contents(w.follows_up_id)
            except HallbarError as error:
                self.ui.problem_label.setText(error_text(error))
                self.ui.problem_label.show()
        chosen = self.earlier is not None
        self.ui.content_splitter.setVisible(chosen)
        self.ui.completion_label.setVisible(chosen)
        self.ui.nothing_chosen_label.setVisible(not chosen)
        if self.earlier is not None:
            self._show_earlier(self.earlier)

    def _fill_earlier_combo(self, chosen: UUID | None) -> None:
        combo = self.ui.earlier_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Ingen vald"), "")
        for overview in self.workshop.service.list_workshops():
            other = overview.workshop
            if other.id == self.workshop.workshop_id:
                continue
            parts = [
                other.title,
                other.organisation,
                other.held_on.isoformat() if other.held_on else "",
            ]
            combo.addItem(" · ".join(p for p in parts if p), str(other.id))
        combo.setCurrentIndex(max(combo.findData(str(chosen) if chosen else ""), 0))
        combo.blockSignals(False)

    def _show_earlier(self, earlier: WorkshopContents) -> None:
        summary = summarize(earlier, self.today())
        done = dict(summary.actions_per_status).get(ActionStatus.DONE, 0)
        text = self.tr("Klara åtgärder: {0} av {1}").format(done, len(summary.actions))
        if summary.overdue_count:
            text += self.tr(", %n försenade", "", summary.overdue_count)
        self.ui.completion_label.setText(text)
        actions = tuple(sorted(earlier.actions, key=action_order_key))
        dependencies = tuple(sorted(earlier.dependencies, key=lambda d: d.position))
        keys = (earlier.workshop.id, *(a.id for a in actions), *(d.id for d in dependencies))
        if keys != self._row_keys:
            self._row_keys = keys
            self._build_rows(actions, dependencies)
        for action in actions:
            deadline, status, comment = self.action_rows[action.id]
            text = action.due_on.isoformat() if action.due_on else self.tr("⚠ Saknas")
            if is_overdue(action, self.today()):
                text += "  " + self.tr(
                    "⚠ försenad %n dagar", "", days_overdue(action, self.today())
                )
                set_text_role(deadline, PROBLEM_STRONG)
            else:
                set_text_role(deadline, "")
            deadline.setText(text)
            status.setCurrentIndex(status.findData(action.status.code))
            comment.show_stored(action.last_update_comment)
        for dependency in dependencies:
            combo = self.dependency_rows[dependency.id]
            combo.setCurrentIndex(combo.findData(dependency.status.code))

    def _build_rows(
        self, actions: tuple[Action, ...], dependencies: tuple[Dependency, ...]
    ) -> None:
        for grid in (self.ui.actions_grid, self.ui.dependencies_grid):
            while grid.count():
                item = grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        self.action_rows.clear()
        self.dependency_rows.clear()
        grid = self.ui.actions_grid
        self._headers(grid, ACTION_COLUMNS)
        for row, action in enumerate(actions, start=1):
            title = QLabel(action.title)
            title.setWordWrap(True)
            deadline = QLabel()
            status = QComboBox()
            for choice in ActionStatus:
                status.addItem(choice_text(choice), choice.code)
            status.setAccessibleName(self.tr("Status: {0}").format(action.title))
            comment = CommittingLineEdit()
            comment.setPlaceholderText(self.tr("Vad har hänt sedan sist?"))
            comment.setAccessibleName(self.tr("Senaste uppdatering: {0}").format(action.title))
            for column, widget in enumerate(
                (title, QLabel(action.owner or self.tr("⚠ Saknas")), deadline, status, comment)
            ):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)
            status.activated.connect(
                lambda _i, a=action.id, combo=status: self._store_action(
                    a,
                    self.tr("Ändra status i tidigare workshop"),
                    status=ActionStatus.from_code(combo.currentData()),
                )
            )
            comment.committed.connect(
                lambda text, a=action.id: self._store_action(
                    a,
                    self.tr("Skriv uppdatering i tidigare workshop"),
                    last_update_comment=text,
                    last_update_at=utc_now(),
                )
            )
            self.action_rows[action.id] = (deadline, status, comment)
        if not actions:
            grid.addWidget(
                QLabel(self.tr("Den tidigare workshoppen har inga åtgärder.")), 1, 0, 1, 5
            )
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 2)
        grid.setRowStretch(len(actions) + 2, 1)

        grid = self.ui.dependencies_grid
        self._headers(grid, DEPENDENCY_COLUMNS)
        for row, dependency in enumerate(dependencies, start=1):
            title = QLabel(dependency.title)
            title.setWordWrap(True)
            status = QComboBox()
            for choice in DependencyStatus:
                status.addItem(choice_text(choice), choice.code)
            status.setAccessibleName(self.tr("Status: {0}").format(dependency.title))
            grid.addWidget(title, row, 0)
            grid.addWidget(QLabel(choice_text(dependency.category)), row, 1)
            grid.addWidget(status, row, 2)
            status.activated.connect(
                lambda _i, d=dependency.id, combo=status: self._store_dependency(
                    d, DependencyStatus.from_code(combo.currentData())
                )
            )
            self.dependency_rows[dependency.id] = status
        if not dependencies:
            grid.addWidget(
                QLabel(self.tr("Den tidigare workshoppen har inga beroenden.")), 1, 0, 1, 3
            )
        grid.setColumnStretch(0, 3)
        grid.setRowStretch(len(dependencies) + 2, 1)

    def _headers(self, grid: QGridLayout, titles: tuple[str, ...]) -> None:
        for column, title in enumerate(titles):
            grid.addWidget(_bold(QLabel(self.tr(title))), 0, column)

    # --- edits -------------------------------------------------------------------------------

    def _earlier_chosen(self) -> None:
        data: str = self.ui.earlier_combo.currentData()
        current = self.workshop.contents.workshop
        chosen = UUID(data) if data else None
        if chosen == current.follows_up_id:
            return
        self.try_edit(
            lambda: self.workshop.update_workshop(
                dataclasses.replace(current, follows_up_id=chosen),
                self.tr("Välj workshop att följa upp"),
            ),
            self.ui.problem_label,
        )

    def _store_action(self, action_id: UUID, text: str, **changes: object) -> None:
        if self.earlier is None:
            return
        current = next((a for a in self.earlier.actions if a.id == action_id), None)
        if current is None or all(getattr(current, k) == v for k, v in changes.items()):
            return
        earlier_id = self.earlier.workshop.id
        self.try_edit(
            lambda: self.workshop.save_part_of(
                earlier_id, current, dataclasses.replace(current, **changes), text
            ),
            self.ui.problem_label,
        )

    def _store_dependency(self, dependency_id: UUID, status: DependencyStatus) -> None:
        if self.earlier is None:
            return
        current = next((d for d in self.earlier.dependencies if d.id == dependency_id), None)
        if current is None or current.status is status:
            return
        earlier_id = self.earlier.workshop.id
        self.try_edit(
            lambda: self.workshop.save_part_of(
                earlier_id,
                current,
                dataclasses.replace(current, status=status),
                self.tr("Ändra status för beroende i tidigare workshop"),
            ),
            self.ui.problem_label,
        )
