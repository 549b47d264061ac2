"""The start view: every workshop with search, filters, details and the library's actions."""

from __future__ import annotations

import sys
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QMimeData,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hallbar_desktop.domain.contents import WorkshopOverview
from hallbar_desktop.domain.data_problems import DataProblem
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.retention import PurgeKind, PurgeReport, retention_date
from hallbar_desktop.domain.sorting import swedish_sorted
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.services.retention_service import RetentionService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.background_job import BackgroundJob
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.error_words import shown_instead
from hallbar_desktop.ui.generated.ui_library_view import Ui_LibraryView
from hallbar_desktop.ui.models import RESIZE_SAMPLE_ROWS
from hallbar_desktop.ui.models.workshop_library_table_model import (
    ORIGIN_COLUMN,
    OVERVIEW_ROLE,
    Index,
    Origin,
    Period,
    WorkshopFilterProxy,
    WorkshopLibraryTableModel,
    is_imported,
)
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.waiting_write import write_with_waiting

R = TypeVar("R")

# The widest the origin column asks to be, in average characters: room for a computer's name
# and the import time; a longer text (a long name, conflicts) is elided, whole in the tooltip.
_ORIGIN_CHARACTERS = 30


def hallbar_paths(mime: QMimeData) -> list[Path]:
    """The local .hallbar files among dragged data (any case of the ending), others left out."""
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".hallbar")
    ]


