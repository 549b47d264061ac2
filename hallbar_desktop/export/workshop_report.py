"""The PDF report of one workshop, as a region would send it to its board."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from hallbar_desktop.domain.audit import AuditLog
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.follow_up_comparison import FollowUpComparison, MeanChange
from hallbar_desktop.domain.note import notes_by_group
from hallbar_desktop.domain.readiness import DimensionResult
from hallbar_desktop.domain.summary import ActionLine, AreaLights, WorkshopSummary
from hallbar_desktop.error_messages import (
    data_field_label,
    data_problem_meaning,
    data_problem_record,
    data_problem_value,
)
from hallbar_desktop.export.audit_appendix import audit_appendix
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts
from hallbar_desktop.export.method_text import (
    METHOD,
    formulas,
    own_scale_title,
    scale_lines,
    templates_of,
)
from hallbar_desktop.export.personal_data import PERSONAL_DATA_LABEL, personal_data_statement
from hallbar_desktop.export.plain_text import iso_date, paragraph_markup
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

REPORT_KIND = N_("Förändringsberedskap för hållbarhetsintegrering")
# A section starts on a new page when less than this is left: its heading and first lines.
SECTION_ROOM = 70 * mm
MATRIX_ROOM = 140 * mm  # two headings, the matrix and its legend
TABLE_START_ROOM = 45 * mm  # a heading, a table's header and its first rows
INTRO = ParagraphStyle("Intro", parent=SMALL, keepWithNext=1)  # a line that leads into a table
# Nr, Beroende, Typ, Prioritet, Påverkan, Prickar, Status
DEPENDENCY_WIDTHS = [9 * mm, TEXT_WIDTH - 129 * mm, 36 * mm, 26 * mm, 19 * mm, 15 * mm, 24 * mm]


def made_line(settings: ExportSettings, texts: ExportTexts) -> str:
    """The small print under a report's cover: when and with what it was made."""
    return texts.gettext(
        "Rapporten skapades {date} med {program} {version}. Skattningarna redovisas utan namn."
    ).format(
        date=f"{settings.exported_at:%Y-%m-%d}",
        program=texts.program,
        version=settings.app_version,
    )


def _follows_up(
    s: WorkshopSummary, earlier: WorkshopSummary | None, texts: ExportTexts
) -> str | None:
    """The line that names the workshop a follow-up follows up; None for any other."""
    if s.workshop.follows_up_id is None:
        return None
    if earlier is None:
        return texts.gettext("en tidigare workshop som inte finns med i exporten")
    held = iso_date(earlier.workshop.held_on, texts.gettext("utan datum"))
    return f"{earlier.workshop.title} ({held})"


def _cover(
    s: WorkshopSummary,
    settings: ExportSettings,
    earlier: WorkshopSummary | None,
    texts: ExportTexts,
) -> list[Flowable]:
    w = s.workshop
    facts = [
        (texts.gettext("Datum"), iso_date(w.held_on)),
        (texts.gettext("Plats"), w.place or "–"),
        (texts.gettext("Processledare"), w.facilitator or "–"),
        (texts.gettext("Antal deltagare"), str(s.participant_count)),
        (texts.gettext("Typ av workshop"), texts.choice(w.variant)),
    ]
    follows = _follows_up(s, earlier, texts)
    if follows is not None:
        facts.append((texts.gettext("Följer upp"), follows))
    facts.append(
        (texts.gettext("Uppföljning"), iso_date(w.follow_up_on, texts.gettext("Inte bestämd")))
    )
    facts.append(
        (
            texts.gettext(PERSONAL_DATA_LABEL),
            personal_data_statement(s.participants, settings, texts),
        )
    )
    story: list[Flowable] = [
        gap(28),
        text(texts.gettext(REPORT_KIND), KICKER),
        gap(2),
        text(w.title, COVER_TITLE),
    ]
    for value in (w.organisation, w.unit):
        if value.strip():
            story.append(text(value, COVER_TEXT))
    if follows is not None:
        story.append(
            text(texts.gettext("Uppföljning av {workshop}").format(workshop=follows), COVER_TEXT)
        )
    if w.change_focus.strip():
        focus_heading = texts.gettext("Förändring i fokus")
        story += [
            gap(4),
            markup(f"<b>{paragraph_markup(focus_heading)}</b>", BODY),
            text(w.change_focus, BODY),
        ]
    story += [
        gap(10),
        data_table(
            facts,
            [45 * mm, TEXT_WIDTH - 45 * mm],
            header=(texts.gettext("Uppgift"), texts.gettext("Värde")),
            cell_styles=(CELL_BOLD, CELL),
        ),
        gap(30),
        text(made_line(settings, texts), SMALL),
        PageBreak(),
    ]
    return story


