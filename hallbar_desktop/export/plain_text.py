"""User text made safe for a file format: characters it cannot hold removed, markup escaped."""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

# C0 controls except tab, newline and carriage return; DEL and the C1 controls; lone surrogates
# (they save but leave an xlsx that cannot be opened again); and the two XML non-characters.
_UNHOLDABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """The text without the characters that neither xlsx nor PDF text can hold."""
    return _UNHOLDABLE.sub("", text)


def paragraph_markup(text: str) -> str:
    """User text for a reportlab Paragraph: never markup, and line breaks kept."""
    return escape(printable(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def decimal_comma(value: float | None, decimals: int = 1, missing: str = "–") -> str:
    """A number as Swedes write it: 3,4 (and a real minus sign)."""
    if value is None:
        return missing
    return f"{value:.{decimals}f}".replace(".", ",").replace("-", "−")


def signed_decimal_comma(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = decimal_comma(value, decimals)
    return text if text.startswith("−") or text.strip("0,") == "" else f"+{text}"


def iso_date(value: date | None, missing: str = "–") -> str:
    return value.isoformat() if value else missing
