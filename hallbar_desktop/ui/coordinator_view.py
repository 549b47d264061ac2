"""The coordinator's overview beside the library: workshops, actions, readiness and dependencies."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.concurrent_edit import changed_fields, with_fields_of
from hallbar_desktop.domain.coordinator import (
    CoordinatorOverview,
    RegisterAction,
    critical_open_dependencies,
    dependency_types,
    readiness_dimensions,
    readiness_series,
)
from hallbar_desktop.domain.errors import ConflictError, HallbarError, NotFoundError
from hallbar_desktop.domain.sorting import swedish_sorted
from hallbar_desktop.services.coordinator_service import CoordinatorService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.background_job import BackgroundJob
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_coordinator_view import Ui_CoordinatorView
from hallbar_desktop.ui.library_view import fill_workshop_filters
from hallbar_desktop.ui.models import RESIZE_SAMPLE_ROWS
from hallbar_desktop.ui.models.action_register_model import (
    NOTE,
    STATUS,
    TITLE,
    WORKSHOP,
    ActionRegisterModel,
    ActionRegisterProxy,
)
from hallbar_desktop.ui.models.coordinator_dependency_models import (
    ACTION_TITLES,
    DEPENDENCY_TITLE,
    WORKSHOP_TITLE,
    CriticalDependencyModel,
    DependencyTypeModel,
    SwedishSortProxy,
)
from hallbar_desktop.ui.models.row_tuple_table_model import Index
from hallbar_desktop.ui.models.workshop_library_table_model import (
    ORIGIN_COLUMN,
    OVERVIEW_ROLE,
    Origin,
    Period,
    WorkshopFilterProxy,
    WorkshopLibraryTableModel,
    is_imported,
)
from hallbar_desktop.ui.undo_commands import ServiceCommand, TransactionalUndoStack
from hallbar_desktop.ui.waiting_write import write_with_waiting
from hallbar_desktop.ui.widgets.folding_row import FoldingRow

R = TypeVar("R")
CAPPED_CHARACTERS = 24  # a workshop title's share of a table; the whole title is in its tooltip


class _StatusDelegate(QStyledItemDelegate):
    """A list of the stored statuses to choose from, in the register's status column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Åtgärdens status"))
        for status in ActionStatus:
            combo.addItem(choice_text(status), status)
        # The choice is stored as soon as it is made (no extra Enter), and the keys go back
        # to the table, on the same row.
        combo.activated.connect(lambda _i: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class CoordinatorView(QWidget):
    """Every workshop in the file at once. The filters (organisation, period, status, origin)
    choose the workshops for every tab. The register's status and follow-up note are edited in
    place: each edit is saved at once through the workshop service and is a step on
    ``undo_stack``. ``saved`` carries the time of each stored edit, ``failed`` a sentence when
    one could not be stored, and ``open_requested`` a workshop to open."""

    saved = Signal(datetime)
    failed = Signal(str)
    open_requested = Signal(UUID)
    loaded = Signal()

    def __init__(
        self,
        coordinator: CoordinatorService,
        workshops: WorkshopService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CoordinatorView()
        self.ui.setupUi(self)
        self._coordinator = coordinator
        self._workshops = workshops
        self._overview: CoordinatorOverview | None = None
        self._chosen: frozenset[UUID] = frozenset()
        self._loads = 0
        self.wait_for_file: Callable[[HallbarError, float], bool] | None = None
        # A refused undo or redo leaves the stack where it was, as in the workshop window, so
        # Ctrl+Z tries the same step again instead of skipping past it.
        self.undo_stack = TransactionalUndoStack(self._replay, self)
        self._replayed: list[bool] = []
        self._moving_back = False

        heading = QFont(self.ui.heading_label.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.6)
        heading.setBold(True)
        self.ui.heading_label.setFont(heading)
        for label in (self.ui.types_heading_label, self.ui.critical_heading_label):
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        # Where the filters leave no room for the counts (a larger text size, English), the
        # counts go on a line of their own below them.
        counts_row = QHBoxLayout()
        rows = self.ui.coordinator_layout
        rows.insertLayout(rows.indexOf(self.ui.filter_row) + 1, counts_row)
        self.counts_folding = FoldingRow(
            self, self.ui.filter_row, counts_row, (self.ui.counts_label,)
        )

        self.workshop_model = WorkshopLibraryTableModel(self)
        self.workshop_proxy = WorkshopFilterProxy(self)
        self.workshop_proxy.setSourceModel(self.workshop_model)
        self._set_up_table(self.ui.workshop_table, self.workshop_proxy, stretch=0)
        self.ui.workshop_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.ui.workshop_table.activated.connect(self._open_workshop_at)

        self.action_model = ActionRegisterModel(parent=self)
        self.action_proxy = ActionRegisterProxy(self)
        self.action_proxy.setSourceModel(self.action_model)
        self._set_up_table(
            self.ui.action_table, self.action_proxy, stretch=TITLE, capped=(WORKSHOP,)
        )
        self.ui.action_table.setItemDelegateForColumn(STATUS, _StatusDelegate(self))
        # The note is read whole in its tooltip; its column keeps room for the titles.
        header = self.ui.action_table.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        # Never narrower than its title, which the header writes in bold for the current column.
        bold = QFont(header.font())
        bold.setBold(True)
        title = str(self.action_model.headerData(NOTE, Qt.Orientation.Horizontal))
        header.resizeSection(
            NOTE,
            max(
                22 * self.fontMetrics().averageCharWidth(),
                QFontMetrics(bold).horizontalAdvance(title)
                + 4 * self.fontMetrics().averageCharWidth(),
            ),
        )
        self.ui.action_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.action_model.edit_requested.connect(self._edit_action)
        # F2 is also Qt's own edit key in a table; bound here so the key map names it, and so
        # it reaches the status from anywhere in the row.
        key_map.bind(
            key_map.EDIT_IN_REGISTER,
            self.ui.action_table,
            self.edit_current_action,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.type_model = DependencyTypeModel(self)
        type_proxy = SwedishSortProxy(self)
        type_proxy.setSourceModel(self.type_model)
        self._set_up_table(self.ui.types_table, type_proxy, stretch=0)
        self.ui.types_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # most frequent first
        self.critical_model = CriticalDependencyModel(self)
        critical_proxy = SwedishSortProxy(self)
        critical_proxy.setSourceModel(self.critical_model)
        self._set_up_table(
            self.ui.critical_table,
            critical_proxy,
            stretch=ACTION_TITLES,
            capped=(WORKSHOP_TITLE,),
        )
        # The titles of the dependency and its actions share what is left; both are whole in
        # their tooltips.
        header = self.ui.critical_table.horizontalHeader()
        header.setSectionResizeMode(DEPENDENCY_TITLE, QHeaderView.ResizeMode.Stretch)
        self.ui.critical_table.sortByColumn(5, Qt.SortOrder.AscendingOrder)

        fill_workshop_filters(self.ui.period_filter, self.ui.status_filter)
        for combo, name in (
            (self.ui.organisation_filter, "organisation"),
            (self.ui.period_filter, "period"),
            (self.ui.status_filter, "status"),
            (self.ui.origin_filter, "origin"),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, combo=combo, name=name: self._filter(**{name: combo.currentData()})
            )
        self.ui.action_search_edit.textChanged.connect(
            lambda text: self.action_proxy.set_filters(text=text)
        )
        self.ui.overdue_only_check.toggled.connect(
            lambda on: self.action_proxy.set_filters(overdue_only=on)
        )
        self.ui.dimension_combo.currentIndexChanged.connect(lambda _i: self._show_chart())
        self.ui.reload_button.clicked.connect(self.reload)
        self._show_busy(True)

    def _set_up_table(
        self,
        table: QTableView,
        proxy: QSortFilterProxyModel,
        stretch: int,
        capped: tuple[int, ...] = (),
    ) -> None:
        """``capped`` columns (a workshop's title) get a fixed share and show the rest in their
        tooltip, so one long title does not leave the action's own title a dozen letters."""
        table.setModel(proxy)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        for column in range(proxy.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in capped:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, CAPPED_CHARACTERS * self.fontMetrics().averageCharWidth())
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every workshop again on a pool thread; the view says it is reading meanwhile.
        Only the newest reading is shown."""
        self._loads += 1
        load = self._loads
        self._show_busy(True)
        job = BackgroundJob(self._coordinator.overview, self)

        def done(overview: object) -> None:
            if load == self._loads:
                self.show_overview(overview)  # type: ignore[arg-type]

        def refused(error: HallbarError) -> None:
            if load == self._loads:
                self._show_busy(False)
                self.ui.busy_label.setText(
                    self.tr("Workshopparna kunde inte läsas: {0}").format(error_text(error))
                )
                self.ui.busy_label.show()

        def crashed(error: BaseException) -> None:
            self._show_busy(False)
            sys.excepthook(type(error), error, error.__traceback__)

        job.succeeded.connect(done)
        job.refused.connect(refused)
        job.crashed.connect(crashed)
        job.start()

    def _show_busy(self, busy: bool) -> None:
        self.ui.busy_label.setText(self.tr("Läser workshopparna…"))
        self.ui.busy_label.setVisible(busy)
        self.ui.busy_bar.setVisible(busy)
        self.ui.reload_button.setEnabled(not busy)

    def show_overview(self, overview: CoordinatorOverview) -> None:
        """Show ``overview``, keeping the filters where they still apply."""
        self._overview = overview
        self.workshop_proxy.today = overview.today
        self.workshop_model.set_overviews(overview.overviews)
        self.action_model.set_actions(overview.actions, overview.today)
        self._fill_organisations()
        self._fill_origins()
        self._fill_dimensions()
        self._show_busy(False)
        self._filter()
        self.loaded.emit()

    def _fill_organisations(self) -> None:
        assert self._overview is not None
        names = {o.workshop.organisation for o in self._overview.overviews}
        self._refill(
            self.ui.organisation_filter,
            [(self.tr("Alla organisationer"), None)]
            + [(n, n) for n in swedish_sorted((n for n in names if n), key=str)],
        )

    def _fill_origins(self) -> None:
        assert self._overview is not None
        computers = {o.origin_computer for o in self._overview.overviews if is_imported(o)}
        choices = [(self.tr("Alla ursprung"), None), (self.tr("Den här datorn"), Origin.HERE)]
        choices += [
            (self.workshop_model.computer_name(c), Origin.COMPUTER + c)
            for c in swedish_sorted(computers, key=str)
        ]
        choices.append((self.tr("Med konflikter"), Origin.CONFLICTS))
        self._refill(self.ui.origin_filter, choices)
        shown = bool(computers) or any(o.conflicts for o in self._overview.overviews)
        self.ui.workshop_table.setColumnHidden(ORIGIN_COLUMN, not shown)

    def _fill_dimensions(self) -> None:
        assert self._overview is not None
        self._refill(
            self.ui.dimension_combo,
            [
                (self.tr("{0} {1}").format(d.code, d.label), d.code)
                for d in readiness_dimensions(self._overview.summaries)
            ],
        )

    @staticmethod
    def _refill(combo: QComboBox, choices: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    # --- filters ---------------------------------------------------------------------------

    def _filter(self, **changed: object) -> None:
        ui = self.ui
        self.workshop_proxy.set_filters(
            organisation=ui.organisation_filter.currentData(),
            period=ui.period_filter.currentData() or Period.ALL,
            status=ui.status_filter.currentData(),
            origin=ui.origin_filter.currentData(),
        )
        self._chosen = frozenset(
            self.workshop_proxy.index(row, 0).data(OVERVIEW_ROLE).workshop.id
            for row in range(self.workshop_proxy.rowCount())
        )
        self.action_proxy.set_filters(workshops=self._chosen)
        self._show_chart()
        self._show_dependencies()
        self._show_counts()

    def chosen_workshops(self) -> frozenset[UUID]:
        """The ids of the workshops the filters let through."""
        return self._chosen

    def _show_chart(self) -> None:
        if self._overview is None:
            return
        code = self.ui.dimension_combo.currentData()
        summaries = self._overview.chosen(self._chosen)
        self.ui.readiness_chart.set_series(
            readiness_series(summaries, code) if code else (),
            self.ui.dimension_combo.currentText(),
        )

    def _show_dependencies(self) -> None:
        if self._overview is None:
            return
        summaries = self._overview.chosen(self._chosen)
        self.type_model.set_counts(dependency_types(summaries))
        self.critical_model.set_dependencies(critical_open_dependencies(summaries))

    def _show_counts(self) -> None:
        actions = [
            self.action_model.register_action(row)
            for row in range(self.action_model.rowCount())
            if self.action_model.register_action(row).workshop.id in self._chosen
        ]
        self.ui.counts_label.setText(
            self.tr("Workshoppar: {0} · åtgärder: {1} · försenade: {2}").format(
                len(self._chosen), len(actions), sum(1 for a in actions if a.overdue)
            )
        )

    # --- the register's edits ----------------------------------------------------------------

    def _edit_action(self, shown: RegisterAction, wanted: Action) -> None:
        if wanted.status != shown.action.status:
            text = self.tr("Ändra status på åtgärd")
        else:
            text = self.tr("Ändra uppföljning av åtgärd")
        self.save_action(shown.workshop.id, shown.action, wanted, text)

    def save_action(self, workshop_id: UUID, before: Action, after: Action, text: str) -> None:
        """Store the fields ``after`` changes from ``before`` at once, as one undoable step.
        Only those fields are written (and undone), so a change made meanwhile elsewhere to
        another field is kept, and a clash in one of them is refused and said."""
        fields = changed_fields(before, after)
        edited = with_fields_of(before, after, fields)
        service = self._workshops

        def do() -> Action:
            return service.save_action(workshop_id, edited, before)

        def undo() -> Action:
            return service.save_action(workshop_id, before, edited)

        if not self._run(do):
            return
        self.undo_stack.push(ServiceCommand(text, do, undo, self._run_replayed))

    def _run_replayed(self, call: Callable[[], object]) -> None:
        if self._moving_back:
            return  # the stack is only put back where it was; nothing is written
        self._replayed.append(self._run(call))

    def _replay(self, step: Callable[[], None], back: Callable[[], None]) -> None:
        """One undo or redo; when its write was refused the stack moves back without running
        anything (the refusal wrote nothing), so the same step can be tried again."""
        self._replayed = []
        step()
        if all(self._replayed):
            return
        self._moving_back = True
        try:
            back()
        finally:
            self._moving_back = False

    def _run(self, call: Callable[[], object]) -> bool:
        """Store by ``call`` and show the action as stored; a refusal is said and the view
        shows what the file holds. True when stored."""
        try:
            stored = self._write(call)
        except HallbarError as error:
            self.failed.emit(error_text(error))
            if isinstance(error, ConflictError | NotFoundError):
                self.reload()  # someone else changed it: show what is stored now
            return False
        assert isinstance(stored, Action)
        self.action_model.replace_action(stored)
        self._show_counts()
        self.saved.emit(datetime.now())
        return True

    def _write(self, call: Callable[[], R]) -> R:
        try:
            return write_with_waiting(self._workshops, call, self.wait_for_file)
        finally:
            finish = getattr(self.wait_for_file, "finish", None)
            if finish is not None:
                finish()

    # --- keys ----------------------------------------------------------------------------

    def edit_current_action(self) -> None:
        """Edit the selected action's status, or its note when that cell is the current one."""
        table = self.ui.action_table
        current = table.currentIndex()
        if not current.isValid():
            return
        column = current.column() if current.column() in (STATUS, NOTE) else STATUS
        index = current.siblingAtColumn(column)
        table.setCurrentIndex(index)
        table.edit(index)

    def focus_first(self) -> None:
        """Keyboard focus to the first filter, where Tab starts its way through the view."""
        self.ui.organisation_filter.setFocus()

    def _open_workshop_at(self, index: QModelIndex) -> None:
        overview = index.data(OVERVIEW_ROLE)
        if overview is not None:
            self.open_requested.emit(overview.workshop.id)
