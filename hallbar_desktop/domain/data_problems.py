"""Values in the file this version cannot use as they are, named so a person can find and fix them.

A value reaches the file past today's entry checks from an older or newer version, a workshop
package, a hand edit or a flipped bit. Reading never fails on one: the value stays in the file
untouched, the record is read with a stand-in where the program needs a valid value, and a
DataProblem says where it is (workshop, record, field) and what the file holds."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from hallbar_desktop.domain.errors import N_, Phrase, ValidationError

# What a person calls each kind of record (the storage's table names are the codes), in the
# source language: hallbar_desktop.error_messages words them in the language asked.
RECORD_LABELS = {
    "workshops": N_("Workshop"),
    "participants": N_("Deltagare"),
    "ratings": N_("Skattning"),
    "group_scores": N_("Gruppens skattning"),
    "rating_tallies": N_("Handuppräckning"),
    "dependencies": N_("Beroende"),
    "actions": N_("Åtgärd"),
    "action_dependencies": N_("Koppling åtgärd–beroende"),
    "prerequisite_checks": N_("Förutsättning"),
    "success_factors": N_("Framgångsfaktor"),
    "notes": N_("Lapp"),
}

# The fields' names as the pages call them (worded by the message table like the records); a
# field not named here is shown by its code.
FIELD_LABELS = {
    "title": N_("Titel"),
    "organisation": N_("Organisation"),
    "unit": N_("Enhet"),
    "change_focus": N_("Förändring i fokus"),
    "held_on": N_("Datum"),
    "place": N_("Plats"),
    "facilitator": N_("Processledare"),
    "variant": N_("Upplägg"),
    "status": N_("Status"),
    "input_mode": N_("Inmatning"),
    "follows_up_id": N_("Följer upp"),
    "current_state": N_("Nuläge"),
    "target_picture": N_("Målbild"),
    "next_steps": N_("Nästa steg"),
    "follow_up_on": N_("Uppföljning"),
    "retention_until": N_("Gallras efter"),
    "show_names": N_("Visa namn"),
    "template_json": N_("Mall för skattningen"),
    "created_at": N_("Skapad"),
    "updated_at": N_("Ändrad"),
    "alias": N_("Alias"),
    "name": N_("Namn"),
    "role": N_("Roll"),
    "value": N_("Skattning"),
    "score": N_("Gruppens skattning"),
    "comment": N_("Kommentar"),
    "count": N_("Antal"),
    "scale_value": N_("Värde"),
    "category": N_("Typ"),
    "description": N_("Beskrivning"),
    "location": N_("Var beroendet finns"),
    "impact": N_("Påverkan"),
    "likelihood": N_("Sannolikhet"),
    "influence": N_("Rådighet"),
    "horizon": N_("Tidshorisont"),
    "area": N_("Område"),
    "processes": N_("Processer"),
    "owner": N_("Ansvarig"),
    "strategy": N_("Strategi"),
    "mitigation": N_("Hantering"),
    "votes": N_("Prickar"),
    "priority_override": N_("Prioritet (ändrad)"),
    "dimension_code": N_("Dimension"),
    "action_type": N_("Typ av åtgärd"),
    "contributors": N_("Medverkande"),
    "decision_by": N_("Beslut krävs av"),
    "start_on": N_("Start"),
    "due_on": N_("Klart senast"),
    "priority": N_("Prioritet"),
    "success_indicator": N_("Hur vi vet att det är klart"),
    "resources": N_("Resursbehov"),
    "last_update_at": N_("Senast uppdaterad"),
    "last_update_comment": N_("Kommentar till uppdateringen"),
    "prompt": N_("Punkt"),
    "light": N_("Trafikljus"),
    "note": N_("Anteckning"),
    "is_strength": N_("Styrka"),
    "text": N_("Text"),
    "step": N_("Steg"),
    "author_id": N_("Skriven av"),
    "cluster": N_("Grupp"),
    "position": N_("Ordning"),
    "statement_code": N_("Påstående"),
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
    as the file holds it, made readable; ``stand_in`` what the program shows and uses instead,
    as words of the message table (None when the value is used as it is); ``broken_rule`` the
    rule the value broke, when one refused it; ``left_out`` whether the record is left out of
    the numbers. hallbar_desktop.error_messages words the problem (data_problem_meaning,
    data_problem_line and the parts of it)."""

    workshop_id: UUID | None
    workshop_title: str
    record: str
    record_id: str
    record_label: str
    field: str
    raw: str
    reason: str
    stand_in: Phrase | None = None
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
            and (self.stand_in is not None or self.reason == UNDECODABLE_TEXT)
        )


def replaced_value(
    problems: tuple[DataProblem, ...], record: str, field: str
) -> DataProblem | None:
    """The problem of a field whose stored value the program replaced by a stand-in, so no list
    passes the stand-in off as the stored value (error_messages.shown_instead words it); None
    when the field is fine or its text is shown as it is."""
    for problem in problems:
        if problem.record == record and problem.field == field and problem.stand_in is not None:
            return problem
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