def _overdue_text(line: ActionLine, texts: ExportTexts) -> str:
    """The overdue mark beside the stored status: how many days past Klart senast."""
    return texts.counted(line.days_overdue, "dag", "dagar") if line.overdue else "–"


def _summary_page(
    s: WorkshopSummary, numbers: dict[object, int], texts: ExportTexts
) -> list[Flowable]:
    high = sum(n for q, n in s.dependencies_per_quadrant if q.is_high_priority)
    story: list[Flowable] = [
        heading(texts.gettext("Sammanfattning")),
        key_figures(
            [
                (
                    texts.gettext("{value} av 5").format(value=texts.decimal(s.readiness_mean)),
                    texts.gettext("Förändringsberedskap, medelvärde"),
                ),
                (
                    str(len(s.dependencies)),
                    texts.gettext("{noun}, varav {part}").format(
                        noun=texts.ngettext("beroende", "beroenden", len(s.dependencies)),
                        part=texts.counted(high, "högprioriterat", "högprioriterade"),
                    ),
                ),
                (
                    str(len(s.actions)),
                    texts.gettext("{noun}, varav {part}").format(
                        noun=texts.ngettext("åtgärd", "åtgärder", len(s.actions)),
                        part=texts.counted(s.overdue_count, "försenad", "försenade"),
                    ),
                ),
                (iso_date(s.workshop.follow_up_on, "–"), texts.gettext("nästa uppföljning")),
            ]
        ),
        gap(3),
    ]
    story.append(markup(texts.gettext("Styrkor att bygga vidare på"), H3))
    if s.strengths:
        story.append(
            data_table(
                [
                    (r.statement.code, r.statement.text, texts.decimal(r.stats.mean))
                    for r in s.strengths
                ],
                [12 * mm, TEXT_WIDTH - 32 * mm, 20 * mm],
                header=(
                    texts.gettext("Kod"),
                    texts.gettext("Påstående"),
                    texts.pgettext("kolumn", "Medel"),
                ),
                cell_styles=(CELL, CELL, CELL_RIGHT),
            )
        )
    else:
        story.append(text(texts.gettext("Inga skattningar ännu."), BODY))
    story += _critical(s, numbers, texts)
    story.append(markup(texts.gettext("De viktigaste åtgärderna"), H3))
    if s.top_actions:
        story.append(
            data_table(
                [
                    (
                        a.action.title,
                        a.action.owner or texts.gettext("Ingen ansvarig"),
                        iso_date(a.action.due_on),
                        texts.choice(a.action.status),
                        _overdue_text(a, texts),
                    )
                    for a in s.top_actions
                ],
                [TEXT_WIDTH - 120 * mm, 42 * mm, 22 * mm, 26 * mm, 30 * mm],
                header=(
                    texts.gettext("Åtgärd"),
                    texts.gettext("Ansvarig"),
                    texts.gettext("Klart senast"),
                    texts.gettext("Status"),
                    texts.gettext("Försenad"),
                ),
            )
        )
    else:
        story.append(text(texts.gettext("Inga öppna åtgärder."), BODY))
    follow_up = iso_date(s.workshop.follow_up_on, texts.gettext("inte bestämd ännu"))
    follow_up_lead = texts.gettext("Uppföljning:")
    story += [
        gap(3),
        markup(f"<b>{paragraph_markup(follow_up_lead)}</b> {paragraph_markup(follow_up)}", BODY),
        PageBreak(),
    ]
    return story


