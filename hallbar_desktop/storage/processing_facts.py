"""What the record of processing counts in the database, and who may read it there."""

from __future__ import annotations

import stat
from collections import defaultdict
from pathlib import Path
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.processing_record import FileAccess, PersonalDataCounts, RoleAccess
from hallbar_desktop.domain.retention import is_made_alias
from hallbar_desktop.storage import tables as t
from hallbar_desktop.storage.database import reading_connection

# The tables whose rights the record names: those that hold the workshops' contents.
_TABLES = tuple(table.name for table in t.metadata.sorted_tables)

# Every table's rights on the server, from the catalogue (readable by any role, unlike
# information_schema, which shows only the rights of the roles the reader has): the table's
# own list, or the owner's default rights when none was ever granted.
_TABLE_RIGHTS = sa.text(
    """
    SELECT COALESCE(r.rolname, 'PUBLIC') AS grantee, a.privilege_type, count(*) AS tables
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL aclexplode(COALESCE(c.relacl, acldefault('r', c.relowner))) AS a
    LEFT JOIN pg_roles r ON r.oid = a.grantee
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname IN :tables
    GROUP BY 1, 2
    """
).bindparams(sa.bindparam("tables", expanding=True))
_TABLE_OWNERS = sa.text(
    """
    SELECT DISTINCT pg_get_userbyid(c.relowner)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relname IN :tables
    """
).bindparams(sa.bindparam("tables", expanding=True))
_MEMBERS = sa.text(
    """
    SELECT g.rolname, m.rolname
    FROM pg_auth_members am
    JOIN pg_roles g ON g.oid = am.roleid
    JOIN pg_roles m ON m.oid = am.member
    """
)
_SUPERUSERS = sa.text("SELECT rolname FROM pg_roles WHERE rolsuper AND rolcanlogin")


class SqlProcessingFacts:
    """Counts per workshop, and the access the file system or the server gives."""

    def __init__(self, engine: sa.Engine, location: Path | ServerAddress) -> None:
        self._engine = engine
        self._location = location

    @property
    def on_server(self) -> bool:
        return isinstance(self._location, ServerAddress)

    def counts(self) -> dict[UUID, PersonalDataCounts]:
        """Each workshop's participants, names, roles, typed aliases, authors and the names
        in its action plan and dependencies (the facilitator is the workshop's own field)."""
        found: dict[UUID, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        with reading_connection(self._engine, self._location) as connection:
            p = t.participants
            for workshop_id, alias, name, role in connection.execute(
                sa.select(p.c.workshop_id, p.c.alias, p.c.name, p.c.role)
            ):
                held = found[workshop_id]
                held["participants"] += 1
                held["named"] += bool(name.strip())
                held["with_role"] += bool(role.strip())
                held["typed_alias"] += not is_made_alias(alias)
            n = t.notes
            for workshop_id, notes, authored in connection.execute(
                sa.select(n.c.workshop_id, sa.func.count(), sa.func.count(n.c.author_id)).group_by(
                    n.c.workshop_id
                )
            ):
                found[workshop_id]["notes"] = notes
                found[workshop_id]["authored_notes"] = authored
            a = t.actions
            for workshop_id, *values in connection.execute(
                sa.select(
                    a.c.workshop_id,
                    sa.func.count(),
                    _filled(a.c.owner),
                    _filled(a.c.contributors),
                    _filled(a.c.decision_by),
                ).group_by(a.c.workshop_id)
            ):
                for key, value in zip(
                    ("actions", "action_owners", "action_contributors", "action_deciders"),
                    values,
                    strict=True,
                ):
                    found[workshop_id][key] = int(value or 0)
            d = t.dependencies
            for workshop_id, dependencies, watched in connection.execute(
                sa.select(d.c.workshop_id, sa.func.count(), _filled(d.c.owner)).group_by(
                    d.c.workshop_id
                )
            ):
                found[workshop_id]["dependencies"] = dependencies
                found[workshop_id]["dependency_watchers"] = int(watched or 0)
            c = t.imported_copies
            names = sa.case((c.c.names_included, 1), else_=0)
            for workshop_id, copies, with_names in connection.execute(
                sa.select(c.c.workshop_id, sa.func.count(), sa.func.sum(names)).group_by(
                    c.c.workshop_id
                )
            ):
                found[workshop_id]["imported_copies"] = copies
                found[workshop_id]["imported_copies_with_names"] = int(with_names or 0)
            e = t.audit_entries
            named = sa.case(((e.c.user_name != "") | (e.c.computer != ""), 1), else_=0)
            for workshop_id, entries, with_names in connection.execute(
                sa.select(e.c.workshop_id, sa.func.count(), sa.func.sum(named)).group_by(
                    e.c.workshop_id
                )
            ):
                found[workshop_id]["audit_entries"] = entries
                found[workshop_id]["audit_entries_named"] = int(with_names or 0)
        return {wid: PersonalDataCounts(**held) for wid, held in found.items()}

    def file_access(self) -> FileAccess | None:
        """The file's owner and mode bits (None on a server)."""
        if isinstance(self._location, ServerAddress):
            return None
        path = self._location.resolve()
        mode = path.stat()
        folder = path.parent.stat()
        return FileAccess(
            owner=_user_name(mode.st_uid),
            group=_group_name(mode.st_gid),
            mode=stat.filemode(mode.st_mode),
            group_may_read=bool(mode.st_mode & stat.S_IRGRP),
            others_may_read=bool(mode.st_mode & stat.S_IROTH),
            folder=path.parent,
            folder_mode=stat.filemode(folder.st_mode),
        )

    def server_roles(self) -> tuple[RoleAccess, ...]:
        """The roles with rights on hallbar's tables in the schema in use, with their login
        members; the tables' owner and the superusers, who may do anything, are named too."""
        if not self.on_server:
            return ()
        with reading_connection(self._engine, self._location) as connection:
            rights: dict[str, dict[str, int]] = defaultdict(dict)
            for grantee, privilege, tables in connection.execute(
                _TABLE_RIGHTS, {"tables": list(_TABLES)}
            ):
                rights[grantee][privilege] = tables
            owners = set(connection.execute(_TABLE_OWNERS, {"tables": list(_TABLES)}).scalars())
            members: dict[str, list[str]] = defaultdict(list)
            for group, member in connection.execute(_MEMBERS):
                members[group].append(member)
            superusers = tuple(connection.execute(_SUPERUSERS).scalars())
        roles = [
            RoleAccess(
                role=role,
                privileges=tuple(sorted(held, key=lambda p: (_PRIVILEGE_ORDER.get(p, 99), p))),
                tables=max(held.values()),
                members=tuple(sorted(members.get(role, ()))),
                owns_tables=role in owners,
            )
            for role, held in rights.items()
        ]
        roles.sort(key=lambda r: (not r.owns_tables, r.role))
        roles += [
            RoleAccess(role=name, privileges=(), tables=len(_TABLES), superuser=True)
            for name in sorted(superusers)
            if name not in rights
        ]
        return tuple(roles)


_PRIVILEGE_ORDER = {"SELECT": 0, "INSERT": 1, "UPDATE": 2, "DELETE": 3, "TRUNCATE": 4}


def _filled(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """How many rows have something other than spaces in ``column``."""
    return sa.func.sum(sa.case((sa.func.trim(column) != "", 1), else_=0))


def _user_name(uid: int) -> str:
    try:
        import pwd
    except ImportError:  # Windows: files have owners, but not as POSIX user ids
        return ""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _group_name(gid: int) -> str:
    try:
        import grp
    except ImportError:
        return ""
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)
