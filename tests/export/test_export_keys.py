"""Workbook rows carry keys: each table row names its workshop and record, as stored."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import openpyxl
import pytest
from openpyxl.utils import range_boundaries

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.readiness import RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.export.conftest import convert_with_libreoffice
from tests.ui.conftest import export_service_for

Row = dict[str, Any]

# Each table of the workbooks and the column that holds its row's own key.
RECORD_KEY = {
    "Skattning": "Kod",
    "Radata": "Svars-id",
    "Beroenden": "Beroende-id",
    "Atgarder": "Åtgärds-id",
    "Forutsattningar": "Förutsättnings-id",
    "Framgangsfaktorer": "Framgångsfaktor-id",
    "Jamforelse": "Workshop-id",  # one row per workshop
    "Lappar": "Lapp-id",
}
# Tables that explain or compare rather than hold records: the columns explained, and a
# follow-up's change per dimension and statement.
NOT_RECORDS = {"OmData", "ForeEfter"}


@pytest.fixture
def exports(service: WorkshopService) -> ExportService:
    return export_service_for(service)


def _store(service: WorkshopService, template: ReadinessTemplate, **changes: Any) -> UUID:
    """The demo workshop with some answers also counted by hand."""
    contents = demo_contents(template, TODAY)
    contents = dataclasses.replace(
        contents,
        workshop=dataclasses.replace(contents.workshop, **changes),
        tallies=(
            RatingTally(statement_code="A1", value=4, count=2),
            RatingTally(statement_code="A1", value=None, count=1),
        ),
    )
    return service.add_workshop(contents).workshop.id


def _stored(service: WorkshopService, ids: list[UUID]) -> dict[UUID, WorkshopContents]:
    with service._store.transaction(write=False) as repo:
        return {c.workshop.id: c for c in repo.load_many(ids)}


def _tables(book: openpyxl.Workbook) -> Iterator[tuple[str, str, list[Row]]]:
    """Every Excel table of the workbook: its sheet, its name and its rows by header."""
    for sheet in book.worksheets:
        for name, ref in sheet.tables.items():
            if name in NOT_RECORDS:
                continue
            first_col, first_row, last_col, last_row = range_boundaries(ref)
            rows = [
                list(r)
                for r in sheet.iter_rows(
                    min_row=first_row, max_row=last_row, min_col=first_col, max_col=last_col
                )
            ]
            header = [c.value for c in rows[0]]
            yield sheet.title, name, [dict(zip(header, r, strict=True)) for r in rows[1:]]


def _expected_keys(contents: WorkshopContents) -> dict[str, set[str]]:
    """Each table's record keys, worked out from the stored records alone."""
    number = {
        p.id: n for n, p in enumerate(sorted(contents.participants, key=lambda p: p.position), 1)
    }
    answers = {f"Deltagare {number[r.participant_id]}/{r.statement_code}" for r in contents.ratings}
    answers |= {
        f"Handuppräckning/{t.statement_code}/{t.value or 'Vet ej'}/{n}"
        for t in contents.tallies
        for n in range(1, t.count + 1)
    }
    return {
        "Skattning": {s.code for s in contents.template.statements},
        "Radata": answers,
        "Beroenden": {str(d.id) for d in contents.dependencies},
        "Atgarder": {str(a.id) for a in contents.actions},
        "Forutsattningar": {str(c.id) for c in contents.prerequisite_checks},
        "Framgangsfaktorer": {str(f.id) for f in contents.success_factors},
        "Lappar": {str(n.id) for n in contents.notes},
    }


def _check_links(row: Row, contents: WorkshopContents) -> None:
    """An action names its dependencies by number (place in the list) and id, never by title."""
    numbered = {
        d.id: n for n, d in enumerate(sorted(contents.dependencies, key=lambda d: d.position), 1)
    }
    action = next(a for a in contents.actions if str(a.id) == row["Åtgärds-id"].value)
    linked = sorted((numbered[i], i) for i in action.dependency_ids)
    assert row["Kopplade beroenden (nr)"].value == (", ".join(str(n) for n, _ in linked) or None)
    assert row["Kopplade beroenden (id)"].value == ("; ".join(str(i) for _, i in linked) or None)
    titles = [d.title for d in contents.dependencies if d.id in action.dependency_ids]
    texts = [str(c.value) for c in row.values() if c.value is not None]
    assert not any(t in text for t in titles for text in texts), titles
    assert "Kopplat till beroende" not in row


def _check_origin(row: Row, contents: WorkshopContents) -> None:
    w = contents.workshop
    assert row["Workshop-id"].value == str(w.id)
    assert row["Workshop-id"].data_type == "s"
    assert row["Organisation"].value == w.organisation
    assert row["Workshop"].value == w.title
    assert isinstance(w.held_on, date)
    assert row["Datum"].value == datetime.combine(w.held_on, datetime.min.time())
    assert row["Datum"].is_date and row["Datum"].number_format == "yyyy-mm-dd"


