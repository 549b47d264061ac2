"""The PDF roll-up for coordinators: all selected workshops, then one section per organisation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from hallbar_desktop.domain.export_settings import ExportSettings, Selection
from hallbar_desktop.domain.rollup import OrganisationGroup, RollupSummary, organisation_label
from hallbar_desktop.domain.summary import DependencyLine, WorkshopSummary
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts
from hallbar_desktop.export.personal_data import PERSONAL_DATA_LABEL, personal_data_statement
from hallbar_desktop.export.plain_text import iso_date
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
    made_line,
    method_appendix,
)
from hallbar_desktop.file_target import write_atomically

# Long lists are cut in the PDF; the workbook holds every row.
OVERDUE_SHOWN = 15
ORGANISATION_ROOM = 140 * mm  # an organisation's heading, key figures, chart and table
CURRENT_NOTE = N_(
    "Där en uppföljning finns med räknas organisationen efter den senaste workshoppen i "
    "kedjan: en workshop och dess uppföljning slås aldrig ihop till ett medelvärde."
)


PAIRS_PER_CHART = 20  # 30 pt a pair: 600 pt of bars, with the scale and key under a page's 720


def selection_text(selection: Selection | None, texts: ExportTexts = SWEDISH) -> str:
    """The filter the workshops were chosen by, in words, for the cover."""
    if selection is None:
        return texts.gettext("Urval: workshoppar valda en och en")
    parts = []
    if selection.organisation:
        parts.append(texts.gettext("organisation {name}").format(name=selection.organisation))
    if selection.date_from:
        parts.append(
            texts.gettext("från och med {date}").format(date=selection.date_from.isoformat())
        )
    if selection.date_to:
        parts.append(
            texts.gettext("till och med {date}").format(date=selection.date_to.isoformat())
        )
    return texts.gettext("Urval: {filter}").format(
        filter=", ".join(parts) if parts else texts.gettext("alla workshoppar")
    )


def _period(rollup: RollupSummary, texts: ExportTexts) -> str:
    first, last = rollup.first_date, rollup.last_date
    if first is None or last is None:
        return texts.gettext("utan datum")
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def _means_table(
    rollup: RollupSummary,
    rows: list[tuple[str, ...]],
    first: str,
    first_width: float,
    texts: ExportTexts,
    second: str = "",
) -> Flowable:
    dims = rollup.dimensions
    rest = (TEXT_WIDTH - first_width - 28 * mm - 14 * mm) / max(1, len(dims))
    return data_table(
        rows,
        [first_width, 28 * mm, *([rest] * len(dims)), 14 * mm],
        header=(
            first,
            second or texts.gettext("Datum"),
            *(d.code for d in dims),
            texts.gettext("Totalt"),
        ),
        cell_styles=(CELL, CELL, *([CELL_RIGHT] * len(dims)), CELL_RIGHT),
    )


def _dimension_key(rollup: RollupSummary, texts: ExportTexts) -> Flowable:
    return text(
        texts.gettext("Kolumnerna: {columns}. Värdena är medelvärden på skalan 1–5.").format(
            columns=", ".join(f"{d.code} = {d.label}" for d in rollup.dimensions)
        ),
        SMALL,
    )


def _organisation(
    rollup: RollupSummary, group: OrganisationGroup, texts: ExportTexts
) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(ORGANISATION_ROOM),
        heading(group.organisation),
        key_figures(
            [
                (
                    str(len(group.rows)),
                    texts.ngettext("workshop", "workshoppar", len(group.rows)),
                ),
                (
                    str(group.dependency_count),
                    texts.ngettext("beroende", "beroenden", group.dependency_count),
                ),
                (
                    str(group.action_count),
                    texts.gettext("{noun}, varav {part}").format(
                        noun=texts.ngettext("åtgärd", "åtgärder", group.action_count),
                        part=texts.counted(group.done_count, "klar", "klara"),
                    ),
                ),
                (
                    str(group.overdue_count),
                    texts.ngettext("försenad åtgärd", "försenade åtgärder", group.overdue_count),
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
    story.append(_kept_readiness(rollup, group, bars, texts))
    follow_ups = [r for r in group.rows if r.earlier is not None]
    if follow_ups:
        story.append(text(texts.gettext(CURRENT_NOTE), SMALL))
    return story + _organisation_rest(rollup, group, texts)


def _kept_readiness(
    rollup: RollupSummary, group: OrganisationGroup, bars: list[RangeBar], texts: ExportTexts
) -> Flowable:
    """The heading, the chart and the table of its numbers, never parted by a page break."""
    return KeepTogether(
        [
            heading(texts.gettext("Förändringsberedskap"), 1),
            readiness_chart(
                bars,
                TEXT_WIDTH,
                caption=texts.gettext(
                    "Stapel: medelvärde (se nedan). Linje: lägsta till högsta workshopvärde."
                ),
                texts=texts,
            ),
            _means_table(
                rollup,
                [
                    (
                        r.summary.workshop.title,
                        iso_date(r.summary.workshop.held_on),
                        *(texts.decimal(m) for m in r.means),
                        texts.decimal(r.summary.readiness_mean),
                    )
                    for r in group.rows
                ],
                texts.gettext("Workshop"),
                70 * mm,
                texts,
            ),
            _dimension_key(rollup, texts),
        ]
    )


def _organisation_rest(
    rollup: RollupSummary, group: OrganisationGroup, texts: ExportTexts
) -> list[Flowable]:
    story: list[Flowable] = []
    follow_ups = [r for r in group.rows if r.earlier is not None]
    if follow_ups:
        story.append(heading(texts.gettext("Före och efter"), 1))
        story.append(
            text(
                texts.gettext(
                    "Uppföljningar jämförda med workshoppen de följer upp: förändring "
                    "i medelvärde per dimension."
                ),
                BODY,
            )
        )
        story.append(
            _means_table(
                rollup,
                [
                    (
                        texts.gettext("{workshop} (följer upp {earlier})").format(
                            workshop=r.summary.workshop.title, earlier=r.earlier.workshop.title
                        )
                        if r.earlier
                        else r.summary.workshop.title,
                        iso_date(r.summary.workshop.held_on),
                        *(texts.signed_decimal(c) for c in (r.changes or ())),
                        texts.signed_decimal(
                            r.summary.readiness_mean - r.earlier.readiness_mean
                            if r.earlier
                            and r.summary.readiness_mean is not None
                            and r.earlier.readiness_mean is not None
                            else None
                        ),
                    )
                    for r in follow_ups
                ],
                texts.gettext("Uppföljning"),
                70 * mm,
                texts,
            )
        )
    if group.critical_dependencies:
        story += [
            heading(texts.gettext("De mest kritiska beroendena"), 1),
            text(texts.gettext(CRITICAL_NOTE), INTRO),
            _critical_table(
                group.critical_dependencies,
                texts.gettext("Workshop"),
                lambda s: s.workshop.title,
                texts,
            ),
        ]
    if group.overdue_actions:
        shown = group.overdue_actions[:OVERDUE_SHOWN]
        story += [
            heading(texts.gettext("Försenade åtgärder"), 1),
            data_table(
                [
                    (
                        a.action.title,
                        s.workshop.title,
                        a.action.owner or texts.gettext("Ingen ansvarig"),
                        iso_date(a.action.due_on),
                    )
                    for s, a in shown
                ],
                [TEXT_WIDTH - 120 * mm, 55 * mm, 42 * mm, 23 * mm],
                header=(
                    texts.gettext("Åtgärd"),
                    texts.gettext("Workshop"),
                    texts.gettext("Ansvarig"),
                    texts.gettext("Klart senast"),
                ),
            ),
        ]
        hidden = len(group.overdue_actions) - len(shown)
        if hidden:
            story.append(
                text(
                    texts.gettext("Ytterligare {actions} finns i Excel-filen.").format(
                        actions=texts.counted(hidden, "försenad åtgärd", "försenade åtgärder")
                    ),
                    SMALL,
                )
            )
    return story


CRITICAL_NOTE = N_(
    "Högprioriterade beroenden som inte är hanterade, ordnade efter prioritet, påverkan (1–5) "
    "och prickar."
)


def _critical_table(
    pairs: tuple[tuple[WorkshopSummary, DependencyLine], ...],
    where: str,
    where_of: Callable[[WorkshopSummary], str],
    texts: ExportTexts,
) -> Flowable:
    """The critical dependencies with what ranks them and where each comes from (an
    organisation or a workshop)."""
    return data_table(
        [
            (
                line.dependency.title,
                where_of(s),
                text(
                    texts.choice(line.dependency.category)
                    + "\n"
                    + (texts.choice(line.priority) if line.priority else "–"),
                    CELL,
                ),
                str(line.dependency.impact or "–"),
                str(line.dependency.votes),
                texts.choice(line.dependency.status),
            )
            for s, line in pairs
        ],
        [TEXT_WIDTH - 123 * mm, 31 * mm, 36 * mm, 19 * mm, 15 * mm, 22 * mm],
        header=(
            texts.gettext("Beroende"),
            where,
            texts.gettext("Typ och prioritet"),
            texts.gettext("Påverkan"),
            texts.gettext("Prickar"),
            texts.gettext("Status"),
        ),
        cell_styles=(CELL, CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL),
    )


def _region(rollup: RollupSummary, texts: ExportTexts) -> list[Flowable]:
    """The region as a whole: dependency types, the most critical open dependencies, action
    completion per organisation, the prerequisite lights and the follow-ups before and after."""
    story: list[Flowable] = [
        CondPageBreak(SECTION_ROOM),
        heading(texts.gettext("Hela regionen")),
        heading(texts.gettext("Beroenden per typ"), 1),
        data_table(
            [
                (
                    texts.choice(c.category),
                    str(c.dependencies),
                    str(c.open_high_priority),
                    str(c.organisations),
                )
                for c in rollup.categories
            ],
            [TEXT_WIDTH - 108 * mm, 28 * mm, 45 * mm, 35 * mm],
            header=(
                texts.gettext("Typ"),
                texts.gettext("Beroenden"),
                texts.gettext("Högprioriterade, ohanterade"),
                texts.gettext("Organisationer"),
            ),
            cell_styles=(CELL, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT),
        ),
        text(
            texts.gettext(
                "Organisationer: hur många organisationer som har minst ett högprioriterat, "
                "ohanterat beroende av typen."
            ),
            SMALL,
        ),
    ]
    if rollup.critical_dependencies:
        # A long table: it may start under its heading low on the page.
        story += [
            CondPageBreak(TABLE_START_ROOM),
            heading(texts.gettext("De mest kritiska beroendena"), 1, keep_with_next=False),
            text(texts.gettext(CRITICAL_NOTE), SMALL),
            _critical_table(
                rollup.critical_dependencies,
                texts.gettext("Organisation"),
                organisation_label,
                texts,
            ),
        ]
    story += [
        heading(texts.gettext("Åtgärder per organisation"), 1),
        data_table(
            [
                (
                    g.organisation,
                    str(g.action_count),
                    str(g.done_count),
                    f"{texts.decimal(g.done_share * 100, 0)} %"
                    if g.done_share is not None
                    else "–",
                    str(g.overdue_count),
                )
                for g in rollup.organisations
            ],
            [TEXT_WIDTH - 100 * mm, 22 * mm, 22 * mm, 28 * mm, 28 * mm],
            header=(
                texts.gettext("Organisation"),
                texts.gettext("Åtgärder"),
                texts.gettext("Klara"),
                texts.gettext("Andel klara"),
                texts.gettext("Försenade"),
            ),
            cell_styles=(CELL, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT),
        ),
    ]
    if any(a.green + a.yellow + a.red + a.unrated for a in rollup.area_lights):
        story += [
            heading(texts.gettext("Förutsättningar per område"), 1),
            text(
                texts.gettext(
                    "Antal punkter i checklistan med varje ljus, summerat över workshopparna."
                ),
                SMALL,
            ),
            area_lights_chart(
                [(texts.choice(a.area), a.counts, a.unrated) for a in rollup.area_lights],
                TEXT_WIDTH,
                texts,
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
                before_label=texts.gettext("Workshoppen som följs upp"),
                after_label=texts.gettext("Uppföljningen"),
                texts=texts,
            )
            for start in range(0, len(bars), PAIRS_PER_CHART)
        ]
        story += [
            CondPageBreak(SECTION_ROOM),
            KeepTogether(
                [
                    heading(texts.gettext("Före och efter: uppföljningarna"), 1),
                    text(
                        texts.gettext(
                            "Beredskapens medelvärde i workshoppen som följs upp och i "
                            "uppföljningen, par för par; de slås aldrig ihop."
                        ),
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
    """The words are in ``settings.language``; the user's data stays as entered."""
    register_fonts(fonts_dir)
    texts = ExportTexts.for_language(settings.language)
    summaries = rollup.summaries
    groups = rollup.organisations
    workshops = texts.counted(len(summaries), "workshop", "workshoppar")
    period = _period(rollup, texts)
    people = (p for s in summaries for p in s.participants)
    held = personal_data_statement(people, settings, texts)
    story: list[Flowable] = [
        gap(28),
        text(texts.gettext(REPORT_KIND), KICKER),
        gap(2),
        text(texts.gettext("Sammanställning av workshoppar"), COVER_TITLE),
        text(
            texts.gettext("{workshops} i {organisations}").format(
                workshops=workshops,
                organisations=texts.counted(len(groups), "organisation", "organisationer"),
            ),
            COVER_TEXT,
        ),
        text(texts.gettext("Period: {period}").format(period=period), COVER_TEXT),
        text(selection_text(settings.selection, texts), COVER_TEXT),
        # What the file holds of the participants (issue 19), for whoever it is passed on to.
        text(f"{texts.gettext(PERSONAL_DATA_LABEL)}: {held}", COVER_TEXT),
        gap(60),
        text(made_line(settings, texts), SMALL),
        PageBreak(),
        heading(texts.gettext("Sammanfattning")),
        key_figures(
            [
                (
                    str(len(summaries)),
                    texts.ngettext("workshop", "workshoppar", len(summaries)),
                ),
                (
                    str(dependencies := sum(g.dependency_count for g in groups)),
                    texts.ngettext("beroende", "beroenden", dependencies),
                ),
                (
                    str(actions := sum(g.action_count for g in groups)),
                    texts.ngettext("åtgärd", "åtgärder", actions),
                ),
                (
                    str(overdue := sum(g.overdue_count for g in groups)),
                    texts.ngettext("försenad åtgärd", "försenade åtgärder", overdue),
                ),
            ]
        ),
        gap(3),
        heading(texts.gettext("Förändringsberedskap per organisation"), 1),
        _means_table(
            rollup,
            [
                (
                    g.organisation,
                    texts.counted(len(g.rows), "workshop", "workshoppar"),
                    *(texts.decimal(m) for m in g.dimension_means),
                    texts.decimal(g.readiness_mean),
                )
                for g in groups
            ],
            texts.gettext("Organisation"),
            60 * mm,
            texts,
            second=texts.gettext("Antal"),
        ),
        _dimension_key(rollup, texts),
        text(texts.gettext(CURRENT_NOTE), SMALL),
        *_region(rollup, texts),
    ]
    for group in groups:
        story += _organisation(rollup, group, texts)
    story += [PageBreak(), *method_appendix(summaries, settings, texts)]
    kind = texts.gettext(REPORT_KIND).lower()

    def build(path: Path) -> None:
        ReportDocument(
            path,
            title=texts.gettext("Sammanställning: {kind}").format(kind=kind),
            subject=f"{workshops}, {period}",
            running_header=texts.gettext("Sammanställning av {workshops} · {period}").format(
                workshops=workshops, period=period
            ),
            author=texts.program,
            texts=texts,
        ).build_story(story)

    write_atomically(target, build)
