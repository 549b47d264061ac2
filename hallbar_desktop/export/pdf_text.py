"""Text in any script the bundled fonts hold: a font per script, joined Arabic, RTL in order."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import algorithm as bidi
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    regular_file: str
    bold_file: str


# The first family holds Latin (Swedish, Finnish, Sami, Somali), Greek, Cyrillic, Hebrew and
# Arabic with its presentation forms; the others are asked, in order, for what it lacks.
PRIMARY = FontFamily("HallbarSans", "HallbarSans-Bold", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACKS = (
    # Ge'ez script: Tigrinya and Amharic.
    FontFamily(
        "HallbarEthiopic",
        "HallbarEthiopic-Bold",
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansEthiopic-Bold.ttf",
    ),
)
# Shown where no bundled font has the character, so a reader sees that something is missing.
REPLACEMENT = "\ufffd"

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_TAG = re.compile(r"(<[^>]*>)")
# Bidi classes that can change the order of what follows: right-to-left letters and digits,
# and the explicit embeddings, overrides and isolates.
_REORDERING = {"R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
_STRONG = {"L": 0, "R": 1, "AL": 1}


class _Fonts:
    """What the registered fonts hold, filled in by register_fonts."""

    def __init__(self) -> None:
        self.coverage: list[tuple[FontFamily, frozenset[int]]] = []
        # Matches any character that needs more than the primary font drawing it left to right.
        self.needs_work: re.Pattern[str] = re.compile("(?s).")
        self.reshaper: arabic_reshaper.ArabicReshaper | None = None


_fonts = _Fonts()
_unshown: ContextVar[Counter[str] | None] = ContextVar("unshown", default=None)


class _MeasuredFont(TTFont):
    """A TrueType font that sums a text's glyph widths once: reportlab measures every word of
    a paragraph each time it wraps it (a table row is wrapped to find its height, then again
    to draw it, and a row split over pages once more), one glyph at a time in Python, and a
    report's words recur (its thousands of cells share a few hundred words). The width is
    the same product reportlab computes, so the lines break where they did."""

    # Texts measured between clearing: a long report holds tens of thousands of words, and
    # the fonts live as long as the process.
    MEASURED = 50_000

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._units: dict[str, float] = {}

    def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:
        units = self._units.get(text)
        if units is None:
            if not isinstance(text, str):
                text = text.decode(encoding or "utf8")
            widths, default = self.face.charWidths, self.face.defaultWidth
            units = sum([widths.get(ord(c), default) for c in text])
            if len(self._units) >= self.MEASURED:
                self._units.clear()
            self._units[text] = units
        return 0.001 * size * units


def register_fonts(fonts_dir: Path) -> None:
    """Embed the bundled fonts: the built-in Helvetica prints ■ for Sami letters such as ŋ đ ŧ,
    and no single font holds every script."""
    if _fonts.coverage:
        return
    for family in (PRIMARY, *FALLBACKS):
        regular = _MeasuredFont(family.regular, str(fonts_dir / family.regular_file))
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(_MeasuredFont(family.bold, str(fonts_dir / family.bold_file)))
        pdfmetrics.registerFontFamily(
            family.regular,
            normal=family.regular,
            bold=family.bold,
            italic=family.regular,
            boldItalic=family.bold,
        )
        _fonts.coverage.append((family, frozenset(regular.face.charToGlyph)))
    primary = _fonts.coverage[0][1]
    _fonts.needs_work = re.compile(f"[^{_character_class(_plain_characters(primary))}]")
    _fonts.reshaper = _reshaper_for(primary)


def _plain_characters(covered: frozenset[int]) -> list[int]:
    return sorted(c for c in covered if bidi.bidirectional(chr(c)) not in _REORDERING and c >= 0x20)


def _character_class(codes: list[int]) -> str:
    parts = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        first, last = re.escape(chr(start)), re.escape(chr(previous))
        parts.append(first if start == previous else f"{first}-{last}")
        start = previous = code
    return "".join(parts)


def _reshaper_for(covered: frozenset[int]) -> arabic_reshaper.ArabicReshaper:
    """Arabic joined through presentation forms, and only the ligatures the font has."""
    configuration: dict[str, Any] = {
        "delete_harakat": False,
        # The marks follow their letter once a right-to-left run is turned around.
        "shift_harakat_position": True,
    }
    for name, (_match, forms) in LIGATURES:
        configuration[name] = all(ord(f) in covered for f in forms if f)
    return arabic_reshaper.ArabicReshaper(configuration=configuration)


@contextmanager
def counting_unshown() -> Iterator[Counter[str]]:
    """Counts, while the block runs in this thread, the characters replaced by REPLACEMENT."""
    unshown: Counter[str] = Counter()
    token = _unshown.set(unshown)
    try:
        yield unshown
    finally:
        _unshown.reset(token)


def needs_work(text: str) -> bool:
    """Whether the primary font cannot simply draw ``text`` from left to right."""
    return _fonts.needs_work.search(text) is not None


def prepared_markup(markup: str) -> str:
    """Paragraph markup with Arabic joined, each run in a font that has it, and a visible
    REPLACEMENT (counted) for what no font has; the tags are kept as they are."""
    if not needs_work(markup):
        return markup
    return "".join(
        part if part.startswith("<") else _prepared_text(part) for part in _TAG.split(markup)
    )


def _prepared_text(text: str) -> str:
    if _fonts.reshaper is not None and _ARABIC_SCRIPT.search(text):
        text = _fonts.reshaper.reshape(text)
    runs: list[tuple[FontFamily, list[str]]] = []
    for character in text:
        for shown in _shown(character):
            family = _family_for(shown)
            if runs and shown.isspace() and runs[-1][0] is not PRIMARY:
                # A space between two words of another script stays in their font.
                family = runs[-1][0]
            if family is None:
                if unicodedata.category(shown) == "Cf":
                    continue  # an invisible joiner or direction mark a font lacks
                _count_unshown(shown)
                family, shown = PRIMARY, REPLACEMENT
            if runs and runs[-1][0] is family:
                runs[-1][1].append(shown)
            else:
                runs.append((family, [shown]))
    return "".join(
        "".join(chars)
        if family is PRIMARY
        else f'<font face="{family.regular}">{"".join(chars)}</font>'
        for family, chars in runs
    )


def _shown(character: str) -> str:
    """The character, or for an Arabic presentation form the font lacks, its plain letters."""
    if _PRESENTATION_FORMS.match(character) and ord(character) not in _fonts.coverage[0][1]:
        return unicodedata.normalize("NFKC", character)
    return character


def _family_for(character: str) -> FontFamily | None:
    code = ord(character)
    for family, covered in _fonts.coverage:
        if code in covered:
            return family
    return None


def _count_unshown(character: str) -> None:
    unshown = _unshown.get()
    if unshown is not None:
        unshown[character] += 1


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of ``markup`` in any script: see prepared_markup; right-to-left text reads
    from the right, line by line."""
    if not needs_work(markup):
        return Paragraph(markup, style)
    prepared, style, base_level = laid_out(markup, style)
    if base_level is None:
        return Paragraph(prepared, style)
    return BidiParagraph(prepared, style, base_level=base_level)


