"""The long tables, one row per answer, check, factor or note, that the workbook and CSV share."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any, overload

from hallbar_desktop.domain.action import ActionType
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts
from hallbar_desktop.export.table_sheet import KIND_WORDS, Column, Kind, TableData

T, L, INT, DAY, LIGHT = Kind.TEXT, Kind.LONG_TEXT, Kind.INTEGER, Kind.DATE, Kind.LIGHT
ID_WIDTH = 37  # a UUID's 36 characters
HAND_COUNT_LABEL = N_("Handuppräckning")
DONT_KNOW = N_("Vet ej")
YES_NO = (N_("Ja"), N_("Nej"))

# Every table row says where it comes from, so that rows appended from many files (Power Query
# "Från mapp") keep their origin. Organisation, Workshop and Datum are the first columns, where
# the roll-up has always had them, so a workshop's sheet and a roll-up's sheet have one layout
# and append into one table. The keys are the last columns: Workshop-id, then the row's own id.
# Last, because people read these sheets from the left and never read a UUID, while Power Query
# finds a column by its name; the same place on every sheet makes them easy to find or to hide.
# The title does not wrap: it repeats on every row, and wrapped it would make every row of a
# long table two or three lines high (Jämförelse, one row per workshop, wraps it).
WORKSHOP_COLUMNS = (
    Column(N_("Organisation"), 22, about=N_("Organisationen som höll workshoppen.")),
    Column(N_("Workshop"), 30, about=N_("Workshoppens titel.")),
    Column(N_("Datum"), 12, DAY, about=N_("Dagen workshoppen hölls.")),
)
WORKSHOP_ID = Column(
    N_("Workshop-id"),
    ID_WIDTH,
    about=N_("Workshoppens id: samma i alla blad och filer från appen."),
)
VARIANT = Column(
    N_("Typ av workshop"),
    14,
    about=N_(
        "En första workshop eller en uppföljning. Räkna inte ihop en första workshop och dess "
        "uppföljning: jämför dem, som bladet Jämförelse gör."
    ),
    codes=tuple(v.label for v in Variant),
)
FOLLOWS_UP_ID = Column(
    N_("Följer upp, workshop-id"),
    ID_WIDTH,
    about=N_("För en uppföljning: id för workshoppen den följer upp. Tom för en första workshop."),
)


def workshop_values(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[Any]:
    # Blank, as domain.rollup.organisation_label words it.
    organisation = summary.workshop.organisation.strip() or texts.gettext("Utan organisation")
    return [organisation, summary.workshop.title, summary.workshop.held_on]


def participant_label(number: int, texts: ExportTexts = SWEDISH) -> str:
    """A participant as the exports name one: by number, never by name ("Deltagare 3")."""
    return texts.gettext("Deltagare {number}").format(number=number)


def _follows_up(summary: WorkshopSummary) -> str | None:
    earlier = summary.workshop.follows_up_id
    return str(earlier) if earlier else None


# --- ratings ------------------------------------------------------------------------------

RATING_COLUMNS = (
    *WORKSHOP_COLUMNS,
    VARIANT,
    Column(
        N_("Deltagare"),
        14,
        about=N_(
            "Deltagarens nummer i workshoppen (Deltagare 1, 2 …), aldrig namnet. "
            "Handuppräckning: ett svar som räknades med handuppräckning."
        ),
    ),
    Column(
        N_("Dimensionskod"), 14, about=N_("Dimensionens kod i mallen för skattningen (A, B …).")
    ),
    Column(N_("Dimension"), 24, about=N_("Dimensionens namn.")),
    Column(
        N_("Ingår i beredskapen"),
        11,
        about=N_(
            "Ja: dimensionen räknas in i förändringsberedskapen. Nej: sårbarhet, en riskprofil "
            "som skattas på samma skala men där ett högt värde är en risk."
        ),
        codes=YES_NO,
    ),
    Column(
        N_("Kod"),
        6,
        about=N_("Påståendets kod (A1, A2 …); med Workshop-id och Deltagare radens nyckel."),
    ),
    # Not wrapped: a table of every answer keeps one line per row (the text is in Skattning).
    Column(N_("Påstående"), 50, about=N_("Påståendets text.")),
    Column(
        N_("Värde (1–5)"),
        11,
        INT,
        about=N_(
            "Svaret som tal; tomt för Vet ej, så att ett medelvärde av kolumnen lämnar Vet ej "
            "utanför."
        ),
    ),
    Column(
        N_("Svar"),
        8,
        about=N_("Svaret som kod: 1–5 eller Vet ej."),
        codes=("1", "2", "3", "4", "5", DONT_KNOW),
    ),
    WORKSHOP_ID,
    FOLLOWS_UP_ID,
    Column(
        N_("Svars-id"),
        24,
        about=N_(
            "Radens nyckel: deltagarens nummer och påståendets kod; för handuppräckning även "
            "svaret och svarets nummer i räkningen."
        ),
    ),
)


def rating_rows(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    """Every answer, one row each; a hand count gives a row per counted answer, without a
    participant, its key the count it belongs to (statement and value) and its place in it."""
    template = summary.template
    statement = {s.code: (s.text, d) for d in template.dimensions for s in d.statements}
    where = [*workshop_values(summary, texts), texts.choice(summary.workshop.variant)]
    ids = [str(summary.workshop.id), _follows_up(summary)]
    yes, no = (texts.gettext(word) for word in YES_NO)
    dont_know, hand_count = texts.gettext(DONT_KNOW), texts.gettext(HAND_COUNT_LABEL)

    def row(who: str, code: str, value: int | None, key: str) -> list[Any]:
        text, dimension = statement.get(code, (None, None))
        return [
            *where,
            who,
            dimension.code if dimension else None,
            dimension.label if dimension else None,
            (yes if dimension.in_readiness else no) if dimension else None,
            code,
            text,
            value,
            dont_know if value is None else str(value),
            *ids,
            key,
        ]

    # An answer's key is the participant's number and the statement, never the participant's
    # id: that id is in a workshop package, which may carry names, and would tie a rating to one.
    rows = []
    labels: dict[int, str] = {}
    for number, code, value in summary.pseudonymous_ratings.rows():
        who = labels.get(number) or labels.setdefault(number, participant_label(number, texts))
        rows.append(row(who, code, value, f"{who}/{code}"))
    rows += [
        row(
            hand_count,
            t.statement_code,
            t.value,
            f"{hand_count}/{t.statement_code}/{t.value or dont_know}/{n}",
        )
        for t in summary.tallies
        for n in range(1, t.count + 1)
    ]
    return rows


# --- prerequisites and success factors ----------------------------------------------------

AREA = Column(
    N_("Område"), 20, about=N_("Förutsättningsområdet."), codes=tuple(a.label for a in Area)
)
CHECK_COLUMNS = (
    *WORKSHOP_COLUMNS,
    AREA,
    Column(N_("Punkt"), 50, L, about=N_("Punkten på checklistan för förutsättningar.")),
    Column(
        N_("Trafikljus"),
        11,
        LIGHT,
        about=N_("Gruppens bedömning av punkten; tomt om den inte bedömdes."),
        codes=tuple(light.label for light in TrafficLight),
    ),
    Column(N_("Anteckning"), 40, L, about=N_("Gruppens anteckning om punkten.")),
    Column(
        N_("Styrka att bygga vidare på"),
        14,
        about=N_("Ja: gruppen ser punkten som en styrka."),
        codes=("Ja",),
    ),
    WORKSHOP_ID,
    Column(N_("Förutsättnings-id"), ID_WIDTH, about=N_("Punktens id: radens nyckel.")),
)
FACTOR_COLUMNS = (
    *WORKSHOP_COLUMNS,
    Column(N_("Framgångsfaktor"), 50, L, about=N_("En framgångsfaktor som gruppen skrev.")),
    AREA,
    WORKSHOP_ID,
    Column(N_("Framgångsfaktor-id"), ID_WIDTH, about=N_("Faktorns id: radens nyckel.")),
)


def choice_label(choice: Any, texts: ExportTexts = SWEDISH) -> str | None:
    """A choice's label in the language of ``texts``; None for no choice."""
    return texts.choice(choice) if choice is not None else None


