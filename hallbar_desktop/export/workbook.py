"""The Excel exports: one workbook per workshop, and a roll-up workbook for coordinators."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from hallbar_desktop.domain.action import ActionStatus, Priority
from hallbar_desktop.domain.data_problems import DataProblem
from hallbar_desktop.domain.dependency import (
    DependencyCategory,
    DependencyStatus,
    Quadrant,
)
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.follow_up_comparison import (
    FollowUpComparison,
    MeanChange,
    compare_follow_up,
)
from hallbar_desktop.domain.readiness import Dimension
from hallbar_desktop.domain.rollup import RollupSummary
from hallbar_desktop.domain.sorting import swedish_sorted
from hallbar_desktop.domain.summary import ActionLine, DependencyLine, WorkshopSummary
from hallbar_desktop.domain.workshop import default_alias
from hallbar_desktop.export import long_tables
from hallbar_desktop.export.long_tables import (
    FOLLOWS_UP_ID,
    ID_WIDTH,
    VARIANT,
    WORKSHOP_ID,
    workshop_values,
)
from hallbar_desktop.export.method_text import method_facts
from hallbar_desktop.export.plain_text import counted, printable
from hallbar_desktop.export.table_sheet import Column, Kind, TableData, write_fact_sheet
from hallbar_desktop.export.table_sheet import write_table_sheet as table_sheet
from hallbar_desktop.file_target import write_atomically

T, L, INT, D, DT, DAY, LIGHT, CHANGE = (
    Kind.TEXT,
    Kind.LONG_TEXT,
    Kind.INTEGER,
    Kind.DECIMAL,
    Kind.DATETIME,
    Kind.DATE,
    Kind.LIGHT,
    Kind.CHANGE,
)
APP_NAME = "Hållbar desktop"

_WORKSHOP_COLUMNS = long_tables.WORKSHOP_COLUMNS
_WORKSHOP_ID = WORKSHOP_ID

_DEPENDENCY_COLUMNS = (
    Column("Nr", 6, INT),
    Column("Typ av beroende", 20, choices=tuple(c.label for c in DependencyCategory)),
    Column("Rubrik", 40, L),
    Column("Beskrivning", 60, L),
    Column("Var finns beroendet?", 26, L),
    Column("Påverkan (1–5)", 11, INT),
    Column("Sannolikhet (1–5)", 12, INT),
    Column("Påverkbarhet", 20),
    Column("Påverkbarhet (1–3)", 12, INT),
    Column("Tidshorisont", 12),
    Column("Förutsättningsområde", 20),
    Column("Berörda processer", 30, L),
    Column("Bevakas av", 24, L),
    Column("Hantering", 12),
    Column("Hur hanterar vi det?", 50, L),
    Column("Status", 16, choices=tuple(s.label for s in DependencyStatus)),
    Column("Prickar", 9, INT),
    Column("Kvadrant (beräknad)", 20),
    Column("Prioritet", 20, choices=tuple(q.label for q in Quadrant)),
    Column("Kopplade åtgärder", 40, L),
    Column("Skapad", 17, DT),
    Column("Ändrad", 17, DT),
)

_ACTION_COLUMNS = (
    Column("Nr", 6, INT),
    Column("Åtgärd", 40, L),
    Column("Beskrivning", 60, L),
    Column("Kopplade beroenden (nr)", 12),
    Column("Kopplat till område", 20, L),
    Column("Typ av åtgärd", 22),
    Column("Ansvarig", 24, L),
    Column("Medverkande", 24, L),
    Column("Beslut krävs av", 20, L),
    Column("Start", 12, DAY),
    Column("Klart senast", 12, DAY),
    Column("Följs upp", 12, DAY),
    Column(
        "Status",
        13,
        choices=tuple(s.label for s in ActionStatus),
        about="Åtgärdens status som den är sparad; en försenad åtgärd behåller sin status.",
    ),
    Column(
        "Försenad",
        10,
        about="Ja när Klart senast har passerat och åtgärden varken är klar eller avbruten.",
        codes=("Ja", "Nej"),
    ),
    Column("Dagar försenad", 10, INT, about="Dagar sedan Klart senast; tom om inte försenad."),
    Column("Prioritet", 10, choices=tuple(p.label for p in Priority)),
    Column("Prickar", 9, INT),
    Column("Hur vet vi att det är klart?", 40, L),
    Column("Resursbehov", 30, L),
    Column("Senaste uppdatering", 17, DT),
    Column("Kommentar", 40, L),
)


# What the columns of the record tables mean, for "Om data" (the long tables and the
# comparison describe their columns where they define them).
COLUMN_ABOUT = {
    "Nr": "Numret posten har i workshoppen, som rummet såg det.",
    "Typ av beroende": "Tillväxtverkets typ av beroende (eller Annat).",
    "Rubrik": "Beroendets rubrik.",
    "Beskrivning": "Beskrivningen som gruppen skrev.",
    "Var finns beroendet?": "Var beroendet finns: inom eller utanför organisationen.",
    "Påverkan (1–5)": "Hur mycket beroendet påverkar förändringen, 1 (lite) till 5 (mycket).",
    "Sannolikhet (1–5)": "Hur troligt det är att beroendet blir ett hinder, 1 till 5.",
    "Påverkbarhet": "Hur mycket gruppen kan påverka beroendet, i ord.",
    "Påverkbarhet (1–3)": "Påverkbarheten som tal: 1 utanför vår påverkan, 3 inom vår rådighet.",
    "Tidshorisont": "När beroendet blir aktuellt.",
    "Förutsättningsområde": "Förutsättningsområdet beroendet hör till.",
    "Berörda processer": "Processerna beroendet berör, åtskilda med semikolon.",
    "Bevakas av": "Den som bevakar beroendet.",
    "Hantering": "Hur gruppen valde att möta beroendet.",
    "Hur hanterar vi det?": "Gruppens plan för beroendet.",
    "Status": "Beroendets status som den är sparad.",
    "Prickar": "Prickar posten fick i prioriteringen.",
    "Kvadrant (beräknad)": "Kvadranten som påverkan och påverkbarhet ger.",
    "Prioritet": (
        "För ett beroende: den kvadrant gruppen prioriterade det till. För en åtgärd: Hög, "
        "Medel eller Låg."
    ),
    "Kopplade åtgärder": "Åtgärderna som hanterar beroendet.",
    "Skapad": "När posten skapades.",
    "Ändrad": "När posten senast ändrades.",
    "Åtgärd": "Åtgärdens rubrik.",
    "Kopplade beroenden (nr)": "Numren (Nr i Beroenden) på beroendena åtgärden hanterar.",
    "Kopplat till område": "Dimensionen eller förutsättningsområdet åtgärden hör till.",
    "Typ av åtgärd": "Vilken sorts åtgärd det är.",
    "Ansvarig": "Den som ansvarar för åtgärden.",
    "Medverkande": "De som medverkar.",
    "Beslut krävs av": "Den som måste besluta för att åtgärden ska kunna göras.",
    "Start": "Dagen åtgärden börjar.",
    "Klart senast": "Dagen åtgärden ska vara klar.",
    "Följs upp": "Dagen åtgärden följs upp.",
    "Hur vet vi att det är klart?": "Hur gruppen ser att åtgärden är klar.",
    "Resursbehov": "Tid och pengar åtgärden behöver.",
    "Senaste uppdatering": "När åtgärden senast följdes upp.",
    "Kommentar": "Vad som hänt, vid den senaste uppdateringen.",
    "Åtgärds-id": "Åtgärdens id: radens nyckel.",
    "Kopplade beroenden (id)": "Id för beroendena åtgärden hanterar, åtskilda med semikolon.",
    "Beroende-id": "Beroendets id: radens nyckel.",
    "Dimension": "Dimensionens kod och namn.",
    "Kod": "Påståendets kod: med Workshop-id radens nyckel.",
    "Påstående": "Påståendets text.",
    "n": "Antal som svarade med ett värde (Vet ej räknas inte).",
    "Median": "Medianen av svaren.",
    "Medelvärde": "Medelvärdet av svaren.",
    "Min": "Det lägsta svaret.",
    "Max": "Det högsta svaret.",
    "Spridning": "Max minus min.",
    "Vet ej": "Antal som svarade Vet ej.",
    "Spridning att diskutera": "Markerad när spridningen eller standardavvikelsen är stor.",
    "Trafikljus": "Trafikljuset efter medianen (omvänt för sårbarhet).",
    "Dimensionens medelvärde": "Medelvärdet av dimensionens påståendens medelvärden.",
    "Gruppens skattning": "Skattningen gruppen enades om för dimensionen.",
    "Gruppens kommentar": "Gruppens kommentar till dimensionen.",
    "Post": "Posten i databasen som har ett värde som inte kunde användas.",
    "Fält": "Fältet med värdet.",
    "Värde i filen": "Värdet som det står i databasen.",
    "Vad det betyder": "Vad exporten visar i stället, och varför.",
    "Post-id": "Postens id, eller dess nyckel som databasen har den.",
}
COUNT_ABOUT = "Antal som svarade det värdet."


def column_about(column: Column) -> str:
    if column.about:
        return column.about
    if column.header.startswith("Antal ") and column.kind is INT:
        return COUNT_ABOUT
    return COLUMN_ABOUT.get(column.header, "")


_DEPENDENCY_TABLE = (
    *_WORKSHOP_COLUMNS,
    *_DEPENDENCY_COLUMNS,
    _WORKSHOP_ID,
    Column("Beroende-id", ID_WIDTH),
)
_ACTION_TABLE = (
    *_WORKSHOP_COLUMNS,
    *_ACTION_COLUMNS,
    _WORKSHOP_ID,
    Column("Åtgärds-id", ID_WIDTH),
    Column("Kopplade beroenden (id)", ID_WIDTH),
)
# What the keys are, told in the workbook's "Om underlaget".
KEYS_FACT = (
    "Nycklar",
    "Tabellernas rader börjar med organisation, workshop och datum och slutar med workshoppens "
    "id och radens eget id (Beroende-id, Åtgärds-id och så vidare), så att rader från flera "
    "filer kan läggas ihop och ändå visa var de kommer ifrån. I Skattning är påståendets kod "
    "(Kod) radens nyckel. Åtgärder anger sina beroenden med numret i bladet Beroenden (Nr) och "
    "med deras id. Svars-id är deltagarens nummer och påståendets kod: deltagarnas id finns "
    "inte med, så att ingen skattning kan knytas till ett namn.",
)


def _label(choice: Any) -> str | None:
    return choice.label if choice is not None else None


def dependency_values(line: DependencyLine) -> list[Any]:
    d = line.dependency
    return [
        line.number,
        d.category.label,
        d.title,
        d.description,
        _label(d.location),
        d.impact,
        d.likelihood,
        _label(d.influence),
        d.influence.level if d.influence else None,
        _label(d.horizon),
        _label(d.area),
        "; ".join(p.label for p in swedish_sorted(d.processes, key=lambda p: p.label)),
        d.owner,
        _label(d.strategy),
        d.mitigation,
        d.status.label,
        d.votes,
        _label(line.quadrant),
        _label(line.priority),
        "; ".join(line.action_titles),
        d.created_at,
        d.updated_at,
    ]


def action_values(number: int, line: ActionLine, summary: WorkshopSummary) -> list[Any]:
    a = line.action
    linked_area = a.area.label if a.area else None
    if a.dimension_code:
        try:
            dimension = summary.template.dimension(a.dimension_code)
            linked_area = f"{dimension.code} {dimension.label}"
        except KeyError:
            linked_area = a.dimension_code
    return [
        number,
        a.title,
        a.description,
        ", ".join(str(number) for number, _ in line.dependency_refs),
        linked_area,
        _label(a.action_type),
        a.owner,
        a.contributors,
        a.decision_by,
        a.start_on,
        a.due_on,
        a.follow_up_on,
        a.status.label,
        line.overdue,
        line.days_overdue or None,
        a.priority.label,
        a.votes,
        a.success_indicator,
        a.resources,
        a.last_update_at,
        a.last_update_comment,
    ]


_workshop_values = workshop_values


def dependency_rows(summary: WorkshopSummary) -> list[list[Any]]:
    where, workshop_id = _workshop_values(summary), str(summary.workshop.id)
    return [
        [*where, *dependency_values(line), workshop_id, str(line.dependency.id)]
        for line in summary.dependencies
    ]


def action_rows(summary: WorkshopSummary) -> list[list[Any]]:
    where, workshop_id = _workshop_values(summary), str(summary.workshop.id)
    return [
        [
            *where,
            *action_values(number, line, summary),
            workshop_id,
            str(line.action.id),
            "; ".join(str(i) for _, i in line.dependency_refs),
        ]
        for number, line in enumerate(summary.actions, 1)
    ]


def _overview_rows(
    summary: WorkshopSummary,
    settings: ExportSettings,
    follow_up: FollowUpComparison | None = None,
) -> list[Any]:
    w = summary.workshop
    rows: list[Any] = [
        "Workshoppen",
        ("Titel", w.title),
        ("Organisation", w.organisation),
        ("Förvaltning/enhet", w.unit),
        ("Förändring i fokus", w.change_focus),
        ("Datum", w.held_on),
        ("Plats", w.place),
        ("Processledare", w.facilitator),
        ("Typ av workshop", w.variant.label),
        ("Status", w.status.label),
        ("Arbetsform för skattningen", w.input_mode.label),
        ("Antal deltagare", summary.participant_count),
        ("Deltagare som har skattat", summary.rated_participant_count),
        ("Uppföljning planerad", w.follow_up_on),
        ("Nuläge", w.current_state),
        ("Målbild", w.target_picture),
        ("Nästa steg", w.next_steps),
        None,
        "Förändringsberedskap (medelvärde 1–5)",
        *((f"{d.dimension.code} {d.dimension.label}", d.mean) for d in summary.dimensions),
        ("Beredskap totalt", summary.readiness_mean),
        None,
        "Beroenden per typ",
        *((c.label, n) for c, n in summary.dependencies_per_category),
        (
            "Högprioriterade utan åtgärd med ansvarig och datum",
            len(summary.unhandled_high_priority),
        ),
        None,
        "Åtgärder per status",
        *((status.label, n) for status, n in summary.actions_per_status),
        ("Försenade åtgärder", summary.overdue_count),
    ]
    if follow_up is not None:
        rows += [None, *_follow_up_facts(follow_up)]
    if settings.include_names:
        rows += [
            None,
            "Deltagare (namn visas för att du valde det vid exporten)",
            *(
                (p.alias, ", ".join(x for x in (p.name, p.role) if x.strip()))
                for p in summary.participants
            ),
        ]
    return rows


def _statement_rows(summary: WorkshopSummary) -> list[list[Any]]:
    where, workshop_id = _workshop_values(summary), str(summary.workshop.id)
    rows = []
    for dimension in summary.dimensions:
        group = dimension.group_score
        for result in dimension.statements:
            s = result.stats
            rows.append(
                [
                    *where,
                    f"{dimension.dimension.code} {dimension.dimension.label}",
                    result.statement.code,
                    result.statement.text,
                    s.n,
                    s.median,
                    s.mean,
                    s.minimum,
                    s.maximum,
                    s.spread,
                    *s.counts,
                    s.dont_know,
                    s.sd,
                    "Stor spridning – diskutera" if s.large_spread else None,
                    _label(s.light),
                    dimension.mean,
                    group.score if group else None,
                    group.comment if group else None,
                    workshop_id,
                ]
            )
    return rows


def _statement_columns(summary: WorkshopSummary) -> tuple[Column, ...]:
    counts = tuple(
        Column(f"Antal {a.value} – {a.label.lower()}", 11, INT) for a in summary.template.scale
    )
    return (
        *_WORKSHOP_COLUMNS,
        Column("Dimension", 24),
        Column("Kod", 6),
        Column("Påstående", 50, L),
        Column("n", 6, INT),
        Column("Median", 9, D),
        Column("Medelvärde", 11, D),
        Column("Min", 7, INT),
        Column("Max", 7, INT),
        Column("Spridning", 10, INT),
        *counts,
        Column("Vet ej", 8, INT),
        Column(
            "Standardavvikelse",
            13,
            D,
            about="Standardavvikelsen för svaren (stickprov); Vet ej räknas inte in.",
        ),
        Column("Spridning att diskutera", 16),
        Column("Trafikljus", 11, LIGHT),
        Column("Dimensionens medelvärde", 13, D),
        Column("Gruppens skattning", 12, INT),
        Column("Gruppens kommentar", 50, L),
        _WORKSHOP_ID,  # with Kod, the row's key
    )


PROBLEMS_SHEET = "Problem i databasen"
_PROBLEM_COLUMNS = (
    Column("Workshop", 30, L),
    Column("Post", 30, L),
    Column("Fält", 20),
    Column("Värde i filen", 30, L),
    Column("Vad det betyder", 60, L),
    _WORKSHOP_ID,
    Column("Post-id", ID_WIDTH),  # the record's id, or its key as the file stores it
)


def _problem_key(problem: DataProblem, summary: WorkshopSummary) -> str | None:
    """The record's key as the other sheets give it: a participant by number, as Svars-id
    does (see long_tables.rating_rows), never by id; every other record by its id, or its key,
    as stored."""
    if problem.record not in ("participants", "ratings"):
        return problem.record_id
    participant, _, statement = problem.record_id.partition("/")
    number = next(
        (n for n, p in enumerate(summary.participants, start=1) if str(p.id) == participant),
        None,
    )
    if number is None:
        return None  # a participant the summary does not list has no number, and gets no id
    return f"{default_alias(number)}/{statement}" if statement else default_alias(number)


def _problem_sheet(workbook: Workbook, summaries: Sequence[WorkshopSummary]) -> None:
    """Values the file holds that could not be used as they are: each row of the export that
    shows a stand-in is named here with the value the file holds. No sheet when there are none."""
    rows = [
        [
            p.workshop_title,
            p.record_text,
            p.field_label,
            p.shown_value,
            p.meaning,
            str(p.workshop_id) if p.workshop_id else None,
            _problem_key(p, s),
        ]
        for s in summaries
        for p in s.problems
    ]
    if rows:
        table_sheet(workbook, PROBLEMS_SHEET, TableData("Problem", _PROBLEM_COLUMNS, rows))


def _change_word(change: MeanChange) -> str | None:
    improved = change.improved
    if improved is None:
        return "Oförändrad" if change.change == 0 else None
    return "Bättre" if improved else "Sämre"


_BEFORE_AFTER_COLUMNS = (
    *_WORKSHOP_COLUMNS,
    Column(
        "Nivå",
        12,
        about="Vad raden jämför: beredskapen totalt, en dimension eller ett påstående.",
        codes=("Beredskap totalt", "Dimension", "Påstående"),
    ),
    Column("Dimensionskod", 14, about="Dimensionens kod."),
    Column("Kod", 6, about="Påståendets kod; tom på raderna för dimensioner."),
    Column("Dimension eller påstående", 50, L, about="Dimensionens namn eller påståendets text."),
    Column("Före", 9, D, about="Medelvärdet i workshoppen som följs upp."),
    Column("Efter", 9, D, about="Medelvärdet i uppföljningen."),
    Column("Förändring", 11, CHANGE, about="Efter minus före; tom om någon sida saknar värde."),
    Column(
        "Högt värde är en risk",
        11,
        about="Ja för sårbarhet: där är en sänkning en förbättring.",
        codes=("Ja", "Nej"),
    ),
    Column(
        "Bättre eller sämre",
        12,
        about="Om förändringen är till det bättre, med hänsyn till om högt värde är en risk.",
        codes=("Bättre", "Sämre", "Oförändrad"),
    ),
    Column("Följer upp workshop", 30, about="Titeln på workshoppen som följs upp."),
    Column("Följer upp, datum", 12, DAY, about="Dagen workshoppen som följs upp hölls."),
    _WORKSHOP_ID,
    FOLLOWS_UP_ID,
)


def _before_after_rows(comparison: FollowUpComparison) -> list[list[Any]]:
    later, earlier = comparison.later, comparison.earlier
    where = _workshop_values(later)
    tail = [
        earlier.workshop.title,
        earlier.workshop.held_on,
        str(later.workshop.id),
        str(earlier.workshop.id),
    ]

    def row(level: str, change: MeanChange, code: str | None) -> list[Any]:
        return [
            *where,
            level,
            change.dimension_code or None,
            code,
            change.label,
            change.before,
            change.after,
            change.change,
            "Ja" if change.higher_is_worse else "Nej",
            _change_word(change),
            *tail,
        ]

    rows = [row("Beredskap totalt", comparison.readiness, None)]
    for dimension in comparison.dimensions:
        rows.append(row("Dimension", dimension, None))
        rows += [
            row("Påstående", s, s.code)
            for s in comparison.statements
            if s.dimension_code == dimension.code
        ]
    return rows


def _before_after(comparisons: Sequence[FollowUpComparison]) -> TableData:
    return TableData(
        "ForeEfter",
        _BEFORE_AFTER_COLUMNS,
        [r for c in comparisons for r in _before_after_rows(c)],
    )


def _follow_up_facts(comparison: FollowUpComparison) -> list[Any]:
    earlier = comparison.earlier.workshop
    readiness = comparison.readiness
    done = comparison.earlier_done_count
    total = comparison.earlier_action_count
    return [
        "Uppföljning (bladet Före och efter visar varje dimension och påstående)",
        ("Följer upp workshop", earlier.title),
        ("Den workshoppen hölls", earlier.held_on),
        ("Dess organisation", earlier.organisation),
        ("Beredskap totalt före", readiness.before),
        ("Beredskap totalt efter", readiness.after),
        ("Förändring av beredskapen", readiness.change),
        ("Den tidigare workshoppens åtgärder", counted(total, "åtgärd", "åtgärder")),
        ("Av dem klara", f"{done} av {total}"),
        ("Andel klara", comparison.done_share),
    ]


def workshop_tables(
    summary: WorkshopSummary, follow_up: FollowUpComparison | None = None
) -> list[tuple[str, tuple[TableData, ...]]]:
    """The table sheets of a workshop's workbook, by sheet name, in order."""
    return _table_sheets([summary], [follow_up] if follow_up else [], per_workshop=True)


