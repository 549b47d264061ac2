"""The composition root: the one place that picks concrete classes and wires them together."""

from __future__ import annotations

import dataclasses
import gc
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from hallbar_desktop import __version__, paths

if TYPE_CHECKING:
    from hallbar_desktop.domain.backup import Backup, BackupPlace, RestoreResult
    from hallbar_desktop.domain.database_address import HelperAccess, ServerAddress
    from hallbar_desktop.domain.errors import BackupError, HallbarError
    from hallbar_desktop.domain.package import Package
    from hallbar_desktop.services.backup_service import BackupService
    from hallbar_desktop.services.coordinator_service import CoordinatorService
    from hallbar_desktop.services.export_service import ExportService
    from hallbar_desktop.services.import_service import ImportService
    from hallbar_desktop.services.package_service import PackageService
    from hallbar_desktop.services.processing_record_service import ProcessingRecordService
    from hallbar_desktop.services.retention_service import RetentionService
    from hallbar_desktop.services.template_service import TemplateService
    from hallbar_desktop.services.workshop_service import WorkshopService
    from hallbar_desktop.summary_process import SummaryHelper

# This module is imported on every start. SQLAlchemy, the domain and the exporters are imported
# where they are first used, so that the window can be on screen before they load.

TEMPLATE_KEY = "hallbar-beredskap"
# The shipped template's statements in other languages, each a template with its own key.
TEMPLATE_KEYS_IN_OTHER_LANGUAGES = {"en": "hallbar-readiness-en"}


@dataclass(frozen=True, slots=True)
class Services:
    # A file's path, or a server's address (whose backups are the server's business: None).
    database_path: Path | ServerAddress
    workshops: WorkshopService
    exports: ExportService
    backups: BackupService | None
    packages: PackageService
    imports: ImportService
    coordinator: CoordinatorService
    retention: RetentionService
    # The record of processing (Art. 30) for the data-protection officer.
    records: ProcessingRecordService
    # Why today's backup could not be made (the file opened all the same), or None.
    backup_problem: BackupError | None = None


def backups_root() -> Path:
    """The per-user folder that holds one folder of backups per database file."""
    return paths.data_dir() / "backups"


def backup_service_for(
    database: Path | ServerAddress | None,
    root: Path | None = None,
    place: BackupPlace | None = None,
) -> BackupService:
    """The backups of ``database`` (default: the per-user file), in the place the database
    chose, or else beside a file on removable media or a share (``place`` overrides both); a
    database on a server has none of hallbar's (DatabaseServerError says so): the server's own
    tools make them."""
    from hallbar_desktop.domain.database_address import ServerAddress
    from hallbar_desktop.domain.server_errors import DatabaseServerError
    from hallbar_desktop.services.backup_service import BackupService
    from hallbar_desktop.storage.backups import SqliteBackupFiles

    if isinstance(database, ServerAddress):
        raise DatabaseServerError.no_backups(database)
    path = database if database is not None else paths.default_database_path()
    root = root if root is not None else backups_root()
    return BackupService(SqliteBackupFiles(path, root, place=place))


