"""Turning a participant's note into a dependency, a success factor or an action."""

from __future__ import annotations

from typing import TypeVar

from hallbar_desktop.domain.action import TITLE_MAX as ACTION_TITLE_MAX
from hallbar_desktop.domain.action import Action, ActionType
from hallbar_desktop.domain.choices import Area, LabelledChoice
from hallbar_desktop.domain.dependency import TITLE_MAX as DEPENDENCY_TITLE_MAX
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import FACTOR_TEXT_MAX, SuccessFactor

ELLIPSIS = "…"
C = TypeVar("C", bound=LabelledChoice)


def shortened(text: str, limit: int) -> str:
    """``text`` on one line; if longer than ``limit``, cut at the last word that fits and marked
    with an ellipsis, so a title never ends in half a word."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    room = line[: limit - len(ELLIPSIS) + 1]
    cut = room.rfind(" ")
    # A single very long word (a pasted link) has no boundary worth keeping: cut inside it.
    kept = room[:cut] if cut > limit // 2 else room[: limit - len(ELLIPSIS)]
    return kept.rstrip(" ,.;:–-") + ELLIPSIS


def title_and_description(text: str, limit: int) -> tuple[str, str]:
    """A note that fits becomes the title alone; a longer one gets a shortened title and keeps
    its whole text as the description, so nothing a participant wrote is lost."""
    title = shortened(text, limit)
    if title == " ".join(text.split()):
        return title, ""
    return title, text.strip()


def choice_named(kind: type[C], label: str) -> C | None:
    """The choice whose Swedish label is ``label`` (the note's type), ignoring case."""
    wanted = label.strip().casefold()
    return next((choice for choice in kind if choice.label.casefold() == wanted), None)


def dependency_from_note(note: Note, position: int) -> Dependency:
    """Type from the note's type when it is one of the dependency types, otherwise Annat; the
    note's dots become the dependency's."""
    title, description = title_and_description(note.text, DEPENDENCY_TITLE_MAX)
    return Dependency(
        category=choice_named(DependencyCategory, note.cluster) or DependencyCategory.OTHER,
        title=title,
        description=description,
        votes=note.votes,
        position=position,
    )


def success_factor_from_note(note: Note, position: int) -> SuccessFactor:
    """Area from the note's type when it names one. A success factor has no description, so a
    note longer than a factor may be is shortened at a word."""
    return SuccessFactor(
        text=shortened(note.text, FACTOR_TEXT_MAX),
        area=choice_named(Area, note.cluster),
        position=position,
    )


def action_from_note(note: Note, position: int) -> Action:
    """Action type from the note's type when it names one; the note's dots become the action's."""
    title, description = title_and_description(note.text, ACTION_TITLE_MAX)
    return Action(
        title=title,
        description=description,
        action_type=choice_named(ActionType, note.cluster),
        votes=note.votes,
        position=position,
    )