def _dependency_header(texts: ExportTexts) -> tuple[str, ...]:
    return (
        texts.gettext("Nr"),
        texts.gettext("Beroende"),
        texts.gettext("Typ"),
        texts.gettext("Prioritet"),
        texts.gettext("Påverkan"),
        texts.gettext("Prickar"),
        texts.gettext("Status"),
    )


def _critical(s: WorkshopSummary, numbers: dict[object, int], texts: ExportTexts) -> list[Flowable]:
    """The most urgent open dependencies with what ranks them, and those still without an
    action named one by one."""
    story: list[Flowable] = [markup(texts.gettext("De mest kritiska beroendena"), H3)]
    if s.critical_dependencies:
        story += [
            text(
                texts.gettext(
                    "Högprioriterade beroenden som inte är hanterade, ordnade efter prioritet, "
                    "påverkan (1–5) och prickar."
                ),
                INTRO,
            ),
            data_table(
                [
                    (
                        str(numbers[line.dependency.id]),
                        line.dependency.title,
                        texts.choice(line.dependency.category),
                        texts.choice(line.priority) if line.priority else "–",
                        str(line.dependency.impact or "–"),
                        str(line.dependency.votes),
                        texts.choice(line.dependency.status),
                    )
                    for line in s.critical_dependencies
                ],
                DEPENDENCY_WIDTHS,
                header=_dependency_header(texts),
                cell_styles=(CELL, CELL, CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL),
            ),
        ]
    else:
        story.append(text(texts.gettext("Inga högprioriterade beroenden som är ohanterade."), BODY))
    if s.handled_high_priority_count:
        handled = texts.counted(
            s.handled_high_priority_count, "högprioriterat beroende", "högprioriterade beroenden"
        )
        story.append(
            text(
                texts.gettext("{handled} med status Hanterad visas inte här.").format(
                    handled=handled
                ),
                SMALL,
            )
        )
    if s.unhandled_high_priority:
        named = "; ".join(
            texts.gettext("nr {number} {title}").format(
                number=numbers[d.id], title=paragraph_markup(d.title)
            )
            for d in s.unhandled_high_priority
        )
        lead = texts.gettext("Saknar ännu en åtgärd med ansvarig och datum:")
        story.append(markup(f"<b>{lead}</b> {named}.", BODY))
    return story


def _starting_point(s: WorkshopSummary, texts: ExportTexts) -> list[Flowable]:
    w = s.workshop
    parts = [
        (texts.gettext("Nuläge"), w.current_state),
        (texts.gettext("Målbild"), w.target_picture),
        (texts.gettext("Nästa steg"), w.next_steps),
    ]
    if not any(value.strip() for _title, value in parts):
        return []
    story: list[Flowable] = [heading(texts.gettext("Utgångsläge och målbild"))]
    for title, value in parts:
        if value.strip():
            story += [heading(title, 1), text(value, BODY)]
    return [*story, gap(6)]


def _range_bar(d: DimensionResult) -> RangeBar:
    return RangeBar(
        f"{d.dimension.code} {d.dimension.label}", d.mean, d.stats.minimum, d.stats.maximum
    )


def _statement_table(dimensions: Sequence[DimensionResult], texts: ExportTexts) -> Flowable:
    results = [r for d in dimensions for r in d.statements]
    large_spread = " " + texts.gettext("(stor spridning – diskutera)")
    rows = [
        (
            r.statement.code,
            r.statement.text + (large_spread if r.stats.large_spread else ""),
            str(r.stats.n),
            texts.decimal(r.stats.mean),
            texts.decimal(r.stats.median),
            f"{texts.decimal(r.stats.minimum, 0)}–{texts.decimal(r.stats.maximum, 0)}"
            if r.stats.n
            else "–",
            str(r.stats.dont_know),
            texts.choice(r.stats.light) if r.stats.light else "–",
        )
        for r in results
    ]
    widths = [11 * mm, TEXT_WIDTH - 98 * mm, 9 * mm, 13 * mm, 16 * mm, 17 * mm, 13 * mm, 19 * mm]
    return data_table(
        rows,
        widths,
        header=(
            texts.gettext("Kod"),
            texts.gettext("Påstående"),
            "n",
            texts.pgettext("kolumn", "Medel"),
            texts.gettext("Median"),
            texts.gettext("Min–max"),
            texts.gettext("Vet ej"),
            texts.gettext("Trafikljus"),
        ),
        cell_styles=(CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL_RIGHT, CELL),
        extra=light_cells([r.stats.light for r in results], 7),
    )