@contextmanager
def open_services(
    database: Path | ServerAddress | None,
    *,
    create_if_missing: bool,
    exclusive: bool = False,
    may_read_only: bool = False,
    backups: Path | None = None,
    write_guard: Callable[[], None] | None = None,
    password: str | None = None,
    rollup_ahead: bool = False,
    window: bool = False,
) -> Iterator[Services]:
    """Services on ``database`` (default: the per-user file), closed again on exit.

    The default file is the app's own, so it is created on first use; another path is created
    only when ``create_if_missing`` says so. ``exclusive`` holds the database lock while the
    services are open, for commands that change the file (the GUI takes its lock itself,
    before its window opens). ``may_read_only`` opens a file this user may not change for
    reading instead of refusing it. An existing file is backed up (into ``backups``, default
    the per-user backups folder) before any upgrade and on its first open of the day.
    ``write_guard()`` runs before every write (the GUI passes its lock's ``verify``); with
    ``exclusive`` the lock held here is verified the same way.

    A server's database (a ServerAddress, ``password`` if the user typed one) has no lock file
    and no backups of hallbar's: several people use it at once, and the server's own tools
    back it up; the other file options do not apply to it.

    ``rollup_ahead`` (a command about to export a roll-up of the whole database) starts the
    process that reads part of a large roll-up now, so that it imports while the database
    opens (summary_process.py). ``window``: the services are the window's, whose exports are
    written by a process of their own (export_process.py)."""
    from hallbar_desktop.domain.database_address import ServerAddress
    from hallbar_desktop.summary_process import SummaryHelper, helper_worth_starting

    helper = SummaryHelper(ahead=rollup_ahead) if helper_worth_starting() else None
    with ExitStack() as ending:
        if helper is not None:
            ending.callback(helper.close)
        if isinstance(database, ServerAddress):
            with _server_services(database, password, helper, window) as services:
                yield services
        else:
            with _file_services(
                database,
                create_if_missing=create_if_missing,
                exclusive=exclusive,
                may_read_only=may_read_only,
                backups=backups,
                write_guard=write_guard,
                helper=helper,
                window=window,
            ) as services:
                yield services


@contextmanager
def _file_services(
    database: Path | None,
    *,
    create_if_missing: bool,
    exclusive: bool,
    may_read_only: bool,
    backups: Path | None,
    write_guard: Callable[[], None] | None,
    helper: SummaryHelper | None,
    window: bool,
) -> Iterator[Services]:
    from hallbar_desktop.domain.errors import BackupError
    from hallbar_desktop.storage.database import open_database
    from hallbar_desktop.storage.database_file import can_write, check_database_path
    from hallbar_desktop.storage.database_lock import DatabaseLock

    path = database if database is not None else paths.default_database_path()
    if database is None and create_if_missing:
        path.parent.mkdir(parents=True, exist_ok=True)
    backup_service = backup_service_for(path, backups)
    with ExitStack() as resources:
        if exclusive:
            # Checked first, so a refused file never gets a lock file beside it.
            check_database_path(path, create_if_missing=create_if_missing)
            lock = resources.enter_context(DatabaseLock(path))
            # A lock file removed or replaced while the command runs stops its next write.
            write_guard = _both(lock.verify, write_guard)
        existed = path.exists()
        engine = open_database(
            path,
            create_if_missing=create_if_missing,
            read_only=may_read_only and existed and not can_write(path),
            before_upgrade=backup_service.before_upgrade,
            write_guard=write_guard,
        )
        resources.callback(engine.dispose)
        problem = None
        if existed:  # a file made just now holds nothing to keep
            try:
                backup_service.back_up_if_due()
            except BackupError as error:
                problem = error
        services = _services_on(
            engine, path, backup_service=backup_service, helper=helper, window=window
        )
        yield dataclasses.replace(services, backup_problem=problem)


@contextmanager
def _server_services(
    address: ServerAddress, password: str | None, helper: SummaryHelper | None, window: bool
) -> Iterator[Services]:
    from hallbar_desktop.storage.database import open_database

    engine = open_database(address, password=password)
    try:
        yield _services_on(engine, address, backup_service=None, helper=helper, window=window)
    finally:
        engine.dispose()


