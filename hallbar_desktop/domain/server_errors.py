"""Errors about a database on a PostgreSQL server: its address, reaching it, its rights."""

from __future__ import annotations

from hallbar_desktop.domain.errors import DatabaseError, HallbarError


class ServerAddressError(HallbarError):
    """A --db value that starts like a server's address but cannot be used as one."""

    code = "server_address"

    def __init__(self, address: str, reason: str) -> None:
        shown = f" {address}" if address else ""
        super().__init__(f"Databasserverns adress{shown} går inte att använda: {reason}.")


class DatabaseServerError(DatabaseError):
    """A PostgreSQL server that cannot be reached, or that refuses what the app asks of it.
    ``address`` is a ServerAddress (kept as ``path``, as a file's errors keep theirs)."""

    code = "database_server"

    @classmethod
    def unreachable(cls, address: object, detail: str) -> DatabaseServerError:
        error = cls(
            address,
            f"Databasservern {address} kan inte nås ({detail}). Kontrollera adressen och "
            "nätverket, eller fråga den som sköter servern om den är igång.",
        )
        error.retryable = True
        return error

    @classmethod
    def login_refused(cls, address: object, detail: str) -> DatabaseServerError:
        return cls(
            address,
            f"Databasservern {address} godtog inte inloggningen ({detail}). Kontrollera "
            "användarnamnet och lösenordet (PGPASSWORD, ~/.pgpass eller tjänstefilen).",
        )

    @classmethod
    def right_missing(cls, address: object, detail: str) -> DatabaseServerError:
        return cls(
            address,
            f"Du saknar behörighet för det här i databasen {address} ({detail}). Be den som "
            "sköter servern om rätten; docs/postgresql.md beskriver rollerna.",
        )

    @classmethod
    def busy(cls, address: object) -> DatabaseServerError:
        error = cls(
            address,
            f"Databasen {address} är upptagen av någon annans ändring just nu, så din ändring "
            "sparades inte. Försök igen om en stund.",
        )
        error.retryable = True
        return error

    @classmethod
    def not_hallbar(cls, address: object) -> DatabaseServerError:
        return cls(
            address,
            f"Databasen {address} innehåller redan andra tabeller men ingen hallbar-databas, "
            "så programmet använder den inte. Ange en tom databas eller en som hallbar skapat.",
        )

    @classmethod
    def failed(cls, address: object, detail: str) -> DatabaseServerError:
        return cls(address, f"Databasservern {address} svarade med ett fel: {detail}.")

    @classmethod
    def no_backups(cls, address: object) -> DatabaseServerError:
        return cls(
            address,
            f"Databasen {address} ligger på en server. Säkerhetskopior av den tas av servern "
            "(pg_dump eller kontinuerlig arkivering), inte av hallbar; fråga den som sköter "
            "servern.",
        )