def _readiness(s: WorkshopSummary, texts: ExportTexts) -> list[Flowable]:
    readiness = [d for d in s.dimensions if d.dimension.in_readiness]
    exposure = [d for d in s.dimensions if not d.dimension.in_readiness]
    story: list[Flowable] = [
        heading(texts.gettext("Förändringsberedskap")),
        text(
            texts.gettext(
                "{rated} av {participants} deltagare skattade påståendena på skalan 1–5. "
                "Stapeln visar dimensionens medelvärde och linjen spridningen mellan "
                "deltagarnas egna medelvärden (lägsta till högsta)."
            ).format(rated=s.rated_participant_count, participants=s.participant_count),
            BODY,
        ),
        readiness_chart(
            [_range_bar(d) for d in readiness],
            TEXT_WIDTH,
            caption=texts.gettext("Skala: 1 = stämmer inte alls, 5 = stämmer helt"),
            texts=texts,
        ),
        # A long table: it may start low on the page and go on over the next one, as long as
        # the heading has a few rows under it.
        CondPageBreak(TABLE_START_ROOM),
        heading(texts.gettext("Per påstående"), 1, keep_with_next=False),
        _statement_table(readiness, texts),
    ]
    scored = [d for d in s.dimensions if d.group_score is not None]
    if scored:
        story += [
            heading(texts.gettext("Gruppens skattning och kommentarer"), 1),
            data_table(
                [
                    (
                        f"{d.dimension.code} {d.dimension.label}",
                        texts.decimal(d.mean),
                        str(d.group_score.score) if d.group_score and d.group_score.score else "–",
                        d.group_score.comment if d.group_score else "",
                    )
                    for d in scored
                ],
                [45 * mm, 16 * mm, 20 * mm, TEXT_WIDTH - 81 * mm],
                header=(
                    texts.gettext("Dimension"),
                    texts.pgettext("kolumn", "Medel"),
                    texts.gettext("Gruppen"),
                    texts.gettext("Kommentar"),
                ),
                cell_styles=(CELL, CELL_RIGHT, CELL_RIGHT, CELL),
            ),
        ]
    if exposure:
        story.append(
            KeepTogether(
                [
                    heading(texts.gettext("Sårbarhet för beroenden (riskprofil)"), 1),
                    text(
                        texts.gettext(
                            "Här betyder ett högt värde att arbetet är mer sårbart, så färgerna "
                            "är omvända: hög sårbarhet är röd. Blocket räknas inte in i "
                            "beredskapen."
                        ),
                        BODY,
                    ),
                    _statement_table(exposure, texts),
                ]
            )
        )
    return story


def _dependencies(
    s: WorkshopSummary, numbers: dict[object, int], texts: ExportTexts
) -> list[Flowable]:
    numbered = [(numbers[line.dependency.id], line) for line in s.dependencies]
    # The matrix and its legend start a page of their own, unless enough room is left.
    story: list[Flowable] = [CondPageBreak(MATRIX_ROOM), heading(texts.gettext("Beroenden"))]
    if not numbered:
        return [*story, text(texts.gettext("Inga beroenden registrerades."), BODY)]
    unplaced = sum(1 for _n, line in numbered if line.quadrant is None)
    story += [
        heading(texts.gettext("Prioriteringsmatris: påverkan × påverkbarhet"), 1),
        priority_matrix(numbered, TEXT_WIDTH, texts),
        gap(1),
        category_legend(TEXT_WIDTH, texts),
    ]
    if unplaced:
        story.append(
            text(
                texts.gettext(
                    "{dependencies} saknar påverkan eller påverkbarhet och visas inte i matrisen."
                ).format(dependencies=texts.counted(unplaced, "beroende", "beroenden")),
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
                    texts.choice(line.dependency.category),
                    texts.choice(line.priority) if line.priority else texts.gettext("Inte bedömd"),
                    str(line.dependency.impact or "–"),
                    str(line.dependency.votes),
                    texts.choice(line.dependency.status),
                )
                for n, line in numbered
            ],
            DEPENDENCY_WIDTHS,
            header=_dependency_header(texts),
            cell_styles=(CELL, CELL, CELL, CELL, CELL_RIGHT, CELL_RIGHT, CELL),
        ),
        CondPageBreak(SECTION_ROOM),
        heading(texts.gettext("Beroenden per typ")),
    ]
    for category in DependencyCategory:
        members = [(n, line) for n, line in numbered if line.dependency.category is category]
        if not members:
            continue
        story.append(heading(f"{texts.choice(category)} ({len(members)})", 1))
        for n, line in members:
            story += _dependency_block(n, line, texts)
    return story