def _table_sheets(
    summaries: Sequence[WorkshopSummary],
    comparisons: Sequence[FollowUpComparison],
    *,
    per_workshop: bool,
) -> list[tuple[str, tuple[TableData, ...]]]:
    long = long_tables.long_tables(summaries)
    sheets: list[tuple[str, tuple[TableData, ...]]] = []
    if comparisons:
        sheets.append(("Före och efter", (_before_after(comparisons),)))
    if per_workshop:
        (summary,) = summaries
        sheets.append(
            (
                "Skattning",
                (TableData("Skattning", _statement_columns(summary), _statement_rows(summary)),),
            )
        )
    sheets += [
        ("Skattning_rådata", (long["Radata"],)),
        (
            "Beroenden",
            (
                TableData(
                    "Beroenden",
                    _DEPENDENCY_TABLE,
                    [row for s in summaries for row in dependency_rows(s)],
                ),
            ),
        ),
        (
            "Åtgärder",
            (
                TableData(
                    "Atgarder", _ACTION_TABLE, [row for s in summaries for row in action_rows(s)]
                ),
            ),
        ),
        ("Förutsättningar", (long["Forutsattningar"], long["Framgangsfaktorer"])),
        ("Lappar", (long["Lappar"],)),
    ]
    return sheets


# The CSV file each table is also written to (hallbar export --csv), by table name.
CSV_FILES = {
    "Jamforelse": "jamforelse",
    "ForeEfter": "fore-och-efter",
    "Radata": "skattningar",
    "Beroenden": "beroenden",
    "Atgarder": "atgarder",
    "Forutsattningar": "forutsattningar",
    "Framgangsfaktorer": "framgangsfaktorer",
    "Lappar": "lappar",
}
ABOUT_DATA_SHEET = "Om data"