class _CappedWidthDelegate(QStyledItemDelegate):
    """Asks for at most ``characters`` average characters of width, so a column sized to its
    contents stays reasonable when a value is long (a computer's name may be 200 characters)."""

    def __init__(self, characters: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._characters = characters

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        cap = self._characters * option.fontMetrics.averageCharWidth()
        return QSize(min(hint.width(), cap), hint.height())


PERIODS = (
    (QT_TRANSLATE_NOOP("Period", "Alla datum"), Period.ALL),
    (QT_TRANSLATE_NOOP("Period", "Kommande"), Period.UPCOMING),
    (QT_TRANSLATE_NOOP("Period", "Senaste 12 månaderna"), Period.LAST_12_MONTHS),
    (QT_TRANSLATE_NOOP("Period", "I år"), Period.THIS_YEAR),
    (QT_TRANSLATE_NOOP("Period", "Förra året"), Period.LAST_YEAR),
)
ALL_STATUSES = QT_TRANSLATE_NOOP("WorkshopFilter", "Alla statusar")


def fill_workshop_filters(period: QComboBox, status: QComboBox) -> None:
    """The period and status choices, as the library and the coordinator's overview offer
    them (each choice's data is what WorkshopFilterProxy filters by)."""
    for text, chosen in PERIODS:
        period.addItem(QCoreApplication.translate("Period", text), chosen)
    status.addItem(QCoreApplication.translate("WorkshopFilter", ALL_STATUSES), None)
    for each in WorkshopStatus:
        status.addItem(choice_text(each), each)


class LibraryView(QWidget):
    """Emits ``open_requested`` with a workshop id; ``demo_requested`` for the example;
    ``export_requested`` for the export dialog, ``problems_requested`` for the list of
    problems in the database, and ``packages_dropped`` with the .hallbar files dropped on the
    view (a list of Path), for the import, all of which the window owns."""

    open_requested = Signal(UUID)
    demo_requested = Signal()
    # Importera workshoppar… from the empty library (the window owns the import).
    import_requested = Signal()
    export_requested = Signal()
    problems_requested = Signal()
    packages_dropped = Signal(list)
    # The look for values that could not be used (on a pool thread) has finished.
    problems_found = Signal()
    # A reload found the file gone or unreadable (the sentence that says so).
    unreadable = Signal(str)

    def __init__(
        self,
        service: WorkshopService,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        retention: RetentionService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryView()
        self.ui.setupUi(self)
        self._service = service
        # Which workshops are past their retention date, and purging them (none: no Gallra…).
        self._retention = retention
        self.ui.purge_button.setVisible(retention is not None)
        self._retention_months: int | None = None
        self._settings = settings
        self._overviews: tuple[WorkshopOverview, ...] = ()
        self._problems: tuple[DataProblem, ...] = ()
        # How a write waits for a busy file or asks about a gone one (the window's FileWait).
        self.wait_for_file: Callable[[HallbarError, float], bool] | None = None
        self._problem_looks = 0
        set_text_role(self.ui.problem_banner_label, PROBLEM)
        self.ui.show_problems_button.clicked.connect(self.problems_requested)

        heading = QFont(self.ui.heading_label.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.6)
        heading.setBold(True)
        self.ui.heading_label.setFont(heading)
        title_font = QFont(heading)
        title_font.setPointSizeF(heading.pointSizeF() * 0.75)
        self.ui.detail_title_label.setFont(title_font)

        self.model = WorkshopLibraryTableModel(self)
        self.proxy = WorkshopFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.workshop_table
        table.setModel(self.proxy)
        table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        # Measure a sample of rows for ResizeToContents; all rows of a long table is slow.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setItemDelegateForColumn(
            ORIGIN_COLUMN, _CappedWidthDelegate(_ORIGIN_CHARACTERS, table)
        )
        # Packages dropped anywhere on the view, the table too: with neither the table nor its
        # viewport taking drops, Qt hands a drag over them to this widget.
        self.setAcceptDrops(True)
        table.setAcceptDrops(False)
        table.viewport().setAcceptDrops(False)
        table.verticalHeader().hide()
        self.ui.library_splitter.setStretchFactor(0, 3)
        self.ui.library_splitter.setStretchFactor(1, 1)
        self.ui.library_splitter.setSizes([900, 380])
        self.ui.empty_layout.setAlignment(self.ui.empty_label, Qt.AlignmentFlag.AlignHCenter)
        empty_font = QFont(self.ui.empty_label.font())
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.2)
        self.ui.empty_label.setFont(empty_font)
        # A centred, word-wrapped label gets the height of its width hint from the layout, not
        # of the width it is shown at, and was cut at top and bottom: give it both outright.
        line = 72 * self.ui.empty_label.fontMetrics().averageCharWidth()  # about 72 characters
        self.ui.empty_label.setFixedWidth(min(640, line))
        self.ui.empty_label.setMinimumHeight(
            self.ui.empty_label.heightForWidth(self.ui.empty_label.width())
        )
        # The search field's clear button is Qt's own and has no name for a screen reader.
        clear = self.ui.search_edit.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:
            clear.setText(self.tr("Töm sökfältet"))
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self._open_selected())
        table.activated.connect(lambda _index: self._open_selected())

        fill_workshop_filters(self.ui.period_filter, self.ui.status_filter)

        self.ui.search_edit.textChanged.connect(lambda text: self.proxy.set_filters(text=text))
        self.ui.organisation_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(
                organisation=self.ui.organisation_filter.currentData()
            )
        )
        self.ui.period_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(period=self.ui.period_filter.currentData())
        )
        self.ui.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(status=self.ui.status_filter.currentData())
        )
        self.ui.origin_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(origin=self.ui.origin_filter.currentData())
        )
        self.ui.new_workshop_button.clicked.connect(self.new_workshop)
        self.ui.empty_new_button.clicked.connect(self.new_workshop)
        self.ui.open_demo_button.clicked.connect(self.demo_requested)
        self.ui.empty_import_button.clicked.connect(self.import_requested)
        self.ui.open_button.clicked.connect(self._open_selected)
        self.ui.duplicate_button.clicked.connect(self._duplicate_selected)
        self.ui.export_button.clicked.connect(self.export_requested)
        self.ui.delete_button.clicked.connect(self._delete_selected)
        self.ui.purge_button.clicked.connect(self._purge_selected)
        self.ui.recent_list.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        key_map.bind(key_map.SEARCH_LIBRARY, self, self._focus_search)
        key_map.bind(key_map.DELETE_WORKSHOP, table, self._delete_selected)
        # The first reading runs as the window gets its services: a file that cannot be read
        # is said here in words, never by the crash dialog over "Öppnar databasen…".
        if not self.reload():
            self.ui.content_stack.setCurrentWidget(self.ui.empty_page)

    # --- contents --------------------------------------------------------------------------

    def reload(self, select: UUID | None = None) -> bool:
        """Read the workshops again, keeping the filters and, if possible, the selection.

        A file that is gone or cannot be read keeps the list as it was, says why in the notice
        and by ``unreadable``, and returns False; it never raises into a slot (the crash
        dialog is for faults of the program)."""
        current = self.selected_overview()
        keep = select or (current.workshop.id if current else None)
        try:
            self._service.check_reachable()
            overviews = self._service.list_workshops()
        except HallbarError as error:
            self._show_problems(error_text(error))
            self.unreadable.emit(error_text(error))
            return False
        self._overviews = overviews
        self._look_for_problems()
        self.proxy.today = self._service.today()
        self.model.set_overviews(self._overviews)
        self._mark_past_retention()
        self._fill_organisations()
        self._fill_origins()
        self._fill_recent()
        self.ui.content_stack.setCurrentWidget(
            self.ui.list_page if self._overviews else self.ui.empty_page
        )
        self._select(keep)
        self._selection_changed()
        return True

    def _look_for_problems(self) -> None:
        """Find the values that could not be used on a pool thread: it reads every workshop
        whole, which a coordinator's hundreds of workshops would make the window wait for.
        The notice appears when it is done; only the newest look counts."""
        self._problem_looks += 1
        look = self._problem_looks
        job = BackgroundJob(self._service.data_problems, self)

        def found(problems: object) -> None:
            if look == self._problem_looks:
                self._problems = problems  # type: ignore[assignment]
                self._show_problems("")
                self.problems_found.emit()

        def refused(error: HallbarError) -> None:
            if look == self._problem_looks:
                self._show_problems(error_text(error))

        def crashed(error: BaseException) -> None:
            # A fault of the program, not of the file: the crash report, like any other.
            sys.excepthook(type(error), error, error.__traceback__)

        job.succeeded.connect(found)
        job.refused.connect(refused)
        job.crashed.connect(crashed)
        job.start()

    def _show_problems(self, failure: str) -> None:
        if failure:
            text = self.tr("Databasen kunde inte läsas: {0}").format(failure)
        elif self._problems:
            workshops = len({p.workshop_id for p in self._problems})
            # Counts as "antal: N", so no sentence needs a singular and a plural form until
            # the texts get their plural forms through Qt's %n with the translations.
            text = self.tr(
                "Databasen har värden som inte kunde användas som de är (antal: {0}, i "
                "workshoppar: {1}). Workshopparna går att öppna, och värdena lämnas orörda i "
                "filen tills du rättar dem."
            ).format(len(self._problems), workshops)
        else:
            text = ""
        self.ui.problem_banner_label.setText(text)
        self.ui.show_problems_button.setVisible(bool(self._problems))
        self.ui.problem_banner.setVisible(bool(text))

    @property
    def problems(self) -> tuple[DataProblem, ...]:
        """Every value in the file that could not be used as it is, as last read."""
        return self._problems

    def _fill_organisations(self) -> None:
        combo = self.ui.organisation_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alla organisationer"), None)
        names = {o.workshop.organisation for o in self._overviews if o.workshop.organisation}
        for name in swedish_sorted(names, key=str):
            combo.addItem(name, name)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.proxy.set_filters(organisation=combo.currentData())

    def _fill_origins(self) -> None:
        combo = self.ui.origin_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alla ursprung"), None)
        combo.addItem(self.tr("Den här datorn"), Origin.HERE)
        computers = {o.origin_computer for o in self._overviews if is_imported(o)}
        for name in swedish_sorted(computers, key=str):
            combo.addItem(self.model.computer_name(name), Origin.COMPUTER + name)
        combo.addItem(self.tr("Med konflikter"), Origin.CONFLICTS)
        # With nothing imported every workshop is this computer's: the column and the filter
        # would say nothing and only take room from the titles (a 1366 screen has little).
        shown = bool(computers) or any(o.conflicts for o in self._overviews)
        self.ui.workshop_table.setColumnHidden(ORIGIN_COLUMN, not shown)
        self.ui.origin_label.setVisible(shown)
        combo.setVisible(shown)
        index = combo.findData(chosen) if chosen and shown else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.proxy.set_filters(origin=combo.currentData())

    def _fill_recent(self) -> None:
        self.ui.recent_list.clear()
        known = {o.workshop.id: o for o in self._overviews}
        for workshop_id in self._settings.recent_workshops():
            o = known.get(workshop_id)
            if o is None:
                continue
            item = QListWidgetItem(o.workshop.title)
            item.setData(Qt.ItemDataRole.UserRole, workshop_id)
            item.setToolTip(o.workshop.organisation)
            self.ui.recent_list.addItem(item)
        has_recent = self.ui.recent_list.count() > 0
        self.ui.recent_list.setVisible(has_recent)
        self.ui.recent_label.setVisible(has_recent)

    def _select(self, workshop_id: UUID | None) -> None:
        table = self.ui.workshop_table
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if workshop_id is None or index.data(OVERVIEW_ROLE).workshop.id == workshop_id:
                table.selectRow(row)
                return

    @property
    def overviews(self) -> tuple[WorkshopOverview, ...]:
        """Every workshop in the library as last read, whatever the filters show."""
        return self._overviews

    def selected_overview(self) -> WorkshopOverview | None:
        rows = self.ui.workshop_table.selectionModel().selectedRows()
        return rows[0].data(OVERVIEW_ROLE) if rows else None

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        o = self.selected_overview()
        for button in (
            self.ui.open_button,
            self.ui.duplicate_button,
            self.ui.delete_button,
            self.ui.purge_button,
        ):
            button.setEnabled(o is not None)
        if o is None:
            self.ui.detail_title_label.setText(self.tr("Ingen workshop vald"))
            self.ui.detail_facts_label.setText(
                self.tr("Välj en workshop i listan för att se mer om den.")
            )
            return
        w = o.workshop
        self.ui.detail_title_label.setText(w.title)
        lines = [
            (self.tr("Organisation"), w.organisation),
            (self.tr("Enhet"), w.unit),
            (self.tr("Förändring"), w.change_focus),
            (
                self.tr("Datum"),
                shown_instead(o.problems, "workshops", "held_on")
                or (w.held_on.isoformat() if w.held_on else ""),
            ),
            (
                self.tr("Upplägg"),
                shown_instead(o.problems, "workshops", "variant") or choice_text(w.variant),
            ),
            (
                self.tr("Status"),
                shown_instead(o.problems, "workshops", "status") or choice_text(w.status),
            ),
            (self.tr("Deltagare"), str(o.participants)),
            (self.tr("Skattningar"), str(o.ratings)),
            (self.tr("Beroenden"), str(o.dependencies)),
            (self.tr("Åtgärder"), str(o.actions)),
            (self.tr("Försenade åtgärder"), str(o.overdue_actions)),
            (self.tr("Ursprung"), self.model.origin_text(o)),
            (self.tr("Gallras efter"), self._retention_date_text(o)),
        ]
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{label}</td><td>{escape(value)}</td></tr>"
            for label, value in lines
            if value
        )
        self.ui.detail_facts_label.setText(f"<table>{rows}</table>")

    # --- dropped packages ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = hallbar_paths(event.mimeData())
        if not paths or not self._take_as_copy(event):
            event.ignore()
            return
        self.packages_dropped.emit(paths)

    def _consider_drag(self, event: QDragMoveEvent) -> None:
        if not hallbar_paths(event.mimeData()) or not self._take_as_copy(event):
            event.ignore()

    @staticmethod
    def _take_as_copy(event: QDropEvent) -> bool:
        # Always a copy: a file manager that is told "moved" may delete the package.
        if not event.possibleActions() & Qt.DropAction.CopyAction:
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    # --- actions ---------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def new_workshop(self) -> None:
        dialog = NewWorkshopDialog(self._service, self._overviews, self, self._settings)
        if dialog.exec() and dialog.created is not None:
            self.reload(select=dialog.created.workshop.id)
            self.open_requested.emit(dialog.created.workshop.id)

    def _open_selected(self) -> None:
        o = self.selected_overview()
        if o is not None:
            self.open_requested.emit(o.workshop.id)

    def _duplicate_selected(self) -> None:
        o = self.selected_overview()
        if o is None:
            return
        title, ok = QInputDialog.getText(
            self,
            self.tr("Duplicera som mall"),
            self.tr("Titel på den nya workshoppen:"),
            text=self.tr("Kopia av {0}").format(o.workshop.title)[:120],
        )
        if not ok:
            return
        try:
            copy = self._write(
                lambda: self._service.duplicate_as_template(o.workshop.id, title.strip())
            )
        except HallbarError as error:
            QMessageBox.warning(self, self.tr("Det gick inte att duplicera"), error_text(error))
            return
        self.reload(select=copy.workshop.id)

    def focus_list(self) -> None:
        """Keyboard focus to the list, on the selected workshop (the first if none is)."""
        table = self.ui.workshop_table
        if self.proxy.rowCount() == 0:
            return
        if not table.selectionModel().hasSelection():
            table.selectRow(0)
        table.setCurrentIndex(table.selectionModel().selectedRows()[0])
        table.setFocus()

    def _delete_selected(self) -> None:
        o = self.selected_overview()
        if o is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ta bort workshop"),
            self.tr(
                "Vill du ta bort workshoppen ”{0}” med {1}, {2} och {3}? Det går inte att ångra."
            ).format(
                o.workshop.title,
                self.tr("%n deltagare", "", o.participants),
                self.tr("%n beroenden", "", o.dependencies),
                self.tr("%n åtgärder", "", o.actions),
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        # The button says what it does; a "Ja" must be read together with the question.
        remove = box.addButton(self.tr("Ta bort"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not remove:
            return
        try:
            self._write(lambda: self._service.delete_workshop(o.workshop.id))
        except HallbarError as error:
            QMessageBox.warning(self, self.tr("Det gick inte att ta bort"), error_text(error))
            return
        self._settings.forget_recent_workshop(o.workshop.id)
        self.reload()

    # --- retention and purge ---------------------------------------------------------------

    def _mark_past_retention(self) -> None:
        """Mark the workshops past their retention date that still hold personal data."""
        if self._retention is None:
            return
        try:
            months = self._retention.retention_months()
            holding = self._retention.holding_personal_data()
        except HallbarError:
            return  # the list says what is wrong with the file; the marks wait for a reload
        self._retention_months = months
        today = self._service.today()
        past = {}
        for o in self._overviews:
            until = retention_date(o.workshop, months)
            if o.workshop.id in holding and until < today:
                past[o.workshop.id] = until
        self.model.set_past_retention(past)

    def _retention_date_text(self, o: WorkshopOverview) -> str:
        months = self._retention_months
        if months is None:
            return ""
        text = retention_date(o.workshop, months).isoformat()
        if self.model.past_retention(o) is not None:
            text += " " + self.tr("(passerat, personuppgifter finns kvar)")
        return text

    def _purge_selected(self) -> None:
        o = self.selected_overview()
        if o is None or self._retention is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Gallra workshop"),
            self.tr("Vad ska tas bort ur workshoppen ”{0}”?").format(o.workshop.title),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "<p><b>Namn och roller:</b> deltagarnas namn, roller och egna alias tas bort "
                "(antal deltagare: {0}), och anteckningarna visar inte längre vem som skrev "
                "dem. Skattningarna, anteckningarna och åtgärdsplanen finns kvar utan namn.</p>"
                "<p><b>Hela workshoppen:</b> allt i workshoppen tas bort.</p>"
                "<p>Gallringen går inte att ångra. Den når också programmets "
                "säkerhetskopior av databasen. Filer du har exporterat och paket du har "
                "skickat når den inte.</p>"
            ).format(o.participants)
        )
        names = box.addButton(
            self.tr("Ta bort namn och roller"), QMessageBox.ButtonRole.DestructiveRole
        )
        whole = box.addButton(
            self.tr("Ta bort hela workshoppen"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        chosen = box.clickedButton()
        if chosen is names:
            kind = PurgeKind.NAMES
        elif chosen is whole:
            kind = PurgeKind.WORKSHOP
        else:
            return
        # Not in the library's write batch: the purge writes, then compacts the file and its
        # backups, in steps of its own (a VACUUM cannot run inside a transaction).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self._retention.purge([o.workshop.id], kind)
        except HallbarError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Det gick inte att gallra"), error_text(error))
            return
        QApplication.restoreOverrideCursor()
        if kind is PurgeKind.WORKSHOP:
            self._settings.forget_recent_workshop(o.workshop.id)
        self.reload()
        QMessageBox.information(self, self.tr("Gallringen är klar"), self.purge_summary(report))

    def purge_summary(self, report: PurgeReport) -> str:
        """What a purge did and which copies it could not reach, for the user."""
        lines = []
        for purged in report.workshops:
            if purged.kind is PurgeKind.WORKSHOP:
                lines.append(self.tr("”{0}” är borttagen.").format(purged.title))
            else:
                lines.append(
                    self.tr(
                        "Namn och roller är borttagna ur ”{0}” (deltagare: {1}, anteckningar: {2})."
                    ).format(purged.title, purged.participants_cleared, purged.notes_unauthored)
                )
        if report.on_server:
            lines.append(
                self.tr(
                    "Databasen ligger på en server: serverns egna säkerhetskopior gallras "
                    "enligt organisationens rutin för servern."
                )
            )
            if not report.file_compacted:
                lines.append(
                    self.tr(
                        "Tabellerna på servern skrevs inte om, så de borttagna uppgifterna kan "
                        "finnas kvar i serverns filer. Be den som sköter servern att köra "
                        "VACUUM FULL på dem."
                    )
                )
        else:
            lines.append(
                self.tr(
                    "Säkerhetskopior som gallrades: {0}. Säkerhetskopior som togs bort för att "
                    "de inte gick att gallra: {1}."
                ).format(len(report.backups_rewritten), len(report.backups_removed))
            )
        for path in report.copies_not_reached:
            lines.append(self.tr("Kan inte gallras, ta bort den själv: {0}").format(path))
        for purged in report.workshops:
            if purged.imported_from:
                lines.append(
                    self.tr("”{0}” lästes in från {1}: kopian där gallras inte härifrån.").format(
                        purged.title, purged.imported_from
                    )
                )
        lines.append(
            self.tr(
                "Filer som du har exporterat (Excel, PDF, CSV) och paket som du har skickat "
                "innehåller fortfarande det de innehöll: ta bort dem själv."
            )
        )
        return "\n\n".join(lines)

    def _write(self, call: Callable[[], R]) -> R:
        """A write of the library's own: brief tries on a busy file, the window's waiting in
        between (``wait_for_file``, set by the window), never its thread stalled."""
        try:
            return write_with_waiting(self._service, call, self.wait_for_file)
        finally:
            finish = getattr(self.wait_for_file, "finish", None)
            if finish is not None:
                finish()
