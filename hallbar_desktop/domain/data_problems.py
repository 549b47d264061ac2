"""Values in the file this version cannot use as they are, named so a person can find and fix them.

A value reaches the file past today's entry checks from an older or newer version, a workshop
package, a hand edit or a flipped bit. Reading never fails on one: the value stays in the file
untouched, the record is read with a stand-in where the program needs a valid value, and a
DataProblem says where it is (workshop, record, field) and what the file holds."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from hallbar_desktop.domain.errors import ValidationError

# What a person calls each kind of record (the storage's table names are the codes).
RECORD_LABELS = {
    "workshops": "Workshop",
    "participants": "Deltagare",
    "ratings": "Skattning",
    "group_scores": "Gruppens skattning",
    "rating_tallies": "Handuppräckning",
    "dependencies": "Beroende",
    "actions": "Åtgärd",
    "action_dependencies": "Koppling åtgärd–beroende",
    "prerequisite_checks": "Förutsättning",
    "success_factors": "Framgångsfaktor",
    "notes": "Lapp",
}

# The fields' names as the pages call them; a field not named here is shown by its code.
FIELD_LABELS = {
    "title": "Titel",
    "organisation": "Organisation",
    "unit": "Enhet",
    "change_focus": "Förändring i fokus",
    "held_on": "Datum",
    "place": "Plats",
    "facilitator": "Processledare",
    "variant": "Upplägg",
    "status": "Status",
    "input_mode": "Inmatning",
    "follows_up_id": "Följer upp",
    "current_state": "Nuläge",
    "target_picture": "Målbild",
    "next_steps": "Nästa steg",
    "follow_up_on": "Uppföljning",
    "retention_until": "Sparas till",
    "show_names": "Visa namn",
    "template_json": "Mall för skattningen",
    "created_at": "Skapad",
    "updated_at": "Ändrad",
    "alias": "Alias",
    "name": "Namn",
    "role": "Roll",
    "value": "Skattning",
    "score": "Gruppens skattning",
    "comment": "Kommentar",
    "count": "Antal",
    "scale_value": "Värde",
    "category": "Typ",
    "description": "Beskrivning",
    "location": "Var beroendet finns",
    "impact": "Påverkan",
    "likelihood": "Sannolikhet",
    "influence": "Rådighet",
    "horizon": "Tidshorisont",
    "area": "Område",
    "processes": "Processer",
    "owner": "Ansvarig",
    "strategy": "Strategi",
    "mitigation": "Hantering",
    "votes": "Prickar",
    "priority_override": "Prioritet (ändrad)",
    "dimension_code": "Dimension",
    "action_type": "Typ av åtgärd",
    "contributors": "Medverkande",
    "decision_by": "Beslut krävs av",
    "start_on": "Start",
    "due_on": "Klart senast",
    "priority": "Prioritet",
    "success_indicator": "Hur vi vet att det är klart",
    "resources": "Resursbehov",
    "last_update_at": "Senast uppdaterad",
    "last_update_comment": "Kommentar till uppdateringen",
    "prompt": "Punkt",
    "light": "Trafikljus",
    "note": "Anteckning",
    "is_strength": "Styrka",
    "text": "Text",
    "step": "Steg",
    "author_id": "Skriven av",
    "cluster": "Grupp",
    "position": "Ordning",
    "statement_code": "Påstående",
}

# The records whose stand-in is a value of the field itself, so it can be written in its place.
KEEPABLE_RECORDS = frozenset(
    {
        "workshops",
        "participants",
        "dependencies",
        "actions",
        "prerequisite_checks",
        "success_factors",
        "notes",
    }
)

# Why a value cannot be used as it is: the reason codes a DataProblem carries.
TOO_LONG = "too_long"
EMPTY = "required"
UNKNOWN_CHOICE = "unknown_choice"
IMPOSSIBLE_DATE = "impossible_date"
NOT_A_NUMBER = "not_a_number"
OUT_OF_RANGE = "out_of_range"
UNDECODABLE_TEXT = "undecodable_text"
BROKEN_TEMPLATE = "broken_template"
INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class DataProblem:
    """One value in the file that could not be used as it is.

    ``record`` is the kind of record (a RECORD_LABELS key), ``record_id`` its id or key as
    stored, ``record_label`` what a person knows it by (a title, an alias). ``raw`` is the value
    as the file holds it, made readable; ``stand_in`` what the program shows and uses instead
    ("" when the value is used as it is); ``broken_rule`` the rule the value broke, when one
    refused it; ``left_out`` whether the record is left out of the numbers. What it means is
    worded by hallbar_desktop.error_messages.data_problem_meaning."""

    workshop_id: UUID | None
    workshop_title: str
    record: str
    record_id: str
    record_label: str
    field: str
    raw: str
    reason: str
    stand_in: str = ""
    broken_rule: ValidationError | None = None
    left_out: bool = False

    @property
    def can_keep_stand_in(self) -> bool:
        """Whether what the program shows can be written in place of the stored value: for a
        workshop's facts and its parts, where the stand-in is a value of the field itself (an
        answer or a count that is left out is replaced by entering a new one; a text that is
        too long or empty is mended by editing it)."""
        return (
            self.workshop_id is not None
            and self.record in KEEPABLE_RECORDS
            and self.reason not in (TOO_LONG, EMPTY)
            and (bool(self.stand_in) or self.reason == UNDECODABLE_TEXT)
        )

    @property
    def kept_as(self) -> str:
        """What keeping the stand-in writes, in words."""
        if self.reason == UNDECODABLE_TEXT:
            return "texten som den visas, med � där tecken inte gick att läsa"
        return self.stand_in

    @property
    def record_kind(self) -> str:
        return RECORD_LABELS.get(self.record, self.record)

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    @property
    def shown_value(self) -> str:
        """The stored value as every list, export and page names it."""
        if self.reason in (TOO_LONG, EMPTY):
            return self.raw or "(tomt)"
        return f"okänt värde ({self.raw})"

    @property
    def record_text(self) -> str:
        """The record as a person finds it: its kind, and its title unless it is the workshop."""
        if self.record_label and self.record != "workshops":
            return f"{self.record_kind} ”{self.record_label}”"
        return self.record_kind

    def one_line(self) -> str:
        """The problem in one line, for the command line and the exports."""
        return f"{self.record_text}, {self.field_label}: {self.shown_value}"


def shown_instead(problems: tuple[DataProblem, ...], record: str, field: str) -> str | None:
    """What a list shows for a field whose stored value the program replaced by a stand-in
    ("okänt värde (…)"), so no list passes the stand-in off as the stored value; None when the
    field is fine or its text is shown as it is."""
    for problem in problems:
        if problem.record == record and problem.field == field and problem.stand_in:
            return problem.shown_value
    return None


def raw_text(value: object, limit: int = 80) -> str:
    """A stored value made readable for a list: bytes that are not UTF-8 as \\x escapes, control
    characters escaped, and a long text cut with an ellipsis."""
    if isinstance(value, bytes):
        text = value.decode("utf-8", errors="backslashreplace")
    elif isinstance(value, str):
        try:
            # A text read with surrogateescape holds the bytes that were not UTF-8.
            text = value.encode("utf-8", errors="surrogateescape").decode(
                "utf-8", errors="backslashreplace"
            )
        except UnicodeEncodeError:
            text = value.encode("utf-8", errors="backslashreplace").decode("utf-8")
    else:
        text = str(value)
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
