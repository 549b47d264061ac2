"""The PDF report of one workshop, as a region would send it to its board."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.follow_up_comparison import FollowUpComparison, MeanChange
from hallbar_desktop.domain.note import notes_by_group
from hallbar_desktop.domain.readiness import DimensionResult
from hallbar_desktop.domain.summary import ActionLine, AreaLights, WorkshopSummary
from hallbar_desktop.export.method_text import (
    FORMULAS,
    METHOD,
    own_scale_title,
    scale_lines,
    templates_of,
)
from hallbar_desktop.export.plain_text import (
    counted,
    decimal_comma,
    iso_date,
    paragraph_markup,
    signed_decimal_comma,
)
from hallbar_desktop.export.report_charts import (
    BeforeAfter,
    RangeBar,
    area_lights_chart,
    before_after_chart,
    category_legend,
    priority_matrix,
    readiness_chart,
    status_chart,
)
from hallbar_desktop.export.report_layout import (
    BODY,
    CELL,
    CELL_BOLD,
    CELL_RIGHT,
    COVER_TEXT,
    COVER_TITLE,
    H3,
    KICKER,
    SMALL,
    TEXT_WIDTH,
    ReportDocument,
    data_table,
    gap,
    heading,
    key_figures,
    light_cells,
    markup,
    register_fonts,
    text,
)
from hallbar_desktop.file_target import write_atomically

REPORT_KIND = "Förändringsberedskap för hållbarhetsintegrering"
# A section starts on a new page when less than this is left: its heading and first lines.
SECTION_ROOM = 70 * mm
MATRIX_ROOM = 140 * mm  # two headings, the matrix and its legend
TABLE_START_ROOM = 45 * mm  # a heading, a table's header and its first rows
INTRO = ParagraphStyle("Intro", parent=SMALL, keepWithNext=1)  # a line that leads into a table
# Nr, Beroende, Typ, Prioritet, Påverkan, Prickar, Status
DEPENDENCY_WIDTHS = [8 * mm, TEXT_WIDTH - 128 * mm, 36 * mm, 26 * mm, 19 * mm, 15 * mm, 24 * mm]


def _follows_up(s: WorkshopSummary, earlier: WorkshopSummary | None) -> str | None:
    """The line that names the workshop a follow-up follows up; None for any other."""
    if s.workshop.follows_up_id is None:
        return None
    if earlier is None:
        return "en tidigare workshop som inte finns med i exporten"
    return f"{earlier.workshop.title} ({iso_date(earlier.workshop.held_on, 'utan datum')})"


def _cover(
    s: WorkshopSummary, settings: ExportSettings, earlier: WorkshopSummary | None
) -> list[Flowable]:
    w = s.workshop
    facts = [
        ("Datum", iso_date(w.held_on)),
        ("Plats", w.place or "–"),
        ("Processledare", w.facilitator or "–"),
        ("Antal deltagare", str(s.participant_count)),
        ("Typ av workshop", w.variant.label),
    ]
    follows = _follows_up(s, earlier)
    if follows is not None:
        facts.append(("Följer upp", follows))
    facts.append(("Uppföljning", iso_date(w.follow_up_on, "Inte bestämd")))
    story: list[Flowable] = [
        gap(28),
        text(REPORT_KIND, KICKER),
        gap(2),
        text(w.title, COVER_TITLE),
    ]
    for value in (w.organisation, w.unit):
        if value.strip():
            story.append(text(value, COVER_TEXT))
    if follows is not None:
        story.append(text(f"Uppföljning av {follows}", COVER_TEXT))
    if w.change_focus.strip():
        story += [gap(4), markup("<b>Förändring i fokus</b>", BODY), text(w.change_focus, BODY)]
    story += [
        gap(10),
        data_table(
            facts,
            [45 * mm, TEXT_WIDTH - 45 * mm],
            header=("Uppgift", "Värde"),
            cell_styles=(CELL_BOLD, CELL),
        ),
        gap(30),
        text(
            f"Rapporten skapades {settings.exported_at:%Y-%m-%d} med hallbar-desktop "
            f"{settings.app_version}. Skattningarna redovisas utan namn.",
            SMALL,
        ),
        PageBreak(),
    ]
    return story


def _noun(n: int, singular: str, plural: str) -> str:
    """The noun alone, for a key figure that shows the number large above it."""
    return counted(n, singular, plural).removeprefix(f"{n} ")


def _overdue_text(line: ActionLine) -> str:
    """The overdue mark beside the stored status: how many days past Klart senast."""
    return counted(line.days_overdue, "dag", "dagar") if line.overdue else "–"


def _summary_page(s: WorkshopSummary, numbers: dict[object, int]) -> list[Flowable]:
    high = sum(n for q, n in s.dependencies_per_quadrant if q.is_high_priority)
    story: list[Flowable] = [
        heading("Sammanfattning"),
        key_figures(
            [
                (f"{decimal_comma(s.readiness_mean)} av 5", "Förändringsberedskap, medelvärde"),
                (
                    str(len(s.dependencies)),
                    f"{_noun(len(s.dependencies), 'beroende', 'beroenden')}, "
                    f"varav {counted(high, 'högprioriterat', 'högprioriterade')}",
                ),
                (
                    str(len(s.actions)),
                    f"{_noun(len(s.actions), 'åtgärd', 'åtgärder')}, "
                    f"varav {counted(s.overdue_count, 'försenad', 'försenade')}",
                ),
                (iso_date(s.workshop.follow_up_on, "–"), "nästa uppföljning"),
            ]
        ),
        gap(3),
    ]
    story.append(markup("Styrkor att bygga vidare på", H3))
    if s.strengths:
        story.append(
            data_table(
                [
                    (r.statement.code, r.statement.text, decimal_comma(r.stats.mean))
                    for r in s.strengths
                ],
                [12 * mm, TEXT_WIDTH - 32 * mm, 20 * mm],
                header=("Kod", "Påstående", "Medel"),
                cell_styles=(CELL, CELL, CELL_RIGHT),
            )
        )
    else:
        story.append(text("Inga skattningar ännu.", BODY))
    story += _critical(s, numbers)
    story.append(markup("De viktigaste åtgärderna", H3))
    if s.top_actions:
        story.append(
            data_table(
                [
                    (
                        a.action.title,
                        a.action.owner or "Ingen ansvarig",
                        iso_date(a.action.due_on),
                        a.status_label,
                        _overdue_text(a),
                    )
                    for a in s.top_actions
                ],
                [TEXT_WIDTH - 120 * mm, 42 * mm, 22 * mm, 26 * mm, 30 * mm],
                header=("Åtgärd", "Ansvarig", "Klart senast", "Status", "Försenad"),
            )
        )
    else:
        story.append(text("Inga öppna åtgärder.", BODY))
    follow_up = s.workshop.follow_up_on
    story += [
        gap(3),
        markup(
            f"<b>Uppföljning:</b> {paragraph_markup(iso_date(follow_up, 'inte bestämd ännu'))}",
            BODY,
        ),
        PageBreak(),
    ]
    return story


def _critical(s: WorkshopSummary, numbers: dict[object, int]) -> list[Flowable]:
    """The most urgent open dependencies with what ranks them, and those still without an
    action named one by one."""
    story: list[Flowable] = [markup("De mest kritiska beroendena", H3)]
    if s.critical_dependencies:
        story += [
            text(
                "Högprioriterade beroenden som inte är hanterade, ordnade efter prioritet, "
                "påverkan (1–5) och prickar.",
                INTRO,
            ),
            data_table(
                [
                    (
                        str(numbers[line.dependency.id]),
                        line.dependency.title,
                        line.dependency.category.label,
                        line.priority.label if line.priority else "–",
                        str(line.dependency.impact or "–"),
                        str(line.dependency.votes),
                        line.dependency.status.label,
                    )
                    for line in s.critical_dependencies
                ],
                DEPENDENCY_WIDTHS,
                header=("Nr", "Beroende", "Typ", "Prioritet", "Påverkan", "Prickar", "Status"),
                cell_styles=(CELL, CELL, CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL),
            ),
        ]
    else:
        story.append(text("Inga högprioriterade beroenden som är ohanterade.", BODY))
    if s.handled_high_priority_count:
        handled = counted(
            s.handled_high_priority_count, "högprioriterat beroende", "högprioriterade beroenden"
        )
        story.append(text(f"{handled} med status Hanterad visas inte här.", SMALL))
    if s.unhandled_high_priority:
        named = "; ".join(
            f"nr {numbers[d.id]} {paragraph_markup(d.title)}" for d in s.unhandled_high_priority
        )
        story.append(markup(f"<b>Saknar ännu en åtgärd med ansvarig och datum:</b> {named}.", BODY))
    return story


def _starting_point(s: WorkshopSummary) -> list[Flowable]:
    w = s.workshop
    parts = [
        ("Nuläge", w.current_state),
        ("Målbild", w.target_picture),
        ("Nästa steg", w.next_steps),
    ]
    if not any(value.strip() for _, value in parts):
        return []
    story: list[Flowable] = [heading("Utgångsläge och målbild")]
    for title, value in parts:
        if value.strip():
            story += [heading(title, 1), text(value, BODY)]
    return [*story, gap(6)]


def _range_bar(d: DimensionResult) -> RangeBar:
    return RangeBar(
        f"{d.dimension.code} {d.dimension.label}", d.mean, d.stats.minimum, d.stats.maximum
    )


def _statement_table(dimensions: Sequence[DimensionResult]) -> Flowable:
    results = [r for d in dimensions for r in d.statements]
    rows = [
        (
            r.statement.code,
            r.statement.text + (" (stor spridning – diskutera)" if r.stats.large_spread else ""),
            str(r.stats.n),
            decimal_comma(r.stats.mean),
            decimal_comma(r.stats.median),
            f"{decimal_comma(r.stats.minimum, 0)}–{decimal_comma(r.stats.maximum, 0)}"
            if r.stats.n
            else "–",
            str(r.stats.dont_know),
            r.stats.light.label if r.stats.light else "–",
        )
        for r in results
    ]
    widths = [11 * mm, TEXT_WIDTH - 98 * mm, 9 * mm, 13 * mm, 16 * mm, 17 * mm, 13 * mm, 19 * mm]
    return data_table(
        rows,
        widths,
        header=("Kod", "Påstående", "n", "Medel", "Median", "Min–max", "Vet ej", "Trafikljus"),
        cell_styles=(CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL),
        extra=light_cells([r.stats.light for r in results], 7),
    )


def _readiness(s: WorkshopSummary) -> list[Flowable]:
    readiness = [d for d in s.dimensions if d.dimension.in_readiness]
    exposure = [d for d in s.dimensions if not d.dimension.in_readiness]
    story: list[Flowable] = [
        heading("Förändringsberedskap"),
        text(
            f"{s.rated_participant_count} av {s.participant_count} deltagare skattade påståendena "
            "på skalan 1–5. Stapeln visar dimensionens medelvärde och linjen spridningen mellan "
            "deltagarnas egna medelvärden (lägsta till högsta).",
            BODY,
        ),
        readiness_chart(
            [_range_bar(d) for d in readiness],
            TEXT_WIDTH,
            caption="Skala: 1 = stämmer inte alls, 5 = stämmer helt",
        ),
        # A long table: it may start low on the page and go on over the next one, as long as
        # the heading has a few rows under it.
        CondPageBreak(TABLE_START_ROOM),
        heading("Per påstående", 1, keep_with_next=False),
        _statement_table(readiness),
    ]
    scored = [d for d in s.dimensions if d.group_score is not None]
    if scored:
        story += [
            heading("Gruppens skattning och kommentarer", 1),
            data_table(
                [
                    (
                        f"{d.dimension.code} {d.dimension.label}",
                        decimal_comma(d.mean),
                        str(d.group_score.score) if d.group_score and d.group_score.score else "–",
                        d.group_score.comment if d.group_score else "",
                    )
                    for d in scored
                ],
                [45 * mm, 16 * mm, 20 * mm, TEXT_WIDTH - 81 * mm],
                header=("Dimension", "Medel", "Gruppen", "Kommentar"),
                cell_styles=(CELL, CELL_RIGHT, CELL_RIGHT, CELL),
            ),
        ]
    if exposure:
        story.append(
            KeepTogether(
                [
                    heading("Sårbarhet för beroenden (riskprofil)", 1),
                    text(
                        "Här betyder ett högt värde att arbetet är mer sårbart, så färgerna är "
                        "omvända: hög sårbarhet är röd. Blocket räknas inte in i beredskapen.",
                        BODY,
                    ),
                    _statement_table(exposure),
                ]
            )
        )
    return story


def _dependencies(s: WorkshopSummary, numbers: dict[object, int]) -> list[Flowable]:
    numbered = [(numbers[line.dependency.id], line) for line in s.dependencies]
    # The matrix and its legend start a page of their own, unless enough room is left.
    story: list[Flowable] = [CondPageBreak(MATRIX_ROOM), heading("Beroenden")]
    if not numbered:
        return [*story, text("Inga beroenden registrerades.", BODY)]
    unplaced = sum(1 for _, line in numbered if line.quadrant is None)
    story += [
        heading("Prioriteringsmatris: påverkan × påverkbarhet", 1),
        priority_matrix(numbered, TEXT_WIDTH),
        gap(1),
        category_legend(TEXT_WIDTH),
    ]
    if unplaced:
        story.append(
            text(
                f"{counted(unplaced, 'beroende', 'beroenden')} saknar påverkan eller "
                "påverkbarhet och visas inte i matrisen.",
                SMALL,
            )
        )
    story += [
        gap(3),
        data_table(
            [
                (
                    str(n),
                    line.dependency.title,
                    line.dependency.category.label,
                    line.priority.label if line.priority else "Inte bedömd",
                    str(line.dependency.impact or "–"),
                    str(line.dependency.votes),
                    line.dependency.status.label,
                )
                for n, line in numbered
            ],
            DEPENDENCY_WIDTHS,
            header=("Nr", "Beroende", "Typ", "Prioritet", "Påverkan", "Prickar", "Status"),
            cell_styles=(CELL, CELL, CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL),
        ),
        CondPageBreak(SECTION_ROOM),
        heading("Beroenden per typ"),
    ]
    for category in DependencyCategory:
        members = [(n, line) for n, line in numbered if line.dependency.category is category]
        if not members:
            continue
        story.append(heading(f"{category.label} ({len(members)})", 1))
        for n, line in members:
            story += _dependency_block(n, line)
    return story


def _dependency_block(number: int, line) -> list[Flowable]:  # type: ignore[no-untyped-def]
    d = line.dependency
    facts = [
        line.priority.label if line.priority else "Prioritet inte bedömd",
        f"Påverkan {d.impact} av 5" if d.impact else None,
        d.influence.label if d.influence else None,
        d.horizon.label if d.horizon else None,
        f"Status: {d.status.label}",
        f"{d.votes} prickar",
    ]
    head = [
        markup(f"{number}. {paragraph_markup(d.title)}", H3),
        text(" · ".join(f for f in facts if f), SMALL),
    ]
    story: list[Flowable] = [KeepTogether(head)]
    if d.description.strip():
        story.append(text(d.description, BODY))
    handling = " – ".join(
        x for x in (d.strategy.label if d.strategy else "", d.mitigation.strip()) if x
    )
    details = [
        ("Var", d.location.label if d.location else ""),
        ("Bevakas av", d.owner),
        ("Hantering", handling),
        ("Åtgärder", "; ".join(line.action_titles)),
    ]
    for label, value in details:
        if value.strip():
            story.append(markup(f"<b>{label}:</b> {paragraph_markup(value)}", BODY))
    return [*story, gap(2)]


def _prerequisites(s: WorkshopSummary) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(SECTION_ROOM),
        heading("Förutsättningar och framgångsfaktorer"),
    ]
    checks = s.prerequisite_checks
    if checks:
        story += [
            text(
                "Antal punkter med varje ljus per område. Ett enda rött ljus gör inte hela "
                "området rött: se hur punkterna fördelar sig.",
                BODY,
            ),
            area_lights_chart([_area_bar(a) for a in s.area_light_counts], TEXT_WIDTH),
            gap(3),
            data_table(
                [
                    (
                        c.area.label,
                        c.prompt + (" (styrka)" if c.is_strength else ""),
                        c.light.label if c.light else "–",
                        c.note,
                    )
                    for c in checks
                ],
                [32 * mm, TEXT_WIDTH - 112 * mm, 20 * mm, 60 * mm],
                header=("Område", "Punkt", "Läge", "Anteckning"),
                extra=light_cells([c.light for c in checks], 2),
            ),
        ]
    else:
        story.append(text("Checklistan för förutsättningarna fylldes inte i.", BODY))
    story.append(heading("Framgångsfaktorer", 1))
    if s.success_factors:
        story.append(
            data_table(
                [(f.text, f.area.label if f.area else "–") for f in s.success_factors],
                [TEXT_WIDTH - 45 * mm, 45 * mm],
                header=("Det gruppen kan bygga vidare på", "Område"),
            )
        )
    else:
        story.append(text("Gruppen namngav inga framgångsfaktorer.", BODY))
    return story


def _area_bar(lights: AreaLights) -> tuple[str, tuple[tuple[TrafficLight, int], ...], int]:
    return lights.area.label, lights.counts, lights.unrated


def _action_plan(s: WorkshopSummary, numbers: dict[object, int]) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(SECTION_ROOM), heading("Handlingsplan")]
    if not s.actions:
        return [*story, text("Inga åtgärder beslutades.", BODY)]
    story += [
        text(
            f"{counted(len(s.actions), 'åtgärd', 'åtgärder')}, sorterade efter prioritet och "
            "datum. Status är den som registrerats; Försenad visar hur många dagar sedan Klart "
            f"senast passerade ({counted(s.overdue_count, 'åtgärd', 'åtgärder')}).",
            BODY,
        ),
        status_chart(s.actions_per_status, TEXT_WIDTH * 0.7),
        gap(4),
    ]
    rows = []
    for line in s.actions:
        a = line.action
        linked = sorted(numbers[i] for i in a.dependency_ids if i in numbers)
        rows.append(
            (
                a.title,
                a.owner or "Ingen ansvarig",
                iso_date(a.due_on),
                line.status_label,
                _overdue_text(line),
                a.priority.label,
                ", ".join(map(str, linked)) or "–",
            )
        )
    story.append(
        data_table(
            rows,
            [TEXT_WIDTH - 131 * mm, 34 * mm, 21 * mm, 21 * mm, 19 * mm, 17 * mm, 19 * mm],
            header=(
                "Åtgärd",
                "Ansvarig",
                "Klart senast",
                "Status",
                "Försenad",
                "Prioritet",
                "Beroende",
            ),
        )
    )
    return story


def _notes(s: WorkshopSummary) -> list[Flowable]:
    """Every note the participants wrote, with its step, group and dots: also those nobody
    gave a dot, which the group may still want to come back to."""
    if not s.notes:
        return []
    rows = []
    steps = dict.fromkeys(n.step for n in s.notes)
    for step in steps:
        for group, notes in notes_by_group(n for n in s.notes if n.step is step):
            rows += [(step.label, group or "Utan grupp", n.text, str(n.votes)) for n in notes]
    return [
        CondPageBreak(SECTION_ROOM),
        heading("Lappar från deltagarna"),
        text(
            f"{counted(len(s.notes), 'lapp', 'lappar')} från inmatningen, per steg och grupp "
            "(typen deltagaren valde eller gruppen processledaren lade lappen i), med prickarna "
            "den fick.",
            BODY,
        ),
        data_table(
            rows,
            [38 * mm, 38 * mm, TEXT_WIDTH - 92 * mm, 16 * mm],
            header=("Steg", "Grupp eller typ", "Lapp", "Prickar"),
            cell_styles=(CELL, CELL, CELL, CELL_RIGHT),
        ),
    ]


def _follow_up(comparison: FollowUpComparison | None) -> list[Flowable]:
    """Before and after against the workshop this one follows up (domain §3.7)."""
    if comparison is None:
        return []
    earlier = comparison.earlier.workshop
    readiness = [d for d in comparison.dimensions if d.in_readiness]
    story: list[Flowable] = [
        CondPageBreak(SECTION_ROOM),
        heading("Uppföljning: före och efter"),
        text(
            f"Jämfört med {earlier.title} ({iso_date(earlier.held_on, 'utan datum')}). "
            "Förändringen är efter minus före; för sårbarheten är en minskning en förbättring.",
            BODY,
        ),
        before_after_chart(
            [BeforeAfter(f"{d.code} {d.label}", d.before, d.after) for d in readiness],
            TEXT_WIDTH,
            before_label=iso_date(earlier.held_on, "Före"),
            after_label=iso_date(comparison.later.workshop.held_on, "Efter"),
        ),
        heading("Per dimension", 1),
        _change_table(
            [
                (f"{d.code} {d.label}".strip(), d)
                for d in (*comparison.dimensions, comparison.readiness)
            ],
            "Dimension",
            with_text=False,
        ),
    ]
    share = comparison.done_share
    done = comparison.earlier_done_count
    total = comparison.earlier_action_count
    story += [
        heading("Åtgärderna från förra gången", 1),
        text(
            f"Klara: {done} av {counted(total, 'åtgärd', 'åtgärder')} "
            f"({decimal_comma(share * 100 if share is not None else None, 0)} %). "
            f"Avbrutna: {comparison.earlier_cancelled_count}."
            if total
            else "Workshoppen som följs upp hade inga åtgärder.",
            BODY,
        ),
        heading("Per påstående", 1),
        _change_table([(d.code, d) for d in comparison.statements], "Påstående", with_text=True),
    ]
    return story


def _change_table(
    rows: Sequence[tuple[str, MeanChange]], first: str, *, with_text: bool
) -> Flowable:
    """Before, after and the change, per dimension or (with its text) per statement."""
    numbers = [16 * mm, 16 * mm, 22 * mm]
    if with_text:
        leading: list[float] = [12 * mm, TEXT_WIDTH - 12 * mm - sum(numbers)]
        header: tuple[str, ...] = ("Kod", first)
    else:
        leading = [TEXT_WIDTH - sum(numbers)]
        header = (first,)
    return data_table(
        [
            (
                *((name, change.label) if with_text else (name,)),
                decimal_comma(change.before),
                decimal_comma(change.after),
                signed_decimal_comma(change.change),
            )
            for name, change in rows
        ],
        [*leading, *numbers],
        header=(*header, "Före", "Efter", "Förändring"),
        cell_styles=(*([CELL] * len(leading)), CELL_RIGHT, CELL_RIGHT, CELL_RIGHT),
    )


def problem_section(summaries: Sequence[WorkshopSummary]) -> list[Flowable]:
    """Values the file holds that could not be used as they are, named with what the file
    holds; the report's tables show a stand-in for them. Nothing when there are none."""
    rows = [
        (
            p.workshop_title,
            p.record_text + f", {p.field_label}",
            p.shown_value,
            p.meaning,
        )
        for s in summaries
        for p in s.problems
    ]
    if not rows:
        return []
    return [
        heading("Problem i databasen"),
        text(
            "De här värdena i databasfilen kunde inte användas som de är. De finns kvar "
            "orörda i filen; rapporten visar i stället det som står under Vad det betyder.",
            BODY,
        ),
        data_table(
            rows,
            [35 * mm, 40 * mm, 35 * mm, TEXT_WIDTH - 110 * mm],
            header=("Workshop", "Post och fält", "Värde i filen", "Vad det betyder"),
        ),
    ]


