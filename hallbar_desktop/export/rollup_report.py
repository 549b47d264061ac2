"""The PDF roll-up for coordinators: all selected workshops, then one section per organisation."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.rollup import OrganisationGroup, RollupSummary
from hallbar_desktop.export.plain_text import decimal_comma, iso_date, signed_decimal_comma
from hallbar_desktop.export.report_charts import RangeBar, readiness_chart
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
from hallbar_desktop.export.workshop_report import REPORT_KIND, method_appendix
from hallbar_desktop.file_target import write_atomically

# Long lists are cut in the PDF; the workbook holds every row.
OVERDUE_SHOWN = 15


def _period(rollup: RollupSummary) -> str:
    first, last = rollup.first_date, rollup.last_date
    if first is None or last is None:
        return "utan datum"
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def _means_table(
    rollup: RollupSummary, rows: list[tuple[str, ...]], first: str, first_width: float
) -> Flowable:
    dims = rollup.dimensions
    rest = (TEXT_WIDTH - first_width - 22 * mm - 14 * mm) / max(1, len(dims))
    return data_table(
        rows,
        [first_width, 22 * mm, *([rest] * len(dims)), 14 * mm],
        header=(first, "Datum", *(d.code for d in dims), "Totalt"),
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
        heading(group.organisation),
        key_figures(
            [
                (str(len(group.rows)), "workshoppar"),
                (str(group.dependency_count), "beroenden"),
                (str(group.action_count), f"åtgärder, varav {group.done_count} klara"),
                (str(group.overdue_count), "försenade åtgärder"),
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
    story += [
        heading("Förändringsberedskap", 1),
        readiness_chart(
            bars,
            TEXT_WIDTH,
            caption="Stapel: medelvärde över workshopparna. "
            "Linje: lägsta till högsta workshopvärde.",
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
            data_table(
                [
                    (
                        line.dependency.title,
                        s.workshop.title,
                        line.dependency.category.label,
                        line.priority.label if line.priority else "–",
                    )
                    for s, line in group.critical_dependencies
                ],
                [TEXT_WIDTH - 106 * mm, 40 * mm, 39 * mm, 27 * mm],
                header=("Beroende", "Workshop", "Typ", "Prioritet"),
            ),
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
                text(f"Ytterligare {hidden} försenade åtgärder finns i Excel-filen.", SMALL)
            )
    return [*story, PageBreak()]


def write_rollup_report(
    rollup: RollupSummary, target: Path, settings: ExportSettings, fonts_dir: Path
) -> None:
    register_fonts(fonts_dir)
    summaries = rollup.summaries
    groups = rollup.organisations
    story: list[Flowable] = [
        gap(28),
        text(REPORT_KIND, KICKER),
        gap(2),
        text("Sammanställning av workshoppar", COVER_TITLE),
        text(
            f"{len(summaries)} workshoppar i {len(groups)} "
            f"{'organisation' if len(groups) == 1 else 'organisationer'}",
            COVER_TEXT,
        ),
        text(f"Period: {_period(rollup)}", COVER_TEXT),
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
                (str(len(summaries)), "workshoppar"),
                (str(sum(g.dependency_count for g in groups)), "beroenden"),
                (str(sum(g.action_count for g in groups)), "åtgärder"),
                (str(sum(g.overdue_count for g in groups)), "försenade åtgärder"),
            ]
        ),
        gap(3),
        heading("Förändringsberedskap per organisation", 1),
        _means_table(
            rollup,
            [
                (
                    g.organisation,
                    f"{len(g.rows)} st.",
                    *(decimal_comma(m) for m in g.dimension_means),
                    decimal_comma(_mean([r.summary.readiness_mean for r in g.rows])),
                )
                for g in groups
            ],
            "Organisation",
            60 * mm,
        ),
        _dimension_key(rollup),
        PageBreak(),
    ]
    for group in groups:
        story += _organisation(rollup, group)
    story += method_appendix(summaries, settings)

    def build(path: Path) -> None:
        ReportDocument(
            path,
            title=f"Sammanställning: {REPORT_KIND.lower()}",
            subject=f"{len(summaries)} workshoppar, {_period(rollup)}",
            running_header=f"Sammanställning av {len(summaries)} workshoppar · {_period(rollup)}",
            author="hallbar-desktop",
        ).build_story(story)

    write_atomically(target, build)


def _mean(values: list[float | None]) -> float | None:
    given = [v for v in values if v is not None]
    return sum(given) / len(given) if given else None
