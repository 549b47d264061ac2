"""Schema version 3: where imported workshops came from, and the conflicts an import found.

A frozen copy like m001: this step must build exactly what version 3 added, whatever
tables.py says later."""

from __future__ import annotations

import sqlalchemy as sa

from hallbar_desktop.storage.column_types import UtcDateTime

_v3 = sa.MetaData()

# Only the referenced key is described, so that the foreign keys below can be created.
_workshops = sa.Table("workshops", _v3, sa.Column("id", sa.Uuid, primary_key=True))

_imported_copies = sa.Table(
    "imported_copies",
    _v3,
    sa.Column(
        "workshop_id",
        sa.Uuid,
        sa.ForeignKey("workshops.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("origin_id", sa.Uuid, primary_key=True),
    sa.Column("computer", sa.String(200), nullable=False),
    sa.Column("app_version", sa.String(40), nullable=False),
    sa.Column("packed_at", UtcDateTime, nullable=False),
    sa.Column("imported_at", UtcDateTime, nullable=False),
    sa.Column("names_included", sa.Boolean, nullable=False),
    sa.Column("document", sa.Text, nullable=False),
)

_merge_conflicts = sa.Table(
    "merge_conflicts",
    _v3,
    sa.Column(
        "workshop_id",
        sa.Uuid,
        sa.ForeignKey("workshops.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("origin_id", sa.Uuid, primary_key=True),
    sa.Column("kind", sa.String(32), primary_key=True),
    sa.Column("record_key", sa.String(80), primary_key=True),
    # The fields changed on both sides, comma-separated; empty: the record as a whole.
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("found_at", UtcDateTime, nullable=False),
)


def upgrade(connection: sa.Connection) -> None:
    _imported_copies.create(connection)
    _merge_conflicts.create(connection)
