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
from hallbar_desktop.domain.errors import N_
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore
from hallbar_desktop.domain.validation import LONG_TEXT_MAX, check_characters, check_length
from hallbar_desktop.domain.workshop import Participant, Workshop

# Every field a person writes freely, with the word the messages use for it. Fields with a
# shorter limit check it in the constructor; LONG_TEXT_MAX is the limit for all the others.
FREE_TEXT_FIELDS: dict[type, dict[str, str]] = {
    Workshop: {
        "title": N_("Titeln"),
        "organisation": N_("Organisationen"),
        "unit": N_("Enheten"),
        "change_focus": N_("Förändringen i fokus"),
        "place": N_("Platsen"),
        "facilitator": N_("Processledaren"),
        "current_state": N_("Nuläget"),
        "target_picture": N_("Målbilden"),
        "next_steps": N_("Nästa steg"),
    },
    Participant: {"alias": N_("Aliaset"), "name": N_("Namnet"), "role": N_("Rollen")},
    Dependency: {
        "title": N_("Rubriken"),
        "description": N_("Beskrivningen"),
        "owner": N_("Den som bevakar"),
        "mitigation": N_("Hanteringen"),
    },
    Action: {
        "title": N_("Åtgärden"),
        "description": N_("Beskrivningen"),
        "owner": N_("Ansvarig"),
        "contributors": N_("Medverkande"),
        "decision_by": N_("Beslut krävs av"),
        "success_indicator": N_("Hur vi vet att det är klart"),
        "resources": N_("Resursbehovet"),
        "last_update_comment": N_("Kommentaren"),
    },
    PrerequisiteCheck: {"prompt": N_("Punkten"), "note": N_("Anteckningen")},
    SuccessFactor: {"text": N_("Framgångsfaktorn")},
    Note: {"text": N_("Lappen"), "cluster": N_("Gruppen")},
    GroupScore: {"comment": N_("Kommentaren")},
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
