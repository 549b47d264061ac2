"""What the user chose for an export, and the facts stamped on every exported file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportSettings:
    """``include_names`` adds a participant list with names; off by default because names are
    personal data (domain §3.9). Ratings are pseudonymised either way."""

    exported_at: datetime
    app_version: str
    include_names: bool = False