def about_data(
    sheets: Sequence[tuple[str, tuple[TableData, ...]]],
    settings: ExportSettings,
    *,
    csv_only: bool = False,
) -> TableData:
    """The table that names the filter used and explains every column and code of every
    table, for a pivot table or Power BI; ``csv_only`` lists only the tables written as CSV
    files (om-data.csv)."""
    listed = [
        (title, CSV_FILES.get(table.name), table)
        for title, tables in sheets
        for table in tables
        if not csv_only or table.name in CSV_FILES
    ]
    return TableData(
        "OmData",
        long_tables.ABOUT_COLUMNS,
        long_tables.about_rows(listed, settings, column_about),
    )


def about_rows(summaries: Sequence[WorkshopSummary], settings: ExportSettings) -> list[Any]:
    """The "Om underlaget" sheet: the method, and what the keys in the tables are."""
    return [*method_facts(summaries, settings), KEYS_FACT]


def _set_properties(workbook: Workbook, title: str, settings: ExportSettings) -> None:
    """The document's title and creator, as a file manager or Excel's Info pane shows them."""
    workbook.properties.title = printable(title)
    workbook.properties.creator = f"{APP_NAME} {settings.app_version}"
    workbook.properties.created = settings.exported_at.replace(tzinfo=None)


def _write_sheets(
    workbook: Workbook,
    sheets: Sequence[tuple[str, tuple[TableData, ...]]],
    summaries: Sequence[WorkshopSummary],
    settings: ExportSettings,
) -> None:
    for title, tables in sheets:
        table_sheet(workbook, title, *tables)
    _problem_sheet(workbook, summaries)
    table_sheet(workbook, ABOUT_DATA_SHEET, about_data(sheets, settings))
    write_fact_sheet(workbook, "Om underlaget", about_rows(summaries, settings))


