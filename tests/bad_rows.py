"""A database with one bad row of each kind, written past the app with raw sqlite3."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore

LONG_TITLE = "Lång titel " * 14  # 154 characters; today's limit is 120


@dataclass(frozen=True)
class BadRow:
    """Where one bad value sits: the workshop, the table, the record's id, the column."""

    kind: str
    workshop_id: UUID
    workshop_title: str
    table: str
    record_id: str
    column: str
    raw: object  # what the column holds, as sqlite3 hands it over (bytes for bad UTF-8)


# (kind, title of its workshop, table, column, SQL expression for the bad value)
_KINDS = (
    ("long_title", LONG_TITLE, "workshops", "title", "?"),
    ("empty_title", "Tom åtgärdsrubrik", "actions", "title", "?"),
    ("unknown_status", "Okänd status", "workshops", "status", "?"),
    ("impossible_date", "Omöjligt datum", "actions", "due_on", "?"),
    ("rating_9", "Skattning 9", "ratings", "value", "?"),
    ("impact_hog", "Påverkan hög", "dependencies", "impact", "?"),
    ("broken_template", "Trasig mall", "workshops", "template_json", "?"),
    ("bad_utf8", "Ogiltig UTF-8", "dependencies", "description", "CAST(? AS TEXT)"),
)

_VALUES: dict[str, object] = {
    "long_title": LONG_TITLE,
    "empty_title": "",
    "unknown_status": "closed_for_good",
    "impossible_date": "2026-02-30",
    "rating_9": 9,
    "impact_hog": "hög",
    "broken_template": '{"key": "hallbar-beredskap", "version": 1, "na',
    "bad_utf8": b"Kaf\xe9 och \xff\xfe",
}


def _small_workshop(title: str, template: ReadinessTemplate) -> WorkshopContents:
    person = Participant(alias="Deltagare 1", position=1)
    dependency = Dependency(
        category=DependencyCategory.DECISION, title="Beslut saknas", impact=4, position=1
    )
    action = Action(
        title="Ta fram beslutsunderlag",
        owner="Kim",
        due_on=date(2026, 12, 1),
        dependency_ids=frozenset({dependency.id}),
        position=1,
    )
    code = template.statements[0].code
    return WorkshopContents(
        workshop=Workshop(title=title, organisation="Region Exempelland", held_on=date(2026, 3, 1)),
        template=template,
        participants=(person,),
        ratings=(Rating(participant_id=person.id, statement_code=code, value=3),),
        dependencies=(dependency,),
        actions=(action,),
    )


def write_bad_database(path: Path, template: ReadinessTemplate) -> dict[str, BadRow]:
    """A file with one healthy workshop and one workshop per kind of bad value.

    Each workshop is stored through the service first, then one column of one row is
    overwritten with raw sqlite3, as an older or newer version, a hand edit or a bit flip
    would leave it."""
    engine = open_database(path, create_if_missing=True)
    store = SqlWorkshopStore(engine, path)
    service = WorkshopService(store, template)
    service.add_workshop(_small_workshop("Frisk workshop", template))
    stored: dict[str, WorkshopContents] = {}
    for kind, title, *_ in _KINDS:
        stored[kind] = service.add_workshop(
            _small_workshop("Platshållare" if kind == "long_title" else title, template)
        )
    store.close()

    bad: dict[str, BadRow] = {}
    connection = sqlite3.connect(path)
    try:
        for kind, title, table, column, expression in _KINDS:
            contents = stored[kind]
            workshop_id = contents.workshop.id
            if table == "workshops":
                key, record_id = "id", workshop_id.hex
            elif table == "ratings":
                key, record_id = "participant_id", contents.participants[0].id.hex
            else:
                part = contents.dependencies[0] if table == "dependencies" else contents.actions[0]
                key, record_id = "id", part.id.hex
            value = _VALUES[kind]
            with connection:
                changed = connection.execute(
                    f"UPDATE {table} SET {column} = {expression} WHERE {key} = ?",
                    (value, record_id),
                ).rowcount
            assert changed == 1, (kind, table, record_id)
            bad[kind] = BadRow(kind, workshop_id, title, table, record_id, column, value)
    finally:
        connection.close()
    return bad


def raw_value(path: Path, row: BadRow) -> object:
    """The bad column as the file holds it now, read past every decoder."""
    key = "participant_id" if row.table == "ratings" else "id"
    connection = sqlite3.connect(path)
    connection.text_factory = bytes
    try:
        (value,) = connection.execute(
            f"SELECT {row.column} FROM {row.table} WHERE {key} = ?", (row.record_id,)
        ).fetchone()
    finally:
        connection.close()
    if isinstance(value, bytes) and not isinstance(row.raw, bytes):
        return value.decode()
    return value
