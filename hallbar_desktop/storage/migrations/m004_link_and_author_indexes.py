"""Schema version 4: indexes on the action links' dependency and on a note's author.

A frozen copy like m001: this step must build exactly what version 4 added, whatever
tables.py says later. Without these, removing a dependency made SQLite's foreign-key cascade
look through every action link in the file, and removing a participant every note."""

from __future__ import annotations

import sqlalchemy as sa


def upgrade(connection: sa.Connection) -> None:
    connection.exec_driver_sql(
        "CREATE INDEX ix_action_dependencies_dependency_id ON action_dependencies (dependency_id)"
    )
    connection.exec_driver_sql("CREATE INDEX ix_notes_author_id ON notes (author_id)")