def method_appendix(
    summaries: Sequence[WorkshopSummary], settings: ExportSettings
) -> list[Flowable]:
    story: list[Flowable] = problem_section(summaries)
    story += [heading("Bilaga: om metoden"), text(METHOD, BODY)]
    story += [
        heading("Beräkningar", 1),
        data_table(
            FORMULAS,
            [40 * mm, TEXT_WIDTH - 40 * mm],
            header=("Vad", "Så räknas det"),
            cell_styles=(CELL_BOLD, CELL),
        ),
    ]
    for template in templates_of(summaries):
        story += [
            heading(f"Skala ({template.name}, version {template.version})", 1),
            data_table(
                scale_lines(template),
                [15 * mm, TEXT_WIDTH - 15 * mm],
                header=("Värde", "Betydelse"),
            ),
        ]
        for dimension in template.dimensions_with_own_scale:
            story += [
                heading(own_scale_title(dimension), 1),
                data_table(
                    scale_lines(template, dimension),
                    [15 * mm, TEXT_WIDTH - 15 * mm],
                    header=("Värde", "Betydelse"),
                ),
            ]
        story += [
            heading("Källor", 1),
            *(text(source, BODY) for source in template.sources),
        ]
    if settings.include_names and len(summaries) == 1:
        people = summaries[0].participants
        story += [
            heading("Deltagare", 1),
            text(
                "Namnen finns med för att den som exporterade valde det. Skattningarna "
                "redovisas ändå utan namn.",
                SMALL,
            ),
            data_table(
                [(p.alias, p.name, p.role) for p in people],
                [30 * mm, 70 * mm, TEXT_WIDTH - 100 * mm],
                header=("Alias", "Namn", "Roll"),
            ),
        ]
    return story


