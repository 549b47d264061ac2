"""A realistic demo workshop: a region bringing sustainability into its project funding."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from uuid import UUID

from hallbar_desktop.domain.action import Action, ActionStatus, ActionType, Priority
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Horizon,
    Influence,
    Location,
    Process,
    Strategy,
)
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import InputMode, Variant, Workshop, WorkshopStatus
from hallbar_desktop.services.workshop_service import WorkshopService, new_workshop_contents

PARTICIPANTS = 12

# One character per participant: 1–5, or x for "Vet ej".
_RATINGS = {
    "A1": "445454345445",
    "A2": "334243324343",
    "B1": "223232x23322",
    "B2": "3242x3234251",
    "C1": "443534425344",
    "C2": "222312322x21",
    "C3": "232223x22312",
    "D1": "112212221321",
    "D2": "233322342233",
    "D3": "344334434x43",
    "E1": "232343322433",
    "E2": "221232122322",
    "S1": "454544354445",
    "S2": "555445545454",
    "S3": "444354443534",
}

_GROUP_SCORES = {
    "A": (4, "Vi är överens om varför, men prioriteringen i vardagen brister."),
    "B": (2, "Osäkert om vi klarar det utan förstärkning; stor spridning i gruppen."),
    "C": (3, "Stödet finns i ord men kriterierna är inte beslutade."),
    "D": (2, "Tiden finns i projektet, inte i linjen."),
    "E": (2, "Vi följer inte upp vad bedömningarna leder till."),
    "S": (4, "Arbetet hänger på en person och på projektmedel som tar slut."),
}

_D = DependencyCategory
_I = Influence
# (category, title, description, location, impact, likelihood, influence, horizon, area,
#  processes, owner, strategy, mitigation, status, votes)
_DEPENDENCIES = (
    (
        _D.DECISION,
        "Nämnden har inte beslutat om hållbarhetskriterier för projektmedel",
        "Utan beslut kan handläggarna inte ställa krav på sökande.",
        Location.POLITICAL,
        5,
        4,
        _I.CAN_INFLUENCE,
        Horizon.SHORT,
        Area.LEADERSHIP,
        {Process.PROJECT_FUNDING},
        "Enhetschef projektfinansiering",
        Strategy.RESOLVE,
        "Ta fram ett beslutsunderlag till nämndens junimöte.",
        DependencyStatus.HANDLING,
        7,
    ),
    (
        _D.DECISION,
        "Nationella villkor begränsar vilka krav vi får ställa",
        "Villkorsbeslutet styr vad 1:1-medel får användas till.",
        Location.NATIONAL,
        4,
        3,
        _I.OUTSIDE,
        Horizon.MEDIUM,
        Area.LEADERSHIP,
        {Process.PROJECT_FUNDING, Process.BUSINESS_SUPPORT},
        "Regional utvecklingsdirektör",
        Strategy.MONITOR,
        "Lyft frågan i dialogen med Tillväxtverket.",
        DependencyStatus.NEW,
        5,
    ),
    (
        _D.DECISION,
        "Ledningsgruppen har inte avsatt tid för beredningen",
        "Bedömningarna görs på övertid och blir olika.",
        Location.ORGANISATION,
        4,
        4,
        _I.CONTROL,
        Horizon.SHORT,
        Area.IMPLEMENTATION,
        {Process.INTERNAL_STEERING},
        "Avdelningschef",
        Strategy.RESOLVE,
        "Beslut i ledningsgruppen.",
        DependencyStatus.HANDLED,
        4,
    ),
    (
        _D.DECISION,
        "EU-programmets urvalskriterier ligger fast",
        "Programmets kriterier kan bara ändras av övervakningskommittén.",
        Location.EU,
        3,
        2,
        _I.OUTSIDE,
        Horizon.LONG,
        Area.LEADERSHIP,
        {Process.COHESION_POLICY},
        "EU-samordnare",
        Strategy.ACCEPT,
        "",
        DependencyStatus.NEW,
        1,
    ),
    (
        _D.PERSON,
        "En hållbarhetsstrateg bär kunskapen om bedömningsmallen",
        "Ingen annan kan förklara mallen för sökande.",
        Location.UNIT,
        5,
        4,
        _I.CAN_INFLUENCE,
        Horizon.SHORT,
        Area.LEARNING,
        {Process.PROJECT_FUNDING},
        "Enhetschef",
        Strategy.REDUCE,
        "Dokumentera och utbilda fler.",
        DependencyStatus.HANDLING,
        8,
    ),
    (
        _D.PERSON,
        "Handläggarna saknar tid att lära sig arbetssättet",
        "",
        Location.UNIT,
        3,
        4,
        _I.CONTROL,
        Horizon.SHORT,
        Area.LEARNING,
        {Process.PROJECT_FUNDING, Process.BUSINESS_SUPPORT},
        "Enhetschef",
        Strategy.REDUCE,
        "",
        DependencyStatus.NEW,
        2,
    ),
    (
        _D.PERSON,
        "Projektledaren slutar när projektet avslutas",
        "Kontaktnätet och erfarenheterna riskerar att försvinna.",
        Location.UNIT,
        4,
        5,
        _I.CONTROL,
        Horizon.SHORT,
        Area.IMPLEMENTATION,
        {Process.RUS},
        "Enhetschef",
        Strategy.REDUCE,
        "Överlämning och dokumentation.",
        DependencyStatus.NEW,
        3,
    ),
    (
        _D.PERSON,
        "Kontakten med kommunernas näringslivskontor går via en person",
        "",
        Location.COUNTY,
        2,
        3,
        _I.CAN_INFLUENCE,
        Horizon.MEDIUM,
        Area.IMPLEMENTATION,
        {Process.BUSINESS_SUPPORT},
        "",
        None,
        "",
        DependencyStatus.NEW,
        0,
    ),
    (
        _D.ENDURANCE,
        "Projektfinansieringen av arbetet upphör vid årsskiftet",
        "Tjänsten som hållbarhetsstrateg är projektfinansierad.",
        Location.ORGANISATION,
        5,
        5,
        _I.OUTSIDE,
        Horizon.SHORT,
        Area.IMPLEMENTATION,
        {Process.INTERNAL_STEERING},
        "Ekonomichef",
        Strategy.RESOLVE,
        "Förslag till ordinarie budget.",
        DependencyStatus.HANDLING,
        6,
    ),
    (
        _D.ENDURANCE,
        "Hållbarhetsfrågan konkurrerar med andra prioriteringar efter valet",
        "Ny politisk majoritet kan ändra inriktningen.",
        Location.POLITICAL,
        4,
        3,
        _I.OUTSIDE,
        Horizon.LONG,
        Area.LEADERSHIP,
        {Process.RUS},
        "Regional utvecklingsdirektör",
        Strategy.MONITOR,
        "",
        DependencyStatus.NEW,
        3,
    ),
    (
        _D.ENDURANCE,
        "Uppföljningen av beviljade projekt görs inte systematiskt",
        "",
        Location.UNIT,
        3,
        4,
        _I.CONTROL,
        Horizon.MEDIUM,
        Area.LEARNING,
        {Process.PROJECT_FUNDING},
        "Handläggargruppen",
        Strategy.RESOLVE,
        "",
        DependencyStatus.NEW,
        2,
    ),
    (
        _D.OTHER,
        "Ärendesystemet saknar fält för hållbarhetsbedömning",
        "Bedömningen sparas i separata dokument.",
        Location.ORGANISATION,
        2,
        5,
        _I.OUTSIDE,
        Horizon.MEDIUM,
        Area.IMPLEMENTATION,
        {Process.PROJECT_FUNDING},
        "IT-förvaltningen",
        Strategy.MONITOR,
        "",
        DependencyStatus.NEW,
        1,
    ),
)

_S = ActionStatus
_P = Priority
_T = ActionType
# (title, linked dependency numbers, owner, decision by, due in days, status, priority, type)
_ACTIONS = (
    (
        "Ta fram förslag till hållbarhetskriterier för projektmedel",
        (1,),
        "Enhetschef projektfinansiering",
        "",
        -10,
        _S.IN_PROGRESS,
        _P.HIGH,
        _T.STEERING_DOCUMENT,
    ),
    (
        "Besluta om hållbarhetskriterier i regionala utvecklingsnämnden",
        (1,),
        "Regional utvecklingsdirektör",
        "Regionala utvecklingsnämnden",
        60,
        _S.NOT_STARTED,
        _P.HIGH,
        _T.STEERING_DOCUMENT,
    ),
    (
        "Dokumentera bedömningsmallen i en handbok",
        (5,),
        "Hållbarhetsstrateg",
        "",
        -5,
        _S.NOT_STARTED,
        _P.HIGH,
        _T.TOOL,
    ),
    (
        "Utbilda alla handläggare i hållbarhetsbedömning",
        (5, 6),
        "HR-partner och hållbarhetsstrateg",
        "",
        45,
        _S.IN_PROGRESS,
        _P.MEDIUM,
        _T.COMPETENCE,
    ),
    (
        "Avsätt tid för beredning i ledningsgruppens plan",
        (3,),
        "Avdelningschef",
        "Ledningsgruppen",
        -20,
        _S.DONE,
        _P.HIGH,
        _T.ORGANISATION,
    ),
    (
        "Lyft de nationella villkoren i dialogen med Tillväxtverket",
        (2,),
        "Regional utvecklingsdirektör",
        "",
        30,
        _S.NOT_STARTED,
        _P.MEDIUM,
        _T.COMMUNICATION,
    ),
    (
        "Ta fram en plan för att finansiera arbetet i ordinarie budget",
        (9,),
        "Ekonomichef",
        "Regionstyrelsen",
        -2,
        _S.PAUSED,
        _P.HIGH,
        _T.FUNDING,
    ),
    (
        "Inför en överlämningsrutin när projektledare slutar",
        (7,),
        "Enhetschef",
        "",
        20,
        _S.NOT_STARTED,
        _P.MEDIUM,
        _T.ORGANISATION,
    ),
    (
        "Följ upp beviljade projekt två gånger per år",
        (11,),
        "Handläggargruppen",
        "",
        90,
        _S.NOT_STARTED,
        _P.LOW,
        _T.FOLLOW_UP,
    ),
    (
        "Beställ ett fält för hållbarhetsbedömning i ärendesystemet",
        (12,),
        "",
        "",
        None,
        _S.NOT_STARTED,
        _P.LOW,
        _T.TOOL,
    ),
)

_LIGHTS = "GYRYRYGGRRYR"
_CHECK_NOTES = {
    0: "Regiondirektören lyfter frågan på varje ledningsmöte.",
    6: "Bedömningsmallen från projektet fungerar, men används inte av alla.",
    7: "Samverkan med kommunerna är en styrka att bygga vidare på.",
}

_SUCCESS_FACTORS = (
    ("Tydligt stöd från regiondirektören", Area.LEADERSHIP),
    ("En bedömningsmall som redan är prövad i tjugo ärenden", Area.IMPLEMENTATION),
    ("Ett lärande nätverk med grannregionerna om hållbar finansiering", Area.LEARNING),
    ("Engagerade handläggare som vill utveckla arbetssättet", Area.IMPLEMENTATION),
)

_ROLES = (
    "Handläggare",
    "Handläggare",
    "Handläggare",
    "Enhetschef",
    "Strateg",
    "Handläggare",
    "Ekonom",
    "Handläggare",
    "Strateg",
    "Kommunikatör",
    "Handläggare",
    "Avdelningschef",
)

# Notes from the input mode that the group has not yet made into dependencies, success factors
# or actions: (step, type, text, dots). The types are those the input mode offers.
_NOTES = (
    (
        WorkshopStep.DEPENDENCIES,
        "Uthållighetsberoende",
        "Vem äger mallen när projektet är slut?",
        3,
    ),
    (
        WorkshopStep.DEPENDENCIES,
        "Beslutsberoende",
        "Nämnden behöver ett konkret förslag, inte en utredning.",
        2,
    ),
    (
        WorkshopStep.DEPENDENCIES,
        "Personberoende",
        "Bara en handläggare kan bedömningsmallen på djupet.",
        1,
    ),
    (
        WorkshopStep.DEPENDENCIES,
        "Annat",
        "Sökande frågar efter exempel på bra hållbarhetsbeskrivningar.",
        0,
    ),
    (
        WorkshopStep.PREREQUISITES,
        "Ledning och styrning",
        "Enhetschefen följer upp bedömningarna i verksamhetsdialogen.",
        0,
    ),
    (
        WorkshopStep.PREREQUISITES,
        "Lärande",
        "Vi delar exempel på bra bedömningar på enhetsmötet varje månad.",
        0,
    ),
    (
        WorkshopStep.ACTIONS,
        "Kompetensutveckling",
        "Ta fram en halvdagsutbildning i bedömningsmallen för nya handläggare.",
        2,
    ),
    (
        WorkshopStep.ACTIONS,
        "Styrdokument/riktlinje",
        "Skriv in i delegationsordningen att hållbarhetsbedömningen ska redovisas i varje "
        "beslutsunderlag om regionala projektmedel, så att nämnden alltid ser den.",
        4,
    ),
)


# The id of the demo workshop the quick start adds (`hallbar demo --once`): a fixed one, so that
# starting the quick start again opens the same workshop instead of adding a second copy.
QUICK_START_ID = UUID("7e3c1d2a-5b4f-4e6a-9c8d-0f1e2d3c4b5a")


def add_demo_workshop(service: WorkshopService, today: date, *, once: bool = False) -> UUID:
    """Store a demo workshop in one transaction and return its id; with ``once``, the quick
    start's own demo, added only if it is not there already."""
    contents = demo_contents(service.current_template, today)
    if once:
        if any(o.workshop.id == QUICK_START_ID for o in service.list_workshops()):
            return QUICK_START_ID
        workshop = dataclasses.replace(contents.workshop, id=QUICK_START_ID)
        contents = dataclasses.replace(contents, workshop=workshop)
    return service.add_workshop(contents).workshop.id


