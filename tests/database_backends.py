"""The back ends the storage, services and CLI tests run on: SQLite always, and PostgreSQL
when HALLBAR_TEST_POSTGRESQL names a server's database (.ci/run starts one), each test in a
throwaway schema of its own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote
from uuid import uuid4

import pytest

from hallbar_desktop.domain.database_address import ServerAddress

# A libpq URI without a password (PGPASSWORD or ~/.pgpass gives it), e.g.
# postgresql://hallbar_test@127.0.0.1/hallbar_test
POSTGRESQL_URL = os.environ.get("HALLBAR_TEST_POSTGRESQL", "")
BACKENDS = ("sqlite", "postgresql") if POSTGRESQL_URL else ("sqlite",)
_SCHEMA_PREFIX = "hallbar_test_"


@contextmanager
def throwaway_schema() -> Iterator[ServerAddress]:
    """A new, empty schema on the test server and an address whose connections use it; it is
    dropped with everything in it afterwards."""
    import psycopg

    schema = f"{_SCHEMA_PREFIX}{uuid4().hex[:12]}"
    with psycopg.connect(POSTGRESQL_URL, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    joiner = "&" if "?" in POSTGRESQL_URL else "?"
    try:
        yield ServerAddress(f"{POSTGRESQL_URL}{joiner}options=-csearch_path%3D{schema}")
    finally:
        with psycopg.connect(POSTGRESQL_URL, autocommit=True) as admin:
            # A connection a test left open in a transaction must not hang the run.
            admin.execute("SET lock_timeout = '10s'")
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def schema_of(address: ServerAddress) -> str:
    """The throwaway schema an address of throwaway_schema's uses."""
    return unquote(address.url).rpartition("search_path=")[2]


@contextmanager
def login_role(address: ServerAddress, *grants: str) -> Iterator[tuple[str, str]]:
    """A login role of the test's own, (name, password), with a password of its own (not the
    test role's, which is also its name), USAGE on the address's schema and the ``grants``
    (SQL, ``{role}`` and ``{schema}`` filled in); dropped afterwards. The test role needs
    CREATEROLE (.ci/run gives it)."""
    import psycopg

    role, password = f"{_SCHEMA_PREFIX}{uuid4().hex[:10]}", uuid4().hex
    schema = schema_of(address)
    with psycopg.connect(POSTGRESQL_URL, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        admin.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO {role}')
        for grant in grants:
            admin.execute(grant.format(role=role, schema=f'"{schema}"'))
    try:
        yield role, password
    finally:
        with psycopg.connect(POSTGRESQL_URL, autocommit=True) as admin:
            admin.execute("SET lock_timeout = '10s'")
            # Its rights go first: a role that still holds some cannot be dropped.
            admin.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{schema}" FROM {role}')
            admin.execute(f'REVOKE ALL ON SCHEMA "{schema}" FROM {role}')
            admin.execute(f"DROP ROLE {role}")


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Path | ServerAddress]:
    """Where the test's data lives: a new SQLite file's path, or a new schema on the server."""
    if request.param == "sqlite":
        yield db_path
        return
    with throwaway_schema() as address:
        yield address


def leave_out_sqlite_only(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the PostgreSQL run of tests marked sqlite_only: what they check (the file, its
    lock, its backups, SQLite's own SQL) has no counterpart on a server."""
    kept, left_out = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("database") == "postgresql"
        (left_out if on_server and item.get_closest_marker("sqlite_only") else kept).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept
