"""The look of every PDF report: fonts, styles, page frame with numbers, bookmarks, tables."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.export import pdf_text
from hallbar_desktop.export.export_texts import SWEDISH, ExportTexts
from hallbar_desktop.export.plain_text import paragraph_markup, printable

FONT = pdf_text.PRIMARY.regular
FONT_BOLD = pdf_text.PRIMARY.bold
register_fonts = pdf_text.register_fonts

INK = colors.HexColor(palette.TEXT)
MUTED = colors.HexColor(palette.SECONDARY_TEXT)
NAVY = colors.HexColor(palette.REPORT_HEADING)
RULE = colors.HexColor(palette.REPORT_RULE)
STRIPE = colors.HexColor(palette.REPORT_STRIPE)
PAPER = colors.HexColor(palette.PAGE)
ON_NAVY = colors.HexColor(palette.TEXT_ON_DARK)
# The same colours as on screen and in the workbook; the word is always printed too.
LIGHT_FILL = {
    light: colors.HexColor(swatch.fill) for light, swatch in palette.TRAFFIC_LIGHT.items()
}
LIGHT_INK = {light: colors.HexColor(swatch.ink) for light, swatch in palette.TRAFFIC_LIGHT.items()}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_BOTTOM = 20 * mm
BODY_HEIGHT = PAGE_HEIGHT - 42 * mm  # the frame every page's text flows in


def _style(name: str, **values: Any) -> ParagraphStyle:
    base = {
        "fontName": FONT,
        "bulletFontName": FONT,
        "fontSize": 9.5,
        "leading": 13,
        "textColor": INK,
    }
    return ParagraphStyle(name, **{**base, **values})


BODY = _style("Body", spaceAfter=4)
SMALL = _style("Small", fontSize=8, leading=10.5, textColor=MUTED)
CELL = _style("Cell", fontSize=8.5, leading=11)
CELL_BOLD = _style("CellBold", fontName=FONT_BOLD, fontSize=8.5, leading=11)
CELL_RIGHT = _style("CellRight", fontSize=8.5, leading=11, alignment=TA_RIGHT)
HEADER_CELL = _style("HeaderCell", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=ON_NAVY)
# spaceBefore parts a section from the one above on the same page; at a page's top it is dropped.
H1 = _style(
    "H1",
    keepWithNext=1,
    fontName=FONT_BOLD,
    fontSize=18,
    leading=23,
    textColor=NAVY,
    spaceBefore=12,
    spaceAfter=8,
)
H2 = _style(
    "H2",
    keepWithNext=1,
    fontName=FONT_BOLD,
    fontSize=12.5,
    leading=16,
    textColor=NAVY,
    spaceBefore=10,
    spaceAfter=5,
)
H3 = _style(
    "H3", keepWithNext=1, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2
)
KICKER = _style("Kicker", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=MUTED)
COVER_TITLE = _style(
    "CoverTitle", fontName=FONT_BOLD, fontSize=26, leading=32, textColor=NAVY, spaceAfter=12
)
COVER_TEXT = _style("CoverText", fontSize=12, leading=17, spaceAfter=4)
FIGURE_VALUE = _style("FigureValue", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=NAVY)
FIGURE_LABEL = _style("FigureLabel", fontSize=8.5, leading=11, textColor=MUTED)


def text(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of user text: escaped, so it never becomes markup."""
    return pdf_text.paragraph(paragraph_markup(value), style)


