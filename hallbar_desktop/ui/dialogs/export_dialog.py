"""The export dialog: what to export, to Excel and/or PDF, into which folder; written off-thread."""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from html import escape
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hallbar_desktop.domain.contents import WorkshopOverview
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.sorting import swedish_sorted
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.ui.application_setup import current_language
from hallbar_desktop.ui.background_job import BackgroundJob
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_export_dialog import Ui_ExportDialog
from hallbar_desktop.ui.style_sheet import DONE, PROBLEM, SECONDARY, set_text_role
from hallbar_desktop.ui.ui_settings import UiSettings

FOLDER_PURPOSE = "export"
# Characters Windows refuses in a file name (and "/" everywhere), plus control characters.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
STEM_LENGTH = 100
TITLE_SHOWN = 60


class Scope(Enum):
    """What the dialog exports: one workshop, or a roll-up of several."""

    WORKSHOP = "workshop"
    ALL = "all"
    ORGANISATION = "organisation"
    PERIOD = "period"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Everything the worker needs; plain values, so no widget is read off the GUI thread."""

    workshop_ids: tuple[UUID, ...]
    xlsx: Path | None
    pdf: Path | None
    include_names: bool
    rollup: bool
    without_personal_data: bool


def safe_file_stem(text: str) -> str:
    """``text`` as a file name that works on Windows, macOS and Linux (without extension)."""
    cleaned = _NOT_IN_FILE_NAMES.sub("-", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    # Windows drops trailing dots and spaces, so "Plan." and "Plan" would be the same file.
    return cleaned[:STEM_LENGTH].rstrip(". ")


def workshop_file_stem(workshop: Workshop) -> str:
    """ "2026-12-03 Hållbarhet i projektmedel": sorts by date in a folder of exports."""
    when = f"{workshop.held_on.isoformat()} " if workshop.held_on else ""
    return safe_file_stem(f"{when}{workshop.title}") or "Workshop"


class ExportDialog(QDialog):
    """Opened from a workshop (``library`` None: only that workshop) or from the library
    (``workshop`` is the selected one, if any, and roll-ups of ``library`` can be chosen).

    ``exported`` carries the files written, after a successful export."""

    exported = Signal(tuple)

    def __init__(
        self,
        exports: ExportService,
        settings: UiSettings,
        *,
        workshop: Workshop | None,
        library: tuple[WorkshopOverview, ...] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._exports = exports
        self._settings = settings
        self._workshop = workshop
        self._library = library
        self._today = today or date.today()
        self._name_edited = False
        # Once the user has ticked or cleared personal data, a change of scope keeps it.
        self._personal_data_chosen = False
        self.written: tuple[Path, ...] = ()

        for heading in (self.ui.what_heading, self.ui.format_heading, self.ui.where_heading):
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
        # Air above each section heading groups the fields below it, without boxes.
        for heading in (self.ui.format_heading, self.ui.where_heading):
            heading.setContentsMargins(0, 8, 0, 0)
        set_text_role(self.ui.names_hint_label, SECONDARY)
        set_text_role(self.ui.selection_label, SECONDARY)
        set_text_role(self.ui.files_label, SECONDARY)
        for label in (self.ui.this_workshop_label, self.ui.message_label):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.ui.progress_bar.hide()
        self.ui.message_label.hide()
        self.ui.open_folder_button.hide()
        self.ui.folder_edit.setPlaceholderText(self.tr("Till exempel C:\\Users\\du\\Dokument"))
        self.ui.name_edit.setPlaceholderText(self.tr("Utan filändelse"))

        self._radios = {
            Scope.WORKSHOP: self.ui.selected_radio,
            Scope.ALL: self.ui.all_radio,
            Scope.ORGANISATION: self.ui.organisation_radio,
            Scope.PERIOD: self.ui.period_radio,
        }
        if library is None:
            self._set_up_for_workshop()
        else:
            self._set_up_for_library(library)

        self.ui.folder_edit.setText(self._start_folder())
        # The window's exports are written by a process of their own, which imports its
        # libraries while the user chooses here; it ends if the dialog closes without one.
        exports.start_ahead()
        self.finished.connect(lambda _result: exports.stop_ahead())
        self.ui.open_after_check.setChecked(settings.open_folder_after_export())
        self.ui.open_after_check.toggled.connect(settings.set_open_folder_after_export)
        self.ui.personal_data_check.clicked.connect(self._personal_data_clicked)
        self.ui.personal_data_check.toggled.connect(self._show_names_choice)
        self.ui.name_edit.textEdited.connect(self._name_typed)
        self.ui.name_edit.textChanged.connect(lambda _text: self._show_file_names())
        for check in (self.ui.xlsx_check, self.ui.pdf_check):
            check.toggled.connect(lambda _on: self._show_file_names())
        self.ui.choose_folder_button.clicked.connect(self._choose_folder)
        self.ui.export_button.clicked.connect(self.start_export)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.open_folder_button.clicked.connect(self.open_folder)
        self._scope_changed()
        self.ui.export_button.setFocus()
        self.resize(self.width(), self.sizeHint().height())
        self._grow_to_fit()

    # --- setting up ------------------------------------------------------------------------

    def _set_up_for_workshop(self) -> None:
        assert self._workshop is not None
        self.setWindowTitle(self.tr("Exportera workshoppen"))
        self.ui.choice_panel.hide()
        self.ui.selected_radio.setChecked(True)
        self.ui.this_workshop_label.setText(self._workshop_line(self._workshop))

    def _set_up_for_library(self, library: tuple[WorkshopOverview, ...]) -> None:
        self.setWindowTitle(self.tr("Exportera workshoppar"))
        self.ui.this_workshop_label.hide()
        if self._workshop is not None:
            title = self._workshop.title
            # A radio button does not wrap: a long title is cut so the dialog stays narrow.
            if len(title) > TITLE_SHOWN:
                title = title[: TITLE_SHOWN - 1].rstrip() + "…"
                self.ui.selected_radio.setToolTip(self._workshop.title)
            self.ui.selected_radio.setText(
                self.tr("&Vald workshop: {0}").format(title.replace("&", "&&"))
            )
            self.ui.selected_radio.setChecked(True)
        else:
            self.ui.selected_radio.setText(self.tr("&Vald workshop (ingen är vald i listan)"))
            self.ui.selected_radio.setEnabled(False)
            self.ui.all_radio.setChecked(True)

        names = {o.workshop.organisation for o in library if o.workshop.organisation.strip()}
        for name in swedish_sorted(names, key=str):
            self.ui.organisation_combo.addItem(name, name)
        if self._workshop is not None and self._workshop.organisation in names:
            self.ui.organisation_combo.setCurrentIndex(
                self.ui.organisation_combo.findData(self._workshop.organisation)
            )
        if not names:
            self.ui.organisation_radio.setEnabled(False)

        held = sorted(o.workshop.held_on for o in library if o.workshop.held_on is not None)
        first = held[0] if held else date(self._today.year, 1, 1)
        last = held[-1] if held else self._today
        # The app's own date fields (as in Ny workshop): typed as ÅÅÅÅ-MM-DD, the calendar with
        # week numbers on Alt+↓. Qt's date edit had no key for its calendar; Alt+↓ stepped back.
        # An emptied field leaves that end of the period open.
        for field, name, shown in (
            (self.ui.from_date_field, self.tr("Från och med"), first),
            (self.ui.to_date_field, self.tr("Till och med"), last),
        ):
            field.today = lambda: self._today
            field.setAccessibleName(name)
            field.clear_button.hide()  # emptying the text is enough, and the row stays short
            field.show_stored(shown)
            field.committed.connect(lambda _value: self._choose(Scope.PERIOD))

        for radio in self._radios.values():
            radio.toggled.connect(lambda on: on and self._scope_changed())
        # Picking an organisation means that choice is meant, even when it is the one shown.
        for changed in (
            self.ui.organisation_combo.currentIndexChanged,
            self.ui.organisation_combo.activated,
        ):
            changed.connect(lambda _i: self._choose(Scope.ORGANISATION))

    def _workshop_line(self, w: Workshop) -> str:
        facts = [w.organisation, w.held_on.isoformat() if w.held_on else ""]
        extra = " · ".join(escape(f) for f in facts if f)
        return f"<b>{escape(w.title)}</b>" + (f"<br>{extra}" if extra else "")

    def _start_folder(self) -> str:
        return str(self._settings.start_folder(FOLDER_PURPOSE))

    # --- what is chosen --------------------------------------------------------------------

    def scope(self) -> Scope:
        return next(s for s, radio in self._radios.items() if radio.isChecked())

    def _choose(self, scope: Scope) -> None:
        if self._radios[scope].isChecked():
            self._scope_changed()
        else:
            self._radios[scope].setChecked(True)

    def _scope_changed(self) -> None:
        scope = self.scope()
        if scope is Scope.WORKSHOP:
            self.ui.selection_label.setText(
                self.tr("Workshoppens egen arbetsbok och rapport.") if self._library else ""
            )
            self.ui.selection_label.setVisible(self._library is not None)
        else:
            count = len(self._chosen_ids())
            self.ui.selection_label.setText(
                self.tr("Inga workshoppar finns i urvalet.")
                if count == 0
                else self.tr("%n workshoppar sammanställs med en jämförelse mellan dem.", "", count)
                if count > 1
                else self.tr("%n workshop ingår i sammanställningen.", "", count)
            )
            self.ui.selection_label.show()
        if not self._name_edited:
            self.ui.name_edit.setText(self._suggested_stem())
        if not self._personal_data_chosen:
            # A roll-up goes to others: without personal data unless chosen (issue 19).
            self.ui.personal_data_check.setChecked(scope is Scope.WORKSHOP)
        self._show_names_choice()
        self._show_file_names()

    def _personal_data_clicked(self) -> None:
        self._personal_data_chosen = True

    def _show_names_choice(self) -> None:
        # Names and roles are more of the same personal data: only with the rest of it.
        with_personal_data = self.ui.personal_data_check.isChecked()
        if not with_personal_data:
            self.ui.names_check.setChecked(False)
        self.ui.names_check.setEnabled(with_personal_data)

    def _chosen_ids(self) -> tuple[UUID, ...]:
        scope = self.scope()
        if scope is Scope.WORKSHOP:
            return (self._workshop.id,) if self._workshop is not None else ()
        if scope is Scope.ORGANISATION:
            return self._exports.select(organisation=self.ui.organisation_combo.currentData())
        if scope is Scope.PERIOD:
            return self._exports.select(
                date_from=self.ui.from_date_field.value(),
                date_to=self.ui.to_date_field.value(),
            )
        return self._exports.select()

    def _suggested_stem(self) -> str:
        scope = self.scope()
        if scope is Scope.WORKSHOP and self._workshop is not None:
            return workshop_file_stem(self._workshop)
        if scope is Scope.ORGANISATION:
            text = self.tr("Sammanställning {0} {1}").format(
                self.ui.organisation_combo.currentText(), self._today.isoformat()
            )
        elif scope is Scope.PERIOD:
            first, last = self.ui.from_date_field.value(), self.ui.to_date_field.value()
            text = self.tr("Sammanställning {0}–{1}").format(
                first.isoformat() if first else "", last.isoformat() if last else ""
            )
        else:
            text = self.tr("Sammanställning alla workshoppar {0}").format(self._today.isoformat())
        return safe_file_stem(text)

    def _name_typed(self, text: str) -> None:
        # Once the user has written a name, changing what to export no longer replaces it.
        self._name_edited = bool(text.strip())

    def _stem(self) -> str:
        stem = self.ui.name_edit.text().strip()
        for extension in (".xlsx", ".pdf"):
            if stem.lower().endswith(extension):
                stem = stem[: -len(extension)].rstrip()
        return stem

    def _show_file_names(self) -> None:
        extensions = [
            extension
            for check, extension in ((self.ui.xlsx_check, ".xlsx"), (self.ui.pdf_check, ".pdf"))
            if check.isChecked()
        ]
        self.ui.files_label.setText(
            self.tr("Filändelsen läggs till: {0}").format(self.tr(" och ").join(extensions))
            if extensions
            else ""
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för exporten"), self.ui.folder_edit.text().strip()
        )
        if folder:
            self.ui.folder_edit.setText(str(Path(folder)))

    # --- exporting -------------------------------------------------------------------------

    def request(self) -> ExportRequest:
        """The export as chosen; HallbarError-like problems raise ValueError with the message."""
        want_xlsx = self.ui.xlsx_check.isChecked()
        want_pdf = self.ui.pdf_check.isChecked()
        if not (want_xlsx or want_pdf):
            raise ValueError(self.tr("Välj minst ett format: Excel, PDF eller båda."))
        folder_text = self.ui.folder_edit.text().strip()
        if not folder_text:
            raise ValueError(self.tr("Välj en mapp att spara filerna i."))
        folder = Path(folder_text).expanduser()
        if not folder.is_absolute():
            raise ValueError(
                self.tr("Skriv hela sökvägen till mappen, eller välj den med Välj mapp…")
            )
        stem = self._stem()
        if not stem:
            raise ValueError(self.tr("Skriv ett filnamn."))
        if _NOT_IN_FILE_NAMES.search(stem) or stem != stem.rstrip(". "):
            raise ValueError(
                self.tr(
                    'Filnamnet får inte innehålla något av tecknen \\ / : * ? " < > | '
                    "och inte sluta med punkt."
                )
            )
        scope = self.scope()
        if scope is Scope.PERIOD:
            self._check_period()
        return ExportRequest(
            workshop_ids=self._chosen_ids(),
            xlsx=folder / f"{stem}.xlsx" if want_xlsx else None,
            pdf=folder / f"{stem}.pdf" if want_pdf else None,
            include_names=self.ui.names_check.isChecked(),
            rollup=scope is not Scope.WORKSHOP,
            without_personal_data=not self.ui.personal_data_check.isChecked(),
        )

    def _check_period(self) -> None:
        fields = (self.ui.from_date_field, self.ui.to_date_field)
        for field in fields:
            field.commit()
            if not field.problem_label.isHidden():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                raise ValueError(self.tr("Skriv periodens datum som ÅÅÅÅ-MM-DD."))
        first, last = (field.value() for field in fields)
        if first is not None and last is not None and first > last:
            raise ValueError(self.tr("Periodens första datum ligger efter det sista."))

    def is_busy(self) -> bool:
        return BackgroundJob.running(self)

    def start_export(self) -> None:
        if self.is_busy():
            return
        try:
            request = self.request()
        except ValueError as problem:
            self._show_problem(str(problem))
            return
        exports = self._exports
        language = current_language()  # the files speak the window's language

        def work() -> tuple[Path, ...]:
            # Runs on a pool thread: only the request's plain values and the service are used.
            return exports.export(
                request.workshop_ids,
                xlsx=request.xlsx,
                pdf=request.pdf,
                include_names=request.include_names,
                rollup=request.rollup,
                language=language,
                without_personal_data=request.without_personal_data,
            )

        job = BackgroundJob(work, self)
        job.succeeded.connect(self._export_succeeded)
        job.refused.connect(self._export_refused)
        job.crashed.connect(self._export_crashed)
        self._set_busy(True)
        set_text_role(self.ui.message_label, "")
        self.ui.message_label.setText(self.tr("Skriver filerna…"))
        self.ui.message_label.show()
        self.ui.open_folder_button.hide()
        job.start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.ui.choice_panel,
            self.ui.xlsx_check,
            self.ui.pdf_check,
            self.ui.personal_data_check,
            self.ui.names_check,
            self.ui.folder_edit,
            self.ui.choose_folder_button,
            self.ui.name_edit,
            self.ui.export_button,
            self.ui.close_button,
        ):
            widget.setEnabled(not busy)
        self.ui.progress_bar.setVisible(busy)
        if not busy:
            self._show_names_choice()

    def _export_succeeded(self, written: tuple[Path, ...]) -> None:
        self._set_busy(False)
        self.written = written
        folder = written[0].parent
        self._settings.set_last_folder(FOLDER_PURPOSE, str(folder))
        unshown = getattr(written, "unshown", {})
        lines = "".join(
            f"<li>{escape(path.name)}{self._unshown_note(unshown.get(path, {}))}</li>"
            for path in written
        )
        set_text_role(self.ui.message_label, DONE)
        self.ui.message_label.setText(
            self.tr("Klart. Sparade i {0}:").format(escape(str(folder))) + f"<ul>{lines}</ul>"
        )
        self.ui.open_folder_button.show()
        self._grow_to_fit()
        self.ui.close_button.setFocus()
        self.exported.emit(written)
        if self.ui.open_after_check.isChecked():
            self.open_folder()

    def _unshown_note(self, unshown: Mapping[str, int]) -> str:
        """Characters no bundled font has are drawn as � in the report; say so beside the file."""
        if not unshown:
            return ""
        listed = " ".join(sorted(unshown)[:5]) + (" …" if len(unshown) > 5 else "")
        return "<br/>" + escape(
            self.tr(
                "%n tecken finns inte i programmets typsnitt och visas som � ({0}).",
                "",
                sum(unshown.values()),
            ).format(listed)
        )

    def _export_refused(self, error: HallbarError) -> None:
        self._set_busy(False)
        self._show_problem(error_text(error))

    def _export_crashed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_problem(self.tr("Exporten avbröts av ett oväntat fel."))
        # On the GUI thread now: the app's crash handling shows the report and writes the log.
        sys.excepthook(type(error), error, error.__traceback__)

    def _show_problem(self, message: str) -> None:
        set_text_role(self.ui.message_label, PROBLEM)
        self.ui.message_label.setText(escape(message))
        self.ui.message_label.show()
        self.ui.open_folder_button.hide()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        # A message appears below the form; the dialog grows rather than squeezing the form.
        layout = self.layout()
        layout.activate()
        # Wrapped labels need the height for this width; the plain size hint guesses too tall.
        wanted = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    # --- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        # Files are still being written; closing now would hide whether that worked.
        if not self.is_busy():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
            return
        super().closeEvent(event)
