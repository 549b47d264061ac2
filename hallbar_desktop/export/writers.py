"""The export writers the composition root hands to the ExportService."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from hallbar_desktop.domain.audit import AuditLog
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.follow_up_comparison import FollowUpComparison
from hallbar_desktop.domain.handbook import Handbook
from hallbar_desktop.domain.processing_record import ProcessingRecord
from hallbar_desktop.domain.rollup import RollupSummary
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.file_target import check_target

if TYPE_CHECKING:
    from hallbar_desktop.export.export_texts import ExportTexts

# openpyxl and reportlab are imported on the first export, not when the app or the command
# starts: together they add a few tenths of a second that most runs never need.


def texts_for(settings: ExportSettings) -> ExportTexts:
    """The words of the files ``settings`` asks for, in the language it names."""
    from hallbar_desktop.export.export_texts import ExportTexts

    return ExportTexts.for_language(settings.language)


class XlsxWriter:
    def check_target(self, target: Path) -> None:
        check_target(target)

    def workshop(
        self,
        summary: WorkshopSummary,
        target: Path,
        settings: ExportSettings,
        follow_up: FollowUpComparison | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        from hallbar_desktop.export.workbook import write_workshop_workbook

        texts = texts_for(settings)
        write_workshop_workbook(summary, target, settings, follow_up, texts, audit)

    def rollup(self, rollup: RollupSummary, target: Path, settings: ExportSettings) -> None:
        from hallbar_desktop.export.workbook import write_rollup_workbook

        write_rollup_workbook(rollup, target, settings, texts_for(settings))


class PdfWriter:
    def __init__(self, fonts_dir: Path) -> None:
        self._fonts_dir = fonts_dir

    def check_target(self, target: Path) -> None:
        check_target(target)

    def workshop(
        self,
        summary: WorkshopSummary,
        target: Path,
        settings: ExportSettings,
        follow_up: FollowUpComparison | None = None,
        audit: AuditLog | None = None,
    ) -> Counter[str]:
        """Writes the report; returns the characters no bundled font has, shown as �.
        ``follow_up`` compares a follow-up with the workshop it follows up, when known;
        ``audit`` is the workshop's log of changes after its day."""
        from hallbar_desktop.export.pdf_text import counting_unshown
        from hallbar_desktop.export.workshop_report import write_workshop_report

        with counting_unshown() as unshown:
            write_workshop_report(summary, target, settings, self._fonts_dir, follow_up, audit)
        return unshown

    def rollup(self, rollup: RollupSummary, target: Path, settings: ExportSettings) -> Counter[str]:
        from hallbar_desktop.export.pdf_text import counting_unshown
        from hallbar_desktop.export.rollup_report import write_rollup_report

        with counting_unshown() as unshown:
            write_rollup_report(rollup, target, settings, self._fonts_dir)
        return unshown

    def handbook(self, book: Handbook, target: Path) -> Counter[str]:
        from hallbar_desktop.export.handbook import write_handbook
        from hallbar_desktop.export.pdf_text import counting_unshown

        with counting_unshown() as unshown:
            write_handbook(book, target, self._fonts_dir)
        return unshown


class CsvWriter:
    """The workbook's tables as CSV files in a folder (``target`` is the folder)."""

    def check_target(self, target: Path) -> None:
        from hallbar_desktop.export.csv_files import check_folder

        check_folder(target)

    def workshop(
        self,
        summary: WorkshopSummary,
        target: Path,
        settings: ExportSettings,
        follow_up: FollowUpComparison | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        # The log is an appendix of the workbook and the report, not one of the data tables.
        from hallbar_desktop.export.csv_files import write_workshop_csv

        write_workshop_csv(summary, target, settings, follow_up, texts_for(settings))

    def rollup(self, rollup: RollupSummary, target: Path, settings: ExportSettings) -> None:
        from hallbar_desktop.export.csv_files import write_rollup_csv

        write_rollup_csv(rollup, target, settings, texts_for(settings))


def record_workbook(record: ProcessingRecord, target: Path, language: str) -> None:
    """The record of processing as a workbook in ``language``."""
    from hallbar_desktop.export.export_texts import ExportTexts
    from hallbar_desktop.export.processing_record import write_record_workbook

    write_record_workbook(record, target, ExportTexts.for_language(language))


class RecordPdfWriter:
    """The record of processing as a PDF in the reports' look."""

    def __init__(self, fonts_dir: Path) -> None:
        self._fonts_dir = fonts_dir

    def __call__(self, record: ProcessingRecord, target: Path, language: str) -> None:
        from hallbar_desktop.export.export_texts import ExportTexts
        from hallbar_desktop.export.processing_record import write_record_report

        write_record_report(record, target, self._fonts_dir, ExportTexts.for_language(language))
