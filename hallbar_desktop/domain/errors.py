"""Errors the core raises on purpose; each carries a code and the values that explain it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any


def N_(word: str) -> str:
    """A Swedish word an error names (a field's label, a place), given as it is: the message
    table translates it, and the extraction of texts finds it by this name."""
    return word


class Phrase:
    """Words the core names by a code and the values they need (a template field's place, a
    stored value's problem): worded by the message table like an error."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash(self.code)

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in self.params.items())
        return f"Phrase({self.code!r}{', ' if values else ''}{values})"


class HallbarError(Exception):
    """An expected problem that the user can understand and act on.

    The core says what happened as ``code`` and ``params`` (the values a sentence about it
    needs); hallbar_desktop.error_messages words it in the language the user reads."""

    code = "hallbar_error"
    # Whether the same action may succeed if the user simply tries again (the GUI then offers
    # "Försök igen"): true only where the cause can go away by itself or by a plug put back.
    retryable = False

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        super().__init__(code, *params.values())
        if code is not None:
            self.code = code
        self.params = params

    def __str__(self) -> str:
        """The code and values, for a log: what a person reads comes from the message table."""
        values = ", ".join(f"{name}={value}" for name, value in self.params.items())
        return f"{self.code} ({values})" if values else self.code

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its class, arguments and attributes, without calling its constructor
        (a subclass's takes other arguments than ``args`` holds): an export written by a
        process of the program's own hands its error back so (export_process.py)."""
        return (_unpickled_error, (type(self), self.args), dict(self.__dict__))


def _unpickled_error(cls: type[HallbarError], args: tuple[Any, ...]) -> HallbarError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    return error


class ValidationError(HallbarError):
    """A value that breaks a rule of the workshop model."""

    code = "invalid"

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field
        self.code = code


class NotFoundError(HallbarError):
    """Something looked up by id does not exist (any more)."""

    code = "not_found"


class DatabaseError(HallbarError):
    """Base for problems with the database file itself."""

    code = "database"

    def __init__(self, path: Path | str | object, code: str | None = None, /, **params: Any):
        # A server's address (domain.database_address.ServerAddress) is kept as it is.
        self.path = Path(path) if isinstance(path, str | Path) else path
        super().__init__(code, path=self.path, **params)


class DatabaseMissingError(DatabaseError):
    code = "database_missing"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)


class DatabaseFolderMissingError(DatabaseError):
    code = "database_folder_missing"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, folder=Path(path).parent)


class DatabaseUnreadableError(DatabaseError):
    code = "database_unreadable"

    def __init__(self, path: Path | str, reason: str, /, **params: Any) -> None:
        """``reason`` is a code of why, worded with ``params`` by the message table, or the
        system's own text."""
        super().__init__(path, reason=reason, **params)


class DatabaseReadOnlyError(DatabaseError):
    code = "database_read_only"

    def __init__(self, path: Path | str, *, folder: bool = False) -> None:
        if folder:
            super().__init__(path, "database_folder_read_only", folder=Path(path).parent)
        else:
            super().__init__(path)


class DatabaseFolderNotWritableError(DatabaseError):
    code = "database_folder_not_writable"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, folder=Path(path).parent)


class NotAHallbarDatabaseError(DatabaseError):
    code = "not_hallbar_database"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)


class DatabaseEmptyError(NotAHallbarDatabaseError):
    """A 0-byte file: often what is left when a copy or a sync was cut off."""

    code = "database_empty"


class DatabaseDamagedError(DatabaseError):
    """SQLite's own check (quick_check) found damage; the file is left exactly as it is."""

    code = "database_damaged"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(path)
        self.detail = detail


class DatabaseLockedError(DatabaseError):
    """Another program (not hallbar) holds SQLite's lock on the file."""

    code = "database_locked"
    retryable = True  # the other program lets go of the file

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)


class DatabaseInUseError(DatabaseError):
    """Another hallbar window or command holds the lock file beside the database."""

    code = "database_in_use"

    def __init__(
        self,
        path: Path | str,
        *,
        lock_path: Path | str,
        host: str | None = None,
        user: str | None = None,
        pid: int | None = None,
        since: datetime | None = None,
        this_computer: bool = True,
    ) -> None:
        if host is None or pid is None:
            code = "database_being_opened"
        else:
            code = "database_in_use" if this_computer else "database_in_use_elsewhere"
        super().__init__(
            path, code, lock_path=Path(lock_path), host=host, user=user, pid=pid, since=since
        )
        self.lock_path = Path(lock_path)
        self.host = host
        self.user = user
        self.pid = pid
        self.since = since


class DatabaseFullError(DatabaseError):
    """The disk (or the file system's limit) left no room for a change; SQLite kept the file
    as it was before the change."""

    code = "database_full"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)


class DatabaseGoneError(DatabaseError):
    """The file the app opened is no longer at its path: moved, deleted, or its folder removed
    (also a USB stick or network drive that went away together with its folder)."""

    code = "database_gone"
    # The stick or the network drive put back brings the same file back to its place.
    retryable = True

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)


class DatabaseReplacedError(DatabaseError):
    """Another file now lies at the path of the file the app opened; writing would change a
    file the user never opened, so nothing is written."""

    code = "database_replaced"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)


