"""The Excel exports: one workbook per workshop, and a roll-up workbook for coordinators."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from hallbar_desktop.domain.action import ActionStatus, Priority
from hallbar_desktop.domain.audit import AuditLog
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
from hallbar_desktop.domain.rollup import NO_ORGANISATION, RollupSummary
from hallbar_desktop.domain.summary import ActionLine, DependencyLine, WorkshopSummary
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.error_messages import (
    data_field_label,
    data_problem_meaning,
    data_problem_record,
    data_problem_value,
)
from hallbar_desktop.export import long_tables
from hallbar_desktop.export.audit_appendix import audit_sheets
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts
from hallbar_desktop.export.long_tables import (
    FOLLOWS_UP_ID,
    ID_WIDTH,
    VARIANT,
    WORKSHOP_ID,
    YES_NO,
    choice_label,
    participant_label,
    workshop_values,
)
from hallbar_desktop.export.method_text import method_facts
from hallbar_desktop.export.personal_data import PERSONAL_DATA_LABEL, personal_data_statement
from hallbar_desktop.export.plain_text import printable
from hallbar_desktop.export.table_sheet import (
    MAX_DATA_ROWS,
    Column,
    Kind,
    TableData,
    TablesWorkbook,
    write_fact_sheet,
)
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

_WORKSHOP_COLUMNS = long_tables.WORKSHOP_COLUMNS
_WORKSHOP_ID = WORKSHOP_ID

_DEPENDENCY_COLUMNS = (
    Column(N_("Nr"), 6, INT),
    Column(N_("Typ av beroende"), 20, choices=tuple(c.label for c in DependencyCategory)),
    Column(N_("Rubrik"), 40, L),
    Column(N_("Beskrivning"), 60, L),
    Column(N_("Var finns beroendet?"), 26, L),
    Column(N_("Påverkan (1–5)"), 11, INT),
    Column(N_("Sannolikhet (1–5)"), 12, INT),
    Column(N_("Påverkbarhet"), 20),
    Column(N_("Påverkbarhet (1–3)"), 12, INT),
    Column(N_("Tidshorisont"), 12),
    Column(N_("Förutsättningsområde"), 20),
    Column(N_("Berörda processer"), 30, L),
    Column(N_("Bevakas av"), 24, L),
    Column(N_("Hantering"), 12),
    Column(N_("Hur hanterar vi det?"), 50, L),
    Column(N_("Status"), 16, choices=tuple(s.label for s in DependencyStatus)),
    Column(N_("Prickar"), 9, INT),
    Column(N_("Kvadrant (beräknad)"), 20),
    Column(N_("Prioritet"), 20, choices=tuple(q.label for q in Quadrant)),
    Column(N_("Kopplade åtgärder"), 40, L),
    Column(N_("Skapad"), 17, DT),
    Column(N_("Ändrad"), 17, DT),
)

_ACTION_COLUMNS = (
    Column(N_("Nr"), 6, INT),
    Column(N_("Åtgärd"), 40, L),
    Column(N_("Beskrivning"), 60, L),
    Column(N_("Kopplade beroenden (nr)"), 12),
    Column(N_("Kopplat till område"), 20, L),
    Column(N_("Typ av åtgärd"), 22),
    Column(N_("Ansvarig"), 24, L),
    Column(N_("Medverkande"), 24, L),
    Column(N_("Beslut krävs av"), 20, L),
    Column(N_("Start"), 12, DAY),
    Column(N_("Klart senast"), 12, DAY),
    Column(N_("Följs upp"), 12, DAY),
    Column(
        N_("Status"),
        13,
        choices=tuple(s.label for s in ActionStatus),
        about=N_("Åtgärdens status som den är sparad; en försenad åtgärd behåller sin status."),
    ),
    Column(
        N_("Försenad"),
        10,
        about=N_("Ja när Klart senast har passerat och åtgärden varken är klar eller avbruten."),
        codes=YES_NO,
    ),
    Column(
        N_("Dagar försenad"), 10, INT, about=N_("Dagar sedan Klart senast; tom om inte försenad.")
    ),
    Column(N_("Prioritet"), 10, choices=tuple(p.label for p in Priority)),
    Column(N_("Prickar"), 9, INT),
    Column(N_("Hur vet vi att det är klart?"), 40, L),
    Column(N_("Resursbehov"), 30, L),
    Column(N_("Senaste uppdatering"), 17, DT),
    Column(N_("Kommentar"), 40, L),
)


# What the columns of the record tables mean, for "Om data" (the long tables and the
# comparison describe their columns where they define them).
COLUMN_ABOUT = {
    "Nr": N_("Numret posten har i workshoppen, som rummet såg det."),
    "Typ av beroende": N_("Tillväxtverkets typ av beroende (eller Annat)."),
    "Rubrik": N_("Beroendets rubrik."),
    "Beskrivning": N_("Beskrivningen som gruppen skrev."),
    "Var finns beroendet?": N_("Var beroendet finns: inom eller utanför organisationen."),
    "Påverkan (1–5)": N_("Hur mycket beroendet påverkar förändringen, 1 (lite) till 5 (mycket)."),
    "Sannolikhet (1–5)": N_("Hur troligt det är att beroendet blir ett hinder, 1 till 5."),
    "Påverkbarhet": N_("Hur mycket gruppen kan påverka beroendet, i ord."),
    "Påverkbarhet (1–3)": N_(
        "Påverkbarheten som tal: 1 utanför vår påverkan, 3 inom vår rådighet."
    ),
    "Tidshorisont": N_("När beroendet blir aktuellt."),
    "Förutsättningsområde": N_("Förutsättningsområdet beroendet hör till."),
    "Berörda processer": N_("Processerna beroendet berör, åtskilda med semikolon."),
    "Bevakas av": N_("Den som bevakar beroendet."),
    "Hantering": N_("Hur gruppen valde att möta beroendet."),
    "Hur hanterar vi det?": N_("Gruppens plan för beroendet."),
    "Status": N_("Beroendets status som den är sparad."),
    "Prickar": N_("Prickar posten fick i prioriteringen."),
    "Kvadrant (beräknad)": N_("Kvadranten som påverkan och påverkbarhet ger."),
    "Prioritet": N_(
        "För ett beroende: den kvadrant gruppen prioriterade det till. För en åtgärd: Hög, "
        "Medel eller Låg."
    ),
    "Kopplade åtgärder": N_("Åtgärderna som hanterar beroendet."),
    "Skapad": N_("När posten skapades."),
    "Ändrad": N_("När posten senast ändrades."),
    "Åtgärd": N_("Åtgärdens rubrik."),
    "Kopplade beroenden (nr)": N_("Numren (Nr i Beroenden) på beroendena åtgärden hanterar."),
    "Kopplat till område": N_("Dimensionen eller förutsättningsområdet åtgärden hör till."),
    "Typ av åtgärd": N_("Vilken sorts åtgärd det är."),
    "Ansvarig": N_("Den som ansvarar för åtgärden."),
    "Medverkande": N_("De som medverkar."),
    "Beslut krävs av": N_("Den som måste besluta för att åtgärden ska kunna göras."),
    "Start": N_("Dagen åtgärden börjar."),
    "Klart senast": N_("Dagen åtgärden ska vara klar."),
    "Följs upp": N_("Dagen åtgärden följs upp."),
    "Hur vet vi att det är klart?": N_("Hur gruppen ser att åtgärden är klar."),
    "Resursbehov": N_("Tid och pengar åtgärden behöver."),
    "Senaste uppdatering": N_("När åtgärden senast följdes upp."),
    "Kommentar": N_("Vad som hänt, vid den senaste uppdateringen."),
    "Åtgärds-id": N_("Åtgärdens id: radens nyckel."),
    "Kopplade beroenden (id)": N_("Id för beroendena åtgärden hanterar, åtskilda med semikolon."),
    "Beroende-id": N_("Beroendets id: radens nyckel."),
    "Dimension": N_("Dimensionens kod och namn."),
    "Kod": N_("Påståendets kod: med Workshop-id radens nyckel."),
    "Påstående": N_("Påståendets text."),
    "n": N_("Antal som svarade med ett värde (Vet ej räknas inte)."),
    "Median": N_("Medianen av svaren."),
    "Medelvärde": N_("Medelvärdet av svaren."),
    "Min": N_("Det lägsta svaret."),
    "Max": N_("Det högsta svaret."),
    "Spridning": N_("Max minus min."),
    "Vet ej": N_("Antal som svarade Vet ej."),
    "Spridning att diskutera": N_("Markerad när spridningen eller standardavvikelsen är stor."),
    "Trafikljus": N_("Trafikljuset efter medianen (omvänt för sårbarhet)."),
    "Dimensionens medelvärde": N_("Medelvärdet av dimensionens påståendens medelvärden."),
    "Gruppens skattning": N_("Skattningen gruppen enades om för dimensionen."),
    "Gruppens kommentar": N_("Gruppens kommentar till dimensionen."),
    "Post": N_("Posten i databasen som har ett värde som inte kunde användas."),
    "Fält": N_("Fältet med värdet."),
    "Värde i filen": N_("Värdet som det står i databasen."),
    "Vad det betyder": N_("Vad exporten visar i stället, och varför."),
    "Post-id": N_("Postens id, eller dess nyckel som databasen har den."),
}
COUNT_ABOUT = N_("Antal som svarade det värdet.")


def column_about(column: Column) -> str:
    """What ``column`` means, as Swedish source text."""
    return column.about or COLUMN_ABOUT.get(column.header, "")


_DEPENDENCY_TABLE = (
    *_WORKSHOP_COLUMNS,
    *_DEPENDENCY_COLUMNS,
    _WORKSHOP_ID,
    Column(N_("Beroende-id"), ID_WIDTH),
)
_ACTION_TABLE = (
    *_WORKSHOP_COLUMNS,
    *_ACTION_COLUMNS,
    _WORKSHOP_ID,
    Column(N_("Åtgärds-id"), ID_WIDTH),
    Column(N_("Kopplade beroenden (id)"), ID_WIDTH),
)
# What the keys are, told in the workbook's "Om underlaget".
KEYS_FACT = (
    N_("Nycklar"),
    N_(
        "Tabellernas rader börjar med organisation, workshop och datum och slutar med workshoppens "
        "id och radens eget id (Beroende-id, Åtgärds-id och så vidare), så att rader från flera "
        "filer kan läggas ihop och ändå visa var de kommer ifrån. I Skattning är påståendets kod "
        "(Kod) radens nyckel. Åtgärder anger sina beroenden med numret i bladet Beroenden (Nr) och "
        "med deras id. Svars-id är deltagarens nummer och påståendets kod: deltagarnas id finns "
        "inte med, så att ingen skattning kan knytas till ett namn."
    ),
)


def dependency_values(line: DependencyLine, texts: ExportTexts = SWEDISH) -> list[Any]:
    d = line.dependency
    processes = sorted((texts.choice(p) for p in d.processes), key=texts.sort_key)

    def label(choice: Any) -> str | None:
        return choice_label(choice, texts)

    return [
        line.number,
        texts.choice(d.category),
        d.title,
        d.description,
        label(d.location),
        d.impact,
        d.likelihood,
        label(d.influence),
        d.influence.level if d.influence else None,
        label(d.horizon),
        label(d.area),
        "; ".join(processes),
        d.owner,
        label(d.strategy),
        d.mitigation,
        texts.choice(d.status),
        d.votes,
        label(line.quadrant),
        label(line.priority),
        "; ".join(line.action_titles),
        d.created_at,
        d.updated_at,
    ]


def action_values(
    number: int, line: ActionLine, summary: WorkshopSummary, texts: ExportTexts = SWEDISH
) -> list[Any]:
    a = line.action
    linked_area = choice_label(a.area, texts)
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
        choice_label(a.action_type, texts),
        a.owner,
        a.contributors,
        a.decision_by,
        a.start_on,
        a.due_on,
        a.follow_up_on,
        texts.choice(a.status),
        line.overdue,
        line.days_overdue or None,
        texts.choice(a.priority),
        a.votes,
        a.success_indicator,
        a.resources,
        a.last_update_at,
        a.last_update_comment,
    ]


def dependency_rows(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    where, workshop_id = workshop_values(summary, texts), str(summary.workshop.id)
    return [
        [*where, *dependency_values(line, texts), workshop_id, str(line.dependency.id)]
        for line in summary.dependencies
    ]


def action_rows(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    where, workshop_id = workshop_values(summary, texts), str(summary.workshop.id)
    return [
        [
            *where,
            *action_values(number, line, summary, texts),
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
    texts: ExportTexts = SWEDISH,
) -> list[Any]:
    w = summary.workshop
    rows: list[Any] = [
        # What the file holds of the participants comes first (issue 19): the reader of a
        # file passed on decides from it whether it may be passed on further.
        (
            texts.gettext(PERSONAL_DATA_LABEL),
            personal_data_statement(summary.participants, settings, texts),
        ),
        None,
        texts.gettext("Workshoppen"),
        (texts.gettext("Titel"), w.title),
        (texts.gettext("Organisation"), w.organisation),
        (texts.gettext("Förvaltning/enhet"), w.unit),
        (texts.gettext("Förändring i fokus"), w.change_focus),
        (texts.gettext("Datum"), w.held_on),
        (texts.gettext("Plats"), w.place),
        (texts.gettext("Processledare"), w.facilitator),
        (texts.gettext("Typ av workshop"), texts.choice(w.variant)),
        (texts.gettext("Status"), texts.choice(w.status)),
        (texts.gettext("Arbetsform för skattningen"), texts.choice(w.input_mode)),
        (texts.gettext("Antal deltagare"), summary.participant_count),
        (texts.gettext("Deltagare som har skattat"), summary.rated_participant_count),
        (texts.gettext("Uppföljning planerad"), w.follow_up_on),
        (texts.gettext("Nuläge"), w.current_state),
        (texts.gettext("Målbild"), w.target_picture),
        (texts.gettext("Nästa steg"), w.next_steps),
        None,
        texts.gettext("Förändringsberedskap (medelvärde 1–5)"),
        *((f"{d.dimension.code} {d.dimension.label}", d.mean) for d in summary.dimensions),
        (texts.gettext("Beredskap totalt"), summary.readiness_mean),
        None,
        texts.gettext("Beroenden per typ"),
        *((texts.choice(c), n) for c, n in summary.dependencies_per_category),
        (
            texts.gettext("Högprioriterade utan åtgärd med ansvarig och datum"),
            len(summary.unhandled_high_priority),
        ),
        None,
        texts.gettext("Åtgärder per status"),
        *((texts.choice(status), n) for status, n in summary.actions_per_status),
        (texts.gettext("Försenade åtgärder"), summary.overdue_count),
    ]
    if follow_up is not None:
        rows += [None, *_follow_up_facts(follow_up, texts)]
    if settings.include_names:
        rows += [
            None,
            texts.gettext("Deltagare (namn visas för att du valde det vid exporten)"),
            *(
                (p.alias, ", ".join(x for x in (p.name, p.role) if x.strip()))
                for p in summary.participants
            ),
        ]
    return rows


def _statement_rows(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    where, workshop_id = workshop_values(summary, texts), str(summary.workshop.id)
    large_spread = texts.gettext("Stor spridning – diskutera")
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
                    large_spread if s.large_spread else None,
                    choice_label(s.light, texts),
                    dimension.mean,
                    group.score if group else None,
                    group.comment if group else None,
                    workshop_id,
                ]
            )
    return rows


def _statement_columns(summary: WorkshopSummary) -> tuple[Column, ...]:
    counts = tuple(
        Column(
            N_("Antal {value} – {label}"),
            11,
            INT,
            about=COUNT_ABOUT,
            fields=(("value", a.value), ("label", a.label.lower())),
        )
        for a in summary.template.scale
    )
    return (
        *_WORKSHOP_COLUMNS,
        Column(N_("Dimension"), 24),
        Column(N_("Kod"), 6),
        Column(N_("Påstående"), 50, L),
        Column(N_("n"), 6, INT),
        Column(N_("Median"), 9, D),
        Column(N_("Medelvärde"), 11, D),
        Column(N_("Min"), 7, INT),
        Column(N_("Max"), 7, INT),
        Column(N_("Spridning"), 10, INT),
        *counts,
        Column(N_("Vet ej"), 8, INT),
        Column(
            N_("Standardavvikelse"),
            13,
            D,
            about=N_("Standardavvikelsen för svaren (stickprov); Vet ej räknas inte in."),
        ),
        Column(N_("Spridning att diskutera"), 16),
        Column(N_("Trafikljus"), 11, LIGHT),
        Column(N_("Dimensionens medelvärde"), 13, D),
        Column(N_("Gruppens skattning"), 12, INT),
        Column(N_("Gruppens kommentar"), 50, L),
        _WORKSHOP_ID,  # with Kod, the row's key
    )


PROBLEMS_SHEET = N_("Problem i databasen")
_PROBLEM_COLUMNS = (
    Column(N_("Workshop"), 30, L),
    Column(N_("Post"), 30, L),
    Column(N_("Fält"), 20),
    Column(N_("Värde i filen"), 30, L),
    Column(N_("Vad det betyder"), 60, L),
    _WORKSHOP_ID,
    Column(N_("Post-id"), ID_WIDTH),  # the record's id, or its key as the file stores it
)


def _problem_key(
    problem: DataProblem, summary: WorkshopSummary, texts: ExportTexts = SWEDISH
) -> str | None:
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
    label = participant_label(number, texts)
    return f"{label}/{statement}" if statement else label


def _problem_sheet(
    workbook: Workbook, summaries: Sequence[WorkshopSummary], texts: ExportTexts = SWEDISH
) -> None:
    """Values the file holds that could not be used as they are: each row of the export that
    shows a stand-in is named here with the value the file holds. No sheet when there are none.
    """
    rows = [
        [
            p.workshop_title,
            data_problem_record(p, texts.language),
            data_field_label(p.field, texts.language),
            data_problem_value(p, texts.language),
            data_problem_meaning(p, texts.language),
            str(p.workshop_id) if p.workshop_id else None,
            _problem_key(p, s, texts),
        ]
        for s in summaries
        for p in s.problems
    ]
    if rows:
        table_sheet(
            workbook,
            texts.gettext(PROBLEMS_SHEET),
            TableData(N_("Problem"), _PROBLEM_COLUMNS, rows),
            texts=texts,
        )


def _change_word(change: MeanChange, texts: ExportTexts = SWEDISH) -> str | None:
    improved = change.improved
    if improved is None:
        return texts.gettext("Oförändrad") if change.change == 0 else None
    return texts.gettext("Bättre") if improved else texts.gettext("Sämre")


# What a row of Före och efter compares.
READINESS_LEVEL, DIMENSION_LEVEL, STATEMENT_LEVEL = (
    N_("Beredskap totalt"),
    N_("Dimension"),
    N_("Påstående"),
)


_BEFORE_AFTER_COLUMNS = (
    *_WORKSHOP_COLUMNS,
    Column(
        N_("Nivå"),
        12,
        about=N_("Vad raden jämför: beredskapen totalt, en dimension eller ett påstående."),
        codes=(READINESS_LEVEL, DIMENSION_LEVEL, STATEMENT_LEVEL),
    ),
    Column(N_("Dimensionskod"), 14, about=N_("Dimensionens kod.")),
    Column(N_("Kod"), 6, about=N_("Påståendets kod; tom på raderna för dimensioner.")),
    Column(
        N_("Dimension eller påstående"),
        50,
        L,
        about=N_("Dimensionens namn eller påståendets text."),
    ),
    Column(N_("Före"), 9, D, about=N_("Medelvärdet i workshoppen som följs upp.")),
    Column(N_("Efter"), 9, D, about=N_("Medelvärdet i uppföljningen.")),
    Column(
        N_("Förändring"), 11, CHANGE, about=N_("Efter minus före; tom om någon sida saknar värde.")
    ),
    Column(
        N_("Högt värde är en risk"),
        11,
        about=N_("Ja för sårbarhet: där är en sänkning en förbättring."),
        codes=YES_NO,
    ),
    Column(
        N_("Bättre eller sämre"),
        12,
        about=N_("Om förändringen är till det bättre, med hänsyn till om högt värde är en risk."),
        codes=(N_("Bättre"), N_("Sämre"), N_("Oförändrad")),
    ),
    Column(N_("Följer upp workshop"), 30, about=N_("Titeln på workshoppen som följs upp.")),
    Column(N_("Följer upp, datum"), 12, DAY, about=N_("Dagen workshoppen som följs upp hölls.")),
    _WORKSHOP_ID,
    FOLLOWS_UP_ID,
)


def _before_after_rows(
    comparison: FollowUpComparison, texts: ExportTexts = SWEDISH
) -> list[list[Any]]:
    later, earlier = comparison.later, comparison.earlier
    where = workshop_values(later, texts)
    yes, no = (texts.gettext(word) for word in YES_NO)
    tail = [
        earlier.workshop.title,
        earlier.workshop.held_on,
        str(later.workshop.id),
        str(earlier.workshop.id),
    ]

    def row(level: str, change: MeanChange, code: str | None, label: str) -> list[Any]:
        return [
            *where,
            texts.gettext(level),
            change.dimension_code or None,
            code,
            label,
            change.before,
            change.after,
            change.change,
            yes if change.higher_is_worse else no,
            _change_word(change, texts),
            *tail,
        ]

    # The readiness row's label is the domain's "Beredskap totalt"; the others are the
    # template's words.
    readiness = comparison.readiness
    rows = [row(READINESS_LEVEL, readiness, None, texts.gettext(READINESS_LEVEL))]
    for dimension in comparison.dimensions:
        rows.append(row(DIMENSION_LEVEL, dimension, None, dimension.label))
        rows += [
            row(STATEMENT_LEVEL, s, s.code, s.label)
            for s in comparison.statements
            if s.dimension_code == dimension.code
        ]
    return rows


def _before_after(
    comparisons: Sequence[FollowUpComparison], texts: ExportTexts = SWEDISH
) -> TableData:
    return TableData(
        N_("ForeEfter"),
        _BEFORE_AFTER_COLUMNS,
        [r for c in comparisons for r in _before_after_rows(c, texts)],
    )


def _follow_up_facts(comparison: FollowUpComparison, texts: ExportTexts = SWEDISH) -> list[Any]:
    earlier = comparison.earlier.workshop
    readiness = comparison.readiness
    done = comparison.earlier_done_count
    total = comparison.earlier_action_count
    return [
        texts.gettext("Uppföljning (bladet Före och efter visar varje dimension och påstående)"),
        (texts.gettext("Följer upp workshop"), earlier.title),
        (texts.gettext("Den workshoppen hölls"), earlier.held_on),
        (texts.gettext("Dess organisation"), earlier.organisation),
        (texts.gettext("Beredskap totalt före"), readiness.before),
        (texts.gettext("Beredskap totalt efter"), readiness.after),
        (texts.gettext("Förändring av beredskapen"), readiness.change),
        (
            texts.gettext("Den tidigare workshoppens åtgärder"),
            texts.counted(total, "åtgärd", "åtgärder"),
        ),
        (
            texts.gettext("Av dem klara"),
            texts.gettext("{done} av {total}").format(done=done, total=total),
        ),
        (texts.gettext("Andel klara"), comparison.done_share),
    ]


def workshop_tables(
    summary: WorkshopSummary,
    follow_up: FollowUpComparison | None = None,
    texts: ExportTexts = SWEDISH,
) -> list[tuple[str, tuple[TableData, ...]]]:
    """The table sheets of a workshop's workbook, by sheet name (in the language of
    ``texts``), in order."""
    return _table_sheets([summary], [follow_up] if follow_up else [], texts, per_workshop=True)


def _table_sheets(
    summaries: Sequence[WorkshopSummary],
    comparisons: Sequence[FollowUpComparison],
    texts: ExportTexts,
    *,
    per_workshop: bool,
) -> list[tuple[str, tuple[TableData, ...]]]:
    long = long_tables.long_tables(summaries, texts)
    sheets: list[tuple[str, tuple[TableData, ...]]] = []
    if comparisons:
        sheets.append((texts.gettext("Före och efter"), (_before_after(comparisons, texts),)))
    if per_workshop:
        (summary,) = summaries
        statements = TableData(
            N_("Skattning"), _statement_columns(summary), _statement_rows(summary, texts)
        )
        sheets.append((texts.gettext("Skattning"), (statements,)))
    dependencies = [row for s in summaries for row in dependency_rows(s, texts)]
    actions = [row for s in summaries for row in action_rows(s, texts)]
    sheets += [
        (texts.gettext("Skattning_rådata"), (long["Radata"],)),
        (
            texts.gettext("Beroenden"),
            (TableData(N_("Beroenden"), _DEPENDENCY_TABLE, dependencies),),
        ),
        (texts.gettext("Åtgärder"), (TableData(N_("Atgarder"), _ACTION_TABLE, actions),)),
        (texts.gettext("Förutsättningar"), (long["Forutsattningar"], long["Framgangsfaktorer"])),
        (texts.gettext("Lappar"), (long["Lappar"],)),
    ]
    return sheets


# The CSV file each table is also written to (hallbar export --csv), by table name; the
# file's language translates the name.
CSV_FILES = {
    "Jamforelse": N_("jamforelse"),
    "ForeEfter": N_("fore-och-efter"),
    "Radata": N_("skattningar"),
    "Beroenden": N_("beroenden"),
    "Atgarder": N_("atgarder"),
    "Forutsattningar": N_("forutsattningar"),
    "Framgangsfaktorer": N_("framgangsfaktorer"),
    "Lappar": N_("lappar"),
}
ABOUT_DATA_SHEET = N_("Om data")


def csv_stem(table: TableData, texts: ExportTexts = SWEDISH) -> str | None:
    """The name (without .csv) of the file ``table`` is written to, None if it has none."""
    stem = CSV_FILES.get(table.name)
    return texts.gettext(stem) if stem else None


def about_data(
    sheets: Sequence[tuple[str, tuple[TableData, ...]]],
    settings: ExportSettings,
    *,
    participants: Iterable[Participant],
    csv_only: bool = False,
    texts: ExportTexts = SWEDISH,
) -> TableData:
    """The table that says first which personal data of ``participants`` (those of the
    workshops exported) the files hold, then names the filter used and explains every column
    and code of every table, for a pivot table or Power BI; ``csv_only`` lists only the tables
    written as CSV files (om-data.csv)."""
    # The CSV files' own statement is here, in om-data.csv, and not a first line in each file:
    # a line above the header would break every program that reads the tables as data.
    statement = [
        texts.gettext("Personuppgifter"),
        None,
        texts.gettext(PERSONAL_DATA_LABEL),
        personal_data_statement(participants, settings, texts),
        texts.gettext("Vilka av deltagarnas personuppgifter filerna innehåller."),
        None,
    ]
    listed = [
        (title, csv_stem(table, texts), table)
        for title, tables in sheets
        for table in tables
        if not csv_only or table.name in CSV_FILES
    ]
    return TableData(
        N_("OmData"),
        long_tables.ABOUT_COLUMNS,
        [statement, *long_tables.about_rows(listed, settings, column_about, texts)],
    )


def about_rows(
    summaries: Sequence[WorkshopSummary], settings: ExportSettings, texts: ExportTexts = SWEDISH
) -> list[Any]:
    """The "Om underlaget" sheet: the method, and what the keys in the tables are."""
    keys = tuple(texts.gettext(text) for text in KEYS_FACT)
    return [*method_facts(summaries, settings, texts=texts), keys]


def _set_properties(
    workbook: Workbook, title: str, settings: ExportSettings, texts: ExportTexts
) -> None:
    """The document's title and creator, as a file manager or Excel's Info pane shows them."""
    workbook.properties.title = printable(title)
    workbook.properties.creator = f"{texts.program} {settings.app_version}"
    workbook.properties.created = settings.exported_at.replace(tzinfo=None)


def _write_sheets(
    workbook: Workbook,
    sheets: Sequence[tuple[str, tuple[TableData, ...]]],
    summaries: Sequence[WorkshopSummary],
    settings: ExportSettings,
    texts: ExportTexts,
) -> None:
    sheets = _within_row_limit(sheets)
    for title, tables in sheets:
        table_sheet(workbook, title, *tables, texts=texts)
    _problem_sheet(workbook, summaries, texts)
    people = (p for s in summaries for p in s.participants)
    about = about_data(sheets, settings, participants=people, texts=texts)
    table_sheet(workbook, texts.gettext(ABOUT_DATA_SHEET), about, texts=texts)
    write_fact_sheet(
        workbook,
        texts.gettext("Om underlaget"),
        about_rows(summaries, settings, texts),
        texts,
    )


def _within_row_limit(
    sheets: Sequence[tuple[str, tuple[TableData, ...]]], most: int | None = None
) -> list[tuple[str, tuple[TableData, ...]]]:
    """The sheets, a table with more rows than a sheet holds (``most``, by default Excel's
    limit) on sheets of its own, named by the sheet's name and the part's number: the table of
    every answer of some thousand workshops is over a million rows, which Excel would cut off
    on opening the file. The CSV files hold each table whole."""
    most = MAX_DATA_ROWS if most is None else most
    within: list[tuple[str, tuple[TableData, ...]]] = []
    for title, tables in sheets:
        if len(tables) != 1 or len(tables[0].rows) <= most:
            within.append((title, tables))
            continue
        (table,) = tables
        split = getattr(table.rows, "split", None)
        rows = table.rows
        parts = split(most) if split else [rows[i : i + most] for i in range(0, len(rows), most)]
        within += [
            (f"{title} {n}", (dataclasses.replace(table, rows=part, part=n),))
            for n, part in enumerate(parts, 1)
        ]
    return within


def _write_workshop(
    summary: WorkshopSummary,
    settings: ExportSettings,
    path: Path,
    follow_up: FollowUpComparison | None,
    texts: ExportTexts,
    audit: AuditLog | None = None,
) -> None:
    with TablesWorkbook(path) as workbook:
        _set_properties(workbook, summary.workshop.title, settings, texts)
        overview = _overview_rows(summary, settings, follow_up, texts)
        write_fact_sheet(workbook, texts.gettext("Översikt"), overview, texts)
        sheets = workshop_tables(summary, follow_up, texts) + audit_sheets(audit, texts)
        _write_sheets(workbook, sheets, [summary], settings, texts)
        workbook.save(path)


def rollup_tables(
    rollup: RollupSummary, texts: ExportTexts = SWEDISH
) -> list[tuple[str, tuple[TableData, ...]]]:
    """The table sheets of a roll-up workbook, by sheet name (in the language of ``texts``),
    in order."""
    comparisons = rollup_comparisons(rollup)
    return [
        (texts.gettext("Jämförelse"), (_comparison(rollup, texts),)),
        *_table_sheets(rollup.summaries, comparisons, texts, per_workshop=False),
    ]


def write_workshop_workbook(
    summary: WorkshopSummary,
    target: Path,
    settings: ExportSettings,
    follow_up: FollowUpComparison | None = None,
    texts: ExportTexts | None = None,
    audit: AuditLog | None = None,
) -> None:
    """``follow_up`` compares a follow-up with the workshop it follows up, when that is known;
    ``texts`` words the file (by default in the language of ``settings``); ``audit``, the
    workshop's log of changes after its day, is a sheet of its own when it has entries."""
    words = texts or ExportTexts.for_language(settings.language)
    write_atomically(
        target, lambda path: _write_workshop(summary, settings, path, follow_up, words, audit)
    )


