"""An edit of a record merged with what is stored now: it never overwrites a change it has not seen.

A window holds the record as it read it (``expected``) and the record as the user wants it
(``after``). Only the fields that differ between the two are the edit; each of them is written
only if the stored value is still the one the window read (or already the wanted one). Fields
the edit does not change keep what is stored, even if someone else changed them meanwhile."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.entered_text import FREE_TEXT_FIELDS
from hallbar_desktop.domain.errors import ConflictError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.workshop import Participant, Workshop

# Kept by the storage itself, never part of what a person edits.
BOOKKEEPING_FIELDS = frozenset({"id", "created_at", "updated_at"})

# What the message calls a record, and the fields that are not free text.
_RECORD_WORDS: dict[type, str] = {
    Workshop: "workshoppens uppgifter",
    Participant: "deltagaren",
    Dependency: "beroendet",
    Action: "åtgärden",
    PrerequisiteCheck: "punkten",
    SuccessFactor: "framgångsfaktorn",
    Note: "lappen",
}
_OTHER_FIELD_LABELS = {
    "held_on": "Datumet",
    "follow_up_on": "Uppföljningsdatumet",
    "retention_until": "Gallringsdatumet",
    "variant": "Sorten av workshop",
    "status": "Statusen",
    "input_mode": "Sättet att svara",
    "show_names": "Namn eller alias",
    "follows_up_id": "Workshoppen som följs upp",
    "category": "Typen",
    "location": "Var beroendet finns",
    "impact": "Påverkan",
    "likelihood": "Sannolikheten",
    "influence": "Rådigheten",
    "horizon": "Tidshorisonten",
    "area": "Området",
    "processes": "Processerna",
    "strategy": "Strategin",
    "priority_override": "Prioriteringen",
    "priority": "Prioriteten",
    "dependency_ids": "Kopplade beroenden",
    "dimension_code": "Dimensionen",
    "action_type": "Sorten av åtgärd",
    "start_on": "Startdatumet",
    "due_on": "Klart senast",
    "last_update_at": "Senaste uppdateringen",
    "votes": "Prickarna",
    "position": "Platsen i listan",
    "light": "Bedömningen",
    "kind": "Sorten av lapp",
    "author_id": "Den som skrev",
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
        raise ConflictError(_conflict_message(stored, clashes), clashes)
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


def _conflict_message(stored: Any, clashes: Iterable[tuple[str, object, object]]) -> str:
    kind = type(stored)
    word = _RECORD_WORDS.get(kind, "uppgiften")
    name = (
        getattr(stored, "title", "")
        or getattr(stored, "alias", "")
        or getattr(stored, "text", "")
        or getattr(stored, "prompt", "")
    )
    named = f" ”{_short(str(name))}”" if name and kind is not Workshop else ""
    lines = [
        f"Någon annan har ändrat {word}{named} sedan du öppnade den, så din ändring sparades inte."
    ]
    labels = FREE_TEXT_FIELDS.get(kind, {})
    for field, now, wanted in clashes:
        label = labels.get(field) or _OTHER_FIELD_LABELS.get(field, field)
        lines.append(f"{label} är nu {_shown(now)}; du ville spara {_shown(wanted)}.")
    lines.append("Det som är sparat visas nu. Gör om din ändring om den fortfarande ska gälla.")
    return "\n".join(lines)


def _shown(value: object) -> str:
    if value is None or value == "" or value == frozenset():
        return "(tomt)"
    if isinstance(value, LabelledChoice):
        return value.label
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return ", ".join(sorted(_shown(v) for v in value))
    if isinstance(value, str):
        return f"”{_short(value)}”"
    return str(value)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
