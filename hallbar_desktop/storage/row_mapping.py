"""Converts domain dataclasses to column values and back, driven by their type hints.

Reading is lenient: a value the file holds is never a reason to fail (see RowReader)."""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, Generic, TypeVar
from uuid import NAMESPACE_URL, uuid5

import sqlalchemy as sa

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.data_problems import (
    EMPTY,
    IMPOSSIBLE_DATE,
    INVALID,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    TOO_LONG,
    UNDECODABLE_TEXT,
    UNKNOWN_CHOICE,
)
from hallbar_desktop.domain.errors import Phrase, ValidationError
from hallbar_desktop.domain.validation import StoredText
from hallbar_desktop.storage.column_types import UtcDateTime

T = TypeVar("T")
_SEPARATOR = ","


def _choice_type(hint: Any) -> type[LabelledChoice] | None:
    """The LabelledChoice in ``X`` or ``X | None``, else None."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        for arg in typing.get_args(hint):
            found = _choice_type(arg)
            if found is not None:
                return found
        return None
    if isinstance(hint, type) and issubclass(hint, LabelledChoice):
        return hint
    return None


@cache
def _plan(cls: type) -> tuple[tuple[str, type[LabelledChoice] | None, bool], ...]:
    """(field name, choice type, is a set of choices) for every field of ``cls``."""
    hints = typing.get_type_hints(cls)
    plan = []
    for f in fields(cls):
        hint = hints[f.name]
        if typing.get_origin(hint) is frozenset:
            plan.append((f.name, _choice_type(typing.get_args(hint)[0]), True))
        else:
            plan.append((f.name, _choice_type(hint), False))
    return tuple(plan)


def to_columns(entity: Any, table: sa.Table, **extra: Any) -> dict[str, Any]:
    """Column values for the fields of ``entity`` that ``table`` has, plus ``extra``."""
    values: dict[str, Any] = {}
    for name, choice, is_set in _plan(type(entity)):
        if name not in table.c:
            continue
        value = getattr(entity, name)
        if is_set:
            value = _SEPARATOR.join(sorted(member.code for member in value))
        elif choice is not None and value is not None:
            value = value.code
        values[name] = value
    values.update(extra)
    return values


def from_columns(cls: type[T], row: Mapping[str, Any], **extra: Any) -> T:
    """Rebuild a ``cls`` from a row; fields the row lacks come from ``extra`` or defaults."""
    kwargs: dict[str, Any] = {}
    for name, choice, is_set in _plan(cls):
        if name in extra:
            kwargs[name] = extra[name]
            continue
        if name not in row:
            continue
        value = row[name]
        if is_set and choice is not None:
            value = frozenset(choice.from_code(code) for code in value.split(_SEPARATOR) if code)
        elif choice is not None and value is not None:
            value = choice.from_code(value)
        kwargs[name] = value
    return cls(**kwargs)


class Unreadable(ValueError):
    """A stored value a column converter cannot use; ``stand_in`` is what to use instead
    (``DEFAULT`` for the field's default)."""

    def __init__(self, reason: str, stand_in: Any = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stand_in = stand_in


DEFAULT: Any = object()
# The stand-in of a rating or score that is left out of the numbers instead of replaced.
LEFT_OUT: Any = object()


@dataclass(frozen=True, slots=True)
class FieldFault:
    """A value of one row that could not be used as it is (see domain.data_problems)."""

    field: str
    raw: Any
    reason: str
    stand_in: Any
    # The rule the value broke, when one refused it (its sentence says more than the reason).
    broken_rule: ValidationError | None = None

    @property
    def stand_in_words(self) -> Phrase | None:
        """The stand-in as the message table words it, or None when the stored value is used
        as it is."""
        if self.reason in (TOO_LONG, EMPTY, UNDECODABLE_TEXT) or self.stand_in is LEFT_OUT:
            return None
        if self.stand_in is None:
            return Phrase("stand_in_empty")
        if isinstance(self.stand_in, LabelledChoice):
            return Phrase("stand_in_choice", label=self.stand_in.label)
        if isinstance(self.stand_in, frozenset):
            return Phrase("stand_in_known_choices" if self.stand_in else "stand_in_no_choices")
        return Phrase("stand_in_value", value=str(self.stand_in))


class RowReader(Generic[T]):
    """``from_columns`` for the many rows of one query, given as tuples in ``columns`` order:
    which column fills which field is worked out once, not for every row. ``convert`` maps a
    column name to a function applied to its raw value first; it raises Unreadable for a value
    it cannot use.

    Reading never fails on a value: an unknown choice, an unreadable value or one a constructor
    refuses is replaced by a stand-in (the field's default, else None or the first choice), a
    text over an entry limit is kept as StoredText, and ``faults`` lists what the last row read
    held that could not be used as it is."""

    def __init__(
        self,
        cls: type[T],
        columns: Sequence[str],
        convert: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        convert = convert or {}
        position = {name: i for i, name in enumerate(columns)}
        self._cls = cls
        self._plan = tuple(
            (name, position[name], convert.get(name), choice, is_set)
            for name, choice, is_set in _plan(cls)
            if name in position
        )
        # Where each field's stored value is, for naming it in a fault.
        self._index = {name: index for name, index, *_ in self._plan}
        self.faults: tuple[FieldFault, ...] = ()

    def __call__(self, row: Sequence[Any], **extra: Any) -> T:
        kwargs: dict[str, Any] = {}
        faults: list[FieldFault] = []
        for name, index, raw, choice, is_set in self._plan:
            value = row[index]
            if raw is not None:
                try:
                    value = raw(value)
                except Unreadable as unreadable:
                    value = unreadable.stand_in
                    if value is DEFAULT:
                        value = _stand_in(self._cls, name, choice)
                    faults.append(FieldFault(name, row[index], unreadable.reason, value))
                    kwargs[name] = value
                    continue
            if is_set and choice is not None:
                codes = [code for code in str(value).split(_SEPARATOR) if code]
                known = frozenset(_choice_or_none(choice, code) for code in codes) - {None}
                if len(known) != len(codes):
                    faults.append(FieldFault(name, value, UNKNOWN_CHOICE, known))
                value = known
            elif choice is not None and value is not None:
                # The members by code, as Enum keeps them: a roll-up reads a choice in every
                # other field of a few hundred thousand rows, and calling the class is slower.
                member = choice._value2member_map_.get(value) if value.__class__ is str else None
                if member is not None:
                    value = member
                else:
                    try:
                        value = choice.from_code(value)
                    except (ValueError, TypeError):
                        value = _stand_in(self._cls, name, choice)
                        faults.append(FieldFault(name, row[index], UNKNOWN_CHOICE, value))
            kwargs[name] = value
        kwargs.update(extra)
        made = self._build(kwargs, row, faults)
        self.faults = tuple(faults) if faults else ()
        return made

    def _build(self, kwargs: dict[str, Any], row: Sequence[Any], faults: list[FieldFault]) -> T:
        # Each refusal replaces one field, so there are at most as many tries as fields.
        for _ in range(len(kwargs) + 1):
            try:
                return self._cls(**kwargs)
            except ValidationError as refused:
                name = refused.field
                value = kwargs.get(name)
                if name not in kwargs or isinstance(value, StoredText):
                    raise
                if refused.code in (TOO_LONG, EMPTY) and isinstance(value, str):
                    # An entry limit: the text is kept and shown as the file holds it.
                    kwargs[name] = StoredText(value)
                    faults.append(FieldFault(name, value, refused.code, None, refused))
                    continue
                stand_in = _stand_in(self._cls, name, _choice_of(self._cls, name))
                if stand_in == value:
                    raise
                reason = OUT_OF_RANGE if refused.code in ("out_of_range", "negative") else INVALID
                index = self._index.get(name)
                stored = value if index is None else row[index]
                faults.append(FieldFault(name, stored, reason, stand_in, refused))
                kwargs[name] = stand_in
        return self._cls(**kwargs)


def row_reader(
    cls: type[T],
    columns: Sequence[str],
    convert: Mapping[str, Callable[[Any], Any]] | None = None,
) -> RowReader[T]:
    return RowReader(cls, columns, convert)


def _choice_or_none(choice: type[LabelledChoice], code: str) -> LabelledChoice | None:
    try:
        return choice.from_code(code)
    except ValueError:
        return None


def _choice_of(cls: type, name: str) -> type[LabelledChoice] | None:
    return next((c for n, c, is_set in _plan(cls) if n == name and not is_set), None)


def _stand_in(cls: type, name: str, choice: type[LabelledChoice] | None) -> Any:
    """The field's default; without one, the first choice for a choice and None otherwise."""
    f = next(f for f in fields(cls) if f.name == name)
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    if choice is not None:
        return next(iter(choice))
    return None


# --- reading columns as the file holds them ------------------------------------------------

# Stands in for a creation or change time that cannot be read.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SURROGATES = re.compile("[\ud800-\udfff]")


def decode_text(data: bytes) -> str:
    """The connection's text_factory: bytes that are not UTF-8 (a bit flip, a hand edit in the
    wrong encoding) are kept as surrogate escapes instead of failing the whole query, so the
    reader can name them (see read_text) and the original bytes can be shown."""
    return str(data, "utf-8", "surrogateescape")


def is_plain_text(value: Any) -> bool:
    """Whether ``value`` is text that read_text keeps as it is."""
    return value.__class__ is str and (value.isascii() or _SURROGATES.search(value) is None)


def read_text(value: Any) -> Any:
    if value.__class__ is str:
        if value.isascii() or _SURROGATES.search(value) is None:
            return value
        shown = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise Unreadable(UNDECODABLE_TEXT, shown)
    if isinstance(value, bytes):
        raise Unreadable(UNDECODABLE_TEXT, value.decode("utf-8", "replace"))
    return value if value is None else str(value)


def _read_int(value: Any) -> Any:
    if value is None or value.__class__ is int:
        return value
    raise Unreadable(NOT_A_NUMBER, DEFAULT)


def _read_bool(value: Any) -> Any:
    if value in (0, 1) and not isinstance(value, str | bytes | float):
        return bool(value)
    raise Unreadable(INVALID, DEFAULT)


def _date_reader(nullable: bool) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        if value is None or isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise Unreadable(IMPOSSIBLE_DATE, None if nullable else DEFAULT) from None

    return read


def _datetime_reader(nullable: bool) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        if value is None:
            return value
        try:
            made = value if isinstance(value, datetime) else datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise Unreadable(IMPOSSIBLE_DATE, None if nullable else EPOCH) from None
        # Stored as naive UTC (see column_types.UtcDateTime).
        return made.replace(tzinfo=UTC) if made.tzinfo is None else made.astimezone(UTC)

    return read


def _uuid_reader(uuid_of: Callable[[Any], Any], nullable: bool) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        try:
            return uuid_of(value)
        except (TypeError, ValueError, AttributeError):
            # A stable stand-in, so that the record is the same one each time it is read.
            stand_in = None if nullable else uuid5(NAMESPACE_URL, repr(value))
            raise Unreadable(INVALID, stand_in) from None

    return read


def _is_raw(column: sa.Column[Any]) -> bool:
    """Columns whose SQLAlchemy type would convert (and fail) while the rows are fetched."""
    return isinstance(column.type, sa.Uuid | sa.Date | sa.DateTime | sa.Boolean | UtcDateTime)


def raw_columns(table: sa.Table) -> list[sa.ColumnElement[Any]]:
    """The table's columns, with ids, dates, times and booleans read as the file holds them;
    column_converters turns them into values, naming what it cannot use."""
    return [sa.type_coerce(c, sa.String).label(c.name) if _is_raw(c) else c for c in table.columns]


def column_converters(
    table: sa.Table, uuid_of: Callable[[Any], Any]
) -> dict[str, Callable[[Any], Any]]:
    """A converter for every column of ``table`` as raw_columns selects it."""
    converters: dict[str, Callable[[Any], Any]] = {}
    for c in table.columns:
        nullable = bool(c.nullable) and not c.primary_key
        if isinstance(c.type, sa.Uuid):
            converters[c.name] = _uuid_reader(uuid_of, nullable)
        elif isinstance(c.type, UtcDateTime | sa.DateTime):
            converters[c.name] = _datetime_reader(nullable)
        elif isinstance(c.type, sa.Date):
            converters[c.name] = _date_reader(nullable)
        elif isinstance(c.type, sa.Boolean):
            converters[c.name] = _read_bool
        elif isinstance(c.type, sa.Integer):
            converters[c.name] = _read_int
        elif isinstance(c.type, sa.String):
            converters[c.name] = read_text
    return converters
