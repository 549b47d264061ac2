"""`hallbar --self-test` end to end, and its checks of the exported files on good and bad input."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from hallbar_desktop import paths
from hallbar_desktop.self_test import (
    WORKSHOP_SHEETS,
    SelfTestFailed,
    check_database,
    check_pdf,
    check_workbook,
)
from hallbar_desktop.storage.database import open_database
from tests.cli.test_cli import assert_one_line_error, run


def test_self_test_passes_and_leaves_the_users_data_alone(tmp_path: Path) -> None:
    result = run("--self-test", home=tmp_path, entry="script")
    assert result.returncode == 0, result.stderr
    # Qt's offscreen platform may warn about window hints it cannot honour; the self-test itself
    # says nothing on stderr when it passes.
    assert "hallbar:" not in result.stderr and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Självtest av hallbar ")
    assert lines[-1] == "Självtestet gick igenom."
    checks = {line.split(":")[0] for line in lines if line.startswith("OK  ")}
    assert checks == {
        "OK  lagring och export",
        "OK  databas",
        "OK  Excel",
        "OK  PDF",
        "OK  mobilernas server",
        "OK  sammanställningens hjälpprocess",
        "OK  fönstrets exportprocess",
        "OK  fönster",
    }
    assert "12 deltagare" in result.stdout
    assert "typsnitten inbäddade (DejaVuSans, DejaVuSans-Bold)" in result.stdout
    assert "programikonen och Qt:s egna texter på svenska" in result.stdout
    # No default database, no settings, no leftovers in the working folder.
    assert not (tmp_path / "data").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_bundle_without_its_fonts_fails_with_one_line(tmp_path: Path) -> None:
    # What a build that forgot the fonts would do: the PDF export cannot find them.
    code = (
        "import sys; from pathlib import Path; from hallbar_desktop import paths, cli\n"
        f"paths.fonts_dir = lambda: Path({str(tmp_path / 'no-fonts')!r})\n"
        "sys.exit(cli.main(['--self-test']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 2, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hallbar: självtestet misslyckades (lagring och export): ")
    assert "Traceback" not in result.stderr
    assert "Självtestet gick igenom." not in result.stdout


def test_a_bundle_without_its_icon_fails_with_one_line(tmp_path: Path) -> None:
    # What a build that forgot the icon (or Qt's SVG plugins) would do: the window has none.
    code = (
        "import sys; from pathlib import Path; from hallbar_desktop import paths, cli\n"
        f"paths.app_icon_path = lambda: Path({str(tmp_path / 'no-icon.svg')!r})\n"
        "sys.exit(cli.main(['--self-test']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 2, result
    lines = [line for line in result.stderr.splitlines() if line.startswith("hallbar:")]
    assert lines == [
        "hallbar: självtestet misslyckades (fönster): programikonen kunde inte ritas "
        f"({tmp_path / 'no-icon.svg'})"
    ], result.stderr
    assert "Traceback" not in result.stderr
    assert "Självtestet gick igenom." not in result.stdout


def test_self_test_takes_no_database_or_command(tmp_path: Path) -> None:
    line = assert_one_line_error(run("--self-test", "--db", tmp_path / "x.sqlite3", home=tmp_path))
    assert "--self-test anges ensamt" in line
    assert_one_line_error(run("--self-test", "list", home=tmp_path))
    assert not (tmp_path / "x.sqlite3").exists()


def _workbook(path: Path, sheets: tuple[str, ...]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = sheets[0]
    for name in sheets[1:]:
        book.create_sheet(name)
    book.save(path)
    return path


def test_the_workbook_check_wants_the_sheets_and_no_formula(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx", WORKSHOP_SHEETS)
    assert f"{len(WORKSHOP_SHEETS)} blad" in check_workbook(good)
    with pytest.raises(SelfTestFailed, match="bladen"):
        check_workbook(_workbook(tmp_path / "short.xlsx", WORKSHOP_SHEETS[:-1]))
    book = openpyxl.load_workbook(good)
    book["Åtgärder"]["B3"] = "=1+1"
    book.save(tmp_path / "formula.xlsx")
    with pytest.raises(SelfTestFailed, match="formel i Åtgärder!B3"):
        check_workbook(tmp_path / "formula.xlsx")


def _pdf(path: Path, font: str, pages: int = 2) -> Path:
    page = canvas.Canvas(str(path), initialFontName=font)
    for number in range(pages):
        page.setFont(font, 12)
        page.drawString(72, 720, f"Sida {number + 1}: åäö")
        page.showPage()
    page.save()
    return path


def test_the_pdf_check_counts_pages_and_wants_every_font_embedded(tmp_path: Path) -> None:
    pdfmetrics.registerFont(TTFont("SelfTestDejaVu", str(paths.fonts_dir() / "DejaVuSans.ttf")))
    embedded = _pdf(tmp_path / "embedded.pdf", "SelfTestDejaVu", pages=3)
    assert check_pdf(embedded).startswith("3 sidor, typsnitten inbäddade (DejaVuSans")
    with pytest.raises(SelfTestFailed, match="Helvetica är inte inbäddat"):
        check_pdf(_pdf(tmp_path / "helvetica.pdf", "Helvetica"))
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(embedded.read_bytes()[:-2000])
    with pytest.raises(SelfTestFailed, match="inte komplett"):
        check_pdf(cut)
    text = tmp_path / "text.pdf"
    text.write_text("inte en pdf", encoding="utf-8")
    with pytest.raises(SelfTestFailed, match="börjar inte med %PDF"):
        check_pdf(text)


def test_the_database_check_wants_our_newest_schema(tmp_path: Path) -> None:
    ours = tmp_path / "ours.sqlite3"
    open_database(ours, create_if_missing=True).dispose()
    assert "schemaversion" in check_database(ours)
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE hallbar_meta (key TEXT, value TEXT)")
    connection.execute("INSERT INTO hallbar_meta VALUES ('application', 'hallbar-desktop')")
    connection.execute("INSERT INTO hallbar_meta VALUES ('schema_version', '1')")
    connection.commit()
    connection.close()
    with pytest.raises(SelfTestFailed, match="schemaversion 1"):
        check_database(other)
