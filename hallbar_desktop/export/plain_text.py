"""User text made safe for a file format: characters it cannot hold removed, markup escaped."""

from __future__ import annotations

from datetime import date

from hallbar_desktop.domain.rounding import fixed_point
from hallbar_desktop.domain.validation import UNSTORABLE_CHARACTERS


def printable(text: str) -> str:
    """The text without the characters that neither xlsx nor PDF text can hold.

    New text with them is refused when entered (domain.entered_text); a file written by an
    earlier version may still hold some. A lone surrogate saves but leaves an xlsx that cannot
    be opened again."""
    return UNSTORABLE_CHARACTERS.sub("", text)


def paragraph_markup(text: str) -> str:
    """User text for a reportlab Paragraph: never markup, and line breaks kept."""
    # What xml.sax.saxutils.escape does; importing it pulls in urllib and http.client, which
    # cost every start of the `hallbar` command 20 ms.
    escaped = printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def decimal_comma(value: float | None, decimals: int = 1, missing: str = "–") -> str:
    """A number as Swedes write it: 3,4 (and a real minus sign)."""
    if value is None:
        return missing
    return fixed_point(value, decimals).replace(".", ",").replace("-", "−")


def signed_decimal_comma(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = decimal_comma(value, decimals)
    return text if text.startswith("−") or text.strip("0,") == "" else f"+{text}"


def counted(n: int, singular: str, plural: str) -> str:
    """A count with its noun in the right number: "1 workshop", "2 workshoppar", "0 klara".

    The one place the exports choose between the two forms (the GUI uses Qt's %n)."""
    return f"{n} {singular if n == 1 else plural}"


def iso_date(value: date | None, missing: str = "–") -> str:
    return value.isoformat() if value else missing