def _dependency_block(number: int, line, texts: ExportTexts) -> list[Flowable]:  # type: ignore[no-untyped-def]
    d = line.dependency
    facts = [
        texts.choice(line.priority) if line.priority else texts.gettext("Prioritet inte bedömd"),
        texts.gettext("Påverkan {impact} av 5").format(impact=d.impact) if d.impact else None,
        texts.choice(d.influence) if d.influence else None,
        texts.choice(d.horizon) if d.horizon else None,
        texts.gettext("Status: {status}").format(status=texts.choice(d.status)),
        texts.counted(d.votes, "prick", "prickar"),
    ]
    head = [
        markup(f"{number}. {paragraph_markup(d.title)}", H3),
        text(" · ".join(f for f in facts if f), SMALL),
    ]
    story: list[Flowable] = [KeepTogether(head)]
    if d.description.strip():
        story.append(text(d.description, BODY))
    handling = " – ".join(
        x for x in (texts.choice(d.strategy) if d.strategy else "", d.mitigation.strip()) if x
    )
    details = [
        (texts.gettext("Var"), texts.choice(d.location) if d.location else ""),
        (texts.gettext("Bevakas av"), d.owner),
        (texts.gettext("Hantering"), handling),
        (texts.gettext("Åtgärder"), "; ".join(line.action_titles)),
    ]
    for label, value in details:
        if value.strip():
            story.append(markup(f"<b>{label}:</b> {paragraph_markup(value)}", BODY))
    return [*story, gap(2)]


def _prerequisites(s: WorkshopSummary, texts: ExportTexts) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(SECTION_ROOM),
        heading(texts.gettext("Förutsättningar och framgångsfaktorer")),
    ]
    checks = s.prerequisite_checks
    strength = " " + texts.gettext("(styrka)")
    if checks:
        story += [
            text(
                texts.gettext(
                    "Antal punkter med varje ljus per område. Ett enda rött ljus gör inte hela "
                    "området rött: se hur punkterna fördelar sig."
                ),
                BODY,
            ),
            area_lights_chart(
                [_area_bar(a, texts) for a in s.area_light_counts], TEXT_WIDTH, texts
            ),
            gap(3),
            data_table(
                [
                    (
                        texts.choice(c.area),
                        c.prompt + (strength if c.is_strength else ""),
                        texts.choice(c.light) if c.light else "–",
                        c.note,
                    )
                    for c in checks
                ],
                [32 * mm, TEXT_WIDTH - 112 * mm, 20 * mm, 60 * mm],
                header=(
                    texts.gettext("Område"),
                    texts.gettext("Punkt"),
                    texts.gettext("Läge"),
                    texts.gettext("Anteckning"),
                ),
                extra=light_cells([c.light for c in checks], 2),
            ),
        ]
    else:
        story.append(text(texts.gettext("Checklistan för förutsättningarna fylldes inte i."), BODY))
    story.append(heading(texts.gettext("Framgångsfaktorer"), 1))
    if s.success_factors:
        story.append(
            data_table(
                [(f.text, texts.choice(f.area) if f.area else "–") for f in s.success_factors],
                [TEXT_WIDTH - 45 * mm, 45 * mm],
                header=(texts.gettext("Det gruppen kan bygga vidare på"), texts.gettext("Område")),
            )
        )
    else:
        story.append(text(texts.gettext("Gruppen namngav inga framgångsfaktorer."), BODY))
    return story