def _services_on(
    engine: Any,
    location: Path | ServerAddress,
    *,
    backup_service: BackupService | None,
    helper: SummaryHelper | None = None,
    window: bool = False,
) -> Services:
    """The services on an open engine; a backup is made before each import when there are
    backups of hallbar's."""
    from hallbar_desktop.domain.backup import BackupKind
    from hallbar_desktop.exchange.package_format import PackagedWorkshopCodec, write_package
    from hallbar_desktop.export.writers import (
        CsvWriter,
        PdfWriter,
        RecordPdfWriter,
        XlsxWriter,
        record_workbook,
    )
    from hallbar_desktop.services.coordinator_service import CoordinatorService
    from hallbar_desktop.services.export_service import ExportService
    from hallbar_desktop.services.import_service import ImportService
    from hallbar_desktop.services.package_service import PackageService
    from hallbar_desktop.services.processing_record_service import ProcessingRecordService
    from hallbar_desktop.services.retention_service import RetentionService
    from hallbar_desktop.services.workshop_service import WorkshopService
    from hallbar_desktop.storage.installation import SqlInstallation
    from hallbar_desktop.storage.personal_data import SqlPersonalData, purge_backups
    from hallbar_desktop.storage.processing_facts import SqlProcessingFacts
    from hallbar_desktop.storage.workshop_store import SqlWorkshopStore

    templates = template_service()
    template = templates.builtin
    # Today's template stands in for a workshop's own copy that cannot be read.
    store = SqlWorkshopStore(engine, location, fallback_template=template)
    from hallbar_desktop.summary_process import OWN_SHARE, WORKSHOPS_WORTH_A_HELPER

    if window:
        from hallbar_desktop.export_process import ExportProcessService

        exporting: type[ExportService] = ExportProcessService
    else:
        exporting = ExportService
    exports = exporting(
        store,
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version=__version__,
        csv=CsvWriter(),
        elsewhere=helper,
        elsewhere_from=WORKSHOPS_WORTH_A_HELPER,
        own_share=OWN_SHARE,
    )
    back_up = None
    if backup_service is not None:
        backups = backup_service

        def back_up() -> Path:
            return backups.back_up(BackupKind.BEFORE_IMPORT).path

    return Services(
        database_path=location,
        workshops=WorkshopService(store, template, templates=templates),
        exports=exports,
        backups=backup_service,
        packages=PackageService(
            store, SqlInstallation(engine, location), write_package, app_version=__version__
        ),
        imports=ImportService(store, package_reader(), PackagedWorkshopCodec(), back_up=back_up),
        coordinator=CoordinatorService(store),
        retention=RetentionService(
            store,
            SqlPersonalData(engine, location),
            backups_folders=None if backup_service is None else lambda: backup_service.folders,
            purge_backups=purge_backups,
        ),
        records=ProcessingRecordService(
            store,
            SqlProcessingFacts(engine, location),
            SqlPersonalData(engine, location),
            location=str(location.resolve()) if isinstance(location, Path) else str(location),
            backups=backup_service,
            backup_folders=tuple if backup_service is None else lambda: backup_service.folders,
            xlsx=record_workbook,
            pdf=RecordPdfWriter(paths.fonts_dir()),
            app_version=__version__,
        ),
    )


@contextmanager
def export_services_for(access: HelperAccess) -> Iterator[ExportService]:
    """The exports of the database a window has open, for its export process: a file read
    only (the window holds it and writes it), without backups (the window makes them)."""
    from hallbar_desktop.domain.database_address import ServerAddress
    from hallbar_desktop.storage.database import open_database
    from hallbar_desktop.summary_process import SummaryHelper, helper_worth_starting

    location = access.location
    if isinstance(location, ServerAddress):
        engine = open_database(location, password=access.password)
    else:
        engine = open_database(location, read_only=True)
    try:
        helper = SummaryHelper() if helper_worth_starting() else None
        yield _services_on(engine, location, backup_service=None, helper=helper).exports
    finally:
        engine.dispose()


def pack_for_push(source: Path, folder: Path, *, names: bool) -> Path:
    """`hallbar push`: every workshop of the local file ``source`` in one package in
    ``folder``, named after the file, for the import into the server (the same merge as any
    import: idempotent, and the package says which installation it came from)."""
    from hallbar_desktop.domain.errors import NotFoundError

    with open_services(source, create_if_missing=False, may_read_only=True) as local:
        ids = list(local.packages.all_ids())
        if not ids:
            raise NotFoundError(f"Det finns inga workshoppar i {source} att flytta.")
        # One's own workshops moved, not sent away: the aliases and the facilitator go along.
        target = folder / f"{source.stem}.hallbar"
        return local.packages.pack(ids, target, names=names, personal_data=True)


