"""A worksheet of real Excel tables: typed columns, frozen header, filters, lists and lights."""

from __future__ import annotations

import dataclasses
import queue
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from itertools import zip_longest
from pathlib import Path
from typing import Any
from zipfile import ZIP64_LIMIT, ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import ARC_CONTENT_TYPES, ARC_SHARED_STRINGS, ARC_WORKBOOK_RELS

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts
from hallbar_desktop.export.plain_text import printable

# The traffic lights' colours from the palette, as openpyxl takes them; black text on all.
LIGHT_COLOURS = {
    light: palette.hex_digits(swatch.fill) for light, swatch in palette.TRAFFIC_LIGHT.items()
}
# Rows below the data that keep the status and priority lists when the coordinator adds rows.
VALIDATION_HEADROOM = 1000
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# A change is written with its sign, and a fall with a real minus sign, as the report writes it.
CHANGE_FORMAT = '+0.0;"\u2212"0.0;0.0'
LINE_HEIGHT = 15  # points per line of 11-point text
MAX_ROW_HEIGHT = 409  # Excel's limit
MAX_CELL_TEXT = 32767  # characters Excel holds in a cell
# Characters of ordinary text per unit of column width (a unit is one digit's width; letters
# are narrower on average), a little low so that an estimated row is never too short.
CHARACTERS_PER_WIDTH = 1.1
# Column width units (about one digit each at 11 points) that an A4 page holds at 100 %, with
# the default margins, and the smallest scale at which a printed table is still readable.
PORTRAIT_WIDTH = 95
LANDSCAPE_WIDTH = 140
SMALLEST_SCALE = 0.7
# Width units a bold header's word takes beyond its letters (a bold letter is about one unit).
HEADER_WORD_SPARE = 1


# zlib's level for the file's parts: 1 spares the national roll-up (633 000 answers) a second
# of its 11 against the default 6, for a file of 17 MB rather than 11.
DEFLATE_LEVEL = 1
SPREADSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)


class TablesWorkbook(Workbook):
    """A write-only workbook whose table sheets name each text by its number in the workbook's
    table of shared strings, as Excel itself writes them.

    openpyxl writes every text into its cell; in a roll-up the same few texts (organisation,
    workshop, statement, dimension) recur on each of 600 000 rows, and writing and deflating
    them again was half the export's time.

    Given the file it will be saved as, each table sheet is deflated into the file as soon as
    it is written, on a thread of its own, while the next ones are made: zlib lets go of the
    interpreter while it works, so the national roll-up's 280 MB table of every answer is
    deflated beside the sheets after it instead of after them. Use it as a context manager
    then, so that a failed export lets go of the file."""

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__(write_only=True)
        self._path = path
        self._archive: _Package | None = None
        # The sheets waiting to be deflated, in order, and the thread that deflates them.
        self._waiting: queue.SimpleQueue[tuple[str, str, threading.Event] | None] = (
            queue.SimpleQueue()
        )
        self._finished: dict[int, threading.Event] = {}
        # Sheets are deflated early only inside ``with``, which lets go of the file and the
        # thread whatever happens; otherwise they wait for the save, as openpyxl's do.
        self._entered = False
        self._deflating: threading.Thread | None = None
        self._failed: list[BaseException] = []

    def __enter__(self) -> TablesWorkbook:
        self._entered = True
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._entered = False
        if self._archive is not None:  # saving closes it: this is an export that failed
            self._let_go()

    def deflate_while_written(self, sheet: Any) -> None:
        """Deflate ``sheet`` into the file while its rows are still being written (its top is
        in its file by now), as far as they are; ``finish`` says when it is done. Without a
        file to save to, or outside ``with``, it waits for the save."""
        if self._path is None or not self._entered:
            return
        if self._archive is None:
            self._archive = _Package(self._path, self.shared_strings)
            self._deflating = threading.Thread(
                target=self._deflate, args=(self._archive,), name="hallbar-deflate", daemon=True
            )
            self._deflating.start()
        # The name ExcelWriter gives the sheet's part: by its place among the sheets.
        name = f"xl/worksheets/sheet{self.worksheets.index(sheet) + 1}.xml"
        finished = self._finished[id(sheet)] = threading.Event()
        self._waiting.put((sheet._writer.out, name, finished))

    def finish(self, sheet: Any) -> None:
        """Close ``sheet`` (nothing more can be written into it): its deflating reads the rest."""
        finished = self._finished.pop(id(sheet), None)
        if finished is None:
            return
        sheet.close()
        finished.set()

    def _deflate(self, archive: _Package) -> None:
        while (job := self._waiting.get()) is not None:
            if self._failed:
                continue  # the save says what failed; the rest is not written
            try:
                archive.add_growing_file(*job)
            except BaseException as failure:  # raised again by the save, on the export's thread
                self._failed.append(failure)

    def _wait_for_deflating(self) -> None:
        if self._deflating is not None:
            self._waiting.put(None)
            self._deflating.join()
            self._deflating = None
        if self._failed:
            raise self._failed.pop()

    def _let_go(self) -> None:
        archive, self._archive = self._archive, None
        for finished in self._finished.values():  # sheets a failure left unfinished
            finished.set()
        self._finished.clear()
        with suppress(BaseException):
            self._wait_for_deflating()
        if archive is not None:
            with suppress(Exception):
                archive.close()
        # A sheet left half written (a full disk, a folder gone) would otherwise complain
        # whenever the garbage collector comes by, in whatever runs then.
        for sheet in self.worksheets:
            with suppress(Exception):
                sheet._rows.close()

    def save(self, filename: str | Path) -> None:
        if not self.worksheets:
            self.create_sheet()
        self.properties.modified = datetime.now(UTC).replace(tzinfo=None)
        try:
            if self._finished:
                # A sheet begun and never finished (its writing failed, and the failure was
                # caught): its rows would stop short, and its deflating would wait for ever.
                raise ValueError("a sheet was begun and not finished")
            if self._archive is not None:
                if Path(filename) != Path(self._path or ""):
                    raise ValueError(f"{filename} is not the file the sheets went into")
                self._wait_for_deflating()
            archive = self._archive or _Package(filename, self.shared_strings)
            self._archive = None
            with archive:
                ExcelWriter(self, archive).write_data()
        except BaseException:
            self._let_go()
            raise