def _write_workshop(
    summary: WorkshopSummary,
    settings: ExportSettings,
    path: Path,
    follow_up: FollowUpComparison | None = None,
) -> None:
    workbook = Workbook(write_only=True)
    _set_properties(workbook, summary.workshop.title, settings)
    write_fact_sheet(workbook, "Översikt", _overview_rows(summary, settings, follow_up))
    _write_sheets(workbook, workshop_tables(summary, follow_up), [summary], settings)
    workbook.save(path)


def rollup_tables(rollup: RollupSummary) -> list[tuple[str, tuple[TableData, ...]]]:
    """The table sheets of a roll-up workbook, by sheet name, in order."""
    return [
        ("Jämförelse", (_comparison(rollup),)),
        *_table_sheets(rollup.summaries, rollup_comparisons(rollup), per_workshop=False),
    ]


def write_workshop_workbook(
    summary: WorkshopSummary,
    target: Path,
    settings: ExportSettings,
    follow_up: FollowUpComparison | None = None,
) -> None:
    """``follow_up`` compares a follow-up with the workshop it follows up, when that is known."""
    write_atomically(target, lambda path: _write_workshop(summary, settings, path, follow_up))


def _exposure_dimensions(rollup: RollupSummary) -> tuple[Dimension, ...]:
    """The dimensions outside readiness (the vulnerability block), in the order first met."""
    seen: dict[str, Dimension] = {}
    for summary in rollup.summaries:
        for d in summary.template.dimensions:
            if not d.in_readiness:
                seen.setdefault(d.code, d)
    return tuple(seen.values())


