"""Rules for the free text a person enters: no character a file cannot hold, no endless text.

The services apply them to every text that is entered or changed; the entities' constructors do
not. A file written by an earlier version may hold such a text (no rule existed then), and
reading it must never fail: the workshop opens, a text already stored is never refused, and the
exports leave out what their format cannot hold."""

from __future__ import annotations

from typing import Any

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore
from hallbar_desktop.domain.validation import LONG_TEXT_MAX, check_characters, check_length
from hallbar_desktop.domain.workshop import Participant, Workshop

# Every field a person writes freely, with the word the messages use for it. Fields with a
# shorter limit check it in the constructor; LONG_TEXT_MAX is the limit for all the others.
FREE_TEXT_FIELDS: dict[type, dict[str, str]] = {
    Workshop: {
        "title": "Titeln",
        "organisation": "Organisationen",
        "unit": "Enheten",
        "change_focus": "Förändringen i fokus",
        "place": "Platsen",
        "facilitator": "Processledaren",
        "current_state": "Nuläget",
        "target_picture": "Målbilden",
        "next_steps": "Nästa steg",
    },
    Participant: {"alias": "Aliaset", "name": "Namnet", "role": "Rollen"},
    Dependency: {
        "title": "Rubriken",
        "description": "Beskrivningen",
        "owner": "Den som bevakar",
        "mitigation": "Hanteringen",
    },
    Action: {
        "title": "Åtgärden",
        "description": "Beskrivningen",
        "owner": "Ansvarig",
        "contributors": "Medverkande",
        "decision_by": "Beslut krävs av",
        "success_indicator": "Hur vi vet att det är klart",
        "resources": "Resursbehovet",
        "last_update_comment": "Kommentaren",
    },
    PrerequisiteCheck: {"prompt": "Punkten", "note": "Anteckningen"},
    SuccessFactor: {"text": "Framgångsfaktorn"},
    Note: {"text": "Lappen", "cluster": "Gruppen"},
    GroupScore: {"comment": "Kommentaren"},
}


def check_entered_text(entity: Any, before: Any | None = None) -> None:
    """Raise ValidationError for a free text of ``entity`` that holds a character no file can
    keep or is longer than LONG_TEXT_MAX. Only texts that differ from ``before`` (the stored
    version, when there is one) are checked: what is already stored is never refused."""
    for name, label in FREE_TEXT_FIELDS[type(entity)].items():
        value = getattr(entity, name)
        if before is not None and getattr(before, name) == value:
            continue
        check_characters(name, label, value)
        check_length(name, label, value, LONG_TEXT_MAX)


def check_entered_contents(contents: WorkshopContents) -> None:
    """check_entered_text for every part of a workshop that is stored as new."""
    check_entered_text(contents.workshop)
    for entity in (
        *contents.participants,
        *contents.dependencies,
        *contents.actions,
        *contents.prerequisite_checks,
        *contents.success_factors,
        *contents.notes,
        *contents.group_scores,
    ):
        check_entered_text(entity)