def _area_bar(
    lights: AreaLights, texts: ExportTexts
) -> tuple[str, tuple[tuple[TrafficLight, int], ...], int]:
    return texts.choice(lights.area), lights.counts, lights.unrated


def _action_plan(
    s: WorkshopSummary, numbers: dict[object, int], texts: ExportTexts
) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(SECTION_ROOM), heading(texts.gettext("Handlingsplan"))]
    if not s.actions:
        return [*story, text(texts.gettext("Inga åtgärder beslutades."), BODY)]
    story += [
        text(
            texts.gettext(
                "{actions}, sorterade efter prioritet och datum. Status är den som registrerats; "
                "Försenad visar hur många dagar sedan Klart senast passerade ({overdue})."
            ).format(
                actions=texts.counted(len(s.actions), "åtgärd", "åtgärder"),
                overdue=texts.counted(s.overdue_count, "åtgärd", "åtgärder"),
            ),
            BODY,
        ),
        status_chart(s.actions_per_status, TEXT_WIDTH * 0.7, texts),
        gap(4),
    ]
    rows = []
    for line in s.actions:
        a = line.action
        linked = sorted(numbers[i] for i in a.dependency_ids if i in numbers)
        rows.append(
            (
                a.title,
                a.owner or texts.gettext("Ingen ansvarig"),
                iso_date(a.due_on),
                texts.choice(a.status),
                _overdue_text(line, texts),
                texts.choice(a.priority),
                ", ".join(map(str, linked)) or "–",
            )
        )
    story.append(
        data_table(
            rows,
            [TEXT_WIDTH - 131 * mm, 34 * mm, 21 * mm, 21 * mm, 19 * mm, 17 * mm, 19 * mm],
            header=(
                texts.gettext("Åtgärd"),
                texts.gettext("Ansvarig"),
                texts.gettext("Klart senast"),
                texts.gettext("Status"),
                texts.gettext("Försenad"),
                texts.gettext("Prioritet"),
                # The numbers of the linked dependencies, in a narrow column.
                texts.pgettext("nummer", "Beroende"),
            ),
        )
    )
    return story


def _notes(s: WorkshopSummary, texts: ExportTexts) -> list[Flowable]:
    """Every note the participants wrote, with its step, group and dots: also those nobody
    gave a dot, which the group may still want to come back to."""
    if not s.notes:
        return []
    rows = []
    steps = dict.fromkeys(n.step for n in s.notes)
    for step in steps:
        for group, notes in notes_by_group(n for n in s.notes if n.step is step):
            # A group named by a type the participant chose is one of the domain's labels,
            # which the catalogue translates; a name the facilitator typed stays as it is.
            shown = texts.gettext(group) if group else texts.gettext("Utan grupp")
            rows += [(texts.choice(step), shown, n.text, str(n.votes)) for n in notes]
    return [
        CondPageBreak(SECTION_ROOM),
        heading(texts.gettext("Lappar från deltagarna")),
        text(
            texts.gettext(
                "{notes} från inmatningen, per steg och grupp (typen deltagaren valde eller "
                "gruppen processledaren lade lappen i), med prickarna den fick."
            ).format(notes=texts.counted(len(s.notes), "lapp", "lappar")),
            BODY,
        ),
        data_table(
            rows,
            [38 * mm, 38 * mm, TEXT_WIDTH - 92 * mm, 16 * mm],
            header=(
                texts.gettext("Steg"),
                texts.gettext("Grupp eller typ"),
                texts.gettext("Lapp"),
                texts.gettext("Prickar"),
            ),
            cell_styles=(CELL, CELL, CELL, CELL_RIGHT),
        ),
    ]