def _comparison(rollup: RollupSummary) -> TableData:
    dims = rollup.dimensions
    exposure = _exposure_dimensions(rollup)
    mean_about = "Dimensionens medelvärde (1–5) i workshoppen."
    exposure_about = (
        "Sårbarhet: dimensionens medelvärde (1–5) på dess egen skala, där ett högt värde är en "
        "risk. Ingår inte i Beredskap totalt."
    )
    columns = (
        _WORKSHOP_COLUMNS[0],
        Column("Workshop", 30, L, about="Workshoppens titel."),
        _WORKSHOP_COLUMNS[2],
        Column("Förvaltning/enhet", 24, L, about="Förvaltningen eller enheten."),
        VARIANT,
        Column("Deltagare", 10, INT, about="Antal deltagare."),
        *(Column(f"{d.code} {d.label}", 12, D, about=mean_about) for d in dims),
        Column(
            "Beredskap totalt",
            11,
            D,
            about="Medelvärdet av beredskapens dimensionsmedelvärden (sårbarhet ingår inte).",
        ),
        *(
            Column(f"Sårbarhet: {d.code} {d.label} (högre är sämre)", 14, D, about=exposure_about)
            for d in exposure
        ),
        Column("Följer upp workshop", 30, L, about="Titeln på workshoppen som följs upp."),
        Column("Följer upp, datum", 12, DAY, about="Dagen workshoppen som följs upp hölls."),
        *(
            Column(
                f"Före: {d.code} {d.label}", 12, D, about="Medelvärdet i workshoppen som följs upp."
            )
            for d in dims
        ),
        *(
            Column(f"Förändring: {d.code} {d.label}", 13, CHANGE, about="Efter minus före.")
            for d in dims
        ),
        *(
            Column(
                f"Förändring: sårbarhet {d.code} (negativ är bättre)",
                14,
                CHANGE,
                about="Efter minus före; för sårbarhet är en sänkning en förbättring.",
            )
            for d in exposure
        ),
        Column(
            "Tidigare åtgärder klara (andel)",
            13,
            D,
            about="Andelen (0–1) av den uppföljda workshoppens åtgärder som är klara.",
        ),
        Column("Beroenden", 10, INT, about="Antal beroenden."),
        Column("Åtgärder", 10, INT, about="Antal åtgärder."),
        Column("Försenade åtgärder", 11, INT, about="Antal försenade åtgärder."),
        _WORKSHOP_ID,
        FOLLOWS_UP_ID,
    )
    blank: Sequence[None] = (None,) * len(dims)

    def exposure_means(summary: WorkshopSummary | None) -> list[float | None]:
        by_code = {d.dimension.code: d.mean for d in summary.dimensions} if summary else {}
        return [by_code.get(d.code) for d in exposure]

    rows = []
    for row in rollup.rows:
        s, earlier = row.summary, row.earlier
        after = exposure_means(s)
        before = exposure_means(earlier) if earlier else [None] * len(exposure)
        share = compare_follow_up(earlier, s).done_share if earlier else None
        rows.append(
            [
                *_workshop_values(s),
                s.workshop.unit,
                s.workshop.variant.label,
                s.participant_count,
                *row.means,
                s.readiness_mean,
                *after,
                earlier.workshop.title if earlier else None,
                earlier.workshop.held_on if earlier else None,
                *(row.earlier_means or blank),
                *(row.changes or blank),
                *(
                    None if a is None or b is None else a - b
                    for a, b in zip(after, before, strict=True)
                ),
                share,
                len(s.dependencies),
                len(s.actions),
                s.overdue_count,
                str(s.workshop.id),
                str(s.workshop.follows_up_id) if s.workshop.follows_up_id else None,
            ]
        )
    return TableData("Jamforelse", columns, rows)


