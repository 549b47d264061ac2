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
    the language the files are written in ("sv", "en"); the user's data stays as entered.

    ``without_personal_data`` ("utan personuppgifter", the default for roll-ups) leaves out
    also what ``include_names`` off keeps: aliases someone typed (they become "Deltagare N"),
    the facilitator's name and who wrote a note (domain.retention.without_personal_data);
    ``include_names`` is then off."""

    exported_at: datetime
    app_version: str
    include_names: bool = False
    without_personal_data: bool = False
    selection: Selection | None = None
    language: str = "sv"

    def __post_init__(self) -> None:
        if self.without_personal_data and self.include_names:
            raise ValueError("without_personal_data leaves the names out")
