"""Schema version 5: who made each workshop, for the facilitator role on a server.

A frozen copy like m001. On PostgreSQL the column defaults to the database role that inserts
the row, so a facilitator's workshops are theirs; the row-level security that limits a
facilitator to them is the server's own setup (docs/postgresql-roles.sql), not the schema's.
Workshops made before this version get the role that upgrades. In a database file there is
one user, and the column stays empty."""

from __future__ import annotations

import sqlalchemy as sa


def upgrade(connection: sa.Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            "ALTER TABLE workshops ADD COLUMN owner TEXT DEFAULT current_user"
        )
    else:
        connection.exec_driver_sql("ALTER TABLE workshops ADD COLUMN owner TEXT")
