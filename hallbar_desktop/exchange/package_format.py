"""The .hallbar workshop package: a zip holding package.json; written whole, read distrustfully."""

from __future__ import annotations

import dataclasses
import json
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from hallbar_desktop.domain.action import Action, ActionStatus, ActionType, Priority
from hallbar_desktop.domain.audit import AuditEntry
from hallbar_desktop.domain.choices import Area, LabelledChoice, TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents, check_consistency
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Horizon,
    Influence,
    Location,
    Process,
    Quadrant,
    Strategy,
)
from hallbar_desktop.domain.entered_text import check_entered_text
from hallbar_desktop.domain.errors import (
    N_,
    HallbarError,
    PackageError,
    TemplateError,
)
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.package import Package, PackageOrigin
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import (
    InputMode,
    Participant,
    Variant,
    Workshop,
    WorkshopStatus,
)
from hallbar_desktop.exchange.json_schema import PACKAGE, SchemaValidator, place_of, shown
from hallbar_desktop.file_target import write_atomically

FORMAT = "hallbar-package"
VERSION = 1
MEMBER = "package.json"
SUFFIX = ".hallbar"
# Limits against hostile files; a real package of 30 workshops is about 1 MB of JSON.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_JSON_BYTES = 128 * 1024 * 1024
MAX_RATIO = 200  # JSON compresses 10-20 times; a zip bomb thousands of times
RATIO_FROM_BYTES = 1024 * 1024  # below this, no ratio can hurt

E = TypeVar("E")
C = TypeVar("C", bound=LabelledChoice)


# --- writing --------------------------------------------------------------------------------


def package_document(
    contents_list: Sequence[WorkshopContents],
    origin: PackageOrigin,
    *,
    names: bool,
    redacted: bool = False,
    audit: Mapping[UUID, Sequence[AuditEntry]] | None = None,
) -> dict[str, Any]:
    """The JSON document of a package (as written to package.json); ``audit`` holds each
    workshop's audit log, which a workshop without one leaves out."""
    logs = audit or {}
    return {
        "format": FORMAT,
        "version": VERSION,
        "origin": {
            "installation_id": str(origin.installation_id),
            "computer": origin.computer,
            "app_version": origin.app_version,
            "packed_at": origin.packed_at.isoformat(),
        },
        "names_included": names,
        "redacted": redacted,
        "workshops": [
            _workshop_json(c, names=names) | _audit_json(logs.get(c.workshop.id, ()))
            for c in contents_list
        ],
    }


def _audit_json(entries: Sequence[AuditEntry]) -> dict[str, Any]:
    if not entries:
        return {}  # as packages were before there was a log: older versions read them
    return {
        "audit_log": [
            {
                "chain": e.chain,
                "seq": e.seq,
                "at": e.at.isoformat(),
                "user": e.user,
                "computer": e.computer,
                "salt": e.salt,
                "person_digest": e.person_digest,
                "kind": e.kind,
                "record_id": e.record_id,
                "fields": list(e.fields),
                "change": e.change,
                "hash": e.hash,
            }
            for e in entries
        ]
    }


def write_package(
    contents_list: Sequence[WorkshopContents],
    origin: PackageOrigin,
    target: Path,
    names: bool,
    redacted: bool = False,
    audit: Mapping[UUID, Sequence[AuditEntry]] | None = None,
) -> None:
    """Write the package to ``target`` all or nothing: a temporary file beside it, then moved
    over it, so a failure never leaves half a package and an existing file survives.
    ``redacted``: the contents were stripped of personal data, which the package says."""
    document = package_document(contents_list, origin, names=names, redacted=redacted, audit=audit)
    # ASCII escapes keep any stored text writable, even one an older version let in.
    data = json.dumps(document, ensure_ascii=True, indent=1).encode("ascii")
    stamp = origin.packed_at.timetuple()[:6]
    write_atomically(target, lambda path: _write_zip(path, data, stamp))