def template_service() -> TemplateService:
    """The shipped template and the organisation's own, kept in the per-user data folder."""
    from hallbar_desktop.services.template_service import TemplateService
    from hallbar_desktop.storage.template_files import TemplateFolder, newest_templates

    keys = [TEMPLATE_KEY, *TEMPLATE_KEYS_IN_OTHER_LANGUAGES.values()]
    shipped = newest_templates(paths.templates_dir(), keys)
    others = {language: shipped[key] for language, key in TEMPLATE_KEYS_IN_OTHER_LANGUAGES.items()}
    return TemplateService(
        shipped[TEMPLATE_KEY], TemplateFolder(paths.user_templates_dir()), in_other_languages=others
    )


def package_reader() -> Callable[[Path], Package]:
    """Reads a .hallbar package against the schema shipped with the app."""
    from hallbar_desktop.exchange.package_format import read_package

    schema = paths.package_schema_path()
    return lambda path: read_package(path, schema)


def _both(first: Callable[[], None], then: Callable[[], None] | None) -> Callable[[], None]:
    """One write guard that runs ``first``, then ``then`` (if any)."""
    if then is None:
        return first

    def guard() -> None:
        first()
        then()

    return guard


def make_backup_now(database: Path | None, place: BackupPlace | None = None) -> Backup:
    """`hallbar backup`: a backup of the file as it is, without upgrading or locking it (in
    ``place`` if given, this once)."""
    from hallbar_desktop.storage.database_file import check_database_path

    backups = backup_service_for(database, place=place)
    check_database_path(backups.database_path, create_if_missing=False, writable=False)
    return backups.back_up()


def restore_from(database: Path | None, backup: Path) -> RestoreResult:
    """`hallbar restore`: replace the file with ``backup`` (a path, or a name in its backups
    folder) while holding its lock, so no open window loses its file underneath."""
    from hallbar_desktop.domain.errors import BackupError
    from hallbar_desktop.storage.database_lock import DatabaseLock

    backups = backup_service_for(database)
    # A name from `hallbar restore --list`: in either place.
    named = [folder / backup for folder in backups.folders if (folder / backup).is_file()]
    chosen = backup if backup.exists() or not named else named[0]
    if not chosen.is_file():
        raise BackupError.not_restorable(backup, "backup_not_found")
    with DatabaseLock(backups.database_path):
        return backups.restore(backups.backup_at(chosen))


def run_gui(
    database: Path | ServerAddress | None,
    argv: list[str] | None = None,
    workshop_id: UUID | None = None,
) -> int:
    """Start the windowed app on ``database`` (on ``workshop_id`` if given); return its exit code.

    The file, and the workshop, are checked first with cheap sqlite3 reads and the database
    lock is taken, so a bad path or id, or a file open in another window, is told in a dialog
    before any window opens and then raised as HallbarError for the caller to report (a
    damaged or missing file may be restored from a backup right there). The window then
    appears at once and the services load while it is on screen. However the app ends, the
    lock is released."""
    from hallbar_desktop.storage.database_lock import DatabaseLock

    if database is not None and not isinstance(database, Path):
        # A server's address (whose module a file's start does without). Several people use a
        # server's database at once: no lock file, nothing to check on disk; a server that
        # cannot be reached is said once the window is up.
        return _run_window(database, False, workshop_id, argv)
    path = database if database is not None else paths.default_database_path()
    default = database is None
    if default:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(path)
    try:
        with _collector_paused() as resume:
            _check_before_window(path, default, workshop_id, lock, argv)
            # Every write checks that the lock file is still ours: removed or replaced
            # meanwhile, another window may have changed the file, and the write is refused.
            return _run_window(database, default, workshop_id, argv, lock=lock, shown=resume)
    finally:
        lock.release()