def markup(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of the app's own wording, which may use <b>; user parts must be escaped."""
    return pdf_text.paragraph(value, style)


class Heading(pdf_text.BidiParagraph):
    """A heading that also becomes a PDF bookmark at ``level``."""

    def __init__(self, title: str, level: int = 0) -> None:
        markup, style, base_level = pdf_text.laid_out(
            paragraph_markup(title), H1 if level == 0 else H2
        )
        super().__init__(markup, style, base_level=base_level)
        self.outline_title = printable(title)
        self.outline_level = level


def heading(title: str, level: int = 0, *, keep_with_next: bool = True) -> Heading:
    """Without ``keep_with_next`` a long table under the heading may start on the same page
    (reportlab keeps a heading with its next flowable by moving both to a new page); give
    it a CondPageBreak before it instead."""
    made = Heading(title, level)
    if not keep_with_next:
        made.keepWithNext = 0
    return made


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: Sequence[str],
    cell_styles: Sequence[ParagraphStyle] | None = None,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A striped table with a repeated header; str cells are user text, flowables pass through."""
    styles = cell_styles or [CELL] * len(widths)
    # Plain strings can stand in for Paragraphs in these styles: same font, size and colour.
    plain = [style is CELL or style is CELL_RIGHT for style in styles]
    room = [w - CELL_PADDING_X * 2 - _PLAIN_MARGIN for w in widths]
    body = [
        [
            _cell(value, style, plain_ok, space)
            for value, style, plain_ok, space in zip(row, styles, plain, room, strict=True)
        ]
        for row in rows
    ]
    right = [
        ("ALIGN", (column, 1), (column, -1), "RIGHT")
        for column, style in enumerate(styles)
        if style is CELL_RIGHT
    ]
    table = _UnorphanedTable(
        [
            [_cell(h, HEADER_CELL, True, space) for h, space in zip(header, room, strict=True)],
            *body,
        ],
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,  # a cell taller than a page (a very long text) splits instead of failing
        # At a page break at least this many rows stay on each side; a smaller table moves whole.
        rowSplitRange=_KEEP_RANGE,
    )
    table.setStyle(
        TableStyle(
            [
                # Plain text cells are drawn exactly as a one-line Paragraph in HEADER_CELL or
                # CELL would be.
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, HEADER_CELL.fontSize, HEADER_CELL.leading),
                ("TEXTCOLOR", (0, 0), (-1, 0), HEADER_CELL.textColor),
                ("FONT", (0, 1), (-1, -1), FONT, CELL.fontSize, CELL.leading),
                ("TEXTCOLOR", (0, 1), (-1, -1), CELL.textColor),
                *right,
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [PAPER, STRIPE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                *extra,
            ]
        )
    )
    return table


CELL_PADDING_X = 4
ROWS_KEPT_TOGETHER = 2
_KEEP_RANGE = (1 + ROWS_KEPT_TOGETHER, -ROWS_KEPT_TOGETHER)  # the header row, then body rows


class _UnorphanedTable(Table):
    """A table that never leaves one row alone at the foot or the top of a page.

    Its row split range keeps ROWS_KEPT_TOGETHER rows on each side of a break; only a table
    that cannot fit on a fresh page that way (a few rows, one of them very long) splits
    anywhere, as it must."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if not parts and availHeight >= BODY_HEIGHT - 1:
            self._rowSplitRange = None
            parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            # reportlab shifts the range into the rest of the table in a way that lets it
            # split again with one row; the rest keeps the same rule as a table of its own.
            if isinstance(part, Table):
                part._rowSplitRange = _KEEP_RANGE
        return parts


# Text that comes this close to the cell edge stays a Paragraph, which decides the wrapping.
_PLAIN_MARGIN = 1.0


def _cell(value: Any, style: ParagraphStyle, plain_ok: bool, room: float) -> Any:
    """A table cell: a plain string where it is one line of ordinary text that fits, else a
    Paragraph (user text, escaped); flowables pass through.

    A plain string is drawn by the table at the same place and size as the Paragraph would
    be (baseline one font size below the padding, one leading high), at a fraction of the cost
    of parsing, wrapping and drawing a Paragraph; a long report has thousands of such cells."""
    if not isinstance(value, str):
        return value if value is not None else ""
    if plain_ok and value:
        clean = printable(value)
        # A Paragraph would fold runs of spaces and drop them at the ends; plain text must not
        # need that.
        if clean and " ".join(clean.split()) == clean and not pdf_text.needs_work(clean):
            width = pdfmetrics.stringWidth(clean, style.fontName, style.fontSize)
            if width <= room:
                return clean
    return text(value, style)


def light_cells(lights: Sequence[TrafficLight | None], column: int) -> list[tuple[Any, ...]]:
    """Table style commands that fill the traffic-light column of each data row."""
    return [
        command
        for row, light in enumerate(lights, start=1)
        if light is not None
        for command in (
            ("BACKGROUND", (column, row), (column, row), LIGHT_FILL[light]),
            ("TEXTCOLOR", (column, row), (column, row), LIGHT_INK[light]),
        )
    ]


def key_figures(figures: Sequence[tuple[str, str]]) -> Table:
    """A row of boxes, each a big value over a short label."""
    width = TEXT_WIDTH / len(figures)
    table = Table(
        [[[text(value, FIGURE_VALUE), text(label, FIGURE_LABEL)] for value, label in figures]],
        colWidths=[width] * len(figures),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), STRIPE),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, PAPER),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


# The PDF's language tag, for screen readers and hyphenation in readers.
_PDF_LANGUAGE = {"sv": "sv-SE", "en": "en-GB"}


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end so every footer can say "Sida n av m"."""

    # The footer's words; ReportDocument makes a subclass with the document's texts.
    texts: ExportTexts = SWEDISH

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise every page names Helvetica, which is never embedded.
        kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            page = self.getPageNumber()
            if page > 1:
                self.setFont(FONT, 8)
                self.setFillColor(MUTED)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN,
                    11 * mm,
                    self.texts.gettext("Sida {page} av {pages}").format(page=page, pages=total),
                )
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    """A4 with a running header (not on the cover), page numbers and bookmarks for headings."""

    def __init__(
        self,
        path: Path,
        *,
        title: str,
        subject: str,
        running_header: str,
        author: str,
        cover_band: bool = True,
        texts: ExportTexts = SWEDISH,
    ) -> None:
        self._texts = texts
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=22 * mm,
            bottomMargin=20 * mm,
            title=printable(title),
            subject=printable(subject),
            author=printable(author),
            creator=printable(texts.program),
            lang=_PDF_LANGUAGE.get(texts.language, "sv-SE"),
        )
        self._running_header = pdf_text.single_font_line(printable(running_header))
        self._bookmarks = 0
        frame = Frame(
            MARGIN,
            BODY_BOTTOM,
            TEXT_WIDTH,
            BODY_HEIGHT,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if canvas.getPageNumber() == 1:
            canvas.setFillColor(NAVY)
            canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
            canvas.rect(0, 0, PAGE_WIDTH, 8 * mm, stroke=0, fill=1)
        else:
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            header = self._running_header
            while header and canvas.stringWidth(header, FONT, 8) > TEXT_WIDTH:
                header = header[:-2] + "…"
            canvas.drawString(MARGIN, PAGE_HEIGHT - 13 * mm, header)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN, PAGE_HEIGHT - 15 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 15 * mm)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._bookmarks += 1
            key = f"section-{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level)

    def build_story(self, story: list[Flowable]) -> None:
        canvas = type("NumberedCanvas", (_NumberedCanvas,), {"texts": self._texts})
        self.build(story, canvasmaker=canvas)
