"""The composition root: the one place that picks concrete classes and wires them together."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from hallbar_desktop import __version__, paths

if TYPE_CHECKING:
    from hallbar_desktop.services.export_service import ExportService
    from hallbar_desktop.services.workshop_service import WorkshopService

# This module is imported on every start. SQLAlchemy, the domain and the exporters are imported
# where they are first used, so that the window can be on screen before they load.

TEMPLATE_KEY = "hallbar-beredskap"


@dataclass(frozen=True, slots=True)
class Services:
    database_path: Path
    workshops: WorkshopService
    exports: ExportService


@contextmanager
def open_services(database: Path | None, *, create_if_missing: bool) -> Iterator[Services]:
    """Services on ``database`` (default: the per-user file), closed again on exit.

    The default file is the app's own, so it is created on first use; another path is created
    only when ``create_if_missing`` says so."""
    from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
    from hallbar_desktop.services.export_service import ExportService
    from hallbar_desktop.services.workshop_service import WorkshopService
    from hallbar_desktop.storage.database import open_database
    from hallbar_desktop.storage.template_files import newest_template
    from hallbar_desktop.storage.workshop_store import SqlWorkshopStore

    path = database if database is not None else paths.default_database_path()
    if database is None and create_if_missing:
        path.parent.mkdir(parents=True, exist_ok=True)
    template = newest_template(paths.templates_dir(), TEMPLATE_KEY)
    engine = open_database(path, create_if_missing=create_if_missing)
    store = SqlWorkshopStore(engine, path)
    try:
        exports = ExportService(
            store, XlsxWriter(), PdfWriter(paths.fonts_dir()), app_version=__version__
        )
        yield Services(
            database_path=path, workshops=WorkshopService(store, template), exports=exports
        )
    finally:
        store.close()


def run_gui(
    database: Path | None, argv: list[str] | None = None, workshop_id: UUID | None = None
) -> int:
    """Start the windowed app on ``database`` (on ``workshop_id`` if given); return its exit code.

    The file, and the workshop, are checked first with cheap sqlite3 reads, so a bad path or id
    fails with HallbarError for the caller to report before any window opens. The window then
    appears at once and the services load while it is on screen."""
    from hallbar_desktop.domain.errors import HallbarError, NotFoundError
    from hallbar_desktop.storage.database_file import check_database_path, workshop_exists

    path = database if database is not None else paths.default_database_path()
    default = database is None
    if default:
        path.parent.mkdir(parents=True, exist_ok=True)
    exists = check_database_path(path, create_if_missing=default)
    if workshop_id is not None and not (exists and workshop_exists(path, workshop_id)):
        raise NotFoundError(f"Workshoppen {workshop_id} finns inte i databasen {path}.")

    from PySide6.QtWidgets import QApplication, QMessageBox

    from hallbar_desktop.ui.application_setup import configure_application
    from hallbar_desktop.ui.background_job import BackgroundJob, start_job
    from hallbar_desktop.ui.error_reporting import ExceptionReporter, write_crash_log
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.ui_settings import UiSettings

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)  # type: ignore[arg-type]
    reporter = ExceptionReporter(paths.data_dir() / "logs")
    reporter.install()
    window = MainWindow(None, None, UiSettings())
    reporter.set_parent_widget(window)
    window.show()
    with ExitStack() as resources:
        # The database layer loads on a pool thread, so the window answers while it does.
        job = BackgroundJob(
            lambda: resources.enter_context(open_services(database, create_if_missing=default))
        )

        def loaded(services: Services) -> None:
            window.attach(services.workshops, services.exports, str(services.database_path))
            if workshop_id is not None:
                window.open_workshop(workshop_id)

        def refused(error: HallbarError) -> None:
            # The file changed between the check and now (another program, a USB stick).
            QMessageBox.critical(
                window, app.translate("Start", "Databasen kunde inte öppnas"), error.message
            )
            app.exit(2)

        def crashed(error: BaseException) -> None:
            # Without its database the window can do nothing: say so, keep a log, and stop.
            details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            log = write_crash_log(paths.data_dir() / "logs", details)
            where = (
                app.translate("Start", "En felrapport sparades i {0}.").format(log) if log else ""
            )
            QMessageBox.critical(
                window,
                app.translate("Start", "Programmet kunde inte starta"),
                app.translate(
                    "Start", "Databasen kunde inte öppnas på grund av ett oväntat fel. {0}"
                ).format(where),
            )
            app.exit(1)

        job.signals.succeeded.connect(loaded)
        job.signals.refused.connect(refused)
        job.signals.crashed.connect(crashed)
        start_job(job)
        return app.exec()


def render_screenshots(out: Path, width: int, height: int) -> list[Path]:
    """Render the library and every step of the demo workshop to PNGs in ``out``.

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
    from hallbar_desktop.ui.application_setup import configure_application
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.screenshots import render_screenshots as render
    from hallbar_desktop.ui.ui_settings import UiSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)  # type: ignore[arg-type]
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
            window = MainWindow(
                services.workshops, services.exports, settings, str(services.database_path)
            )
            try:
                return render(window, workshop_id, out, QSize(width, height), follow_up.workshop.id)
            finally:
                window.close()
                window.deleteLater()
