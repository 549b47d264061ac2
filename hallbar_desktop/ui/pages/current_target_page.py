"""Nuläge och målbild: the change in focus, where the group is today and where it wants to be."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.generated.ui_current_target_page import Ui_CurrentTargetPage
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import StepPage, style_heading


class CurrentTargetPage(StepPage):
    step = WorkshopStep.CURRENT_AND_TARGET

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_CurrentTargetPage()
        self.ui.setupUi(self)
        style_heading(self.ui.heading_label)
        self.ui.problem_label.hide()
        for edit, field, text in (
            (self.ui.change_edit, "change_focus", self.tr("Ändra förändringen i fokus")),
            (self.ui.current_edit, "current_state", self.tr("Ändra nuläget")),
            (self.ui.target_edit, "target_picture", self.tr("Ändra målbilden")),
        ):
            edit.committed.connect(
                lambda value, field=field, text=text: self.store_workshop_field(
                    field, value, text, self.ui.problem_label
                )
            )

    def refresh(self) -> None:
        w = self.workshop.contents.workshop
        self.ui.change_edit.show_stored(w.change_focus)
        self.ui.current_edit.show_stored(w.current_state)
        self.ui.target_edit.show_stored(w.target_picture)
