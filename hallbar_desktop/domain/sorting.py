"""Swedish alphabetical order (å ä ö after z) without a locale or Qt."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

_ALPHABET = " 0123456789abcdefghijklmnopqrstuvwxyzåäö"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Letters Swedish sorts as if they were another: é with e, ü with y, æ with ä, ø with ö.
_SAME_AS = {"æ": "ä", "ø": "ö", "ü": "y", "ð": "d", "þ": "th", "ß": "ss"}


def _primary(ch: str) -> str:
    if ch in _RANK:
        return ch
    if ch in _SAME_AS:
        return _SAME_AS[ch]
    # NFD splits é into e + accent, but å ä ö are letters of their own and caught above.
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base in _RANK else ch


def swedish_key(text: str) -> tuple[tuple[tuple[int, str], ...], str, str]:
    """A sort key: letters in Swedish order; case and accents only break ties."""
    folded = text.casefold()
    primary = tuple((_RANK.get(p, len(_ALPHABET)), p) for ch in folded for p in _primary(ch))
    # Lower case before upper case on a tie, as in Swedish dictionaries and ICU.
    return primary, folded, text.swapcase()


def swedish_sorted(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    return sorted(items, key=lambda item: swedish_key(key(item)))
