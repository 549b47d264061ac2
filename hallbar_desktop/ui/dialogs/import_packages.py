"""Arkiv › Importera workshoppar… and Konflikter från import: packages read and previewed off
the GUI thread, imported after the coordinator has seen what will happen, and each conflict
an import found chosen record by record."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QProgressDialog,
    QSizePolicy,
    QWidget,
)

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.package import (
    NEW,
    UPDATED,
    ConflictDetails,
    ImportedWorkshop,
    ImportSummary,
    Package,
)
from hallbar_desktop.domain.package_merge import RecordRef, WorkshopRecord, record_title
from hallbar_desktop.services.import_service import ImportService
from hallbar_desktop.ui.background_job import BackgroundJob
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.error_words import field_label
from hallbar_desktop.ui.generated.ui_import_conflicts_dialog import Ui_ImportConflictsDialog
from hallbar_desktop.ui.generated.ui_import_preview_dialog import Ui_ImportPreviewDialog
from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel
from hallbar_desktop.ui.ui_settings import UiSettings

PACKAGE_SUFFIX = ".hallbar"
_FOLDER_PURPOSE = "import"
_KIND_WORDS = {
    "workshop": QT_TRANSLATE_NOOP("ImportKind", "Workshoppens uppgifter"),
    "participant": QT_TRANSLATE_NOOP("ImportKind", "Deltagare"),
    "rating": QT_TRANSLATE_NOOP("ImportKind", "Skattning"),
    "tally": QT_TRANSLATE_NOOP("ImportKind", "Handräkning"),
    "group_score": QT_TRANSLATE_NOOP("ImportKind", "Gruppens skattning"),
    "dependency": QT_TRANSLATE_NOOP("ImportKind", "Beroende"),
    "action": QT_TRANSLATE_NOOP("ImportKind", "Åtgärd"),
    "prerequisite_check": QT_TRANSLATE_NOOP("ImportKind", "Förutsättning"),
    "success_factor": QT_TRANSLATE_NOOP("ImportKind", "Framgångsfaktor"),
    "note": QT_TRANSLATE_NOOP("ImportKind", "Lapp"),
}
# Fields a person does not choose between: ids and the bookkeeping of when a row was made.
_NOT_COMPARED = {"id", "created_at", "participant_id"}


def local_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class ImportPreviewModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Workshop"),
        QT_TRANSLATE_NOOP("Header", "Datum"),
        QT_TRANSLATE_NOOP("Header", "Från"),
        QT_TRANSLATE_NOOP("Header", "Fil"),
        QT_TRANSLATE_NOOP("Header", "Vad som händer"),
    )

    def __init__(self, workshops: Sequence[ImportedWorkshop], parent: QObject) -> None:
        super().__init__(parent)
        self._rows = tuple(workshops)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        item: ImportedWorkshop = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return f"{item.organisation}: {item.title}" if item.organisation else item.title
        if column == 1:
            return item.held_on.isoformat() if item.held_on else ""
        if column == 2:
            return self.tr("{0}, packat {1}").format(
                item.origin.computer or self.tr("okänd dator"), local_time(item.origin.packed_at)
            )
        if column == 3:
            return item.source.name
        return self.outcome_text(item)

    def outcome_text(self, item: ImportedWorkshop) -> str:
        said = []
        if item.outcome == NEW:
            said.append(self.tr("Läggs till"))
        elif item.outcome == UPDATED:
            said.append(self.tr("Uppdateras (ändrade poster: {0})").format(item.taken))
        elif not item.conflicts:
            said.append(self.tr("Redan aktuell"))
        if item.conflicts:
            said.append(self.tr("konflikter att välja: {0}").format(item.conflicts))
        if item.audit_entries:
            said.append(self.tr("nya poster i ändringsloggen: {0}").format(item.audit_entries))
        text = ", ".join(said)
        if item.audit_broken is not None:
            from hallbar_desktop.error_messages import audit_break
            from hallbar_desktop.ui.application_setup import current_language

            # Imported all the same, as it came: the sentence says the log is not to be trusted.
            text += ". " + audit_break(item.audit_broken, current_language())
        return text[:1].upper() + text[1:]


class ImportPreviewDialog(QDialog):
    """What an import will do, before anything is written; accepted means "Importera"."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        self.model = ImportPreviewModel(summary.workshops, self)
        table = self.ui.workshop_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        current = sum(
            1 for w in summary.workshops if w.outcome not in (NEW, UPDATED) and not w.conflicts
        )
        self.ui.counts_label.setText(
            self.tr("Nya: {0} · Uppdateras: {1} · Redan aktuella: {2} · Konflikter: {3}").format(
                summary.count(NEW), summary.count(UPDATED), current, summary.conflicts
            )
        )
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.import_button = self.ui.button_box.addButton(
            self.tr("&Importera"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)


class ImportWorkshops(QObject):
    """Asks for packages (or takes dropped ones), reads and previews them on a pool thread,
    shows the preview, and imports on a pool thread once the coordinator says so.
    ``imported`` carries the summary of a finished import, ``refused`` the sentence that says
    why a package or the database would not do."""

    imported = Signal(object)
    refused = Signal(str)

    def __init__(self, imports: ImportService, settings: UiSettings, window: QWidget) -> None:
        super().__init__(window)
        self._imports = imports
        self._settings = settings
        self._window = window
        self._progress: QProgressDialog | None = None
        self._packages: tuple[tuple[Path, Package], ...] = ()
        self.preview_dialog: ImportPreviewDialog | None = None

    @property
    def busy(self) -> bool:
        return BackgroundJob.running(self) or self.preview_dialog is not None

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Importera workshoppar"),
            str(self._settings.start_folder(_FOLDER_PURPOSE)),
            self.tr("Workshoppaket (*.hallbar)"),
        )
        if chosen:
            self.import_files([Path(c) for c in chosen])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Read and preview ``paths``; nothing is written before the preview is accepted."""
        if self.busy or not paths:
            return
        self._settings.set_last_folder(_FOLDER_PURPOSE, str(paths[0].parent))
        imports = self._imports

        def read_and_preview() -> tuple[tuple[tuple[Path, Package], ...], ImportSummary]:
            packages = imports.read(paths)
            return packages, imports.preview(packages)

        self._run(read_and_preview, self.tr("Läser paketen…"), self._previewed)

    def _run(self, work: Any, text: str, done: Any) -> None:
        progress = QProgressDialog(text, "", 0, 0, self._window)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowTitle(self.tr("Importera workshoppar"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._progress = progress
        job = BackgroundJob(work, self)
        job.succeeded.connect(done)
        job.refused.connect(self._refused)
        job.crashed.connect(self._crashed)
        job.start()

    def _finish_job(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _previewed(self, result: object) -> None:
        self._finish_job()
        packages, summary = result  # type: ignore[misc]
        self._packages = packages
        dialog = ImportPreviewDialog(summary, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._preview_closed)
        self.preview_dialog = dialog
        dialog.open()

    def _preview_closed(self, result: int) -> None:
        self.preview_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self._packages = ()
            return
        imports, packages = self._imports, self._packages
        self._run(lambda: imports.import_packages(packages), self.tr("Importerar…"), self._imported)

    def _imported(self, summary: object) -> None:
        self._finish_job()
        self._packages = ()
        self.imported.emit(summary)

    def _refused(self, error: HallbarError) -> None:
        self._finish_job()
        self._packages = ()
        self.refused.emit(error_text(error))

    def _crashed(self, error: BaseException) -> None:
        self._finish_job()
        self._packages = ()
        sys.excepthook(type(error), error, error.__traceback__)


def _shown(model: QObject, value: Any) -> str:
    if value is None or value == "" or value == frozenset():
        return QCoreApplication.translate("ImportPreview", "(tomt)")
    if isinstance(value, LabelledChoice):
        return choice_text(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportPreview", "Ja")
            if value
            else QCoreApplication.translate("ImportPreview", "Nej")
        )
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        if all(isinstance(v, UUID) for v in value):
            return QCoreApplication.translate("ImportPreview", "antal: {0}").format(len(value))
        return ", ".join(sorted(_shown(model, v) for v in value))
    return str(value)


def differences(
    model: QObject, here: Any, theirs: Any, fields: tuple[str, ...] = ()
) -> tuple[tuple[str, str, str], ...]:
    """(field, value here, value in the package) of each of ``fields`` (empty: every field
    that differs); a record missing on one side is said so."""
    if here is None or theirs is None:
        present = here if here is not None else theirs
        gone = QCoreApplication.translate("ImportPreview", "(borttagen)")
        title = record_title(RecordRef("", ""), present)
        return (
            (
                QCoreApplication.translate("ImportPreview", "Posten"),
                title if here is not None else gone,
                title if here is None else gone,
            ),
        )
    rows = []
    if isinstance(here, WorkshopRecord) and isinstance(theirs, WorkshopRecord):
        if here.template != theirs.template and (not fields or "template" in fields):
            rows.append(
                (
                    QCoreApplication.translate("ImportPreview", "Mall för skattningen"),
                    f"{here.template.name} ({here.template.version})",
                    f"{theirs.template.name} ({theirs.template.version})",
                )
            )
        here, theirs = here.workshop, theirs.workshop
    for field in dataclasses.fields(here):
        name = field.name
        if name in _NOT_COMPARED or (fields and name not in fields):
            continue
        mine, other = getattr(here, name), getattr(theirs, name)
        if mine != other:
            rows.append((field_label(name), _shown(model, mine), _shown(model, other)))
    if fields and "updated_at" not in fields and hasattr(here, "updated_at"):
        # When each side last changed the record helps to choose.
        rows.append(
            (
                field_label("updated_at"),
                _shown(model, here.updated_at),
                _shown(model, theirs.updated_at),
            )
        )
    return tuple(rows)


class ConflictTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Workshop"),
        QT_TRANSLATE_NOOP("Header", "Vad"),
        QT_TRANSLATE_NOOP("Header", "Post"),
        QT_TRANSLATE_NOOP("Header", "Från"),
        QT_TRANSLATE_NOOP("Header", "Hittad"),
    )

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._rows: tuple[ConflictDetails, ...] = ()

    def set_conflicts(self, conflicts: Sequence[ConflictDetails]) -> None:
        self.beginResetModel()
        self._rows = tuple(conflicts)
        self.endResetModel()

    def conflict_at(self, row: int) -> ConflictDetails:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        found: ConflictDetails = self._rows[index.row()]
        ref = RecordRef(found.conflict.kind, found.conflict.key)
        column = index.column()
        if column == 0:
            return found.workshop_title
        if column == 1:
            kind = QCoreApplication.translate("ImportKind", _KIND_WORDS.get(ref.kind, ref.kind))
            named = [field_label(f).lower() for f in found.conflict.fields]
            return f"{kind} ({', '.join(named)})" if named else kind
        if column == 2:
            return record_title(ref, found.here) or record_title(ref, found.theirs)
        if column == 3:
            return found.origin.computer
        return local_time(found.conflict.found_at)


class DifferenceTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Fält"),
        QT_TRANSLATE_NOOP("Header", "Här"),
        QT_TRANSLATE_NOOP("Header", "I paketet"),
    )

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, str, str], ...] = ()

    def show(self, found: ConflictDetails | None) -> None:
        self.beginResetModel()
        self._rows = (
            ()
            if found is None
            else differences(self, found.here, found.theirs, found.conflict.fields)
        )
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]


class ImportConflictsDialog(QDialog):
    """Lists the conflicts; the chosen one's differences side by side. ``choice_made(details,
    take_theirs)`` (a ConflictDetails) asks the window to store the choice, which then calls
    ``set_conflicts`` with what is left."""

    choice_made = Signal(object, bool)

    def __init__(self, conflicts: Sequence[ConflictDetails], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportConflictsDialog()
        self.ui.setupUi(self)
        self.model = ConflictTableModel(self)
        self.differences = DifferenceTableModel(self)
        table = self.ui.conflict_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.difference_table.setModel(self.differences)
        difference_header = self.ui.difference_table.horizontalHeader()
        difference_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        difference_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        difference_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Each row as tall as its longest text, no taller (a stale height left odd rows).
        self.ui.difference_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.keep_button.clicked.connect(lambda: self._choose(take_theirs=False))
        self.ui.take_button.clicked.connect(lambda: self._choose(take_theirs=True))
        self.ui.button_box.rejected.connect(self.reject)
        self.set_conflicts(conflicts)

    def set_conflicts(self, conflicts: Sequence[ConflictDetails], said: str = "") -> None:
        """Show ``conflicts``; ``said`` is what the last choice did."""
        row = max(self.selected_row(), 0)
        self.model.set_conflicts(conflicts)
        empty = not conflicts
        self.ui.empty_label.setVisible(empty)
        self.ui.choice_label.setText(said)
        self.ui.choice_label.setVisible(bool(said))
        # The room below goes to the tables, or, once they are gone, keeps the text at the top.
        self.ui.empty_spacer.changeSize(
            0,
            0,
            QSizePolicy.Policy.Minimum,
            QSizePolicy.Policy.Expanding if empty else QSizePolicy.Policy.Fixed,
        )
        self.ui.dialog_layout.invalidate()
        for widget in (
            self.ui.intro_label,
            self.ui.conflict_table,
            self.ui.difference_table,
            self.ui.difference_label,
            self.ui.conflicts_label,
            self.ui.keep_button,
            self.ui.take_button,
        ):
            widget.setVisible(not empty)
        if not empty:
            self.ui.conflict_table.selectRow(min(row, len(conflicts) - 1))
            self.ui.conflict_table.setFocus()
        self._selection_changed()

    def selected_row(self) -> int:
        rows = self.ui.conflict_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        row = self.selected_row()
        found = self.model.conflict_at(row) if row >= 0 else None
        self.differences.show(found)
        self.ui.keep_button.setEnabled(found is not None)
        self.ui.take_button.setEnabled(found is not None)

    def _choose(self, *, take_theirs: bool) -> None:
        row = self.selected_row()
        if row >= 0:
            self.choice_made.emit(self.model.conflict_at(row), take_theirs)

    def index_of(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
