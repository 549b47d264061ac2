"""Brainstorm cards written during a step, before they become dependencies, factors or actions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID, uuid4

from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.errors import N_
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.validation import check_length, check_not_negative, require_text
from hallbar_desktop.domain.workflow import WorkshopStep

TEXT_MAX = 500  # a card's worth: the input mode's notes field holds no more


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    """A card; author_id None means it was written anonymously."""

    id: UUID = field(default_factory=uuid4)
    step: WorkshopStep
    text: str
    author_id: UUID | None = None
    cluster: str = ""
    votes: int = 0
    position: int = 0
    created_at: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        require_text("text", N_("Lappen"), self.text, TEXT_MAX)
        check_length("cluster", N_("Gruppen"), self.cluster, 100)
        check_not_negative("votes", N_("Antalet prickar"), self.votes)


def notes_by_group(notes: Iterable[Note]) -> tuple[tuple[str, tuple[Note, ...]], ...]:
    """The notes under their group (the cluster, trimmed), each group in the notes' given
    order; the groups in Swedish alphabetical order, notes without a group last. The
    facilitator's panel and the room's view group them alike."""
    groups: dict[str, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.cluster.strip(), []).append(note)
    clusters = sorted(groups, key=lambda c: (c == "", swedish_key(c)))
    return tuple((cluster, tuple(groups[cluster])) for cluster in clusters)
