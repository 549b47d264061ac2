"""Personal data: how long a workshop keeps it, what a purge ("gallring") removes, what an
exported file holds."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from uuid import UUID

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workshop import Participant, Workshop, default_alias

# Without a date of its own, a workshop's personal data is kept this long after the workshop
# (the database's setting, see retention_date); a region's rules may ask for another number.
DEFAULT_RETENTION_MONTHS = 24
MAX_RETENTION_MONTHS = 240
# An alias the app made ("Deltagare 3", "Participant 3"): no one's name, so a purge keeps it.
_MADE_ALIAS = re.compile(r"^(Deltagare|Participant) \d+$")


class PurgeKind(LabelledChoice):
    # Names, roles, aliases someone typed and who wrote which note; ratings, notes and the
    # action plan stay, anonymous.
    NAMES = ("names", "Namn, roller och vem som skrev vad")
    WORKSHOP = ("workshop", "Hela workshoppen")


class PersonalDataHeld(LabelledChoice):
    """Which of the participants' personal data an exported file holds, as its first sheet or
    page says."""

    NONE = ("none", "Inga personuppgifter om deltagarna (alias som Deltagare 1…n)")
    ALIASES = ("aliases", "Deltagarnas alias, som någon har skrivit in och kan vara namn")
    NAMES = ("names", "Deltagarnas namn och roller")


def personal_data_held(
    participants: Iterable[Participant], *, include_names: bool
) -> PersonalDataHeld:
    """What a file that shows ``participants`` holds: names and roles only when the person
    exporting chose them (and there are some); else aliases someone typed; else nothing."""
    people = tuple(participants)
    if include_names and any(p.name.strip() or p.role.strip() for p in people):
        return PersonalDataHeld.NAMES
    if any(not is_made_alias(p.alias) for p in people):
        return PersonalDataHeld.ALIASES
    return PersonalDataHeld.NONE


def add_months(day: date, months: int) -> date:
    """``day`` ``months`` later, on the month's last day when it is shorter (31 Jan + 1: 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def retention_date(workshop: Workshop, months: int = DEFAULT_RETENTION_MONTHS) -> date:
    """The day after which the workshop's personal data should be purged: its own "Gallras
    efter" date, else ``months`` after the workshop (after it was made, if it has no date)."""
    if workshop.retention_until is not None:
        return workshop.retention_until
    start = workshop.held_on or workshop.created_at.date()
    return add_months(start, months)


def is_past_retention(
    workshop: Workshop, today: date, months: int = DEFAULT_RETENTION_MONTHS
) -> bool:
    return retention_date(workshop, months) < today


def is_made_alias(alias: str) -> bool:
    return bool(_MADE_ALIAS.match(alias))


def anonymous_aliases(participants: Iterable[tuple[UUID, str, int]]) -> dict[UUID, str]:
    """New aliases for the participants (id, alias, position) whose alias someone typed (it may
    be a name): the first free "Deltagare N", in the list's order. Aliases the app made stay."""
    people = sorted(participants, key=lambda p: p[2])
    taken = {alias.casefold() for _id, alias, _position in people if is_made_alias(alias)}
    renamed: dict[UUID, str] = {}
    number = 1
    for person_id, alias, _position in people:
        if is_made_alias(alias):
            continue
        while default_alias(number).casefold() in taken:
            number += 1
        renamed[person_id] = default_alias(number)
        taken.add(renamed[person_id].casefold())
    return renamed


def without_personal_data(contents: WorkshopContents) -> WorkshopContents:
    """The workshop as a file "utan personuppgifter" carries it: no participant's name or
    role, an alias someone typed as the first free "Deltagare N", no facilitator's name and
    no note's author. Ratings, notes and everything else stay, tied to the same ids."""
    people = contents.participants
    renamed = anonymous_aliases((p.id, p.alias, p.position) for p in people)
    return replace(
        contents,
        workshop=replace(contents.workshop, facilitator=""),
        participants=tuple(
            replace(p, alias=renamed.get(p.id, p.alias), name="", role="") for p in people
        ),
        notes=tuple(replace(n, author_id=None) if n.author_id else n for n in contents.notes),
    )


@dataclass(frozen=True, slots=True)
class PurgedWorkshop:
    """What a purge did to one workshop in the database."""

    workshop_id: UUID
    title: str
    kind: PurgeKind
    # For a purge of names: the participants whose name, role or alias was cleared and the
    # notes that no longer say who wrote them.
    participants_cleared: int = 0
    notes_unauthored: int = 0
    # Where the workshop was last imported from: the copy there is out of reach.
    imported_from: str = ""


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """A purge of one or more workshops: the database, the app's backups, and what is left."""

    workshops: tuple[PurgedWorkshop, ...]
    # Whether the database's free space was cleared too (a file: always; a server cleans up
    # in its own time and keeps its own backups).
    file_compacted: bool
    # Backups of ours that held a purged workshop: rewritten without it, or removed where they
    # could not be rewritten (an older schema, a damaged copy).
    backups_rewritten: tuple[Path, ...] = ()
    backups_removed: tuple[Path, ...] = ()
    # Files of ours that may hold it but that the app cannot read to purge (a damaged file kept
    # byte for byte before a restore): the user decides.
    copies_not_reached: tuple[Path, ...] = ()
    # Whether the database lives on a server, whose backups the app does not make or reach.
    on_server: bool = False
    backups_folder: Path | None = None