def _follow_up(comparison: FollowUpComparison | None, texts: ExportTexts) -> list[Flowable]:
    """Before and after against the workshop this one follows up (domain §3.7)."""
    if comparison is None:
        return []
    earlier = comparison.earlier.workshop
    readiness = [d for d in comparison.dimensions if d.in_readiness]
    story: list[Flowable] = [
        CondPageBreak(SECTION_ROOM),
        heading(texts.gettext("Uppföljning: före och efter")),
        text(
            texts.gettext(
                "Jämfört med {workshop} ({date}). Förändringen är efter minus före; för "
                "sårbarheten är en minskning en förbättring."
            ).format(
                workshop=earlier.title, date=iso_date(earlier.held_on, texts.gettext("utan datum"))
            ),
            BODY,
        ),
        before_after_chart(
            [BeforeAfter(f"{d.code} {d.label}", d.before, d.after) for d in readiness],
            TEXT_WIDTH,
            before_label=iso_date(earlier.held_on, texts.gettext("Före")),
            after_label=iso_date(comparison.later.workshop.held_on, texts.gettext("Efter")),
            texts=texts,
        ),
        heading(texts.gettext("Per dimension"), 1),
        _change_table(
            [
                *((f"{d.code} {d.label}".strip(), d) for d in comparison.dimensions),
                # The domain names the readiness row "Beredskap totalt", the others are the
                # template's words.
                (texts.gettext("Beredskap totalt"), comparison.readiness),
            ],
            texts.gettext("Dimension"),
            texts,
            with_text=False,
        ),
    ]
    share = comparison.done_share
    done = comparison.earlier_done_count
    total = comparison.earlier_action_count
    story += [
        heading(texts.gettext("Åtgärderna från förra gången"), 1),
        text(
            texts.gettext("Klara: {done} av {actions} ({share} %). Avbrutna: {cancelled}.").format(
                done=done,
                actions=texts.counted(total, "åtgärd", "åtgärder"),
                share=texts.decimal(share * 100 if share is not None else None, 0),
                cancelled=comparison.earlier_cancelled_count,
            )
            if total
            else texts.gettext("Workshoppen som följs upp hade inga åtgärder."),
            BODY,
        ),
        heading(texts.gettext("Per påstående"), 1),
        _change_table(
            [(d.code, d) for d in comparison.statements],
            texts.gettext("Påstående"),
            texts,
            with_text=True,
        ),
    ]
    return story


def _change_table(
    rows: Sequence[tuple[str, MeanChange]], first: str, texts: ExportTexts, *, with_text: bool
) -> Flowable:
    """Before, after and the change, per dimension or (with its text) per statement."""
    numbers = [16 * mm, 16 * mm, 22 * mm]
    if with_text:
        leading: list[float] = [12 * mm, TEXT_WIDTH - 12 * mm - sum(numbers)]
        header: tuple[str, ...] = (texts.gettext("Kod"), first)
    else:
        leading = [TEXT_WIDTH - sum(numbers)]
        header = (first,)
    return data_table(
        [
            (
                *((name, change.label) if with_text else (name,)),
                texts.decimal(change.before),
                texts.decimal(change.after),
                texts.signed_decimal(change.change),
            )
            for name, change in rows
        ],
        [*leading, *numbers],
        header=(
            *header,
            texts.gettext("Före"),
            texts.gettext("Efter"),
            texts.gettext("Förändring"),
        ),
        cell_styles=(*([CELL] * len(leading)), CELL_RIGHT, CELL_RIGHT, CELL_RIGHT),
    )


def problem_section(
    summaries: Sequence[WorkshopSummary], texts: ExportTexts = SWEDISH
) -> list[Flowable]:
    """Values the file holds that could not be used as they are, named with what the file
    holds; the report's tables show a stand-in for them. Nothing when there are none."""
    rows = [
        (
            p.workshop_title,
            data_problem_record(p, texts.language)
            + f", {data_field_label(p.field, texts.language)}",
            data_problem_value(p, texts.language),
            data_problem_meaning(p, texts.language),
        )
        for s in summaries
        for p in s.problems
    ]
    if not rows:
        return []
    return [
        heading(texts.gettext("Problem i databasen")),
        text(
            texts.gettext(
                "De här värdena i databasfilen kunde inte användas som de är. De finns kvar "
                "orörda i filen; rapporten visar i stället det som står under Vad det betyder."
            ),
            BODY,
        ),
        data_table(
            rows,
            [35 * mm, 40 * mm, 35 * mm, TEXT_WIDTH - 110 * mm],
            header=(
                texts.gettext("Workshop"),
                texts.gettext("Post och fält"),
                texts.gettext("Värde i filen"),
                texts.gettext("Vad det betyder"),
            ),
        ),
    ]


