"""The main window: the workshop library, or one open workshop, with menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from hallbar_desktop.domain.errors import ConflictError, HallbarError
from hallbar_desktop.ui.application_setup import LANGUAGES, set_language
from hallbar_desktop.ui.dialogs.file_wait import FileWait
from hallbar_desktop.ui.error_words import error_text
from hallbar_desktop.ui.generated.ui_main_window import Ui_MainWindow
from hallbar_desktop.ui.ui_settings import SYSTEM_THEME, TEXT_SIZES, THEME_CHOICES, UiSettings
from hallbar_desktop.ui.waiting_write import write_with_waiting
from hallbar_desktop.ui.widgets.view_tab_bar import ViewTabBar

if TYPE_CHECKING:
    from hallbar_desktop.domain.backup import Backup, RestoreResult
    from hallbar_desktop.domain.data_problems import DataProblem
    from hallbar_desktop.domain.package import ConflictDetails, ImportSummary
    from hallbar_desktop.services.backup_service import BackupService
    from hallbar_desktop.services.coordinator_service import CoordinatorService
    from hallbar_desktop.services.export_service import ExportService
    from hallbar_desktop.services.import_service import ImportService
    from hallbar_desktop.services.package_service import PackageService
    from hallbar_desktop.services.processing_record_service import ProcessingRecordService
    from hallbar_desktop.services.retention_service import RetentionService
    from hallbar_desktop.services.workshop_service import WorkshopService
    from hallbar_desktop.ui.coordinator_view import CoordinatorView
    from hallbar_desktop.ui.dialogs.export_dialog import ExportDialog
    from hallbar_desktop.ui.dialogs.import_packages import ImportConflictsDialog, ImportWorkshops
    from hallbar_desktop.ui.dialogs.processing_record_dialog import SaveProcessingRecord
    from hallbar_desktop.ui.dialogs.share_workshop import ShareWorkshop
    from hallbar_desktop.ui.open_handbook import OpenHandbook
    from hallbar_desktop.ui.open_workshop import OpenWorkshop
    from hallbar_desktop.ui.workshop_timers import TimerMemory
    from hallbar_desktop.ui.workshop_view import WorkshopView

# The window shell imports only Qt and its own form, so that it appears at once; the library,
# the domain and the database layer load right after it is on screen (see attach()).


class MainWindow(QMainWindow):
    # A backup the user chose and confirmed; the composition root closes the services, restores
    # it and attaches the window again, since only it owns the open database.
    restore_requested = Signal(object)
    # The window made anew in another language, which takes this one's place.
    replaced = Signal(object)
    # Another user committed a change to the shared database (emitted on a listener's thread).
    others_changed = Signal()
    # Arkiv › Öppna databas…: the place chosen (a Path or a ServerAddress) and the password
    # typed for a server (None: none typed). The composition root opens it and attaches the
    # window to it, or says why it could not (database_refused); the password goes nowhere else.
    database_requested = Signal(object, object)

    def __init__(
        self,
        service: WorkshopService | None,
        exports: ExportService | None,
        settings: UiSettings,
        database_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """A window on ``service``; with None, a shell that says it is opening the database
        until attach() hands it the services."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self.workshop: OpenWorkshop | None = None
        self.workshop_view: WorkshopView | None = None
        # Step timers go on while their workshop is closed, for as long as the app runs.
        self.timer_memory: TimerMemory | None = None
        self.export_dialog: ExportDialog | None = None
        self.restore_dialog: QDialog | None = None
        self._backups: BackupService | None = None
        self._retention: RetentionService | None = None
        self._stop_watching: Callable[[], None] = _not_watching
        self.others_changed.connect(self._show_others_changes)

        self.file_wait = FileWait(self)
        self.saved_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.ui.status_bar.addWidget(self.counts_label, 1)
        self.ui.status_bar.addPermanentWidget(self.saved_label)
        self.loading_label = QLabel(self.tr("Öppnar databasen…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.view_stack.addWidget(self.loading_label)

        # Made here and owned by the window: the wrappers QMenu.addAction(text) returns were
        # invalidated when a workshop was closed with Ctrl+O (the actions lived on in the
        # menu), and opening one again crashed in _update_undo_actions.
        self.undo_action = QAction(self.tr("&Ångra"), self)
        self.redo_action = QAction(self.tr("&Gör om"), self)
        self.ui.edit_menu.addAction(self.undo_action)
        self.ui.edit_menu.addAction(self.redo_action)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)

        self.ui.open_library_action.triggered.connect(lambda: self.show_library())
        self.ui.export_action.triggered.connect(self.export)
        self.ui.restore_action.triggered.connect(self.restore_from_backup)
        self.database_settings_action = QAction(self.tr("Inställningar &för databasen…"), self)
        self.database_settings_action.setToolTip(
            self.tr("Var säkerhetskopiorna sparas och hur länge personuppgifterna sparas")
        )
        self.database_settings_action.triggered.connect(self.show_database_settings)
        self.ui.file_menu.insertAction(self.ui.restore_action, self.database_settings_action)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.next_step_action.triggered.connect(lambda: self._on_view("next_step"))
        self.ui.previous_step_action.triggered.connect(lambda: self._on_view("previous_step"))
        self.ui.timer_action.triggered.connect(lambda: self._on_view("toggle_timer"))
        self.timer_sound_action = QAction(self.tr("&Ljudsignal när tiden är slut"), self)
        self.timer_sound_action.setCheckable(True)
        self.timer_sound_action.setChecked(settings.timer_sound())
        self.timer_sound_action.toggled.connect(settings.set_timer_sound)
        self.ui.workshop_menu.insertAction(self.ui.toggle_guidance_action, self.timer_sound_action)
        self.audit_action = QAction(self.tr("&Ändringslogg…"), self)
        self.audit_action.setToolTip(
            self.tr("Vad som har ändrats i workshoppen sedan den markerades som genomförd.")
        )
        self.audit_action.triggered.connect(self.show_audit_log)
        self.ui.workshop_menu.addSeparator()
        self.ui.workshop_menu.addAction(self.audit_action)
        self.ui.workshop_menu.aboutToShow.connect(
            lambda: self.audit_action.setEnabled(self.workshop is not None)
        )
        self.ui.toggle_guidance_action.setChecked(settings.guidance_visible())
        self.ui.toggle_guidance_action.toggled.connect(self._toggle_guidance)
        self.ui.about_action.triggered.connect(self._about)
        self.key_map_action = QAction(self.tr("&Kortkommandon"), self)
        self.key_map_action.triggered.connect(self.show_key_map)
        self.ui.help_menu.insertAction(self.ui.about_action, self.key_map_action)
        self.handbook_action = QAction(self.tr("&Handledning för processledare (PDF)"), self)
        self.handbook_action.setToolTip(
            self.tr(
                "Metoden och alla steg samlade i en PDF att läsa före workshoppen och skriva ut"
            )
        )
        self.handbook_action.triggered.connect(self.open_handbook)
        self.ui.help_menu.insertAction(self.key_map_action, self.handbook_action)
        self.handbook: OpenHandbook | None = None
        self.share_action = QAction(self.tr("&Dela workshop…"), self)
        self.share_action.setToolTip(
            self.tr("Sparar workshoppen som en fil som en samordnare kan läsa in.")
        )
        self.share_action.setEnabled(False)
        self.share_action.triggered.connect(self.share_workshop)
        self.ui.file_menu.insertAction(self.ui.quit_action, self.share_action)
        self.sharing: ShareWorkshop | None = None
        self.open_database_action = QAction(self.tr("Öppna &databas…"), self)
        self.open_database_action.setToolTip(
            self.tr("Byter till en annan databasfil eller en gemensam databas på en server.")
        )
        self.open_database_action.triggered.connect(self.open_database)
        self.ui.file_menu.insertAction(self.share_action, self.open_database_action)
        self.ui.file_menu.insertSeparator(self.share_action)
        # The place last tried in Öppna databas… that could not be opened, to try again.
        self._database_tried = ""
        self.import_action = QAction(self.tr("&Importera workshoppar…"), self)
        self.import_action.setToolTip(
            self.tr("Läser in workshoppar från paket (.hallbar) som processledare har delat.")
        )
        self.import_action.setEnabled(False)
        self.import_action.triggered.connect(lambda: self.import_workshops())
        self.ui.file_menu.insertAction(self.ui.quit_action, self.import_action)
        self.importing: ImportWorkshops | None = None
        self.conflicts_action = QAction(self.tr("&Konflikter från import…"), self)
        self.conflicts_action.setEnabled(False)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.ui.file_menu.insertAction(self.ui.quit_action, self.conflicts_action)
        self.conflicts_dialog: ImportConflictsDialog | None = None
        self.problems_action = QAction(self.tr("&Problem i databasen…"), self)
        self.problems_action.setEnabled(False)
        self.problems_action.triggered.connect(self.show_data_problems)
        self.ui.file_menu.insertAction(self.ui.quit_action, self.problems_action)
        self.record_action = QAction(self.tr("Re&gisterförteckning för dataskyddsombudet…"), self)
        self.record_action.setToolTip(
            self.tr(
                "Sparar en förteckning över personuppgifterna i databasen som PDF eller Excel: "
                "vilka och hur många, hur länge de sparas, var de finns och vem som kommer åt dem."
            )
        )
        self.record_action.setEnabled(False)
        self.record_action.triggered.connect(self.save_processing_record)
        self.ui.file_menu.insertAction(self.ui.quit_action, self.record_action)
        self.record_saving: SaveProcessingRecord | None = None
        self.ui.file_menu.insertSeparator(self.ui.quit_action)
        # Named in both languages, so that someone who reads only one of them finds it.
        self.language_menu = QMenu("Språk / &Language", self)
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_actions)
            action.setCheckable(True)
            action.setChecked(code == settings.language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_menu.addAction(action)
        self.ui.file_menu.insertMenu(self.ui.quit_action, self.language_menu)
        self._add_look_menus(settings)
        self.ui.file_menu.insertSeparator(self.ui.quit_action)
        # The organisation's own templates for new workshops, beside Ny workshop.
        self.templates_action = QAction(self.tr("&Mallar för skattningen…"), self)
        self.templates_action.triggered.connect(self.edit_templates)
        menu = self.ui.file_menu.actions()
        after = menu[menu.index(self.ui.open_library_action) + 1]
        self.ui.file_menu.insertAction(after, self.templates_action)
        # The library and the coordinator's overview side by side: a tab each, and Ctrl+1/2.
        self.coordinator: CoordinatorService | None = None
        self.coordinator_view: CoordinatorView | None = None
        self.library_view_action = QAction(self.tr("&Biblioteket"), self)
        self.library_view_action.setShortcut(QKeySequence("Ctrl+1"))
        self.library_view_action.triggered.connect(lambda: self.show_library())
        self.coordinator_action = QAction(self.tr("Översikt för &samordnare"), self)
        self.coordinator_action.setShortcut(QKeySequence("Ctrl+2"))
        self.coordinator_action.setToolTip(
            self.tr("Alla workshoppars åtgärder, beredskap över tid och beroenden på en gång")
        )
        self.coordinator_action.triggered.connect(self.show_coordinator)
        self.ui.file_menu.insertActions(after, [self.library_view_action, self.coordinator_action])
        self.view_tabs = ViewTabBar(self)
        self.view_tabs.setAccessibleName(self.tr("Vy"))
        self.view_tabs.addTab(self.tr("Bibliotek (Ctrl+1)"))
        self.view_tabs.addTab(self.tr("Översikt för samordnare (Ctrl+2)"))
        self.view_tabs.setExpanding(False)
        self.view_tabs.hide()
        self.view_tabs.currentChanged.connect(self._view_tab_chosen)
        self.ui.central_layout.insertWidget(0, self.view_tabs)
        for action in self._needs_services():
            action.setEnabled(False)

        geometry = settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if service is not None and exports is not None:
            self.attach(service, exports, database_label)

    def _needs_services(self) -> tuple[QAction, ...]:
        ui = self.ui
        return (
            ui.new_workshop_action,
            ui.open_library_action,
            ui.export_action,
            ui.restore_action,
            self.database_settings_action,
            ui.next_step_action,
            ui.previous_step_action,
            ui.timer_action,
            self.import_action,
            self.conflicts_action,
            self.record_action,
            self.templates_action,
            self.library_view_action,
            self.coordinator_action,
            self.handbook_action,
            self.language_menu.menuAction(),
        )

    def attach(
        self,
        service: WorkshopService,
        exports: ExportService,
        database_label: str,
        backups: BackupService | None = None,
        packages: PackageService | None = None,
        imports: ImportService | None = None,
        coordinator: CoordinatorService | None = None,
        retention: RetentionService | None = None,
        records: ProcessingRecordService | None = None,
    ) -> None:
        """Give the window its services: the library is built and shown."""
        from hallbar_desktop.ui.dialogs.import_packages import ImportWorkshops
        from hallbar_desktop.ui.dialogs.share_workshop import ShareWorkshop
        from hallbar_desktop.ui.library_view import LibraryView

        self._service = service
        self._exports = exports
        self._database_label = database_label
        self._backups = backups
        self._retention = retention
        self.database_settings_action.setEnabled(retention is not None)
        self._packages = packages
        self.ui.restore_action.setEnabled(backups is not None)
        self.sharing = None if packages is None else ShareWorkshop(packages, self._settings, self)
        if self.sharing is not None:
            self.sharing.shared.connect(self._shared)
            self.sharing.refused.connect(
                lambda message: self._inform(
                    QMessageBox.Icon.Warning, self.tr("Workshoppen kunde inte delas"), message
                )
            )
        self.share_action.setEnabled(self.sharing is not None)
        self._imports = imports
        self.importing = None if imports is None else ImportWorkshops(imports, self._settings, self)
        if self.importing is not None:
            self.importing.imported.connect(self._imported)
            self.importing.refused.connect(
                lambda message: self._inform(
                    QMessageBox.Icon.Warning, self.tr("Paketen kunde inte importeras"), message
                )
            )
        self.import_action.setEnabled(imports is not None)
        self._records = records
        self.record_saving = None
        if records is not None:
            from hallbar_desktop.ui.dialogs.processing_record_dialog import SaveProcessingRecord

            self.record_saving = SaveProcessingRecord(records, self._settings, self)
            self.record_saving.saved.connect(self._record_saved)
            self.record_saving.refused.connect(
                lambda message: self._inform(
                    QMessageBox.Icon.Warning,
                    self.tr("Registerförteckningen kunde inte sparas"),
                    message,
                )
            )
        self.record_action.setEnabled(records is not None)
        self.conflicts_action.setEnabled(imports is not None)
        self.library = LibraryView(service, self._settings, self, retention=retention)
        self.ui.view_stack.addWidget(self.library)
        self.library.open_requested.connect(self.open_workshop)
        self.library.demo_requested.connect(self.open_demo)
        self.library.export_requested.connect(self.export)
        self.library.problems_requested.connect(self.show_data_problems)
        self.library.unreadable.connect(self._library_unreadable)
        self.library.packages_dropped.connect(self.import_workshops)
        self.library.import_requested.connect(lambda: self.import_workshops())
        self.library.wait_for_file = self.file_wait
        self.problems_action.setEnabled(True)
        self.ui.new_workshop_action.triggered.connect(self.library.new_workshop)
        for action in (
            self.ui.new_workshop_action,
            self.ui.open_library_action,
            self.ui.export_action,
            self.templates_action,
            self.library_view_action,
            self.handbook_action,
            self.language_menu.menuAction(),
        ):
            action.setEnabled(True)
        self.coordinator = coordinator
        self.coordinator_action.setEnabled(coordinator is not None)
        self.view_tabs.setTabEnabled(1, coordinator is not None)

        # Page modules load one per idle moment after start, each too short to be felt.
        self._page_loader = QTimer(self)
        self._page_loader.setInterval(0)
        self._page_loader.timeout.connect(self._import_one_more_page)
        self._page_loader.start()
        self.show_library(reload=False)  # the new library has just listed the workshops
        self._stop_watching = service.watch_changes(self.others_changed.emit)

    def _show_others_changes(self) -> None:
        """What another user changed in the shared database, shown within seconds: the open
        workshop read again, or the library. Not while the user types in a field (reading
        again would put the stored text back over what is being typed): once it is left."""
        focused = self.focusWidget()
        if self.isActiveWindow() and focused is not None and hasattr(focused, "commit"):
            QTimer.singleShot(1000, self._show_others_changes)
            return
        try:
            if self.workshop is not None:
                self.workshop.refresh()
            elif hasattr(self, "library"):
                self.library.reload()
        except HallbarError:
            pass  # the server is away: the next edit says so, and the listener tries again

    def open_database(self) -> None:
        """Arkiv › Öppna databas…: a file or a server; a server's password is asked for next."""
        from hallbar_desktop.ui.dialogs.open_database_dialog import OpenDatabaseDialog

        dialog = OpenDatabaseDialog(self._settings, getattr(self, "_database_label", ""), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self._database_tried:
            dialog.fill_from(self._database_tried)
        dialog.accepted.connect(lambda: self._database_chosen(dialog.chosen))
        self.open_database_dialog = dialog
        dialog.open()

    def _database_chosen(self, chosen: object) -> None:
        from hallbar_desktop.domain.database_address import ServerAddress

        self._database_tried = str(chosen)
        if not isinstance(chosen, ServerAddress):
            self.database_requested.emit(chosen, None)
            return
        prompt = QInputDialog(self)
        prompt.setWindowTitle(self.tr("Lösenord till databasservern"))
        prompt.setLabelText(
            self.tr(
                "Lösenord för {0} till databasen {1} på {2}. Programmet sparar det inte. Lämna "
                "fältet tomt om servern inte kräver lösenord eller om det står i din pgpass-fil."
            ).format(chosen.user, chosen.database, chosen.host)
        )
        prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
        for label in prompt.findChildren(QLabel):
            label.setWordWrap(True)
        prompt.setMinimumWidth(480)
        prompt.setOkButtonText(self.tr("Öppna"))
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.textValueSelected.connect(
            lambda password: self.database_requested.emit(chosen, password or None)
        )
        self.password_prompt = prompt
        prompt.open()

    def database_opening(self, place: str) -> None:
        self.ui.status_bar.showMessage(self.tr("Öppnar {0}…").format(place))

    def database_refused(self, text: str) -> None:
        """The database chosen in Öppna databas… could not be opened: the window stays on the
        one it has, and the next Öppna databas… starts from the one tried."""
        self.ui.status_bar.clearMessage()
        self._inform(QMessageBox.Icon.Warning, self.tr("Databasen kunde inte öppnas"), text)

    def database_opened(self) -> None:
        self.ui.status_bar.clearMessage()
        self._database_tried = ""

    def _stop_watching_changes(self) -> None:
        stop, self._stop_watching = self._stop_watching, _not_watching
        stop()

    def detach(self) -> None:
        """Let go of the services (before the database file is replaced): back to the shell
        that says it is opening the database, until attach() is called again."""
        self._stop_watching_changes()
        self._close_workshop()
        if hasattr(self, "library"):
            self.ui.new_workshop_action.triggered.disconnect(self.library.new_workshop)
            self.ui.view_stack.removeWidget(self.library)
            self.library.deleteLater()
            del self.library
        if self.coordinator_view is not None:
            self.ui.view_stack.removeWidget(self.coordinator_view)
            self.coordinator_view.deleteLater()
            self.coordinator_view = None
        self.coordinator = None
        self.view_tabs.hide()
        self._page_loader.stop()
        self.ui.view_stack.setCurrentWidget(self.loading_label)
        for action in self._needs_services():
            action.setEnabled(False)
        self._update_undo_actions()

    def edit_templates(self) -> None:
        """Arkiv > Mallar för skattningen…: edit a copy of a template, save it as our own."""
        from hallbar_desktop.ui.dialogs.template_editor_dialog import TemplateEditorDialog

        self.template_editor = TemplateEditorDialog(self._service.templates, self._settings, self)
        self.template_editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.template_editor.saved_template.connect(
            lambda saved: self.ui.status_bar.showMessage(
                self.tr(
                    "Mallen ”{0}” version {1} är sparad. Välj den när du skapar en ny workshop."
                ).format(saved.name, saved.version),
                15_000,
            )
        )
        self.template_editor.open()

    def show_data_problems(self) -> None:
        """Problem i databasen, read anew; a chosen one opens its workshop on the step where the
        field is edited."""
        from hallbar_desktop.ui.dialogs.data_problems_dialog import DataProblemsDialog

        self._commit_focused_field()
        try:
            problems = self._service.data_problems()
        except HallbarError as error:
            self._inform(
                QMessageBox.Icon.Warning, self.tr("Problemen kunde inte läsas"), error_text(error)
            )
            return
        dialog = DataProblemsDialog(problems, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self._open_at_problem)
        dialog.keep_requested.connect(self._keep_stand_in)
        self.data_problems_dialog = dialog
        dialog.open()

    def show_audit_log(self) -> None:
        """Workshop › Ändringslogg…: the open workshop's changes after its day, read anew."""
        from hallbar_desktop.ui.dialogs.audit_log_dialog import AuditLogDialog

        if self.workshop is None:
            return
        self._commit_focused_field()  # a change being typed is logged before the list is read
        try:
            log = self._service.audit_log(self.workshop.workshop_id)
        except HallbarError as error:
            self._inform(
                QMessageBox.Icon.Warning,
                self.tr("Ändringsloggen kunde inte läsas"),
                error_text(error),
            )
            return
        dialog = AuditLogDialog(log, self.workshop.contents, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_log_dialog = dialog
        dialog.open()

    def share_workshop(self) -> None:
        """Dela workshop…: the open workshop, or the one chosen in the library."""
        if self.sharing is None:
            return
        if self.workshop is not None:
            self._commit_focused_field()  # the package holds what is on screen
            workshop = self.workshop.contents.workshop
        else:
            selected = self.library.selected_overview()
            if selected is None:
                self._inform(
                    QMessageBox.Icon.Information,
                    self.tr("Dela workshop"),
                    self.tr("Välj först den workshop du vill dela i listan."),
                )
                return
            workshop = selected.workshop
        self.sharing.share(workshop)

    def save_processing_record(self) -> None:
        """Arkiv › Registerförteckning för dataskyddsombudet…: asks where, then writes it."""
        if self.record_saving is not None and not self.record_saving.busy:
            self.record_saving.save()

    def _record_saved(self, target: Path) -> None:
        self.ui.status_bar.showMessage(
            self.tr("Registerförteckningen är sparad i {0}").format(target), 15_000
        )

    def _shared(self, target: Path) -> None:
        self.ui.status_bar.showMessage(
            self.tr("Workshoppen är sparad i {0}").format(target), 15_000
        )
        self._inform(
            QMessageBox.Icon.Information,
            self.tr("Workshoppen är delad"),
            self.tr(
                "Workshoppen är sparad i {0}. Filen kan skickas till den som samordnar "
                "workshopparna."
            ).format(target),
        )

    def import_workshops(self, files: list[Path] | None = None) -> None:
        """Importera workshoppar…: the files chosen in a dialog, or ``files`` dropped on the
        library. The library is shown first, since an import may change an open workshop."""
        if self.importing is None or self.importing.busy:
            return
        if self.workshop is not None:
            self._commit_focused_field()
            self.show_library()
        if files:
            self.importing.import_files(files)
        else:
            self.importing.choose()

    def _imported(self, summary: ImportSummary) -> None:
        from hallbar_desktop.domain.package import NEW, UPDATED

        self.library.reload()
        if not summary.written:
            text = self.tr("Allt i paketen fanns redan i databasen. Ingenting ändrades.")
        else:
            text = self.tr(
                "Importen är klar. Nya workshoppar: {0}. Uppdaterade: {1}. Nya konflikter: {2}."
            ).format(summary.count(NEW), summary.count(UPDATED), summary.conflicts)
        self.ui.status_bar.showMessage(text, 15_000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Importen är klar"), text)
        box.setParent(self, box.windowFlags())
        if summary.backup is not None:
            # The folder in the details, where it can be copied whole (a wrapped path cannot).
            box.setInformativeText(
                self.tr("Databasen säkerhetskopierades först till {0}.").format(summary.backup.name)
            )
            box.setDetailedText(str(summary.backup))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addButton(QMessageBox.StandardButton.Ok)
        if summary.conflicts:
            show = box.addButton(self.tr("&Visa konflikter"), QMessageBox.ButtonRole.ActionRole)
            show.clicked.connect(self.show_conflicts)
            box.setDefaultButton(show)  # the next thing to do is to choose
        self.message_box = box
        box.open()

    def show_conflicts(self) -> None:
        """Konflikter från import: every conflict still to choose, read anew."""
        from hallbar_desktop.ui.dialogs.import_packages import ImportConflictsDialog

        if self._imports is None:
            return
        self._commit_focused_field()
        try:
            conflicts = self._imports.conflicts()
        except HallbarError as error:
            self._inform(
                QMessageBox.Icon.Warning,
                self.tr("Konflikterna kunde inte läsas"),
                error_text(error),
            )
            return
        dialog = ImportConflictsDialog(conflicts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.choice_made.connect(self._resolve_conflict)
        dialog.finished.connect(lambda _result: setattr(self, "conflicts_dialog", None))
        self.conflicts_dialog = dialog
        dialog.open()

    def _resolve_conflict(self, details: ConflictDetails, take_theirs: bool) -> None:
        from hallbar_desktop.domain.package_merge import RecordRef, record_title

        imports = self._imports
        if imports is None:
            return
        conflict = details.conflict
        try:
            write_with_waiting(
                self._service,
                lambda: imports.resolve(conflict, take_theirs=take_theirs),
                self.file_wait,
            )
            left = imports.conflicts()
        except HallbarError as error:
            if not self.file_wait.gave_up:
                self._inform(
                    QMessageBox.Icon.Warning, self.tr("Valet kunde inte sparas"), error_text(error)
                )
            return
        ref = RecordRef(conflict.kind, conflict.key)
        name = record_title(ref, details.here) or record_title(ref, details.theirs)
        if take_theirs:
            said = self.tr("”{0}”: versionen från paketet gäller nu.").format(name)
        else:
            said = self.tr("”{0}”: versionen här behålls.").format(name)
        said += " " + self.tr("Konflikter kvar att välja: {0}.").format(len(left))
        self.ui.status_bar.showMessage(said, 15_000)
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.set_conflicts(left, said)
        if self.workshop is not None and self.workshop.contents.workshop.id == conflict.workshop_id:
            self.open_workshop(conflict.workshop_id)  # the page shows what is now stored
        else:
            self.library.reload()

    def _library_unreadable(self, message: str) -> None:
        # The file is gone or does not answer: the list stays as it was, and says why.
        self._inform(
            QMessageBox.Icon.Warning, self.tr("Listan över workshoppar kunde inte läsas"), message
        )

    def _keep_stand_in(self, problem: DataProblem) -> None:
        """Write what the program shows in place of a value it cannot use, once the user has
        said yes to losing the stored value."""
        # Imported when first asked: the window is made before the message table is.
        from hallbar_desktop.error_messages import (
            data_field_label,
            data_problem_kept_as,
            data_problem_record,
            data_problem_value,
        )
        from hallbar_desktop.ui.application_setup import current_language

        language = current_language()
        dialog = self.data_problems_dialog
        answer = QMessageBox.question(
            dialog,
            self.tr("Använda värdet som visas?"),
            self.tr(
                "{0}, {1}: i filen står {2}. Vill du spara {3} i stället? Det som står i filen nu "
                "tas då bort."
            ).format(
                data_problem_record(problem, language),
                data_field_label(problem.field, language),
                data_problem_value(problem, language),
                data_problem_kept_as(problem, language),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            # Asked from a dialog: a busy file is refused after a brief try and said there.
            write_with_waiting(self._service, lambda: self._service.keep_stand_in(problem), None)
            problems = self._service.data_problems()
        except HallbarError as error:
            QMessageBox.warning(dialog, self.tr("Det gick inte"), error_text(error))
            return
        dialog.set_problems(problems)
        if self.workshop is not None and self.workshop.workshop_id == problem.workshop_id:
            self.workshop.refresh()
        elif self.workshop is None:
            self.library.reload()

    def _open_at_problem(self, workshop_id: UUID, step: object) -> None:
        if self.workshop is None or self.workshop.workshop_id != workshop_id:
            self.open_workshop(workshop_id)
        view = self.workshop_view
        if view is not None and step in view.steps:
            view.go_to(step)  # type: ignore[arg-type]

    def restore_from_backup(self) -> None:
        """The list of backups; a chosen and confirmed one is handed on by restore_requested."""
        if self._backups is None:
            return
        from hallbar_desktop.ui.dialogs.restore_dialog import RestoreDialog

        self._commit_focused_field()
        dialog = RestoreDialog(self._backups, self)
        self.restore_dialog = dialog

        def finished(_result: int) -> None:
            self.restore_dialog = None
            dialog.deleteLater()
            if dialog.chosen is not None:
                self.restore_requested.emit(dialog.chosen)

        dialog.finished.connect(finished)
        dialog.open()

    def show_restored(self, result: RestoreResult) -> None:
        restored: Backup = result.restored
        text = self.tr("Databasen är återställd till hur den var {0} klockan {1}.").format(
            restored.made_at.date().isoformat(), f"{restored.made_at:%H:%M}"
        )
        if result.previous_listed:
            text += " " + self.tr(
                "Databasen som den var innan finns kvar bland säkerhetskopiorna (slag: Före "
                "återställning), så du kan ångra genom att återställa den."
            )
        elif result.previous_kept_at is not None:
            # A file that could not be read as a database is kept byte for byte, unlisted.
            text += " " + self.tr(
                "Filen som den var innan gick inte att läsa som databas. Den finns kvar "
                "oförändrad som {0}."
            ).format(result.previous_kept_at)
        self.ui.status_bar.showMessage(self.tr("Databasen är återställd"), 10_000)
        self._inform(QMessageBox.Icon.Information, self.tr("Databasen är återställd"), text)

    def show_backup_problem(self, message: str) -> None:
        """Today's backup failed; the work goes on, but the user should know."""
        self._inform(QMessageBox.Icon.Warning, self.tr("Säkerhetskopian kunde inte göras"), message)

    def _inform(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()  # window-modal without a nested event loop, like the export dialog

    # --- switching views -------------------------------------------------------------------

    def show_library(self, *, reload: bool = True) -> None:
        self._close_workshop()
        if reload:
            self.library.reload()  # a file gone or unreadable is said (see _library_unreadable)
        self.ui.view_stack.setCurrentWidget(self.library)
        self._show_view_tabs(0)
        # Back in the library the keys go to the list, so Enter opens the selected workshop.
        self.library.focus_list()
        # Qt adds the program's name ("— Hållbar förändring") to the title by itself.
        self.setWindowTitle(self.tr("Workshoppar"))
        self.counts_label.setText(self.tr("Databas: {0}").format(self._database_label))
        for action in (
            self.ui.next_step_action,
            self.ui.previous_step_action,
            self.ui.timer_action,
        ):
            action.setEnabled(False)
        self._update_undo_actions()

    def show_coordinator(self) -> None:
        """Översikt för samordnare (Ctrl+2): every workshop's actions, readiness over time and
        dependencies, read anew each time it is shown (on a pool thread)."""
        if self.coordinator is None:
            return
        from hallbar_desktop.ui.coordinator_view import CoordinatorView

        self._close_workshop()
        if self.coordinator_view is None:
            view = CoordinatorView(self.coordinator, self._service, self)
            view.wait_for_file = self.file_wait
            view.saved.connect(self._show_saved)
            view.failed.connect(self._show_failure)
            view.open_requested.connect(self.open_workshop)
            view.undo_stack.indexChanged.connect(self._update_undo_actions)
            self.ui.view_stack.addWidget(view)
            self.coordinator_view = view
        self.coordinator_view.reload()
        self.ui.view_stack.setCurrentWidget(self.coordinator_view)
        self._show_view_tabs(1)
        self.coordinator_view.focus_first()
        self.setWindowTitle(self.tr("Översikt för samordnare"))
        self.counts_label.setText(self.tr("Databas: {0}").format(self._database_label))
        for action in (
            self.ui.next_step_action,
            self.ui.previous_step_action,
            self.ui.timer_action,
        ):
            action.setEnabled(False)
        self._update_undo_actions()

    def _show_view_tabs(self, index: int) -> None:
        self.view_tabs.blockSignals(True)
        self.view_tabs.setCurrentIndex(index)
        self.view_tabs.blockSignals(False)
        self.view_tabs.show()

    def _view_tab_chosen(self, index: int) -> None:
        if index == 1:
            self.show_coordinator()
        else:
            self.show_library()

    def _undo_stack(self) -> QUndoStack | None:
        """The stack Ctrl+Z works on: the open workshop's, or the overview's when shown."""
        if self.workshop is not None:
            return self.workshop.undo_stack
        view = self.coordinator_view
        if view is not None and self.ui.view_stack.currentWidget() is view:
            return view.undo_stack
        return None

    def open_workshop(self, workshop_id: UUID) -> None:
        from hallbar_desktop.ui.open_workshop import OpenWorkshop
        from hallbar_desktop.ui.workshop_timers import TimerMemory
        from hallbar_desktop.ui.workshop_view import WorkshopView

        try:
            workshop = OpenWorkshop(self._service, workshop_id, self)
        except HallbarError as error:
            QMessageBox.warning(self, self.tr("Workshoppen kunde inte öppnas"), error_text(error))
            self._settings.forget_recent_workshop(workshop_id)
            self.library.reload()
            return
        self._close_workshop()
        self.workshop = workshop
        if self.timer_memory is None:
            self.timer_memory = TimerMemory()
        self.workshop_view = WorkshopView(
            workshop, self._settings, self, timer_memory=self.timer_memory
        )
        self.workshop_view.guidance_shown.connect(self._guidance_shown)
        self.ui.view_stack.addWidget(self.workshop_view)
        self.ui.view_stack.setCurrentWidget(self.workshop_view)
        self.view_tabs.hide()
        workshop.changed.connect(self._show_counts)
        workshop.saved.connect(self._show_saved)
        workshop.failed.connect(self._show_failure)
        workshop.wait_for_file = self.file_wait
        workshop.choose_in_conflict = self.choose_in_conflict
        workshop.waiting_over.connect(self.file_wait.finish)
        workshop.not_saved.connect(self._show_not_saved)
        workshop.undo_stack.indexChanged.connect(self._update_undo_actions)
        self._settings.add_recent_workshop(workshop_id)
        self.setWindowTitle(workshop.contents.workshop.title)
        for action in (
            self.ui.next_step_action,
            self.ui.previous_step_action,
            self.ui.timer_action,
        ):
            action.setEnabled(True)
        self.saved_label.setText("")
        self._show_counts()
        self._update_undo_actions()
        if workshop.contents.problems:
            self.ui.status_bar.showMessage(
                self.tr(
                    "Workshoppen har värden i filen som inte kunde användas som de är (antal: "
                    "{0}): se Arkiv > Problem i databasen…"
                ).format(len(workshop.contents.problems)),
                30_000,
            )

    def _import_one_more_page(self) -> None:
        from hallbar_desktop.ui.pages.page_registry import import_one_more_page

        if not import_one_more_page():
            self._page_loader.stop()

    def choose_in_conflict(self, conflict: ConflictError) -> bool:
        """Ändrad av någon annan: each field's value now and the user's, and the user chooses
        which is kept; True for the user's own. The stored values are shown meanwhile."""
        from hallbar_desktop.error_messages import conflict_changes
        from hallbar_desktop.ui.application_setup import current_language

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ändrad av någon annan"),
            self.tr(
                "Någon annan har ändrat det här medan du hade workshoppen öppen. Vilket ska gälla?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(conflict_changes(conflict, current_language()))
        mine = box.addButton(self.tr("Spara min ändring"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(
            self.tr("Behåll det som är sparat"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(theirs)
        box.setEscapeButton(theirs)
        self.conflict_box = box
        box.exec()
        self.conflict_box = None
        return box.clickedButton() is mine

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Det gick inte"), message)

    def open_demo(self) -> None:
        from hallbar_desktop.services.demo_workshop import add_demo_workshop

        try:
            workshop_id = add_demo_workshop(self._service, self._service.today())
        except HallbarError as error:
            QMessageBox.warning(self, self.tr("Exemplet kunde inte skapas"), error_text(error))
            return
        self.open_workshop(workshop_id)

    def export(self) -> None:
        """The export dialog: this workshop when one is open, else the library's choices."""
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return
        from hallbar_desktop.ui.dialogs.export_dialog import ExportDialog

        if self.workshop is not None:
            # A field being typed in is stored first, so the export holds what is on screen.
            self._commit_focused_field()
            dialog = ExportDialog(
                self._exports,
                self._settings,
                workshop=self.workshop.contents.workshop,
                parent=self,
            )
        else:
            selected = self.library.selected_overview()
            dialog = ExportDialog(
                self._exports,
                self._settings,
                workshop=selected.workshop if selected else None,
                library=self.library.overviews,
                parent=self,
            )
        self.export_dialog = dialog
        dialog.finished.connect(lambda _result: self._export_dialog_closed(dialog))
        # Window-modal and without a nested event loop: the window keeps painting meanwhile.
        dialog.open()

    def _export_dialog_closed(self, dialog: ExportDialog) -> None:
        if self.export_dialog is dialog:
            self.export_dialog = None
        dialog.deleteLater()

    def _close_workshop(self) -> None:
        if self.workshop_view is not None:
            self._commit_focused_field()
            self.workshop_view.close_participant_view()
            self.ui.view_stack.removeWidget(self.workshop_view)
            self.workshop_view.deleteLater()
            self.workshop_view = None
        if self.workshop is not None:
            self.workshop.deleteLater()
            self.workshop = None

    def _commit_focused_field(self) -> None:
        # A field commits when it loses focus; moving focus away stores what is being typed.
        focused = self.focusWidget()
        if focused is not None and hasattr(focused, "commit"):
            focused.commit()

    # --- status bar and actions ------------------------------------------------------------

    def _show_counts(self) -> None:
        if self.workshop is None:
            return
        c = self.workshop.contents
        self.counts_label.setText(
            " · ".join(
                (
                    self.tr("%n deltagare", "", len(c.participants)),
                    self.tr("%n beroenden", "", len(c.dependencies)),
                    self.tr("%n åtgärder", "", len(c.actions)),
                )
            )
        )
        self.setWindowTitle(c.workshop.title)

    def _show_saved(self, when: datetime) -> None:
        self.saved_label.setText(self.tr("Sparat {0:%H:%M}").format(when))

    def _show_not_saved(self) -> None:
        # "Sparat 14:32" from an earlier edit would now say something untrue.
        self.saved_label.setText(self.tr("Senaste ändringen sparades inte"))

    def _update_undo_actions(self, _index: int = 0) -> None:
        stack = self._undo_stack()
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo_text = self.edit_name(stack.undoText()) if stack and stack.canUndo() else ""
        redo_text = self.edit_name(stack.redoText()) if stack and stack.canRedo() else ""
        self.undo_action.setText(self.tr("&Ångra {0}").format(undo_text).strip())
        self.redo_action.setText(self.tr("&Gör om {0}").format(redo_text).strip())

    def edit_name(self, command: str) -> str:
        """An undo step's name as it follows "Ångra" or "Gör om": "Ändra beroende" becomes
        "ändring av beroende", "Lägg till åtgärd" "tillägg av åtgärd"."""
        text = command[:1].lower() + command[1:]
        for verb, noun in (
            (self.tr("ändra "), self.tr("ändring av ")),
            (self.tr("lägg till "), self.tr("tillägg av ")),
            (self.tr("ta bort "), self.tr("borttagning av ")),
        ):
            if text.startswith(verb):
                return noun + text[len(verb) :]
        return text

    def _undo(self) -> None:
        stack = self._undo_stack()
        if stack is not None:
            self._commit_focused_field()
            stack.undo()

    def _redo(self) -> None:
        stack = self._undo_stack()
        if stack is not None:
            self._commit_focused_field()
            stack.redo()

    def _on_view(self, method: str) -> None:
        if self.workshop_view is not None:
            getattr(self.workshop_view, method)()

    def _guidance_shown(self, shown: bool) -> None:
        # The menu item says what is on screen, also when a narrow window hid the guidance.
        action = self.ui.toggle_guidance_action
        if action.isChecked() != shown:
            action.blockSignals(True)
            action.setChecked(shown)
            action.blockSignals(False)

    def _toggle_guidance(self, visible: bool) -> None:
        self._settings.set_guidance_visible(visible)
        if self.workshop_view is not None:
            self.workshop_view.set_guidance_visible(visible)

    def show_key_map(self) -> None:
        """Hjälp › Kortkommandon, read from the menus and the key map as they are now."""
        from hallbar_desktop.ui.dialogs.key_map_dialog import KeyMapDialog

        dialog = KeyMapDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.key_map_dialog = dialog
        dialog.open()

    def open_handbook(self) -> None:
        """Hjälp › Handledning för processledare (PDF): written, then opened in a PDF reader."""
        from hallbar_desktop.ui.open_handbook import OpenHandbook

        if self.handbook is None:
            self.handbook = OpenHandbook(self._exports, self)
        self.handbook.open()

    def show_database_settings(self) -> None:
        """Arkiv › Inställningar för databasen…: where its backups go, its retention months."""
        from hallbar_desktop.ui.dialogs.database_settings_dialog import DatabaseSettingsDialog

        if self._retention is None:
            return
        dialog = DatabaseSettingsDialog(
            self._retention, self._backups, self._database_label, now=datetime.now, parent=self
        )
        dialog.retention_changed.connect(
            lambda: self.library.reload() if hasattr(self, "library") else None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.database_settings_dialog = dialog
        dialog.open()

    def _about(self) -> None:
        """Hjälp › Om programmet: the version, the licences, and where the data is kept."""
        from hallbar_desktop import paths
        from hallbar_desktop.ui.dialogs.about_dialog import AboutDialog

        # Before the services are attached no database is open yet.
        label = getattr(self, "_database_label", "")
        database: Path | str | None = label or None
        places = None
        if self._backups is not None:
            database, places = self._backups.database_path, self._backups.places()
        crash_reports = paths.data_dir() / "logs"
        dialog = AboutDialog(
            database=database,
            backups_folder=None,
            data_folder=paths.data_dir(),
            fonts_dir=paths.fonts_dir(),
            backup_places=places,
            # A file always has backups of ours; services without them are a server's.
            on_server=self._backups is None and self._retention is not None,
            settings_file=self._settings.file_name(),
            crash_reports=crash_reports if crash_reports.is_dir() else None,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    def _add_look_menus(self, settings: UiSettings) -> None:
        """Arkiv › Tema and Arkiv › Textstorlek, beside Språk: each choice takes effect at once
        in every open window and is remembered."""
        self.theme_menu = QMenu(self.tr("&Tema"), self)
        self.theme_actions = QActionGroup(self)
        names = {
            SYSTEM_THEME: self.tr("&Följ systemet"),
            "light": self.tr("&Ljust"),
            "dark": self.tr("&Mörkt"),
            "high_contrast": self.tr("&Hög kontrast"),
        }
        for choice in THEME_CHOICES:
            action = QAction(names[choice], self.theme_actions)
            action.setCheckable(True)
            action.setChecked(choice == settings.theme())
            action.setData(choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose_theme(c))
            self.theme_menu.addAction(action)
        self.ui.file_menu.insertMenu(self.ui.quit_action, self.theme_menu)
        self.text_size_menu = QMenu(self.tr("Te&xtstorlek"), self)
        self.text_size_actions = QActionGroup(self)
        words = (self.tr("&Normal"), self.tr("S&törre"), self.tr("Stö&rst"))
        sizes = dict(zip(TEXT_SIZES, words, strict=True))
        for percent in TEXT_SIZES:
            action = QAction(sizes[percent], self.text_size_actions)
            action.setCheckable(True)
            action.setChecked(percent == settings.text_size())
            action.setData(percent)
            action.triggered.connect(lambda _checked=False, p=percent: self.choose_text_size(p))
            self.text_size_menu.addAction(action)
        self.ui.file_menu.insertMenu(self.ui.quit_action, self.text_size_menu)

    def choose_theme(self, choice: str) -> None:
        """Arkiv › Tema: Följ systemet, Ljust, Mörkt or Hög kontrast, in every window at once."""
        from hallbar_desktop.ui.theme import apply_choice

        self._settings.set_theme(choice)
        apply_choice(QApplication.instance(), choice)  # type: ignore[arg-type]
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == choice)

    def choose_text_size(self, percent: int) -> None:
        """Arkiv › Textstorlek: Normal, Större or Störst (100, 125 or 150 %), at once."""
        from hallbar_desktop.ui.theme import apply_text_size

        self._settings.set_text_size(percent)
        apply_text_size(QApplication.instance(), percent)  # type: ignore[arg-type]
        for action in self.text_size_actions.actions():
            action.setChecked(action.data() == percent)

    def choose_language(self, language: str) -> None:
        """Arkiv › Språk / Language: every edit is saved already, so a window is made anew in
        ``language`` on the same database, view, workshop and step, and this one closes."""
        if language == self._settings.language():
            return
        self._commit_focused_field()
        self._settings.set_language(language)
        set_language(QApplication.instance(), language)  # type: ignore[arg-type]
        window = MainWindow(None, None, self._settings)
        window.restoreGeometry(self.saveGeometry())
        window.timer_memory = self.timer_memory  # step timers run on
        window.attach(
            self._service,
            self._exports,
            self._database_label,
            self._backups,
            self._packages,
            self._imports,
            self.coordinator,
            retention=self._retention,
            records=self._records,
        )
        if self.workshop is not None and self.workshop_view is not None:
            step = self.workshop_view.current_step
            window.open_workshop(self.workshop.workshop_id)
            if window.workshop_view is not None and step in window.workshop_view.steps:
                window.workshop_view.go_to(step)
        elif self.ui.view_stack.currentWidget() is self.coordinator_view is not None:
            window.show_coordinator()
        window.show()
        self.replaced.emit(window)
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_watching_changes()
        self._commit_focused_field()
        self._settings.set_geometry("main_window", self.saveGeometry())
        super().closeEvent(event)


def _not_watching() -> None:
    """The stop of a window that watches no database for others' changes."""
