"""Errors the core raises on purpose; each carries a code and a plain Swedish message."""

from __future__ import annotations

from pathlib import Path


class HallbarError(Exception):
    """An expected problem that the user can understand and act on."""

    code = "hallbar_error"

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

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


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

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"Databasfilen {path} är skrivskyddad, så ändringar kan inte sparas. "
            "Kopiera den till en mapp där du kan skriva, eller ta bort skrivskyddet.",
        )


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
        super().__init__(path, f"Filen {path} är ingen hallbar-databas.")


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
