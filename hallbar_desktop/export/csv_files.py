"""The workbook's tables as CSV files in a folder, in the dialect Excel in the files' language
opens as is."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hallbar_desktop.domain.errors import ExportTargetError
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.follow_up_comparison import FollowUpComparison
from hallbar_desktop.domain.rollup import RollupSummary
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts
from hallbar_desktop.export.table_sheet import TableData, excel_value
from hallbar_desktop.export.workbook import (
    CSV_FILES,
    about_data,
    csv_stem,
    rollup_tables,
    workshop_tables,
)
from hallbar_desktop.file_target import write_atomically

# Excel set to Swedish reads a semicolon-separated file with decimal commas into numbers and
# columns on a double click; a comma-separated one lands in one column. Excel set to English
# reads commas between fields and decimal points. The byte order mark tells it the file is
# UTF-8, so å, ä and ö arrive whole.
DELIMITER = ";"
ENCODING = "utf-8-sig"
ABOUT_FILE = N_("om-data")


def delimiter(texts: ExportTexts = SWEDISH) -> str:
    """The field separator Excel expects beside the language's decimal mark."""
    return DELIMITER if texts.decimal_mark == "," else ","


def check_folder(folder: Path) -> None:
    """Raise ExportTargetError unless CSV files can be written in ``folder`` (made if missing,
    when the folder it would be in exists), before any export work is done."""
    if folder.exists() and not folder.is_dir():
        raise ExportTargetError(folder, "export_csv_folder_is_file")
    existing = folder if folder.is_dir() else folder.parent
    if not existing.is_dir():
        raise ExportTargetError.folder_missing(folder)
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ExportTargetError(folder, "export_csv_folder_not_writable", folder=existing)


def csv_value(value: Any, texts: ExportTexts = SWEDISH) -> str:
    """A cell as Excel in the language of ``texts`` reads it: its decimal mark (a comma in
    Swedish), ISO dates, Ja/Nej in its words, nothing for None."""
    value = excel_value(value, texts)
    if value is None:
        return ""
    if isinstance(value, float):
        return format(value, ".15g").replace(".", texts.decimal_mark)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write_table(table: TableData, path: Path, texts: ExportTexts) -> None:
    with path.open("w", encoding=ENCODING, newline="") as file:
        writer = csv.writer(file, delimiter=delimiter(texts), lineterminator="\r\n")
        writer.writerow([c.title(texts) for c in table.columns])
        writer.writerows([csv_value(v, texts) for v in row] for row in table.rows)


def write_tables(
    sheets: Sequence[tuple[str, tuple[TableData, ...]]],
    folder: Path,
    settings: ExportSettings,
    texts: ExportTexts = SWEDISH,
    *,
    participants: Iterable[Participant],
) -> tuple[Path, ...]:
    """One file per table that has a CSV name, and om-data.csv, which says first which
    personal data of ``participants`` the files hold and then explains every column, named
    and worded in the language of ``texts``; each file is written whole or not at all."""
    check_folder(folder)
    folder.mkdir(exist_ok=True)
    written = []
    tables = [t for _title, ts in sheets for t in ts if t.name in CSV_FILES]
    for table in tables:
        target = folder / f"{csv_stem(table, texts)}.csv"
        write_atomically(target, lambda path, table=table: _write_table(table, path, texts))
        written.append(target)
    about = about_data(sheets, settings, participants=participants, csv_only=True, texts=texts)
    target = folder / f"{texts.gettext(ABOUT_FILE)}.csv"
    write_atomically(target, lambda path: _write_table(about, path, texts))
    written.append(target)
    return tuple(written)


def write_workshop_csv(
    summary: WorkshopSummary,
    folder: Path,
    settings: ExportSettings,
    follow_up: FollowUpComparison | None = None,
    texts: ExportTexts | None = None,
) -> tuple[Path, ...]:
    """``texts`` words the files (by default in the language of ``settings``)."""
    words = texts or ExportTexts.for_language(settings.language)
    sheets = workshop_tables(summary, follow_up, words)
    return write_tables(sheets, folder, settings, words, participants=summary.participants)


def write_rollup_csv(
    rollup: RollupSummary,
    folder: Path,
    settings: ExportSettings,
    texts: ExportTexts | None = None,
) -> tuple[Path, ...]:
    """``texts`` words the files (by default in the language of ``settings``)."""
    words = texts or ExportTexts.for_language(settings.language)
    people = [p for s in rollup.summaries for p in s.participants]
    return write_tables(rollup_tables(rollup, words), folder, settings, words, participants=people)