def check_rows(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    where, workshop_id = workshop_values(summary, texts), str(summary.workshop.id)
    return [
        [
            *where,
            texts.choice(c.area),
            c.prompt,
            choice_label(c.light, texts),
            c.note,
            c.is_strength or None,
            workshop_id,
            str(c.id),
        ]
        for c in summary.prerequisite_checks
    ]


def factor_rows(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    where, workshop_id = workshop_values(summary, texts), str(summary.workshop.id)
    return [
        [*where, f.text, choice_label(f.area, texts), workshop_id, str(f.id)]
        for f in summary.success_factors
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
    Column(
        N_("Steg"),
        22,
        about=N_("Steget lappen skrevs i."),
        codes=tuple(s.label for s in WorkshopStep),
    ),
    Column(N_("Nr i steget"), 8, INT, about=N_("Lappens plats bland stegets lappar.")),
    Column(N_("Lapp"), 50, L, about=N_("Texten på lappen, som den skrevs.")),
    Column(
        N_("Grupp"),
        20,
        about=N_("Gruppen lappen ligger i, som processledaren samlade dem; tom utan grupp."),
    ),
    Column(
        N_("Typ"),
        20,
        about=N_(
            "Lappens typ när gruppen är en av stegets typer (typ av beroende, "
            "förutsättningsområde, typ av åtgärd); annars tom."
        ),
    ),
    Column(
        N_("Prickar"),
        9,
        INT,
        about=N_("Prickar lappen fick i prioriteringen; 0 för lappar som ingen prickade."),
    ),
    WORKSHOP_ID,
    Column(N_("Lapp-id"), ID_WIDTH, about=N_("Lappens id: radens nyckel.")),
)


def note_rows(summary: WorkshopSummary, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    """Every note, those nobody gave a dot too, in step order then in its place in the step.
    The group is the participants' own word; the type is the step's type it names, worded in
    the language of ``texts``."""
    where, workshop_id = workshop_values(summary, texts), str(summary.workshop.id)
    rows = []
    for note in summary.notes:
        group = note.cluster.strip()
        rows.append(
            [
                *where,
                texts.choice(note.step),
                note.position,
                note.text,
                group or None,
                texts.gettext(group) if group in NOTE_TYPES.get(note.step, ()) else None,
                note.votes,
                workshop_id,
                str(note.id),
            ]
        )
    return rows


# A row of every answer as runs of neighbouring cells: the workshop's (organisation, title,
# date, variant), the answer's (participant, dimension, statement, value), the ids and the key.
RatingRowRuns = tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]


def rating_row_runs(
    summary: WorkshopSummary, texts: ExportTexts, made: dict[Any, dict[Any, Any]]
) -> Iterator[RatingRowRuns]:
    """rating_rows's rows, each as its runs of cells: a workbook writes a run's cells once and
    then only looks them up (a national roll-up has 600 000 answers, whose runs recur: every
    workshop has the same statements, participant numbers and values). ``made`` keeps the
    runs from one workshop to the next: the answers' by template, the keys."""
    template = summary.template
    where = (*workshop_values(summary, texts), texts.choice(summary.workshop.variant))
    ids = (str(summary.workshop.id), _follows_up(summary))
    yes, no = (texts.gettext(word) for word in YES_NO)
    dont_know, hand_count = texts.gettext(DONT_KNOW), texts.gettext(HAND_COUNT_LABEL)
    statement = {
        s.code: (d.code, d.label, yes if d.in_readiness else no, s.code, s.text)
        for d in template.dimensions
        for s in d.statements
    }

    def answer(who: str, code: str, value: int | None) -> tuple[Any, ...]:
        about = statement.get(code) or (None, None, None, code, None)
        return (who, *about, value, dont_know if value is None else str(value))

    # Each (participant, statement, value) run once per template, each key once.
    answers = made.setdefault(template, {})
    keys = made.setdefault(None, {})
    for number, code, value in summary.pseudonymous_ratings.rows():
        run = answers.get((number, code, value))
        if run is None:
            run = answers[number, code, value] = answer(
                participant_label(number, texts), code, value
            )
        key = keys.get((number, code))
        if key is None:
            key = keys[number, code] = (f"{run[0]}/{code}",)
        yield where, run, ids, key
    for t in summary.tallies:
        run = answer(hand_count, t.statement_code, t.value)
        for n in range(1, t.count + 1):
            yield where, run, ids, (f"{hand_count}/{t.statement_code}/{t.value or dont_know}/{n}",)


class _RatingRows(Sequence[list[Any]]):
    """Every answer of ``summaries``, made a workshop at a time as the rows are read rather
    than held: a national roll-up has 600 000 answers, some 200 MB as lists."""

    def __init__(self, summaries: Sequence[WorkshopSummary], texts: ExportTexts) -> None:
        self._summaries = summaries
        self._texts = texts

    def __len__(self) -> int:
        # As rating_rows makes them: an answer each, a row per counted hand.
        return sum(
            len(s.pseudonymous_ratings) + sum(t.count for t in s.tallies) for s in self._summaries
        )

    def __iter__(self) -> Iterator[list[Any]]:
        for summary in self._summaries:
            yield from rating_rows(summary, self._texts)

    def split(self, most: int) -> list[_RatingRows]:
        """The rows in parts of at most ``most`` rows each, a part ending where a workshop's
        answers end (a workshop with more answers than that is a part of its own)."""
        parts: list[list[WorkshopSummary]] = [[]]
        rows = 0
        for summary in self._summaries:
            own = len(_RatingRows([summary], self._texts))
            if parts[-1] and rows + own > most:
                parts.append([])
                rows = 0
            parts[-1].append(summary)
            rows += own
        return [_RatingRows(part, self._texts) for part in parts]

    def runs(self) -> Iterator[RatingRowRuns]:
        """The same rows, each as rating_row_runs gives it (for the workbook's writer)."""
        made: dict[Any, dict[Any, Any]] = {}
        for summary in self._summaries:
            yield from rating_row_runs(summary, self._texts, made)

    @overload
    def __getitem__(self, index: int) -> list[Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[list[Any]]: ...
    def __getitem__(self, index: int | slice) -> list[Any] | list[list[Any]]:
        return list(self)[index]  # by place only in tests; the exports read them in order


# --- the tables every export holds, and what each column means -----------------------------


def long_tables(
    summaries: Sequence[WorkshopSummary], texts: ExportTexts = SWEDISH
) -> dict[str, TableData]:
    """The long tables of ``summaries`` by table name (the Swedish source name, which the file's
    language translates when written): answers, checks, factors and notes."""
    tables = (
        TableData(N_("Radata"), RATING_COLUMNS, _RatingRows(summaries, texts)),
        TableData(
            N_("Forutsattningar"),
            CHECK_COLUMNS,
            [r for s in summaries for r in check_rows(s, texts)],
        ),
        TableData(
            N_("Framgangsfaktorer"),
            FACTOR_COLUMNS,
            [r for s in summaries for r in factor_rows(s, texts)],
        ),
        TableData(N_("Lappar"), NOTE_COLUMNS, [r for s in summaries for r in note_rows(s, texts)]),
    )
    return {t.name: t for t in tables}


ABOUT_COLUMNS = (
    Column(N_("Blad"), 22, about=N_("Bladet i arbetsboken (eller filen, för CSV).")),
    Column(N_("Fil"), 22, about=N_("CSV-filen med samma tabell.")),
    Column(N_("Kolumn"), 28, about=N_("Kolumnens rubrik.")),
    Column(
        N_("Innehåll"), 30, L, about=N_("Vad kolumnen innehåller: text, heltal, decimaltal, datum.")
    ),
    Column(N_("Beskrivning"), 60, L, about=N_("Vad kolumnen betyder.")),
    Column(N_("Koder"), 40, L, about=N_("Värdena kolumnen kan ha, åtskilda med semikolon.")),
)


def selection_rows(settings: ExportSettings, texts: ExportTexts = SWEDISH) -> list[list[Any]]:
    """The filter the workshops were chosen by, as rows of the "Om data" table."""
    selection = settings.selection

    def row(label: str, value: Any, about: str) -> list[Any]:
        shown = value.isoformat() if isinstance(value, date) else value
        return [texts.gettext("Urval"), None, label, shown, about, None]

    if selection is None:
        return [
            row(
                texts.gettext("Urval"),
                texts.gettext("Valda en och en"),
                texts.gettext("Workshopparna valdes en och en, utan filter."),
            )
        ]
    return [
        row(
            texts.gettext("Organisation"),
            selection.organisation or texts.gettext("Alla"),
            texts.gettext(
                "Bara workshoppar från den här organisationen (hallbar export --organisation)."
            ),
        ),
        row(
            texts.gettext("Från och med"),
            selection.date_from or texts.gettext("Inget"),
            texts.gettext("Bara workshoppar hållna den dagen eller senare (--from)."),
        ),
        row(
            texts.gettext("Till och med"),
            selection.date_to or texts.gettext("Inget"),
            texts.gettext("Bara workshoppar hållna den dagen eller tidigare (--to)."),
        ),
    ]


def about_rows(
    sheets: Sequence[tuple[str, str | None, TableData]],
    settings: ExportSettings,
    meaning: Callable[[Column], str],
    texts: ExportTexts = SWEDISH,
) -> list[list[Any]]:
    """One row per column of every table: sheet, CSV file, header, kind, meaning, codes, in
    the language of ``texts`` (sheet and file names are given in it; ``meaning`` gives the
    Swedish source text)."""
    rows = selection_rows(settings, texts)
    for sheet, file_stem, table in sheets:
        for column in table.columns:
            codes = column.codes or column.choices
            about = meaning(column)
            rows.append(
                [
                    sheet,
                    f"{file_stem}.csv" if file_stem else None,
                    column.title(texts),
                    texts.gettext(KIND_WORDS[column.kind]),
                    texts.gettext(about) if about else None,
                    "; ".join(texts.gettext(c) for c in codes) if codes else None,
                ]
            )
    return rows