def _exposure_dimensions(rollup: RollupSummary) -> tuple[Dimension, ...]:
    """The dimensions outside readiness (the vulnerability block), in the order first met."""
    seen: dict[str, Dimension] = {}
    for summary in rollup.summaries:
        for d in summary.template.dimensions:
            if not d.in_readiness:
                seen.setdefault(d.code, d)
    return tuple(seen.values())


def _comparison(rollup: RollupSummary, texts: ExportTexts = SWEDISH) -> TableData:
    dims = rollup.dimensions
    exposure = _exposure_dimensions(rollup)
    mean_about = N_("Dimensionens medelvärde (1–5) i workshoppen.")
    exposure_about = N_(
        "Sårbarhet: dimensionens medelvärde (1–5) på dess egen skala, där ett högt värde är en "
        "risk. Ingår inte i Beredskap totalt."
    )
    columns = (
        _WORKSHOP_COLUMNS[0],
        Column(N_("Workshop"), 30, L, about=N_("Workshoppens titel.")),
        _WORKSHOP_COLUMNS[2],
        Column(N_("Förvaltning/enhet"), 24, L, about=N_("Förvaltningen eller enheten.")),
        VARIANT,
        Column(N_("Deltagare"), 10, INT, about=N_("Antal deltagare.")),
        *(Column("{code} {label}", 12, D, about=mean_about, fields=_named(d)) for d in dims),
        Column(
            N_("Beredskap totalt"),
            11,
            D,
            about=N_("Medelvärdet av beredskapens dimensionsmedelvärden (sårbarhet ingår inte)."),
        ),
        *(
            Column(
                N_("Sårbarhet: {code} {label} (högre är sämre)"),
                14,
                D,
                about=exposure_about,
                fields=_named(d),
            )
            for d in exposure
        ),
        Column(N_("Följer upp workshop"), 30, L, about=N_("Titeln på workshoppen som följs upp.")),
        Column(
            N_("Följer upp, datum"), 12, DAY, about=N_("Dagen workshoppen som följs upp hölls.")
        ),
        *(
            Column(
                N_("Före: {code} {label}"),
                12,
                D,
                about=N_("Medelvärdet i workshoppen som följs upp."),
                fields=_named(d),
            )
            for d in dims
        ),
        *(
            Column(
                N_("Förändring: {code} {label}"),
                13,
                CHANGE,
                about=N_("Efter minus före."),
                fields=_named(d),
            )
            for d in dims
        ),
        *(
            Column(
                N_("Förändring: sårbarhet {code} (negativ är bättre)"),
                14,
                CHANGE,
                about=N_("Efter minus före; för sårbarhet är en sänkning en förbättring."),
                fields=(("code", d.code),),
            )
            for d in exposure
        ),
        Column(
            N_("Tidigare åtgärder klara (andel)"),
            13,
            D,
            about=N_("Andelen (0–1) av den uppföljda workshoppens åtgärder som är klara."),
        ),
        Column(N_("Beroenden"), 10, INT, about=N_("Antal beroenden.")),
        Column(N_("Åtgärder"), 10, INT, about=N_("Antal åtgärder.")),
        Column(N_("Försenade åtgärder"), 11, INT, about=N_("Antal försenade åtgärder.")),
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
                *workshop_values(s, texts),
                s.workshop.unit,
                texts.choice(s.workshop.variant),
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
    return TableData(N_("Jamforelse"), columns, rows)


def _named(dimension: Dimension) -> tuple[tuple[str, Any], ...]:
    """A dimension's code and name, for a header that shows them."""
    return (("code", dimension.code), ("label", dimension.label))


def _rollup_overview(
    rollup: RollupSummary, settings: ExportSettings, texts: ExportTexts = SWEDISH
) -> list[Any]:
    summaries = rollup.summaries
    people = (p for s in summaries for p in s.participants)
    return [
        (texts.gettext(PERSONAL_DATA_LABEL), personal_data_statement(people, settings, texts)),
        None,
        texts.gettext("Urvalet"),
        (texts.gettext("Antal workshoppar"), len(summaries)),
        (
            texts.gettext("Organisationer"),
            "; ".join(_organisation(g.organisation, texts) for g in rollup.organisations),
        ),
        (texts.gettext("Första workshop"), rollup.first_date),
        (texts.gettext("Senaste workshop"), rollup.last_date),
        (texts.gettext("Antal deltagare totalt"), sum(s.participant_count for s in summaries)),
        (texts.gettext("Beroenden totalt"), sum(len(s.dependencies) for s in summaries)),
        (texts.gettext("Åtgärder totalt"), sum(len(s.actions) for s in summaries)),
        (texts.gettext("Försenade åtgärder"), sum(s.overdue_count for s in summaries)),
        None,
        # A first workshop and its follow-up are not averaged together: the means are on
        # Jämförelse, one row per workshop, with the change beside each follow-up.
        texts.gettext("Per organisation (medelvärden per workshop finns i bladet Jämförelse)"),
        *(
            (
                _organisation(g.organisation, texts),
                texts.gettext(
                    "{workshops}, {dependencies}, {actions}, varav {done} och {overdue}"
                ).format(
                    workshops=texts.counted(len(g.rows), "workshop", "workshoppar"),
                    dependencies=texts.counted(g.dependency_count, "beroende", "beroenden"),
                    actions=texts.counted(g.action_count, "åtgärd", "åtgärder"),
                    done=texts.counted(g.done_count, "klar", "klara"),
                    overdue=texts.counted(g.overdue_count, "försenad", "försenade"),
                ),
            )
            for g in rollup.organisations
        ),
    ]


def _organisation(name: str, texts: ExportTexts) -> str:
    """A roll-up group's organisation, the domain's word for none in the file's language."""
    return texts.gettext("Utan organisation") if name == NO_ORGANISATION else name


def rollup_comparisons(rollup: RollupSummary) -> list[FollowUpComparison]:
    """Every follow-up in the roll-up against the workshop it follows up, where known."""
    return [compare_follow_up(r.earlier, r.summary) for r in rollup.rows if r.earlier]


def _write_rollup(
    rollup: RollupSummary, settings: ExportSettings, path: Path, texts: ExportTexts
) -> None:
    with TablesWorkbook(path) as workbook:
        workshops = texts.counted(len(rollup.rows), "workshop", "workshoppar")
        title = texts.gettext("Sammanställning av {workshops}").format(workshops=workshops)
        _set_properties(workbook, title, settings, texts)
        overview = _rollup_overview(rollup, settings, texts)
        write_fact_sheet(workbook, texts.gettext("Översikt"), overview, texts)
        _write_sheets(workbook, rollup_tables(rollup, texts), rollup.summaries, settings, texts)
        workbook.save(path)


def write_rollup_workbook(
    rollup: RollupSummary,
    target: Path,
    settings: ExportSettings,
    texts: ExportTexts | None = None,
) -> None:
    """``texts`` words the file (by default in the language of ``settings``)."""
    words = texts or ExportTexts.for_language(settings.language)
    write_atomically(target, lambda path: _write_rollup(rollup, settings, path, words))