class _Package(ZipFile):
    """The file's zip archive, which adds the table of shared strings beside the parts openpyxl
    writes (which has none of its own): the part, its type and the workbook's link to it."""

    def __init__(self, filename: str | Path, strings: Sequence[str]) -> None:
        super().__init__(filename, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=DEFLATE_LEVEL)
        self._strings = strings

    def add_file(self, source: str | Path, name: str) -> None:
        """The file ``source`` as the part ``name``, read a megabyte at a time (ZipFile.write
        takes 8 KB, a Python step each, 36 000 for the table of every answer)."""
        finished = threading.Event()
        finished.set()
        self.add_growing_file(source, name, finished)

    def add_growing_file(self, source: str | Path, name: str, finished: threading.Event) -> None:
        """The file ``source`` as the part ``name``, read as it grows until ``finished`` is
        set: its writer only appends, so what has been read is final. A file still growing
        is written without the zip64 fields, which a sheet never needs: Excel's million rows
        of the widest table are well under the 2 GB they are needed beyond."""
        large = finished.is_set() and Path(source).stat().st_size > ZIP64_LIMIT // 2
        with open(source, "rb") as data, self.open(name, "w", force_zip64=large) as part:
            while True:
                done = finished.is_set()  # before the read: what is written by then is read
                chunk = data.read(_CHUNK)
                if chunk:
                    part.write(chunk)
                elif done:
                    return
                else:
                    finished.wait(_GROWING_WAIT_SECONDS)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        if arcname in self.NameToInfo:
            return  # deflated as soon as it was written (TablesWorkbook.deflate_now)
        if arcname is None or args or kwargs:
            super().write(filename, arcname, *args, **kwargs)
            return
        self.add_file(filename, arcname)

    def writestr(self, name: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if self._strings and name in (ARC_WORKBOOK_RELS, ARC_CONTENT_TYPES):
            if name == ARC_WORKBOOK_RELS:
                # The sheets are all written by now: openpyxl links the workbook's parts last.
                super().writestr(ARC_SHARED_STRINGS, self._table())
                link = (
                    f'<Relationship Id="rIdSharedStrings" Type="{SPREADSHEET}/sharedStrings" '
                    'Target="sharedStrings.xml" />'
                )
                data = _inserted(data, "</Relationships>", link)
            else:
                override = (
                    f'<Override PartName="/{ARC_SHARED_STRINGS}" '
                    f'ContentType="{SHARED_STRINGS_TYPE}" />'
                )
                data = _inserted(data, "</Types>", override)
        super().writestr(name, data, *args, **kwargs)

    def _table(self) -> str:
        count = len(self._strings)
        items = "".join(f"<si>{_text_element(text)}</si>" for text in self._strings)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{count}" uniqueCount="{count}">{items}</sst>'
        )


_CHUNK = 1 << 20
# How long deflating waits for more of a sheet that is still being written.
_GROWING_WAIT_SECONDS = 0.01


