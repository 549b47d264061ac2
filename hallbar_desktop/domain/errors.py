"""Errors the core raises on purpose; each carries a code and a plain Swedish message."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


class HallbarError(Exception):
    """An expected problem that the user can understand and act on."""

    code = "hallbar_error"
    # Whether the same action may succeed if the user simply tries again (the GUI then offers
    # "Försök igen"): true only where the cause can go away by itself or by a plug put back.
    retryable = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(HallbarError):
    """A value that breaks a rule of the workshop model."""

    code = "invalid"

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


class NotFoundError(HallbarError):
    """Something looked up by id does not exist (any more)."""

    code = "not_found"


class DatabaseError(HallbarError):
    """Base for problems with the database file itself."""

    code = "database"

    def __init__(self, path: Path | str | object, message: str) -> None:
        super().__init__(message)
        # A server's address (domain.database_address.ServerAddress) is kept as it is.
        self.path = Path(path) if isinstance(path, str | Path) else path


class DatabaseMissingError(DatabaseError):
    code = "database_missing"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, f"Databasfilen {path} finns inte. Kontrollera sökvägen.")


class DatabaseFolderMissingError(DatabaseError):
    code = "database_folder_missing"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path, f"Mappen {Path(path).parent} finns inte, så databasen {path} kan inte skapas."
        )


class DatabaseUnreadableError(DatabaseError):
    code = "database_unreadable"

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(path, f"Databasfilen {path} går inte att läsa ({reason}).")


class DatabaseReadOnlyError(DatabaseError):
    code = "database_read_only"

    def __init__(self, path: Path | str, *, folder: bool = False) -> None:
        if folder:
            message = (
                f"Mappen {Path(path).parent} är skrivskyddad, så ändringar i databasen {path} "
                "kan inte sparas där. Flytta eller kopiera filen till en mapp där du kan skriva."
            )
        else:
            message = (
                f"Databasfilen {path} är skrivskyddad, så ändringar kan inte sparas. "
                "Kopiera den till en mapp där du kan skriva, eller ta bort skrivskyddet."
            )
        super().__init__(path, message)


class DatabaseFolderNotWritableError(DatabaseError):
    code = "database_folder_not_writable"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"Det går inte att skapa databasen {path}, eftersom du inte får skriva i mappen "
            f"{Path(path).parent}. Välj en annan mapp.",
        )


class NotAHallbarDatabaseError(DatabaseError):
    code = "not_hallbar_database"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"Filen {path} är ingen hallbar-databas, så programmet öppnar den inte. "
            "Kontrollera att du har valt rätt fil.",
        )


class DatabaseEmptyError(NotAHallbarDatabaseError):
    """A 0-byte file: often what is left when a copy or a sync was cut off."""

    code = "database_empty"

    def __init__(self, path: Path | str) -> None:
        DatabaseError.__init__(
            self,
            path,
            f"Databasfilen {path} är tom (0 byte), så den innehåller inga workshoppar. "
            "Filen har inte ändrats. Återställ en säkerhetskopia av den, eller välj en annan fil.",
        )


class DatabaseDamagedError(DatabaseError):
    """SQLite's own check (quick_check) found damage; the file is left exactly as it is."""

    code = "database_damaged"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(
            path,
            f"Databasfilen {path} är skadad, så programmet öppnar den inte. "
            "Filen har inte ändrats. Återställ en säkerhetskopia av den.",
        )
        self.detail = detail


class DatabaseLockedError(DatabaseError):
    """Another program (not hallbar) holds SQLite's lock on the file."""

    code = "database_locked"
    retryable = True  # the other program lets go of the file

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"Databasfilen {path} används av ett annat program just nu. Stäng det programmet "
            "(till exempel ett databasverktyg eller en synkronisering) och försök igen.",
        )


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
            message = (
                f"Databasen {path} håller på att öppnas av ett annat hallbar-fönster. "
                "Vänta en stund och försök igen."
            )
        else:
            who = f"process {pid}" + (f", användare {user}" if user else "")
            when = f" sedan {since:%Y-%m-%d %H:%M}" if since is not None else ""
            message = f"Databasen {path} är redan öppen i hallbar på datorn {host} ({who}){when}. "
            if this_computer:
                message += "Stäng det andra fönstret och försök igen."
            else:
                message += (
                    f"Stäng programmet på {host} och försök igen. Om det inte längre är öppet "
                    f"där kan du ta bort låsfilen {lock_path}."
                )
        super().__init__(path, message)
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
        super().__init__(
            path,
            f"Ändringen kunde inte sparas eftersom disken där databasen {path} ligger är full. "
            "Ingenting av ändringen sparades och det som redan fanns är kvar. Frigör utrymme "
            "på disken (till exempel genom att tömma papperskorgen) och försök igen.",
        )


