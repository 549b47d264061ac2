"""Schema version 6: the audit log of changes made after a workshop is marked Genomförd.

A frozen copy like m001: this step must build exactly what version 6 added, whatever tables.py
says later. Each workshop has one hash chain per installation that wrote to it (``chain``),
so that entries from two computers, brought together by packages, are kept side by side."""

from __future__ import annotations

import sqlalchemy as sa

from hallbar_desktop.storage.column_types import UtcDateTime

_v6 = sa.MetaData()

# Only the referenced key is described, so that the foreign key below can be created.
_workshops = sa.Table("workshops", _v6, sa.Column("id", sa.Uuid, primary_key=True))

_audit_entries = sa.Table(
    "audit_entries",
    _v6,
    sa.Column(
        "workshop_id",
        sa.Uuid,
        sa.ForeignKey("workshops.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("chain", sa.String(40), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Column("user_name", sa.String(200), nullable=False),
    sa.Column("computer", sa.String(200), nullable=False),
    sa.Column("salt", sa.String(64), nullable=False),
    sa.Column("person_digest", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("record_id", sa.String(80), nullable=False),
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("change", sa.Text, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)


def upgrade(connection: sa.Connection) -> None:
    _audit_entries.create(connection)
