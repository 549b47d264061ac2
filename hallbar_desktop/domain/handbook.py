"""The facilitator's handbook as data: sections of paragraphs, lists and tables, in any language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    # A few words set in bold before the text ("Syfte"), as in the guidance panel.
    lead: str = ""


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]
    # The line in bold above the list ("Frågor att ställa"); empty for none.
    lead: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Each column's share of the text width; they add up to 1.
    shares: tuple[float, ...]


Block = Paragraph | Bullets | Table


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()
    # A chapter that should begin on a fresh page.
    new_page: bool = False


@dataclass(frozen=True, slots=True)
class Handbook:
    title: str
    subtitle: str
    # Short lines under the title on the cover (the version, what the method builds on).
    cover_lines: tuple[str, ...]
    running_header: str
    # The cover's list of chapters is headed by this ("Innehåll").
    contents_heading: str
    sections: tuple[Section, ...]
    # The code of the language the words are in ("sv", "en"): the PDF's page numbers and
    # language tag follow it.
    language: str = "sv"