def demo_contents(template: ReadinessTemplate, today: date) -> WorkshopContents:
    """The demo workshop, held two weeks before ``today`` so some deadlines have passed."""
    held_on = today - timedelta(days=14)
    follow_up_on = held_on + timedelta(days=91)
    workshop = Workshop(
        title="Hållbarhetsbedömning i regionala projektmedel",
        organisation="Region Exempelland",
        unit="Regional utveckling, enheten för projektfinansiering",
        change_focus=(
            "Att hållbarhetsbedömning blir en självklar del av beredning och beslut om "
            "regionala projektmedel."
        ),
        held_on=held_on,
        place="Regionhuset, konferensrum Älven",
        facilitator="Kim Lindqvist, hållbarhetsstrateg",
        variant=Variant.HALF_DAY,
        status=WorkshopStatus.HELD,
        input_mode=InputMode.TURN_TAKING,
        current_state=(
            "Hållbarhet bedöms i vissa ärenden, men olika handläggare gör olika. "
            "Kriterierna är inte beslutade och arbetet bärs av ett projekt."
        ),
        target_picture=(
            "Om två år bedöms alla ansökningar med samma mall, bedömningen väger in i "
            "besluten och arbetet finansieras i ordinarie budget."
        ),
        next_steps="Uppföljningsmöte om tre månader. Enhetschefen skickar ut handlingsplanen.",
        follow_up_on=follow_up_on,
        retention_until=held_on + timedelta(days=3 * 365),
    )
    start = new_workshop_contents(workshop, template, PARTICIPANTS)
    participants = tuple(
        dataclasses.replace(p, role=role)
        for p, role in zip(start.participants, _ROLES, strict=True)
    )
    ratings = tuple(
        Rating(
            participant_id=participant.id,
            statement_code=code,
            value=None if answer == "x" else int(answer),
        )
        for code, answers in _RATINGS.items()
        for participant, answer in zip(participants, answers, strict=True)
    )
    group_scores = tuple(
        GroupScore(dimension_code=code, score=score, comment=comment)
        for code, (score, comment) in _GROUP_SCORES.items()
    )
    dependencies = tuple(
        Dependency(
            category=category,
            title=title,
            description=description,
            location=location,
            impact=impact,
            likelihood=likelihood,
            influence=influence,
            horizon=horizon,
            area=area,
            processes=frozenset(processes),
            owner=owner,
            strategy=strategy,
            mitigation=mitigation,
            status=status,
            votes=votes,
            position=number,
        )
        for number, (
            category,
            title,
            description,
            location,
            impact,
            likelihood,
            influence,
            horizon,
            area,
            processes,
            owner,
            strategy,
            mitigation,
            status,
            votes,
        ) in enumerate(_DEPENDENCIES, start=1)
    )
    actions = tuple(
        Action(
            title=title,
            dependency_ids=frozenset(dependencies[n - 1].id for n in linked),
            owner=owner,
            decision_by=decision_by,
            start_on=held_on,
            due_on=None if due_in is None else max(held_on, today + timedelta(days=due_in)),
            follow_up_on=follow_up_on,
            status=status,
            priority=priority,
            action_type=kind,
            success_indicator="Beslutet eller dokumentet finns och är känt i organisationen.",
            position=number,
        )
        for number, (
            title,
            linked,
            owner,
            decision_by,
            due_in,
            status,
            priority,
            kind,
        ) in enumerate(_ACTIONS, start=1)
    )
    lights = {"R": TrafficLight.RED, "Y": TrafficLight.YELLOW, "G": TrafficLight.GREEN}
    checks = tuple(
        dataclasses.replace(
            check,
            light=lights[_LIGHTS[index % len(_LIGHTS)]],
            note=_CHECK_NOTES.get(index, ""),
            is_strength=_LIGHTS[index % len(_LIGHTS)] == "G",
        )
        for index, check in enumerate(start.prerequisite_checks)
    )
    return dataclasses.replace(
        start,
        participants=participants,
        ratings=ratings,
        group_scores=group_scores,
        dependencies=dependencies,
        actions=actions,
        prerequisite_checks=checks,
        success_factors=tuple(
            SuccessFactor(text=text, area=area, position=position)
            for position, (text, area) in enumerate(_SUCCESS_FACTORS, start=1)
        ),
        notes=tuple(
            Note(step=step, text=text, cluster=cluster, votes=votes, position=position)
            for position, (step, cluster, text, votes) in enumerate(_NOTES, start=1)
        ),
    )
