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
from hallbar_desktop.export.plain_text import decimal_comma

METHOD = (
    "Workshoppen följer Tillväxtverkets vägledning för hållbar regional utveckling: gruppen "
    "skattar förutsättningarna för förändringen, identifierar beroenden som kan hindra den, "
    "prioriterar dem efter påverkan och påverkbarhet och beslutar om åtgärder med ansvarig "
    "och datum."
)

FORMULAS = (
    (
        "Per påstående",
        "n, median, medelvärde, min, max och spridning (max − min). "
        "Svaret ”Vet ej” räknas inte in.",
    ),
    (
        "Per dimension",
        "Medelvärdet av påståendenas medelvärden. Min och max gäller "
        "deltagarnas egna medelvärden för dimensionen.",
    ),
    (
        "Trafikljus",
        f"Efter medianen: högst {RED_AT_MOST} röd, {RED_AT_MOST + 1} gul, "
        f"minst {GREEN_AT_LEAST} grön. För sårbarhet är färgerna omvända.",
    ),
    (
        "Stor spridning",
        f"När spridningen är minst {LARGE_SPREAD} eller standardavvikelsen "
        f"minst {decimal_comma(LARGE_SD)}: diskutera i gruppen.",
    ),
    (
        "Prioritering av beroenden",
        f"Stor påverkan ({HIGH_IMPACT_AT_LEAST}–5) och inom vår "
        "rådighet eller påverkbart: Agera nu. Stor påverkan men utanför vår påverkan: Påverka och "
        "eskalera. Mindre påverkan och påverkbart: Hantera löpande. Annars: Bevaka.",
    ),
    ("Försenad åtgärd", "Klart senast har passerat och åtgärden är varken klar eller avbruten."),
)


def templates_of(summaries: Iterable[WorkshopSummary]) -> list[ReadinessTemplate]:
    seen: dict[tuple[str, int], ReadinessTemplate] = {}
    for summary in summaries:
        seen.setdefault((summary.template.key, summary.template.version), summary.template)
    return list(seen.values())


def scale_lines(
    template: ReadinessTemplate, dimension: Dimension | None = None
) -> list[tuple[str, str]]:
    """The anchors of the template's general scale, or those ``dimension`` shows."""
    scale = template.scale if dimension is None else template.scale_of(dimension)
    return [
        *((str(a.value), f"{a.label} – {a.description.lower()}") for a in scale),
        ("–", f"{template.dont_know_label} (räknas inte in)"),
    ]


def own_scale_title(dimension: Dimension) -> str:
    return f"Skala för {dimension.code} {dimension.label}"


def method_facts(summaries: Iterable[WorkshopSummary], settings: ExportSettings) -> list[Any]:
    """Rows for a fact sheet: headings as strings, facts as (label, value) pairs."""
    templates = templates_of(summaries)
    rows: list[Any] = ["Metod", ("Arbetssätt", METHOD), *FORMULAS, None]
    for template in templates:
        rows += [f"Skala: {template.name} (version {template.version})", *scale_lines(template)]
        for dimension in template.dimensions_with_own_scale:
            rows += [own_scale_title(dimension), *scale_lines(template, dimension)]
        rows += [None, "Källor", *((f"Källa {n}", s) for n, s in enumerate(template.sources, 1))]
        rows.append(None)
    rows += [
        "Om filen",
        ("Skapad med", f"hallbar-desktop {settings.app_version}"),
        ("Exporterad", settings.exported_at),
        (
            "Personuppgifter",
            "Skattningarna visas bara per ”Deltagare 1…n”. Namn finns med bara om den som "
            "exporterade valde det."
            + (" Namn finns med i den här filen." if settings.include_names else ""),
        ),
    ]
    return rows