def method_appendix(
    summaries: Sequence[WorkshopSummary],
    settings: ExportSettings,
    texts: ExportTexts = SWEDISH,
) -> list[Flowable]:
    scale_header = (texts.gettext("Värde"), texts.gettext("Betydelse"))
    story: list[Flowable] = problem_section(summaries, texts)
    story += [heading(texts.gettext("Bilaga: om metoden")), text(texts.gettext(METHOD), BODY)]
    story += [
        heading(texts.gettext("Beräkningar"), 1),
        data_table(
            formulas(texts),
            [40 * mm, TEXT_WIDTH - 40 * mm],
            header=(texts.gettext("Vad"), texts.gettext("Så räknas det")),
            cell_styles=(CELL_BOLD, CELL),
        ),
    ]
    for template in templates_of(summaries):
        story += [
            heading(
                texts.gettext("Skala ({name}, version {version})").format(
                    name=template.name, version=template.version
                ),
                1,
            ),
            data_table(
                scale_lines(template, texts=texts),
                [15 * mm, TEXT_WIDTH - 15 * mm],
                header=scale_header,
            ),
        ]
        for dimension in template.dimensions_with_own_scale:
            story += [
                heading(own_scale_title(dimension, texts), 1),
                data_table(
                    scale_lines(template, dimension, texts),
                    [15 * mm, TEXT_WIDTH - 15 * mm],
                    header=scale_header,
                ),
            ]
        story += [
            heading(texts.gettext("Källor"), 1),
            *(text(source, BODY) for source in template.sources),
        ]
    if settings.include_names and len(summaries) == 1:
        people = summaries[0].participants
        story += [
            heading(texts.gettext("Deltagare"), 1),
            text(
                texts.gettext(
                    "Namnen finns med för att den som exporterade valde det. Skattningarna "
                    "redovisas ändå utan namn."
                ),
                SMALL,
            ),
            data_table(
                [(p.alias, p.name, p.role) for p in people],
                [30 * mm, 70 * mm, TEXT_WIDTH - 100 * mm],
                header=(
                    texts.gettext("Alias"),
                    texts.pgettext("kolumn", "Namn"),
                    texts.gettext("Roll"),
                ),
            ),
        ]
    return story


def write_workshop_report(
    summary: WorkshopSummary,
    target: Path,
    settings: ExportSettings,
    fonts_dir: Path,
    follow_up: FollowUpComparison | None = None,
    audit: AuditLog | None = None,
) -> None:
    """``follow_up`` compares a follow-up with the workshop it follows up, when that one is
    still stored: the cover names it and a section shows before and after. ``audit``, the
    workshop's log of changes after its day, is the last appendix when it has entries. The
    words are in ``settings.language``; the user's data stays as entered."""
    register_fonts(fonts_dir)
    texts = ExportTexts.for_language(settings.language)
    w = summary.workshop
    numbers: dict[object, int] = {line.dependency.id: line.number for line in summary.dependencies}
    story = [
        *_cover(summary, settings, follow_up.earlier if follow_up else None, texts),
        *_summary_page(summary, numbers, texts),
        *_starting_point(summary, texts),
        *_readiness(summary, texts),
        *_follow_up(follow_up, texts),
        *_dependencies(summary, numbers, texts),
        *_prerequisites(summary, texts),
        *_action_plan(summary, numbers, texts),
        *_notes(summary, texts),
        PageBreak(),
        *method_appendix([summary], settings, texts),
        *audit_appendix(audit, texts),
    ]
    header = " · ".join(x for x in (w.organisation.strip(), w.title) if x)
    kind = texts.gettext(REPORT_KIND)
    subject = texts.gettext("Rapport från workshop om {kind}").format(kind=kind.lower())
    if w.organisation.strip():
        subject += f", {w.organisation}"

    def build(path: Path) -> None:
        ReportDocument(
            path,
            title=f"{w.title} – {kind.lower()}",
            subject=subject,
            running_header=header,
            author=w.facilitator or w.organisation,
            texts=texts,
        ).build_story(story)

    write_atomically(target, build)
