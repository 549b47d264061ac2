"""Today's schema as SQLAlchemy Core tables; the migrations build it and a test keeps them equal."""

from __future__ import annotations

import sqlalchemy as sa

from hallbar_desktop.storage.column_types import UtcDateTime

metadata = sa.MetaData()


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


meta = sa.Table(
    "hallbar_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

workshops = sa.Table(
    "workshops",
    metadata,
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
    # The server role that made the workshop (its default there), for the facilitator role's
    # row-level security (docs/postgresql-roles.sql); empty in a database file. Not written.
    sa.Column("owner", sa.Text),
)

participants = sa.Table(
    "participants",
    metadata,
    _id(),
    _workshop_ref(),
    sa.Column("alias", sa.String(60), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(200), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
)

ratings = sa.Table(
    "ratings",
    metadata,
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

rating_tallies = sa.Table(
    "rating_tallies",
    metadata,
    sa.Column(
        "workshop_id",
        sa.Uuid,
        sa.ForeignKey("workshops.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("statement_code", sa.String(16), primary_key=True),
    # A key column cannot be NULL, so "Vet ej" is stored as 0 (row mapping in workshop_store).
    sa.Column("scale_value", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("count", sa.Integer, nullable=False),
)

group_scores = sa.Table(
    "group_scores",
    metadata,
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

dependencies = sa.Table(
    "dependencies",
    metadata,
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

actions = sa.Table(
    "actions",
    metadata,
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
    # Added by migration 2, which appends it as the last column.
    sa.Column("votes", sa.Integer, nullable=False, server_default="0"),
)

action_dependencies = sa.Table(
    "action_dependencies",
    metadata,
    sa.Column(
        "action_id", sa.Uuid, sa.ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "dependency_id",
        sa.Uuid,
        sa.ForeignKey("dependencies.id", ondelete="CASCADE"),
        primary_key=True,
        # Added by migration 4: the primary key leads with action_id, so without this the
        # cascade from a removed dependency looked through every link in the file.
        index=True,
    ),
)

prerequisite_checks = sa.Table(
    "prerequisite_checks",
    metadata,
    _id(),
    _workshop_ref(),
    sa.Column("area", sa.String(32), nullable=False),
    sa.Column("prompt", sa.String(300), nullable=False),
    sa.Column("light", sa.String(16)),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("is_strength", sa.Boolean, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
)

success_factors = sa.Table(
    "success_factors",
    metadata,
    _id(),
    _workshop_ref(),
    sa.Column("text", sa.String(300), nullable=False),
    sa.Column("area", sa.String(32)),
    sa.Column("position", sa.Integer, nullable=False),
)

notes = sa.Table(
    "notes",
    metadata,
    _id(),
    _workshop_ref(),
    sa.Column("step", sa.String(32), nullable=False),
    sa.Column("text", sa.String(500), nullable=False),
    # Indexed by migration 4, for the SET NULL when a participant is removed.
    sa.Column(
        "author_id", sa.Uuid, sa.ForeignKey("participants.id", ondelete="SET NULL"), index=True
    ),
    sa.Column("cluster", sa.String(100), nullable=False),
    sa.Column("votes", sa.Integer, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
)

# Added by migration 3: the last copy of a workshop imported from each installation (what the
# next import from there is compared with), and the conflicts an import left to choose.
imported_copies = sa.Table(
    "imported_copies",
    metadata,
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

merge_conflicts = sa.Table(
    "merge_conflicts",
    metadata,
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

# Added by migration 6: the audit log of changes after a workshop is marked Genomförd, one hash
# chain per workshop and installation (domain/audit.py). Only ever inserted into; a purge of
# names blanks user_name, computer and salt.
audit_entries = sa.Table(
    "audit_entries",
    metadata,
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
