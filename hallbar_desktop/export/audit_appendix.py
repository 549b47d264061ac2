"""The audit log after the workshop day as an appendix: a workbook sheet and a report page."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from hallbar_desktop.domain.audit import AuditLog
from hallbar_desktop.error_messages import audit_break, audit_what
from hallbar_desktop.export.export_texts import N_, ExportTexts
from hallbar_desktop.export.long_tables import ID_WIDTH
from hallbar_desktop.export.report_layout import (
    CELL_BOLD,
    SMALL,
    TEXT_WIDTH,
    data_table,
    heading,
    text,
)
from hallbar_desktop.export.table_sheet import Column, Kind, TableData

AUDIT_SHEET = N_("Ändringslogg")
_ABOUT = N_(
    "Ändringar som gjordes i workshoppen sedan den markerades som genomförd: när, av vem (datorns "
    "användarnamn), på vilken dator och vad. Varje post har en kontrollsumma (SHA-256) av den "
    "föregående postens kontrollsumma och sitt eget innehåll, så att en post som ändrats, tagits "
    "bort eller lagts till i efterhand märks."
)
_PURGED = N_("(gallrat)")
_COLUMNS = (
    Column(N_("Nr"), 6, Kind.INTEGER, about=N_("Postens nummer i sin kedja.")),
    Column(N_("När"), 17, Kind.DATETIME, about=N_("När ändringen gjordes.")),
    Column(N_("Vem"), 16, about=N_("Användarnamnet på datorn där ändringen gjordes.")),
    Column(N_("Dator"), 18, about=N_("Namnet på datorn där ändringen gjordes.")),
    Column(
        N_("Vad"), 60, Kind.LONG_TEXT, about=N_("Vad som lades till, togs bort eller ändrades.")
    ),
    Column(
        N_("Kedja"),
        ID_WIDTH,
        about=N_("Id för databasen där posten skrevs: varje databas har sin egen kedja."),
    ),
    Column(N_("Kontrollsumma"), 30, about=N_("Postens kontrollsumma (SHA-256).")),
)


def audit_rows(log: AuditLog, texts: ExportTexts) -> list[list[Any]]:
    purged = texts.gettext(_PURGED)
    return [
        [
            e.seq,
            e.at,
            e.user or purged,
            e.computer or purged,
            audit_what(e, texts.language, log.labels.get(e.record_id, "")),
            e.chain,
            e.hash,
        ]
        for e in log.entries
    ]


def audit_sheets(
    log: AuditLog | None, texts: ExportTexts
) -> list[tuple[str, tuple[TableData, ...]]]:
    """The log as a sheet of the workshop's workbook; no sheet when it has no entries."""
    if log is None or not log.entries:
        return []
    table = TableData(N_("Andringslogg"), _COLUMNS, audit_rows(log, texts))
    return [(texts.gettext(AUDIT_SHEET), (table,))]


def audit_appendix(log: AuditLog | None, texts: ExportTexts) -> list[Flowable]:
    """The log as the report's last appendix; nothing when it has no entries."""
    if log is None or not log.entries:
        return []
    story: list[Flowable] = [
        PageBreak(),
        heading(texts.gettext("Bilaga: ändringslogg")),
        text(texts.gettext(_ABOUT), SMALL),
    ]
    if log.broken is not None:
        story.append(text(audit_break(log.broken, texts.language), CELL_BOLD))
    purged = texts.gettext(_PURGED)
    rows = [
        (
            str(e.seq),
            f"{e.at.astimezone():%Y-%m-%d %H:%M}",
            e.user or purged,
            e.computer or purged,
            audit_what(e, texts.language, log.labels.get(e.record_id, "")),
        )
        for e in log.entries
    ]
    story.append(
        data_table(
            rows,
            [10 * mm, 32 * mm, 25 * mm, 30 * mm, TEXT_WIDTH - 97 * mm],
            header=tuple(texts.gettext(c.header) for c in _COLUMNS[:5]),
        )
    )
    return story