def _rollup_overview(rollup: RollupSummary) -> list[Any]:
    summaries = rollup.summaries
    return [
        "Urvalet",
        ("Antal workshoppar", len(summaries)),
        ("Organisationer", "; ".join(g.organisation for g in rollup.organisations)),
        ("Första workshop", rollup.first_date),
        ("Senaste workshop", rollup.last_date),
        ("Antal deltagare totalt", sum(s.participant_count for s in summaries)),
        ("Beroenden totalt", sum(len(s.dependencies) for s in summaries)),
        ("Åtgärder totalt", sum(len(s.actions) for s in summaries)),
        ("Försenade åtgärder", sum(s.overdue_count for s in summaries)),
        None,
        # A first workshop and its follow-up are not averaged together: the means are on
        # Jämförelse, one row per workshop, with the change beside each follow-up.
        "Per organisation (medelvärden per workshop finns i bladet Jämförelse)",
        *(
            (
                g.organisation,
                f"{counted(len(g.rows), 'workshop', 'workshoppar')}, "
                f"{counted(g.dependency_count, 'beroende', 'beroenden')}, "
                f"{counted(g.action_count, 'åtgärd', 'åtgärder')}, "
                f"varav {counted(g.done_count, 'klar', 'klara')} och "
                f"{counted(g.overdue_count, 'försenad', 'försenade')}",
            )
            for g in rollup.organisations
        ),
    ]


def rollup_comparisons(rollup: RollupSummary) -> list[FollowUpComparison]:
    """Every follow-up in the roll-up against the workshop it follows up, where known."""
    return [compare_follow_up(r.earlier, r.summary) for r in rollup.rows if r.earlier]


def _write_rollup(rollup: RollupSummary, settings: ExportSettings, path: Path) -> None:
    workbook = Workbook(write_only=True)
    _set_properties(
        workbook,
        f"Sammanställning av {counted(len(rollup.rows), 'workshop', 'workshoppar')}",
        settings,
    )
    write_fact_sheet(workbook, "Översikt", _rollup_overview(rollup))
    _write_sheets(workbook, rollup_tables(rollup), rollup.summaries, settings)
    workbook.save(path)


def write_rollup_workbook(rollup: RollupSummary, target: Path, settings: ExportSettings) -> None:
    write_atomically(target, lambda path: _write_rollup(rollup, settings, path))
