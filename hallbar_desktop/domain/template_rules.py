"""What an organisation's own readiness template must hold before it is saved, and its key."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.readiness import SCALE_VALUES, ReadinessTemplate, ScaleAnchor
from hallbar_desktop.domain.validation import check_characters, swedish_count

NAME_MAX = 120
CODE_MAX = 10
LABEL_MAX = 200
STATEMENT_MAX = 500
TEXT_MAX = 2000
# As many as a workshop package may carry (resources/schemas/hallbar-package-v1.schema.json).
DIMENSIONS_MAX = 100
STATEMENTS_MAX = 200
PROMPTS_MAX = 200
SOURCES_MAX = 100
# Codes appear in the exports' columns and on the projector: short, without spaces.
_CODE = re.compile(r"[0-9A-Za-zÅÄÖåäö._-]+")


class Part(Enum):
    """Which part of the template a problem is in (the editor shows it beside that part)."""

    NAME = "name"
    DONT_KNOW = "dont_know"
    SCALE = "scale"
    DIMENSIONS = "dimensions"
    DIMENSION = "dimension"
    STATEMENT = "statement"
    PROMPT = "prompt"
    SOURCES = "sources"


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One thing that stops a template from being saved, and where it is: ``dimension`` is the
    dimension's position (for its own scale too), ``row`` the statement's, prompt's or scale
    value's position, ``field`` the field ("code", "label", "text", "description")."""

    part: Part
    message: str
    dimension: int | None = None
    row: int | None = None
    field: str = ""


def template_problems(
    template: ReadinessTemplate, names_taken: Iterable[str] = ()
) -> tuple[TemplateProblem, ...]:
    """Every problem in ``template`` as an own template, in the order the editor shows its
    parts; ``names_taken`` are other templates' names (a name said twice would make an export
    ambiguous about which template was used)."""
    found = [
        TemplateProblem(Part.NAME, m, field="name") for m in _name_messages(template, names_taken)
    ]
    found += [
        TemplateProblem(Part.DONT_KNOW, m, field="dont_know_label")
        for m in _text_messages(template.dont_know_label, "Svaret ”Vet ej”", LABEL_MAX, True)
    ]
    found += _scale_problems(template.scale, "Skalan", None)
    found += _dimension_problems(template)
    for row, prompt in enumerate(template.prerequisite_prompts):
        found += [
            TemplateProblem(Part.PROMPT, m, row=row, field="text")
            for m in _text_messages(prompt.text, f"Förutsättning {row + 1}", TEXT_MAX, True)
        ]
    if len(template.prerequisite_prompts) > PROMPTS_MAX:
        found.append(_too_many(Part.PROMPT, "förutsättningar", PROMPTS_MAX))
    for row, source in enumerate(template.sources):
        found += [
            TemplateProblem(Part.SOURCES, m, row=row)
            for m in _text_messages(source, f"Källa {row + 1}", TEXT_MAX)
        ]
    if len(template.sources) > SOURCES_MAX:
        found.append(_too_many(Part.SOURCES, "källor", SOURCES_MAX))
    return tuple(found)


def _name_messages(template: ReadinessTemplate, names_taken: Iterable[str]) -> list[str]:
    said = _text_messages(template.name, "Namnet", NAME_MAX, True)
    if not said and _folded(template.name) in {_folded(n) for n in names_taken}:
        said.append(
            "Det finns redan en mall med det namnet. Välj ett annat, så att exporterna visar "
            "vilken mall som användes."
        )
    return said


def _dimension_problems(template: ReadinessTemplate) -> list[TemplateProblem]:
    found: list[TemplateProblem] = []
    dimensions = template.dimensions
    if not dimensions:
        found.append(TemplateProblem(Part.DIMENSIONS, "Mallen behöver minst en dimension."))
    elif not any(d.in_readiness for d in dimensions):
        found.append(
            TemplateProblem(Part.DIMENSIONS, "Minst en dimension måste räknas in i beredskapen.")
        )
    if len(dimensions) > DIMENSIONS_MAX:
        found.append(_too_many(Part.DIMENSIONS, "dimensioner", DIMENSIONS_MAX))
    # Where each code is used first: a later use is the one that is said to be taken.
    first_use: dict[str, str] = {}
    for d, dimension in enumerate(dimensions):
        called = dimension.code.strip() or str(d + 1)
        name = f"Dimension {called}"
        placed = f"Dimension {d + 1}" + (f" ({dimension.label})" if dimension.label.strip() else "")
        said = [("code", m) for m in _code_messages(dimension.code, placed, first_use)]
        first_use.setdefault(dimension.code.casefold(), f"dimension {d + 1}")
        said += [
            ("label", m)
            for m in _text_messages(dimension.label, f"{name}: namnet", LABEL_MAX, True)
        ]
        said += [
            ("description", m)
            for m in _text_messages(dimension.description, f"{name}: beskrivningen", TEXT_MAX)
        ]
        if dimension.in_readiness and dimension.higher_is_worse:
            said.append(
                (
                    "in_readiness",
                    f"{name}: en dimension där ett högt värde är en risk kan inte räknas in i "
                    "beredskapen. Välj det ena eller det andra.",
                )
            )
        if not dimension.statements:
            said.append(("", f"{name} behöver minst ett påstående."))
        if len(dimension.statements) > STATEMENTS_MAX:
            said.append(("", f"{name} får ha högst {swedish_count(STATEMENTS_MAX)} påståenden."))
        found += [TemplateProblem(Part.DIMENSION, m, d, None, field) for field, m in said]
        if dimension.scale:
            found += _scale_problems(dimension.scale, f"{name}, egen skala", d)
        for row, statement in enumerate(dimension.statements):
            placed = f"Påstående {row + 1} i dimension {called}"
            where = f"Påstående {statement.code}" if statement.code.strip() else placed
            found += [
                TemplateProblem(Part.STATEMENT, m, d, row, "code")
                for m in _code_messages(statement.code, placed, first_use)
            ]
            first_use.setdefault(
                statement.code.casefold(), f"påstående {row + 1} i dimension {called}"
            )
            found += [
                TemplateProblem(Part.STATEMENT, m, d, row, "text")
                for m in _text_messages(statement.text, f"{where}: texten", STATEMENT_MAX, True)
            ]
    return found


