"""The workbook's tables as CSV files in a folder, in the dialect Swedish Excel opens as is."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hallbar_desktop.domain.errors import ExportTargetError
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.follow_up_comparison import FollowUpComparison
from hallbar_desktop.domain.rollup import RollupSummary
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.export.table_sheet import TableData, excel_value
from hallbar_desktop.export.workbook import (
    CSV_FILES,
    about_data,
    rollup_tables,
    workshop_tables,
)
from hallbar_desktop.file_target import write_atomically

# Excel set to Swedish reads a semicolon-separated file with decimal commas into numbers and
# columns on a double click; a comma-separated one lands in one column. The byte order mark
# tells it the file is UTF-8, so å, ä and ö arrive whole.
DELIMITER = ";"
ENCODING = "utf-8-sig"
ABOUT_FILE = "om-data"


def check_folder(folder: Path) -> None:
    """Raise ExportTargetError unless CSV files can be written in ``folder`` (made if missing,
    when the folder it would be in exists), before any export work is done."""
    if folder.exists() and not folder.is_dir():
        raise ExportTargetError(folder, f"{folder} är en fil. Ange en mapp för CSV-filerna.")
    existing = folder if folder.is_dir() else folder.parent
    if not existing.is_dir():
        raise ExportTargetError(
            folder, f"Mappen {existing} finns inte, så {folder} kan inte skapas."
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ExportTargetError(
            folder, f"Du har inte behörighet att skriva i mappen {existing}. Välj en annan mapp."
        )


def csv_value(value: Any) -> str:
    """A cell as Swedish Excel reads it: decimal comma, ISO dates, Ja/Nej, nothing for None."""
    value = excel_value(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return format(value, ".15g").replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write_table(table: TableData, path: Path) -> None:
    with path.open("w", encoding=ENCODING, newline="") as file:
        writer = csv.writer(file, delimiter=DELIMITER, lineterminator="\r\n")
        writer.writerow([c.header for c in table.columns])
        writer.writerows([csv_value(v) for v in row] for row in table.rows)


def write_tables(
    sheets: Sequence[tuple[str, tuple[TableData, ...]]], folder: Path, settings: ExportSettings
) -> tuple[Path, ...]:
    """One file per table that has a CSV name, and om-data.csv explaining every column; each
    file is written whole or not at all."""
    check_folder(folder)
    folder.mkdir(exist_ok=True)
    written = []
    tables = [t for _title, ts in sheets for t in ts if t.name in CSV_FILES]
    for table in [*tables, about_data(sheets, settings, csv_only=True)]:
        target = folder / f"{CSV_FILES.get(table.name, ABOUT_FILE)}.csv"
        write_atomically(target, lambda path, table=table: _write_table(table, path))
        written.append(target)
    return tuple(written)


def write_workshop_csv(
    summary: WorkshopSummary,
    folder: Path,
    settings: ExportSettings,
    follow_up: FollowUpComparison | None = None,
) -> tuple[Path, ...]:
    return write_tables(workshop_tables(summary, follow_up), folder, settings)


def write_rollup_csv(
    rollup: RollupSummary, folder: Path, settings: ExportSettings
) -> tuple[Path, ...]:
    return write_tables(rollup_tables(rollup), folder, settings)
