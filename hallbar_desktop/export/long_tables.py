"""The long tables, one row per answer, check, factor or note, that the workbook and CSV share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from hallbar_desktop.domain.action import ActionType
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.rollup import organisation_label
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.export.table_sheet import KIND_WORDS, Column, Kind, TableData

T, L, INT, DAY, LIGHT = Kind.TEXT, Kind.LONG_TEXT, Kind.INTEGER, Kind.DATE, Kind.LIGHT
ID_WIDTH = 37  # a UUID's 36 characters
HAND_COUNT_LABEL = "Handuppräckning"
DONT_KNOW = "Vet ej"
YES_NO = ("Ja", "Nej")

# Every table row says where it comes from, so that rows appended from many files (Power Query
# "Från mapp") keep their origin. Organisation, Workshop and Datum are the first columns, where
# the roll-up has always had them, so a workshop's sheet and a roll-up's sheet have one layout
# and append into one table. The keys are the last columns: Workshop-id, then the row's own id.
# Last, because people read these sheets from the left and never read a UUID, while Power Query
# finds a column by its name; the same place on every sheet makes them easy to find or to hide.
# The title does not wrap: it repeats on every row, and wrapped it would make every row of a
# long table two or three lines high (Jämförelse, one row per workshop, wraps it).
WORKSHOP_COLUMNS = (
    Column("Organisation", 22, about="Organisationen som höll workshoppen."),
    Column("Workshop", 30, about="Workshoppens titel."),
    Column("Datum", 12, DAY, about="Dagen workshoppen hölls."),
)
WORKSHOP_ID = Column(
    "Workshop-id", ID_WIDTH, about="Workshoppens id: samma i alla blad och filer från appen."
)
VARIANT = Column(
    "Typ av workshop",
    14,
    about=(
        "En första workshop eller en uppföljning. Räkna inte ihop en första workshop och dess "
        "uppföljning: jämför dem, som bladet Jämförelse gör."
    ),
    codes=tuple(v.label for v in Variant),
)
FOLLOWS_UP_ID = Column(
    "Följer upp, workshop-id",
    ID_WIDTH,
    about="För en uppföljning: id för workshoppen den följer upp. Tom för en första workshop.",
)


def workshop_values(summary: WorkshopSummary) -> list[Any]:
    return [organisation_label(summary), summary.workshop.title, summary.workshop.held_on]


def _follows_up(summary: WorkshopSummary) -> str | None:
    earlier = summary.workshop.follows_up_id
    return str(earlier) if earlier else None


# --- ratings ------------------------------------------------------------------------------

RATING_COLUMNS = (
    *WORKSHOP_COLUMNS,
    VARIANT,
    Column(
        "Deltagare",
        14,
        about=(
            "Deltagarens nummer i workshoppen (Deltagare 1, 2 …), aldrig namnet. "
            f"{HAND_COUNT_LABEL}: ett svar som räknades med handuppräckning."
        ),
    ),
    Column("Dimensionskod", 14, about="Dimensionens kod i mallen för skattningen (A, B …)."),
    Column("Dimension", 24, about="Dimensionens namn."),
    Column(
        "Ingår i beredskapen",
        11,
        about=(
            "Ja: dimensionen räknas in i förändringsberedskapen. Nej: sårbarhet, en riskprofil "
            "som skattas på samma skala men där ett högt värde är en risk."
        ),
        codes=YES_NO,
    ),
    Column(
        "Kod", 6, about="Påståendets kod (A1, A2 …); med Workshop-id och Deltagare radens nyckel."
    ),
    # Not wrapped: a table of every answer keeps one line per row (the text is in Skattning).
    Column("Påstående", 50, about="Påståendets text."),
    Column(
        "Värde (1–5)",
        11,
        INT,
        about=(
            "Svaret som tal; tomt för Vet ej, så att ett medelvärde av kolumnen lämnar Vet ej "
            "utanför."
        ),
    ),
    Column(
        "Svar",
        8,
        about="Svaret som kod: 1–5 eller Vet ej.",
        codes=("1", "2", "3", "4", "5", DONT_KNOW),
    ),
    WORKSHOP_ID,
    FOLLOWS_UP_ID,
    Column(
        "Svars-id",
        24,
        about=(
            "Radens nyckel: deltagarens nummer och påståendets kod; för handuppräckning även "
            "svaret och svarets nummer i räkningen."
        ),
    ),
)


def rating_rows(summary: WorkshopSummary) -> list[list[Any]]:
    """Every answer, one row each; a hand count gives a row per counted answer, without a
    participant, its key the count it belongs to (statement and value) and its place in it."""
    template = summary.template
    statement = {s.code: (s.text, d) for d in template.dimensions for s in d.statements}
    where = [*workshop_values(summary), summary.workshop.variant.label]
    ids = [str(summary.workshop.id), _follows_up(summary)]

    def row(who: str, code: str, value: int | None, key: str) -> list[Any]:
        text, dimension = statement.get(code, (None, None))
        return [
            *where,
            who,
            dimension.code if dimension else None,
            dimension.label if dimension else None,
            ("Ja" if dimension.in_readiness else "Nej") if dimension else None,
            code,
            text,
            value,
            DONT_KNOW if value is None else str(value),
            *ids,
            key,
        ]

    # An answer's key is the participant's number and the statement, never the participant's
    # id: that id is in a workshop package, which may carry names, and would tie a rating to one.
    rows = [
        row(
            r.participant_label,
            r.statement_code,
            r.value,
            f"{r.participant_label}/{r.statement_code}",
        )
        for r in summary.pseudonymous_ratings
    ]
    rows += [
        row(
            HAND_COUNT_LABEL,
            t.statement_code,
            t.value,
            f"{HAND_COUNT_LABEL}/{t.statement_code}/{t.value or DONT_KNOW}/{n}",
        )
        for t in summary.tallies
        for n in range(1, t.count + 1)
    ]
    return rows


# --- prerequisites and success factors ----------------------------------------------------

AREA = Column("Område", 20, about="Förutsättningsområdet.", codes=tuple(a.label for a in Area))
CHECK_COLUMNS = (
    *WORKSHOP_COLUMNS,
    AREA,
    Column("Punkt", 50, L, about="Punkten på checklistan för förutsättningar."),
    Column(
        "Trafikljus",
        11,
        LIGHT,
        about="Gruppens bedömning av punkten; tomt om den inte bedömdes.",
        codes=tuple(light.label for light in TrafficLight),
    ),
    Column("Anteckning", 40, L, about="Gruppens anteckning om punkten."),
    Column(
        "Styrka att bygga vidare på",
        14,
        about="Ja: gruppen ser punkten som en styrka.",
        codes=("Ja",),
    ),
    WORKSHOP_ID,
    Column("Förutsättnings-id", ID_WIDTH, about="Punktens id: radens nyckel."),
)
FACTOR_COLUMNS = (
    *WORKSHOP_COLUMNS,
    Column("Framgångsfaktor", 50, L, about="En framgångsfaktor som gruppen skrev."),
    AREA,
    WORKSHOP_ID,
    Column("Framgångsfaktor-id", ID_WIDTH, about="Faktorns id: radens nyckel."),
)


def _label(choice: Any) -> str | None:
    return choice.label if choice is not None else None


def check_rows(summary: WorkshopSummary) -> list[list[Any]]:
    where, workshop_id = workshop_values(summary), str(summary.workshop.id)
    return [
        [
            *where,
            c.area.label,
            c.prompt,
            _label(c.light),
            c.note,
            c.is_strength or None,
            workshop_id,
            str(c.id),
        ]
        for c in summary.prerequisite_checks
    ]


def factor_rows(summary: WorkshopSummary) -> list[list[Any]]:
    where, workshop_id = workshop_values(summary), str(summary.workshop.id)
    return [
        [*where, f.text, _label(f.area), workshop_id, str(f.id)] for f in summary.success_factors
    ]


# --- brainstorm notes ---------------------------------------------------------------------

# The types participants choose between when they write a note for a step (the input mode's
# buttons); a note's group is its type when it is one of them.
NOTE_TYPES: dict[WorkshopStep, frozenset[str]] = {
    WorkshopStep.DEPENDENCIES: frozenset(c.label for c in DependencyCategory),
    WorkshopStep.PREREQUISITES: frozenset(a.label for a in Area),
    WorkshopStep.ACTIONS: frozenset(t.label for t in ActionType),
}
NOTE_COLUMNS = (
    *WORKSHOP_COLUMNS,
    Column("Steg", 22, about="Steget lappen skrevs i.", codes=tuple(s.label for s in WorkshopStep)),
    Column("Nr i steget", 8, INT, about="Lappens plats bland stegets lappar."),
    Column("Lapp", 50, L, about="Texten på lappen, som den skrevs."),
    Column(
        "Grupp",
        20,
        about="Gruppen lappen ligger i, som processledaren samlade dem; tom utan grupp.",
    ),
    Column(
        "Typ",
        20,
        about=(
            "Lappens typ när gruppen är en av stegets typer (typ av beroende, "
            "förutsättningsområde, typ av åtgärd); annars tom."
        ),
    ),
    Column(
        "Prickar",
        9,
        INT,
        about="Prickar lappen fick i prioriteringen; 0 för lappar som ingen prickade.",
    ),
    WORKSHOP_ID,
    Column("Lapp-id", ID_WIDTH, about="Lappens id: radens nyckel."),
)


def note_rows(summary: WorkshopSummary) -> list[list[Any]]:
    """Every note, those nobody gave a dot too, in step order then in its place in the step."""
    where, workshop_id = workshop_values(summary), str(summary.workshop.id)
    rows = []
    for note in summary.notes:
        group = note.cluster.strip()
        rows.append(
            [
                *where,
                note.step.label,
                note.position,
                note.text,
                group or None,
                group if group in NOTE_TYPES.get(note.step, ()) else None,
                note.votes,
                workshop_id,
                str(note.id),
            ]
        )
    return rows


# --- the tables every export holds, and what each column means -----------------------------


def long_tables(summaries: Sequence[WorkshopSummary]) -> dict[str, TableData]:
    """The long tables of ``summaries`` by table name: answers, checks, factors and notes."""
    tables = (
        TableData("Radata", RATING_COLUMNS, [r for s in summaries for r in rating_rows(s)]),
        TableData("Forutsattningar", CHECK_COLUMNS, [r for s in summaries for r in check_rows(s)]),
        TableData(
            "Framgangsfaktorer", FACTOR_COLUMNS, [r for s in summaries for r in factor_rows(s)]
        ),
        TableData("Lappar", NOTE_COLUMNS, [r for s in summaries for r in note_rows(s)]),
    )
    return {t.name: t for t in tables}


ABOUT_COLUMNS = (
    Column("Blad", 22, about="Bladet i arbetsboken (eller filen, för CSV)."),
    Column("Fil", 22, about="CSV-filen med samma tabell."),
    Column("Kolumn", 28, about="Kolumnens rubrik."),
    Column("Innehåll", 30, L, about="Vad kolumnen innehåller: text, heltal, decimaltal, datum."),
    Column("Beskrivning", 60, L, about="Vad kolumnen betyder."),
    Column("Koder", 40, L, about="Värdena kolumnen kan ha, åtskilda med semikolon."),
)


def selection_rows(settings: ExportSettings) -> list[list[Any]]:
    """The filter the workshops were chosen by, as rows of the "Om data" table."""
    selection = settings.selection

    def row(label: str, value: Any, about: str) -> list[Any]:
        shown = value.isoformat() if isinstance(value, date) else value
        return ["Urval", None, label, shown, about, None]

    if selection is None:
        return [row("Urval", "Valda en och en", "Workshopparna valdes en och en, utan filter.")]
    return [
        row(
            "Organisation",
            selection.organisation or "Alla",
            "Bara workshoppar från den här organisationen (hallbar export --organisation).",
        ),
        row(
            "Från och med",
            selection.date_from or "Inget",
            "Bara workshoppar hållna den dagen eller senare (--from).",
        ),
        row(
            "Till och med",
            selection.date_to or "Inget",
            "Bara workshoppar hållna den dagen eller tidigare (--to).",
        ),
    ]


def about_rows(
    sheets: Sequence[tuple[str, str | None, TableData]],
    settings: ExportSettings,
    meaning: Callable[[Column], str],
) -> list[list[Any]]:
    """One row per column of every table: sheet, CSV file, header, kind, meaning, codes."""
    rows = selection_rows(settings)
    for sheet, file_stem, table in sheets:
        for column in table.columns:
            codes = column.codes or column.choices
            rows.append(
                [
                    sheet,
                    f"{file_stem}.csv" if file_stem else None,
                    column.header,
                    KIND_WORDS[column.kind],
                    meaning(column) or None,
                    "; ".join(codes) if codes else None,
                ]
            )
    return rows
