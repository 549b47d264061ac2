"""`hallbar purge`: one line per workshop purged, on the file and the backups the app made."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from hallbar_desktop import cli
from hallbar_desktop.app import backup_service_for
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService

NAME = "Zelmira Hemligsdotter"
ROLE = "Överhemlig funktionär"


def _workshop(service: WorkshopService, title: str, retention_until: date) -> str:
    made = service.create_workshop(
        Workshop(title=title, held_on=date(2020, 3, 1), retention_until=retention_until)
    )
    service.add_participant(made.workshop.id, name=NAME, role=ROLE)
    return str(made.workshop.id)


def test_purge_of_names_says_one_line_per_workshop_and_reaches_the_backups(
    database: Path, service: WorkshopService, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _workshop(service, "Första", date(2999, 1, 1))
    second = _workshop(service, "Andra", date(2999, 1, 1))
    on_file = isinstance(database, Path)
    if on_file:
        assert cli.main(["backup", "--db", str(database)]) == 0
    capsys.readouterr()
    code = cli.main(["purge", "--db", str(database), "--workshop", first, "--workshop", second])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = captured.out.splitlines()
    assert [line.split()[:2] for line in lines] == [["gallrad", first], ["gallrad", second]]
    assert all("namn och roller borttagna (deltagare: 1, anteckningar: 0)" in x for x in lines)
    assert "paket som du har skickat" in captured.err
    for wid in (first, second):
        people = service.contents(UUID(wid)).participants
        assert [(p.name, p.role) for p in people] == [("", "")]
    if on_file:
        (backup,) = backup_service_for(database).backups()
        assert f"Säkerhetskopia gallrad: {backup.path}" in captured.err
        assert NAME.encode() not in backup.path.read_bytes()
        assert NAME.encode() not in database.read_bytes()
    else:
        assert "serverns egna säkerhetskopior" in captured.err


def test_purge_expired_takes_only_workshops_past_their_date_and_delete_removes_them(
    database: Path, service: WorkshopService, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _workshop(service, "Gammal", date(2001, 1, 1))
    _workshop(service, "Ny", date(2999, 1, 1))
    capsys.readouterr()
    assert cli.main(["purge", "--db", str(database), "--expired"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split()[:3] == ["gallrad", old, "Gammal"]
    # Its names are gone: nothing more to purge of them; the workshop is still past its date.
    assert cli.main(["purge", "--db", str(database), "--expired"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "Ingen workshop" in captured.err
    assert cli.main(["purge", "--db", str(database), "--expired", "--delete"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split()[:3] == ["gallrad", old, "Gammal"] and "hela workshoppen" in line
    assert [o.workshop.title for o in service.list_workshops()] == ["Ny"]


def test_purge_needs_workshops_or_expired_and_refuses_an_unknown_id(
    database: Path, service: WorkshopService, capsys: pytest.CaptureFixture[str]
) -> None:
    _workshop(service, "Kvar", date(2001, 1, 1))
    assert cli.main(["purge", "--db", str(database)]) == 2
    unknown = str(Workshop(title="x").id)
    capsys.readouterr()
    assert cli.main(["purge", "--db", str(database), "--workshop", unknown]) == 2
    err = capsys.readouterr().err
    assert unknown in err and "Det finns ingen workshop" in err
    (kept,) = service.list_workshops()
    assert [p.name for p in service.contents(kept.workshop.id).participants] == [NAME]
