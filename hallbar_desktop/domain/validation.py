"""Small checks shared by the entities' constructors; each raises ValidationError."""

from __future__ import annotations

import re

from hallbar_desktop.domain.errors import ValidationError

# Descriptions, mitigations and the like: room for a long text pasted from a report.
LONG_TEXT_MAX = 20_000

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls; lone
# surrogates; U+FFFE and U+FFFF. Nobody types them (they come along with pasted text), no export
# format can hold them (XML forbids them) and a lone surrogate cannot even be written as UTF-8.
UNSTORABLE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class StoredText(str):
    """A text as the database file holds it, which entry limits do not apply to.

    The limits are rules for what a person enters. A text that reached the file another way
    (an older version, a hand edit) is read, shown and kept as it is, and named among the data
    problems; an edit that changes it makes a plain str, which the limits apply to again."""

    __slots__ = ()


def require_text(field: str, label: str, value: str, max_length: int | None = None) -> None:
    if isinstance(value, StoredText):
        return
    if not value.strip():
        raise ValidationError(field, "required", label=label)
    check_length(field, label, value, max_length)


def check_length(field: str, label: str, value: str, max_length: int | None) -> None:
    if isinstance(value, StoredText):
        return
    if max_length is not None and len(value) > max_length:
        raise ValidationError(field, "too_long", label=label, limit=max_length, length=len(value))


def check_characters(field: str, label: str, value: str) -> None:
    """Refuse a text with a character that cannot be stored or exported (see above)."""
    found = UNSTORABLE_CHARACTERS.search(value)
    if found is not None:
        code = ord(found.group())
        where = {"label": label, "character": f"U+{code:04X}", "position": found.start() + 1}
        if 0xD800 <= code <= 0xDFFF:
            raise ValidationError(field, "incomplete_character", **where)
        raise ValidationError(field, "unstorable_character", **where)


def swedish_count(number: int) -> str:
    """A whole number as Swedes write it: 20 000 (with a space that never breaks the line)."""
    return f"{number:,}".replace(",", "\u00a0")


def check_range(field: str, label: str, value: int | None, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, "out_of_range", label=label, low=low, high=high)


def check_not_negative(field: str, label: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(field, "negative", label=label)
