"""The rules an own template is saved by: every problem found, placed and said in Swedish."""

from __future__ import annotations

import dataclasses

from hallbar_desktop.domain.readiness import ReadinessTemplate, ScaleAnchor
from hallbar_desktop.domain.template_rules import (
    Part,
    TemplateProblem,
    free_dimension_code,
    free_statement_code,
    key_for_name,
    template_problems,
)
from hallbar_desktop.error_messages import message
from tests.anchor_templates import with_exposure_anchors


def _dimension(template: ReadinessTemplate, index: int, **changes: object) -> ReadinessTemplate:
    dimensions = list(template.dimensions)
    dimensions[index] = dataclasses.replace(dimensions[index], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(template, dimensions=tuple(dimensions))


def test_the_shipped_template_has_no_problem_but_its_name_is_taken(
    template: ReadinessTemplate,
) -> None:
    assert template_problems(template) == ()
    assert template_problems(with_exposure_anchors(template)) == ()
    assert [p.part for p in template_problems(template, [template.name.upper()])] == [Part.NAME]


def test_each_problem_is_placed_where_the_editor_shows_it(template: ReadinessTemplate) -> None:
    first = template.dimensions[0]
    draft = _dimension(
        template,
        0,
        code="A B",
        label="",
        statements=(dataclasses.replace(first.statements[0], code="", text="x" * 501),),
        scale=(ScaleAnchor(1, "Ett", "Första"), ScaleAnchor(2, "", "Andra")),
    )
    draft = dataclasses.replace(draft, dont_know_label=" ")
    found = template_problems(draft)
    places = [(p.part, p.dimension, p.row, p.field) for p in found]
    assert places == [
        (Part.DONT_KNOW, None, None, "dont_know_label"),
        (Part.DIMENSION, 0, None, "code"),
        (Part.DIMENSION, 0, None, "label"),
        (Part.SCALE, 0, None, ""),
        (Part.SCALE, 0, 1, "label"),
        (Part.STATEMENT, 0, 0, "code"),
        (Part.STATEMENT, 0, 0, "text"),
    ]
    messages = [message(p.problem) for p in found]
    assert "inga mellanslag" in messages[1]
    assert "(saknas: 3, 4, 5)" in messages[3]
    assert messages[4] == "Dimension A B, egen skala, värdet 2: etiketten måste fyllas i."
    assert messages[5] == "Påstående 1 i dimension A B: skriv en kod."
    assert messages[6] == "Påstående 1 i dimension A B: texten får vara högst 500 tecken (nu 501)."
    english = [message(p.problem, "en") for p in found]
    assert english[4] == "Dimension A B, own scale, value 2: the label must be filled in."
    assert (
        english[6]
        == "Statement 1 in dimension A B: the text may be at most 500 characters (now 501)."
    )


def test_a_risk_block_cannot_count_towards_readiness_and_one_block_must(
    template: ReadinessTemplate,
) -> None:
    risk = next(i for i, d in enumerate(template.dimensions) if d.higher_is_worse)
    mixed = template_problems(_dimension(template, risk, in_readiness=True))
    assert [(p.dimension, p.field) for p in mixed] == [(risk, "in_readiness")]
    only_risk = dataclasses.replace(template, dimensions=(template.dimensions[risk],))
    assert [message(p.problem) for p in template_problems(only_risk)] == [
        "Minst en dimension måste räknas in i beredskapen."
    ]
    empty = _dimension(template, 0, statements=())
    assert [message(p.problem) for p in template_problems(empty)] == [
        "Dimension A behöver minst ett påstående."
    ]


def test_a_text_with_a_character_no_file_holds_is_refused(template: ReadinessTemplate) -> None:
    prompts = list(template.prerequisite_prompts)
    prompts[1] = dataclasses.replace(prompts[1], text="Tid\x00")
    found = template_problems(dataclasses.replace(template, prerequisite_prompts=tuple(prompts)))
    assert found == (TemplateProblem(Part.PROMPT, found[0].problem, None, 1, "text"),)
    assert "osynligt styrtecken" in message(found[0].problem)


def test_keys_and_new_codes_are_free() -> None:
    assert key_for_name("Region Västernorrlands mall", []) == "egen-region-vasternorrlands-mall"
    assert key_for_name("Åre & Östersund", ["egen-are-ostersund"]) == "egen-are-ostersund-2"
    assert key_for_name("???", []) == "egen-mall"


def test_new_codes_are_not_used_anywhere(template: ReadinessTemplate) -> None:
    used = {d.code for d in template.dimensions} | {s.code for s in template.statements}
    assert free_dimension_code(template) not in used
    assert free_statement_code(template, "A") == f"A{len(template.dimensions[0].statements) + 1}"
