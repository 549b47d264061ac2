"""The method description both exports end with, so Excel and PDF explain the same rules."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hallbar_desktop.domain.dependency import HIGH_IMPACT_AT_LEAST
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.readiness import (
    GREEN_AT_LEAST,
    LARGE_SD,
    LARGE_SPREAD,
    RED_AT_MOST,
    Dimension,
    ReadinessTemplate,
)
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts

METHOD = N_(
    "Workshoppen följer Tillväxtverkets vägledning för hållbar regional utveckling: gruppen "
    "skattar förutsättningarna för förändringen, identifierar beroenden som kan hindra den, "
    "prioriterar dem efter påverkan och påverkbarhet och beslutar om åtgärder med ansvarig "
    "och datum."
)


def formulas(texts: ExportTexts = SWEDISH) -> list[tuple[str, str]]:
    """How each figure of the exports is computed, as (what, how) pairs."""
    return [
        (
            texts.gettext("Per påstående"),
            texts.gettext(
                "n, median, medelvärde, min, max och spridning (max − min). "
                "Svaret ”Vet ej” räknas inte in."
            ),
        ),
        (
            texts.gettext("Per dimension"),
            texts.gettext(
                "Medelvärdet av påståendenas medelvärden. Min och max gäller "
                "deltagarnas egna medelvärden för dimensionen."
            ),
        ),
        (
            texts.gettext("Trafikljus"),
            texts.gettext(
                "Efter medianen: högst {red} röd, {yellow} gul, minst {green} grön. "
                "För sårbarhet är färgerna omvända."
            ).format(red=RED_AT_MOST, yellow=RED_AT_MOST + 1, green=GREEN_AT_LEAST),
        ),
        (
            texts.gettext("Stor spridning"),
            texts.gettext(
                "När spridningen är minst {spread} eller standardavvikelsen minst {sd}: "
                "diskutera i gruppen."
            ).format(spread=LARGE_SPREAD, sd=texts.decimal(LARGE_SD)),
        ),
        (
            texts.gettext("Prioritering av beroenden"),
            texts.gettext(
                "Stor påverkan ({high}–5) och inom vår rådighet eller påverkbart: Agera nu. "
                "Stor påverkan men utanför vår påverkan: Påverka och eskalera. Mindre påverkan "
                "och påverkbart: Hantera löpande. Annars: Bevaka."
            ).format(high=HIGH_IMPACT_AT_LEAST),
        ),
        (
            texts.gettext("Försenad åtgärd"),
            texts.gettext("Klart senast har passerat och åtgärden är varken klar eller avbruten."),
        ),
    ]


def templates_of(summaries: Iterable[WorkshopSummary]) -> list[ReadinessTemplate]:
    seen: dict[tuple[str, int], ReadinessTemplate] = {}
    for summary in summaries:
        seen.setdefault((summary.template.key, summary.template.version), summary.template)
    return list(seen.values())


def scale_lines(
    template: ReadinessTemplate,
    dimension: Dimension | None = None,
    texts: ExportTexts = SWEDISH,
) -> list[tuple[str, str]]:
    """The anchors of the template's general scale, or those ``dimension`` shows (the
    template's own words)."""
    scale = template.scale if dimension is None else template.scale_of(dimension)
    return [
        *((str(a.value), f"{a.label} – {a.description.lower()}") for a in scale),
        ("–", texts.gettext("{label} (räknas inte in)").format(label=template.dont_know_label)),
    ]


def own_scale_title(dimension: Dimension, texts: ExportTexts = SWEDISH) -> str:
    return texts.gettext("Skala för {code} {label}").format(
        code=dimension.code, label=dimension.label
    )


def method_facts(
    summaries: Iterable[WorkshopSummary],
    settings: ExportSettings,
    texts: ExportTexts = SWEDISH,
) -> list[Any]:
    """Rows for a fact sheet: headings as strings, facts as (label, value) pairs."""
    templates = templates_of(summaries)
    rows: list[Any] = [
        texts.gettext("Metod"),
        (texts.gettext("Arbetssätt"), texts.gettext(METHOD)),
        *formulas(texts),
        None,
    ]
    for template in templates:
        rows += [
            texts.gettext("Skala: {name} (version {version})").format(
                name=template.name, version=template.version
            ),
            *scale_lines(template, texts=texts),
        ]
        for dimension in template.dimensions_with_own_scale:
            rows += [
                own_scale_title(dimension, texts),
                *scale_lines(template, dimension, texts),
            ]
        rows += [
            None,
            texts.gettext("Källor"),
            *(
                (texts.gettext("Källa {n}").format(n=n), s)
                for n, s in enumerate(template.sources, 1)
            ),
        ]
        rows.append(None)
    privacy = texts.gettext(
        "Skattningarna visas bara per ”Deltagare 1…n”. Namn finns med bara om den som "
        "exporterade valde det."
    )
    if settings.include_names:
        privacy += " " + texts.gettext("Namn finns med i den här filen.")
    rows += [
        texts.gettext("Om filen"),
        (texts.gettext("Skapad med"), f"{texts.program} {settings.app_version}"),
        (texts.gettext("Exporterad"), settings.exported_at),
        (texts.gettext("Personuppgifter"), privacy),
    ]
    return rows
