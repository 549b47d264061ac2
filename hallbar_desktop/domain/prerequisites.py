"""The traffic-light check of the prerequisite areas, and the success factors the group names."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID, uuid4

from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.errors import N_
from hallbar_desktop.domain.validation import check_length, require_text

FACTOR_TEXT_MAX = 300


@dataclass(frozen=True, slots=True, kw_only=True)
class PrerequisiteCheck:
    """One line of the checklist for an area: a traffic light and an optional note."""

    id: UUID = field(default_factory=uuid4)
    area: Area
    prompt: str
    light: TrafficLight | None = None
    note: str = ""
    is_strength: bool = False
    position: int = 0

    def __post_init__(self) -> None:
        require_text("prompt", N_("Punkten"), self.prompt, 300)
        check_length("note", N_("Anteckningen"), self.note, 2000)


@dataclass(frozen=True, slots=True, kw_only=True)
class SuccessFactor:
    """A driving force the group can build on, opposite the dependencies in the force field."""

    id: UUID = field(default_factory=uuid4)
    text: str
    area: Area | None = None
    position: int = 0

    def __post_init__(self) -> None:
        require_text("text", N_("Framgångsfaktorn"), self.text, FACTOR_TEXT_MAX)