def _inserted(data: bytes | str, end: str, element: str) -> bytes:
    """``data`` with ``element`` before its closing ``end``."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    if end not in text:
        raise ValueError(f"no {end} in the part")
    at = text.rindex(end)
    return (text[:at] + element + text[at:]).encode("utf-8")


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    LIGHT = "light"
    CHANGE = "change"  # a difference, shown with its sign


# What a kind of column holds, in words, for the sheet that explains every column.
KIND_WORDS = {
    Kind.TEXT: N_("text"),
    Kind.LONG_TEXT: N_("text"),
    Kind.INTEGER: N_("heltal"),
    Kind.DECIMAL: N_("decimaltal"),
    Kind.DATE: N_("datum (ÅÅÅÅ-MM-DD)"),
    Kind.DATETIME: N_("datum och tid (ÅÅÅÅ-MM-DD TT:MM, lokal tid)"),
    Kind.LIGHT: N_("text (trafikljus)"),
    Kind.CHANGE: N_("decimaltal med tecken (efter minus före)"),
}


@dataclass(frozen=True, slots=True)
class Column:
    """A table's column. Its texts are Swedish source texts (the catalogue's msgids), which
    the file's language translates when written; ``fields`` fill the header's {names}."""

    header: str
    width: float = 14
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()  # a list validation, so edits stay within the allowed values
    about: str = ""  # what the column holds, for the sheet that explains every column
    codes: tuple[str, ...] = ()  # the values it can hold, told there (choices are told too)
    fields: tuple[tuple[str, Any], ...] = ()  # the template's words in the header, by name

    def title(self, texts: ExportTexts = SWEDISH) -> str:
        """The header as the file shows it, in the language of ``texts``."""
        if not self.header:
            return ""
        text = texts.gettext(self.header)
        return text.format(**dict(self.fields)) if self.fields else text


@dataclass(frozen=True, slots=True)
class TableData:
    name: str  # the Excel table name: unique in the workbook, letters and _ only
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Any]] = field(default_factory=tuple)
    # The table's part on a sheet of its own when it has more rows than a sheet holds
    # (1, 2 …; its Excel table's name ends in _1, _2 …); 0: the whole table.
    part: int = 0


# Excel's 1 048 576 rows a sheet, less the header.
MAX_DATA_ROWS = 1_048_575


def _style_prototypes(sheet: Any) -> dict[Kind, Any]:
    """One styled cell per kind; data cells copy its style array, which is far cheaper in a
    hot loop than assigning font, alignment and number format object by object."""
    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    formats = {
        Kind.TEXT: ("General", top),
        Kind.LONG_TEXT: ("General", wrapped),
        Kind.INTEGER: ("0", top),
        Kind.DECIMAL: ("0.0", top),
        Kind.CHANGE: (CHANGE_FORMAT, top),
        Kind.DATE: (DATE_FORMAT, top),
        Kind.DATETIME: (DATETIME_FORMAT, top),
        Kind.LIGHT: ("General", Alignment(vertical="top", horizontal="center")),
    }
    prototypes = {}
    for kind, (number_format, alignment) in formats.items():
        cell = WriteOnlyCell(sheet)
        cell.number_format = number_format
        cell.alignment = alignment
        prototypes[kind] = cell._style
    return prototypes


def _new_sheet(workbook: Workbook, title: str) -> Any:
    """A write-only sheet that takes rows of ready cells (or None) without a detour.

    openpyxl's write-only append first tries each cell as a plain value and only takes it as a
    cell after that attempt raises ValueError; building and catching that exception for every
    value was a third of a large workbook's time. Every row this module appends holds cells or
    None, so the sheet's row converter is replaced by one that places them directly (the export
    tests read every value back, so a change in openpyxl would show there)."""
    sheet = workbook.create_sheet(title)

    def cells_to_row(values: Iterable[Any], row_index: int) -> Iterator[Any]:
        for column_index, cell in enumerate(values, 1):
            if cell is None:
                continue
            if not isinstance(cell, Cell):
                cell = WriteOnlyCell(sheet, cell)
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text is never a formula, here as everywhere
            cell.column = column_index
            cell.row = row_index
            yield cell

    sheet._values_to_row = cells_to_row
    return sheet


def excel_value(value: Any, texts: ExportTexts = SWEDISH) -> Any:
    """A value Excel can hold: text cleaned, booleans as Ja/Nej and choices by their label (in
    the language of ``texts``), times local and naive."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, bool):
        return texts.gettext("Ja") if value else texts.gettext("Nej")
    if isinstance(value, LabelledChoice):
        return printable(texts.choice(value))
    if isinstance(value, Enum):
        return printable(str(value))
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return value.replace(microsecond=0)
    return value


def _print_setup(
    sheet: Any, width: float, title_columns: int = 0, texts: ExportTexts = SWEDISH
) -> None:
    """Printed or saved as PDF: a sheet that fits a portrait page stays portrait; a wider one
    turns landscape and shrinks to the page width only as far as it stays readable. A wider
    sheet still runs over several pages across, with ``title_columns`` (where a row comes from)
    repeated on each, rather than shrinking 22 columns onto one unreadable page. The sheet's
    name heads every page and its page numbers foot it."""
    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.orientation = "portrait" if width <= PORTRAIT_WIDTH else "landscape"
    page = PORTRAIT_WIDTH if width <= PORTRAIT_WIDTH else LANDSCAPE_WIDTH
    setup.fitToHeight = 0  # as many pages down as the rows need
    if width <= page / SMALLEST_SCALE:
        setup.fitToWidth = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        setup.scale = int(SMALLEST_SCALE * 100)
        if title_columns:
            sheet.print_title_cols = f"A:{get_column_letter(title_columns)}"
    sheet.oddHeader.center.text = "&A"
    # &P and &N are the page's number and the number of pages.
    sheet.oddFooter.right.text = texts.gettext("Sida &P av &N")


