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
from hallbar_desktop.domain.rollup import RollupSummary, organisation_label
from hallbar_desktop.domain.sorting import swedish_sorted
from hallbar_desktop.domain.summary import ActionLine, DependencyLine, WorkshopSummary
from hallbar_desktop.domain.workshop import default_alias
from hallbar_desktop.export.method_text import method_facts
from hallbar_desktop.export.table_sheet import Column, Kind, TableData, write_fact_sheet
from hallbar_desktop.export.table_sheet import write_table_sheet as table_sheet
from hallbar_desktop.file_target import write_atomically

T, L, INT, D, DT, DAY, LIGHT = (
    Kind.TEXT,
    Kind.LONG_TEXT,
    Kind.INTEGER,
    Kind.DECIMAL,
    Kind.DATETIME,
    Kind.DATE,
    Kind.LIGHT,
)

# Every table row says where it comes from, so that rows appended from many files (Power Query
# "Från mapp") keep their origin. Organisation, Workshop and Datum are the first columns, where
# the roll-up has always had them, so a workshop's sheet and a roll-up's sheet have one layout
# and append into one table. The keys are the last columns: Workshop-id, then the row's own id.
# Last, because people read these sheets from the left and never read a UUID, while Power Query
# finds a column by its name; the same place on every sheet makes them easy to find or to hide.
# The title does not wrap: it repeats on every row, and wrapped it would make every row of a
# long table two or three lines high (Jämförelse, one row per workshop, wraps it).
_WORKSHOP_COLUMNS = (
    Column("Organisation", 22),
    Column("Workshop", 30),
    Column("Datum", 12, DAY),
)
ID_WIDTH = 37  # a UUID's 36 characters
_WORKSHOP_ID = Column("Workshop-id", ID_WIDTH)

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
    Column("Status", 13, choices=tuple(s.label for s in ActionStatus)),
    Column("Försenad", 10),
    Column("Prioritet", 10, choices=tuple(p.label for p in Priority)),
    Column("Prickar", 9, INT),
    Column("Hur vet vi att det är klart?", 40, L),
    Column("Resursbehov", 30, L),
    Column("Senaste uppdatering", 17, DT),
    Column("Kommentar", 40, L),
)


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
        a.priority.label,
        a.votes,
        a.success_indicator,
        a.resources,
        a.last_update_at,
        a.last_update_comment,
    ]


def _workshop_values(summary: WorkshopSummary) -> list[Any]:
    return [organisation_label(summary), summary.workshop.title, summary.workshop.held_on]


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


def _overview_rows(summary: WorkshopSummary, settings: ExportSettings) -> list[Any]:
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
        *summary.actions_per_status,
        ("Försenade åtgärder", summary.overdue_count),
    ]
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
        Column("Spridning att diskutera", 16),
        Column("Trafikljus", 11, LIGHT),
        Column("Dimensionens medelvärde", 13, D),
        Column("Gruppens skattning", 12, INT),
        Column("Gruppens kommentar", 50, L),
        _WORKSHOP_ID,  # with Kod, the row's key
    )


def _raw_rows(summary: WorkshopSummary) -> list[list[Any]]:
    template = summary.template
    text = {s.code: s.text for s in template.statements}
    dimension = {s.code: f"{d.code} {d.label}" for d in template.dimensions for s in d.statements}
    where, workshop_id = _workshop_values(summary), str(summary.workshop.id)
    # An answer's key is the participant's number and the statement, never the participant's
    # id: that id is in a workshop package, which may carry names, and would tie a rating to one.
    rows = [
        [
            *where,
            r.participant_label,
            dimension.get(r.statement_code),
            r.statement_code,
            text.get(r.statement_code),
            r.value,
            r.value is None,
            workshop_id,
            f"{r.participant_label}/{r.statement_code}",
        ]
        for r in summary.pseudonymous_ratings
    ]
    # Hand counts say nobody's answer, so each counted answer is a row of its own without one,
    # its key the count it belongs to (statement and value) and its place in that count.
    rows += [
        [
            *where,
            HAND_COUNT_LABEL,
            dimension.get(t.statement_code),
            t.statement_code,
            text.get(t.statement_code),
            t.value,
            t.value is None,
            workshop_id,
            f"{HAND_COUNT_LABEL}/{t.statement_code}/{t.value or DONT_KNOW}/{n}",
        ]
        for t in summary.tallies
        for n in range(1, t.count + 1)
    ]
    return rows


HAND_COUNT_LABEL = "Handuppräckning"
DONT_KNOW = "Vet ej"


_RAW_COLUMNS = (
    *_WORKSHOP_COLUMNS,
    Column("Deltagare", 14),
    Column("Dimension", 24),
    Column("Kod", 6),
    Column("Påstående", 50, L),
    Column("Värde (1–5)", 11, INT),
    Column("Vet ej", 8),
    _WORKSHOP_ID,
    Column("Svars-id", 24),
)

_CHECK_COLUMNS = (
    *_WORKSHOP_COLUMNS,
    Column("Område", 20),
    Column("Punkt", 50, L),
    Column("Trafikljus", 11, LIGHT),
    Column("Anteckning", 40, L),
    Column("Styrka att bygga vidare på", 14),
    _WORKSHOP_ID,
    Column("Förutsättnings-id", ID_WIDTH),
)
_FACTOR_COLUMNS = (
    *_WORKSHOP_COLUMNS,
    Column("Framgångsfaktor", 50, L),
    Column("Område", 20),
    _WORKSHOP_ID,
    Column("Framgångsfaktor-id", ID_WIDTH),
)


