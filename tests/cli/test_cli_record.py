"""`hallbar record`: the record of processing as a workbook and a PDF, from the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop import cli
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.export.conftest import pdf_text


def _facts(path: Path) -> dict[str, object]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    return {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if len(row) > 1}


def test_record_writes_the_workbook_and_the_pdf_with_the_databases_counts(
    database: Path,
    service: WorkshopService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made = service.create_workshop(
        Workshop(title="Våren", organisation="Region Syd", held_on=date(2020, 3, 1)),
        participant_count=2,
    )
    service.add_participant(made.workshop.id, name="Zelmira Hemligsdotter", role="Chef")
    xlsx, pdf = tmp_path / "förteckning.xlsx", tmp_path / "förteckning.pdf"
    capsys.readouterr()
    code = cli.main(["record", "--db", str(database), "--xlsx", str(xlsx), "--pdf", str(pdf)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.splitlines() == [str(xlsx), str(pdf)]
    facts = _facts(xlsx)
    assert facts["Deltagare"] == 3
    assert facts["Deltagare med namn"] == 1 and facts["Deltagare med roll"] == 1
    assert facts["… och som fortfarande har personuppgifter (ska gallras)"] == 1
    assert facts["Organisationer i workshopparna"] == "Region Syd: 1 workshop"
    assert str(facts["Dataskyddsombud"]).startswith("Fyll i")
    text = " ".join(pdf_text(pdf).split())
    assert "Registerförteckning: personuppgifter i hallbar" in text
    # Counts only: the record holds no one's name.
    assert "Zelmira" not in text and "Zelmira" not in str(facts)
    if isinstance(database, Path):
        # A long path may wrap on the page: its name is enough.
        assert "En databasfil:" in text and database.name in text
        assert "Filens rättigheter" in text
    else:
        assert "På en server (PostgreSQL)" in text and "Äger tabellerna" in text
        assert "password" not in text.casefold()


def test_the_pdfs_table_per_workshop_splits_no_word(
    database: Path, service: WorkshopService, tmp_path: Path
) -> None:
    """Each column is as wide as its longest word: the organisation and the headers whole."""
    service.create_workshop(
        Workshop(
            title="Hållbarhetsbedömning i regionala projektmedel",
            organisation="Region Exempelland",
            held_on=date(2020, 3, 1),
        ),
        participant_count=1,
    )
    pdf = tmp_path / "förteckning.pdf"
    assert cli.main(["record", "--db", str(database), "--pdf", str(pdf)]) == 0
    words = pdf_text(pdf).split()
    for word in ("Exempelland", "Personuppgifter", "Organisation", "Hållbarhetsbedömning"):
        assert word in words


def test_record_in_english(database: Path, service: WorkshopService, tmp_path: Path) -> None:
    service.create_workshop(Workshop(title="Spring"), participant_count=1)
    xlsx = tmp_path / "record.xlsx"
    assert cli.main(["record", "--db", str(database), "--xlsx", str(xlsx), "--language", "en"]) == 0
    facts = _facts(xlsx)
    assert facts["Participants"] == 1
    assert str(facts["Data protection officer"]).startswith("Fill in")


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        ([], "ange --xlsx FIL, --pdf FIL eller båda"),
        (["--pdf", "{missing}/x.pdf"], "finns inte"),
    ],
)
def test_record_says_what_is_wrong_on_one_line_and_exits_2(
    database: Path,
    service: WorkshopService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    said: str,
) -> None:
    missing = tmp_path / "saknas"
    arguments = [a.format(missing=missing) for a in arguments]
    capsys.readouterr()
    assert cli.main(["record", "--db", str(database), *arguments]) == cli.EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("hallbar: ") and said in line
