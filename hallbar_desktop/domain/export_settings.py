"""What the user chose for an export, and the facts stamped on every exported file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Selection:
    """The filter the workshops were chosen by (``hallbar export --all --organisation NAMN
    --from DATUM --to DATUM``); None in a field: no limit there."""

    organisation: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportSettings:
    """``include_names`` adds a participant list with names; off by default because names are
    personal data (domain §3.9). Ratings are pseudonymised either way. ``selection`` is the
    filter used, None when the workshops were chosen one by one. ``language`` is the code of
    the language the files are written in ("sv", "en"); the user's data stays as entered."""

    exported_at: datetime
    app_version: str
    include_names: bool = False
    selection: Selection | None = None
    language: str = "sv"