def write_workshop_report(
    summary: WorkshopSummary,
    target: Path,
    settings: ExportSettings,
    fonts_dir: Path,
    follow_up: FollowUpComparison | None = None,
) -> None:
    """``follow_up`` compares a follow-up with the workshop it follows up, when that one is
    still stored: the cover names it and a section shows before and after."""
    register_fonts(fonts_dir)
    w = summary.workshop
    numbers: dict[object, int] = {line.dependency.id: line.number for line in summary.dependencies}
    story = [
        *_cover(summary, settings, follow_up.earlier if follow_up else None),
        *_summary_page(summary, numbers),
        *_starting_point(summary),
        *_readiness(summary),
        *_follow_up(follow_up),
        *_dependencies(summary, numbers),
        *_prerequisites(summary),
        *_action_plan(summary, numbers),
        *_notes(summary),
        PageBreak(),
        *method_appendix([summary], settings),
    ]
    header = " · ".join(x for x in (w.organisation.strip(), w.title) if x)

    def build(path: Path) -> None:
        ReportDocument(
            path,
            title=f"{w.title} – {REPORT_KIND.lower()}",
            subject=f"Rapport från workshop om {REPORT_KIND.lower()}"
            + (f", {w.organisation}" if w.organisation.strip() else ""),
            running_header=header,
            author=w.facilitator or w.organisation,
        ).build_story(story)

    write_atomically(target, build)