def _write_zip(path: Path, data: bytes, stamp: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(MEMBER, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(info, data)


def _code(choice: LabelledChoice | None) -> str | None:
    return None if choice is None else choice.code


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _id(value: UUID | None) -> str | None:
    return None if value is None else str(value)


def _workshop_json(contents: WorkshopContents, *, names: bool) -> dict[str, Any]:
    w = contents.workshop
    return {
        "id": str(w.id),
        "title": w.title,
        "organisation": w.organisation,
        "unit": w.unit,
        "change_focus": w.change_focus,
        "held_on": _day(w.held_on),
        "place": w.place,
        "facilitator": w.facilitator,
        "variant": w.variant.code,
        "status": w.status.code,
        "input_mode": w.input_mode.code,
        "follows_up_id": _id(w.follows_up_id),
        "current_state": w.current_state,
        "target_picture": w.target_picture,
        "next_steps": w.next_steps,
        "follow_up_on": _day(w.follow_up_on),
        "retention_until": _day(w.retention_until),
        "show_names": w.show_names,
        "created_at": _time(w.created_at),
        "updated_at": _time(w.updated_at),
        "template": contents.template.to_dict(),
        "participants": [
            {
                "id": str(p.id),
                "alias": p.alias,
                "name": p.name if names else "",
                "role": p.role if names else "",
                "position": p.position,
            }
            for p in contents.participants
        ],
        "ratings": [
            {
                "participant_id": str(r.participant_id),
                "statement_code": r.statement_code,
                "value": r.value,
            }
            for r in contents.ratings
        ],
        "tallies": [
            {"statement_code": t.statement_code, "value": t.value, "count": t.count}
            for t in contents.tallies
        ],
        "group_scores": [
            {"dimension_code": g.dimension_code, "score": g.score, "comment": g.comment}
            for g in contents.group_scores
        ],
        "dependencies": [_dependency_json(d) for d in contents.dependencies],
        "actions": [_action_json(a) for a in contents.actions],
        "prerequisite_checks": [
            {
                "id": str(c.id),
                "area": c.area.code,
                "prompt": c.prompt,
                "light": _code(c.light),
                "note": c.note,
                "is_strength": c.is_strength,
                "position": c.position,
            }
            for c in contents.prerequisite_checks
        ],
        "success_factors": [
            {"id": str(f.id), "text": f.text, "area": _code(f.area), "position": f.position}
            for f in contents.success_factors
        ],
        "notes": [
            {
                "id": str(n.id),
                "step": n.step.code,
                "text": n.text,
                "author_id": _id(n.author_id),
                "cluster": n.cluster,
                "votes": n.votes,
                "position": n.position,
                "created_at": _time(n.created_at),
            }
            for n in contents.notes
        ],
    }


def _dependency_json(d: Dependency) -> dict[str, Any]:
    return {
        "id": str(d.id),
        "category": d.category.code,
        "title": d.title,
        "description": d.description,
        "location": _code(d.location),
        "impact": d.impact,
        "likelihood": d.likelihood,
        "influence": _code(d.influence),
        "horizon": _code(d.horizon),
        "area": _code(d.area),
        # Sorted, so the same workshop always packs to the same document.
        "processes": sorted(p.code for p in d.processes),
        "owner": d.owner,
        "strategy": _code(d.strategy),
        "mitigation": d.mitigation,
        "status": d.status.code,
        "votes": d.votes,
        "priority_override": _code(d.priority_override),
        "position": d.position,
        "created_at": _time(d.created_at),
        "updated_at": _time(d.updated_at),
    }


def _action_json(a: Action) -> dict[str, Any]:
    return {
        "id": str(a.id),
        "title": a.title,
        "description": a.description,
        "dependency_ids": sorted(str(i) for i in a.dependency_ids),
        "area": _code(a.area),
        "dimension_code": a.dimension_code,
        "action_type": _code(a.action_type),
        "owner": a.owner,
        "contributors": a.contributors,
        "decision_by": a.decision_by,
        "start_on": _day(a.start_on),
        "due_on": _day(a.due_on),
        "follow_up_on": _day(a.follow_up_on),
        "status": a.status.code,
        "priority": a.priority.code,
        "success_indicator": a.success_indicator,
        "resources": a.resources,
        "last_update_at": _time(a.last_update_at),
        "last_update_comment": a.last_update_comment,
        "votes": a.votes,
        "position": a.position,
        "created_at": _time(a.created_at),
        "updated_at": _time(a.updated_at),
    }


# --- reading --------------------------------------------------------------------------------


def load_schema(schema_path: Path) -> dict[str, Any]:
    return json.loads(schema_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def read_package(path: Path, schema_path: Path) -> Package:
    """The package at ``path``, checked completely first: PackageError names the first problem
    and its place. Nothing is returned from a package that breaks any rule."""
    data = _read_member(path)
    document = _parse(data)
    check_document(document, load_schema(schema_path))
    return _package_from(document)


def check_document(document: Any, schema: dict[str, Any]) -> None:
    """The format marker and version first (a newer version gets its own message), then the
    schema."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackageError(PACKAGE, "package_not_hallbar")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PackageError("version", "package_not_version", value=shown(version))
    if version > VERSION:
        raise PackageError("version", "package_too_new", version=version, known=VERSION)
    SchemaValidator(schema).validate(document)


def _read_member(path: Path) -> bytes:
    place = PACKAGE
    try:
        size = path.stat().st_size
    except OSError as error:
        raise PackageError(
            place, "package_file_unreadable", path=path, reason=error.strerror
        ) from error
    if size > MAX_FILE_BYTES:
        raise PackageError(place, "package_file_too_big", limit=MAX_FILE_BYTES // 2**20)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            for info in infos:
                name = info.filename
                if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
                    raise PackageError(place, "package_name_outside", name=shown(name))
            names = [i.filename for i in infos]
            if not names:
                raise PackageError(place, "package_holds_nothing", member=MEMBER)
            if names != [MEMBER]:
                listed = ", ".join(shown(n) for n in names)
                raise PackageError(place, "package_holds_more", member=MEMBER, names=listed)
            info = infos[0]
            if info.flag_bits & 0x1:
                raise PackageError(place, "package_encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackageError(place, "package_unknown_compression")
            _check_sizes(info.file_size, info.compress_size)
            with archive.open(info) as member:
                # The header's size may lie: read no more than the limit allows.
                data = member.read(MAX_JSON_BYTES + 1)
            _check_sizes(len(data), info.compress_size)
            return data
    except PackageError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError) as error:
        raise PackageError(place, "package_not_zip") from error
    except (OSError, ValueError, RuntimeError, NotImplementedError) as error:
        raise PackageError(place, "package_not_readable", reason=str(error)) from error


def _check_sizes(unpacked: int, packed: int) -> None:
    if unpacked > MAX_JSON_BYTES:
        raise PackageError(PACKAGE, "package_unpacked_too_big", limit=MAX_JSON_BYTES // 2**20)
    if unpacked > RATIO_FROM_BYTES and unpacked > MAX_RATIO * max(packed, 1):
        raise PackageError(PACKAGE, "package_zip_bomb")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PackageError(MEMBER, "package_key_twice", name=shown(key))
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise PackageError(MEMBER, "package_not_json_number", name=name)


def _parse(data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PackageError(MEMBER, "package_not_utf8", byte=error.start + 1) from error
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise PackageError(
            MEMBER, "package_not_json", line=error.lineno, column=error.colno, reason=error.msg
        ) from error
    except RecursionError as error:
        raise PackageError(MEMBER, "package_too_deep") from error
    except ValueError as error:  # e.g. an integer with more digits than Python reads
        raise PackageError(MEMBER, "package_value_unreadable", reason=str(error)) from error


class _Builder:
    """Turns one checked workshop of the document into domain objects, naming each problem's
    place; ``seen_ids`` spans the whole package, since every record's UUID is its own."""

    def __init__(self, seen_ids: dict[UUID, str]) -> None:
        self._seen = seen_ids

    def entity(self, path: list[str | int], cls: Callable[..., E], **fields: Any) -> E:
        place = place_of(path)
        try:
            made = cls(**fields)
            if type(made) in _FREE_TEXT_TYPES:
                check_entered_text(made)
        except HallbarError as error:
            field = getattr(error, "field", "")
            raise PackageError(
                f"{place}, {field}" if field else place, "package_value_refused", problem=error
            ) from error
        own_id = getattr(made, "id", None)
        if isinstance(own_id, UUID):
            if own_id in self._seen:
                raise PackageError(
                    f"{place}, id",
                    "package_id_twice",
                    value=shown(str(own_id)),
                    other=self._seen[own_id],
                )
            self._seen[own_id] = place
        return made


def _choice(cls: type[C], value: str | None) -> C | None:
    # The schema has checked the code already; from_code is the domain's own reading of it.
    return None if value is None else cls.from_code(value)


def _uuid(value: str | None) -> UUID | None:
    return None if value is None else UUID(value)


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _package_from(document: dict[str, Any]) -> Package:
    o = document["origin"]
    origin = PackageOrigin(
        installation_id=UUID(o["installation_id"]),
        computer=o["computer"],
        app_version=o["app_version"],
        packed_at=datetime.fromisoformat(o["packed_at"]),
    )
    seen: dict[UUID, str] = {}
    workshops = tuple(
        _workshop_from(item, ["workshops", n], _Builder(seen))
        for n, item in enumerate(document["workshops"])
    )
    return Package(
        origin=origin,
        workshops=workshops,
        names_included=document["names_included"],
        # Packages from before it was said are taken as they were written: not redacted.
        redacted=document.get("redacted", False),
        audit={
            contents.workshop.id: _audit_from(contents.workshop.id, item.get("audit_log", ()))
            for contents, item in zip(workshops, document["workshops"], strict=True)
            if item.get("audit_log")
        },
    )


def _audit_from(workshop_id: UUID, items: Iterable[dict[str, Any]]) -> tuple[AuditEntry, ...]:
    """The log as packed; whether its chain holds is the import's to check and say."""
    return tuple(
        AuditEntry(
            workshop_id=workshop_id,
            chain=e["chain"],
            seq=e["seq"],
            at=datetime.fromisoformat(e["at"]),
            user=e["user"],
            computer=e["computer"],
            salt=e["salt"],
            person_digest=e["person_digest"],
            kind=e["kind"],
            record_id=e["record_id"],
            fields=tuple(e["fields"]),
            change=e["change"],
            hash=e["hash"],
        )
        for e in items
    )


def _workshop_from(w: dict[str, Any], path: list[str | int], build: _Builder) -> WorkshopContents:
    place = place_of(path)
    try:
        template = ReadinessTemplate.from_dict(w["template"])
    except TemplateError as error:
        raise PackageError(f"{place}, template", "package_value_refused", problem=error) from error
    workshop = build.entity(
        path,
        Workshop,
        id=UUID(w["id"]),
        title=w["title"],
        organisation=w["organisation"],
        unit=w["unit"],
        change_focus=w["change_focus"],
        held_on=_date(w["held_on"]),
        place=w["place"],
        facilitator=w["facilitator"],
        variant=Variant.from_code(w["variant"]),
        status=WorkshopStatus.from_code(w["status"]),
        input_mode=InputMode.from_code(w["input_mode"]),
        follows_up_id=_uuid(w["follows_up_id"]),
        current_state=w["current_state"],
        target_picture=w["target_picture"],
        next_steps=w["next_steps"],
        follow_up_on=_date(w["follow_up_on"]),
        retention_until=_date(w["retention_until"]),
        show_names=w["show_names"],
        created_at=_datetime(w["created_at"]),
        updated_at=_datetime(w["updated_at"]),
    )
    participants = tuple(
        build.entity(
            [*path, "participants", n],
            Participant,
            id=UUID(p["id"]),
            alias=p["alias"],
            name=p["name"],
            role=p["role"],
            position=p["position"],
        )
        for n, p in enumerate(w["participants"])
    )
    participant_ids = {p.id for p in participants}
    statement_codes = template.statement_codes
    dimension_codes = {d.code for d in template.dimensions}

    def refer(
        where: list[str | int], field: str, value: Any, known: Iterable[Any], among: str
    ) -> None:
        if value is not None and value not in known:
            raise PackageError(
                f"{place_of(where)}, {field}",
                "package_unknown_reference",
                value=shown(str(value)),
                among=among,
            )

    ratings = []
    answered: set[tuple[UUID, str]] = set()
    for n, r in enumerate(w["ratings"]):
        where = [*path, "ratings", n]
        rating = build.entity(
            where,
            Rating,
            participant_id=UUID(r["participant_id"]),
            statement_code=r["statement_code"],
            value=r["value"],
        )
        refer(where, "participant_id", rating.participant_id, participant_ids, _AMONG_PEOPLE)
        refer(where, "statement_code", rating.statement_code, statement_codes, _IN_TEMPLATE)
        key = (rating.participant_id, rating.statement_code)
        if key in answered:
            raise PackageError(place_of(where), "package_answered_twice")
        answered.add(key)
        ratings.append(rating)
    tallies = []
    counted: set[tuple[str, int | None]] = set()
    for n, t in enumerate(w["tallies"]):
        where = [*path, "tallies", n]
        tally = build.entity(
            where, RatingTally, statement_code=t["statement_code"], value=t["value"],
            count=t["count"],
        )  # fmt: skip
        refer(where, "statement_code", tally.statement_code, statement_codes, _IN_TEMPLATE)
        if (tally.statement_code, tally.value) in counted:
            raise PackageError(place_of(where), "package_counted_twice")
        counted.add((tally.statement_code, tally.value))
        tallies.append(tally)
    scores = []
    for n, g in enumerate(w["group_scores"]):
        where = [*path, "group_scores", n]
        score = build.entity(
            where, GroupScore, dimension_code=g["dimension_code"], score=g["score"],
            comment=g["comment"],
        )  # fmt: skip
        refer(where, "dimension_code", score.dimension_code, dimension_codes, _IN_TEMPLATE)
        if any(s.dimension_code == score.dimension_code for s in scores):
            raise PackageError(place_of(where), "package_scored_twice")
        scores.append(score)
    dependencies = tuple(
        build.entity([*path, "dependencies", n], Dependency, **_dependency_fields(d))
        for n, d in enumerate(w["dependencies"])
    )
    dependency_ids = {d.id for d in dependencies}
    actions = []
    for n, a in enumerate(w["actions"]):
        where = [*path, "actions", n]
        action = build.entity(where, Action, **_action_fields(a))
        for link in sorted(action.dependency_ids - dependency_ids):
            refer(where, "dependency_ids", link, dependency_ids, _AMONG_DEPENDENCIES)
        refer(where, "dimension_code", action.dimension_code, dimension_codes, _IN_TEMPLATE)
        actions.append(action)
    checks = tuple(
        build.entity(
            [*path, "prerequisite_checks", n],
            PrerequisiteCheck,
            id=UUID(c["id"]),
            area=Area.from_code(c["area"]),
            prompt=c["prompt"],
            light=_choice(TrafficLight, c["light"]),
            note=c["note"],
            is_strength=c["is_strength"],
            position=c["position"],
        )
        for n, c in enumerate(w["prerequisite_checks"])
    )
    factors = tuple(
        build.entity(
            [*path, "success_factors", n],
            SuccessFactor,
            id=UUID(f["id"]),
            text=f["text"],
            area=_choice(Area, f["area"]),
            position=f["position"],
        )
        for n, f in enumerate(w["success_factors"])
    )
    notes = []
    for n, item in enumerate(w["notes"]):
        where = [*path, "notes", n]
        note = build.entity(
            where,
            Note,
            id=UUID(item["id"]),
            step=WorkshopStep.from_code(item["step"]),
            text=item["text"],
            author_id=_uuid(item["author_id"]),
            cluster=item["cluster"],
            votes=item["votes"],
            position=item["position"],
            created_at=_datetime(item["created_at"]),
        )
        refer(where, "author_id", note.author_id, participant_ids, _AMONG_PEOPLE)
        notes.append(note)
    contents = WorkshopContents(
        workshop=workshop,
        template=template,
        participants=participants,
        ratings=tuple(ratings),
        group_scores=tuple(scores),
        dependencies=dependencies,
        actions=tuple(actions),
        prerequisite_checks=checks,
        success_factors=factors,
        notes=tuple(notes),
        tallies=tuple(tallies),
    )
    try:
        # The workshop's own rules across its parts (e.g. two participants with one alias).
        check_consistency(contents)
    except HallbarError as error:
        raise PackageError(place, "package_value_refused", problem=error) from error
    return contents


# Where a reference looks for what it names.
_AMONG_PEOPLE = N_("bland workshoppens deltagare")
_IN_TEMPLATE = N_("i workshoppens mall")
_AMONG_DEPENDENCIES = N_("bland workshoppens beroenden")
_FREE_TEXT_TYPES = frozenset(
    {Workshop, Participant, Dependency, Action, PrerequisiteCheck, SuccessFactor, Note, GroupScore}
)


def _dependency_fields(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": UUID(d["id"]),
        "category": DependencyCategory.from_code(d["category"]),
        "title": d["title"],
        "description": d["description"],
        "location": _choice(Location, d["location"]),
        "impact": d["impact"],
        "likelihood": d["likelihood"],
        "influence": _choice(Influence, d["influence"]),
        "horizon": _choice(Horizon, d["horizon"]),
        "area": _choice(Area, d["area"]),
        "processes": frozenset(Process.from_code(p) for p in d["processes"]),
        "owner": d["owner"],
        "strategy": _choice(Strategy, d["strategy"]),
        "mitigation": d["mitigation"],
        "status": DependencyStatus.from_code(d["status"]),
        "votes": d["votes"],
        "priority_override": _choice(Quadrant, d["priority_override"]),
        "position": d["position"],
        "created_at": _datetime(d["created_at"]),
        "updated_at": _datetime(d["updated_at"]),
    }


def _action_fields(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": UUID(a["id"]),
        "title": a["title"],
        "description": a["description"],
        "dependency_ids": frozenset(UUID(i) for i in a["dependency_ids"]),
        "area": _choice(Area, a["area"]),
        "dimension_code": a["dimension_code"],
        "action_type": _choice(ActionType, a["action_type"]),
        "owner": a["owner"],
        "contributors": a["contributors"],
        "decision_by": a["decision_by"],
        "start_on": _date(a["start_on"]),
        "due_on": _date(a["due_on"]),
        "follow_up_on": _date(a["follow_up_on"]),
        "status": ActionStatus.from_code(a["status"]),
        "priority": Priority.from_code(a["priority"]),
        "success_indicator": a["success_indicator"],
        "resources": a["resources"],
        "last_update_at": _datetime(a["last_update_at"]),
        "last_update_comment": a["last_update_comment"],
        "votes": a["votes"],
        "position": a["position"],
        "created_at": _datetime(a["created_at"]),
        "updated_at": _datetime(a["updated_at"]),
    }


def workshop_text(contents: WorkshopContents) -> str:
    """One workshop as a package holds it (names included), as text: the copy of an imported
    workshop that the next import from the same place is compared with."""
    return json.dumps(_workshop_json(contents, names=True), ensure_ascii=False, sort_keys=True)


def workshop_from_text(text: str) -> WorkshopContents:
    """The workshop ``workshop_text`` wrote; PackageError when the text is not one."""
    try:
        document = json.loads(text)
        return _workshop_from(document, ["workshops", 0], _Builder({}))
    except PackageError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise PackageError(N_("kopian"), "package_copy_unreadable", reason=str(error)) from error


def replace_names(contents: WorkshopContents, *, names: bool) -> WorkshopContents:
    """``contents`` as a package holds it: without names and roles unless ``names``."""
    if names:
        return contents
    people = tuple(dataclasses.replace(p, name="", role="") for p in contents.participants)
    return dataclasses.replace(contents, participants=people)


class PackagedWorkshopCodec:
    """The WorkshopCodec the import service stores its copies with."""

    def encode(self, contents: WorkshopContents) -> str:
        return workshop_text(contents)

    def decode(self, text: str) -> WorkshopContents:
        return workshop_from_text(text)
