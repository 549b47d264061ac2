"""The export writers the composition root hands to the ExportService."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.rollup import RollupSummary
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.file_target import check_target

# openpyxl and reportlab are imported on the first export, not when the app or the command
# starts: together they add a few tenths of a second that most runs never need.


class XlsxWriter:
    def check_target(self, target: Path) -> None:
        check_target(target)

    def workshop(self, summary: WorkshopSummary, target: Path, settings: ExportSettings) -> None:
        from hallbar_desktop.export.workbook import write_workshop_workbook

        write_workshop_workbook(summary, target, settings)

    def rollup(self, rollup: RollupSummary, target: Path, settings: ExportSettings) -> None:
        from hallbar_desktop.export.workbook import write_rollup_workbook

        write_rollup_workbook(rollup, target, settings)


class PdfWriter:
    def __init__(self, fonts_dir: Path) -> None:
        self._fonts_dir = fonts_dir

    def check_target(self, target: Path) -> None:
        check_target(target)

    def workshop(
        self, summary: WorkshopSummary, target: Path, settings: ExportSettings
    ) -> Counter[str]:
        """Writes the report; returns the characters no bundled font has, shown as �."""
        from hallbar_desktop.export.pdf_text import counting_unshown
        from hallbar_desktop.export.workshop_report import write_workshop_report

        with counting_unshown() as unshown:
            write_workshop_report(summary, target, settings, self._fonts_dir)
        return unshown

    def rollup(self, rollup: RollupSummary, target: Path, settings: ExportSettings) -> Counter[str]:
        from hallbar_desktop.export.pdf_text import counting_unshown
        from hallbar_desktop.export.rollup_report import write_rollup_report

        with counting_unshown() as unshown:
            write_rollup_report(rollup, target, settings, self._fonts_dir)
        return unshown
