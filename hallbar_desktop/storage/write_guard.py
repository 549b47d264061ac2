"""The mark of a writing transaction, and the check the app makes before each one begins."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

# Execution option that makes a transaction take the write lock at BEGIN (SQLite's BEGIN
# IMMEDIATE, PostgreSQL's advisory lock).
WRITE = "hallbar_write"


def check_before_writes(engine: sa.Engine, write_guard: Callable[[], None] | None) -> None:
    """Call ``write_guard`` at the start of every writing transaction (it raises to refuse);
    listened to first, so a refused write never reaches the lock."""
    if write_guard is None:
        return
    guard = write_guard

    def guard_writes(connection: sa.Connection) -> None:
        if connection.get_execution_options().get(WRITE, False):
            guard()

    sa.event.listen(engine, "begin", guard_writes, insert=True)
