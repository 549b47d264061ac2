"""Shared fixtures: a fixed clock, the shipped template and a fresh database per test."""

from __future__ import annotations

import os

# Qt aborts the process without a display unless told to render offscreen; set before any import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.template_files import newest_template
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.database_backends import leave_out_sqlite_only

TODAY = date(2026, 11, 26)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: checks the SQLite file itself; not run on PostgreSQL"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    leave_out_sqlite_only(config, items)


NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def own_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets its own per-user data folder, so backups and crash logs that the app
    makes never land in the real one (XDG_DATA_HOME is what platformdirs reads on Linux)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def commands_in_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    """The `hallbar` command speaks Swedish in the tests, whatever language the developer's
    environment names (LANGUAGE outranks LC_ALL, LC_MESSAGES and LANG); a test of another
    language names its own."""
    monkeypatch.setenv("LANGUAGE", "sv")


@pytest.fixture(scope="session")
def template() -> ReadinessTemplate:
    return newest_template(paths.templates_dir(), "hallbar-beredskap")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workshops.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Path | ServerAddress:
    """Where a test's data lives. The storage, services and CLI tests override this with
    tests.database_backends.database, which adds a PostgreSQL schema when a server is given."""
    return db_path


@pytest.fixture
def service(
    database: Path | ServerAddress, template: ReadinessTemplate
) -> Iterator[WorkshopService]:
    engine = open_database(database, create_if_missing=True)
    store = SqlWorkshopStore(engine, database)
    yield WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    store.close()


@pytest.fixture
def demo(template: ReadinessTemplate) -> WorkshopContents:
    return demo_contents(template, TODAY)
