"""Converts domain dataclasses to column values and back, driven by their type hints."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from functools import cache
from typing import Any, TypeVar

import sqlalchemy as sa

from hallbar_desktop.domain.choices import LabelledChoice

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


def row_reader(
    cls: type[T],
    columns: Sequence[str],
    convert: Mapping[str, Callable[[Any], Any]] | None = None,
) -> Callable[..., T]:
    """``from_columns`` for the many rows of one query, given as tuples in ``columns`` order:
    which column fills which field is worked out once, not for every row. ``convert`` maps a
    column name to a function applied to its raw value first."""
    convert = convert or {}
    position = {name: i for i, name in enumerate(columns)}
    plan = tuple(
        (name, position[name], convert.get(name), choice, is_set)
        for name, choice, is_set in _plan(cls)
        if name in position
    )

    def read(row: Sequence[Any], **extra: Any) -> T:
        kwargs: dict[str, Any] = {}
        for name, index, raw, choice, is_set in plan:
            value = row[index]
            if raw is not None:
                value = raw(value)
            if is_set and choice is not None:
                value = frozenset(
                    choice.from_code(code) for code in value.split(_SEPARATOR) if code
                )
            elif choice is not None and value is not None:
                value = choice.from_code(value)
            kwargs[name] = value
        kwargs.update(extra)
        return cls(**kwargs)

    return read