def fitted_width(columns: Sequence[Column | None]) -> float:
    return sum(c.width if c else 3 for c in columns)


def write_table_sheet(
    workbook: Workbook, title: str, *tables: TableData, texts: ExportTexts = SWEDISH
) -> None:
    """A sheet with ``tables`` side by side (one empty column between), headers on row 1, the
    headers and lists in the language of ``texts`` (``title`` is given in it)."""
    sheet = _new_sheet(workbook, title)
    prototypes = _style_prototypes(sheet)
    layout: list[Column | None] = []
    for number, table in enumerate(tables):
        if number:
            layout.append(None)
        layout.extend(_fitting(c, texts) for c in table.columns)
    printed = _printed_columns(layout)
    _print_setup(sheet, fitted_width(layout[:printed]), _origin_columns(layout), texts)
    sheet.print_title_rows = "1:1"
    if printed < len(layout):
        rows = max(len(t.rows) for t in tables) + 1
        sheet.print_area = f"A1:{get_column_letter(printed)}{rows}"
    for index, column in enumerate(layout, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width if column else 3
    sheet.freeze_panes = "A2"

    header_font = Font(bold=True)
    header_alignment = Alignment(vertical="top", wrap_text=True)
    header = []
    for column in layout:
        if column is None:
            header.append(None)
            continue
        cell = WriteOnlyCell(sheet, printable(column.title(texts)))
        cell.data_type = "s"
        cell.font = header_font
        cell.alignment = header_alignment
        header.append(cell)
    header_lines = max((_line_count(c.title(texts), c) for c in layout if c), default=1)
    sheet.row_dimensions[1].height = LINE_HEIGHT * header_lines
    # The sheet's top (columns, frozen pane, print setup) is written when the writer starts, so
    # the fast row writer goes in only now that those are set.
    sheet._get_writer()
    heights: dict[int, float] = {}
    row_cells = _ColumnCells(sheet, [prototypes[c.kind] if c else None for c in layout], texts)
    rows_xml = _RowsXml(sheet, row_cells, heights, texts)
    sheet.append(header)

    wrapped = [
        (i, max(1, int(c.width * CHARACTERS_PER_WIDTH)))
        for i, c in enumerate(layout)
        if c is not None and c.kind is Kind.LONG_TEXT
    ]
    rows_xml.flush()  # the header: the file is deflated as its rows follow
    if isinstance(workbook, TablesWorkbook):
        workbook.deflate_while_written(sheet)
    # A table that gives its rows as runs of cells (the table of every answer) is written a
    # run at a time; its rows are never wrapped.
    runs = getattr(tables[0].rows, "runs", None) if len(tables) == 1 and not wrapped else None
    if runs is not None:
        rows_xml.write_runs(runs(), 2)
    write = rows_xml.write
    for row_index, values in enumerate(() if runs else _side_by_side(tables), 2):
        if wrapped:  # a table of every answer has no wrapped column, and 600 000 rows
            lines = max(_lines(values[i], per_line) for i, per_line in wrapped)
            if lines > 1:
                # A write-only sheet cannot fit rows to their text, and LibreOffice does not
                # either on opening; without a height, wrapped text would be cut off or overlap.
                heights[row_index] = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
        write(values, row_index)
    rows_xml.flush()

    first = 1
    for table in tables:
        _finish_table(sheet, table, first, texts)
        first += len(table.columns) + 1
    if isinstance(workbook, TablesWorkbook):
        workbook.finish(sheet)


def _fitting(column: Column, texts: ExportTexts) -> Column:
    """The column, wide enough for the longest word of its translated header.

    The widths are chosen for the Swedish headers; a translation's longer word ("Participants"
    for "Deltagare") would break in the middle. The template's words in a header are not
    counted, so a header only widens where its translation does."""
    text = texts.gettext(column.header) if column.header else ""
    if text == column.header:
        return column
    words = re.sub(r"\{[a-z_]*\}", " ", text).split()
    needed = max((len(word) for word in words), default=0) + HEADER_WORD_SPARE
    return column if needed <= column.width else dataclasses.replace(column, width=needed)


def _printed_columns(layout: Sequence[Column | None]) -> int:
    """How many columns from the left a printout holds: all but the keys at the end of a
    single table (Workshop-id, the row's own id), which nobody reads on paper and which would
    take a fifth of a landscape page each."""
    if None in layout:
        return len(layout)  # tables side by side: their keys sit between them
    printed = len(layout)
    while printed > 1 and _is_key(layout[printed - 1]):
        printed -= 1
    return printed


def _is_key(column: Column | None) -> bool:
    return column is not None and column.header.rstrip(")").endswith("id")


_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _row_writer(
    sheet: Any, openpyxl_row: Callable[[Any, Any, int], None], heights: dict[int, float]
) -> Any:
    """A row writer for the cells this module makes (text, numbers, dates; styled, never a
    formula) that writes each row's XML as one string, as openpyxl would write it.

    openpyxl builds and serialises an element per cell through its pure-Python XML writer,
    about 10 µs a cell: a roll-up of 630 workshops, with every answer a row, has two million
    cells. Any other cell, or lxml's writer (which takes no ready markup), goes to openpyxl's
    own row writer; the export tests read every value, style and date back. ``heights`` holds
    the rows' heights by row number: a plain dict, since openpyxl's row dimensions cost an
    object each."""
    epoch = sheet.parent.epoch
    dimensions = sheet.row_dimensions
    letters: dict[int, str] = {}
    texts: dict[str, str] = {}

    def _own_heights(row_index: int) -> None:
        if row_index in heights:
            dimensions[row_index].height = heights[row_index]

    def write_row(xf: Any, row: Any, row_index: int) -> None:
        write = getattr(xf, "_file", None)
        if write is None:
            _own_heights(row_index)
            openpyxl_row(xf, row, row_index)
            return
        extra = ""
        if row_index in heights:
            extra = f' ht="{heights[row_index]}" customHeight="1"'
        elif row_index in dimensions:
            extra = "".join(f' {k}="{v}"' for k, v in dimensions[row_index])
        parts = [f'<row r="{row_index}"{extra}>']
        for cell in row:
            if cell.data_type not in ("s", "n", "d") or not cell.has_style:
                _own_heights(row_index)
                openpyxl_row(xf, row, row_index)
                return
            value = cell._value
            column = cell.column
            letter = letters.get(column) or letters.setdefault(column, get_column_letter(column))
            start = f'<c r="{letter}{row_index}" s="{cell.style_id}"'
            if cell.data_type == "s":
                # The same texts recur on every row (organisation, workshop, statement).
                tail = texts.get(value)
                if tail is None:
                    text = value.translate(_XML_TEXT)
                    keep = ' xml:space="preserve"' if text.strip() != text and text.strip() else ""
                    tail = texts[value] = f' t="inlineStr"><is><t{keep}>{text}</t></is></c>'
                parts.append(start + tail)
            else:
                number = to_excel(value, epoch) if cell.data_type == "d" else value
                parts.append(f'{start} t="n"><v>{number:.16g}</v></c>')
        parts.append("</row>")
        write("".join(parts))

    return write_row


def _side_by_side(tables: Sequence[TableData]) -> Iterator[Sequence[Any]]:
    """Each data row's values: the tables' rows side by side, one empty column between."""
    if len(tables) == 1:
        yield from tables[0].rows
        return
    gap: list[Any] = [None]
    for parts in zip_longest(*(t.rows for t in tables), fillvalue=None):
        values: list[Any] = []
        for number, (table, part) in enumerate(zip(tables, parts, strict=True)):
            if number:
                values.extend(gap)
            values.extend(part if part is not None else [None] * len(table.columns))
        yield values


def _inline_text(text: str) -> str:
    """A text cell's XML after its style, the text in the cell."""
    return f' t="inlineStr"><is>{_text_element(text)}</is></c>'


def _text_element(text: str) -> str:
    text = text.translate(_XML_TEXT)
    keep = ' xml:space="preserve"' if text.strip() != text and text.strip() else ""
    return f"<t{keep}>{text}</t>"


# The types of value whose cells a table sheet looks up by value: no two of them are equal.
_KNOWN_TYPES = frozenset((str, int, date, type(None)))
_EMPTY_CELL = "<c/>"


class _RowsXml:
    """A table sheet's data rows written straight into the sheet's XML stream, a few hundred
    rows a write, each cell as the text openpyxl would write for it.

    A roll-up of 630 workshops has two million cells; taking each through openpyxl's append, a
    cell object and a row writer cost more than all the rest of the export. Here a column's
    reference and style are text made once, and a text's XML once for every row it recurs in
    (organisation, workshop, statement). A value of another kind than text, number or date, or
    lxml's writer (which takes no ready markup), goes the way of ``_ColumnCells`` and
    ``_row_writer``; the export tests read every value, style and date back."""

    ROWS_PER_WRITE = 500

    def __init__(
        self,
        sheet: Any,
        cells: _ColumnCells,
        heights: dict[int, float],
        texts: ExportTexts = SWEDISH,
    ) -> None:
        self._sheet = sheet
        self._words = texts
        self._cells = cells
        self._heights = heights
        self._dimensions = sheet.row_dimensions
        self._epoch = sheet.parent.epoch
        self._heads = [cell is not None for cell in cells.cells]
        # A column's style goes into the workbook's style table when its first value is
        # written, as openpyxl registers it, so the style ids are the same as its own.
        self._styles: list[str | None] = [None] * len(self._heads)
        # Each column's cells by value (text, whole number, date, None): a cell's XML has no
        # reference (its row has), so the same value in the same column is the same text on
        # every row it recurs in.
        self._known: list[dict[Any, str]] = [{} for _ in self._heads]
        parent = sheet.parent
        self._shared = parent.shared_strings if isinstance(parent, TablesWorkbook) else None
        self._waiting: list[str] = []
        # write_runs's runs by position in the row, each run's cells' XML by its values; the
        # lengths of the runs are those of the first row written so.
        self._runs: list[dict[tuple[Any, ...], str]] = []
        self._run_shape: list[int] = []
        self._xf: Any = None
        self._openpyxl_row = _row_writer(sheet, sheet._writer.write_row, heights)
        sheet._writer.write_row = self._row_through_openpyxl

    def _row_through_openpyxl(self, xf: Any, row: Any, row_index: int) -> None:
        # The header comes this way, which also hands over the sheet's stream.
        self._xf = xf
        self._openpyxl_row(xf, row, row_index)

    def write(self, values: Sequence[Any], row_index: int) -> None:
        write = getattr(self._xf, "_file", None)
        row = self._row(values, row_index) if write is not None else None
        if row is None:
            self.flush()
            cells = self._cells.row(values)
            if write is None:
                self._sheet.append(cells)
            else:
                placed = list(self._sheet._values_to_row(cells, row_index))
                self._sheet._writer.write_row(self._xf, placed, row_index)
            return
        self._waiting.append(row)
        if len(self._waiting) >= self.ROWS_PER_WRITE:
            self.flush()

    def write_runs(self, rows: Iterable[Sequence[tuple[Any, ...]]], first: int) -> None:
        """Rows from row ``first`` on, each given as runs of neighbouring cells, each run's XML
        made once and then looked up: the table of every answer has 600 000 rows of 15
        cells, made of a few thousand distinct runs (workshop, answer, ids, key). The runs
        hold only text, whole numbers (not truth values, which would find the cells of 1 and
        0), dates and None; the runs' lengths are those of the first row."""
        caches = self._runs
        heights, dimensions, waiting = self._heights, self._dimensions, self._waiting
        direct = getattr(self._xf, "_file", None) is not None
        cells_of = dict.__getitem__
        row_index = first
        for runs in rows:
            if not caches:
                caches = self._runs = [{} for _ in runs]
                self._run_shape = [len(run) for run in runs]
            cells = None
            if (
                direct
                and len(runs) == len(caches)
                and row_index not in heights
                and row_index not in dimensions
            ):
                try:
                    cells = "".join(map(cells_of, caches, runs))
                except KeyError:
                    cells = self._missed_runs(runs)
            if cells is None:
                self.write([value for run in runs for value in run], row_index)
            else:
                waiting.append(f'<row r="{row_index}">{cells}</row>')
                if len(waiting) >= self.ROWS_PER_WRITE:
                    self.flush()
            row_index += 1

    def _missed_runs(self, runs: Sequence[tuple[Any, ...]]) -> str | None:
        """The row's cells with the runs not seen before made and kept, or None when one holds
        a value that is not looked up (the row is then written cell by cell)."""
        shape = [len(run) for run in runs]
        if sum(shape) != len(self._known):
            raise ValueError(f"{sum(shape)} values for {len(self._known)} columns")
        if shape != self._run_shape:
            return None
        known = self._known
        parts = []
        column = 0
        for cache, run in zip(self._runs, runs, strict=True):
            xml = cache.get(run)
            if xml is None:
                if not set(map(type, run)) <= _KNOWN_TYPES:
                    return None
                cells = []
                for offset, value in enumerate(run):
                    cell = known[column + offset].get(value)
                    if cell is None:
                        cell = known[column + offset][value] = self._cell(column + offset, value)
                    cells.append(cell)
                xml = cache[run] = "".join(cells)
            parts.append(xml)
            column += len(run)
        return "".join(parts)

    def flush(self) -> None:
        if self._waiting:
            self._xf._file("".join(self._waiting))
            self._waiting.clear()

    def _row(self, values: Sequence[Any], row_index: int) -> str | None:
        """The row's XML, or None when a value needs openpyxl's own writer."""
        known = self._known
        if len(values) != len(known):
            raise ValueError(f"{len(values)} values for {len(known)} columns")
        if row_index in self._heights:
            extra = f' ht="{self._heights[row_index]}" customHeight="1"'
        elif row_index in self._dimensions:
            extra = "".join(f' {k}="{v}"' for k, v in self._dimensions[row_index])
        else:
            extra = ""
        if not set(map(type, values)) <= _KNOWN_TYPES:
            return self._mixed_row(values, f'<row r="{row_index}"{extra}>')
        # Most rows are made only of cells written before, each looked up in its column.
        try:
            cells = "".join(map(dict.__getitem__, known, values))
        except KeyError:
            for column, value in enumerate(values):
                if value not in known[column]:
                    known[column][value] = self._cell(column, value)
            cells = "".join(map(dict.__getitem__, known, values))
        return f'<row r="{row_index}"{extra}>{cells}</row>'

    def _mixed_row(self, values: Sequence[Any], start: str) -> str | None:
        """A row with a value of another type than _KNOWN_TYPES: such a value is not looked up,
        lest True find the cell of 1 (they are equal as keys), nor 1.0 that of 1."""
        parts = [start]
        for column, value in enumerate(values):
            if type(value) in _KNOWN_TYPES:
                cell = self._known[column].get(value)
                if cell is None:
                    cell = self._known[column][value] = self._cell(column, value)
            else:
                cell = self._other_cell(column, value)
                if cell is None:
                    return None
            parts.append(cell)
        parts.append("</row>")
        return "".join(parts)

    def _cell(self, column: int, value: str | int | float | date | datetime | None) -> str:
        """The cell's XML without its reference (a cell without one is in the column after
        the cell before it, so every column has one): an empty cell for no value, text that
        cleaning empties or the empty column between tables, as an empty cell of openpyxl's
        has neither value nor style."""
        if value is None or not self._heads[column]:
            return _EMPTY_CELL
        if isinstance(value, str):
            text = printable(value)[:MAX_CELL_TEXT]
            if not text:
                return _EMPTY_CELL
            style = self._styles[column] or self._style(column)
            if self._shared is None:
                return f"<c{style}{_inline_text(text)}"
            return f'<c{style} t="s"><v>{self._shared.add(text)}</v></c>'
        if isinstance(value, date):
            value = to_excel(value, self._epoch)
        style = self._styles[column] or self._style(column)
        return f'<c{style} t="n"><v>{value:.16g}</v></c>'

    def _other_cell(self, column: int, value: Any) -> str | None:
        value = excel_value(value, self._words)
        if type(value) in (str, int, float, date, datetime):
            return self._cell(column, value)
        return None

    def _style(self, column: int) -> str:
        style = self._styles[column] = f' s="{self._cells.cells[column].style_id}"'
        return style


def _origin_columns(layout: Sequence[Column | None]) -> int:
    """How many columns at the left say where a row comes from (Organisation, Workshop,
    Datum), to repeat on every page across; none for a sheet without them."""
    headers = [c.header if c else None for c in layout[:3]]
    return 3 if headers == ["Organisation", "Workshop", "Datum"] else 0


def _line_count(value: Any, column: Column | None) -> int:
    """Roughly how many lines wrapped text takes in its column (about one character per
    width unit, less a little for proportional letters)."""
    if column is None:
        return 1
    return _lines(value, max(1, int(column.width * CHARACTERS_PER_WIDTH)))


def _lines(value: Any, per_line: int) -> int:
    if not isinstance(value, str) or not value:
        return 1
    if len(value) <= per_line and "\n" not in value:
        return 1
    return sum(_wrapped_lines(part, per_line) for part in value.split("\n"))


def _wrapped_lines(text: str, per_line: int) -> int:
    """Lines of ``text`` wrapped at word boundaries, as Excel and LibreOffice wrap it: a word
    that does not fit on the line starts the next one, which a plain length / width misses."""
    if len(text) <= per_line:
        return 1
    lines, used = 1, 0
    for word in text.split(" "):
        length = len(word)
        if used and used + 1 + length > per_line:
            lines, used = lines + 1, 0
        if used:
            used += 1
        used += length
        while used > per_line:  # a word longer than the line breaks inside it
            lines, used = lines + 1, used - per_line
    return lines


class _ColumnCell(Cell):
    """A column's reused cell, whose style never changes, so its id in the workbook's style
    table is looked up once rather than hashed again for every value written."""

    __slots__ = ("_style_id",)

    @property
    def style_id(self) -> int:
        try:
            return self._style_id  # type: ignore[no-any-return]
        except AttributeError:
            self._style_id: int = Cell.style_id.fget(self)  # type: ignore[attr-defined]
            return self._style_id


class _ColumnCells:
    """One styled cell per column, refilled for every row.

    A write-only sheet writes a row out during ``append`` and keeps no cell, so the same cell
    can carry the next row's value. That spares building a cell and copying its style for every
    value, which was most of the time a large roll-up spent above bare openpyxl."""

    def __init__(self, sheet: Any, styles: list[Any], texts: ExportTexts = SWEDISH) -> None:
        self._styles = styles
        self._words = texts
        self._cells: list[Any] = []
        for style in styles:
            if style is None:
                self._cells.append(None)
                continue
            cell = _ColumnCell(worksheet=sheet, column=1, row=1)
            cell._style = copy(style)
            self._cells.append(cell)

    @property
    def cells(self) -> list[Any]:
        """The column's cell, or None for the empty column between tables."""
        return self._cells

    def row(self, values: Iterable[Any]) -> list[Any]:
        cells: list[Any] = []
        for value, cell, style in zip(values, self._cells, self._styles, strict=True):
            if value is None or cell is None:
                cells.append(None)
                continue
            # Text first: most values are text, and it needs only cleaning (see excel_value).
            value = printable(value) if type(value) is str else excel_value(value, self._words)
            if value is None or value == "":
                cells.append(None)
                continue
            # The value goes in as it is, with its type, past openpyxl's checks: the text is
            # cleaned above, and is never a formula even when it starts with "="; a date keeps
            # the column's format rather than one of openpyxl's own.
            kind = type(value)
            if kind is str:
                cell._value = value[:MAX_CELL_TEXT]
                cell.data_type = "s"
            elif kind is int or kind is float:
                cell._value = value
                cell.data_type = "n"
            elif kind is date or kind is datetime:
                cell._value = value
                cell.data_type = "d"
            else:
                cell.value = value
                cell._style = copy(style)
            cells.append(cell)
        return cells


def _cells(
    sheet: Any, values: Iterable[Any], styles: list[Any], texts: ExportTexts = SWEDISH
) -> list[Any]:
    cells: list[Any] = []
    for value, style in zip(values, styles, strict=True):
        value = excel_value(value, texts)
        if value is None or value == "" or style is None:
            cells.append(None)
            continue
        cell = WriteOnlyCell(sheet, value)
        if isinstance(value, str):
            # openpyxl treats any text starting with "=" as a formula; user text never is one.
            cell.data_type = "s"
        cell._style = copy(style)
        cells.append(cell)
    return cells


def table_name(name: str, texts: ExportTexts = SWEDISH) -> str:
    """An Excel table's name in the language of ``texts``: letters, digits and _ only."""
    return re.sub(r"[^0-9A-Za-z_]", "", texts.gettext(name)) or name


def _finish_table(
    sheet: Any, table: TableData, first_column: int, texts: ExportTexts = SWEDISH
) -> None:
    last_column = first_column + len(table.columns) - 1
    last_row = len(table.rows) + 1
    start, end = get_column_letter(first_column), get_column_letter(last_column)
    if table.rows:
        ref = f"{start}1:{end}{last_row}"
        name = table_name(table.name, texts) + (f"_{table.part}" if table.part else "")
        excel_table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
        # Write-only sheets cannot read the header back; the names must match it exactly.
        excel_table.tableColumns = [
            TableColumn(id=n, name=printable(c.title(texts)))
            for n, c in enumerate(table.columns, 1)
        ]
        excel_table.tableStyleInfo = TableStyleInfo(
            name="TableStyleLight9", showRowStripes=True, showColumnStripes=False
        )
        with warnings.catch_warnings():
            # The columns were set above; openpyxl warns in write-only mode regardless.
            warnings.simplefilter("ignore", UserWarning)
            sheet.add_table(excel_table)
    else:
        # Excel refuses a table without a data row; a filter on the header keeps the layout.
        sheet.auto_filter.ref = f"{start}1:{end}1"
    for offset, column in enumerate(table.columns):
        letter = get_column_letter(first_column + offset)
        cells = f"{letter}2:{letter}{min(last_row + VALIDATION_HEADROOM, MAX_DATA_ROWS + 1)}"
        if column.choices:
            validation = DataValidation(
                type="list",
                formula1='"' + ",".join(texts.gettext(c) for c in column.choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=texts.gettext("Ogiltigt värde"),
                error=texts.gettext("Välj ett av värdena i listan."),
            )
            validation.add(cells)
            sheet.data_validations.append(validation)
        if column.kind is Kind.LIGHT:
            for light, colour in LIGHT_COLOURS.items():
                fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
                sheet.conditional_formatting.add(
                    cells,
                    FormulaRule(formula=[f'{letter}2="{texts.choice(light)}"'], fill=fill),
                )


def write_fact_sheet(
    workbook: Workbook,
    title: str,
    rows: Iterable[tuple[str, Any] | str | None],
    texts: ExportTexts = SWEDISH,
) -> None:
    """A two-column sheet of facts; a bare string is a bold section heading, None a blank row.
    The rows are given in the language of ``texts``, which words their yes, no and choices."""
    sheet = _new_sheet(workbook, title)
    label_width, value_width = 34, 90
    _print_setup(sheet, label_width + value_width, texts=texts)
    prototypes = _style_prototypes(sheet)
    sheet.column_dimensions["A"].width = label_width
    sheet.column_dimensions["B"].width = value_width
    value_column = Column("", value_width, Kind.LONG_TEXT)
    bold = Font(bold=True)
    heading_font = Font(bold=True, size=13)
    for row_index, row in enumerate(rows, start=1):
        if row is None:
            sheet.append([])
            continue
        if isinstance(row, str):
            cell = WriteOnlyCell(sheet, printable(row))
            cell.data_type = "s"
            cell.font = heading_font
            sheet.append([cell])
            continue
        label, value = row
        label_cell = WriteOnlyCell(sheet, printable(label))
        label_cell.data_type = "s"
        label_cell.font = bold
        label_cell.alignment = Alignment(vertical="top", wrap_text=True)
        value = excel_value(value, texts)
        if isinstance(value, datetime):
            kind = Kind.DATETIME
        elif isinstance(value, date):
            kind = Kind.DATE
        elif isinstance(value, float):
            kind = Kind.DECIMAL
        else:
            kind = Kind.LONG_TEXT
        lines = max(
            _line_count(value, value_column),
            _line_count(label, Column("", label_width, Kind.LONG_TEXT)),
        )
        if lines > 1:
            # As in the tables: LibreOffice does not fit a row to wrapped text on opening.
            sheet.row_dimensions[row_index].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
        sheet.append([label_cell, *_cells(sheet, [value], [prototypes[kind]], texts)])
