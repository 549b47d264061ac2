"""Where the data is: a database file's path, or the address of a PostgreSQL server."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from hallbar_desktop.domain.server_errors import ServerAddressError

# What libpq itself accepts as a connection URI (postgres:// is its older spelling).
SERVER_SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """A libpq connection URI without a password, e.g. ``postgresql://anna@db.region.se/hallbar``
    or ``postgresql:///?service=hallbar``; the password comes from PGPASSWORD, ~/.pgpass, a
    service file or a prompt, never from the address, so the address can be shown and kept."""

    url: str

    def __post_init__(self) -> None:
        if not self.url.startswith(SERVER_SCHEMES):
            raise ServerAddressError(self.url, "address_not_postgresql")
        try:
            parts = urlsplit(self.url)
            query = dict(parse_qsl(parts.query))
        except ValueError as error:
            raise ServerAddressError(self.url, str(error)) from error
        if parts.password is not None or "password" in query:
            # Said without repeating the address: it holds the password.
            raise ServerAddressError("", "password_in_address")

    @property
    def user(self) -> str:
        parts = urlsplit(self.url)
        return unquote(parts.username or "") or dict(parse_qsl(parts.query)).get("user", "")

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def database(self) -> str:
        parts = urlsplit(self.url)
        return unquote(parts.path.lstrip("/")) or dict(parse_qsl(parts.query)).get("dbname", "")

    def __str__(self) -> str:
        return self.url


@dataclass(frozen=True, slots=True)
class HelperAccess:
    """How a process of this program's own (the phones' server) opens the database this one
    has open: its location, the password typed for a server (None: libpq finds its own), and
    the token of the lock file this process holds on a file (None: it holds none)."""

    location: Path | ServerAddress
    # Not in its repr: a log line or an error that shows the access must not show it.
    password: str | None = field(default=None, repr=False)
    lock_token: str | None = None


def is_server_address(text: str) -> bool:
    return text.startswith(SERVER_SCHEMES)


def database_location(text: str) -> Path | ServerAddress:
    """``--db``'s value: a server's address when it starts with postgresql://, else a path."""
    return ServerAddress(text) if is_server_address(text) else Path(text)
