"""Schema version 1: every table of the first release.

A frozen copy, never an import of tables.py: that module is today's schema and moves on,
while this step must build exactly what version 1 was."""

from __future__ import annotations

import sqlalchemy as sa

from hallbar_desktop.storage.column_types import UtcDateTime

_v1 = sa.MetaData()


def _id() -> sa.Column[object]:
    return sa.Column("id", sa.Uuid, primary_key=True)


def _workshop_ref() -> sa.Column[object]:
    return sa.Column(
        "workshop_id",
        sa.Uuid,
        sa.ForeignKey("workshops.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


_meta = sa.Table(
    "hallbar_meta",
    _v1,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

_workshops = sa.Table(
    "workshops",
    _v1,
    _id(),
    sa.Column("title", sa.String(120), nullable=False),
    sa.Column("organisation", sa.String(200), nullable=False),
    sa.Column("unit", sa.String(200), nullable=False),
    sa.Column("change_focus", sa.Text, nullable=False),
    sa.Column("held_on", sa.Date),
    sa.Column("place", sa.String(200), nullable=False),
    sa.Column("facilitator", sa.String(200), nullable=False),
    sa.Column("variant", sa.String(32), nullable=False),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("input_mode", sa.String(32), nullable=False),
    sa.Column("follows_up_id", sa.Uuid, sa.ForeignKey("workshops.id", ondelete="SET NULL")),
    sa.Column("current_state", sa.Text, nullable=False),
    sa.Column("target_picture", sa.Text, nullable=False),
    sa.Column("next_steps", sa.Text, nullable=False),
    sa.Column("follow_up_on", sa.Date),
    sa.Column("retention_until", sa.Date),
    sa.Column("show_names", sa.Boolean, nullable=False),
    sa.Column("template_json", sa.Text, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
)

_participants = sa.Table(
    "participants",
    _v1,
    _id(),
    _workshop_ref(),
    sa.Column("alias", sa.String(60), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(200), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
)

_ratings = sa.Table(
    "ratings",
    _v1,
    _workshop_ref(),
    sa.Column(
        "participant_id",
        sa.Uuid,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("statement_code", sa.String(16), primary_key=True),
    sa.Column("value", sa.Integer),
)

_group_scores = sa.Table(
    "group_scores",
    _v1,
    sa.Column(
        "workshop_id",
        sa.Uuid,
        sa.ForeignKey("workshops.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("dimension_code", sa.String(16), primary_key=True),
    sa.Column("score", sa.Integer),
    sa.Column("comment", sa.Text, nullable=False),
)

_dependencies = sa.Table(
    "dependencies",
    _v1,
    _id(),
    _workshop_ref(),
    sa.Column("category", sa.String(32), nullable=False),
    sa.Column("title", sa.String(100), nullable=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("location", sa.String(32)),
    sa.Column("impact", sa.Integer),
    sa.Column("likelihood", sa.Integer),
    sa.Column("influence", sa.String(32)),
    sa.Column("horizon", sa.String(32)),
    sa.Column("area", sa.String(32)),
    sa.Column("processes", sa.String(300), nullable=False),
    sa.Column("owner", sa.String(200), nullable=False),
    sa.Column("strategy", sa.String(32)),
    sa.Column("mitigation", sa.Text, nullable=False),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("votes", sa.Integer, nullable=False),
    sa.Column("priority_override", sa.String(32)),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
)

_actions = sa.Table(
    "actions",
    _v1,
    _id(),
    _workshop_ref(),
    sa.Column("title", sa.String(120), nullable=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("area", sa.String(32)),
    sa.Column("dimension_code", sa.String(16)),
    sa.Column("action_type", sa.String(32)),
    sa.Column("owner", sa.String(200), nullable=False),
    sa.Column("contributors", sa.String(200), nullable=False),
    sa.Column("decision_by", sa.String(200), nullable=False),
    sa.Column("start_on", sa.Date),
    sa.Column("due_on", sa.Date),
    sa.Column("follow_up_on", sa.Date),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("priority", sa.String(32), nullable=False),
    sa.Column("success_indicator", sa.Text, nullable=False),
    sa.Column("resources", sa.Text, nullable=False),
    sa.Column("last_update_at", UtcDateTime),
    sa.Column("last_update_comment", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
)

_action_dependencies = sa.Table(
    "action_dependencies",
    _v1,
    sa.Column(
        "action_id", sa.Uuid, sa.ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "dependency_id",
        sa.Uuid,
        sa.ForeignKey("dependencies.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)

_prerequisite_checks = sa.Table(
    "prerequisite_checks",
    _v1,
    _id(),
    _workshop_ref(),
    sa.Column("area", sa.String(32), nullable=False),
    sa.Column("prompt", sa.String(300), nullable=False),
    sa.Column("light", sa.String(16)),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("is_strength", sa.Boolean, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
)

_success_factors = sa.Table(
    "success_factors",
    _v1,
    _id(),
    _workshop_ref(),
    sa.Column("text", sa.String(300), nullable=False),
    sa.Column("area", sa.String(32)),
    sa.Column("position", sa.Integer, nullable=False),
)

_notes = sa.Table(
    "notes",
    _v1,
    _id(),
    _workshop_ref(),
    sa.Column("step", sa.String(32), nullable=False),
    sa.Column("text", sa.String(500), nullable=False),
    sa.Column("author_id", sa.Uuid, sa.ForeignKey("participants.id", ondelete="SET NULL")),
    sa.Column("cluster", sa.String(100), nullable=False),
    sa.Column("votes", sa.Integer, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
)


def upgrade(connection: sa.Connection) -> None:
    _v1.create_all(connection)
