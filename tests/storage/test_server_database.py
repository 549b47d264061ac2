"""A database on a PostgreSQL server: made on first use, upgraded once when two clients start
at once, refused when it is someone else's or too new, and server faults said plainly; a client
hears of another's changes within seconds. The address never carries a password."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.database_address import ServerAddress, database_location
from hallbar_desktop.domain.errors import DatabaseTooNewError
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.domain.server_errors import DatabaseServerError, ServerAddressError
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import migrations
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.database_file import LATEST_VERSION
from hallbar_desktop.storage.database_server import server_engine
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import TODAY
from tests.database_backends import POSTGRESQL_URL, throwaway_schema

on_a_server = pytest.mark.skipif(not POSTGRESQL_URL, reason="HALLBAR_TEST_POSTGRESQL not set")


def _version(address: ServerAddress) -> int:
    engine = open_database(address)
    try:
        with engine.connect() as connection:
            return migrations.schema_version(connection)
    finally:
        engine.dispose()


def test_an_address_is_a_server_and_anything_else_a_path() -> None:
    assert database_location("postgresql://anna@db.region.se/hallbar?sslmode=require") == (
        ServerAddress("postgresql://anna@db.region.se/hallbar?sslmode=require")
    )
    address = ServerAddress("postgres://anna@db.region.se:5433/hallbar")
    assert (address.user, address.host, address.database) == ("anna", "db.region.se", "hallbar")
    assert str(database_location("postgresql.sqlite3")) == "postgresql.sqlite3"


@pytest.mark.parametrize(
    "url", ["postgresql://anna:hemligt@db/hallbar", "postgresql://anna@db/hallbar?password=hemligt"]
)
def test_a_password_in_the_address_is_refused_and_not_repeated(url: str) -> None:
    with pytest.raises(ServerAddressError) as refused:
        ServerAddress(url)
    assert "hemligt" not in str(refused.value.args) + error_message(refused.value)
    assert "PGPASSWORD" in error_message(refused.value)
    assert "PGPASSWORD" in error_message(refused.value, "en")
    assert "hemligt" not in error_message(refused.value, "en")


@on_a_server
def test_two_clients_starting_on_an_empty_database_at_once_upgrade_it_once() -> None:
    with throwaway_schema() as address:
        found: list[object] = []

        def start() -> None:
            try:
                found.append(_version(address))
            except Exception as error:  # handed to the test thread
                found.append(error)

        clients = [threading.Thread(target=start) for _ in range(3)]
        for client in clients:
            client.start()
        for client in clients:
            client.join(60)
        assert found == [LATEST_VERSION] * 3


@on_a_server
def test_a_database_holding_other_tables_is_refused_and_left_as_it_was() -> None:
    with throwaway_schema() as address:
        with psycopg.connect(address.url, autocommit=True) as other:
            other.execute("CREATE TABLE budget (id integer)")
        with pytest.raises(DatabaseServerError) as refused:
            open_database(address)
        assert "andra tabeller" in error_message(refused.value)
        with psycopg.connect(address.url) as other:
            tables = other.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
            assert [row[0] for row in tables] == ["budget"]


@on_a_server
def test_a_database_newer_than_this_client_is_refused() -> None:
    with throwaway_schema() as address:
        assert _version(address) == LATEST_VERSION
        with psycopg.connect(address.url, autocommit=True) as newer:
            newer.execute(
                "UPDATE hallbar_meta SET value = %s WHERE key = 'schema_version'",
                (str(LATEST_VERSION + 1),),
            )
        with pytest.raises(DatabaseTooNewError):
            open_database(address)


@on_a_server
def test_a_wrong_password_is_said_plainly_without_the_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSWORD", "fel-lösenord")
    address = ServerAddress(POSTGRESQL_URL)
    with pytest.raises(DatabaseServerError) as refused:
        open_database(address)
    said = error_message(refused.value)
    assert "inloggningen" in said and "fel-lösenord" not in said + str(refused.value.args)
    assert not refused.value.retryable


@on_a_server
def test_a_server_that_does_not_answer_is_said_to_be_out_of_reach() -> None:
    # Port 9 (discard) on this machine: nothing listens there.
    address = ServerAddress("postgresql://hallbar_test@127.0.0.1:9/hallbar_test?connect_timeout=2")
    with pytest.raises(DatabaseServerError) as refused:
        open_database(address)
    assert "kan inte nås" in error_message(refused.value)
    assert "cannot be reached" in error_message(refused.value, "en")
    assert refused.value.retryable


@on_a_server
def test_a_read_does_not_wait_for_a_write_under_way() -> None:
    with throwaway_schema() as address:
        engine = open_database(address)
        try:
            with (
                engine.execution_options(hallbar_write=True).begin(),
                engine.connect() as reader,
                reader.begin(),
            ):
                assert reader.execute(sa.text("SELECT count(*) FROM workshops")).scalar() == 0
        finally:
            engine.dispose()


@on_a_server
def test_an_upgrade_refused_for_a_missing_right_says_so_and_changes_nothing() -> None:
    def needs_a_right(connection: sa.Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE hallbar_step_two (id integer)")
        connection.exec_driver_sql("CREATE TABLE pg_catalog.hallbar_step_two (id integer)")

    steps = (*migrations.MIGRATIONS[:1], migrations.Migration(2, "needs a right", needs_a_right))
    with throwaway_schema() as address:
        engine = server_engine(address)
        try:
            migrations.migrate(engine, address, steps[:1])
            with pytest.raises(DatabaseServerError) as refused:
                migrations.migrate(engine, address, steps)
            assert "saknar behörighet" in error_message(refused.value)
            assert "CREATE TABLE" not in error_message(refused.value)  # the server's, not ours
            with engine.connect() as connection:
                assert migrations.schema_version(connection) == 1
                assert not sa.inspect(connection).has_table("hallbar_step_two")
        finally:
            engine.dispose()


@on_a_server
def test_a_client_hears_of_another_clients_change_within_seconds_and_not_of_its_own(
    template: ReadinessTemplate,
) -> None:
    with throwaway_schema() as address:
        watching = SqlWorkshopStore(open_database(address), address)
        writing = SqlWorkshopStore(open_database(address), address)
        heard = threading.Event()
        stop = watching.watch_changes(heard.set)
        try:
            time.sleep(0.5)  # the listener's connection is made
            own = WorkshopService(watching, template)
            own.create_workshop(Workshop(title="Min egen"))
            assert not heard.wait(1.5), "its own change is no news"
            with writing.transaction(write=False) as repo:
                repo.list_overviews(TODAY)  # reading is no change either
            assert not heard.wait(1.0)

            started = time.monotonic()
            WorkshopService(writing, template).create_workshop(Workshop(title="Någon annans"))

            assert heard.wait(5)
            assert time.monotonic() - started < 5
        finally:
            stop()
            watching.close()
            writing.close()


def test_a_file_has_no_other_clients_to_hear_from(db_path: Path) -> None:
    store = SqlWorkshopStore(open_database(db_path, create_if_missing=True), db_path)
    stop = store.watch_changes(lambda: None)
    stop()
    store.close()


@on_a_server
def test_a_long_read_comes_from_the_server_a_batch_at_a_time(
    template: ReadinessTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A roll-up's ratings (500 000 for 500 workshops) were held whole by the driver before the
    # first was read: 55 MB more than the same roll-up from a file. A server-side cursor sends
    # them a batch at a time; the workshops read are the same.
    from hallbar_desktop.storage import workshop_store

    monkeypatch.setattr(workshop_store, "_ROWS_PER_FETCH", 7)
    with throwaway_schema() as address:
        engine = open_database(address)
        store = SqlWorkshopStore(engine, address)
        service = WorkshopService(store, template, today=lambda: TODAY)
        made = [
            service.create_workshop(Workshop(title=f"W{n}"), participant_count=3).workshop.id
            for n in range(2)
        ]
        for workshop_id in made:
            service.record_ratings(
                workshop_id,
                [
                    Rating(participant_id=person.id, statement_code=statement.code, value=3)
                    for person in service.contents(workshop_id).participants
                    for statement in template.statements[:4]
                ],
            )
        cursors: list[str] = []

        def note_cursor(_c: object, cursor: object, statement: str, *_a: object) -> None:
            table = re.search(r"\bFROM (\w+)", statement)
            cursors.append(f"{type(cursor).__name__} {table[1] if table else ''}")

        sa.event.listen(engine, "before_cursor_execute", note_cursor)
        with store.transaction(write=False) as repo:
            loaded = repo.load_many(made)
        engine.dispose()
    assert [len(c.ratings) for c in loaded] == [12, 12]
    assert "ServerCursor ratings" in cursors
