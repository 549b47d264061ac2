"""Several installations of the app side by side, each with its own database and clock, for
tests that carry workshops between them in packages."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hallbar_desktop import __version__, paths
from hallbar_desktop.domain.package import ImportSummary
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.exchange.package_format import (
    PackagedWorkshopCodec,
    read_package,
    write_package,
)
from hallbar_desktop.services.import_service import ImportService
from hallbar_desktop.services.package_service import PackageService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.installation import SqlInstallation
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY

# Tables that hold workshops; the others say where they came from (and the file's marker).
DATA_TABLES = (
    "workshops",
    "participants",
    "ratings",
    "rating_tallies",
    "group_scores",
    "dependencies",
    "actions",
    "action_dependencies",
    "prerequisite_checks",
    "success_factors",
    "notes",
)


@dataclass
class Clock:
    """A clock that moves a minute each time it is read, so every edit is later than the last."""

    now: datetime = NOW
    step: timedelta = timedelta(minutes=1)

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


@dataclass
class Installation:
    path: Path
    workshops: WorkshopService
    packages: PackageService
    imports: ImportService
    backups_made: list[Path] = field(default_factory=list)

    def pack(
        self, target: Path, *ids: Any, names: bool = True, personal_data: bool = False
    ) -> Path:
        return self.packages.pack(list(ids), target, names=names, personal_data=personal_data)

    def import_files(self, *files: Path) -> ImportSummary:
        return self.imports.import_packages(self.imports.read(list(files)))

    def rows(self, tables: tuple[str, ...] | None = None) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of the tables, sorted, as the file holds them."""
        with contextlib.closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as db:
            names = tables or tuple(
                r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            return {t: sorted(db.execute(f"SELECT * FROM {t}"), key=repr) for t in names}


@contextlib.contextmanager
def installation(
    folder: Path, name: str, template: ReadinessTemplate, clock: Clock | None = None
) -> Iterator[Installation]:
    """An installation whose database is ``folder/name.sqlite3``, on computer ``name``."""
    clock = clock or Clock()
    path = folder / f"{name}.sqlite3"
    engine = open_database(path, create_if_missing=True)
    store = SqlWorkshopStore(engine, path)
    made: list[Path] = []

    def back_up() -> Path:
        copy = folder / f"{name}-backup-{len(made) + 1}.sqlite3"
        with (
            contextlib.closing(sqlite3.connect(path)) as source,
            contextlib.closing(sqlite3.connect(copy)) as target,
        ):
            source.backup(target)
        made.append(copy)
        return copy

    try:
        yield Installation(
            path=path,
            workshops=WorkshopService(store, template, clock=clock, today=lambda: TODAY),
            packages=PackageService(
                store,
                SqlInstallation(engine, path),
                write_package,
                app_version=__version__,
                computer=lambda: name,
                clock=clock,
            ),
            imports=ImportService(
                store,
                lambda p: read_package(p, paths.package_schema_path()),
                PackagedWorkshopCodec(),
                back_up=back_up,
                clock=clock,
            ),
            backups_made=made,
        )
    finally:
        store.close()