class DatabaseGoneError(DatabaseError):
    """The file the app opened is no longer at its path: moved, deleted, or its folder removed
    (also a USB stick or network drive that went away together with its folder)."""

    code = "database_gone"
    # The stick or the network drive put back brings the same file back to its place.
    retryable = True

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"Databasfilen {path} finns inte längre där den låg, så det du ändrade nu sparades "
            "inte. Ligger den på ett USB-minne eller en nätverksenhet: anslut den igen och "
            "försök igen. Har filen flyttats: stäng programmet och öppna den där den ligger nu.",
        )


class DatabaseReplacedError(DatabaseError):
    """Another file now lies at the path of the file the app opened; writing would change a
    file the user never opened, so nothing is written."""

    code = "database_replaced"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"Databasfilen {path} har bytts ut mot en annan fil sedan programmet öppnade den, "
            "till exempel av en synkronisering eller en kopiering. För att inte skriva över den "
            "filen sparas ingenting mer: om du just ändrade något sparades det inte. Stäng "
            "programmet och öppna filen igen.",
        )


class DatabaseUnavailableError(DatabaseError):
    """The disk did not answer (SQLite's disk I/O error, EIO): a pulled USB stick, a dropped
    network drive. The file itself is not judged: it may be whole once the disk is back."""

    code = "database_unavailable"
    retryable = True

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"Disken där databasen {path} ligger svarar inte. Har USB-minnet tagits ut eller "
            "nätverket kopplats från? Sätt tillbaka det och försök igen. Om du just ändrade "
            "något sparades det inte, men det du sparade tidigare ligger kvar i filen.",
        )


class DatabaseTooNewError(DatabaseError):
    code = "database_too_new"

    def __init__(self, path: Path | str, found: int, known: int) -> None:
        super().__init__(
            path,
            f"Databasen {path} har schemaversion {found}, men den här versionen av "
            f"programmet känner bara till version {known}. Uppdatera programmet.",
        )
        self.found = found
        self.known = known


class MigrationFailedError(DatabaseError):
    code = "migration_failed"

    def __init__(self, path: Path | str, version: int, reason: str) -> None:
        super().__init__(
            path,
            f"Databasen {path} kunde inte uppgraderas till version {version} ({reason}). "
            "Filen är oförändrad.",
        )
        self.version = version


class BackupError(HallbarError):
    """A backup that could not be made, or that cannot be restored."""

    code = "backup"

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)

    @classmethod
    def not_made(
        cls, database: Path | str, reason: str, folder: Path | str | None = None
    ) -> BackupError:
        where = f" {folder}" if folder is not None else " för säkerhetskopior"
        return cls(
            database,
            f"Säkerhetskopian av {database} kunde inte göras ({reason}). Databasen har inte "
            f"ändrats. Frigör utrymme på disken eller kontrollera mappen{where}, och försök "
            "igen.",
        )

    @classmethod
    def not_restorable(cls, backup: Path | str, reason: str) -> BackupError:
        return cls(
            backup,
            f"Säkerhetskopian {backup} kan inte återställas, eftersom {reason}. Databasen har "
            "inte ändrats. Välj en annan säkerhetskopia.",
        )

    @classmethod
    def not_restored(cls, database: Path | str, reason: str) -> BackupError:
        return cls(
            database,
            f"Databasen {database} kunde inte återställas ({reason}). Den har inte ändrats. "
            "Frigör utrymme på disken eller kontrollera mappen, och försök igen.",
        )


