"""The facilitator and coordinator roles of docs/postgresql-roles.sql on a PostgreSQL server."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from hallbar_desktop.app import Services, open_services, package_reader
from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.errors import NotFoundError
from hallbar_desktop.domain.retention import PurgeKind
from hallbar_desktop.domain.server_errors import DatabaseServerError
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.import_service import read_packages
from tests.cli.test_cli import assert_one_line_error, run
from tests.database_backends import POSTGRESQL_URL, login_role, throwaway_schema

pytestmark = pytest.mark.skipif(not POSTGRESQL_URL, reason="HALLBAR_TEST_POSTGRESQL not set")
ROLES_SQL = Path(__file__).parents[2] / "docs" / "postgresql-roles.sql"


@pytest.fixture
def server() -> Iterator[ServerAddress]:
    """A schema with hallbar's tables, made by its owner (the test role), and the roles' script
    run in it as the documentation says."""
    with throwaway_schema() as address:
        with open_services(address, create_if_missing=False):
            pass
        with psycopg.connect(address.url, autocommit=True) as owner:
            owner.execute(ROLES_SQL.read_text(encoding="utf-8"))
        yield address


@pytest.fixture
def person(server: ServerAddress) -> Iterator[Callable[[str], Services]]:
    """``person("hallbar_facilitator")``: the services of a new login role in that group, with a
    password of its own (no PGPASSWORD for it)."""
    owner = urlsplit(server.url).username
    with ExitStack() as stack:

        def services(group: str) -> Services:
            role, password = stack.enter_context(login_role(server, f"GRANT {group} TO {{role}}"))
            address = ServerAddress(server.url.replace(f"//{owner}@", f"//{role}@", 1))
            return stack.enter_context(
                open_services(address, create_if_missing=False, password=password)
            )

        yield services


def test_a_facilitator_sees_and_edits_only_its_own_workshops(
    person: Callable[[str], Services],
) -> None:
    anna, berit = person("hallbar_facilitator"), person("hallbar_facilitator")
    annas = anna.workshops.create_workshop(Workshop(title="Annas"), participant_count=2).workshop
    beritas = berit.workshops.create_workshop(Workshop(title="Beritas")).workshop
    anna.workshops.save_action(annas.id, Action(title="Fråga nämnden"))

    assert [o.workshop.title for o in anna.workshops.list_workshops()] == ["Annas"]
    assert [o.workshop.title for o in berit.workshops.list_workshops()] == ["Beritas"]
    with pytest.raises(NotFoundError):
        anna.workshops.contents(beritas.id)
    with pytest.raises(NotFoundError):
        berit.workshops.update_workshop(dataclasses.replace(annas, title="Mina nu"), annas)
    renamed = dataclasses.replace(annas, place="Regionhuset")
    anna.workshops.update_workshop(renamed, annas)
    contents = anna.workshops.contents(annas.id)
    assert contents.workshop.place == "Regionhuset"
    assert len(contents.participants) == 2 and len(contents.actions) == 1
    anna.workshops.delete_workshop(annas.id)
    assert not anna.workshops.list_workshops()


def test_a_coordinator_reads_every_workshop_and_follows_up_actions(
    person: Callable[[str], Services], tmp_path: Path
) -> None:
    anna, lars = person("hallbar_facilitator"), person("hallbar_coordinator")
    annas = anna.workshops.create_workshop(Workshop(title="Annas"), participant_count=2).workshop
    action = anna.workshops.save_action(annas.id, Action(title="Fråga nämnden"))
    berit = person("hallbar_facilitator")
    berit.workshops.create_workshop(Workshop(title="Beritas"))

    assert sorted(o.workshop.title for o in lars.workshops.list_workshops()) == [
        "Annas",
        "Beritas",
    ]
    assert lars.coordinator.overview() is not None
    followed_up = dataclasses.replace(action, status=ActionStatus.DONE)
    lars.workshops.save_action(annas.id, followed_up, action)
    assert anna.workshops.contents(annas.id).actions[0].status == ActionStatus.DONE
    package = lars.packages.pack([annas.id], tmp_path / "annas.hallbar", names=False)
    assert package.is_file()


def test_a_right_the_coordinator_lacks_is_said_plainly_and_nothing_changes(
    person: Callable[[str], Services],
) -> None:
    anna, lars = person("hallbar_facilitator"), person("hallbar_coordinator")
    annas = anna.workshops.create_workshop(Workshop(title="Annas")).workshop

    with pytest.raises(DatabaseServerError) as renaming:
        lars.workshops.update_workshop(dataclasses.replace(annas, title="Lars"), annas)
    with pytest.raises(DatabaseServerError) as creating:
        lars.workshops.create_workshop(Workshop(title="Lars egen"))

    for refused in (renaming.value, creating.value):
        said = error_message(refused)
        assert said.startswith("Du saknar behörighet för det här i databasen")
        assert "permission denied for table workshops" in said
    assert [o.workshop.title for o in anna.workshops.list_workshops()] == ["Annas"]


@pytest.fixture
def login(server: ServerAddress) -> Iterator[Callable[[str], tuple[ServerAddress, str]]]:
    """``login("hallbar_facilitator")``: the address and password of a new login role in that
    group, for the command line (which reads the password from PGPASSWORD)."""
    owner = urlsplit(server.url).username
    with ExitStack() as stack:

        def made(group: str) -> tuple[ServerAddress, str]:
            role, password = stack.enter_context(login_role(server, f"GRANT {group} TO {{role}}"))
            return ServerAddress(server.url.replace(f"//{owner}@", f"//{role}@", 1)), password

        yield made


def test_importing_another_facilitators_workshop_is_refused_in_one_sentence(
    person: Callable[[str], Services], tmp_path: Path
) -> None:
    anna, berit = person("hallbar_facilitator"), person("hallbar_facilitator")
    annas = anna.workshops.create_workshop(Workshop(title="Annas"), participant_count=2).workshop
    package = anna.packages.pack([annas.id], tmp_path / "annas.hallbar", names=False)

    with pytest.raises(DatabaseServerError) as refused:
        berit.imports.import_packages(read_packages(package_reader(), [package]))

    said = error_message(refused.value)
    assert said.startswith(f"Workshoppen ”Annas” ({annas.id}) finns redan i databasen")
    assert "hör till en annan användare, så ingenting ändrades" in said
    assert "duplicate key" not in said and "\n" not in said
    assert not berit.workshops.list_workshops()
    assert [o.workshop.title for o in anna.workshops.list_workshops()] == ["Annas"]


def test_pushing_a_workshop_another_facilitator_has_gives_one_line_and_exit_2(
    login: Callable[[str], tuple[ServerAddress, str]], tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    workshop_id = run("--db", laptop, "demo", home=tmp_path).stdout.strip()
    (anna, annas_password), (berit, beritas_password) = (
        login("hallbar_facilitator"),
        login("hallbar_facilitator"),
    )

    def as_person(password: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("PGPASSWORD", password)
            return run(*args, home=tmp_path)

    assert as_person(annas_password, "--db", anna.url, "push", "--from", laptop).returncode == 0

    pushed = as_person(beritas_password, "--db", berit.url, "push", "--from", laptop)

    line = assert_one_line_error(pushed)
    assert f"({workshop_id}) finns redan" in line
    assert "hallbar owner" in line
    assert as_person(beritas_password, "--db", berit.url, "list", "--json").stdout.strip() == "[]"


def test_a_coordinator_gives_a_workshop_from_before_owners_to_its_facilitator(
    server: ServerAddress,
    login: Callable[[str], tuple[ServerAddress, str]],
    person: Callable[[str], Services],
    tmp_path: Path,
) -> None:
    # Made by the owner of the tables, as workshops from before version 5 of the tables are
    # after the upgrade: no facilitator sees it.
    with open_services(server, create_if_missing=False) as owner:
        old = owner.workshops.create_workshop(Workshop(title="Från förr")).workshop
    (lars, lars_password), (anna, annas_password) = (
        login("hallbar_coordinator"),
        login("hallbar_facilitator"),
    )
    annas_role = urlsplit(anna.url).username

    def as_person(password: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("PGPASSWORD", password)
            return run(*args, home=tmp_path)

    def annas_titles() -> list[str]:
        listed = as_person(annas_password, "--db", anna.url, "list", "--json").stdout
        return [w["title"] for w in json.loads(listed)]

    assert annas_titles() == []

    given = as_person(
        lars_password, "--db", lars.url, "owner", "--workshop", old.id, "--to", annas_role
    )

    assert given.returncode == 0, given.stderr
    assert given.stdout.strip() == f"Workshoppen {old.id} hör nu till {annas_role}."
    assert annas_titles() == ["Från förr"]
    # Still only the owner column: the coordinator may not rename it.
    with pytest.raises(DatabaseServerError):
        lars_services = person("hallbar_coordinator")
        lars_services.workshops.update_workshop(dataclasses.replace(old, title="Nytt"), old)


def test_giving_a_workshop_away_without_the_right_is_refused_in_one_line(
    server: ServerAddress, login: Callable[[str], tuple[ServerAddress, str]], tmp_path: Path
) -> None:
    (anna, annas_password), (berit, beritas_password), (rut, ruts_password) = (
        login("hallbar_facilitator"),
        login("hallbar_facilitator"),
        login("hallbar_reader"),
    )
    beritas_role = urlsplit(berit.url).username

    def as_person(password: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("PGPASSWORD", password)
            return run(*args, home=tmp_path)

    made = as_person(annas_password, "--db", anna.url, "demo")
    assert made.returncode == 0, made.stderr
    annas = made.stdout.strip()

    def give(password: str, address: ServerAddress, to: str) -> str:
        tried = as_person(password, "--db", address.url, "owner", "--workshop", annas, "--to", to)
        return assert_one_line_error(tried)

    # Berit does not see it; the reader sees it but may not change it; Anna may not give her
    # own away (the policy's check); a name the server does not know is named.
    assert f"ingen workshop med id {annas}" in give(beritas_password, berit, beritas_role)
    assert "Du saknar behörighet" in give(ruts_password, rut, beritas_role)
    assert "Du saknar behörighet" in give(annas_password, anna, beritas_role)
    assert "ingen användare som heter ingen_alls" in give(ruts_password, rut, "ingen_alls")
    listed = as_person(annas_password, "--db", anna.url, "list", "--json").stdout
    assert [w["id"] for w in json.loads(listed)] == [annas]


def test_a_facilitators_purge_says_the_servers_tables_were_not_rewritten(
    person: Callable[[str], Services],
    login: Callable[[str], tuple[ServerAddress, str]],
    tmp_path: Path,
) -> None:
    anna = person("hallbar_facilitator")
    annas = anna.workshops.create_workshop(Workshop(title="Annas")).workshop
    anna.workshops.add_participant(annas.id, name="Zelmira Hemligsdotter", role="Chef")

    report = anna.retention.purge([annas.id], PurgeKind.NAMES)

    # Only the owner of the tables may vacuum them; the names are gone from the rows.
    assert report.on_server and not report.file_compacted
    assert [p.name for p in anna.workshops.contents(annas.id).participants] == [""]
    berit, beritas_password = login("hallbar_facilitator")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PGPASSWORD", beritas_password)
        made = run("--db", berit.url, "demo", home=tmp_path).stdout.strip()
        purged = run("--db", berit.url, "purge", "--workshop", made, home=tmp_path)
    assert purged.returncode == 0, purged.stderr
    assert "Tabellerna på servern skrevs inte om" in purged.stderr