class DatabaseUnavailableError(DatabaseError):
    """The disk did not answer (SQLite's disk I/O error, EIO): a pulled USB stick, a dropped
    network drive. The file itself is not judged: it may be whole once the disk is back."""

    code = "database_unavailable"
    retryable = True

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)


class DatabaseTooNewError(DatabaseError):
    code = "database_too_new"

    def __init__(self, path: Path | str, found: int, known: int) -> None:
        super().__init__(path, found=found, known=known)
        self.found = found
        self.known = known


class MigrationFailedError(DatabaseError):
    code = "migration_failed"

    def __init__(self, path: Path | str, version: int, reason: str) -> None:
        super().__init__(path, version=version, reason=reason)
        self.version = version


class BackupError(HallbarError):
    """A backup that could not be made, or that cannot be restored."""

    code = "backup"

    def __init__(self, path: Path | str, code: str, /, **params: Any) -> None:
        super().__init__(code, path=Path(path), **params)
        self.path = Path(path)

    @classmethod
    def not_made(
        cls, database: Path | str, reason: str, folder: Path | str | None = None
    ) -> BackupError:
        if folder is None:
            return cls(database, "backup_not_made", reason=reason)
        return cls(database, "backup_not_made_in_folder", reason=reason, folder=Path(folder))

    @classmethod
    def not_restorable(cls, backup: Path | str, reason: str) -> BackupError:
        """``reason`` is a code of why (backup_damaged, backup_too_new...)."""
        return cls(backup, "backup_not_restorable", reason=reason)

    @classmethod
    def not_restored(cls, database: Path | str, reason: str) -> BackupError:
        return cls(database, "backup_not_restored", reason=reason)

    @classmethod
    def not_upgraded(
        cls, database: Path | str, version: int, kept: Path | str | None
    ) -> BackupError:
        return cls(database, "backup_not_upgraded", version=version, kept=kept)


class TemplateError(HallbarError):
    """A readiness template file that cannot be used."""

    code = "template"


class ExportTargetError(HallbarError):
    """An export file that cannot be written where the user asked for it."""

    code = "export_target"

    def __init__(self, path: Path | str, code: str, /, **params: Any) -> None:
        super().__init__(code, path=Path(path), **params)
        self.path = Path(path)

    @classmethod
    def folder_missing(cls, path: Path | str) -> ExportTargetError:
        return cls(path, "export_folder_missing", folder=Path(path).parent)

    @classmethod
    def is_folder(cls, path: Path | str) -> ExportTargetError:
        return cls(path, "export_is_folder")

    @classmethod
    def not_writable(cls, path: Path | str) -> ExportTargetError:
        return cls(path, "export_not_writable")

    @classmethod
    def folder_not_writable(cls, path: Path | str) -> ExportTargetError:
        return cls(path, "export_folder_not_writable", folder=Path(path).parent)

    @classmethod
    def disk_full(cls, path: Path | str) -> ExportTargetError:
        return cls(path, "export_disk_full")

    @classmethod
    def folder_gone(cls, path: Path | str) -> ExportTargetError:
        return cls(path, "export_folder_gone", folder=Path(path).parent, name=Path(path).name)

    @classmethod
    def write_failed(cls, path: Path | str, reason: str) -> ExportTargetError:
        return cls(path, "export_write_failed", reason=reason)


class ConflictError(HallbarError):
    """Someone else changed a record since this window read it, in a field this edit changes.

    ``clashes`` holds (field, value stored now, value this edit wanted) for each such field, so
    a window can show both; nothing of the edit was stored. ``record`` is what the record is
    called (``the participant``), ``name`` its title, alias or text, if it has one, and
    ``labels`` the fields' labels in the order of ``clashes``."""

    code = "changed_by_someone_else"

    def __init__(
        self,
        record: str,
        name: str,
        clashes: tuple[tuple[str, object, object], ...],
        labels: tuple[str, ...],
    ) -> None:
        changes = tuple(
            (label, now, wanted) for label, (_, now, wanted) in zip(labels, clashes, strict=True)
        )
        code = "changed_by_someone_else_named" if name else "changed_by_someone_else"
        super().__init__(code, record=record, name=name, changes=changes)
        self.clashes = clashes


class DatabaseLockLostError(DatabaseError):
    """The lock file beside an open database was removed or replaced, so this window may no
    longer be the only one changing the file; the change was not saved."""

    code = "database_lock_lost"

    def __init__(
        self, path: Path | str, *, lock_path: Path | str, reason: str | None = None
    ) -> None:
        if reason is None:
            super().__init__(path, lock_path=Path(lock_path))
        else:
            super().__init__(
                path, "database_lock_not_checked", lock_path=Path(lock_path), reason=reason
            )
        self.lock_path = Path(lock_path)


class PackageError(HallbarError):
    """A workshop package (.hallbar) that cannot be read as it is; ``place`` says where in it
    (e.g. "workshop 2, action 5, due_on"), and the message starts with that place."""

    code = "package_invalid"

    def __init__(self, place: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.place = place

    def __str__(self) -> str:
        return f"{self.place}: {super().__str__()}" if self.place else super().__str__()