def keep_start_objects_from_collector() -> None:
    """Once per process, when the database layer has loaded and before a workshop opens:
    what the start made (modules, classes, Qt's types, the library's window) lives until the
    program ends, so it is moved out of the cycle collector's reach (gc.freeze) after one
    last collection. The collector's full passes then look only at what came after: a
    workshop's pages and answers. With 40 phones answering, a full pass held the window's
    thread 40 ms (the reading thread's pass held the interpreter); the start's objects were
    half of it. Never undone: frozen objects collected after gc.unfreeze() had crashed the
    process (their Qt side deleted meanwhile). So once another database is opened or the
    window is made anew in another language, what the first services and window left in
    reference cycles stays until the program ends: some memory, no files (their database
    connections are closed explicitly, engine.dispose)."""
    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()


@contextmanager
def _collector_paused() -> Iterator[Callable[[], None]]:
    """The cycle collector paused until the function yielded is called (once the window is
    shown) or the block ends. Until then the start makes some 30 000 objects (modules, Qt's
    types and enums), none of them garbage, and the collector's passes over them held the
    first window back some 3 ms."""
    paused = gc.isenabled()
    gc.disable()

    def resume() -> None:
        nonlocal paused
        if paused:
            gc.enable()
            paused = False

    try:
        yield resume
    finally:
        resume()


def _check_before_window(
    path: Path, default: bool, workshop_id: UUID | None, lock: Any, argv: list[str] | None
) -> None:
    from hallbar_desktop.domain.errors import HallbarError, NotFoundError
    from hallbar_desktop.storage.database_file import check_database_path, workshop_exists

    while True:
        try:
            exists = check_database_path(path, create_if_missing=default)
            lock.acquire()
            if workshop_id is not None and not (exists and workshop_exists(path, workshop_id)):
                raise NotFoundError(f"Workshoppen {workshop_id} finns inte i databasen {path}.")
            return
        except HallbarError as error:
            if not _refused_before_window(error, path, lock, argv):
                raise


