"""`hallbar _room-process`: the phones' server for the window that started it (room_process.py)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def main() -> int:
    """Read the database's settings from stdin and open it with the window's leave to write;
    then the address's, and serve the phones until the window says stop or its end of the
    pipe closes."""
    from hallbar_desktop.domain.errors import HallbarError
    from hallbar_desktop.room_server.room_process import refuse_start, serve_parent

    lines, out = sys.stdin.buffer, sys.stdout.buffer
    # Nothing but the answers may reach the window's pipe: a stray print goes to stderr.
    sys.stdout = sys.stderr
    # Loaded before the window says what to serve: it makes this process when F7 opens, so
    # that Starta waits only for the file to open and the port to be bound.
    _load_modules()
    database = _settings(lines.readline())
    if database is None:
        return 0  # the window closed without starting it, or it is not a window of ours
    try:
        engine, service = _open(database)
    except HallbarError as error:
        refuse_start(out, error)
        return 1
    try:
        # The database is open before Starta; then the address, language and round come.
        serve = _settings(lines.readline())
        if serve is not None:
            serve_parent(service, {**database, **serve}, lines, out)
    finally:
        engine.dispose()
    return 0


def _settings(line: bytes) -> dict[str, Any] | None:
    try:
        settings = json.loads(line) if line.strip() else None
    except ValueError:
        return None
    return settings if isinstance(settings, dict) else None


def _load_modules() -> None:
    # The join QR code is drawn at Starta, which the window waits for: segno's modules (26 ms)
    # load before.
    import segno  # noqa: F401

    import hallbar_desktop.app
    import hallbar_desktop.room_server.http_server
    import hallbar_desktop.services.workshop_service
    import hallbar_desktop.storage.database
    import hallbar_desktop.storage.database_lock
    import hallbar_desktop.storage.workshop_store  # noqa: F401


def _open(settings: dict[str, Any]) -> tuple[Any, Any]:
    """The window's database, without its lock (the window holds it) and without backups (the
    window made today's): every write first checks that the window still holds the lock."""
    from hallbar_desktop.app import template_service
    from hallbar_desktop.domain.database_address import ServerAddress
    from hallbar_desktop.services.workshop_service import WorkshopService
    from hallbar_desktop.storage.database import open_database
    from hallbar_desktop.storage.workshop_store import SqlWorkshopStore

    parent = int(settings["parent"])
    location: Path | ServerAddress
    if settings["server"]:
        location = ServerAddress(settings["database"])
        engine = open_database(
            location, password=settings["password"], write_guard=_parent_lives(parent)
        )
    else:
        location = Path(settings["database"])
        engine = open_database(
            location,
            create_if_missing=False,
            write_guard=_parent_holds(location, settings["lock_token"], parent),
        )
    templates = template_service()
    template = templates.builtin
    store = SqlWorkshopStore(engine, location, fallback_template=template)
    return engine, WorkshopService(store, template, templates=templates)


def _parent_lives(parent: int) -> Callable[[], None]:
    from hallbar_desktop.domain.errors import HallbarError

    def guard() -> None:
        if os.getppid() != parent:
            raise HallbarError("room_process_gone")

    return guard


def _parent_holds(database: Path, token: str | None, parent: int) -> Callable[[], None]:
    """The window's lock on the file is what lets this process write: only while the window
    lives and its lock file is the one it took. A window without a lock (the tests' services)
    lets it write while it lives."""
    from hallbar_desktop.storage.database_lock import verify_holders_lock

    lives = _parent_lives(parent)

    def guard() -> None:
        lives()
        if token is not None:
            verify_holders_lock(database, token, parent)

    return guard
