"""A workshop package: workshops carried from one installation to another, and where from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from hallbar_desktop.domain.contents import WorkshopContents


@dataclass(frozen=True, slots=True, kw_only=True)
class PackageOrigin:
    """Which database packed the workshops (its installation id), on which computer, with
    which version of the app, and when (UTC)."""

    installation_id: UUID
    computer: str
    app_version: str
    packed_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Package:
    origin: PackageOrigin
    workshops: tuple[WorkshopContents, ...]
    # Whether participants' names and roles were packed; without them they are empty.
    names_included: bool = False
