"""Schema version 2: hand-counted ratings, and dot votes on actions as well as dependencies.

A frozen copy like m001: this step must build exactly what version 2 added, whatever
tables.py says later."""

from __future__ import annotations

import sqlalchemy as sa

_v2 = sa.MetaData()

# Only the referenced key is described, so that the foreign key below can be created.
_workshops = sa.Table("workshops", _v2, sa.Column("id", sa.Uuid, primary_key=True))

_rating_tallies = sa.Table(
    "rating_tallies",
    _v2,
    sa.Column(
        "workshop_id",
        sa.Uuid,
        sa.ForeignKey("workshops.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("statement_code", sa.String(16), primary_key=True),
    sa.Column("scale_value", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("count", sa.Integer, nullable=False),
)


def upgrade(connection: sa.Connection) -> None:
    _rating_tallies.create(connection)
    # SQLite appends an added column; the default fills the rows already there.
    connection.exec_driver_sql("ALTER TABLE actions ADD COLUMN votes INTEGER NOT NULL DEFAULT 0")