def _no_formula(book: openpyxl.Workbook) -> None:
    assert [
        (sheet.title, cell.coordinate)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ] == []


def test_every_row_of_a_workshop_workbook_carries_its_workshop_and_record(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _store(service, template)
    contents = _stored(service, [wid])[wid]
    target = tmp_path / "en.xlsx"
    exports.export([wid], xlsx=target)
    book = openpyxl.load_workbook(target)

    expected = _expected_keys(contents)
    seen = set()
    for sheet, name, rows in _tables(book):
        seen.add(name)
        assert rows, name
        keys = []
        for row in rows:
            _check_origin(row, contents)
            key = row[RECORD_KEY[name]]
            assert key.data_type == "s", (name, key.value)
            keys.append(key.value)
        assert sorted(keys) == sorted(expected[name]), (sheet, name)
        headers = list(rows[0])
        # Where the row comes from first, its keys last: the same place on every sheet.
        assert headers[:3] == ["Organisation", "Workshop", "Datum"], name
        assert "Workshop-id" in headers[-3:], name
    assert seen == set(expected)

    tables = {name: rows for _sheet, name, rows in _tables(book)}
    by_id = {str(d.id): d for d in contents.dependencies}
    for row in tables["Beroenden"]:
        assert row["Rubrik"].value == by_id[row["Beroende-id"].value].title
    for row in tables["Atgarder"]:
        _check_links(row, contents)
    assert any(row["Kopplade beroenden (nr)"].value for row in tables["Atgarder"])
    about = [row[0] for row in book["Om underlaget"].iter_rows(values_only=True)]
    assert "Nycklar" in about  # the file says what its keys are
    # The ratings are keyed by the participant's number: no participant's id is in the file.
    cells = [str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r]
    assert not any(str(p.id) in text for p in contents.participants for text in cells)
    _no_formula(book)


def test_every_row_of_a_rollup_carries_its_workshop_and_record(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    first = _store(service, template)
    other = _store(service, template, organisation="Region Östra", held_on=date(2026, 3, 2))
    follow = _store(
        service, template, title="Uppföljning", variant=Variant.FOLLOW_UP, follows_up_id=first
    )
    stored = _stored(service, [first, other, follow])
    target = tmp_path / "alla.xlsx"
    exports.export([first, other, follow], xlsx=target)
    book = openpyxl.load_workbook(target)

    tables = {name: rows for _sheet, name, rows in _tables(book)}
    assert set(tables) == {
        "Jamforelse",
        "Radata",
        "Beroenden",
        "Atgarder",
        "Forutsattningar",
        "Framgangsfaktorer",
        "Lappar",
    }
    for name, rows in tables.items():
        keys = []
        for row in rows:
            contents = stored[UUID(row["Workshop-id"].value)]
            _check_origin(row, contents)
            keys.append((row["Workshop-id"].value, row[RECORD_KEY[name]].value))
            if name == "Atgarder":
                _check_links(row, contents)
        if name == "Jamforelse":
            wanted = [(str(i), str(i)) for i in stored]
        else:
            wanted = [(str(i), k) for i, c in stored.items() for k in _expected_keys(c)[name]]
        assert sorted(keys) == sorted(wanted), name
    follows = {
        r["Workshop-id"].value: r["Följer upp, workshop-id"].value for r in tables["Jamforelse"]
    }
    assert follows == {str(first): None, str(other): None, str(follow): str(first)}
    _no_formula(book)


def test_libreoffice_reads_the_keys_of_every_sheet(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _store(service, template)
    contents = _stored(service, [wid])[wid]
    target = tmp_path / "en.xlsx"
    exports.export([wid], xlsx=target)
    out = tmp_path / "csv"
    out.mkdir()
    # Cells as shown (the ninth token), every sheet in a file of its own (-1, LibreOffice 7.2+).
    options = "44,34,76,1,,0,false,true,true,false,false,-1"
    convert_with_libreoffice([target], out, f"csv:Text - txt - csv (StarCalc):{options}")
    sheets = {p.stem.removeprefix("en-"): p for p in out.glob("en-*.csv")}
    assert {"Beroenden", "Åtgärder", "Skattning_rådata"} <= set(sheets), sorted(sheets)
    with sheets["Åtgärder"].open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert sorted(r["Åtgärds-id"] for r in rows) == sorted(str(a.id) for a in contents.actions)
    assert {r["Workshop-id"] for r in rows} == {str(wid)}
    assert {r["Datum"] for r in rows} == {contents.workshop.held_on.isoformat()}
