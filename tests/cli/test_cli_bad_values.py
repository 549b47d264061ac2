"""`hallbar list` and `hallbar export --all` on a file with one bad row of each kind."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from hallbar_desktop.domain.readiness import ReadinessTemplate
from tests.bad_rows import write_bad_database
from tests.cli.test_cli import run

# What the list and the exports say about each bad value.
NOTED = {
    "long_title": "Titel: Lång titel Lång titel",
    "empty_title": "Åtgärd, Titel: (tomt)",
    "unknown_status": "Status: okänt värde (closed_for_good)",
    "impossible_date": "Klart senast: okänt värde (2026-02-30)",
    "rating_9": "Skattning: okänt värde (9)",
    "impact_hog": "Påverkan: okänt värde (hög)",
    "broken_template": 'Mall för skattningen: okänt värde ({"key": "hallbar-beredskap"',
    "bad_utf8": "Beskrivning: okänt värde (Kaf\\xe9 och \\xff\\xfe)",
}


def test_list_shows_every_workshop_with_its_bad_value_noted(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    db = tmp_path / "bad.sqlite3"
    bad = write_bad_database(db, template)
    result = run("list", "--db", db, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 + len(bad)  # one line per workshop, the healthy one too
    for kind, row in bad.items():
        (line,) = [line for line in lines if str(row.workshop_id) in line]
        assert "problem i databasen" in line and NOTED[kind] in line, (kind, line)
    assert "[okänt värde (closed_for_good)]" in result.stdout
    assert "som inte kunde läsas som de är (antal: 8)" in result.stderr

    listed = run("list", "--json", "--db", db, home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    by_id = {w["id"]: w for w in json.loads(listed.stdout)}
    hog = by_id[str(bad["impact_hog"].workshop_id)]["problems"]
    assert [(p["field"], p["stored_value"]) for p in hog] == [("impact", "hög")]


def test_export_all_exports_every_workshop_and_names_the_problems(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    db = tmp_path / "bad.sqlite3"
    bad = write_bad_database(db, template)
    xlsx, pdf = tmp_path / "alla.xlsx", tmp_path / "alla.pdf"
    result = run("export", "--all", "--xlsx", xlsx, "--pdf", pdf, "--db", db, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    workbook = openpyxl.load_workbook(xlsx)
    compared = [row[0] for row in workbook["Jämförelse"].iter_rows(min_row=2, values_only=True)]
    assert len([title for title in compared if title is not None]) == 1 + len(bad)
    rows = list(workbook["Problem i databasen"].iter_rows(min_row=2, values_only=True))
    named = [f"{post}, {field}: {value}" for _title, post, field, value, _meaning, *_ in rows]
    # Each problem names its workshop and record by key; a rating by the participant's number.
    keys = {(workshop_id, key) for *_, workshop_id, key in rows}
    for kind, row in bad.items():
        expected = "Deltagare 1/" if kind == "rating_9" else row.record_id
        assert any(
            w == str(row.workshop_id) and key and key.replace("-", "").startswith(expected)
            for w, key in keys
        ), (kind, keys)
    participant = bad["rating_9"].record_id
    assert not any(participant in str(cell).replace("-", "") for row in rows for cell in row)
    for kind, row in bad.items():
        assert any(NOTED[kind] in line for line in named), (kind, named)
        assert any(title == row.workshop_title for title, *_ in rows) or kind == "long_title"


def test_list_in_english_names_a_bad_value_in_english(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    db = tmp_path / "bad.sqlite3"
    bad = write_bad_database(db, template)
    result = run("--language", "en", "list", "--db", db, home=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    (status,) = [line for line in lines if str(bad["unknown_status"].workshop_id) in line]
    assert "[unknown value (closed_for_good)]" in status
    assert "Workshop, Status: unknown value (closed_for_good)" in status
    (empty,) = [line for line in lines if str(bad["empty_title"].workshop_id) in line]
    assert "Action, Title: (empty)" in empty
    assert "okänt värde" not in result.stdout and "(tomt)" not in result.stdout

    listed = run("--language", "en", "list", "--json", "--db", db, home=tmp_path)
    by_id = {w["id"]: w for w in json.loads(listed.stdout)}
    (hog,) = by_id[str(bad["impact_hog"].workshop_id)]["problems"]
    assert hog["shown_as"] == "unknown value (hög)"
    assert "The program uses an empty field" in hog["meaning"]
