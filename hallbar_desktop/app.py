"""The composition root: the one place that picks concrete classes and wires them together."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hallbar_desktop import paths
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.template_files import newest_template
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore

TEMPLATE_KEY = "hallbar-beredskap"


@dataclass(frozen=True, slots=True)
class Services:
    database_path: Path
    workshops: WorkshopService


@contextmanager
def open_services(database: Path | None, *, create_if_missing: bool) -> Iterator[Services]:
    """Services on ``database`` (default: the per-user file), closed again on exit.

    The default file is the app's own, so it is created on first use; another path is created
    only when ``create_if_missing`` says so."""
    path = database if database is not None else paths.default_database_path()
    if database is None and create_if_missing:
        path.parent.mkdir(parents=True, exist_ok=True)
    template = newest_template(paths.templates_dir(), TEMPLATE_KEY)
    engine = open_database(path, create_if_missing=create_if_missing)
    store = SqlWorkshopStore(engine, path)
    try:
        yield Services(database_path=path, workshops=WorkshopService(store, template))
    finally:
        store.close()
