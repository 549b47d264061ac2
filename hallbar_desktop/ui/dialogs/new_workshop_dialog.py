"""The short dialog for a new workshop: title, organisation, date, variant, participants and
the template it is rated with."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hallbar_desktop.domain.contents import WorkshopContents, WorkshopOverview
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Variant, Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.application_setup import current_language
from hallbar_desktop.ui.choice_words import alias_word, choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_new_workshop_dialog import Ui_NewWorkshopDialog
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.waiting_write import write_with_waiting


class NewWorkshopDialog(QDialog):
    def __init__(
        self,
        service: WorkshopService,
        earlier: tuple[WorkshopOverview, ...],
        parent: QWidget | None = None,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewWorkshopDialog()
        self.ui.setupUi(self)
        self._service = service
        self._settings = settings
        self.created: WorkshopContents | None = None
        # The app's own date field (as on Förberedelser): typed as ÅÅÅÅ-MM-DD, the calendar with
        # week numbers on Alt+↓, Tab to the next field. Qt's date edit opened its calendar only
        # with the mouse; Alt+↓ stepped the date back instead.
        self.ui.date_field.today = service.today  # injected, never the dialog's own clock
        self.ui.date_field.setAccessibleName(self.tr("Datum"))
        self.ui.date_field.show_stored(service.today())
        for variant in Variant:
            self.ui.variant_combo.addItem(choice_text(variant), variant)
        self.ui.follows_up_combo.addItem(self.tr("Ingen (en ny workshop)"), None)
        for o in earlier:
            when = o.workshop.held_on.isoformat() if o.workshop.held_on else self.tr("utan datum")
            self.ui.follows_up_combo.addItem(f"{o.workshop.title} ({when})", o.workshop.id)
        self.ui.variant_combo.currentIndexChanged.connect(self._variant_changed)
        self._variant_changed()
        self._fill_templates()
        self.ui.problem_label.hide()
        set_text_role(self.ui.problem_label, PROBLEM)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Skapa workshop"))
        self.ui.button_box.accepted.connect(self._create)
        self.ui.button_box.rejected.connect(self.reject)

    def _fill_templates(self) -> None:
        templates = self._service.templates
        remembered = self._settings.new_workshop_template() if self._settings else ""
        # With no choice of the user's, the shipped template in the language the window speaks.
        chosen = templates.chosen(remembered, current_language())
        for template in templates.choices():
            kind = self.tr("egen") if templates.is_own(template) else self.tr("inbyggd")
            self.ui.template_combo.addItem(
                self.tr("{0} ({1}, version {2})").format(template.name, kind, template.version),
                template,
            )
            if template == chosen:
                self.ui.template_combo.setCurrentIndex(self.ui.template_combo.count() - 1)
        for row in range(self.ui.template_combo.count()):
            whole = self.ui.template_combo.itemText(row)
            self.ui.template_combo.setItemData(row, whole, Qt.ItemDataRole.ToolTipRole)

    def _variant_changed(self) -> None:
        follow_up = self.ui.variant_combo.currentData() is Variant.FOLLOW_UP
        self.ui.follows_up_combo.setEnabled(follow_up)
        self.ui.follows_up_label.setEnabled(follow_up)

    def _create(self) -> None:
        variant: Variant = self.ui.variant_combo.currentData()
        follows: UUID | None = (
            self.ui.follows_up_combo.currentData() if variant is Variant.FOLLOW_UP else None
        )
        field = self.ui.date_field
        field.commit()
        if not field.problem_label.isHidden():
            field.setFocus(Qt.FocusReason.OtherFocusReason)  # the message beside it says why
            return
        try:
            workshop = Workshop(
                title=self.ui.title_edit.text().strip(),
                organisation=self.ui.organisation_edit.text().strip(),
                held_on=field.value(),
                variant=variant,
                follows_up_id=follows,
            )
            count = self.ui.participants_spin.value()
            template: ReadinessTemplate = self.ui.template_combo.currentData()
            # A busy file is refused after a brief try and said here, so the user can try
            # again; the dialog never stalls the window for the connection's 5 seconds.
            self.created = write_with_waiting(
                self._service,
                lambda: self._service.create_workshop(
                    workshop, count, template, alias_word=alias_word()
                ),
                None,
            )
        except HallbarError as error:
            self.ui.problem_label.setText(error_text(error))
            self.ui.problem_label.show()
            return
        if self._settings is not None:
            # The shipped template of the window's language is remembered as no choice, so a
            # newer version is taken and a change of language changes it too.
            default = self._service.templates.builtin_for(current_language())
            key = "" if template.key == default.key else template.key
            self._settings.set_new_workshop_template(key)
        self.accept()
