"""Enumerations whose members carry a stable storage code and a Swedish label."""

from __future__ import annotations

from enum import Enum
from typing import Self


class LabelledChoice(Enum):
    """An enum member is written as (code, label): the code is stored, the label is shown."""

    def __new__(cls, code: str, label: str) -> Self:
        member = object.__new__(cls)
        member._value_ = code
        member.label = label
        return member

    label: str

    @property
    def code(self) -> str:
        return self.value

    @classmethod
    def from_code(cls, code: str) -> Self:
        return cls(code)

    def __str__(self) -> str:
        return self.label


class Area(LabelledChoice):
    """Tillväxtverket's three prerequisite and success-factor areas."""

    LEADERSHIP = ("leadership", "Ledning och styrning")
    IMPLEMENTATION = ("implementation", "Genomförande")
    LEARNING = ("learning", "Lärande")


class TrafficLight(LabelledChoice):
    RED = ("red", "Röd")
    YELLOW = ("yellow", "Gul")
    GREEN = ("green", "Grön")
