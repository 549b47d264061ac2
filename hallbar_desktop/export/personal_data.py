"""What an exported file says first about the participants' personal data it holds."""

from __future__ import annotations

from collections.abc import Iterable

from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.retention import personal_data_held
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts

# The label of the statement: the first row of Översikt and of om-data.csv, a fact on a cover.
PERSONAL_DATA_LABEL = N_("Personuppgifter i filen")
REMOVED = N_(
    "Exporterad utan personuppgifter: deltagarnas namn och roller, alias som någon har "
    "skrivit in, processledarens namn och vem som skrev vad är borttagna."
)


def personal_data_statement(
    participants: Iterable[Participant], settings: ExportSettings, texts: ExportTexts = SWEDISH
) -> str:
    """Which personal data of ``participants`` (those the file shows) the file holds; for an
    export "utan personuppgifter" also what was removed, so a reader need not guess."""
    held = texts.choice(personal_data_held(participants, include_names=settings.include_names))
    if settings.without_personal_data:
        return f"{held}. {texts.gettext(REMOVED)}"
    return held