def laid_out(markup: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, int | None]:
    """The prepared markup, its style (right-aligned where the text starts right-to-left) and
    the paragraph's bidi base level, None where nothing needs reordering."""
    prepared = prepared_markup(markup)
    text = "".join(p for p in _TAG.split(prepared) if not p.startswith("<"))
    if not any(bidi.bidirectional(c) in _REORDERING for c in text):
        return prepared, style, None
    base_level = _base_level(text)
    if base_level == 1 and style.alignment == TA_LEFT:
        style = ParagraphStyle(f"{style.name}RTL", parent=style, alignment=TA_RIGHT)
    return prepared, style, base_level


def single_font_line(text: str, *, count: bool = True) -> str:
    """One line for a drawing's label, in the primary font and drawing order: Arabic joined,
    right-to-left runs turned, and REPLACEMENT (counted unless told) for what that font lacks."""
    if not needs_work(text):
        return text
    if _fonts.reshaper is not None and _ARABIC_SCRIPT.search(text):
        text = _fonts.reshaper.reshape(text)
    primary = _fonts.coverage[0][1]
    kept = []
    for character in text:
        for shown in _shown(character):
            if ord(shown) in primary:
                kept.append(shown)
            elif unicodedata.category(shown) != "Cf":
                if count:
                    _count_unshown(shown)
                kept.append(REPLACEMENT)
    line = "".join(kept)
    if not any(bidi.bidirectional(c) in _REORDERING for c in line):
        return line
    return visual_order(line, _base_level(line))[0]


def _base_level(text: str) -> int:
    """The paragraph's direction from its first strong letter (Unicode bidi rules P2, P3)."""
    for character in text:
        level = _STRONG.get(bidi.bidirectional(character))
        if level is not None:
            return level
    return 0


def visual_order(text: str, base_level: int) -> tuple[str, list[int]]:
    """One line of text in the order it is drawn from the left, with mirrored brackets, and for
    each drawn character the index of the character it came from."""
    storage = bidi.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    bidi.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage, False)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    bidi.reorder_resolved_levels(storage, False)
    bidi.apply_mirroring(storage, False)
    chars = storage["chars"]
    return "".join(c["ch"] for c in chars), [c["index"] for c in chars]


class BidiParagraph(Paragraph):
    """Lines are broken in logical order, then each line is drawn in visual order, so a text
    that wraps is read line by line from the top whichever way its lines run.

    ``base_level`` is the paragraph's direction (0 left-to-right, 1 right-to-left), None where
    it draws as a plain Paragraph."""

    def __init__(
        self,
        text: Any,
        style: ParagraphStyle,
        *args: Any,
        base_level: int | None = None,
        **kwargs: Any,
    ) -> None:
        self._base_level = base_level
        super().__init__(text, style, *args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        # The parts are made by the class itself, without knowing the direction.
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, BidiParagraph):
                part._base_level = self._base_level
        return parts

    def draw(self) -> None:
        if self._base_level is None:
            super().draw()
            return
        logical = self.blPara
        self.blPara = copy(logical)
        if logical.kind == 0:
            self.blPara.lines = [self._visual_words(line) for line in logical.lines]
        else:
            self.blPara.lines = [self._visual_frags(line) for line in logical.lines]
        try:
            super().draw()
        finally:
            self.blPara = logical

    def _visual_words(self, line: Any) -> Any:
        extra_space, words = line
        visual, _ = visual_order(" ".join(words), self._base_level or 0)
        return (extra_space, visual.split(" "))

    def _visual_frags(self, line: Any) -> Any:
        texts = [w for w in line.words if hasattr(w, "text") and not hasattr(w, "cbDefn")]
        rest = [w for w in line.words if not (hasattr(w, "text") and not hasattr(w, "cbDefn"))]
        owner = [n for n, frag in enumerate(texts) for _ in frag.text]
        visual, origin = visual_order("".join(f.text for f in texts), self._base_level or 0)
        words: list[Any] = []
        for character, index in zip(visual, origin, strict=True):
            frag = texts[owner[index]]
            if words and words[-1].source is frag:
                words[-1].text += character
            else:
                drawn = frag.clone(text=character)
                drawn.source = frag
                words.append(drawn)
        for drawn in words:
            del drawn.source
        visual_line = copy(line)
        visual_line.words = words + rest
        return visual_line
