"""The workshop's facts, participants, steps per variant and Swedish sorting."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.sorting import swedish_sorted
from hallbar_desktop.domain.workflow import WorkshopStep, steps_for, suggested_minutes
from hallbar_desktop.domain.workshop import Participant, Variant, Workshop


def test_new_workshops_get_distinct_uuids() -> None:
    assert Workshop(title="A").id != Workshop(title="A").id


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 121}, "title"),
        ({"organisation": "x" * 201}, "organisation"),
        ({"follows_up_id": uuid4()}, "follows_up_id"),  # only a follow-up may follow up
        ({"held_on": date(2026, 5, 1), "follow_up_on": date(2026, 4, 1)}, "follow_up_on"),
    ],
)
def test_invalid_workshop_names_the_field(values: dict[str, object], field: str) -> None:
    values = {"title": "Workshop", **values}
    with pytest.raises(ValidationError) as caught:
        Workshop(**values)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_a_workshop_cannot_follow_up_itself() -> None:
    w = Workshop(title="Uppföljning", variant=Variant.FOLLOW_UP)
    with pytest.raises(ValidationError):
        Workshop(id=w.id, title="Uppföljning", variant=Variant.FOLLOW_UP, follows_up_id=w.id)


def test_participant_shows_name_only_when_names_are_on() -> None:
    p = Participant(alias="Deltagare 3", name="Eva Åberg")
    assert p.shown_as(show_names=False) == "Deltagare 3"
    assert p.shown_as(show_names=True) == "Eva Åberg"
    assert Participant(alias="Deltagare 4").shown_as(show_names=True) == "Deltagare 4"


def test_half_day_runs_the_nine_steps_in_the_framework_order() -> None:
    assert [s.label for s in steps_for(Variant.HALF_DAY)] == [
        "Förberedelser",
        "Välkommen och syfte",
        "Nuläge och målbild",
        "Individuell skattning",
        "Resultat och samtal",
        "Beroenden",
        "Förutsättningar och framgångsfaktorer",
        "Åtgärder",
        "Sammanfattning och nästa steg",
    ]
    live = sum(suggested_minutes(Variant.HALF_DAY, s) or 0 for s in steps_for(Variant.HALF_DAY))
    assert live == 180


def test_short_and_follow_up_variants_have_their_own_sequences() -> None:
    assert WorkshopStep.PREREQUISITES not in steps_for(Variant.SHORT)
    assert sum(suggested_minutes(Variant.SHORT, s) or 0 for s in steps_for(Variant.SHORT)) == 90
    assert WorkshopStep.FOLLOW_UP in steps_for(Variant.FOLLOW_UP)
    assert WorkshopStep.FOLLOW_UP not in steps_for(Variant.HALF_DAY)


def test_swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = [
        "Örebro",
        "Zeta",
        "Ängelholm",
        "Åre",
        "ambition",
        "Östra",
        "Eskilstuna",
        "Éclair",
        "Ystad",
        "Übersee",
    ]
    assert swedish_sorted(names, key=str) == [
        "ambition",
        "Éclair",
        "Eskilstuna",
        "Übersee",
        "Ystad",
        "Zeta",
        "Åre",
        "Ängelholm",
        "Örebro",
        "Östra",
    ]


def test_swedish_order_shorter_prefix_first_and_case_only_breaks_ties() -> None:
    assert swedish_sorted(["regionen", "Region", "region"], key=str) == [
        "region",
        "Region",
        "regionen",
    ]
    assert swedish_sorted(["Region Ö", "Region A", "RegionA"], key=str) == [
        "Region A",
        "Region Ö",
        "RegionA",
    ]


def test_missing_items_per_step_of_a_new_workshop(template) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.domain.contents import WorkshopContents
    from hallbar_desktop.domain.workflow import Missing, missing_for

    contents = WorkshopContents(workshop=Workshop(title="Ny"), template=template)
    assert missing_for(WorkshopStep.PREPARATION, contents) == (
        Missing("organisation"),
        Missing("change_focus"),
        Missing("held_on"),
        Missing("participants"),
    )
    assert missing_for(WorkshopStep.WELCOME, contents) == ()
    in_readiness = [d for d in template.dimensions if d.in_readiness]
    assert missing_for(WorkshopStep.RESULTS, contents) == (
        Missing("group_scores", len(in_readiness)),
    )
    assert missing_for(WorkshopStep.SUMMARY, contents) == (Missing("follow_up_date"),)


def test_missing_items_of_the_demo_name_the_actions_step(demo) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.domain.workflow import Missing, missing_for

    assert missing_for(WorkshopStep.ACTIONS, demo) == (
        Missing("unhandled_high_priority", 1),
        Missing("incomplete_actions", 1),
    )
    assert all(
        missing_for(step, demo) == ()
        for step in steps_for(Variant.HALF_DAY)
        if step is not WorkshopStep.ACTIONS
    )
