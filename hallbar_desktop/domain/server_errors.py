"""Errors about a database on a PostgreSQL server: its address, reaching it, its rights."""

from __future__ import annotations

from hallbar_desktop.domain.errors import DatabaseError, HallbarError


class ServerAddressError(HallbarError):
    """A --db value that starts like a server's address but cannot be used as one. ``reason``
    is a code of why (address_not_postgresql, password_in_address) or the parser's own text;
    an address holding a password is not repeated (``address`` is then empty)."""

    code = "server_address"

    def __init__(self, address: str, reason: str) -> None:
        code = "server_address_unusable" if address else "server_address_unusable_unnamed"
        super().__init__(code, address=address, reason=reason)


class DatabaseServerError(DatabaseError):
    """A PostgreSQL server that cannot be reached, or that refuses what the app asks of it.
    ``address`` is a ServerAddress (kept as ``path``, as a file's errors keep theirs);
    ``detail`` is the server's own words."""

    code = "database_server"

    @classmethod
    def unreachable(cls, address: object, detail: str) -> DatabaseServerError:
        error = cls(address, "server_unreachable", detail=detail)
        error.retryable = True
        return error

    @classmethod
    def login_refused(cls, address: object, detail: str) -> DatabaseServerError:
        return cls(address, "server_login_refused", detail=detail)

    @classmethod
    def right_missing(cls, address: object, detail: str) -> DatabaseServerError:
        return cls(address, "server_right_missing", detail=detail)

    @classmethod
    def busy(cls, address: object) -> DatabaseServerError:
        error = cls(address, "server_busy")
        error.retryable = True
        return error

    @classmethod
    def workshop_not_yours(
        cls, address: object, workshop: object, title: str
    ) -> DatabaseServerError:
        """A workshop with this id is there, but row-level security hides it: another
        facilitator's (docs/postgresql.md, Roles). ``title`` is the one being added."""
        return cls(address, "server_workshop_not_yours", workshop=workshop, title=title)

    @classmethod
    def record_not_yours(cls, address: object) -> DatabaseServerError:
        """A record with an id being added is there, in a workshop this user may not see."""
        return cls(address, "server_record_not_yours")

    @classmethod
    def not_hallbar(cls, address: object) -> DatabaseServerError:
        return cls(address, "server_not_hallbar")

    @classmethod
    def failed(cls, address: object, detail: str) -> DatabaseServerError:
        return cls(address, "server_failed", detail=detail)

    @classmethod
    def no_backups(cls, address: object) -> DatabaseServerError:
        return cls(address, "server_no_backups")