class TemplateError(HallbarError):
    """A readiness template file that cannot be used."""

    code = "template"


class ExportTargetError(HallbarError):
    """An export file that cannot be written where the user asked for it."""

    code = "export_target"

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)

    @classmethod
    def folder_missing(cls, path: Path | str) -> ExportTargetError:
        return cls(path, f"Mappen {Path(path).parent} finns inte, så {path} kan inte skapas.")

    @classmethod
    def is_folder(cls, path: Path | str) -> ExportTargetError:
        return cls(path, f"{path} är en mapp. Ange ett filnamn.")

    @classmethod
    def not_writable(cls, path: Path | str) -> ExportTargetError:
        return cls(
            path,
            f"Filen {path} går inte att skriva. Den kan vara öppen i ett annat program, "
            "till exempel Excel, eller skrivskyddad. Stäng den och försök igen, "
            "eller välj ett annat filnamn.",
        )

    @classmethod
    def folder_not_writable(cls, path: Path | str) -> ExportTargetError:
        return cls(
            path,
            f"Du har inte behörighet att skapa filer i mappen {Path(path).parent}. "
            "Välj en annan mapp.",
        )

    @classmethod
    def disk_full(cls, path: Path | str) -> ExportTargetError:
        return cls(
            path,
            f"Filen {path} kunde inte sparas eftersom disken är full. Ingen halvfärdig fil "
            "lämnades kvar. Frigör utrymme eller välj en annan mapp, till exempel på datorns "
            "egen disk, och försök igen.",
        )

    @classmethod
    def folder_gone(cls, path: Path | str) -> ExportTargetError:
        return cls(
            path,
            f"Mappen {Path(path).parent} försvann medan {Path(path).name} sparades. Har "
            "USB-minnet tagits ut eller nätverket kopplats från? Ingen halvfärdig fil lämnades "
            "kvar. Anslut den igen, eller välj en annan mapp, och försök igen.",
        )

    @classmethod
    def write_failed(cls, path: Path | str, reason: str) -> ExportTargetError:
        return cls(
            path,
            f"Filen {path} kunde inte sparas ({reason}). Ingen halvfärdig fil lämnades kvar. "
            "Försök igen, eller välj en annan mapp.",
        )


class ConflictError(HallbarError):
    """Someone else changed a record since this window read it, in a field this edit changes.

    ``clashes`` holds (field, value stored now, value this edit wanted) for each such field, so
    a window can show both; nothing of the edit was stored."""

    code = "changed_by_someone_else"

    def __init__(self, message: str, clashes: tuple[tuple[str, object, object], ...]) -> None:
        super().__init__(message)
        self.clashes = clashes


class DatabaseLockLostError(DatabaseError):
    """The lock file beside an open database was removed or replaced, so this window may no
    longer be the only one changing the file; the change was not saved."""

    code = "database_lock_lost"

    def __init__(
        self, path: Path | str, *, lock_path: Path | str, reason: str | None = None
    ) -> None:
        if reason is None:
            what = f"låsfilen {lock_path} har tagits bort eller bytts ut medan databasen var öppen"
            risk = (
                "Då kan någon annan ha ändrat i databasen under tiden, och din ändring kunde "
                "ha skrivit över deras."
            )
        else:
            what = f"låsfilen {lock_path} gick inte att kontrollera ({reason})"
            risk = (
                "Om databasen ligger på ett USB-minne eller i en nätverksmapp: kontrollera att "
                "den är ansluten."
            )
        super().__init__(
            path,
            f"Ändringen sparades inte i databasen {path}, eftersom {what}. {risk} "
            "Stäng programmet och öppna databasen igen.",
        )
        self.lock_path = Path(lock_path)


class PackageError(HallbarError):
    """A workshop package (.hallbar) that cannot be read as it is; ``place`` says where in it
    (e.g. "workshop 2, action 5, due_on"), and the message starts with that place."""

    code = "package_invalid"

    def __init__(self, place: str, problem: str) -> None:
        super().__init__(f"{place}: {problem}" if place else problem)
        self.place = place
        self.problem = problem
