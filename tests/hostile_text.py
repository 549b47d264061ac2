"""The shared corpus of hostile text that every way in and out of the app must survive.

Each entry is a text a person might paste into a free-text field (or that a file written by an
older version might hold) and says what it attacks. ``accepted`` is the app's promise for it:

- accepted: stored and read back exactly as entered, shown as entered, and written to the
  exports without ever becoming a formula or markup (less only what a format cannot hold);
- refused: turned away when entered, with a Swedish sentence that says what is wrong
  (hallbar_desktop/domain/entered_text.py), and nothing stored changes.

The tests that push the corpus through storage (tests/services/test_hostile_text_storage.py),
the GUI's fields (tests/ui/test_hostile_text_entry.py) and both exports
(tests/export/test_hostile_text_exports.py) are listed in docs/data-safety.md. A new way in or
out (the workshop package, an import) should take ``CORPUS`` as it is and make the same promise:

    from tests.hostile_text import ACCEPTED, CORPUS, REFUSED

    @pytest.mark.parametrize("hostile", CORPUS, ids=str)
    def test_the_package_keeps_hostile_text(hostile): ...

Every accepted text fits the shortest free-text field (an alias, 60 characters), so any
field can hold any of them.
"""

from __future__ import annotations

from dataclasses import dataclass

# The shortest free-text field: a participant's alias.
SHORTEST_FIELD = 60
LONG_LENGTH = 100_000


@dataclass(frozen=True, slots=True)
class HostileText:
    key: str
    text: str
    attack: str
    accepted: bool

    def __str__(self) -> str:  # the pytest id
        return self.key


def _long_text() -> str:
    """100,000 characters of Swedish-looking words: far above every field's limit."""
    words = ("förändring", "åtgärd", "beroende", "ägarskap", "uthållighet", "lärande")
    text = " ".join(f"{words[n % len(words)]}{n}" for n in range(LONG_LENGTH // 8))
    return text[:LONG_LENGTH]


CORPUS: tuple[HostileText, ...] = (
    HostileText(
        "formula_equals", "=1+1", "a spreadsheet formula (openpyxl writes it as one)", True
    ),
    HostileText(
        "formula_hyperlink",
        '=HYPERLINK("http://example.com/?q=å","Klicka")',
        "a formula that opens a link from the workbook",
        True,
    ),
    HostileText(
        "formula_dde", "=cmd|' /C calc'!A0", "CSV/DDE injection that starts a program", True
    ),
    HostileText(
        "formula_plus", "+46 70-123 45 67", "a phone number that Excel reads as a sum", True
    ),
    HostileText("formula_minus", "-2+3 minskad budget", "a minus sign that starts a formula", True),
    HostileText("formula_at", "@SUMMA(A1:A9) för Å", "an @ that starts a formula", True),
    HostileText(
        "tab_start", "\tIndrag med tabb före", "a tab first, another formula trigger", True
    ),
    HostileText("cr_start", "\rVagnretur först, sedan text", "a carriage return first", True),
    HostileText("line_breaks", "Rad ett\r\nRad två\nRad tre", "Windows and Unix line breaks", True),
    HostileText(
        "markup", "<b>fet</b> & <i>kursiv</i> <br/> ä", "markup a PDF paragraph would obey", True
    ),
    HostileText(
        "script", "<script>alert('ö')</script>", "a script tag (reportlab raises on it)", True
    ),
    HostileText("entities", "&amp; &lt;b&gt; &#x41; &nbsp; å", "escaped markup kept as text", True),
    HostileText(
        "arabic", "التكامل المستدام في المنطقة ٢٠٢٦", "right-to-left Arabic with its digits", True
    ),
    HostileText("hebrew", "שינוי בר־קיימא, שלב 3", "right-to-left Hebrew mixed with a digit", True),
    HostileText(
        "bidi_override", "ltr \u202eövertäckt\u202c slut", "a right-to-left override mark", True
    ),
    HostileText(
        "combining",
        "A\u030asa e\u0301 Z\u0334\u0321a\u0336l\u0337g\u0338o",
        "combining marks",
        True,
    ),
    HostileText(
        "emoji",
        "Bra jobbat 👍🏽 🇸🇪 👨\u200d👩\u200d👧 ✅",
        "emoji outside the BMP, a flag, skin tone and joined emoji",
        True,
    ),
    HostileText(
        "sami", "Ŋ đ ŧ š ž č Sámi giella", "Sami letters the built-in PDF fonts lack", True
    ),
    HostileText("format_codes", "{0} %s %(namn)s {namn!r}", "format placeholders", True),
    HostileText("sql", "'; DROP TABLE workshops; --", "SQL injection", True),
    HostileText("nul", "före\x00efter", "a NUL byte (ends C strings)", False),
    HostileText(
        "control", "klocka\x07 escape\x1b[31m röd\x0b\x0c", "bell, escape and form feed", False
    ),
    HostileText("c1_control", "text\x85med\x9bC1", "C1 control characters", False),
    HostileText("lone_surrogate", "halv \ud800 surrogat", "a lone UTF-16 surrogate", False),
    HostileText("long", _long_text(), "100,000 characters, above every limit", False),
)

ACCEPTED: tuple[HostileText, ...] = tuple(h for h in CORPUS if h.accepted)
REFUSED: tuple[HostileText, ...] = tuple(h for h in CORPUS if not h.accepted)


def hostile(key: str) -> HostileText:
    return next(h for h in CORPUS if h.key == key)


if any(len(h.text) > SHORTEST_FIELD for h in ACCEPTED):
    raise RuntimeError("every accepted text must fit the shortest field")