def _refused_before_window(
    error: HallbarError, path: Path, lock: Any, argv: list[str] | None
) -> bool:
    """Say why the file cannot be opened; True to check again: the user restored a backup in
    its place, or closed the other window and asked to try again."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from hallbar_desktop.domain.errors import (
        DatabaseDamagedError,
        DatabaseMissingError,
        HallbarError,
        NotAHallbarDatabaseError,
    )
    from hallbar_desktop.ui.dialogs.database_problem_dialog import DatabaseProblemDialog
    from hallbar_desktop.ui.dialogs.restore_dialog import RestoreDialog

    app = _application(argv)
    backups = backup_service_for(path)
    # A backup helps when the file is broken or gone, not when it is too new or in use.
    restorable = isinstance(
        error, DatabaseDamagedError | NotAHallbarDatabaseError | DatabaseMissingError
    ) and any(b.readable for b in backups.backups())
    problem = DatabaseProblemDialog(error, offer_restore=restorable)
    problem.exec()
    if problem.retry_chosen():
        return True
    if not problem.restore_chosen():
        return False
    picker = RestoreDialog(backups)
    if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
        return False
    try:
        lock.acquire()
        backups.restore(picker.chosen)
    except HallbarError as failure:
        from hallbar_desktop.ui.error_reporting import error_text

        QMessageBox.critical(
            None,
            app.translate("Start", "Säkerhetskopian kunde inte återställas"),
            error_text(failure),
        )
        raise failure from error
    return True


def _application(argv: list[str] | None, *, window_shell_only: bool = False) -> Any:
    """The application, configured; ``window_shell_only`` leaves out what the first window
    does without (see install_input_helpers), for the start to add once it is shown."""
    from PySide6.QtWidgets import QApplication

    from hallbar_desktop.ui.application_setup import (
        configure_application,
        configure_for_window_shell,
        window_application_arguments,
    )

    app = QApplication.instance() or QApplication(
        window_application_arguments(argv if argv is not None else sys.argv[:1])
    )
    (configure_for_window_shell if window_shell_only else configure_application)(app)
    return app


def _run_window(
    database: Path | ServerAddress | None,
    default: bool,
    workshop_id: UUID | None,
    argv: list[str] | None,
    *,
    lock: Any = None,
    shown: Callable[[], None] = lambda: None,
) -> int:
    return WindowStart(database, default, argv, lock).run(workshop_id, shown)


class WindowStart:
    """The windowed app from its first window to its end, in named steps: show the window,
    report errors, load the services (on a pool thread) and attach them; a restore detaches
    them, replaces the file and loads again; Arkiv › Öppna databas… loads another database's
    and only then lets go of the first. It owns the open services while the app runs.

    Each pool-thread step is a BackgroundJob owned by the window, so nothing is held by hand
    and an outcome that arrives after the window is gone goes nowhere."""

    def __init__(
        self,
        database: Path | ServerAddress | None,
        create_if_missing: bool,
        argv: list[str] | None,
        lock: Any = None,
    ) -> None:
        """``lock`` is the file's DatabaseLock, taken before the window (none on a server):
        every write checks that the lock file is still ours."""
        self._database = database
        self._create_if_missing = create_if_missing
        self._lock = lock
        self._app = _application(argv, window_shell_only=True)
        # The open services: closed before a restore replaces the file, and when the app ends.
        self._services = ExitStack()
        self.window: Any = None
        self.reporter: Any = None

    def run(self, workshop_id: UUID | None, shown: Callable[[], None] = lambda: None) -> int:
        """Show the window, call ``shown()``, then go on in the named steps until the app
        ends; its exit code."""
        from hallbar_desktop.ui.first_paint import after_first_paint

        with self._services:
            self.show_window()
            shown()
            self.report_errors()
            # The theme's colours before the first paint, so that no frame shows in others.
            self.apply_theme()
            # The loading (on a pool thread) and the input helpers wait for the first frame:
            # both hold the interpreter, which the frame's painting waited for (30-60 ms).
            after_first_paint(self.window, lambda: self.after_first_paint(workshop_id))
            return int(self._app.exec())

    def show_window(self) -> None:
        """The window shell says it is opening the database; it needs only Qt and its form."""
        from hallbar_desktop.ui.main_window import MainWindow
        from hallbar_desktop.ui.ui_settings import UiSettings

        self._settings = UiSettings()
        self.window = MainWindow(None, None, self._settings)
        self.window.restore_requested.connect(self.restore)
        self.window.replaced.connect(self.replace_window)
        self.window.database_requested.connect(self.open_other)
        self.window.show()

    def replace_window(self, window: Any) -> None:
        """The window made anew in another language takes the old one's place."""
        self.window = window
        window.restore_requested.connect(self.restore)
        window.replaced.connect(self.replace_window)
        window.database_requested.connect(self.open_other)
        if self.reporter is not None:
            self.reporter.set_parent_widget(window)

    def after_first_paint(self, workshop_id: UUID | None) -> None:
        """Load the services (see load) and add the input helpers meanwhile."""
        self.load(workshop_id)
        self.install_input_helpers()

    def apply_theme(self) -> None:
        """The theme and text size chosen in the settings."""
        from hallbar_desktop.ui.application_setup import apply_theme_setting

        apply_theme_setting(self._app)

    def install_input_helpers(self) -> None:
        """The focus ring, scrolling to the focused field and the wheel guard: once the
        window is on screen, and in any case before the first field is made."""
        from hallbar_desktop.ui.application_setup import install_input_helpers

        install_input_helpers(self._app)

    def report_errors(self) -> None:
        """From now on an unexpected exception is a dialog on the window and a crash log."""
        from hallbar_desktop.ui.error_reporting import ExceptionReporter

        self.reporter = ExceptionReporter(paths.data_dir() / "logs")
        self.reporter.install()
        self.reporter.set_parent_widget(self.window)

    def load(self, open_after: UUID | None, restored: RestoreResult | None = None) -> None:
        """Open the services on a pool thread, so the window answers while the database layer
        loads; then attach them (and open ``open_after``, say what was ``restored``)."""
        job = self._job(self._open_services)
        job.succeeded.connect(lambda services: self.attach(services, open_after, restored))
        job.refused.connect(self._not_loaded)
        job.crashed.connect(self._crashed)
        job.start()

    def _open_services(self) -> Services:
        return self._services.enter_context(
            open_services(
                self._database,
                create_if_missing=self._create_if_missing,
                write_guard=None if self._lock is None else self._lock.verify,
                window=True,
            )
        )

    def attach(
        self, services: Services, open_after: UUID | None, restored: RestoreResult | None
    ) -> None:
        self.install_input_helpers()
        window = self.window
        window.attach(
            services.workshops,
            services.exports,
            str(services.database_path),
            services.backups,
            services.packages,
            services.imports,
            services.coordinator,
            retention=services.retention,
            records=services.records,
        )
        # Only the place: a server's address never holds a password.
        self._settings.add_recent_database(str(services.database_path))
        keep_start_objects_from_collector()
        if open_after is not None:
            window.open_workshop(open_after)
        if restored is not None:
            window.show_restored(restored)
        if services.backup_problem:
            from hallbar_desktop.ui.error_reporting import error_text

            window.show_backup_problem(error_text(services.backup_problem))

    def restore(self, backup: Backup) -> None:
        """Every connection to the file is closed before it is replaced, then opened anew; the
        lock taken before the window stays held throughout. The copies (the current file kept
        first, then the backup) run on a pool thread, like the loading."""
        self.window.detach()
        self._services.close()
        database = self._database
        job = self._job(lambda: backup_service_for(database).restore(backup))
        job.succeeded.connect(lambda restored: self.load(None, restored))
        job.refused.connect(self._not_restored)
        # As a fault in the restore itself was reported before it left the GUI thread.
        job.crashed.connect(
            lambda error: self.reporter.hook(type(error), error, error.__traceback__)
        )
        job.start()

    def open_other(self, database: Path | ServerAddress, password: str | None) -> None:
        """Arkiv › Öppna databas…: open ``database`` (a file's lock taken first) on a pool
        thread while the window stays on the current one; once open, the window lets go of
        the current services and takes the new ones. If it cannot be opened the window says
        why and stays as it was. ``password`` (a server's, as typed) goes only to the driver."""
        from hallbar_desktop.domain.database_address import ServerAddress
        from hallbar_desktop.domain.errors import HallbarError
        from hallbar_desktop.storage.database_file import check_database_path
        from hallbar_desktop.storage.database_lock import DatabaseLock
        from hallbar_desktop.ui.error_words import error_text

        lock = None
        opened = ExitStack()
        if not isinstance(database, ServerAddress):
            try:
                check_database_path(database, create_if_missing=False)
                lock = DatabaseLock(database)
                lock.acquire()
            except HallbarError as error:
                self.window.database_refused(error_text(error))
                return
            opened.callback(lock.release)

        def open_it() -> Services:
            return opened.enter_context(
                open_services(
                    database,
                    create_if_missing=False,
                    write_guard=None if lock is None else lock.verify,
                    password=password,
                    window=True,
                )
            )

        def refused(error: HallbarError) -> None:
            opened.close()
            self.window.database_refused(error_text(error))

        def crashed(error: BaseException) -> None:
            opened.close()
            if self.reporter is not None:
                self.reporter.hook(type(error), error, error.__traceback__)

        self.window.database_opening(str(database))
        job = self._job(open_it)
        job.succeeded.connect(lambda services: self._switch_to(services, opened, database, lock))
        job.refused.connect(refused)
        job.crashed.connect(crashed)
        job.start()

    def _switch_to(
        self, services: Services, opened: ExitStack, database: Path | ServerAddress, lock: Any
    ) -> None:
        self.window.detach()
        self._services.close()
        if self._lock is not None:
            self._lock.release()
        self._services, self._database, self._lock = opened, database, lock
        self._create_if_missing = False
        self.window.database_opened()
        self.attach(services, None, None)

    def _job(self, work: Callable[[], object]) -> Any:
        from hallbar_desktop.ui.background_job import BackgroundJob

        return BackgroundJob(work, self.window)

    def _not_restored(self, error: HallbarError) -> None:
        from PySide6.QtWidgets import QMessageBox

        from hallbar_desktop.ui.error_reporting import error_text

        QMessageBox.warning(
            self.window,
            self._app.translate("Start", "Säkerhetskopian kunde inte återställas"),
            error_text(error),
        )
        self.load(None)

    def _not_loaded(self, error: HallbarError) -> None:
        """The file changed between the check and now (another program, a USB stick)."""
        from PySide6.QtWidgets import QMessageBox

        from hallbar_desktop.ui.error_reporting import error_text

        QMessageBox.critical(
            self.window,
            self._app.translate("Start", "Databasen kunde inte öppnas"),
            error_text(error),
        )
        self._app.exit(2)

    def _crashed(self, error: BaseException) -> None:
        """Without its database the window can do nothing: say so, keep a log, and stop."""
        from PySide6.QtWidgets import QMessageBox

        from hallbar_desktop.ui.error_reporting import write_crash_log

        app = self._app
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        log = write_crash_log(paths.data_dir() / "logs", details)
        where = app.translate("Start", "En felrapport sparades i {0}.").format(log) if log else ""
        QMessageBox.critical(
            self.window,
            app.translate("Start", "Programmet kunde inte starta"),
            app.translate(
                "Start", "Databasen kunde inte öppnas på grund av ett oväntat fel. {0}"
            ).format(where),
        )
        app.exit(1)