def _code_messages(code: str, name: str, first_use: dict[str, str]) -> list[str]:
    if not code.strip():
        return [f"{name}: skriv en kod."]
    if len(code) > CODE_MAX or not _CODE.fullmatch(code):
        return [
            f"{name}: koden ”{code}” går inte att använda. En kod har högst {CODE_MAX} tecken: "
            "bokstäver, siffror, punkt eller bindestreck, inga mellanslag."
        ]
    if code.casefold() in first_use:
        return [
            f"{name}: koden {code} används redan av {first_use[code.casefold()]}. Varje "
            "dimension och varje påstående behöver en egen kod."
        ]
    return []


def _scale_problems(
    scale: tuple[ScaleAnchor, ...], name: str, dimension: int | None
) -> list[TemplateProblem]:
    found: list[TemplateProblem] = []
    values = [a.value for a in scale]
    missing = [v for v in SCALE_VALUES if v not in values]
    if missing or len(values) != len(SCALE_VALUES):
        said = ", ".join(str(v) for v in missing) or "inga"
        found.append(
            TemplateProblem(
                Part.SCALE,
                f"{name}: en förankring behövs för varje värde 1–5, en gång var (saknas: {said}).",
                dimension,
            )
        )
    for row, anchor in enumerate(scale):
        for field, text, word in (
            ("label", anchor.label, "etiketten"),
            ("description", anchor.description, "betydelsen"),
        ):
            label = f"{name}, värdet {anchor.value}: {word}"
            found += [
                TemplateProblem(Part.SCALE, m, dimension, row, field)
                for m in _text_messages(text, label, LABEL_MAX, True)
            ]
    return found


def _text_messages(text: str, label: str, max_length: int, required: bool = False) -> list[str]:
    if required and not text.strip():
        return [f"{label} måste fyllas i."]
    if len(text) > max_length:
        return [
            f"{label} får vara högst {swedish_count(max_length)} tecken "
            f"(nu {swedish_count(len(text))})."
        ]
    try:
        check_characters("text", label, text)
    except ValidationError as error:
        return [error.message]
    return []


def _too_many(part: Part, what: str, most: int) -> TemplateProblem:
    return TemplateProblem(part, f"Mallen får ha högst {swedish_count(most)} {what}.")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def key_for_name(name: str, keys_taken: Iterable[str]) -> str:
    """A stable key for a new own template: its name in lower-case ASCII words joined by
    hyphens (å ä ö as a a o), with a number added when that key is taken."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    ascii_only = "".join(ch for ch in plain if not unicodedata.combining(ch)).encode(
        "ascii", "ignore"
    )
    words = re.findall(r"[a-z0-9]+", ascii_only.decode())
    base = "egen-" + ("-".join(words)[:50].strip("-") or "mall")
    taken = set(keys_taken)
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def free_dimension_code(template: ReadinessTemplate) -> str:
    """The first letter A–Z no dimension or statement uses, for a dimension being added."""
    used = _codes(template)
    letters = (chr(c) for c in range(ord("A"), ord("Z") + 1))
    return next(
        (c for c in letters if c.casefold() not in used),
        next(f"D{n}" for n in range(1, 10_000) if f"d{n}" not in used),
    )


def free_statement_code(template: ReadinessTemplate, dimension_code: str) -> str:
    """The dimension's code with the first number not yet used, for a statement being added."""
    used = _codes(template)
    prefix = dimension_code or "P"
    return next(f"{prefix}{n}" for n in range(1, 100_000) if f"{prefix}{n}".casefold() not in used)


def _codes(template: ReadinessTemplate) -> set[str]:
    return {d.code.casefold() for d in template.dimensions} | {
        s.code.casefold() for s in template.statements
    }
