"""What an organisation's own readiness template must hold before it is saved, and its key."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from hallbar_desktop.domain.errors import N_, HallbarError, Phrase, ValidationError
from hallbar_desktop.domain.readiness import SCALE_VALUES, ReadinessTemplate, ScaleAnchor
from hallbar_desktop.domain.validation import check_characters

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


# What a problem says: a phrase of the message table, or the error a shared rule raised.
Said = Phrase | HallbarError


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One thing that stops a template from being saved, and where it is: ``dimension`` is the
    dimension's position (for its own scale too), ``row`` the statement's, prompt's or scale
    value's position, ``field`` the field ("code", "label", "text", "description"). ``problem``
    is worded by hallbar_desktop.error_messages."""

    part: Part
    problem: Said
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
        TemplateProblem(Part.NAME, m, field="name") for m in _name_problems(template, names_taken)
    ]
    found += [
        TemplateProblem(Part.DONT_KNOW, m, field="dont_know_label")
        for m in _text_problems(
            template.dont_know_label, Phrase("template_dont_know"), LABEL_MAX, True
        )
    ]
    found += _scale_problems(template.scale, N_("Skalan"), None)
    found += _dimension_problems(template)
    for row, prompt in enumerate(template.prerequisite_prompts):
        label = Phrase("template_prompt", number=row + 1)
        found += [
            TemplateProblem(Part.PROMPT, m, row=row, field="text")
            for m in _text_problems(prompt.text, label, TEXT_MAX, True)
        ]
    if len(template.prerequisite_prompts) > PROMPTS_MAX:
        found.append(
            TemplateProblem(Part.PROMPT, Phrase("template_too_many_prompts", limit=PROMPTS_MAX))
        )
    for row, source in enumerate(template.sources):
        found += [
            TemplateProblem(Part.SOURCES, m, row=row)
            for m in _text_problems(source, Phrase("template_source", number=row + 1), TEXT_MAX)
        ]
    if len(template.sources) > SOURCES_MAX:
        found.append(
            TemplateProblem(Part.SOURCES, Phrase("template_too_many_sources", limit=SOURCES_MAX))
        )
    return tuple(found)


def _name_problems(template: ReadinessTemplate, names_taken: Iterable[str]) -> list[Said]:
    said = _text_problems(template.name, N_("Namnet"), NAME_MAX, True)
    if not said and _folded(template.name) in {_folded(n) for n in names_taken}:
        said.append(Phrase("template_name_taken"))
    return said


def _dimension_problems(template: ReadinessTemplate) -> list[TemplateProblem]:
    found: list[TemplateProblem] = []
    dimensions = template.dimensions
    if not dimensions:
        found.append(TemplateProblem(Part.DIMENSIONS, Phrase("template_no_dimension")))
    elif not any(d.in_readiness for d in dimensions):
        found.append(TemplateProblem(Part.DIMENSIONS, Phrase("template_none_in_readiness")))
    if len(dimensions) > DIMENSIONS_MAX:
        found.append(
            TemplateProblem(
                Part.DIMENSIONS, Phrase("template_too_many_dimensions", limit=DIMENSIONS_MAX)
            )
        )
    # Where each code is used first: a later use is the one that is said to be taken.
    first_use: dict[str, Phrase] = {}
    for d, dimension in enumerate(dimensions):
        called = dimension.code.strip() or str(d + 1)
        name = Phrase("template_dimension", dimension=called)
        if dimension.label.strip():
            placed = Phrase("template_dimension_named", number=d + 1, name=dimension.label)
        else:
            placed = Phrase("template_dimension", dimension=str(d + 1))
        said: list[tuple[str, Said]] = [
            ("code", m) for m in _code_problems(dimension.code, placed, first_use)
        ]
        first_use.setdefault(
            dimension.code.casefold(), Phrase("template_dimension_use", number=d + 1)
        )
        label = Phrase("template_part_field", part=name, word=N_("namnet"))
        said += [("label", m) for m in _text_problems(dimension.label, label, LABEL_MAX, True)]
        label = Phrase("template_part_field", part=name, word=N_("beskrivningen"))
        said += [("description", m) for m in _text_problems(dimension.description, label, TEXT_MAX)]
        if dimension.in_readiness and dimension.higher_is_worse:
            said.append(("in_readiness", Phrase("template_risk_in_readiness", dimension=name)))
        if not dimension.statements:
            said.append(("", Phrase("template_no_statement", dimension=name)))
        if len(dimension.statements) > STATEMENTS_MAX:
            said.append(
                (
                    "",
                    Phrase("template_too_many_statements", dimension=name, limit=STATEMENTS_MAX),
                )
            )
        found += [TemplateProblem(Part.DIMENSION, m, d, None, field) for field, m in said]
        if dimension.scale:
            own_scale = Phrase("template_own_scale", dimension=name)
            found += _scale_problems(dimension.scale, own_scale, d)
        for row, statement in enumerate(dimension.statements):
            placed = Phrase("template_statement_at", number=row + 1, dimension=called)
            where = (
                Phrase("template_statement", statement=statement.code)
                if statement.code.strip()
                else placed
            )
            found += [
                TemplateProblem(Part.STATEMENT, m, d, row, "code")
                for m in _code_problems(statement.code, placed, first_use)
            ]
            first_use.setdefault(
                statement.code.casefold(),
                Phrase("template_statement_use", number=row + 1, dimension=called),
            )
            label = Phrase("template_part_field", part=where, word=N_("texten"))
            found += [
                TemplateProblem(Part.STATEMENT, m, d, row, "text")
                for m in _text_problems(statement.text, label, STATEMENT_MAX, True)
            ]
    return found


def _code_problems(code: str, name: Phrase, first_use: dict[str, Phrase]) -> list[Said]:
    if not code.strip():
        return [Phrase("template_code_missing", name=name)]
    if len(code) > CODE_MAX or not _CODE.fullmatch(code):
        return [Phrase("template_code_unusable", name=name, code=code, limit=CODE_MAX)]
    if code.casefold() in first_use:
        return [
            Phrase("template_code_taken", name=name, code=code, other=first_use[code.casefold()])
        ]
    return []


def _scale_problems(
    scale: tuple[ScaleAnchor, ...], name: str | Phrase, dimension: int | None
) -> list[TemplateProblem]:
    found: list[TemplateProblem] = []
    values = [a.value for a in scale]
    missing = [v for v in SCALE_VALUES if v not in values]
    if missing or len(values) != len(SCALE_VALUES):
        if missing:
            said = Phrase(
                "template_scale_incomplete", scale=name, missing=", ".join(map(str, missing))
            )
        else:
            said = Phrase("template_scale_repeated", scale=name)
        found.append(TemplateProblem(Part.SCALE, said, dimension))
    for row, anchor in enumerate(scale):
        for field, text, word in (
            ("label", anchor.label, N_("etiketten")),
            ("description", anchor.description, N_("betydelsen")),
        ):
            label = Phrase("template_scale_value", scale=name, value=anchor.value, word=word)
            found += [
                TemplateProblem(Part.SCALE, m, dimension, row, field)
                for m in _text_problems(text, label, LABEL_MAX, True)
            ]
    return found


def _text_problems(
    text: str, label: str | Phrase, max_length: int, required: bool = False
) -> list[Said]:
    if required and not text.strip():
        return [Phrase("required", label=label)]
    if len(text) > max_length:
        return [Phrase("too_long", label=label, limit=max_length, length=len(text))]
    try:
        check_characters("text", label, text)  # type: ignore[arg-type]
    except ValidationError as error:
        return [error]
    return []


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