def _check_rows(summary: WorkshopSummary) -> list[list[Any]]:
    where, workshop_id = _workshop_values(summary), str(summary.workshop.id)
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


def _factor_rows(summary: WorkshopSummary) -> list[list[Any]]:
    where, workshop_id = _workshop_values(summary), str(summary.workshop.id)
    return [
        [*where, f.text, _label(f.area), workshop_id, str(f.id)] for f in summary.success_factors
    ]


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
    """The record's key as the other sheets give it: a participant by number, as Svars-id does
    (see _raw_rows), never by id; every other record by its id, or its key, as stored."""
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


def workshop_tables(summary: WorkshopSummary) -> list[tuple[str, tuple[TableData, ...]]]:
    """The table sheets of a workshop's workbook, by sheet name, in order."""
    return [
        (
            "Skattning",
            (TableData("Skattning", _statement_columns(summary), _statement_rows(summary)),),
        ),
        ("Skattning_rådata", (TableData("Radata", _RAW_COLUMNS, _raw_rows(summary)),)),
        ("Beroenden", (TableData("Beroenden", _DEPENDENCY_TABLE, dependency_rows(summary)),)),
        ("Åtgärder", (TableData("Atgarder", _ACTION_TABLE, action_rows(summary)),)),
        (
            "Förutsättningar",
            (
                TableData("Forutsattningar", _CHECK_COLUMNS, _check_rows(summary)),
                TableData("Framgangsfaktorer", _FACTOR_COLUMNS, _factor_rows(summary)),
            ),
        ),
    ]


def about_rows(summaries: Sequence[WorkshopSummary], settings: ExportSettings) -> list[Any]:
    """The "Om underlaget" sheet: the method, and what the keys in the tables are."""
    return [*method_facts(summaries, settings), KEYS_FACT]


def _write_workshop(summary: WorkshopSummary, settings: ExportSettings, path: Path) -> None:
    workbook = Workbook(write_only=True)
    write_fact_sheet(workbook, "Översikt", _overview_rows(summary, settings))
    for title, tables in workshop_tables(summary):
        table_sheet(workbook, title, *tables)
    _problem_sheet(workbook, [summary])
    write_fact_sheet(workbook, "Om underlaget", about_rows([summary], settings))
    workbook.save(path)


def write_workshop_workbook(
    summary: WorkshopSummary, target: Path, settings: ExportSettings
) -> None:
    write_atomically(target, lambda path: _write_workshop(summary, settings, path))


def _comparison(rollup: RollupSummary) -> TableData:
    dims = rollup.dimensions
    columns = (
        _WORKSHOP_COLUMNS[0],
        Column("Workshop", 30, L),
        _WORKSHOP_COLUMNS[2],
        Column("Förvaltning/enhet", 24, L),
        Column("Typ av workshop", 14),
        Column("Deltagare", 10, INT),
        *(Column(f"{d.code} {d.label}", 12, D) for d in dims),
        Column("Beredskap totalt", 11, D),
        Column("Följer upp workshop", 30, L),
        Column("Följer upp, datum", 12, DAY),
        *(Column(f"Före: {d.code} {d.label}", 12, D) for d in dims),
        *(Column(f"Förändring: {d.code} {d.label}", 13, D) for d in dims),
        Column("Beroenden", 10, INT),
        Column("Åtgärder", 10, INT),
        Column("Försenade åtgärder", 11, INT),
        _WORKSHOP_ID,
        Column("Följer upp, workshop-id", ID_WIDTH),
    )
    blank: Sequence[None] = (None,) * len(dims)
    rows = []
    for row in rollup.rows:
        s, earlier = row.summary, row.earlier
        rows.append(
            [
                *_workshop_values(s),
                s.workshop.unit,
                s.workshop.variant.label,
                s.participant_count,
                *row.means,
                s.readiness_mean,
                earlier.workshop.title if earlier else None,
                earlier.workshop.held_on if earlier else None,
                *(row.earlier_means or blank),
                *(row.changes or blank),
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
        "Per organisation (medelvärde av workshopparnas dimensionsmedelvärden)",
        *(
            (
                g.organisation,
                f"{len(g.rows)} workshoppar, {g.dependency_count} beroenden, "
                f"{g.action_count} åtgärder, varav {g.overdue_count} försenade",
            )
            for g in rollup.organisations
        ),
    ]


def _write_rollup(rollup: RollupSummary, settings: ExportSettings, path: Path) -> None:
    workbook = Workbook(write_only=True)
    write_fact_sheet(workbook, "Översikt", _rollup_overview(rollup))
    table_sheet(workbook, "Jämförelse", _comparison(rollup))
    table_sheet(
        workbook,
        "Beroenden",
        TableData(
            "Beroenden",
            _DEPENDENCY_TABLE,
            [row for s in rollup.summaries for row in dependency_rows(s)],
        ),
    )
    table_sheet(
        workbook,
        "Åtgärder",
        TableData(
            "Atgarder", _ACTION_TABLE, [row for s in rollup.summaries for row in action_rows(s)]
        ),
    )
    _problem_sheet(workbook, rollup.summaries)
    write_fact_sheet(workbook, "Om underlaget", about_rows(rollup.summaries, settings))
    workbook.save(path)


def write_rollup_workbook(rollup: RollupSummary, target: Path, settings: ExportSettings) -> None:
    write_atomically(target, lambda path: _write_rollup(rollup, settings, path))
