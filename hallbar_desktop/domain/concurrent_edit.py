"""An edit of a record merged with what is stored now: it never overwrites a change it has not seen.

A window holds the record as it read it (``expected``) and the record as the user wants it
(``after``). Only the fields that differ between the two are the edit; each of them is written
only if the stored value is still the one the window read (or already the wanted one). Fields
the edit does not change keep what is stored, even if someone else changed them meanwhile."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.entered_text import FREE_TEXT_FIELDS
from hallbar_desktop.domain.errors import N_, ConflictError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.workshop import Participant, Workshop

# Kept by the storage itself, never part of what a person edits.
BOOKKEEPING_FIELDS = frozenset({"id", "created_at", "updated_at"})

# What the message calls a record, and the fields that are not free text (the message table
# translates them).
_RECORD_WORDS: dict[type, str] = {
    Workshop: N_("workshoppens uppgifter"),
    Participant: N_("deltagaren"),
    Dependency: N_("beroendet"),
    Action: N_("åtgärden"),
    PrerequisiteCheck: N_("punkten"),
    SuccessFactor: N_("framgångsfaktorn"),
    Note: N_("lappen"),
}
_OTHER_FIELD_LABELS = {
    "held_on": N_("Datumet"),
    "follow_up_on": N_("Uppföljningsdatumet"),
    "retention_until": N_("Gallringsdatumet"),
    "variant": N_("Sorten av workshop"),
    "status": N_("Statusen"),
    "input_mode": N_("Sättet att svara"),
    "show_names": N_("Namn eller alias"),
    "follows_up_id": N_("Workshoppen som följs upp"),
    "category": N_("Typen"),
    "location": N_("Var beroendet finns"),
    "impact": N_("Påverkan"),
    "likelihood": N_("Sannolikheten"),
    "influence": N_("Rådigheten"),
    "horizon": N_("Tidshorisonten"),
    "area": N_("Området"),
    "processes": N_("Processerna"),
    "strategy": N_("Strategin"),
    "priority_override": N_("Prioriteringen"),
    "priority": N_("Prioriteten"),
    "dependency_ids": N_("Kopplade beroenden"),
    "dimension_code": N_("Dimensionen"),
    "action_type": N_("Sorten av åtgärd"),
    "start_on": N_("Startdatumet"),
    "due_on": N_("Klart senast"),
    "last_update_at": N_("Senaste uppdateringen"),
    "votes": N_("Prickarna"),
    "position": N_("Platsen i listan"),
    "light": N_("Bedömningen"),
    "kind": N_("Sorten av lapp"),
    "author_id": N_("Den som skrev"),
}


def merge_edit(stored: Any, expected: Any, after: Any) -> tuple[Any, frozenset[str]]:
    """The record to store and the names of the fields the edit changes.

    Raises ConflictError, naming each field and both values, when someone else changed a field
    this edit changes to something else since ``expected`` was read."""
    changed = changed_fields(expected, after)
    clashes = tuple(
        (name, getattr(stored, name), getattr(after, name))
        for name in sorted(changed)
        if getattr(stored, name) not in (getattr(expected, name), getattr(after, name))
    )
    if clashes:
        raise _conflict(stored, clashes)
    merged = dataclasses.replace(
        stored,
        **{name: getattr(after, name) for name in changed},
        **_bookkeeping(after, stored),
    )
    return merged, changed


def changed_fields(before: Any, after: Any) -> frozenset[str]:
    """The fields a person changed from ``before`` to ``after`` (not the bookkeeping ones)."""
    return frozenset(
        f.name
        for f in dataclasses.fields(after)
        if f.name not in BOOKKEEPING_FIELDS and getattr(after, f.name) != getattr(before, f.name)
    )


def with_fields_of(record: Any, source: Any, names: Iterable[str]) -> Any:
    """``record`` with the fields ``names`` taken from ``source``: an edit (or its undo) laid
    over the record as it is now, leaving the other fields as they are."""
    return dataclasses.replace(record, **{name: getattr(source, name) for name in names})


def _bookkeeping(after: Any, stored: Any) -> dict[str, Any]:
    # The edit's own updated_at (set by the service) wins; created_at and id stay as stored.
    if not hasattr(after, "updated_at") or after.updated_at == stored.updated_at:
        return {}
    return {"updated_at": after.updated_at}


def _conflict(stored: Any, clashes: tuple[tuple[str, object, object], ...]) -> ConflictError:
    kind = type(stored)
    name = (
        getattr(stored, "title", "")
        or getattr(stored, "alias", "")
        or getattr(stored, "text", "")
        or getattr(stored, "prompt", "")
    )
    labels = FREE_TEXT_FIELDS.get(kind, {})
    return ConflictError(
        _RECORD_WORDS.get(kind, N_("uppgiften")),
        str(name) if name and kind is not Workshop else "",
        clashes,
        tuple(
            labels.get(field) or _OTHER_FIELD_LABELS.get(field, field) for field, _, _ in clashes
        ),
    )
