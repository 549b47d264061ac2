"""The facilitator's handbook as an A4 PDF in the reports' look; its words come as data."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from hallbar_desktop.domain.handbook import Block, Bullets, Handbook, Paragraph, Section, Table
from hallbar_desktop.export.export_texts import ExportTexts
from hallbar_desktop.export.plain_text import paragraph_markup, printable
from hallbar_desktop.export.report_layout import (
    BODY,
    BODY_HEIGHT,
    CELL,
    COVER_TEXT,
    COVER_TITLE,
    H3,
    KICKER,
    TEXT_WIDTH,
    ReportDocument,
    data_table,
    gap,
    heading,
    markup,
    register_fonts,
    text,
)

BULLET = ParagraphStyle("HandbookBullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=2)
# The line above a list stays with the list's first item at a page break.
LIST_LEAD = ParagraphStyle("HandbookListLead", parent=BODY, keepWithNext=1)
CONTENTS_LINE = ParagraphStyle("HandbookContents", parent=BODY, fontSize=11, leading=16)
# A heading starts on a new page when less than this is left below it.
_ROOM_FOR_A_HEADING = BODY_HEIGHT * 0.18


def write_handbook(book: Handbook, target: Path, fonts_dir: Path) -> None:
    """Write ``book`` to ``target`` (checked first, written beside it and moved in place)."""
    from hallbar_desktop.file_target import write_atomically

    register_fonts(fonts_dir)
    story = [*_cover(book)]
    for section in book.sections:
        story += _section(section, level=0)

    texts = ExportTexts.for_language(book.language)

    def build(path: Path) -> None:
        ReportDocument(
            path,
            title=book.title,
            subject=book.subtitle,
            running_header=book.running_header,
            author=texts.program,
            texts=texts,
        ).build_story(story)

    write_atomically(target, build)


def _cover(book: Handbook) -> list[Flowable]:
    story: list[Flowable] = [
        gap(28),
        text(book.subtitle, KICKER),
        gap(2),
        text(book.title, COVER_TITLE),
    ]
    story += [text(line, COVER_TEXT) for line in book.cover_lines]
    story += [gap(14), markup(f"<b>{_escaped(book.contents_heading)}</b>", H3)]
    story += [
        text(f"{number}. {section.title}", CONTENTS_LINE)
        for number, section in enumerate(book.sections, start=1)
    ]
    story.append(PageBreak())
    return story


def _section(section: Section, level: int) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak() if section.new_page else CondPageBreak(_ROOM_FOR_A_HEADING)
    ]
    body: list[Flowable] = [heading(section.title, min(level, 1))]
    for block in section.blocks:
        body += _block(block)
    if section.subsections:
        story += body
        for subsection in section.subsections:
            story += _section(subsection, level + 1)
    else:
        # A step or a variant reads as one piece: it moves to the next page whole rather than
        # leave its last lines (a total, the suggested time) alone there. One taller than a
        # page still splits.
        story.append(KeepTogether(body))
    return story


def _block(block: Block) -> list[Flowable]:
    if isinstance(block, Paragraph):
        if not block.lead:
            return [text(block.text)]
        return [markup(f"<b>{_escaped(block.lead)}</b><br/>{paragraph_markup(block.text)}", BODY)]
    if isinstance(block, Bullets):
        items: list[Flowable] = [
            markup(f"<bullet>\u2022</bullet>{paragraph_markup(item)}", BULLET)
            for item in block.items
        ]
        if block.lead:
            items.insert(0, markup(f"<b>{_escaped(block.lead)}</b>", LIST_LEAD))
        return [*items, gap(1)]
    return [_table(block), gap(3)]


def _table(table: Table) -> Flowable:
    widths = [TEXT_WIDTH * share for share in table.shares]
    return data_table(
        [list(row) for row in table.rows],
        widths,
        header=table.header,
        cell_styles=[CELL] * len(widths),
    )


def _escaped(value: str) -> str:
    return escape(printable(value))
