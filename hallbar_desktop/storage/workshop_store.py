"""Reads and writes whole workshops and their parts; returns domain objects, never rows."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID, uuid4

import sqlalchemy as sa

from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.audit import AuditEntry
from hallbar_desktop.domain.contents import WorkshopContents, WorkshopOverview
from hallbar_desktop.domain.data_problems import (
    BROKEN_TEMPLATE,
    INVALID,
    OUT_OF_RANGE,
    DataProblem,
    raw_text,
)
from hallbar_desktop.domain.database_address import HelperAccess, ServerAddress
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import NotFoundError, Phrase, TemplateError, ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.package import ImportedCopy, PackageOrigin, StoredConflict
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import (
    SCALE_MAX,
    SCALE_MIN,
    GroupScore,
    Rating,
    RatingTally,
    ReadinessTemplate,
    rating_on_scale,
)
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.storage import tables as t
from hallbar_desktop.storage.database import BUSY_TIMEOUT_MS, WRITE, database_error_for
from hallbar_desktop.storage.database_file import where_is
from hallbar_desktop.storage.database_lock import held_lock_token
from hallbar_desktop.storage.database_server import (
    ChangeListener,
    hidden_row_error,
    set_lock_wait,
    typed_password,
)
from hallbar_desktop.storage.installation import INSTALLATION_KEY
from hallbar_desktop.storage.row_mapping import (
    LEFT_OUT,
    FieldFault,
    column_converters,
    is_plain_text,
    raw_columns,
    row_reader,
    to_columns,
)

E = TypeVar("E")
# What one record held that could not be used as it is: its kind, key, label and the faults.
_Fault = tuple[str, str, str, tuple[FieldFault, ...]]


# Entities that belong to one workshop and are found by a key of their own fields.
_KEYED_TABLES: dict[type, sa.Table] = {Rating: t.ratings, GroupScore: t.group_scores}

# Bound parameters per IN list: well under every back end's limit (SQLite's old one is 999).
_IDS_PER_QUERY = 500
# Rows a server sends at a time of a long read (a roll-up's 500 000 ratings): without a limit
# the driver holds them all before the first is read.
_ROWS_PER_FETCH = 10_000

# Entities that belong to one workshop and are found by their own id.
_PART_TABLES: dict[type, sa.Table] = {
    Participant: t.participants,
    Dependency: t.dependencies,
    Action: t.actions,
    PrerequisiteCheck: t.prerequisite_checks,
    SuccessFactor: t.success_factors,
    Note: t.notes,
}


class SqlWorkshopStore:
    """Hands out a repository bound to one transaction: everything in it commits or nothing.

    Transactions nest: one opened while another is open on the same thread joins it, so a
    caller can make several service calls (an undo step of many rows) commit as one."""

    def __init__(
        self,
        engine: sa.Engine,
        path: Path | ServerAddress,
        *,
        fallback_template: ReadinessTemplate | None = None,
    ) -> None:
        """``fallback_template`` (today's) stands in for a workshop's own template snapshot
        that cannot be read; without one, such a workshop cannot be read."""
        self._engine = engine
        self._path = path
        self._fallback_template = fallback_template
        self._open = threading.local()

    @contextmanager
    def transaction(
        self, *, write: bool = True, wait_seconds: float | None = None
    ) -> Iterator[SqlWorkshopRepository]:
        """``write=False`` for reading only, which also works on a read-only file.

        ``wait_seconds`` is how long a write waits for another program's lock on the file
        before it gives up with DatabaseLockedError (default: the connection's own, 5 s); the
        window asks for a short one, so that its thread never stalls and it can say why."""
        joined: SqlWorkshopRepository | None = getattr(self._open, "repo", None)
        if joined is not None:
            if write and not joined.writes:
                raise RuntimeError("a write cannot join a read-only transaction")
            yield joined
            return
        try:
            with self._engine.connect() as connection:
                if wait_seconds is not None:
                    _set_busy_timeout(connection, round(wait_seconds * 1000))
                try:
                    with connection.execution_options(**{WRITE: write}).begin():
                        repo = SqlWorkshopRepository(
                            connection, writes=write, fallback_template=self._fallback_template
                        )
                        self._open.repo = repo
                        try:
                            yield repo
                        finally:
                            self._open.repo = None
                finally:
                    if wait_seconds is not None:
                        _set_busy_timeout(connection, BUSY_TIMEOUT_MS)
        except sa.exc.IntegrityError as error:
            # A broken rule the services should have caught is a bug, not a user's problem;
            # but on a server, an id taken by a row the user may not see is theirs to hear of.
            hidden = (
                hidden_row_error(self._path, error)
                if isinstance(self._path, ServerAddress)
                else None
            )
            if hidden is None:
                raise
            raise hidden from error
        except sa.exc.DBAPIError as error:
            raise database_error_for(self._path, error) from error

    def check_reachable(self) -> None:
        """Raise the DatabaseError that says so when the file is gone from its path or its disk
        does not answer. Reading may still work from connections opened before (a deleted
        file stays readable through them), so a list read now would hide it."""
        if isinstance(self._path, ServerAddress):
            return  # a server that does not answer says so at the next transaction
        problem = where_is(self._path)
        if problem is not None:
            raise problem

    def helper_access(self) -> HelperAccess:
        """How a process of this program's own opens the same database, with this one's leave
        to write to a file it holds the lock of (room_server/room_process.py)."""
        if isinstance(self._path, ServerAddress):
            return HelperAccess(self._path, password=typed_password(self._engine))
        return HelperAccess(self._path, lock_token=held_lock_token(self._path))

    def watch_changes(self, on_change: Callable[[], None]) -> Callable[[], None]:
        """Call ``on_change()`` (on another thread) when another client commits a change;
        returns the function that stops watching. Only a server has other clients: a file is
        open in one window at a time (database_lock.py)."""
        if not isinstance(self._path, ServerAddress):
            return lambda: None
        return ChangeListener(self._engine, on_change).stop

    def close(self) -> None:
        self._engine.dispose()


class SqlWorkshopRepository:
    def __init__(
        self,
        connection: sa.Connection,
        *,
        writes: bool = True,
        fallback_template: ReadinessTemplate | None = None,
    ) -> None:
        self._c = connection
        self.writes = writes
        self._fallback_template = fallback_template

    # --- whole workshops -------------------------------------------------------------------

    def list_overviews(self, today: date) -> tuple[WorkshopOverview, ...]:
        closed = [s.code for s in ActionStatus if s.is_closed]

        def count(table: sa.Table, *where: Any) -> sa.ScalarSelect[int]:
            return (
                sa.select(sa.func.count())
                .select_from(table)
                .where(table.c.workshop_id == t.workshops.c.id, *where)
                .scalar_subquery()
            )

        counts = (
            count(t.participants).label("n_participants"),
            count(t.ratings).label("n_ratings"),
            count(t.dependencies).label("n_dependencies"),
            count(t.actions).label("n_actions"),
            # The same rule as domain.action.is_overdue, counted in the database. A date the
            # file holds as text that is no date compares as text; it is named as a problem.
            count(
                t.actions,
                t.actions.c.due_on < today,
                t.actions.c.status.not_in(closed),
            ).label("n_overdue"),
        )
        query = sa.select(*raw_columns(t.workshops), *counts)
        columns = [c.name for c in t.workshops.columns]
        read = row_reader(Workshop, columns, column_converters(t.workshops, _UuidReader()))
        template_at = columns.index("template_json")
        imported = self._latest_imports()
        conflicts = dict(
            self._c.execute(
                sa.select(t.merge_conflicts.c.workshop_id, sa.func.count()).group_by(
                    t.merge_conflicts.c.workshop_id
                )
            ).all()
        )
        overviews = []
        for row in self._c.execute(query):
            workshop = read(row)
            problems = _problems(workshop, "workshops", str(row[0]), workshop.title, read.faults)
            _, template_problem = self._template(row[template_at], workshop)
            overviews.append(
                WorkshopOverview(
                    workshop=workshop,
                    participants=row.n_participants,
                    ratings=row.n_ratings,
                    dependencies=row.n_dependencies,
                    actions=row.n_actions,
                    overdue_actions=row.n_overdue,
                    problems=problems + template_problem,
                    **imported.get(workshop.id, {}),
                    conflicts=conflicts.get(workshop.id, 0),
                )
            )
        return tuple(overviews)

    def _latest_imports(self) -> dict[UUID, dict[str, Any]]:
        """Each imported workshop's latest import: from which installation and computer, when."""
        c = t.imported_copies.c
        query = sa.select(c.workshop_id, c.origin_id, c.computer, c.imported_at).order_by(
            c.imported_at, c.origin_id
        )
        return {
            row.workshop_id: {
                "origin_id": row.origin_id,
                "origin_computer": row.computer,
                "imported_at": row.imported_at,
            }
            for row in self._c.execute(query)  # later rows replace earlier ones
        }

    def exists(self, workshop_id: UUID) -> bool:
        query = sa.select(t.workshops.c.id).where(t.workshops.c.id == workshop_id)
        return self._c.execute(query).first() is not None

    def load(self, workshop_id: UUID) -> WorkshopContents:
        return self.load_many((workshop_id,))[0]

    def load_many(self, workshop_ids: Sequence[UUID]) -> tuple[WorkshopContents, ...]:
        """The workshops in the order asked for, read with one query per table (per few hundred
        workshops) instead of about fifteen per workshop, which is what makes a roll-up fast.

        Raises NotFoundError if any of them is missing. A value the file holds never makes
        reading fail: each workshop's ``problems`` names what could not be used as it is."""
        ids = tuple(dict.fromkeys(workshop_ids))
        if not ids:
            return ()
        found: dict[UUID, WorkshopContents] = {}
        for start in range(0, len(ids), _IDS_PER_QUERY):
            found.update(self._load_chunk(ids[start : start + _IDS_PER_QUERY]))
        if len(found) != len(ids):
            raise NotFoundError("workshop_gone")
        return tuple(found[i] for i in workshop_ids)

    def _load_chunk(self, ids: tuple[UUID, ...]) -> dict[UUID, WorkshopContents]:
        uuid_of = _UuidReader()
        # (record kind, record id, label, faults) per workshop; titles are added at the end.
        faults: dict[UUID, list[_Fault]] = {i: [] for i in ids}
        links = self._links(t.actions.c.workshop_id.in_(ids), uuid_of, faults)

        def grouped(
            cls: type[E], table: sa.Table, *order: sa.ColumnElement[Any]
        ) -> dict[UUID, tuple[E, ...]]:
            by_workshop: dict[UUID, list[E]] = {i: [] for i in ids}
            where = table.c.workshop_id.in_(ids)
            for workshop_id, item, fault in self._records(cls, table, where, order, uuid_of, links):
                if fault is not None:
                    faults[workshop_id].append(fault)
                if item is not None:
                    by_workshop[workshop_id].append(item)
            return {i: tuple(items) for i, items in by_workshop.items()}

        def parts(cls: type[E]) -> dict[UUID, tuple[E, ...]]:
            table = _PART_TABLES[cls]
            return grouped(cls, table, table.c.position, table.c.id)

        participants = parts(Participant)
        ratings = self._ratings(ids, uuid_of, faults)
        group_scores = grouped(GroupScore, t.group_scores, t.group_scores.c.dimension_code)
        tallies: dict[UUID, list[RatingTally]] = {i: [] for i in ids}
        where = t.rating_tallies.c.workshop_id.in_(ids)
        for workshop_id, tally, fault in self._tallies(where, uuid_of):
            if fault is not None:
                faults[workshop_id].append(fault)
            if tally is not None:
                tallies[workshop_id].append(tally)
        dependencies = parts(Dependency)
        actions = parts(Action)
        checks = parts(PrerequisiteCheck)
        factors = parts(SuccessFactor)
        notes = parts(Note)

        columns = [c.name for c in t.workshops.columns]
        read_workshop = row_reader(Workshop, columns, column_converters(t.workshops, uuid_of))
        template_at = columns.index("template_json")
        query = sa.select(*raw_columns(t.workshops)).where(t.workshops.c.id.in_(ids))
        contents = {}
        for row in self._c.execute(query):
            workshop = read_workshop(row)
            i = uuid_of(row[0])
            template, template_problem = self._template(row[template_at], workshop)
            own = [("workshops", str(row[0]), workshop.title, read_workshop.faults)]
            problems = template_problem + tuple(
                p
                for record, key, label, found in own + faults[i]
                for p in _problems(workshop, record, key, label, found)
            )
            contents[i] = WorkshopContents(
                workshop=workshop,
                template=template,
                participants=participants[i],
                ratings=ratings[i],
                group_scores=group_scores[i],
                dependencies=dependencies[i],
                actions=actions[i],
                prerequisite_checks=checks[i],
                success_factors=factors[i],
                notes=notes[i],
                tallies=tuple(tallies[i]),
                problems=problems,
            )
        return contents

    def _ratings(
        self, ids: tuple[UUID, ...], uuid_of: _UuidReader, faults: dict[UUID, list[_Fault]]
    ) -> dict[UUID, tuple[Rating, ...]]:
        """Each workshop's ratings, as ``grouped`` gives parts, but made here from the rows:
        a national roll-up reads 600 000, and the general reader's work for each (its
        converters, the keywords, a generator's step, the constructor's checks) was a third of
        the roll-up's loading. A row whose values are not all as they should be goes through
        the lenient reader, in its place, which names what is wrong."""
        table = t.ratings
        by_workshop: dict[UUID, list[Rating]] = {i: [] for i in ids}
        where = table.c.workshop_id.in_(ids)
        order = (table.c.participant_id, table.c.statement_code)
        query = sa.select(*raw_columns(table)).where(where).order_by(*order)
        columns = [c.name for c in table.columns]
        if columns != _RATING_COLUMNS:  # a new column: every row the general way
            lenient = self._records(Rating, table, where, order, uuid_of)
            for workshop_id, item, fault in lenient:
                if fault is not None:
                    faults[workshop_id].append(fault)
                if item is not None:
                    by_workshop[workshop_id].append(item)
            return {i: tuple(items) for i, items in by_workshop.items()}
        read = row_reader(Rating, columns, column_converters(table, uuid_of))
        seen = uuid_of.seen
        codes: dict[Any, str] = {}  # the plain statement codes read, each as one text
        make = rating_on_scale
        last_workshop: Any = None
        into: list[Rating] = []
        result = self._c.execute(query, execution_options={"yield_per": _ROWS_PER_FETCH})
        for row in result:
            workshop, participant, code, value = row
            if workshop != last_workshop:
                into = by_workshop[uuid_of(workshop)]  # type: ignore[index]
                last_workshop = workshop
            participant_id = seen.get(participant)
            if participant_id is None:  # each participant's first rating, or an unreadable id
                with contextlib.suppress(TypeError, ValueError, AttributeError):
                    participant_id = uuid_of(participant)
            # Each rating keeps the one text of its code: the driver makes a new one for every
            # row, 600 000 small texts that were a seventh of the roll-up's memory.
            statement_code = codes.get(code)
            if statement_code is None and code.__class__ is str and code.isascii() and code.strip():
                statement_code = codes[code] = code
            if (
                participant_id is not None
                and statement_code is not None
                and (value is None or (value.__class__ is int and SCALE_MIN <= value <= SCALE_MAX))
            ):
                into.append(make(participant_id, statement_code, value))
                continue
            # As _records reads a row that is not as it should be.
            rating = read(row)
            if not read.faults:
                into.append(rating)
                continue
            found = read.faults
            left_out = any(f.field == "value" for f in found)
            if left_out:
                found = tuple(dataclasses.replace(f, stand_in=LEFT_OUT) for f in found)
            fault = (table.name, _record_key(rating, row, -1), _record_label(rating), found)
            faults[uuid_of(workshop)].append(fault)  # type: ignore[index]
            if not left_out:
                into.append(rating)
        return {i: tuple(items) for i, items in by_workshop.items()}

    def _links(
        self,
        where: sa.ColumnElement[bool],
        uuid_of: _UuidReader,
        faults: dict[UUID, list[_Fault]] | None = None,
    ) -> dict[UUID, set[UUID]]:
        """The dependencies linked to each action matching ``where``; a link that cannot be
        read is left out and, given ``faults``, named there under the action's workshop."""
        links: dict[UUID, set[UUID]] = {}
        query = (
            sa.select(*raw_columns(t.action_dependencies), t.actions.c.workshop_id)
            .join(t.actions, t.actions.c.id == t.action_dependencies.c.action_id)
            .where(where)
        )
        for action_id, dependency_id, workshop_id in self._c.execute(query):
            try:
                links.setdefault(uuid_of(action_id), set()).add(uuid_of(dependency_id))
            except (TypeError, ValueError):
                if faults is not None:
                    fault = FieldFault("dependency_id", dependency_id, INVALID, None)
                    entry = ("action_dependencies", str(action_id), "", (fault,))
                    faults.setdefault(workshop_id, []).append(entry)
        return links

    def _records(
        self,
        cls: type[E],
        table: sa.Table,
        where: sa.ColumnElement[bool],
        order: Sequence[sa.ColumnElement[Any]],
        uuid_of: _UuidReader,
        links: dict[UUID, set[UUID]] | None = None,
    ) -> Iterator[tuple[UUID, E | None, _Fault | None]]:
        """Each row of ``table`` matching ``where``, read leniently: its workshop, the record
        (None for a rating or score left out of the numbers) and what could not be used as
        it is (None when all could). An action's links come from ``links``."""
        query = sa.select(*raw_columns(table)).where(where).order_by(*order)
        columns = [c.name for c in table.columns]
        read = row_reader(cls, columns, column_converters(table, uuid_of))
        owner = columns.index("workshop_id")
        own_id = columns.index("id") if "id" in columns else -1
        # A rating, score or count that cannot be read is left out of the numbers, not
        # counted as something it is not; it is named among the problems.
        counted = cls in (Rating, GroupScore)
        plain_participants = cls is Participant and columns == _PARTICIPANT_COLUMNS
        for row in self._c.execute(query, execution_options={"yield_per": _ROWS_PER_FETCH}):
            if plain_participants:
                participant = _plain_participant(row, uuid_of)
                if participant is not None:
                    yield uuid_of(row[owner]), participant, None  # type: ignore[misc]
                    continue
            if cls is Action:
                linked = frozenset((links or {}).get(uuid_of(row[own_id]), ()))
                item = read(row, dependency_ids=linked)
            else:
                item = read(row)
            workshop_id = uuid_of(row[owner])
            if not read.faults:
                yield workshop_id, item, None
                continue
            found = read.faults
            left_out = counted and any(f.field in ("value", "score") for f in found)
            if left_out:
                found = tuple(dataclasses.replace(f, stand_in=LEFT_OUT) for f in found)
            fault = (table.name, _record_key(item, row, own_id), _record_label(item), found)
            yield workshop_id, None if left_out else item, fault

    def _tallies(
        self, where: sa.ColumnElement[bool], uuid_of: _UuidReader
    ) -> Iterator[tuple[UUID, RatingTally | None, _Fault | None]]:
        """The hand counts matching ``where`` as _records gives rows: one that cannot be read
        comes as None, with what was wrong."""
        c = t.rating_tallies.c
        query = (
            sa.select(*raw_columns(t.rating_tallies))
            .where(where)
            .order_by(c.statement_code, c.scale_value)
        )
        for workshop_id, statement_code, scale_value, number in self._c.execute(query):
            try:
                tally = RatingTally(
                    statement_code=statement_code, value=scale_value or None, count=number
                )
            except (ValidationError, TypeError) as refused:
                field = getattr(refused, "field", "count")
                raw = number if field == "count" else scale_value
                rule = refused if isinstance(refused, ValidationError) else None
                fault = FieldFault(field, raw, OUT_OF_RANGE, None, rule)
                key = f"{statement_code}/{scale_value}"
                yield uuid_of(workshop_id), None, ("rating_tallies", key, key, (fault,))
                continue
            yield uuid_of(workshop_id), tally, None

    def _template(
        self, text: Any, workshop: Workshop
    ) -> tuple[ReadinessTemplate, tuple[DataProblem, ...]]:
        """The workshop's own template snapshot; one that cannot be read is named as a problem
        and the fallback template (today's) is used in its place, so the workshop still opens."""
        try:
            return _template_from_json(text), ()
        except (ValueError, TypeError, AttributeError, TemplateError) as error:
            fallback = self._fallback_template
            if fallback is None:
                raise TemplateError("workshop_template_unreadable", title=workshop.title) from error
            problem = DataProblem(
                workshop_id=workshop.id,
                workshop_title=workshop.title,
                record="workshops",
                record_id=str(workshop.id),
                record_label=workshop.title,
                field="template_json",
                raw=raw_text(text),
                reason=BROKEN_TEMPLATE,
                stand_in=Phrase("stand_in_template", name=fallback.name, version=fallback.version),
            )
            return fallback, (problem,)

    # --- what one edit needs to read --------------------------------------------------------

    def load_workshop(self, workshop_id: UUID) -> tuple[Workshop, ReadinessTemplate]:
        """One workshop's facts and template without its parts, read as ``load`` reads them (a
        template that cannot be read gives the fallback). NotFoundError if it is missing."""
        columns = [c.name for c in t.workshops.columns]
        read = row_reader(Workshop, columns, column_converters(t.workshops, _UuidReader()))
        query = sa.select(*raw_columns(t.workshops)).where(t.workshops.c.id == workshop_id)
        row = self._c.execute(query).first()
        if row is None:
            raise NotFoundError("workshop_gone")
        workshop = read(row)
        template, _ = self._template(row[columns.index("template_json")], workshop)
        return workshop, template

    def load_parts(
        self, workshop_id: UUID, cls: type[E], ids: Iterable[UUID] | None = None
    ) -> tuple[E, ...]:
        """The workshop's parts of one kind in list order, read as ``load`` reads them; with
        ``ids``, only those of them it holds."""
        table = _PART_TABLES[cls]
        order = (table.c.position, table.c.id)
        uuid_of = _UuidReader()
        owned = table.c.workshop_id == workshop_id
        chunks: list[tuple[UUID, ...] | None] = [None] if ids is None else list(_chunks(ids))
        found: list[E] = []
        for chunk in chunks:
            where = owned if chunk is None else sa.and_(owned, table.c.id.in_(chunk))
            links = None
            if cls is Action:
                # By the actions' own ids alone, so that SQLite finds a few without looking
                # through the workshop's other actions; the ids are unique across workshops.
                own = owned if chunk is None else t.action_dependencies.c.action_id.in_(chunk)
                links = self._links(own, uuid_of)
            records = self._records(cls, table, where, order, uuid_of, links)
            found.extend(item for _, item, _ in records if item is not None)
        return tuple(found)

    def load_part(self, workshop_id: UUID, cls: type[E], part_id: UUID) -> E | None:
        """One part of the workshop as ``load`` reads it, or None if the workshop has none with
        that id."""
        found = self.load_parts(workshop_id, cls, (part_id,))
        return found[0] if found else None

    def load_ratings(self, workshop_id: UUID, participant_id: UUID) -> tuple[Rating, ...]:
        """One participant's answers, as ``load`` counts them (one that cannot be read is left
        out)."""
        c = t.ratings.c
        where = sa.and_(c.workshop_id == workshop_id, c.participant_id == participant_id)
        records = self._records(Rating, t.ratings, where, (c.statement_code,), _UuidReader())
        return tuple(item for _, item, _ in records if item is not None)

    def load_tallies(self, workshop_id: UUID, statement_code: str) -> tuple[RatingTally, ...]:
        """One statement's hand counts, as ``load`` counts them."""
        c = t.rating_tallies.c
        where = sa.and_(c.workshop_id == workshop_id, c.statement_code == statement_code)
        found = self._tallies(where, _UuidReader())
        return tuple(tally for _, tally, _ in found if tally is not None)

    def load_group_score(self, workshop_id: UUID, dimension_code: str) -> GroupScore | None:
        """The group's score of one dimension as ``load`` counts it, or None."""
        c = t.group_scores.c
        where = sa.and_(c.workshop_id == workshop_id, c.dimension_code == dimension_code)
        records = self._records(GroupScore, t.group_scores, where, (), _UuidReader())
        return next((item for _, item, _ in records if item is not None), None)

    def linked_action_ids(self, workshop_id: UUID, dependency_id: UUID) -> frozenset[UUID]:
        """The workshop's actions linked to a dependency."""
        link = t.action_dependencies.c
        # Starting from the dependency's links (their index): as a join SQLite went through
        # every action of the workshop instead.
        own = sa.exists().where(
            t.actions.c.id == link.action_id, t.actions.c.workshop_id == workshop_id
        )
        query = sa.select(sa.type_coerce(link.action_id, sa.String)).where(
            link.dependency_id == dependency_id, own
        )
        return self._readable_ids(query)

    def authored_note_ids(self, workshop_id: UUID, author_id: UUID) -> frozenset[UUID]:
        c = t.notes.c
        query = sa.select(sa.type_coerce(c.id, sa.String)).where(
            c.workshop_id == workshop_id, c.author_id == author_id
        )
        return self._readable_ids(query)

    def _readable_ids(self, query: sa.Select[Any]) -> frozenset[UUID]:
        """The ids ``query`` selects as text, as the file holds them; one that is no id is
        passed over (it cannot be linked or written again by id)."""
        uuid_of = _UuidReader()
        found = set()
        for (raw,) in self._c.execute(query):
            try:
                found.add(uuid_of(raw))
            except (TypeError, ValueError):
                continue
        return frozenset(found)

    # --- whole workshops, written -----------------------------------------------------------

    def put_workshop(self, workshop: Workshop, template: ReadinessTemplate | None = None) -> None:
        """Insert a new workshop (``template`` required) or update the facts of one."""
        values = to_columns(workshop, t.workshops)
        if template is not None:
            values["template_json"] = json.dumps(template.to_dict(), ensure_ascii=False)
        self._upsert(t.workshops, t.workshops.c.id == workshop.id, values)

    def delete_workshop(self, workshop_id: UUID) -> None:
        self._c.execute(sa.delete(t.workshops).where(t.workshops.c.id == workshop_id))

    def give_workshop(self, workshop_id: UUID, role: str) -> bool:
        """Make the server's ``role`` the workshop's owner (whose facilitators see it, see
        docs/postgresql-roles.sql); False when this user sees no such workshop. The server
        checks the right: the owner of the tables and the coordinators have it."""
        if self._c.dialect.name != "postgresql":
            raise ValidationError("owner", "owner_only_on_server")
        known = sa.text("SELECT 1 FROM pg_roles WHERE rolname = :role")
        if self._c.execute(known, {"role": role}).first() is None:
            raise ValidationError("owner", "owner_role_unknown", role=role)
        query = sa.update(t.workshops).where(t.workshops.c.id == workshop_id)
        return self._c.execute(query.values(owner=role)).rowcount > 0

    # --- parts -------------------------------------------------------------------------

    def put_part(self, workshop_id: UUID, part: Any) -> None:
        """Insert or update a participant, dependency, action, check, success factor or note."""
        table = _PART_TABLES[type(part)]
        values = to_columns(part, table, workshop_id=workshop_id)
        self._upsert(
            table, sa.and_(table.c.id == part.id, table.c.workshop_id == workshop_id), values
        )
        if isinstance(part, Action):
            self._put_links(part)

    def update_part(self, workshop_id: UUID, part: Any, fields: Iterable[str]) -> None:
        """Write only ``fields`` of a stored part: a column the edit did not change keeps its
        bytes, also a value this version cannot read."""
        table = _PART_TABLES[type(part)]
        fields = set(fields)
        values = {name: value for name, value in to_columns(part, table).items() if name in fields}
        if values:
            self._c.execute(
                sa.update(table)
                .where(table.c.id == part.id, table.c.workshop_id == workshop_id)
                .values(values)
            )
        if isinstance(part, Action) and "dependency_ids" in fields:
            self._put_links(part)

    def _put_links(self, action: Action) -> None:
        """Make the action's stored links to dependencies the ones it holds."""
        self._c.execute(
            sa.delete(t.action_dependencies).where(t.action_dependencies.c.action_id == action.id)
        )
        if action.dependency_ids:
            self._c.execute(
                sa.insert(t.action_dependencies),
                [{"action_id": action.id, "dependency_id": d} for d in action.dependency_ids],
            )

    def link_actions(
        self, workshop_id: UUID, dependency_id: UUID, action_ids: Iterable[UUID]
    ) -> None:
        """Link a dependency to those of ``action_ids`` the workshop holds (again: an undo), in
        one statement per few hundred actions; a link already there stays as it is."""
        link = t.action_dependencies.c
        for chunk in _chunks(action_ids):
            already = sa.exists().where(
                link.action_id == t.actions.c.id, link.dependency_id == dependency_id
            )
            missing = sa.select(t.actions.c.id, sa.literal(dependency_id, sa.Uuid)).where(
                t.actions.c.workshop_id == workshop_id, t.actions.c.id.in_(chunk), ~already
            )
            insert = sa.insert(t.action_dependencies)
            self._c.execute(insert.from_select(["action_id", "dependency_id"], missing))

    def set_note_author(
        self, workshop_id: UUID, note_ids: Iterable[UUID], author_id: UUID | None
    ) -> None:
        """Make ``author_id`` the author of those of ``note_ids`` the workshop holds; their
        other columns keep what the file holds."""
        c = t.notes.c
        for chunk in _chunks(note_ids):
            query = sa.update(t.notes).where(c.workshop_id == workshop_id, c.id.in_(chunk))
            self._c.execute(query.values(author_id=author_id))

    def put_template(self, workshop_id: UUID, template: ReadinessTemplate) -> None:
        """Replace a workshop's copy of its template (one that could not be read)."""
        text = json.dumps(template.to_dict(), ensure_ascii=False)
        query = sa.update(t.workshops).where(t.workshops.c.id == workshop_id)
        self._c.execute(query.values(template_json=text))

    def update_workshop(self, workshop: Workshop, fields: Iterable[str]) -> None:
        """Write only ``fields`` of a workshop's facts."""
        fields = set(fields)
        values = {
            name: value
            for name, value in to_columns(workshop, t.workshops).items()
            if name in fields
        }
        if values:
            query = sa.update(t.workshops).where(t.workshops.c.id == workshop.id)
            self._c.execute(query.values(values))

    def delete_part(self, workshop_id: UUID, cls: type, part_id: UUID) -> bool:
        table = _PART_TABLES[cls]
        result = self._c.execute(
            sa.delete(table).where(table.c.id == part_id, table.c.workshop_id == workshop_id)
        )
        return result.rowcount > 0

    def part_workshop(self, cls: type, part_id: UUID) -> UUID | None:
        """The workshop a part with this id belongs to, or None if the id is unused."""
        table = _PART_TABLES[cls]
        query = sa.select(table.c.workshop_id).where(table.c.id == part_id)
        return self._c.execute(query).scalar_one_or_none()

    def put_rating(self, workshop_id: UUID, rating: Rating) -> None:
        where = sa.and_(
            t.ratings.c.participant_id == rating.participant_id,
            t.ratings.c.statement_code == rating.statement_code,
        )
        self._upsert(t.ratings, where, to_columns(rating, t.ratings, workshop_id=workshop_id))

    def put_ratings(self, workshop_id: UUID, ratings: Sequence[Rating]) -> None:
        """Store several answers, replacing those of the same participant and statement: one
        delete per participant and one insert, however many answers."""
        c = t.ratings.c
        by_participant: dict[UUID, list[str]] = {}
        for rating in ratings:
            by_participant.setdefault(rating.participant_id, []).append(rating.statement_code)
        for participant_id, codes in by_participant.items():
            for chunk in _chunks(codes):
                self._c.execute(
                    sa.delete(t.ratings).where(
                        c.participant_id == participant_id, c.statement_code.in_(chunk)
                    )
                )
        if ratings:
            rows = [to_columns(r, t.ratings, workshop_id=workshop_id) for r in ratings]
            self._c.execute(sa.insert(t.ratings), rows)

    def delete_rating(self, workshop_id: UUID, participant_id: UUID, statement_code: str) -> None:
        self._c.execute(
            sa.delete(t.ratings).where(
                t.ratings.c.workshop_id == workshop_id,
                t.ratings.c.participant_id == participant_id,
                t.ratings.c.statement_code == statement_code,
            )
        )

    def replace_tallies(
        self, workshop_id: UUID, statement_code: str, tallies: Sequence[RatingTally]
    ) -> None:
        """Make ``tallies`` the hand counts of one statement; values not in it count zero."""
        self._c.execute(
            sa.delete(t.rating_tallies).where(
                t.rating_tallies.c.workshop_id == workshop_id,
                t.rating_tallies.c.statement_code == statement_code,
            )
        )
        rows = [
            {
                "workshop_id": workshop_id,
                "statement_code": statement_code,
                "scale_value": tally.value or 0,
                "count": tally.count,
            }
            for tally in tallies
            if tally.count
        ]
        if rows:
            self._c.execute(sa.insert(t.rating_tallies), rows)

    def put_group_score(self, workshop_id: UUID, score: GroupScore) -> None:
        where = sa.and_(
            t.group_scores.c.workshop_id == workshop_id,
            t.group_scores.c.dimension_code == score.dimension_code,
        )
        values = to_columns(score, t.group_scores, workshop_id=workshop_id)
        self._upsert(t.group_scores, where, values)

    def insert_new(self, workshop_id: UUID, records: Sequence[Any]) -> None:
        """Insert records of one kind that are not stored yet (parts, ratings or group scores)
        in one statement: an import of whole workshops writes thousands of them."""
        if not records:
            return
        kind = type(records[0])
        table = _PART_TABLES[kind] if kind in _PART_TABLES else _KEYED_TABLES[kind]
        self._c.execute(
            sa.insert(table), [to_columns(r, table, workshop_id=workshop_id) for r in records]
        )
        if kind is Action:
            links = [
                {"action_id": a.id, "dependency_id": d} for a in records for d in a.dependency_ids
            ]
            if links:
                self._c.execute(sa.insert(t.action_dependencies), links)

    def delete_group_score(self, workshop_id: UUID, dimension_code: str) -> None:
        self._c.execute(
            sa.delete(t.group_scores).where(
                t.group_scores.c.workshop_id == workshop_id,
                t.group_scores.c.dimension_code == dimension_code,
            )
        )

    # --- the audit log ----------------------------------------------------------------------

    def audit_head(self, workshop_id: UUID) -> tuple[str | None, str | None, int, str]:
        """In one statement: the workshop's status code (None if it is gone), this database's
        chain (its installation id, None before it has one) and that chain's last entry of the
        workshop (0 and "" when it has none)."""
        row = self._c.execute(_audit_head_query(), {"workshop_id": workshop_id}).first()
        if row is None:
            return None, None, 0, ""
        return row[0], row[1], row[2] or 0, row[3] or ""

    def new_chain(self) -> str:
        """Give the database its installation id (storage/installation.py), which names its
        chains, and return it: only a file made before ids existed lacks one."""
        made = str(uuid4())
        self._c.execute(sa.insert(t.meta).values(key=INSTALLATION_KEY, value=made))
        return made

    def append_audit(self, entries: Sequence[AuditEntry]) -> None:
        """Add entries to the log in one statement; the log is never updated by the program
        (a purge of names excepted, storage/personal_data.py)."""
        if entries:
            self._c.execute(sa.insert(t.audit_entries), [_audit_row(e) for e in entries])

    def audit_entries(self, workshop_id: UUID) -> tuple[AuditEntry, ...]:
        """The workshop's log, every chain, oldest first (by time, then chain and place)."""
        a = t.audit_entries.c
        query = (
            sa.select(t.audit_entries)
            .where(a.workshop_id == workshop_id)
            .order_by(a.at, a.chain, a.seq)
        )
        return tuple(
            AuditEntry(
                workshop_id=row.workshop_id,
                chain=row.chain,
                seq=row.seq,
                at=row.at,
                user=row.user_name,
                computer=row.computer,
                salt=row.salt,
                person_digest=row.person_digest,
                kind=row.kind,
                record_id=row.record_id,
                fields=tuple(f for f in row.fields.split(",") if f),
                change=row.change,
                hash=row.hash,
            )
            for row in self._c.execute(query)
        )

    # --- imports ---------------------------------------------------------------------------

    def imported_copies(self, workshop_id: UUID | None = None) -> tuple[ImportedCopy, ...]:
        """The last copy imported from each installation, of one workshop or of all; the most
        recent import first."""
        c = t.imported_copies.c
        query = sa.select(t.imported_copies).order_by(c.imported_at.desc(), c.origin_id)
        if workshop_id is not None:
            query = query.where(c.workshop_id == workshop_id)
        return tuple(
            ImportedCopy(
                workshop_id=row.workshop_id,
                origin=PackageOrigin(
                    installation_id=row.origin_id,
                    computer=row.computer,
                    app_version=row.app_version,
                    packed_at=row.packed_at,
                ),
                imported_at=row.imported_at,
                names_included=row.names_included,
                document=row.document,
            )
            for row in self._c.execute(query)
        )

    def put_imported_copy(self, copy: ImportedCopy) -> None:
        c = t.imported_copies.c
        where = sa.and_(
            c.workshop_id == copy.workshop_id, c.origin_id == copy.origin.installation_id
        )
        values = {
            "workshop_id": copy.workshop_id,
            "origin_id": copy.origin.installation_id,
            "computer": copy.origin.computer,
            "app_version": copy.origin.app_version,
            "packed_at": copy.origin.packed_at,
            "imported_at": copy.imported_at,
            "names_included": copy.names_included,
            "document": copy.document,
        }
        self._upsert(t.imported_copies, where, values)

    def conflicts(self, workshop_id: UUID | None = None) -> tuple[StoredConflict, ...]:
        c = t.merge_conflicts.c
        query = sa.select(t.merge_conflicts).order_by(
            c.workshop_id, c.found_at, c.kind, c.record_key
        )
        if workshop_id is not None:
            query = query.where(c.workshop_id == workshop_id)
        return tuple(
            StoredConflict(
                workshop_id=row.workshop_id,
                origin_id=row.origin_id,
                kind=row.kind,
                key=row.record_key,
                found_at=row.found_at,
                fields=tuple(f for f in row.fields.split(",") if f),
            )
            for row in self._c.execute(query)
        )

    def put_conflict(self, conflict: StoredConflict) -> None:
        self.delete_conflict(conflict)
        self._c.execute(
            sa.insert(t.merge_conflicts).values(
                workshop_id=conflict.workshop_id,
                origin_id=conflict.origin_id,
                kind=conflict.kind,
                record_key=conflict.key,
                fields=",".join(conflict.fields),
                found_at=conflict.found_at,
            )
        )

    def delete_conflict(self, conflict: StoredConflict) -> None:
        c = t.merge_conflicts.c
        self._c.execute(
            sa.delete(t.merge_conflicts).where(
                c.workshop_id == conflict.workshop_id,
                c.origin_id == conflict.origin_id,
                c.kind == conflict.kind,
                c.record_key == conflict.key,
            )
        )

    def _upsert(
        self, table: sa.Table, where: sa.ColumnElement[bool], values: dict[str, Any]
    ) -> None:
        # Update-then-insert is plain SQL that every back end runs, unlike ON CONFLICT dialects.
        if self._c.execute(sa.update(table).where(where).values(values)).rowcount == 0:
            self._c.execute(sa.insert(table).values(values))


def _audit_row(entry: AuditEntry) -> dict[str, Any]:
    return {
        "workshop_id": entry.workshop_id,
        "chain": entry.chain,
        "seq": entry.seq,
        "at": entry.at,
        "user_name": entry.user,
        "computer": entry.computer,
        "salt": entry.salt,
        "person_digest": entry.person_digest,
        "kind": entry.kind,
        "record_id": entry.record_id,
        "fields": ",".join(entry.fields),
        "change": entry.change,
        "hash": entry.hash,
    }


def _chunks(ids: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """``ids`` in runs short enough for one IN list each."""
    items = tuple(ids)
    for start in range(0, len(items), _IDS_PER_QUERY):
        yield items[start : start + _IDS_PER_QUERY]


def _set_busy_timeout(connection: sa.Connection, milliseconds: int) -> None:
    if connection.dialect.name != "sqlite":
        set_lock_wait(connection, milliseconds)
        return
    # On the driver's connection: through SQLAlchemy the PRAGMA would begin a transaction.
    connection.connection.driver_connection.execute(  # type: ignore[union-attr]
        f"PRAGMA busy_timeout={int(milliseconds)}"
    )


@lru_cache(maxsize=1)
def _audit_head_query() -> sa.Select[Any]:
    """audit_head's statement, made once: every edit asks it, and making its subqueries anew
    took a third of a millisecond, a sixth of an edit (commit_ratio)."""
    a = t.audit_entries.c
    workshop_id = sa.bindparam("workshop_id", type_=t.workshops.c.id.type)
    chain = sa.select(t.meta.c.value).where(t.meta.c.key == INSTALLATION_KEY).scalar_subquery()
    last = (
        sa.select(a.seq, a.hash)
        .where(a.workshop_id == workshop_id, a.chain == chain)
        .order_by(a.seq.desc())
        .limit(1)
        .subquery()
    )
    return (
        sa.select(t.workshops.c.status, chain, last.c.seq, last.c.hash)
        .select_from(t.workshops)
        .outerjoin(last, sa.true())
        .where(t.workshops.c.id == workshop_id)
    )


@lru_cache(maxsize=64)
def _template_from_json(text: str) -> ReadinessTemplate:
    """Most workshops share a handful of template snapshots; a template is immutable, so each
    distinct text is parsed and checked once."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise TemplateError("template_not_json_object")
    return ReadinessTemplate.from_dict(data)


def _record_key(item: Any, row: Sequence[Any], own_id: int) -> str:
    """The record's id as stored, or the key that names a rating or a group score."""
    if own_id >= 0:
        return str(row[own_id])
    if isinstance(item, Rating):
        return f"{item.participant_id}/{item.statement_code}"
    return str(getattr(item, "dimension_code", ""))


def _record_label(item: Any) -> str:
    """What a person knows a record by: its title, alias, text or statement."""
    for name in ("title", "alias", "text", "prompt", "statement_code", "dimension_code"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return raw_text(value, 60)
    return ""


def _problems(
    workshop: Workshop, record: str, key: str, label: str, faults: Sequence[FieldFault]
) -> tuple[DataProblem, ...]:
    return tuple(
        DataProblem(
            workshop_id=workshop.id,
            workshop_title=workshop.title,
            record=record,
            record_id=key,
            record_label=label,
            field=f.field,
            raw=raw_text(f.raw),
            reason=f.reason,
            stand_in=f.stand_in_words,
            broken_rule=f.broken_rule,
            left_out=f.stand_in is LEFT_OUT,
        )
        for f in faults
    )


_RATING_COLUMNS = ["workshop_id", "participant_id", "statement_code", "value"]


_PARTICIPANT_COLUMNS = ["id", "workshop_id", "alias", "name", "role", "position"]


def _plain_participant(row: Sequence[Any], uuid_of: _UuidReader) -> Participant | None:
    """The participant a row of ``_PARTICIPANT_COLUMNS`` holds when its every value is as it
    should be, else None for the lenient reader, which names what is wrong: a national
    roll-up reads 40 000 participants, and the general reader took a fifth of its loading."""
    own, _, alias, name, role, position = row
    if position.__class__ is not int or not all(map(is_plain_text, (alias, name, role))):
        return None
    try:
        return Participant(id=uuid_of(own), alias=alias, name=name, role=role, position=position)
    except (ValidationError, TypeError, ValueError, AttributeError):
        return None


class _UuidReader:
    """Turns stored ids into UUIDs, each distinct one once.

    A roll-up reads some 300,000 ids but only a few tens of thousands of distinct ones (every
    rating repeats its workshop's and its participant's); SQLAlchemy would build a new UUID for
    each. A back end with a native uuid type hands over UUIDs, which pass through as they are."""

    def __init__(self) -> None:
        # Read by a loop that looks its ids up itself (SqlWorkshopRepository._ratings).
        self.seen: dict[Any, UUID | None] = {None: None}

    def __call__(self, value: Any) -> UUID | None:
        try:
            return self.seen[value]
        except KeyError:
            made = value if isinstance(value, UUID) else UUID(str(value))
            self.seen[value] = made
            return made
