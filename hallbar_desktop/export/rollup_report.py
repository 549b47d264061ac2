"""The PDF roll-up for coordinators: all selected workshops, then one section per organisation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from hallbar_desktop.domain.export_settings import ExportSettings, Selection
from hallbar_desktop.domain.rollup import OrganisationGroup, RollupSummary, organisation_label
from hallbar_desktop.domain.summary import DependencyLine, WorkshopSummary
from hallbar_desktop.export.plain_text import (
    counted,
    decimal_comma,
    iso_date,
    signed_decimal_comma,
)
from hallbar_desktop.export.report_charts import (
    BeforeAfter,
    RangeBar,
    area_lights_chart,
    before_after_chart,
    readiness_chart,
)
from hallbar_desktop.export.report_layout import (
    BODY,
    CELL,
    CELL_RIGHT,
    COVER_TEXT,
    COVER_TITLE,
    KICKER,
    SMALL,
    TEXT_WIDTH,
    ReportDocument,
    data_table,
    gap,
    heading,
    key_figures,
    register_fonts,
    text,
)
from hallbar_desktop.export.workshop_report import (
    INTRO,
    REPORT_KIND,
    SECTION_ROOM,
    TABLE_START_ROOM,
    method_appendix,
)
from hallbar_desktop.file_target import write_atomically

# Long lists are cut in the PDF; the workbook holds every row.
OVERDUE_SHOWN = 15
ORGANISATION_ROOM = 140 * mm  # an organisation's heading, key figures, chart and table
CURRENT_NOTE = (
    "Där en uppföljning finns med räknas organisationen efter den senaste workshoppen i "
    "kedjan: en workshop och dess uppföljning slås aldrig ihop till ett medelvärde."
)


PAIRS_PER_CHART = 20  # 30 pt a pair: 600 pt of bars, with the scale and key under a page's 720


def _noun(n: int, singular: str, plural: str) -> str:
    """The noun alone, for a key figure that shows the number large above it."""
    return counted(n, singular, plural).removeprefix(f"{n} ")


def selection_text(selection: Selection | None) -> str:
    """The filter the workshops were chosen by, in words, for the cover."""
    if selection is None:
        return "Urval: workshoppar valda en och en"
    parts = []
    if selection.organisation:
        parts.append(f"organisation {selection.organisation}")
    if selection.date_from:
        parts.append(f"från och med {selection.date_from.isoformat()}")
    if selection.date_to:
        parts.append(f"till och med {selection.date_to.isoformat()}")
    return "Urval: " + (", ".join(parts) if parts else "alla workshoppar")


def _period(rollup: RollupSummary) -> str:
    first, last = rollup.first_date, rollup.last_date
    if first is None or last is None:
        return "utan datum"
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def _means_table(
    rollup: RollupSummary,
    rows: list[tuple[str, ...]],
    first: str,
    first_width: float,
    second: str = "Datum",
) -> Flowable:
    dims = rollup.dimensions
    rest = (TEXT_WIDTH - first_width - 28 * mm - 14 * mm) / max(1, len(dims))
    return data_table(
        rows,
        [first_width, 28 * mm, *([rest] * len(dims)), 14 * mm],
        header=(first, second, *(d.code for d in dims), "Totalt"),
        cell_styles=(CELL, CELL, *([CELL_RIGHT] * len(dims)), CELL_RIGHT),
    )


def _dimension_key(rollup: RollupSummary) -> Flowable:
    return text(
        "Kolumnerna: "
        + ", ".join(f"{d.code} = {d.label}" for d in rollup.dimensions)
        + ". Värdena är medelvärden på skalan 1–5.",
        SMALL,
    )


def _organisation(rollup: RollupSummary, group: OrganisationGroup) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(ORGANISATION_ROOM),
        heading(group.organisation),
        key_figures(
            [
                (str(len(group.rows)), _noun(len(group.rows), "workshop", "workshoppar")),
                (
                    str(group.dependency_count),
                    _noun(group.dependency_count, "beroende", "beroenden"),
                ),
                (
                    str(group.action_count),
                    f"{_noun(group.action_count, 'åtgärd', 'åtgärder')}, "
                    f"varav {counted(group.done_count, 'klar', 'klara')}",
                ),
                (
                    str(group.overdue_count),
                    _noun(group.overdue_count, "försenad åtgärd", "försenade åtgärder"),
                ),
            ]
        ),
        gap(3),
    ]
    bars = []
    for index, column in enumerate(rollup.dimensions):
        values = [m for r in group.rows if (m := r.means[index]) is not None]
        bars.append(
            RangeBar(
                f"{column.code} {column.label}",
                group.dimension_means[index],
                min(values, default=None),
                max(values, default=None),
            )
        )
    story.append(_kept_readiness(rollup, group, bars))
    follow_ups = [r for r in group.rows if r.earlier is not None]
    if follow_ups:
        story.append(text(CURRENT_NOTE, SMALL))
    return story + _organisation_rest(rollup, group)


def _kept_readiness(
    rollup: RollupSummary, group: OrganisationGroup, bars: list[RangeBar]
) -> Flowable:
    """The heading, the chart and the table of its numbers, never parted by a page break."""
    return KeepTogether(
        [
            heading("Förändringsberedskap", 1),
            readiness_chart(
                bars,
                TEXT_WIDTH,
                caption="Stapel: medelvärde (se nedan). Linje: lägsta till högsta workshopvärde.",
            ),
            _means_table(
                rollup,
                [
                    (
                        r.summary.workshop.title,
                        iso_date(r.summary.workshop.held_on),
                        *(decimal_comma(m) for m in r.means),
                        decimal_comma(r.summary.readiness_mean),
                    )
                    for r in group.rows
                ],
                "Workshop",
                70 * mm,
            ),
            _dimension_key(rollup),
        ]
    )


def _organisation_rest(rollup: RollupSummary, group: OrganisationGroup) -> list[Flowable]:
    story: list[Flowable] = []
    follow_ups = [r for r in group.rows if r.earlier is not None]
    if follow_ups:
        story.append(heading("Före och efter", 1))
        story.append(
            text(
                "Uppföljningar jämförda med workshoppen de följer upp: förändring "
                "i medelvärde per dimension.",
                BODY,
            )
        )
        story.append(
            _means_table(
                rollup,
                [
                    (
                        f"{r.summary.workshop.title} (följer upp {r.earlier.workshop.title})"
                        if r.earlier
                        else r.summary.workshop.title,
                        iso_date(r.summary.workshop.held_on),
                        *(signed_decimal_comma(c) for c in (r.changes or ())),
                        signed_decimal_comma(
                            r.summary.readiness_mean - r.earlier.readiness_mean
                            if r.earlier
                            and r.summary.readiness_mean is not None
                            and r.earlier.readiness_mean is not None
                            else None
                        ),
                    )
                    for r in follow_ups
                ],
                "Uppföljning",
                70 * mm,
            )
        )
    if group.critical_dependencies:
        story += [
            heading("De mest kritiska beroendena", 1),
            text(CRITICAL_NOTE, INTRO),
            _critical_table(group.critical_dependencies, "Workshop", lambda s: s.workshop.title),
        ]
    if group.overdue_actions:
        shown = group.overdue_actions[:OVERDUE_SHOWN]
        story += [
            heading("Försenade åtgärder", 1),
            data_table(
                [
                    (
                        a.action.title,
                        s.workshop.title,
                        a.action.owner or "Ingen ansvarig",
                        iso_date(a.action.due_on),
                    )
                    for s, a in shown
                ],
                [TEXT_WIDTH - 120 * mm, 55 * mm, 42 * mm, 23 * mm],
                header=("Åtgärd", "Workshop", "Ansvarig", "Klart senast"),
            ),
        ]
        hidden = len(group.overdue_actions) - len(shown)
        if hidden:
            story.append(
                text(
                    f"Ytterligare {counted(hidden, 'försenad åtgärd', 'försenade åtgärder')} "
                    "finns i Excel-filen.",
                    SMALL,
                )
            )
    return story


CRITICAL_NOTE = (
    "Högprioriterade beroenden som inte är hanterade, ordnade efter prioritet, påverkan (1–5) "
    "och prickar."
)


def _critical_table(
    pairs: tuple[tuple[WorkshopSummary, DependencyLine], ...],
    where: str,
    where_of: Callable[[WorkshopSummary], str],
) -> Flowable:
    """The critical dependencies with what ranks them and where each comes from (an
    organisation or a workshop)."""
    return data_table(
        [
            (
                line.dependency.title,
                where_of(s),
                text(
                    f"{line.dependency.category.label}\n"
                    f"{line.priority.label if line.priority else '–'}",
                    CELL,
                ),
                str(line.dependency.impact or "–"),
                str(line.dependency.votes),
                line.dependency.status.label,
            )
            for s, line in pairs
        ],
        [TEXT_WIDTH - 123 * mm, 31 * mm, 36 * mm, 19 * mm, 15 * mm, 22 * mm],
        header=("Beroende", where, "Typ och prioritet", "Påverkan", "Prickar", "Status"),
        cell_styles=(CELL, CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL),
    )


def _region(rollup: RollupSummary) -> list[Flowable]:
    """The region as a whole: dependency types, the most critical open dependencies, action
    completion per organisation, the prerequisite lights and the follow-ups before and after."""
    story: list[Flowable] = [
        CondPageBreak(SECTION_ROOM),
        heading("Hela regionen"),
        heading("Beroenden per typ", 1),
        data_table(
            [
                (
                    c.category.label,
                    str(c.dependencies),
                    str(c.open_high_priority),
                    str(c.organisations),
                )
                for c in rollup.categories
            ],
            [TEXT_WIDTH - 105 * mm, 25 * mm, 45 * mm, 35 * mm],
            header=("Typ", "Beroenden", "Högprioriterade, ohanterade", "Organisationer"),
            cell_styles=(CELL, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT),
        ),
        text(
            "Organisationer: hur många organisationer som har minst ett högprioriterat, "
            "ohanterat beroende av typen.",
            SMALL,
        ),
    ]
    if rollup.critical_dependencies:
        # A long table: it may start under its heading low on the page.
        story += [
            CondPageBreak(TABLE_START_ROOM),
            heading("De mest kritiska beroendena", 1, keep_with_next=False),
            text(CRITICAL_NOTE, SMALL),
            _critical_table(rollup.critical_dependencies, "Organisation", organisation_label),
        ]
    story += [
        heading("Åtgärder per organisation", 1),
        data_table(
            [
                (
                    g.organisation,
                    str(g.action_count),
                    str(g.done_count),
                    f"{decimal_comma(g.done_share * 100, 0)} %"
                    if g.done_share is not None
                    else "–",
                    str(g.overdue_count),
                )
                for g in rollup.organisations
            ],
            [TEXT_WIDTH - 100 * mm, 22 * mm, 22 * mm, 28 * mm, 28 * mm],
            header=("Organisation", "Åtgärder", "Klara", "Andel klara", "Försenade"),
            cell_styles=(CELL, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT),
        ),
    ]
    if any(a.green + a.yellow + a.red + a.unrated for a in rollup.area_lights):
        story += [
            heading("Förutsättningar per område", 1),
            text(
                "Antal punkter i checklistan med varje ljus, summerat över workshopparna.",
                SMALL,
            ),
            area_lights_chart(
                [(a.area.label, a.counts, a.unrated) for a in rollup.area_lights], TEXT_WIDTH
            ),
        ]
    pairs = [r for r in rollup.rows if r.earlier is not None]
    if pairs:
        bars = [
            BeforeAfter(
                f"{organisation_label(r.summary)}, {iso_date(r.summary.workshop.held_on)}",
                r.earlier.readiness_mean,
                r.summary.readiness_mean,
            )
            for r in pairs
            if r.earlier is not None
        ]
        # A drawing cannot break across pages, and a region has hundreds of pairs: one chart per
        # page's worth, each with its own scale and key; the heading goes with the first.
        charts = [
            before_after_chart(
                bars[start : start + PAIRS_PER_CHART],
                TEXT_WIDTH,
                before_label="Workshoppen som följs upp",
                after_label="Uppföljningen",
            )
            for start in range(0, len(bars), PAIRS_PER_CHART)
        ]
        story += [
            CondPageBreak(SECTION_ROOM),
            KeepTogether(
                [
                    heading("Före och efter: uppföljningarna", 1),
                    text(
                        "Beredskapens medelvärde i workshoppen som följs upp och i uppföljningen, "
                        "par för par; de slås aldrig ihop.",
                        SMALL,
                    ),
                    charts[0],
                ]
            ),
            *charts[1:],
        ]
    return story


def write_rollup_report(
    rollup: RollupSummary, target: Path, settings: ExportSettings, fonts_dir: Path
) -> None:
    register_fonts(fonts_dir)
    summaries = rollup.summaries
    groups = rollup.organisations
    workshops = counted(len(summaries), "workshop", "workshoppar")
    story: list[Flowable] = [
        gap(28),
        text(REPORT_KIND, KICKER),
        gap(2),
        text("Sammanställning av workshoppar", COVER_TITLE),
        text(
            f"{workshops} i {counted(len(groups), 'organisation', 'organisationer')}",
            COVER_TEXT,
        ),
        text(f"Period: {_period(rollup)}", COVER_TEXT),
        text(selection_text(settings.selection), COVER_TEXT),
        gap(60),
        text(
            f"Rapporten skapades {settings.exported_at:%Y-%m-%d} med hallbar-desktop "
            f"{settings.app_version}. Skattningarna redovisas utan namn.",
            SMALL,
        ),
        PageBreak(),
        heading("Sammanfattning"),
        key_figures(
            [
                (str(len(summaries)), _noun(len(summaries), "workshop", "workshoppar")),
                (
                    str(dependencies := sum(g.dependency_count for g in groups)),
                    _noun(dependencies, "beroende", "beroenden"),
                ),
                (
                    str(actions := sum(g.action_count for g in groups)),
                    _noun(actions, "åtgärd", "åtgärder"),
                ),
                (
                    str(overdue := sum(g.overdue_count for g in groups)),
                    _noun(overdue, "försenad åtgärd", "försenade åtgärder"),
                ),
            ]
        ),
        gap(3),
        heading("Förändringsberedskap per organisation", 1),
        _means_table(
            rollup,
            [
                (
                    g.organisation,
                    counted(len(g.rows), "workshop", "workshoppar"),
                    *(decimal_comma(m) for m in g.dimension_means),
                    decimal_comma(g.readiness_mean),
                )
                for g in groups
            ],
            "Organisation",
            60 * mm,
            second="Antal",
        ),
        _dimension_key(rollup),
        text(CURRENT_NOTE, SMALL),
        *_region(rollup),
    ]
    for group in groups:
        story += _organisation(rollup, group)
    story += [PageBreak(), *method_appendix(summaries, settings)]

    def build(path: Path) -> None:
        ReportDocument(
            path,
            title=f"Sammanställning: {REPORT_KIND.lower()}",
            subject=f"{workshops}, {_period(rollup)}",
            running_header=f"Sammanställning av {workshops} · {_period(rollup)}",
            author="hallbar-desktop",
        ).build_story(story)

    write_atomically(target, build)