def render_screenshots(
    out: Path,
    width: int,
    height: int,
    language: str = "sv",
    theme: str = "light",
    text_size: int = 100,
) -> list[Path]:
    """Render the library and every step of the demo workshop to PNGs in ``out``, with the
    window in ``language`` and ``theme`` ("light", "dark", "high_contrast"), its text at
    ``text_size`` percent (100, 125, 150: Arkiv › Textstorlek).

    The demo lives in a temporary database and the window uses throw-away settings, so the
    user's own workshops and preferences are neither shown nor changed."""
    import os
    import tempfile
    from datetime import date

    # Offscreen unless a display was asked for: the command must work on a server or in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtWidgets import QApplication

    from hallbar_desktop.domain.workshop import Variant, Workshop
    from hallbar_desktop.services.demo_workshop import add_demo_workshop
    from hallbar_desktop.ui.application_setup import configure_application, set_language
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.screenshots import render_screenshots as render
    from hallbar_desktop.ui.theme import apply_choice, apply_text_size
    from hallbar_desktop.ui.ui_settings import UiSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)  # type: ignore[arg-type]
    set_language(app, language)  # type: ignore[arg-type]
    apply_choice(app, theme)  # type: ignore[arg-type]
    apply_text_size(app, text_size)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with open_services(folder / "demo.sqlite3", create_if_missing=True) as services:
            workshop_id = add_demo_workshop(services.workshops, date.today())
            demo = services.workshops.contents(workshop_id).workshop
            follow_up = services.workshops.create_workshop(
                Workshop(
                    title="Uppföljning efter tre månader",
                    organisation=demo.organisation,
                    unit=demo.unit,
                    change_focus=demo.change_focus,
                    held_on=demo.follow_up_on,
                    variant=Variant.FOLLOW_UP,
                    follows_up_id=workshop_id,
                ),
                participant_count=10,
            )
            settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
            # The file's name only: the throw-away folder's name would change every picture.
            window = MainWindow(None, None, settings)
            window.attach(
                services.workshops,
                services.exports,
                services.database_path.name,
                coordinator=services.coordinator,
            )
            try:
                return render(window, workshop_id, out, QSize(width, height), follow_up.workshop.id)
            finally:
                window.close()
                window.deleteLater()
